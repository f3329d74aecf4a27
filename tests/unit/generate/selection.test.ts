// Which facts the selection keeps when there are more facts than items: a paragraph's share follows
// its length.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../../../lib/content/parse";
import { generateQuestions, type GenerateOptions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const long = [
  "In 1851 the engineer Isambard Brunel finished the Chepstow Bridge over the River Wye.",
  "In 1859 the steamship Great Eastern left Deptford for Holyhead.",
  "In 1864 the surveyor Thomas Harker mapped the coast of Cornwall.",
  "In 1870 the banker Edward Lloyd opened a branch in Bristol.",
  "In 1877 the chemist Mary Wright founded a laboratory in Bath.",
  "In 1883 the architect John Dobson rebuilt the station at Exeter.",
];
const short = [
  "Gulls nested on the cliffs in 1902.",
  "Fishermen mended nets in 1905.",
  "Farmers sold apples in 1908.",
  "Miners dug tin in 1911.",
  "Weavers sold cloth in 1914.",
  "Sailors left port in 1917.",
];

describe("selection of facts", () => {
  it("gives a long paragraph a share that follows its length", () => {
    const article = articleFromParagraphs([long.join(" "), ...short], { title: "West Country notes" });
    const { questions } = generateQuestions(article, { max: 6 });
    expect(questions.length).toBe(6);
    const fromLong = questions.filter((q) => article.sentences[q.source.sentenceIndex].paragraph === article.sentences[0].paragraph);
    // A strict round over the seven paragraphs would take at most one fact from the long one.
    expect(fromLong.length).toBeGreaterThanOrEqual(3);
  });

  it("asks one fact of every sentence before a sentence's second fact", () => {
    // Sentence 1 holds three facts; with four items, the other three sentences each get one first.
    const article = articleFromParagraphs([
      "In 1851 the engineer Isambard Brunel finished the Chepstow Bridge over the River Wye. " +
        "The surveyor Thomas Harker mapped the coast of Cornwall in 1864. " +
        "The banker Edward Lloyd opened a branch in Bristol in 1870. " +
        "The chemist Mary Wright founded a laboratory in Bath in 1877.",
    ], { title: "West Country notes" });
    const { questions } = generateQuestions(article, { max: 4 });
    expect(questions.length).toBe(4);
    expect(new Set(questions.map((q) => q.source.sentenceIndex)).size).toBe(4);
  });

  it("asks a count whose list after a colon the statement leaves out", () => {
    const article = articleFromParagraphs(["The Harker loom has five main parts: the frame, the shuttle, the reed, the beam and the treadle."], { title: "Weaving" });
    const counts = generateQuestions(article, { explain: true, max: 10 }).candidates!.filter((c) => c.answer === "five");
    expect(counts.some((c) => c.reasons.length === 0 || c.reasons.every((r) => r === "ranked-out"))).toBe(true);
    // The stem never shows the list that counts the answer.
    expect(counts.every((c) => !/shuttle/.test(c.prompt) || c.reasons.length > 0)).toBe(true);
  });
});


describe("an address's country", () => {
  it("ranks the town above the country that only says where the town is", () => {
    const article = articleFromParagraphs(["The first Harbour Games took place on 24 May 1956 in Lugano, Switzerland, before a crowd of 8,000."], { title: "The Harbour Games" });
    const c = generateQuestions(article, { explain: true, max: 40 }).candidates!;
    const country = c.find((x) => x.type === "CLOZE" && x.answer === "Switzerland")!;
    const town = c.find((x) => x.type === "CLOZE" && x.answer === "Lugano")!;
    expect(country.features.address).toBe(1);
    expect(town.features.address ?? 0).toBe(0);
    expect(town.score).toBeGreaterThan(country.score);
    // Multiple choice on the country of a named town: the town rules the other countries out.
    const mcq = c.find((x) => x.type === "MCQ" && x.answer === "Switzerland");
    expect(mcq === undefined || mcq.reasons.includes("address-country-options")).toBe(true);
  });
});

describe("a name cut at the start of a sentence", () => {
  it("does not ask 'Harbourside _____ won' when the article writes Harbourside as a name elsewhere", () => {
    const article = articleFromParagraphs(["Harbourside Athletic won the Westmere County Cup in 1983 on a wet Saturday.", "The final was the first for Harbourside since the war."], { title: "Cup final" });
    const c = generateQuestions(article, { explain: true, max: 40 }).candidates!;
    // (Since 0.9.30 the opening word no dictionary knows is read as the name's first word, so the
    // whole name is the answer; any item that still cuts it is dropped.)
    const cut = c.filter((x) => /^Harbourside _____/.test(x.prompt));
    expect(c.some((x) => x.answer === "Harbourside Athletic")).toBe(true);
    expect(cut.every((x) => x.reasons.includes("truncated-name"))).toBe(true);
  });
});

// An explained run builds and checks every candidate; a plain one skips what cannot be kept (options
// and swaps until ranking needs them, the items of a fact every form of which would be dropped).
describe("false statements swapped, and items built, only when ranking needs them", () => {
  // A false item's swapped-in value is picked lazily (most are ranked out); an explained run picks
  // every one up front. Both must select the same items, whatever types and counts are asked.
  const articles = ["content/articles/building-the-panama-canal.md", "tests/fixtures/generate/key-facts/articles/marie-curie-a-life.md", "tests/fixtures/generate/key-facts/articles/the-transistor-story.md"].map((f) => {
    const path = `${process.cwd()}/${f}`;
    const r = parseArticleFile({ path, bytes: readFileSync(path) });
    if (!r.ok) throw new Error(r.error.message);
    return r.article;
  });
  const settings: GenerateOptions[] = [{}, { types: ["TRUE_FALSE"] }, { max: 90 }, { types: ["TRUE_FALSE", "CLOZE"], max: 30, seed: 7 }];
  it.each(articles.map((a) => [a.slug, a] as const))("%s: the lazy selection is the eager one", (_slug, article) => {
    for (const [i, opts] of settings.entries()) {
      const lazy = generateQuestions({ ...article, checksum: `lazy-${i}` }, opts).questions;
      const eager = generateQuestions({ ...article, checksum: `eager-${i}` }, { ...opts, explain: true }).questions;
      expect(lazy.length, JSON.stringify(opts)).toBeGreaterThan(0);
      expect(lazy, JSON.stringify(opts)).toEqual(eager);
      if (opts.types?.length === 1) expect(lazy.some((q) => q.answer === "False")).toBe(true);
    }
  });
});
