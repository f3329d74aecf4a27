// References and names repaired in round 0.9.73. A place named after a titled person ("Lady Elliot
// Island") is a place.
import { describe, expect, it } from "vitest";
import { keptCandidateLines } from "../../fixtures/generate/statements";

describe("a place named after a titled person", () => {
  it("is a place ('Lady Hale Island'), not a person", () => {
    const lines = keptCandidateLines([
      "The Kelp Reef runs south to Lady Hale Island, not far from the town of Corran.",
    ], "The Kelp Reef");
    expect(lines.some((l) => /^(Who|Which person)\b.*→ Lady Hale Island$/.test(l))).toBe(false);
    expect(lines.some((l) => /→ Lady Hale Island$/.test(l))).toBe(true);
  });
});
