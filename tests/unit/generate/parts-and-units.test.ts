// Generator 0.9.4: a relative clause after "the rest of …" is about the whole phrase, and a typed
// answer to a measure may carry the measure's unit.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { statementTexts } from "../../fixtures/generate/statements";

describe("a relative clause after a part word", () => {
  it("is stated of the whole phrase", () => {
    expect(statementTexts("Over the following months Mary uncovered the rest of the skeleton, which was about five metres long.")).toContain("the rest of the skeleton was about five metres long");
    // After another "of" the clause may be about either noun: still nothing stated.
    expect(statementTexts("She met a member of the council, which was founded in 1900.").join(" | ")).not.toMatch(/founded in 1900/);
  });
});

describe("a measure's typed answer", () => {
  it("accepts the number with its unit, in words and in figures", () => {
    const article = articleFromParagraphs(["Over the following months Mary uncovered the rest of the skeleton, which was about five metres long. The find made her famous across England."], { title: "Mary Anning" });
    // (Since 0.9.72 a size with its dimension is asked "How long …?", keyed with its unit.)
    const q = generateQuestions(article, { max: 50 }).questions.find((x) => x.type === "SHORT_ANSWER" && x.answer === "about five metres");
    expect(q?.prompt).toBe("How long was the rest of the skeleton?");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["five metres", "five", "five m"]));
  });
});
