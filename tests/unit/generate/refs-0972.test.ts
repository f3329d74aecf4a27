// References repaired in round 0.9.72: a "their" owned by a short plural ("bees", "cows") before it.
import { describe, expect, it } from "vitest";
import { keptCandidateLines } from "../../fixtures/generate/statements";

describe("a 'their' after a short plural of the same clause", () => {
  it("is that plural's, and the figures are asked", () => {
    const lines = keptCandidateLines(["The farm trial lasted a year. Of the 60 young cows, 41 gained weight within 30 days of their first feed."]);
    expect(lines).toContain("Of the 60 young cows, 41 gained weight within _____ days of their first feed. → 30");
  });

  it("is the staff's ('no Redkite staff would lose their jobs')", () => {
    const lines = keptCandidateLines(["Harlow Coaches runs the three routes for the council. Its director, Ann Pike, said no Harlow staff would lose their jobs."]);
    expect(lines.some((l) => /staff would lose their jobs/.test(l))).toBe(true);
  });

  it("is still nobody's after 'this' or a count of days", () => {
    const lines = keptCandidateLines(["The farm trial lasted a year. After this, 41 gained weight within 30 days of their first feed."]);
    expect(lines.some((l) => /their first feed/.test(l))).toBe(false);
  });
});

describe("an 'It' after a firm a person founded at the close of the sentence before", () => {
  it("is that firm, and so is the next 'Its'", () => {
    const lines = keptCandidateLines([
      "Mara Quill was a lawyer from Dublin. In 1871 she sailed to Canada, where she helped to found the Halden Shipping Company. It raised £80,000 from local merchants. Its first captain was Edwin Marsh, then only 26 years old.",
    ]);
    expect(lines.some((l) => /Halden Shipping Company raise/.test(l) && /£80,000$/.test(l))).toBe(true);
    expect(lines.some((l) => /Halden Shipping Company’s first captain/.test(l))).toBe(true);
  });

  it("is nobody when the firm was only visited", () => {
    const lines = keptCandidateLines([
      "Mara Quill was a lawyer from Dublin. In 1871 she sailed to Canada, where she worked for the Halden Shipping Company. It raised £80,000 from local merchants.",
    ]);
    expect(lines.some((l) => /£80,000/.test(l))).toBe(false);
  });
});

describe("'The <plural>' the title names with a possessive", () => {
  it("is the title's ('Villagers' Orchard …' → 'The villagers')", () => {
    const lines = keptCandidateLines(["The orchard is on the old rectory field. The villagers planted 340 apple trees beside the church in the spring of 2019."], "Villagers' Orchard Wins County Prize");
    expect(lines.some((l) => /^The villagers planted _____ apple trees/.test(l) || /did the villagers plant/.test(l))).toBe(true);
  });

  it("is still nobody's under a title that does not name them", () => {
    const lines = keptCandidateLines(["The orchard is on the old rectory field. The villagers planted 340 apple trees beside the church in the spring of 2019."], "Orchard Wins County Prize");
    expect(lines.some((l) => /villagers/.test(l))).toBe(false);
  });
});

describe("a later clause's 'her' after the one woman its own sentence named", () => {
  it("is hers, past a plural of capitals ('MPs')", () => {
    const lines = keptCandidateLines([
      "A large majority seldom loses such a vote, but it can happen, as Helen Marsh discovered in 1994, when MPs rejected her department's plan to close the rural post offices.",
    ]);
    expect(lines.some((l) => /MPs reject(?:ed)? Marsh’s department's plan/.test(l) && /1994$/.test(l))).toBe(true);
  });

  it("is nobody's when the sentence named two women", () => {
    const lines = keptCandidateLines([
      "A large majority seldom loses such a vote, but it can happen, as Helen Marsh and Ruth Kay discovered in 1994, when MPs rejected her department's plan to close the rural post offices.",
    ]);
    expect(lines.some((l) => /department's plan/.test(l) && /1994$/.test(l))).toBe(false);
  });
});

describe("an 'Its' after a name standing behind a fronted place", () => {
  it("is that name's ('… on the plateau, stands ALMA … Its 66 radio antennas')", () => {
    const lines = keptCandidateLines([
      "The desert air is dry and clear. Higher up, on the Tarn plateau at about 4,000 metres, stands the Kessel Observatory. Its 48 radio dishes work together as one telescope.",
    ]);
    expect(lines.some((l) => /Kessel Observatory’s _____ radio dishes/.test(l))).toBe(true);
  });

  it("is nobody's when what stands there has no name", () => {
    const lines = keptCandidateLines(["The desert air is dry and clear. Higher up, on the Tarn plateau at about 4,000 metres, stands a small white hut. Its 48 radio dishes work together as one telescope."]);
    expect(lines.some((l) => /radio dishes/.test(l))).toBe(false);
  });
});
