// The key-fact lists (tests/fixtures/generate/key-facts/*.json) are well formed and grounded: each
// parses, holds 12–20 facts, and every fact's answer (or one of its variants) occurs in the clean
// body of its article as the importer's own parser produces it — not in a caption, menu or title.
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "../../../lib/domain/answer";
import {
  KEY_FACTS_DIR,
  REPO_ROOT,
  articleOfList,
  asksFact,
  factForms,
  isBundled,
  isWhQuestion,
  loadKeyFactLists,
  occursIn,
} from "../../fixtures/generate/key-facts/key-facts";

const lists = loadKeyFactLists();

describe("key-fact lists", () => {
  it("cover the 6 bundled articles and at least 8 new ones, each article once", () => {
    const bundled = readdirSync(`${REPO_ROOT}content/articles`).filter((f) => f.endsWith(".md"));
    expect(lists.filter(isBundled).map((l) => l.article.split("/").pop()).sort()).toEqual(bundled.sort());
    expect(lists.filter((l) => !isBundled(l)).length).toBeGreaterThanOrEqual(8);
    expect(new Set(lists.map((l) => l.article)).size).toBe(lists.length);
  });

  it("give each new article 500–1,250 words of clean body", () => {
    for (const list of lists.filter((l) => !isBundled(l))) {
      const words = articleOfList(list).body.split(/\s+/).filter(Boolean).length;
      expect(words, list.article).toBeGreaterThanOrEqual(500);
      expect(words, list.article).toBeLessThanOrEqual(1250);
    }
  });

  describe.each(lists.map((l) => [l.file, l] as const))("%s", (_file, list) => {
    it("names an existing article and holds 12–20 facts", () => {
      expect(existsSync(REPO_ROOT + list.article), list.article).toBe(true);
      expect(list.facts.length).toBeGreaterThanOrEqual(12);
      expect(list.facts.length).toBeLessThanOrEqual(20);
    });

    it("has every fact grounded in the article's clean body", () => {
      const article = articleOfList(list);
      const normalisedBody = ` ${normaliseAnswer(article.body)} `;
      const ungrounded = list.facts
        .filter((f) => ![f.answer, ...f.variants].some((form) => occursIn(article.body, form, normalisedBody)))
        .map((f) => `${f.id}: ${f.answer}`);
      expect(ungrounded).toEqual([]);
    });
  });
});

describe("what eval:keyfacts counts", () => {
  const fact = { id: "troops", kind: "count" as const, question: "How many US troops are in Iraq?", answer: "2,500", variants: ["about 2,500"] };

  it("counts a fact as asked when an answer or accepted answer equals one of its forms after normaliseAnswer", () => {
    const forms = factForms(fact);
    expect(asksFact({ answer: "2500", acceptedAnswers: [] }, forms)).toBe(true);
    expect(asksFact({ answer: "two thousand five hundred", acceptedAnswers: [] }, forms)).toBe(true);
    expect(asksFact({ answer: "2,600", acceptedAnswers: ["About 2,500"] }, forms)).toBe(true);
    expect(asksFact({ answer: "25,000", acceptedAnswers: [] }, forms)).toBe(false);
    expect(asksFact({ answer: "True", acceptedAnswers: [] }, forms)).toBe(false);
  });

  it("takes short answers and MCQs with a question stem for wh-questions, not gaps or true/false", () => {
    expect(isWhQuestion({ type: "SHORT_ANSWER", prompt: "Who is Iraq's prime minister?" })).toBe(true);
    expect(isWhQuestion({ type: "MCQ", prompt: "In which year did the invasion take place?" })).toBe(true);
    expect(isWhQuestion({ type: "MCQ", prompt: "The invasion took place in _____." })).toBe(false);
    expect(isWhQuestion({ type: "MCQ", prompt: "Who took part in _____?" })).toBe(false);
    expect(isWhQuestion({ type: "CLOZE", prompt: "Who is _____?" })).toBe(false);
    expect(isWhQuestion({ type: "TRUE_FALSE", prompt: "Is Iraq OPEC's largest producer?" })).toBe(false);
  });

  it("finds a form in the body only as whole words", () => {
    expect(occursIn("The Islamic State was defeated in 2017.", "Islamic State")).toBe(true);
    expect(occursIn("The Islamic State was defeated in 2017.", "slam")).toBe(false);
    expect(occursIn("About 2,500 US troops remain.", "2500")).toBe(true);
    expect(occursIn("About 2,500 US troops remain.", "25")).toBe(false);
  });

  it("reads the lists from the folder it lives in", () => {
    expect(existsSync(KEY_FACTS_DIR)).toBe(true);
  });
});
