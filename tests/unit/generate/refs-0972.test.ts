// References repaired in round 0.9.72: a "their" owned by a short plural ("bees", "cows") before it.
import { describe, expect, it } from "vitest";
import { keptCandidateLines } from "../../fixtures/generate/statements";

describe("a 'their' after a short plural of the same clause", () => {
  it("is that plural's, and the figures are asked", () => {
    const lines = keptCandidateLines(["The farm trial lasted a year. Of the 60 young cows, 41 gained weight within 30 days of their first feed."]);
    expect(lines).toContain("Of the 60 young cows, 41 gained weight within _____ days of their first feed. → 30");
  });

  it("is still nobody's after 'this' or a count of days", () => {
    const lines = keptCandidateLines(["The farm trial lasted a year. After this, 41 gained weight within 30 days of their first feed."]);
    expect(lines.some((l) => /their first feed/.test(l))).toBe(false);
  });
});
