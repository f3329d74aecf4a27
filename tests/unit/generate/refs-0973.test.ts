// References repaired in round 0.9.73: an object "it" that the sentence before called by the title's
// head ("the reef"), a "their" in an article about a pair of siblings, "the technique" after a
// sentence saying what a term means, "over it" after a sentence closing on "known as X", and a place
// named after a titled person ("Lady Elliot Island").
import { describe, expect, it } from "vitest";
import { keptCandidateLines } from "../../fixtures/generate/statements";

describe("an object 'it' after a sentence that spoke of the title's thing by its head", () => {
  it("is the title's thing ('found a passage through the Kelp Reef')", () => {
    const lines = keptCandidateLines([
      "The Kelp Reef lies off the coast of Corran. Early charts marked the reef as impassable. In 1802 the surveyor Tomas Halloran found a passage through it.",
    ], "The Kelp Reef");
    expect(lines).toContain("In 1802 the surveyor _____ found a passage through the Kelp Reef. → Tomas Halloran");
  });

  it("is nobody's when the sentence before named another thing it could be", () => {
    const lines = keptCandidateLines([
      "The Kelp Reef lies off the coast of Corran. A trader ran his ship onto the reef in 1801. In 1802 the surveyor Tomas Halloran found a passage through it.",
    ], "The Kelp Reef");
    expect(lines.some((l) => /passage through the Kelp Reef/.test(l))).toBe(false);
  });
});

describe("a 'their' in an article about a pair of siblings", () => {
  it("is the siblings' when nothing plural comes before it", () => {
    const lines = keptCandidateLines([
      "The Marsden sisters opened a bakery in Leeds in 1921.",
      "A new oven was needed, but no firm could supply one that was small enough, so Tom Hardcastle, the mechanic in their shop, built it in about six weeks.",
    ], "The Marsden Sisters and Their Bakery");
    expect(lines).toContain("Who was the mechanic in the Marsden sisters’ shop? → Tom Hardcastle");
  });

  it("is left alone after a plural the sentence named first", () => {
    const lines = keptCandidateLines([
      "The Marsden sisters opened a bakery in Leeds in 1921.",
      "The ovens kept failing, so Tom Hardcastle, the mechanic in their shop, rebuilt one in about six weeks.",
    ], "The Marsden Sisters and Their Bakery");
    expect(lines.some((l) => /Marsden sisters’ shop/.test(l))).toBe(false);
  });
});

describe("a place named after a titled person", () => {
  it("is a place ('Lady Hale Island'), not a person", () => {
    const lines = keptCandidateLines([
      "The Kelp Reef runs south to Lady Hale Island, not far from the town of Corran.",
    ], "The Kelp Reef");
    expect(lines.some((l) => /^(Who|Which person)\b.*→ Lady Hale Island$/.test(l))).toBe(false);
    expect(lines.some((l) => /→ Lady Hale Island$/.test(l))).toBe(true);
  });
});

describe("'The technique' right after a sentence that says what a term means", () => {
  it("is that term's technique ('The retarding technique was devised …')", () => {
    const lines = keptCandidateLines([
      "Chill the shaped dough overnight. Retarding simply means slowing the rise by keeping the dough cold. The technique was devised in 1962 by the Danish baker Ole Brandt, and it lets the rye soak up the milk fully while its own enzymes make sugars within 20 minutes, so the crust browns.",
    ], "Baking at home");
    expect(lines).toContain("The retarding technique was devised in 1962 by the Danish baker _____. → Ole Brandt");
    // ("its own enzymes": after "the milk", whose they are is not told by the main subject.)
    expect(lines.some((l) => /technique’s own enzymes/.test(l))).toBe(false);
  });

  it("is nobody's after a sentence that says nothing of what a word means", () => {
    const lines = keptCandidateLines([
      "Chill the shaped dough overnight. Retarding is popular with bakers. The technique was devised in 1962 by the Danish baker Ole Brandt.",
    ], "Baking at home");
    expect(lines.some((l) => /Ole Brandt/.test(l) && /technique/.test(l))).toBe(false);
  });
});

describe("an 'it' after a place preposition, when the sentence before closed on 'known as X'", () => {
  it("is X ('lowered over the lid')", () => {
    const lines = keptCandidateLines([
      "By 1990 the old mine had been sealed under a thick concrete cap, known as the lid. In 2012 a steel dome, the Harlow Shield, was lowered over it by cranes.",
    ], "The Harlow mine");
    expect(lines).toContain("In 2012 the _____ was lowered over the lid by cranes. → Harlow Shield");
  });

  it("is nobody's when the sentence before gave no name", () => {
    const lines = keptCandidateLines([
      "By 1990 the old mine had been sealed under a thick concrete cap. In 2012 a steel dome, the Harlow Shield, was lowered over it by cranes.",
    ], "The Harlow mine");
    expect(lines.some((l) => /lowered over (the lid|the cap|the mine)/.test(l))).toBe(false);
  });
});
