// Why-question candidates 0.9.76 mends: a perfect with an adverb before its participle, the first of
// two reasons past 20 words, and "what is left to do" read as no tensed verb after "did".
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import type { QuestionDraft } from "../../../lib/domain/types";
import { validateQuestion } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const candidatesOf = (paragraphs: string[], title: string) =>
  generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 60, explain: true }).candidates!;
const whyOf = (paragraphs: string[], title: string) => candidatesOf(paragraphs, title).filter((c) => c.prompt.startsWith("Why "));

describe("a perfect with adverbs between 'have' and its participle", () => {
  it("fronts 'have', not 'do … have'", () => {
    const why = whyOf(["The Chinese authorities have so far declined to open the tomb, chiefly because archaeologists fear that present methods could not preserve what lies inside."], "The Terracotta Army");
    const prompts = why.map((c) => c.prompt);
    expect(prompts).toContain("Why have the Chinese authorities so far declined to open the tomb?");
    for (const p of prompts) expect(p).not.toMatch(/\bdo\b.*\bhave so far\b/);
  });
  it("still asks 'have' of possession with do-support", () => {
    const qs = generateQuestions(articleFromParagraphs(["The museum has a large garden because the land was cheap when it was built."], { title: "The museum" }), { max: 60, explain: true }).candidates!;
    const why = qs.filter((c) => c.prompt.startsWith("Why "));
    for (const c of why) expect(c.prompt).not.toMatch(/^Why has the museum a\b/);
  });
});

describe("two reasons joined by 'and' past 20 words", () => {
  it("asks the first as the answer", () => {
    const why = whyOf(["Dr Pryce said the distance to Brackmoor was the families' greatest worry, because there is only one bus an hour between the two towns and the journey takes more than an hour each way."], "Ward closure");
    expect(why.map((c) => c.answer)).toContain("there is only one bus an hour between the two towns");
  });
});

describe("'the last great journey left to make' after 'did'", () => {
  it("is no tensed verb left behind by do-support", () => {
    const candidates = candidatesOf([
      "Because the Pole itself had been won, Ernest Shackleton chose what he regarded as the last great journey left to make.",
    ], "The Endurance expedition");
    const asked = candidates.filter((c) => c.prompt === "Why did Ernest Shackleton choose what he regarded as the last great journey left to make?");
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.reasons).not.toContain("did-with-past-tense");
  });
  it("still catches a tensed 'left' after do-support", () => {
    const sentence = "In 1850 the company left the city to find cheaper rents.";
    const draft: QuestionDraft = {
      key: "k", type: "SHORT_ANSWER", prompt: "Why did the company left the city?", answer: "to find cheaper rents", acceptedAnswers: [],
      explanation: "", source: { sentenceIndex: 0, start: 34, end: 55, sentence }, answerType: "reason", factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "x",
    };
    const article = { title: "t", sentences: [{ index: 0, paragraph: 0, start: 0, end: sentence.length, text: sentence }] as never };
    expect(validateQuestion(draft, article)).toContain("did-with-past-tense");
    expect(validateQuestion({ ...draft, prompt: "Why did the company say it left to find cheaper rents?" }, article)).toContain("did-with-past-tense");
    expect(validateQuestion({ ...draft, prompt: "Why did the company choose the last site left to build on?" }, article)).not.toContain("did-with-past-tense");
  });
});
