// Generator 0.9.65: "Paul Volcker, chairman of the Federal Reserve, pushed …" keeps its clause (the
// role's closing comma was left before the verb, and the clause was lost); "Between 1979 and 1981"
// fronts it like "In 1979", also after a colon; "The chair of the bench, Gillian Thursby, said …" is
// the chair's name, not the bench's; a fronted "-ing" phrase ("Passing sentence,") is no noun with an
// appositive; a body's "far end" is no place.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { validateQuestion } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a person's role between commas", () => {
  it("keeps the clause and states the role", () => {
    expect(statementTexts("Paul Volcker, chairman of the Federal Reserve, pushed American rates to around 20 per cent.")).toEqual([
      "Paul Volcker pushed American rates to around 20 per cent",
      "Paul Volcker was chairman of the Federal Reserve",
    ]);
  });

  it("after a fronted span of years, and after a colon", () => {
    expect(statementTexts("Between 1979 and 1981 Paul Volcker, chairman of the Federal Reserve, pushed American rates to around 20 per cent.")).toEqual([
      "Between 1979 and 1981, Paul Volcker pushed American rates to around 20 per cent",
      "Paul Volcker was chairman of the Federal Reserve",
    ]);
    const lines = keptCandidateLines(["Across the Atlantic, the most famous example is older: between 1979 and 1981 Paul Volcker, chairman of the Federal Reserve, pushed American rates to around 20 per cent, causing a deep recession."], "How interest rates work");
    expect(lines).toContain("Who pushed American rates to around 20 per cent between 1979 and 1981? → Paul Volcker");
  });
});

describe("a name after a described role", () => {
  it("names the role's holder, not the noun after its 'of'", () => {
    expect(statementTexts("The chair of the bench, Gillian Thursby, said the offence was serious.")).toEqual([
      "Gillian Thursby said the offence was serious",
      "Gillian Thursby is the chair of the bench",
    ]);
    // (A name with "the" after a thing's "of" is the thing's: the captain stays the captain.)
    expect(statementTexts("On 20 May the captain of a German warship, the Elisabeth, saw a column of ash.")[0]).toContain("the captain of");
  });

  it("reads a fronted '-ing' phrase's comma as the phrase's end", () => {
    const texts = statementTexts("Passing sentence, the chair of the bench, Gillian Thursby, said magistrates had placed the offence in a high category.");
    expect(texts).toContain("Gillian Thursby is the chair of the bench");
    expect(texts.some((t) => /sentence is/.test(t))).toBe(false);
  });
});

describe("a body's end", () => {
  it("is taken for a reference the resolver misnamed", () => {
    const article = articleFromParagraphs(["St Anne's Primary School stands at the far end of Harcourt Road."], { title: "Leisure centre" });
    const draft = (prompt: string) =>
      ({ type: "SHORT_ANSWER", prompt, answer: "St Anne's Primary School", acceptedAnswers: [], source: { sentenceIndex: 0, start: 0, end: 24, sentence: article.sentences[0].text } }) as unknown as QuestionDraft;
    expect(validateQuestion(draft("Which school stands at the Harcourt Road Residents' Association’s far end?"), article)).toContain("dangling-reference");
    expect(validateQuestion(draft("Which school stands at the far end of Harcourt Road?"), article)).not.toContain("dangling-reference");
  });
});

// Generator 0.9.66: a sentence opening on an "-ing" word the tagger took for a place ("Crossing Syria
// in 1348, …") keeps its clause and its date; "With Thomas Day, a relative of her late husband, …"
// states the gloss and keeps the clause.
describe("openers that hid whole sentences", () => {
  it("reads 'Crossing Syria in 1348,' as a participle, its date kept", () => {
    expect(statementTexts("Crossing Syria in 1348, Ibn Battuta walked into the Black Death.")).toEqual(["In 1348, Ibn Battuta walked into the Black Death"]);
    expect(keptCandidateLines(["Ibn Battuta was a traveller.", "Crossing Syria in 1348, he walked into the Black Death."], "Ibn Battuta")).toContain("In which year did Ibn Battuta walk into the Black Death? → 1348");
  });

  it("keeps a fronted phrase's name and states its gloss; a subject after the phrase is no gloss", () => {
    expect(statementTexts("With Thomas Day, a relative of her late husband, she set up a business called Seacole and Day.")).toEqual([
      "With Thomas Day, she set up a business called Seacole and Day",
      "Thomas Day was a relative of her late husband",
    ]);
    expect(statementTexts("At Bergen, the wooden buildings of the German wharf, Bryggen, still stand.").join(" | ")).not.toMatch(/^At Bergen, still stand/);
  });
});
