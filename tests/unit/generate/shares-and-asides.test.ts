// Generator 0.9.54: more facts that were only asked as a gap get a wh-question — a share asked as
// "what percentage / fraction of …", a focusing "only"/"just" between a preposition and its number,
// an "or" inside a name before a closing time, a place after a date, an aside whose verbs are all
// in its relative clauses, a role with its field ("a professor of physics at …"), a person or body
// closing the clause after a short object. Each rule has a sentence it must leave alone.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { generateQuestions } from "../../../lib/generate";
import { validateQuestion } from "../../../lib/generate/validate";
import { gradeResponse } from "../../../lib/quiz/grade";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines } from "../../fixtures/generate/statements";

const asked = (sentence: string, title = "Notes") => keptCandidateLines([sentence], title).join("\n");

describe("a share", () => {
  it("is asked as what percentage or fraction of what, an estimate with 'About'", () => {
    expect(asked("About 95% of the population needs to be fully vaccinated to stop the virus from circulating.")).toMatch(/About what percentage of the population needs to be fully vaccinated to stop the virus from circulating\? → 95%/);
    expect(asked("Since 1970 about a fifth of the Brazilian Amazon has been lost.")).toMatch(/About what fraction of the Brazilian Amazon has been lost since 1970\? → a fifth/);
    expect(asked("More than two-thirds of the world's cobalt comes from the Democratic Republic of the Congo.")).toMatch(/What fraction of the world's cobalt comes from the Democratic Republic of the Congo\? → more than two-thirds/);
    // (As the object: the share and what it is of go to the front.)
    expect(asked("A typical station turns a third of its reactor's heat into electricity.")).toMatch(/What fraction of its reactor's heat does a typical station turn into electricity\? → a third/);
  });

  it("but not a share the statement gives of nothing", () => {
    expect(asked("Two doses protect about 97%.")).not.toMatch(/what percentage/i);
  });
});

describe("numbers and names after a preposition", () => {
  it("a focusing word between the preposition and the number goes", () => {
    expect(asked("The formal consultation ran for only six weeks.")).toMatch(/How many weeks did the formal consultation run\? → six/);
    expect(asked("The Dow Jones Industrial Average began with just 12 companies.")).toMatch(/With how many companies did the Dow Jones Industrial Average begin\? → 12/);
  });

  it("an 'or' inside a name joins no clauses", () => {
    expect(asked("Waksman received the Nobel Prize in Physiology or Medicine in 1952.")).toMatch(/In which year did Waksman receive the Nobel Prize in Physiology or Medicine\? → 1952/);
    expect(asked("Waksman received the prize in 1952 or lectured in 1953.")).not.toMatch(/In which year did Waksman receive the prize/);
  });

  it("a place after a date", () => {
    expect(asked("Rosalind Franklin was born on 25 July 1920 in Notting Hill.")).toMatch(/Where was Rosalind Franklin born on 25 July 1920\? → Notting Hill/);
  });

  it("a role with its field, and a person or body after a short object", () => {
    expect(asked("Alessandro Volta was a professor of physics at the University of Pavia.")).toMatch(/At which university was Alessandro Volta a professor of physics\? → University of Pavia/);
    // (Not a person: John Glenn's flight was hers too, and the reading took him for a second answer.)
    expect(asked("Katherine Johnson calculated the trajectory for Alan Shepard.")).not.toMatch(/For whom did Katherine Johnson calculate the trajectory/);
    expect(asked("Professor Kasia Brennan studies insect behaviour at Northgate University.")).toMatch(/At which university does Professor Kasia Brennan study insect behaviour\? → Northgate University/);
    // (Not a place: "criticised the offensive in Gaza" — the place may be the object's.)
    expect(asked("Iraq criticised the offensive in Gaza.")).not.toMatch(/Where did Iraq criticise/);
  });
});

describe("an aside after a comma", () => {
  it("goes from the question when its verbs are all in its relative clauses", () => {
    expect(asked("Charles Richter published a magnitude scale in 1935, a scale that he designed for the local earthquakes.")).toMatch(/In which year did Charles Richter publish a magnitude scale\? → 1935/);
  });

  it("but an 'and' with a clause of its own keeps the statement out", () => {
    expect(asked("Ryle took three wickets in 11 balls, and Brackenford, who had needed 40, collapsed.")).not.toMatch(/How many wickets did Ryle take in 11 balls/);
  });
});

describe("what the first reading of 0.9.54 found", () => {
  const typed = (paragraph: string, title = "Notes") => generateQuestions(articleFromParagraphs([paragraph], { title }), { types: ["SHORT_ANSWER"], max: 90 }).questions;

  it("a fraction is right as '1/3', 'one third' or 'one-third'", () => {
    const [share] = typed("Since 1970 about a fifth of the Brazilian Amazon has been lost.").filter((q) => q.answer === "a fifth");
    expect(share.prompt).toBe("About what fraction of the Brazilian Amazon has been lost since 1970?");
    for (const form of ["1/5", "one fifth", "one-fifth", "20%"]) expect(gradeResponse(share, form).correct).toBe(true);
    expect(gradeResponse(share, "1/4").correct).toBe(false);
  });

  it("a place's other name is right where the question does not show it", () => {
    const [born] = typed("Gregor Mendel was born on 20 July 1822 in Heinzendorf, a village in Austrian Silesia that is now Hynčice in the Czech Republic.", "Gregor Mendel").filter((q) => q.answer === "Heinzendorf");
    expect(born.prompt).toBe("Where was Gregor Mendel born on 20 July 1822?");
    expect(gradeResponse(born, "Hynčice").correct).toBe(true);
  });

  it("keeps no question of something done 'in the same way' (as what, the sentence before says)", () => {
    const sentence = "A simpler metal cage above the chainrings, the front derailleur, nudges the chain between the rings in the same way.";
    const draft: QuestionDraft = {
      key: "k", type: "SHORT_ANSWER", prompt: "Which simpler metal cage above the chainrings nudges the chain between the rings in the same way?", answer: "front derailleur", acceptedAnswers: [],
      explanation: "", source: { sentenceIndex: 0, start: 46, end: 62, sentence }, answerType: "term", factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "x",
    };
    const article = { title: "How a bicycle gear works", sentences: [{ index: 0, paragraph: 0, start: 0, end: sentence.length, text: sentence }] as never };
    expect(validateQuestion(draft, article)).toContain("dangling-reference");
    expect(validateQuestion({ ...draft, prompt: "Which simpler metal cage above the chainrings nudges the chain between the rings?" }, article)).not.toContain("dangling-reference");
  });
});
