// Generator 0.9.4: what a first unseen science explainer (how vaccines work) showed — a letter that
// names a kind of cell is part of the term, a made-stronger is no comparison, an "a" or "an" before a
// statement's gap becomes "a(n)" as it already did in a sentence's — and what letting those items
// through exposed: a noun pair read as a second verb, a unit read as a term, a bare "this" as subject.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { generateQuestions } from "../../../lib/generate";
import { analyzeArticle } from "../../../lib/generate/facts";
import { validateQuestion } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { statementTexts } from "../../fixtures/generate/statements";

const items = (paragraphs: string[]) => generateQuestions(articleFromParagraphs(paragraphs, { title: "How vaccines work" }), { max: 200 }).questions;

describe("terms", () => {
  it("keeps a capital letter naming a kind with its noun ('B cells', 'T cells')", () => {
    const analysis = analyzeArticle(articleFromParagraphs(["White blood cells called B cells make antibodies. T cells kill infected cells. B cells and T cells can become memory cells."], { title: "Immunity" }));
    const terms = analysis.facts.filter((f) => f.type === "term").map((f) => f.text);
    expect(terms).toEqual(expect.arrayContaining(["B cells", "T cells"]));
    expect(analysis.facts.some((f) => f.text === "B" || f.text === "T")).toBe(false);
    // Not after a name's word, and never the article "A".
    const vitamin = analyzeArticle(articleFromParagraphs(["Vitamin C deficiency causes scurvy. A cell divides in two."], { title: "Vitamins" }));
    expect(vitamin.facts.some((f) => /^[AC] /.test(f.text))).toBe(false);
  });

  it("asks no unit as a term ('to make a single kilogram')", () => {
    const qs = items(["A strong colony may gather 100 kilograms of honey in a good year. To make a single kilogram, the bees of a colony fly roughly 150,000 kilometres."]);
    expect(qs.some((q) => q.answer === "single kilogram")).toBe(false);
  });
});

describe("gaps after 'a' or 'an'", () => {
  it("write 'a(n)' in a statement's cloze too", () => {
    const qs = items(["In 1823 Mary Anning found the first complete skeleton of a plesiosaur, a marine reptile with a very long neck. The find made her famous among geologists across Europe."]);
    const cloze = qs.find((q) => q.type === "CLOZE" && q.answer === "plesiosaur");
    expect(cloze?.prompt).toBe("In 1823 Mary Anning found the first complete skeleton of a(n) _____.");
  });
});

describe("what letting those items through showed", () => {
  it("reads 'goods and services' after a preposition as two nouns, not a second verb", () => {
    expect(statementTexts("Inflation is a general rise in the prices of goods and services across an economy over time.")).toEqual([
      "Inflation is a general rise in the prices of goods and services across an economy over time",
    ]);
    expect(statementTexts("The river drains the hills and flows into the sea.")).toEqual(["The river drains the hills", "The river flows into the sea"]);
  });

  it("drops a stem whose subject is a bare 'this'", () => {
    const sentence = "In most household fridges this is a capillary tube.";
    const start = sentence.indexOf("capillary tube");
    const q = { type: "CLOZE", prompt: "In most household fridges this is a(n) _____.", answer: "capillary tube", acceptedAnswers: [], answerType: "term", source: { sentenceIndex: 0, sentence, start, end: start + 14 } } as unknown as QuestionDraft;
    expect(validateQuestion(q, { title: "Fridges", sentences: [{ index: 0, text: sentence, paragraph: 0 }] } as never, { choices: false })).toContain("dangling-reference");
  });

  it("takes 'makes the immune response stronger' for a change, not a comparison with something unsaid", () => {
    const qs = items(["Many vaccines also contain an adjuvant, a substance that makes the immune response stronger. Aluminium salts are a common adjuvant in vaccines."]);
    const asked = generateQuestions(articleFromParagraphs(["Many vaccines also contain an adjuvant, a substance that makes the immune response stronger. Aluminium salts are a common adjuvant in vaccines."], { title: "How vaccines work" }), { max: 200, explain: true }).candidates ?? [];
    const called = asked.find((c) => /^What is the substance that makes the immune response stronger called\?$/.test(c.prompt));
    expect(called?.reasons ?? ["missing"]).not.toContain("dangling-comparison");
    expect(qs.length).toBeGreaterThan(0);
  });
});
