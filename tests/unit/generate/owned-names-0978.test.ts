// Generator 0.9.78: a capitalised name that "its", "their", "our", "my" or "your" owns is a thing's
// name, not a person's ("its Bus Recovery Grant ends in March" made "Bus Recovery Grant" an option
// beside the people of "Who leads the opposition?").
import { describe, expect, it } from "vitest";
import { analyzeArticle, generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { readArticle } from "../../fixtures/generate/update-verdicts";

describe("a name something owns", () => {
  it("is no person, and no option among people", () => {
    const { article, corpus } = readArticle("dunmore-bus-cuts-pasted");
    const grant = [...analyzeArticle(article).entities.values()].find((e) => e.display === "Bus Recovery Grant");
    expect(grant?.type).not.toBe("person");
    const mcqs = generateQuestions(article, { corpus, types: ["MCQ"], max: 400 }).questions.filter((q) => q.answerType === "person");
    expect(mcqs.length).toBeGreaterThan(0);
    expect(mcqs.filter((q) => q.choices?.includes("Bus Recovery Grant")).map((q) => q.prompt)).toEqual([]);
  });

  it("leaves a person after 'his' or 'her' a person ('her daughter Miranda' is not owned by 'its')", () => {
    const a = analyzeArticle(articleFromParagraphs(["Ruth Ashdown praised her deputy Tom Okafor. The trust said its Harbour Fund would pay for the work."], { title: "News" }));
    const byName = (n: string) => [...a.entities.values()].find((e) => e.display === n)?.type;
    expect(byName("Tom Okafor")).toBe("person");
    expect(byName("Harbour Fund")).not.toBe("person");
  });
});
