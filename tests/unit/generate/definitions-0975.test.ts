// Generator 0.9.75: more ways an article says what a word means or what a term names. A word glossed
// "X being a <language> word meaning Y" or "the <language> word X, meaning Y" (an old sense of a word
// is not asked: a reading faulted it); a meaning's typed key without its "to", each of two
// meanings joined by "or", and "let's" for "let us"; "The word X comes from the <language> word Y, meaning
// Z" asks "From which <language> word, meaning "Z", does the word X come?" (answer Y); "X (simply) means <doing> …" asks the term by what
// it means ("What is the name for …?"), never the doing as an option beside noun-phrase definitions.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { definitionsIn, termQuestion } from "../../../lib/generate/definitions";
import { meaningQuestions } from "../../../lib/generate/naming";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines, tagsOf } from "../../fixtures/generate/statements";

const meanings = (s: string) => meaningQuestions(s).map((q) => [q.prompt, s.slice(q.start, q.end)]);
const defsOf = (text: string) => definitionsIn(text, tagsOf(text)).map((d) => ({ term: d.term, definition: d.definition, termOnly: !!d.termOnly }));

describe("a word glossed with 'being a <language> word meaning'", () => {
  it("asks what the word means", () => {
    expect(meanings('The club took the name Tuko Pamoja, pamoja being a Swahili word meaning "together".')).toContainEqual(["What does the Swahili word pamoja mean?", "together"]);
    expect(meanings("The farm was named Hafod, hafod being a Welsh word meaning summer dwelling.")).toContainEqual(["What does the Welsh word hafod mean?", "summer dwelling"]);
  });

  it("asks nothing of a capitalised name before 'being'", () => {
    expect(meanings('Lake Tana, Tana being a Swahili word meaning "lake", is large.').map(([p]) => p)).not.toContain("What does the Swahili word Tana mean?");
  });
});

describe("a word labelled with its language, then ', meaning …'", () => {
  it("asks what the word means", () => {
    expect(meanings("Roman soldiers were given an allowance called the salarium, from the Latin word sal, meaning salt.")).toContainEqual(["What does the Latin word sal mean?", "salt"]);
  });

  it("asks the word another word comes from by its meaning, and not also what it means", () => {
    expect(meanings("The word salary comes from the Latin word sal, meaning salt, because soldiers were paid in it.")).toEqual([["From which Latin word, meaning \"salt\", does the word salary come?", "sal"]]);
    expect(meanings('From the Italian mezza luna, meaning "half moon", comes the word mezzaluna.')).toEqual([["From which Italian phrase, meaning \"half moon\", does the word mezzaluna come?", "mezza luna"]]);
    // (No origin without the word it gives: "It comes from …" leaves the meaning alone.)
    expect(meanings("It comes from the Latin word sal, meaning salt.")).toEqual([["What does the Latin word sal mean?", "salt"]]);
  });

  it("asks no old sense of a word (a reading faulted 'In an old sense, what does the word spring mean?': which sense, of what?)", () => {
    expect(meanings('The name comes from an old sense of the word "nice", meaning foolish or ignorant.')).toEqual([]);
  });

  it("reads no gloss where 'meaning' may be the doer's", () => {
    expect(meanings("He used the word spring, meaning a season.")).toEqual([]);
    expect(meanings("She chose the word carefully, meaning no offence.")).toEqual([]);
  });
});

describe("a meaning's typed key", () => {
  it("takes it without 'to', each of two meanings, and 'let's' for 'let us'", () => {
    const { questions } = generateQuestions(articleFromParagraphs([
      'The dance takes its name from the Old English word "hlēapan", meaning to spring or bound up.',
      'The choir sang "Harambee", harambee being a Swahili word meaning "let us all pull together".',
    ]), { max: 90 });
    const leap = questions.find((q) => q.prompt === "What does the Old English word hlēapan mean?");
    expect(leap?.answer).toBe("to spring or bound up");
    expect(leap?.acceptedAnswers).toEqual(expect.arrayContaining(["spring or bound up", "spring", "to spring", "bound up"]));
    const pull = questions.find((q) => q.prompt === "What does the Swahili word harambee mean?");
    expect(pull?.answer).toBe("let us all pull together");
    expect(pull?.acceptedAnswers).toContain("let's all pull together");
  });
});

describe("'X (simply) means <doing> …'", () => {
  it("reads the doing as what the term names, asked by the term only", () => {
    expect(defsOf("Autolyse simply means resting flour and water together before the salt goes in.")).toEqual([
      { term: "autolyse", definition: "resting flour and water together before the salt goes in", termOnly: true },
    ]);
    expect(defsOf("Crop rotation means growing different crops on one field in successive years.")).toEqual([
      { term: "crop rotation", definition: "growing different crops on one field in successive years", termOnly: true },
    ]);
  });

  it("reads no doing subject, pronoun, 'that' clause or 'everything' as a definition", () => {
    expect(defsOf("Staying home means missing the match entirely.")).toEqual([]);
    expect(defsOf("Blanching simply means dipping vegetables in boiling water for a minute.")).toEqual([]);
    expect(defsOf("This means waiting for the bread to rise.")).toEqual([]);
    expect(defsOf("Winning means everything to the coach.")).toEqual([]);
    expect(defsOf("Flexitime means that staff choose their own hours.")).toEqual([]);
  });

  it("asks 'What is the name for …?', and no 'What is X?' with the doing as its answer", () => {
    const lines = keptCandidateLines(["Crop rotation means growing different crops on one field in successive years.", "A fallow field is a field left unplanted for a season."]);
    expect(lines).toContain("What is the name for growing different crops on one field in successive years? → crop rotation");
    expect(lines.some((l) => l.startsWith("What is crop rotation?"))).toBe(false);
    expect(lines.some((l) => l.includes("growing different crops on one field in successive years") && !l.startsWith("What is the name for"))).toBe(false);
  });

  it("asks a doing's term as 'What is the name for …?'", () => {
    expect(termQuestion({ term: "trilateration", termStart: 0, termEnd: 13, defStart: 20, defEnd: 60, definition: "finding a position from its distances to known points", plural: false, form: "gloss" })).toBe("What is the name for finding a position from its distances to known points?");
    expect(termQuestion({ term: "the ledger", termStart: 0, termEnd: 10, defStart: 20, defEnd: 60, definition: "a book in which every payment is written down", plural: false, form: "gloss" })).toBe("What is the book in which every payment is written down called?");
  });
});
