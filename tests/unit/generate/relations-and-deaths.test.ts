// Generator 0.9.64: "Her mother was Anne Isabella Milbanke" (her resolved) → "Who was Lovelace's
// mother?"; a death's date is asked without its closing "aged 36, the same age her father had been";
// "a wealthy and highly educated woman" is one noun phrase, not a clause on "educated"; a birth name
// is no rival for the biography's "her"; a person who "finished in 1945" finished nothing the stem
// says; a state after a town gets no river options; "famous across _____" asks a passing detail.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { generateQuestions } from "../../../lib/generate";
import { validateQuestion } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

const LOVELACE = [
  "Ada Lovelace was an English mathematician.",
  "She was born Augusta Ada Byron on 10 December 1815 in London. Her father was the poet Lord Byron, famous across Europe for his verse and his scandals, and her mother was Anne Isabella Milbanke, usually known as Lady Byron, a wealthy and highly educated woman with a strong interest in mathematics.",
];

describe("who someone was to a named person", () => {
  it("asks the mother and the father, the pronoun named (and the birth name no rival for it)", () => {
    const lines = keptCandidateLines(LOVELACE, "Ada Lovelace");
    expect(lines).toContain("Who was Lovelace’s mother? → Anne Isabella Milbanke");
    expect(lines).toContain("Who was Lovelace’s father? → Lord Byron");
  });

  it("accepts the surname, the first name with it and the name she was known by", () => {
    const q = generateQuestions(articleFromParagraphs(LOVELACE, { title: "Ada Lovelace" }), { max: 40 }).questions.find((x) => x.prompt === "Who was Lovelace’s mother?");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["Milbanke", "Anne Milbanke", "Lady Byron"]));
  });

  it("asks nothing of how far the father's fame spread", () => {
    expect(keptCandidateLines(LOVELACE, "Ada Lovelace").filter((l) => /famous across|→ Europe/.test(l))).toEqual([]);
    const article = articleFromParagraphs(LOVELACE, { title: "Ada Lovelace" });
    const draft = (type: string, prompt: string, answer: string) =>
      ({ type, prompt, answer, acceptedAnswers: [], choices: type === "TRUE_FALSE" ? ["True", "False"] : undefined, source: { sentenceIndex: 2, start: 0, end: 1, sentence: article.sentences[2].text } }) as unknown as QuestionDraft;
    expect(validateQuestion(draft("CLOZE", "Lovelace’s father was the poet Lord Byron, famous across _____ for his verse and his scandals.", "Europe"), article)).toContain("not-worth-asking");
    expect(validateQuestion(draft("TRUE_FALSE", "The name of Skibbereen in County Cork became known across Belgium.", "False"), article)).toContain("not-worth-asking");
    expect(validateQuestion(draft("CLOZE", "The name of _____ in County Cork became known across Britain.", "Skibbereen"), article)).not.toContain("not-worth-asking");
  });

  it("asks a possessor's teacher, not a possessor's house or a pronoun's mother", () => {
    expect(keptCandidateLines(["Ada Lovelace's teacher was Augustus De Morgan."], "Notes")).toContain("Who was Ada Lovelace's teacher? → Augustus De Morgan");
    const who = (sentence: string) => keptCandidateLines([sentence], "Notes").filter((l) => l.startsWith("Who was"));
    expect(who("Ada Lovelace's house was Ockham Park.")).toEqual([]);
    expect(who("Her mother was Anne Isabella Milbanke.")).toEqual([]);
  });
});

describe("a noun phrase with two adjectives", () => {
  it("keeps 'a wealthy and highly educated woman' whole", () => {
    expect(statementTexts("Her mother was Anne Isabella Milbanke, a wealthy and highly educated woman with a strong interest in mathematics.")).toEqual([
      "Her mother was Anne Isabella Milbanke",
      "Anne Isabella Milbanke was a wealthy and highly educated woman with a strong interest in mathematics",
    ]);
    expect(statementTexts("Her mother was Anne Isabella Milbanke, usually known as Lady Byron, a wealthy and highly educated woman with a strong interest in mathematics.")).toEqual([
      "Her mother was Anne Isabella Milbanke",
    ]);
  });
});

describe("the date of a death", () => {
  it("is stated without a closing age and a comparison, and asked as a wh-question", () => {
    expect(statementTexts("Ada Lovelace died of cancer on 27 November 1852, aged 36, the same age her father had been.")).toEqual(["Ada Lovelace died of cancer on 27 November 1852"]);
    const lines = keptCandidateLines(["Ada Lovelace died of cancer on 27 November 1852, aged 36, the same age her father had been."], "Ada Lovelace");
    expect(lines).toContain("On what date did Ada Lovelace die of cancer? → 27 November 1852");
    expect(lines).toContain("At what age did Ada Lovelace die? → 36");
  });

  it("reads a closing 'the same …' and a closing age as asides of any clause", () => {
    expect(statementTexts("The team won the cup in 1990, the same year the stadium opened.")).toEqual(["The team won the cup in 1990"]);
    expect(statementTexts("Ada Lovelace married William King in 1835, aged 19.")).toEqual(["Ada Lovelace married William King in 1835"]);
  });
});

describe("statements that lost their object", () => {
  it("drops 'Rosalind Franklin finished in 1941' in every form", () => {
    const lines = keptCandidateLines(["Rosalind Franklin was an English chemist.", "Because the university did not yet grant full degrees to women, she received only a titular degree when she finished in 1941."], "Rosalind Franklin");
    expect(lines.filter((l) => /finished in/.test(l))).toEqual([]);
  });
});

describe("a state after a town", () => {
  it("gets no river options", () => {
    const article = articleFromParagraphs(["Ida Bell Wells was born into slavery on 16 July 1862 in Holly Springs, Mississippi.", "The Mississippi and the Colorado River and the Rio Grande are rivers."], { title: "Ida B. Wells" });
    const mcqs = generateQuestions(article, { max: 90, types: ["MCQ"] }).questions.filter((q) => q.answer === "Mississippi" && /Holly Springs, _____/.test(q.prompt));
    expect(mcqs).toEqual([]);
  });
});
