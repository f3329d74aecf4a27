// A second verb phrase stated on its own names the first verb's object for its "it"/"them"
// (statements.ts, namingObject): the vaccines article's first run lost James Phipps to "scratched it".
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { statementTexts } from "../../fixtures/generate/statements";

const JENNER =
  "In 1796 the English doctor Edward Jenner took material from a cowpox sore on the hand of a milkmaid, Sarah Nelmes, and scratched it into the arm of an eight-year-old boy, James Phipps.";

describe("a pronoun object of a second verb phrase", () => {
  it("becomes the first verb's object, by its head noun, of the same number", () => {
    expect(statementTexts(JENNER)).toContain("In 1796 the English doctor Edward Jenner scratched the material into the arm of an eight-year-old boy, James Phipps");
    expect(statementTexts("The museum bought a large painting in 1920 and sold it in 1950.")).toContain("The museum sold the painting in 1950");
    expect(statementTexts("The farmers planted potatoes in the valley and harvested them in autumn.")).toContain("The farmers harvested the potatoes in autumn");
  });

  it("is left alone after a copula, a name, or an object of the other number", () => {
    expect(statementTexts("She was a teacher and loved it.")).toContain("She loved it");
    expect(statementTexts("The army besieged Troy and burned it.")).toContain("The army burned it");
    expect(statementTexts("The farmers planted potatoes in the valley and harvested it in autumn.").join(" | ")).not.toMatch(/the potatoes/);
  });

  it("lets the boy be asked, while the doctor is still asked from the clause that says what he took", () => {
    const article = articleFromParagraphs([JENNER, "Cowpox is a mild disease related to smallpox."], { title: "How vaccines teach the immune system", tags: ["science"] });
    const questions = generateQuestions(article, { max: 40 }).questions;
    expect(questions.some((q) => q.answer === "James Phipps" && q.prompt === "In 1796 the English doctor Edward Jenner scratched the material into the arm of an eight-year-old boy, _____.")).toBe(true);
    const doctor = questions.filter((q) => q.answer === "Edward Jenner" && q.type === "SHORT_ANSWER");
    expect(doctor.length).toBeGreaterThan(0);
    for (const q of doctor) expect(q.prompt).not.toMatch(/the material/);
  });
});
