// References and names repaired in round 0.9.73: an object "it" that the sentence before called by
// the title's head ("the reef"), and a place named after a titled person ("Lady Elliot Island").
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

describe("a place named after a titled person", () => {
  it("is a place ('Lady Hale Island'), not a person", () => {
    const lines = keptCandidateLines([
      "The Kelp Reef runs south to Lady Hale Island, not far from the town of Corran.",
    ], "The Kelp Reef");
    expect(lines.some((l) => /^(Who|Which person)\b.*→ Lady Hale Island$/.test(l))).toBe(false);
    expect(lines.some((l) => /→ Lady Hale Island$/.test(l))).toBe(true);
  });
});
