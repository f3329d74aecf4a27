// References the resolver gave up on although their referent was certain: an "it" after a name whose
// "and" belongs to the name ("the General Agreement on Tariffs and Trade"), and a pronoun subject
// after a participle's phrase ("Found lying broken, it was shipped …"); and "The same year" as a
// subject, which had become "In 1934 brought …".
import { describe, expect, it } from "vitest";
import { keptCandidateLines } from "../../fixtures/generate/statements";

describe("an 'it' after a name with an 'and' of its own", () => {
  it("is the name, not two things", () => {
    const lines = keptCandidateLines([
      "The General Agreement on Tariffs and Trade, or GATT, was signed in Geneva in October 1947 by 23 countries to reduce tariffs through rounds of negotiation. It was replaced by the World Trade Organization on 1 January 1995.",
    ]);
    expect(lines).toContain("Which organization replaced the General Agreement on Tariffs and Trade on 1 January 1995? → World Trade Organization");
  });

  it("is still nobody's after two names joined by 'and'", () => {
    const lines = keptCandidateLines(["Britain and America signed the treaty in 1846. It was replaced by a new agreement in 1871."]);
    expect(lines.some((l) => /replaced/.test(l))).toBe(false);
  });
});

describe("a pronoun subject after a participle's phrase", () => {
  it("is resolved, the phrase left out, and a later clause's 'it' is the same thing", () => {
    const lines = keptCandidateLines([
      "The second-largest, usually called the Obelisk of Axum, is about 24 metres tall. Found lying broken, it was shipped to Rome by Italian troops in 1937 on Mussolini's orders; after decades of negotiation it was returned to Ethiopia in 2005.",
    ]);
    expect(lines).toContain("In which year was the Obelisk of Axum shipped to Rome by Italian troops on Mussolini's orders? → 1937");
    expect(lines).toContain("After decades of negotiation the Obelisk of Axum was returned to Ethiopia in _____. → 2005");
  });

  it("leaves a pronoun it cannot place unresolved", () => {
    const lines = keptCandidateLines(["Found lying broken, it was shipped to Rome by Italian troops in 1937."]);
    expect(lines.some((l) => /shipped/.test(l))).toBe(false);
  });
});

describe("'The same year' as a subject", () => {
  it("becomes the year itself, not 'In <year>' before a verb", () => {
    const lines = keptCandidateLines(
      ["Dorothy Hodgkin was a chemist. In 1934 she returned to Somerville, which had offered her a research fellowship, and she stayed at Oxford for the rest of her working life. The same year brought the first signs of rheumatoid arthritis, a painful disease that would swell and twist her hands and feet; she worked on regardless."],
      "Dorothy Hodgkin",
    );
    expect(lines).toContain("1934 brought the first signs of _____, a painful disease that would swell and twist Hodgkin’s hands and feet. → rheumatoid arthritis");
    expect(lines.some((l) => /In 1934 brought/.test(l))).toBe(false);
  });
});
