// Generator 0.9.68: an office before a name is no part of the name ("NFL Commissioner Roger Goodell",
// "Councillor Tom Hadley"); a date's day and month answer without its year; a century with its word;
// "left" after a name is a verb; and definitions the reader missed — a bare noun with its relative
// ("Social learning is learning that …"), a clause after a colon's ", and", "which is the rate at which
// …" / "which is how much …", an aside between the term and its "is", a gerund's gloss ("nuclear
// fission, the splitting of …"), whose "two smaller ones" compares nothing unsaid.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { definitionDistractors } from "../../../lib/generate/definitions";
import { definitionsOf, keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

const defs = (text: string) => definitionsOf(text).map((d) => [d.term, d.definition]);

describe("an office before a person's name", () => {
  it("is left in the stem, the name is the answer", () => {
    const lines = keptCandidateLines(["In early 2012, NFL Commissioner Roger Goodell stated that the league planned to make the 50th Super Bowl spectacular."], "Super Bowl 50");
    expect(lines).toContain("In early 2012, NFL Commissioner _____ stated that the league planned to make the 50th Super Bowl spectacular. → Roger Goodell");
    expect(lines.some((l) => l.endsWith("→ NFL Commissioner Roger Goodell"))).toBe(false);
  });

  it("takes a councillor's or a detective's title off the answer", () => {
    const lines = keptCandidateLines(["The meeting was chaired by the mayor.", "Later, Councillor Priya Raman said the council would publish regular updates on progress."], "Cycle lane");
    expect(lines).toContain("Who said the council would publish regular updates on progress? → Priya Raman");
    expect(keptCandidateLines(["Detective Inspector Jane Moss said the stolen van had been found in Leeds on Monday."], "Van found")).toContain(
      "Detective Inspector _____ said the stolen van had been found in Leeds. → Jane Moss",
    );
  });

  // (Guards, true before 0.9.68 too: what the longer list of offices must not take.)
  it("keeps a first name that is also a title, and an office's 'of' phrase, whole", () => {
    const lines = keptCandidateLines(["The goalkeeper Tomás Ferreira saved twice from the striker Dean Okafor before the quarter-hour."], "Cup final");
    expect(lines.some((l) => /Dean _____/.test(l))).toBe(false);
    const bayeux = keptCandidateLines(["The tapestry tells how William, Duke of Normandy, conquered England in 1066.", "It is displayed in a museum in Bayeux, Normandy."], "The Bayeux Tapestry");
    expect(bayeux.some((l) => l.endsWith("→ of Normandy"))).toBe(false);
  });
});

describe("answers a learner may type", () => {
  const accepted = (paragraphs: string[], answer: string) =>
    generateQuestions(articleFromParagraphs(paragraphs, { title: "The Suez Crisis" }), { max: 90 }).questions.filter((q) => q.answer === answer && q.type !== "MCQ" && q.type !== "TRUE_FALSE").map((q) => q.acceptedAnswers);

  it("takes a full date's day and month without its year", () => {
    const forms = accepted(["On 29 October 1956 Israeli paratroopers dropped near the Mitla Pass in Sinai."], "29 October 1956");
    expect(forms.length).toBeGreaterThan(0);
    for (const f of forms) expect(f).toContain("29 October");
  });

  // (A guard: an answer that would be wrong for the other date.)
  it("but not when the article gives that day in another year", () => {
    const forms = accepted(["On 29 October 1956 Israeli paratroopers dropped near the Mitla Pass in Sinai.", "On 29 October 1957 a memorial was unveiled in Tel Aviv."], "29 October 1956");
    for (const f of forms) expect(f).not.toContain("29 October");
  });

  it("takes a century with its word", () => {
    const qs = generateQuestions(articleFromParagraphs(["Plague remained a major event in Ottoman society until the second quarter of the 19th century."], { title: "Black Death" }), { max: 90 }).questions;
    const century = qs.filter((q) => q.answer === "19th" && q.type === "CLOZE");
    expect(century.length).toBeGreaterThan(0);
    for (const q of century) expect(q.acceptedAnswers).toContain("19th century");
  });
});

describe("'left' after a name", () => {
  it("is the verb of the sentence", () => {
    expect(statementTexts("In April 1191 Richard the Lion-hearted left Messina with a large fleet.")).toEqual(["In April 1191 Richard the Lion-hearted left Messina with a large fleet"]);
    expect(statementTexts("The left bank of the river is steep.")).toEqual(["The left bank of the river is steep"]);
  });
});

describe("definitions the reader missed", () => {
  it("reads a bare noun with its relative clause, ending before 'rather than'", () => {
    expect(defs("Social learning is learning that comes from watching or interacting with other animals, rather than from trial and error alone.")).toEqual([
      ["social learning", "learning that comes from watching or interacting with other animals"],
    ]);
  });

  it("reads a definition in a clause after a colon's ', and'", () => {
    expect(defs("Instruments help: an altimeter shows the height, and a variometer is an instrument that shows how fast the balloon is rising or sinking.")).toEqual([
      ["a variometer", "an instrument that shows how fast the balloon is rising or sinking"],
    ]);
  });

  it("reads 'which is the rate at which …' and 'which is how much …'", () => {
    expect(defs("Cycling coaches talk about cadence, which is the rate at which a rider turns the pedals, measured in revolutions per minute.")).toEqual([
      ["cadence", "the rate at which a rider turns the pedals"],
    ]);
    expect(defs("Scientists measure density, which is how much mass is packed into a given volume.")).toEqual([["density", "how much mass is packed into a given volume"]]);
  });

  it("reads past an aside between the term and its verb, and ends a long one before how it is done", () => {
    expect(defs("X-ray crystallography, the technique to which she would devote her life, is a method of finding the positions of the atoms in a molecule by passing a beam of X-rays through a crystal of the substance and studying the pattern of spots that the scattered rays produce.")).toEqual([
      ["X-ray crystallography", "a method of finding the positions of the atoms in a molecule"],
    ]);
  });

  it("reads a gerund's gloss and asks it, 'two smaller ones' comparing nothing unsaid", () => {
    expect(defs("In a nuclear one it comes from nuclear fission, the splitting of a heavy atomic nucleus into two smaller ones.")).toEqual([
      ["nuclear fission", "the splitting of a heavy atomic nucleus into two smaller ones"],
    ]);
    const lines = keptCandidateLines(["In a coal station the heat comes from burning fuel; in a nuclear one it comes from nuclear fission, the splitting of a heavy atomic nucleus into two smaller ones."], "How a nuclear power station works");
    expect(lines).toContain("What is the splitting of a heavy atomic nucleus into two smaller ones called? → nuclear fission");
  });
});

// Generator 0.9.69: a definition's options are of the answer's kind of thing where both kinds are
// known (a method among methods, not beside a hormone, a disease and a peace movement).
describe("options for 'What is …?'", () => {
  const def = (definition: string) => ({ term: `the ${definition.split(" ")[1]}`, termStart: 0, termEnd: 1, defStart: 0, defEnd: 1, definition, plural: false, form: "copula" as const });

  it("leaves out definitions of another kind of thing", () => {
    const asked = def("a method of finding the positions of the atoms in a molecule");
    const others = [def("the hormone that controls the level of sugar in the blood"), def("a movement of scientists working to reduce the danger of nuclear war"), def("a disease of the blood that had once been fatal")];
    expect(definitionDistractors(asked, others)).toEqual([]);
  });

  it("keeps those of the same kind, and those whose kind it cannot tell", () => {
    const asked = def("an instrument that shows how fast the balloon is rising or sinking");
    const others = [def("a device that measures the height of the balloon above the ground"), def("the giant fabric bag that holds the hot air"), def("a fire-resistant material also used in firefighters' clothing"), def("a valve at the top of the envelope that lets hot air escape")];
    expect(definitionDistractors(asked, others).sort()).toEqual([
      "a device that measures the height of the balloon above the ground",
      "a valve at the top of the envelope that lets hot air escape",
      "the giant fabric bag that holds the hot air",
    ]);
  });
});

// Generator 0.9.70: a term that opens its sentence keeps a capital joined by a hyphen ("X-ray").
describe("a defined term at the sentence start", () => {
  it("keeps the capital of 'X-ray', lowering only a sentence's capital", () => {
    const lines = keptCandidateLines(["X-ray crystallography is a method of finding the positions of the atoms in a molecule.", "Deflation is a general fall in the prices of goods and services over time."], "Crystals");
    expect(lines).toContain("What is the method of finding the positions of the atoms in a molecule called? → X-ray crystallography");
    expect(lines).toContain("What is the general fall in the prices of goods and services over time called? → deflation");
  });
});
