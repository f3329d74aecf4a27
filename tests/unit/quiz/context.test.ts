import { describe, expect, it } from "vitest";
import { articleContext, contextOf, countByType, feedback } from "@/lib/quiz/context";

const body = "First paragraph. It has two sentences.\n\nThe second paragraph names Quillbrook. Then more.";
const sentences = [
  { index: 0, paragraph: 0, text: "First paragraph.", start: 0, end: 16 },
  { index: 1, paragraph: 0, text: "It has two sentences.", start: 17, end: 38 },
  { index: 2, paragraph: 1, text: "The second paragraph names Quillbrook.", start: 40, end: 78 },
];
const article = articleContext({ slug: "a", title: "A", body, sentences });
const source = (sentenceIndex: number, sentence: string) => ({ source: { sentenceIndex, sentence, start: 27, end: 37 } });

describe("contextOf", () => {
  it("places the sentence in its paragraph by the stored sentence index", () => {
    const c = contextOf(source(2, "The second paragraph names Quillbrook."), article);
    expect(c.paragraph).toBe("The second paragraph names Quillbrook. Then more.");
    expect(c.sentenceStart).toBe(0);
    expect(c.article).toEqual({ slug: "a", title: "A" });
    expect([c.start, c.end]).toEqual([27, 37]);
  });

  it("falls back to the paragraph containing the sentence when the index is unknown", () => {
    const c = contextOf(source(9, "It has two sentences."), article);
    expect(c.paragraph).toBe("First paragraph. It has two sentences.");
    expect(c.sentenceStart).toBe(17);
  });

  it("keeps the sentence without a paragraph when the article is missing or no longer has it", () => {
    expect(contextOf(source(2, "Gone."), undefined)).toMatchObject({ sentence: "Gone.", paragraph: null, sentenceStart: null, article: null });
    expect(contextOf(source(9, "Not in the text."), article)).toMatchObject({ paragraph: null, sentenceStart: null, article: { slug: "a" } });
  });
});

describe("feedback", () => {
  const q = { answer: "Quillbrook", acceptedAnswers: ["Q."], explanation: "Named in paragraph two." };
  it("lists other accepted forms for typed answers only", () => {
    expect(feedback({ ...q, type: "SHORT_ANSWER" }, undefined)).toEqual({ expected: "Quillbrook", alsoAccepted: ["Q."], explanation: "Named in paragraph two." });
    expect(feedback({ ...q, type: "MCQ" }, undefined).alsoAccepted).toEqual([]);
  });
  it("adds the source only when there is one", () => {
    const context = contextOf(source(2, "The second paragraph names Quillbrook."), article);
    expect(feedback({ ...q, type: "CLOZE" }, context).source).toBe(context);
    expect("source" in feedback({ ...q, type: "CLOZE" }, undefined)).toBe(false);
  });
});

describe("countByType", () => {
  it("counts every type, zero included", () => {
    expect(countByType([{ type: "MCQ" }, { type: "CLOZE" }, { type: "MCQ" }])).toEqual({ MCQ: 2, TRUE_FALSE: 0, CLOZE: 1, SHORT_ANSWER: 0 });
  });
});
