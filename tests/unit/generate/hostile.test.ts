// Property tests: hostile text never throws, never yields a question failing the validators,
// and gives the same output twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateQuestions, validateQuestion } from "../../../lib/generate";
import { articleFromParagraphs, seedArticle } from "../../fixtures/generate/articles";

const seedSentences = seedArticle().sentences.map((s) => s.text);

function check(text: string, published?: string) {
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const article = articleFromParagraphs(paragraphs, { title: "Hostile input", published });
  const first = generateQuestions(article, { explain: true });
  const second = generateQuestions(article, { explain: true });
  expect(second).toEqual(first);
  for (const q of first.questions) expect(validateQuestion(q, article), q.prompt).toEqual([]);
  return first.questions;
}

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(fc.integer({ min: -1e9, max: 1e9 }).map(String), { maxLength: 60 }).map((a) => a.join(" ")),
  fc.array(fc.constantFrom(...seedSentences), { maxLength: 8 }).map((a) => a.join(" ")),
  fc.array(fc.constantFrom(...seedSentences), { maxLength: 6 }).map((a) => a.join("\n\n").replace(/[.,;:!?]/g, "")),
  fc.array(fc.constantFrom(...seedSentences), { maxLength: 6 }).map((a) => a.map((s) => `<p>${s}</p><script>x()</script>`).join("\n\n")),
  fc.tuple(fc.constantFrom(...seedSentences), fc.string({ unit: "grapheme", maxLength: 40 })).map(([s, g]) => `${s} ${g} ${s}`),
);

describe("hostile text", () => {
  it("never throws, never emits an invalid question, and is deterministic", () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.constantFrom("2024-01-08", "1999-12-31", "not-a-date")), (text, published) => {
        check(text, published ?? undefined);
      }),
      { numRuns: 40, seed: 20240108 },
    );
  });

  it("handles empty text, one word and only numbers", () => {
    expect(check("")).toEqual([]);
    expect(check("Word")).toEqual([]);
    check("1 2 3 4 5 6 7 8 9 10 2,500 2003 1.5 -7 3e9");
  });

  it("handles mixed scripts and right-to-left text", () => {
    check("قال رئيس الوزراء محمد شياع السوداني إن العراق يريد انسحاب القوات. In 2020, Iraq’s parliament voted to exit the coalition shortly after the attack near Baghdad airport.");
    check("Премьер-министр Ирака заявил о выводе войск. 東京で会議が開かれた。 ‏שלום עולם‏ In 2014 the Popular Mobilization Forces were formed as a militia in Iraq.");
  });

  it("handles HTML and text without punctuation", () => {
    check("<div><b>Iraq</b> desires the departure of <i>US-led</i> forces</div>\n\n<a href='x'>More from Qonversations</a>");
    check(seedSentences.join(" ").replace(/[^\p{L}\p{N}\s]/gu, ""));
  });

  // Slow on purpose: 1 MB is read to its end (no sentence cap), once; determinism is checked above.
  it("handles 1 MB of text", { timeout: 900_000 }, () => {
    const story = seedSentences.join(" ");
    let big = "";
    while (big.length < 1_048_576) big += `${story}\n\n`;
    const paragraphs = big.slice(0, 1_048_576).split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
    const article = articleFromParagraphs(paragraphs, { title: "Hostile input", published: "2024-01-08" });
    const progress: Array<[number, number]> = [];
    const { questions } = generateQuestions(article, { max: 40, onProgress: (done, total) => progress.push([done, total]) });
    for (const q of questions) expect(validateQuestion(q, article), q.prompt).toEqual([]);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(40);
    // The last paragraphs are read too (no 250-sentence cut): the parse reports every sentence done.
    // (The text repeats the seed, so the questions themselves come from its first copies.)
    expect(article.sentences.length).toBeGreaterThan(250);
    expect(progress.at(-1)).toEqual([article.sentences.length, article.sentences.length]);
    expect(progress.length).toBeGreaterThan(1);
    // 1 MB without a single punctuation mark or line break: one giant "sentence", no questions.
    expect(check(big.slice(0, 1_048_576).replace(/[^\p{L}\p{N}]+/gu, " "))).toEqual([]);
  });
});
