// Generator 0.9.70: where "What is X?" finds its options. A description the article gives of another
// thing is an option only when it is whole and describes a thing: not cut at a comma between two
// describing words ("a stretch of flat"), not a clause with a verb of its own ("a new Act does not
// always take effect at once", "a roaring flame that … shoots up"), not two things of a list, and
// not what follows an adverb ("crucially, a chain …"). Nor are "the night before or that morning"
// or "the second problem" definitions of the word before them.
import { describe, expect, it } from "vitest";
import { definitionsOf, describedIn } from "../../fixtures/generate/statements";

describe("descriptions of other things, as options", () => {
  it("keeps a comma between two describing words inside the description", () => {
    expect(describedIn("Each hive holds a frame, a sheet of thin, stiff wax pressed with a honeycomb pattern, for the bees to build on.")).toEqual([
      "a sheet of thin, stiff wax pressed with a honeycomb pattern",
    ]);
  });

  it("takes no description of a place or a god as an option for a thing", () => {
    expect(describedIn("The two sides met at Runnymede, a stretch of flat, marshy meadow beside the River Thames, between the royal castle at Windsor and the town of Staines.")).toEqual([]);
    expect(describedIn("Goods left through Adulis, a harbour on the Gulf of Zula on the coast of present-day Eritrea.")).toEqual([]);
    expect(describedIn("Earlier kings had honoured Mahrem, a war god the Greeks compared to Ares.")).toEqual([]);
  });

  it("still ends a description with an adverb at the sentence's end", () => {
    expect(describedIn("The letters were made from an alloy of lead, tin and antimony, a mixture that melted at a low temperature and hardened fast.")).toEqual([
      "a mixture that melted at a low temperature and hardened fast",
    ]);
  });

  it("takes no clause after an adverb and a comma", () => {
    expect(describedIn("Even then, a new Act does not always take effect at once.")).toEqual([]);
    expect(describedIn("It had two wheels of similar size and, crucially, a chain that carried the pedalling effort to the rear wheel.")).toEqual([]);
  });

  it("takes no subject whose relative clause is followed by the sentence's verb", () => {
    expect(describedIn("When the pilot opens the blast valve, a roaring flame that can be several metres long shoots up into the envelope.")).toEqual([]);
    // (A bare verb after its object is the relative's own: "let a worker cast".)
    expect(describedIn("The heart of his method was a hand mould, a device that let a worker cast large numbers of identical letters quickly.")).toEqual([
      "a device that let a worker cast large numbers of identical letters quickly",
    ]);
  });

  it("takes no list of two things as a description of the first", () => {
    expect(describedIn("Once the ward has gone, Hollin Vale will be left with its minor injuries unit, an outpatient clinic and a small X-ray department on the ground floor.")).toEqual([]);
  });
});

describe("what is no definition", () => {
  it("reads no time of day after a comma as a gloss", () => {
    expect(definitionsOf("Start by feeding the starter, the night before or that morning.")).toEqual([]);
  });

  it("reads no place in a count as a definition", () => {
    expect(definitionsOf("Money is the second problem.")).toEqual([]);
  });
});
