// Generator 0.9.44: the broken items of round 11's first reading (0.9.43, 8 of 147) fixed at their
// cause — a list read as a description ("a sheep, a duck and a rooster"), "to handles" read as a
// purpose, a statement cut at the colon before a quotation, a ship's "her" read as the last woman
// named, an "-ing" after a description's own clause given to the sentence's subject, "it" read as
// two names — each with sentences of the same shape (not the articles' own) and what must stay.
import { describe, expect, it } from "vitest";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { definitionsOf, keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";
import { reasonsIn } from "../../fixtures/generate/validation";
import { generateQuestions } from "../../../lib/generate";

describe("round 11's broken shapes, 0.9.44", () => {
  it("reads 'a goat, a goose and a hen' as a list, not a description of the goat", () => {
    const s = "The cart carried a goat, a goose and a hen, so that the farmers could sell them at the fair.";
    expect(statementTexts(s).some((t) => /a goat (?:was|is) a goose/.test(t))).toBe(false);
    expect(definitionsOf(s)).toEqual([]);
    // (A description is still one: "a farm, a large estate near the river".)
    expect(statementTexts("He bought a farm, a large estate near the river.")).toContain("a farm was a large estate near the river");
  });

  it("asks no purpose of 'hold on tightly to handles'", () => {
    const lines = keptCandidateLines(["For landing, riders sit facing forward with their knees bent and hold on tightly to handles inside the car.", "The car was built in 1998 by a firm in Leeds."]);
    expect(lines.some((l) => /^Why do riders hold on tightly\?/.test(l))).toBe(false);
  });

  it("drops a statement cut at the colon before the words it quotes", () => {
    const reasons = reasonsIn(["Thomas Reed was shot in 1890.", "Reed's reported last words were: \"Tell them the truth.\""]);
    expect(reasons("Reed's reported last words were.", "True", "TRUE_FALSE", 1)).toContain("truncated-statement");
  });

  it("reads no earlier woman for the 'her' of a ship the sentence before was about", () => {
    const lines = keptCandidateLines([
      "In 1871 Queen Alexandra opened the harbour at Leith, and the crowds cheered.",
      "The Sea Lark, built by the engineer Thomas Hale and launched in 1871, was 300 feet long and had been a failure as a ferry. A firm that included the shipowner Paul Reid bought her cheaply in 1880 and fitted her with two large tanks.",
    ]);
    expect(lines.filter((l) => /\b(?:bought|fitted) Alexandra\b/.test(l))).toEqual([]);
  });

  it("gives an '-ing' after a description's own clause to that clause, not to the subject", () => {
    const s = statementTexts("Hale read weak currents with his needle meter, a device in which a small needle fixed to a cork swings when a current passes, throwing a shadow along a dial so that even a weak signal shows.");
    expect(s.some((t) => /^Hale (?:throws|threw)\b/.test(t))).toBe(false);
    expect(s[0]).toMatch(/^Hale read weak currents with his needle meter/);
  });

  it("reads no 'it' as the two names the sentence before opened with", () => {
    const article = articleFromParagraphs(["Britain and America went wild with joy in 1866.", "On 28 July Queen Victoria sent a greeting of 30 words to President Andrew Johnson, and it took about two hours to get through."], { title: "The wire" });
    const prompts = generateQuestions(article, { max: 90 }).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /Britain and America (?:take|took)/.test(p))).toEqual([]);
  });
});
