// Generator 0.9.78: a timeline's lines ("28 June: Franz Ferdinand and Sophie are assassinated in
// Sarajevo") are asked in the past, not in the historic present they are written in — readers faulted
// five items of the First World War handout for "On what date does Germany declare war on France?".
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { readArticle } from "../../fixtures/generate/update-verdicts";

let handout: QuestionDraft[] | undefined;
function prompts(): string[] {
  if (!handout) {
    const { article, corpus } = readArticle("causes-of-the-first-world-war-handout");
    handout = generateQuestions(article, { corpus, max: 400 }).questions;
  }
  return handout.map((q) => q.prompt);
}

describe("a timeline's line", () => {
  it("is asked in the past: 'did' for a verb, 'were' for a passive, a plural's verb too", () => {
    const p = prompts();
    expect(p).toContain("On what date did Germany declare war on France?");
    expect(p).toContain("In which city were Franz Ferdinand and Sophie assassinated on 28 June?");
    expect(p).toContain("On 4 August, German troops invaded _____.");
    expect(p.filter((x) => /\b(?:does Germany declare|are Franz Ferdinand|declares war|troops invade)\b/.test(x))).toEqual([]);
  });

  it("leaves a sentence that is no timeline line in its own tense", () => {
    const p = generateQuestions(articleFromParagraphs(["The Nile flows north through eleven countries. It empties into the Mediterranean Sea at Alexandria."], { title: "Rivers" }), { max: 50 }).questions.map((q) => q.prompt);
    expect(p.some((x) => /\bflows\b|\bdoes the Nile flow\b/.test(x))).toBe(true);
    expect(p.filter((x) => /\bflowed\b|\bdid the Nile flow\b/.test(x))).toEqual([]);
  });
});
