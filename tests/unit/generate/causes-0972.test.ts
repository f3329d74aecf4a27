// Reasons asked "Why …?" in shapes 0.9.72 reads: a fronted "Because A, it …" (the pronoun is A's
// subject), a fronted reason whose clause closes on an aside, a causal ", since …", a ", so" reason
// after a colon, "…, which is what makes X Y", and "cannot" inverted as "can … not".
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const whyAsked = (paragraphs: string[], title: string) => {
  const article = articleFromParagraphs(paragraphs, { slug: title.toLowerCase().replace(/\W+/g, "-"), title });
  const { candidates } = generateQuestions(article, { explain: true, max: 60 });
  return (candidates ?? []).filter((c) => /^wh-(?:reason|purpose)/.test(c.form)).map((c) => ({ prompt: c.prompt, answer: c.answer }));
};
const prompts = (asked: Array<{ prompt: string }>) => asked.map((a) => a.prompt);

describe("a reason that opens the sentence", () => {
  it("names the pronoun of the clause after it by the reason's own subject", () => {
    const asked = whyAsked(["Kettles boil water quickly. Because the thick copper wire is heavy, it is hard to carry up a ladder."], "Wires");
    expect(prompts(asked)).toContain("Why is the thick copper wire hard to carry up a ladder?");
    expect(asked.find((a) => a.prompt === "Why is the thick copper wire hard to carry up a ladder?")!.answer).toMatch(/^(?:the thick copper wire|it) is heavy$/);
  });

  it("leaves a bare 'the mechanism' alone: it may point to a sentence before", () => {
    const asked = whyAsked(["A hub gear hides its gears inside the hub. Because the mechanism is enclosed, it is protected from rain and mud."], "Hub gears");
    expect(prompts(asked).filter((p) => /mechanism/.test(p))).toEqual([]);
  });

  it("asks of the clause without the aside that closes it", () => {
    const asked = whyAsked(["Orville and Wilbur Wright ran a bicycle shop in Dayton. Because the winds at Dayton were weaker than on the coast, in 1904 they built a catapult, a wooden derrick whose falling weight pulled the machine along its rail."], "The Wright brothers");
    expect(prompts(asked)).toContain("Why did the Wright brothers build a catapult in 1904?");
  });
});

describe("a causal 'since'", () => {
  it("gives the reason after a comma", () => {
    const asked = whyAsked(["Some critics argue that the bridge should not be called a success, since it cost twice its budget and opened a year late."], "The bridge");
    expect(asked.map((a) => `${a.prompt} → ${a.answer}`)).toContain("Why do some critics argue that the bridge should not be called a success? → it cost twice its budget and opened a year late");
  });

  it("is a time, not a reason, beside a perfect", () => {
    const asked = whyAsked(["Maria Lopez has lived in Leeds since she was ten, and she has taught at the college since 2015."], "Maria Lopez");
    expect(prompts(asked)).toEqual([]);
  });
});

describe("', so' and 'which is what makes'", () => {
  it("takes the reason after a colon", () => {
    const asked = whyAsked(["There is a bonus for the owner, too: the panel uses power only when the sun is out, so the battery lasts weeks rather than days."], "Solar lamps");
    expect(asked.map((a) => `${a.prompt} → ${a.answer}`)).toContain("Why does the battery last weeks rather than days? → the panel uses power only when the sun is out");
  });

  it("ends the consequence before its own aside, and inverts 'cannot'", () => {
    const asked = whyAsked(["The mice lived for only a few weeks, so the study cannot say whether the habit would last a lifetime, when older mice take over."], "Mice");
    expect(prompts(asked)).toContain("Why can the study not say whether the habit would last a lifetime?");
  });

  it("asks why a thing is so from what makes it so", () => {
    const asked = whyAsked(["Each lock needs two keys turned at once, which is what makes the bank vault secure. A plan is what makes the task easy, and nothing moves, which is what makes the task hard."], "Vaults");
    expect(asked.map((a) => `${a.prompt} → ${a.answer}`)).toContain("Why is the bank vault secure? → Each lock needs two keys turned at once");
    // (A bare "the task" may be one the sentence before described.)
    expect(prompts(asked).filter((p) => /task/.test(p))).toEqual([]);
  });

  it("asks nothing of a reason that points to the sentence before ('that line')", () => {
    const asked = whyAsked(["The army drew a line ten miles from the river. The troops were still well short of that line, so the order fell almost entirely on the navy."], "The order");
    expect(prompts(asked).filter((p) => /order/.test(p))).toEqual([]);
  });
});
