// A person's gap is typed like a short answer: its key takes the given name with the surname, as
// "Who …?" does ("Charles Tilston Bright" — "Charles Bright"; the 0.9.72 reading's rule-7 fault).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

describe("a person's gap", () => {
  it("accepts the given name and surname of a longer name", () => {
    const article = articleFromParagraphs(["The Harland Cable Company was founded in 1856. Its engineer-in-chief was Charles Tilston Bright, then only 24 years old."], { title: "The cable" });
    const gaps = generateQuestions(article, { max: 40 }).questions.filter((q) => q.type === "CLOZE" && q.answer === "Charles Tilston Bright");
    expect(gaps.length).toBeGreaterThan(0);
    for (const q of gaps) expect(q.acceptedAnswers).toContain("Charles Bright");
  });
});
