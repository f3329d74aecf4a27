// Why-choices (clauseChoices in generate.ts): a present why-question whose key the article tells in
// the past ("Why are the team still known as the Millers?" → "the club was founded in 1891 by workers
// at the town's paper mill") takes the article's past reasons as options, parallel to the key; reasons
// in the stem's own tense still come first.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const MILLERS = "The club was founded in 1891 by workers at the town's paper mill, which is why the team are still known as the Millers.";
const PAST = [
  "The old wooden stand was pulled down in 1960 because the wooden roof had started to rot in the heavy rain.",
  "In 1975 the club moved to the river meadow because the council wanted the old ground for new houses.",
  "For ten years the junior section was closed because too few parents came forward to coach the children.",
];
const PRESENT = [
  "Matches on the lower pitch are often called off because the river floods the meadow most winters.",
  "Crowds on Saturday are larger than before because the new bus service stops outside the main gate.",
  "Tickets for the derby sell out within an hour because the ground holds only about three thousand people.",
];

const MILLERS_ASKED = "Why are the team still known as the Millers?";
const generated = (paragraphs: string[]) => generateQuestions(articleFromParagraphs(paragraphs, { title: "Rowanford Rugby Club" }), { max: 60, explain: true });
const millersChoice = (paragraphs: string[]) => generated(paragraphs).candidates!.find((c) => c.form === "wh-reason-choice" && c.prompt === MILLERS_ASKED);

describe("a present why-question with a key told in the past", () => {
  it("is asked with the article's past reasons as options", () => {
    const c = millersChoice([MILLERS, ...PAST]);
    expect(c?.answer).toBe("the club was founded in 1891 by workers at the town's paper mill");
    expect(c?.reasons).toEqual([]);
    expect(c?.kept).toBe(true);
  });
  it("takes reasons in the stem's tense first when there are three", () => {
    const q = generated([MILLERS, ...PAST, ...PRESENT]).questions.find((x) => x.type === "MCQ" && x.prompt === MILLERS_ASKED);
    const options = (q?.choices ?? []).filter((o) => o !== q?.answer);
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).not.toMatch(/\b(?:was|were|had|wanted|came)\b/);
  });
});

describe("a present why-question with a present key", () => {
  it("takes no option told in the past, a passive participle ('instead of being used') telling no tense", () => {
    const paragraphs = ["Leaves look green to us because green light bounces back to our eyes instead of being used.", ...PAST];
    const c = generated(paragraphs).candidates!.find((x) => x.form === "wh-reason-choice" && /green/.test(x.prompt));
    expect(c?.answer).toBe("green light bounces back to our eyes instead of being used");
    expect(c?.reasons).toContain("too-few-distractors");
  });
});
