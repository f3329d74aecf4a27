// Causes asked as short wh-questions (0.9.74): what a named person died of, or was found to have —
// lib/generate/causes.ts. (The means of a process and the condition of an event were asked too, and
// taken back after an independent reading: their keys missed a learner's wording.)
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { illnessQuestion } from "../../../lib/generate/causes";
import { render } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { sentenceToks as toks } from "../../fixtures/generate/statements";

const shortAnswers = (paragraphs: string[], title = "Notes") =>
  generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90 }).questions
    .filter((q) => q.type === "SHORT_ANSWER")
    .map((q) => ({ line: `${q.prompt} → ${q.answer}`, accepted: q.acceptedAnswers ?? [] }));

const asked = (q: { prompt: string; answer: ReturnType<typeof toks> } | undefined) => q && `${q.prompt} → ${render(q.answer)}`;

describe("illnessQuestion", () => {
  it("asks what a named person died of, or was found to have", () => {
    expect(asked(illnessQuestion(toks("Ada Lovelace died of cancer on 27 November 1852, at the age of 36.")))).toBe("What did Ada Lovelace die of? → cancer");
    expect(asked(illnessQuestion(toks("Marie Curie died on 4 July 1934 of aplastic anaemia.")))).toBe("What did Marie Curie die of? → aplastic anaemia");
    expect(asked(illnessQuestion(toks("In 1956 Rosalind Franklin was found to have ovarian cancer.")))).toBe("What illness was Rosalind Franklin found to have in 1956? → ovarian cancer");
    expect(asked(illnessQuestion(toks("in October 1216, John died of dysentery")))).toBe("What did John die of in October 1216? → dysentery");
  });

  it("asks nothing of a pronoun, a crowd, a pointing phrase or what is no illness", () => {
    expect(illnessQuestion(toks("She died of cancer in 1852."))).toBeUndefined();
    expect(illnessQuestion(toks("Hundreds of people died of dust pneumonia."))).toBeUndefined();
    expect(illnessQuestion(toks("More of the victims died of these illnesses than of starvation."))).toBeUndefined();
    expect(illnessQuestion(toks("Charles Babbage died of old age in London."))).toBeUndefined();
  });

  it("makes a typed item in an article, \"of …\" accepted too", () => {
    const items = shortAnswers(["Ada Lovelace was an English mathematician. Ada Lovelace died of cancer on 27 November 1852."], "Ada Lovelace");
    const item = items.find((i) => i.line.startsWith("What did Ada Lovelace die of?"));
    expect(item?.line).toBe("What did Ada Lovelace die of? → cancer");
    expect(item?.accepted).toContain("of cancer");
  });
});
