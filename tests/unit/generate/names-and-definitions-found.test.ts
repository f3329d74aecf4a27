// Names and definitions the readers missed: a thing "often called" something by a name ("Note G"),
// "These <two describing words> are called …", a name followed by what the named thing does
// (", which pressed the paper …"), and glosses cut off by a tagger's misreading ("the batting side
// scores no runs"), by a verb's "of" ("died of dust pneumonia, …"), by ", and" after a gloss with a
// relative clause of its own, by a span of time ("the first 30 seconds in which …") or a mass ("the
// shifting mass of … that …"), and by "their own" after a plural.
import { describe, expect, it } from "vitest";
import { definitionDistractors, type Definition } from "../../../lib/generate/definitions";
import { definitionsOf, keptCandidateLines } from "../../fixtures/generate/statements";

const definitions = (text: string) => definitionsOf(text).map((d) => `${d.term} = ${d.definition}`);

describe("naming questions", () => {
  it("asks what a named thing is often called", () => {
    expect(keptCandidateLines(["Because it was a detailed plan for a machine to carry out, Note G is often called the first published computer program."])).toContain(
      "What is Note G often called? → first published computer program",
    );
  });

  it("asks what 'these' two describing words name", () => {
    expect(keptCandidateLines(["Rain soaks into the ground and fills the spaces in porous rocks. These water-bearing rocks are called aquifers, and the groundwater in them may stay underground for hundreds of years."])).toContain(
      "What are the water-bearing rocks called? → aquifers",
    );
  });

  it("asks a name by what the named thing does, when that runs to the sentence's end", () => {
    const lines = keptCandidateLines([
      "Turning a large wooden screw lowered a flat plate called the platen, which pressed the paper evenly against the inked type.",
      "At a recycling plant, cells are shredded and sorted into metal casings, plastics and a dark powder called black mass, which contains lithium, cobalt, nickel, manganese and graphite.",
    ]);
    expect(lines).toContain("What was the flat plate that pressed the paper evenly against the inked type called? → platen");
    expect(lines).toContain("What is the dark powder that contains lithium, cobalt, nickel, manganese and graphite called? → black mass");
    // ("…, which filters the water and keeps it clear": the "it" would dangle in the stem.)
    expect(keptCandidateLines(["The lake is home to a tiny crustacean called Epischura, which filters the water and keeps it clear."]).some((l) => /crustacean that/.test(l))).toBe(false);
  });
});

describe("a kind's other name", () => {
  it("asks another name for a kind of thing, after a comma", () => {
    expect(keptCandidateLines(["You will also want a proving basket, known as a banneton (a bowl lined with a floured tea towel works too), a razor blade and a lidded cast-iron pot."], "How sourdough bread is made")).toContain(
      "What is another name for a proving basket? → banneton",
    );
    expect(keptCandidateLines(['To make the numbers clear, she drew a polar-area diagram, sometimes called a "coxcomb", in which each month was a wedge of a circle.'], "Florence Nightingale")).toContain(
      "What is another name for a polar-area diagram? → coxcomb",
    );
    // (No comma: "a fee called a commission" is the fee this broker charges, not every fee.)
    expect(keptCandidateLines(["The broker passes the order to the market, charging a fee called a commission."]).some((l) => /another name/.test(l))).toBe(false);
  });
});

describe("a group's name for a thing", () => {
  it("asks what staff have nicknamed a thing, by a quoted name", () => {
    expect(keptCandidateLines(['The most striking addition is a glass-walled reading room on the roof, which staff have already nicknamed "the Lantern" and which offers views across the river.'], "Harwick Library reopens")).toContain(
      "What have staff nicknamed the glass-walled reading room on the roof? → Lantern",
    );
  });
});

describe("glosses the definition reader missed", () => {
  it("reads a plural-looking verb before a determiner as the relative clause's verb, and a clause after ', and'", () => {
    expect(definitions("Ryle finished with 3 for 27 from her eight overs, including a maiden, an over in which the batting side scores no runs, and although the tail scraped 11 more runs, Brackenford could manage only 187.")).toContain(
      "a maiden = an over in which the batting side scores no runs",
    );
  });

  it("reads a gloss after a verb's 'of'", () => {
    expect(definitions("Hundreds of people, many of them young children or elderly, died of dust pneumonia, a lung illness caused by breathing in fine dust.")).toContain(
      "dust pneumonia = a lung illness caused by breathing in fine dust",
    );
    // (After a noun's "of", the gloss may be of the whole phrase: as before.)
    expect(definitions("It rests on the heart of the system, an electric pump that moves the fluid.")).toEqual([]);
  });

  it("reads 'the <mass> of … that …' and 'the first … seconds in which …' as glosses", () => {
    expect(definitions("Within days she met pack ice, the shifting mass of floating sea ice that surrounds Antarctica, and for six weeks she picked her way through it.")).toContain(
      "pack ice = the shifting mass of floating sea ice that surrounds Antarctica",
    );
    expect(definitions("Every match opened with the autonomous period, the first 30 seconds in which robots must work entirely on their own, following programs written in advance.")).toContain(
      "the autonomous period = the first 30 seconds in which robots must work entirely on their own",
    );
  });

  it("reads 'This <two words> is the … that …' as a definition of the term", () => {
    expect(definitions("This return stroke is the bright flash that people see, and it lasts only a few millionths of a second.")).toContain(
      "the return stroke = the bright flash that people see",
    );
    // (Not "This <one word>", nor a judgement after "a": "This machine is a device that pumps water.")
    expect(definitions("This machine is a device that pumps water.")).toEqual([]);
  });
});

describe("a definition's options of its own kind", () => {
  const def = (term: string, definition: string): Definition => ({ term, termStart: 0, termEnd: term.length, defStart: 0, defEnd: definition.length, definition, plural: false, form: "gloss" });
  it("offers no ship for a mass of ice", () => {
    const asked = def("pack ice", "the shifting mass of floating sea ice that surrounds Antarctica");
    const ships = [def("Endurance", "a wooden barquentine built in Norway as Polaris"), def("Yelcho", "a small steam tug of the Chilean Navy commanded by Luis Pardo")];
    const ice = [def("firn", "a dense and grainy layer halfway between snow and ice"), def("an icefall", "a steep part of a glacier resembling a frozen waterfall"), def("the accumulation zone", "the upper part of a glacier where the snow turns to ice")];
    const options = definitionDistractors(asked, [...ships, ...ice]);
    expect(options).toHaveLength(3);
    expect(options.some((o) => /barquentine|steam tug/.test(o))).toBe(false);
  });
});
