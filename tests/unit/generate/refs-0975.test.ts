// References in round 0.9.75 (key facts dropped as "dangling-reference"): "the decision" is no
// dangling reference when the stem says what was decided ("the decision to stop sailing") or names
// the court whose decision it was ("… in a local court, but … the Supreme Court overturned the
// decision"); bare, after "of", or with no court before it, it still leans on the sentence before.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { validateQuestion } from "../../../lib/generate/validate";
import { keptCandidateLines } from "../../fixtures/generate/statements";

function reasons(type: QuestionDraft["type"], prompt: string, answer: string, answerType: string, sentence: string): string[] {
  const q: QuestionDraft = {
    key: "k", type, prompt, answer, acceptedAnswers: [], explanation: "",
    source: { sentenceIndex: 0, start: Math.max(0, sentence.indexOf(answer)), end: Math.max(0, sentence.indexOf(answer)) + answer.length, sentence },
    answerType, factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "x",
  } as QuestionDraft;
  return validateQuestion(q, { title: "Corran ferry suspended", sentences: [{ index: 0, paragraph: 0, start: 0, end: sentence.length, text: sentence }] as never });
}

describe("'the decision' that the stem itself explains", () => {
  it("is kept with its infinitive ('the decision to stop sailing')", () => {
    const s = "Morag Halloran, managing director of Corran Sound Ferries, said the decision to stop sailing had been the only safe one.";
    expect(reasons("SHORT_ANSWER", "Who said the decision to stop sailing had been the only safe one?", "Morag Halloran", "person", s)).not.toContain("dangling-reference");
  });

  it("is kept after a court the stem names ('won … in a local court, but … overturned the decision')", () => {
    const s = "Halloran won $300 in damages in a local court, but in 1889 the Tennessee Supreme Court overturned the decision.";
    expect(reasons("CLOZE", "Halloran won _____ in damages in a local court, but in 1889 the Tennessee Supreme Court overturned the decision.", "$300", "money", s)).not.toContain("dangling-reference");
  });

  it("still leans on the sentence before when the only court is the one that overturned it", () => {
    const s = "In 1889 the Tennessee Supreme Court overturned the decision.";
    expect(reasons("CLOZE", "In _____ the Tennessee Supreme Court overturned the decision.", "1889", "year", s)).toContain("dangling-reference");
  });

  it("still leans on the sentence before after 'of' ('the date of the decision to apply …')", () => {
    const s = "Opponents have six weeks from the date of the decision to apply for a judicial review.";
    expect(reasons("CLOZE", "Opponents have _____ weeks from the date of the decision to apply for a judicial review.", "six", "count", s)).toContain("dangling-reference");
  });

  it("still leans on the sentence before when bare ('Councillors took the decision late on Tuesday')", () => {
    const s = "Councillors took the decision late on Tuesday 1 December 2026, after a long meeting.";
    expect(reasons("CLOZE", "Councillors took the decision late on Tuesday _____, after a long meeting.", "1 December 2026", "date", s)).toContain("dangling-reference");
  });
});

describe("'the region' in an article titled with a named desert, forest or basin", () => {
  it("is the named place's region when the body calls the place by its name alone", () => {
    const lines = keptCandidateLines([
      "The Kalvara Desert is the driest place in the south.",
      "People have lived in the Kalvara for at least 9,000 years. Today the region is home to more than 40 villages.",
    ], "The Kalvara Desert");
    expect(lines).toContain("The Kalvara region is home to more than _____ villages. → 40");
  });

  it("is nobody's when the paragraph wrote 'region' of something else before", () => {
    const lines = keptCandidateLines([
      "The Kalvara Desert is the driest place in the south.",
      "People have lived in the Kalvara for at least 9,000 years. Tarn, a coastal region of Osmia, lies to the west. Today the region is home to more than 40 villages.",
    ], "The Kalvara Desert");
    expect(lines.some((l) => /region is home/.test(l))).toBe(false);
  });

  it("is nobody's when the body never calls the place by its name alone", () => {
    const lines = keptCandidateLines([
      "The Kalvara Desert is the driest place in the south.",
      "People have lived near the desert for at least 9,000 years. Today the region is home to more than 40 villages.",
    ], "The Kalvara Desert");
    expect(lines.some((l) => /region is home/.test(l))).toBe(false);
  });

  it("is nobody's under a title that names no such place", () => {
    const lines = keptCandidateLines([
      "The Kalvara Desert is the driest place in the south.",
      "People have lived in the Kalvara for at least 9,000 years. Today the region is home to more than 40 villages.",
    ], "Life in a dry land");
    expect(lines.some((l) => /region is home/.test(l))).toBe(false);
  });
});

describe("'It' after a described thing, in a paragraph already running on an 'it' of its own", () => {
  it("is nobody: the device or its light ('Its screen … The front light was … It carries …')", () => {
    const lines = keptCandidateLines([
      "The Vellum Slate 6 costs £79.",
      "For £10 more, the Vellum Slate 6 feels like a different class of device. Its screen is as sharp as a printed page. The front light was the most even we measured. It carries a rating of IPX7.",
    ], "Group test: e-readers");
    expect(lines.some((l) => /front light carries/.test(l))).toBe(false);
  });

  it("is the described thing when nothing else in the paragraph was an 'it'", () => {
    const lines = keptCandidateLines([
      "The Vellum Slate 6 costs £79.",
      "The front light was the most even we measured. It carries a rating of IPX7.",
    ], "Group test: e-readers");
    expect(lines).toContain("The front light carries a rating of _____. → IPX7");
  });
});
