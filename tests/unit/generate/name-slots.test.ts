// Named-thing answers (issue 10, distractor slice): a whole facility or place name followed by
// where it is, or a titled person "of" a country, is no name cut short; the whole name is the answer.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

function explain(paragraphs: string[], title = "A history") {
  const article = articleFromParagraphs(paragraphs, { title, slug: "name-slots" });
  return generateQuestions(article, { explain: true, max: 40 }).candidates ?? [];
}

describe("whole names before a place", () => {
  it("keeps a facility named in full before 'in <town>' as the whole answer", () => {
    const cands = explain([
      "In May 1921 the surveyors gathered at the Grand Harbour Hospital in Valletta, Malta, to sign the report.",
      "The survey took three years.",
    ]);
    const gap = cands.filter((c) => c.type === "CLOZE" && c.answer === "Grand Harbour Hospital");
    expect(gap.length).toBeGreaterThan(0);
    for (const c of gap) expect(c.reasons).not.toContain("truncated-name");
  });

  it("keeps a titled ruler before 'of <country>' as the whole answer", () => {
    const cands = explain(["King Sigurd II of Norway seized the fortress of Akershus in 1240.", "The siege lasted a winter."]);
    const gap = cands.filter((c) => c.type === "CLOZE" && /Sigurd/.test(c.answer));
    expect(gap.length).toBeGreaterThan(0);
    for (const c of gap) expect(c.reasons).not.toContain("truncated-name");
  });

  it("still calls a gap cut from 'the Bank of …' a truncated name", () => {
    const cands = explain(["The Royal Bank of Scotland opened a branch in Glasgow in 1783.", "It grew quickly."]);
    // Whatever the tagger makes of the name, no usable gap holds only its first half.
    expect(cands.filter((c) => c.reasons.length === 0 && c.answer === "Royal Bank")).toEqual([]);
  });
});
