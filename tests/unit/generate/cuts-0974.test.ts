// A stem shortened to fit (rubric: short, grammatical stems) is cut between phrases, never inside a
// subordinate clause before its verb: "Which place had to close because the timbers?" asks nothing.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const questionsOf = (paragraphs: string[], title: string) => generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 60 }).questions;

describe("shortened stems", () => {
  it("drop a 'because' clause whole rather than end on its subject", () => {
    const qs = questionsOf(["Harwick Library had to close because the timbers supporting its roof had been badly weakened by decades of rainwater."], "Library news");
    const wh = qs.filter((q) => q.answer === "Harwick Library" && q.prompt.endsWith("?"));
    expect(wh.length, "a wh-question asks for the library").toBeGreaterThan(0);
    for (const q of wh) expect(q.prompt).not.toMatch(/\bbecause the timbers\?$/);
    expect(wh.map((q) => q.prompt)).toContain("Which place had to close?");
  });

  it("keep a phrase opened by 'after' that has no verb of its own", () => {
    const qs = questionsOf([
      "The final was played in Halsford on Sunday. Ellie Varnham pounced on a loose ball after a goalmouth scramble and Priya Shah added a second goal before half-time.",
    ], "Hockey final");
    const q = qs.find((x) => x.answer === "Ellie Varnham" && x.prompt.startsWith("Who"));
    expect(q, "a who-question asks for the scorer").toBeDefined();
    expect(q!.prompt).toBe("Who pounced on a loose ball after a goalmouth scramble?");
  });
});
