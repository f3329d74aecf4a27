// Why-questions reached by three more shapes (0.9.75), lib/generate/generate.ts: ", so <pronoun> …"
// asked with the resolver's name for the pronoun; a closing "a/an …" appositive left out of the
// asked clause; ", since <clause>" after a comma read as a reason, like "because".
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

/** Every why-question candidate (kept or not) as "prompt → answer". */
const whys = (paragraphs: string[], title = "Notes") =>
  (generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90, explain: true }).candidates ?? [])
    .filter((c) => c.form === "wh-reason" && c.type === "SHORT_ANSWER")
    .map((c) => `${c.prompt} → ${c.answer}`);

/** The why-questions an article's output keeps. */
const keptWhys = (paragraphs: string[], title = "Notes") =>
  generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90 }).questions.filter((q) => /^Why\b/.test(q.prompt)).map((q) => q.prompt);

describe("', so <pronoun> …' with the pronoun named", () => {
  it("asks the consequence under the resolver's name, to its first comma", () => {
    const out = whys(["Dorothy Hodgkin was a British chemist who studied vitamin B12 with X-rays. The calculations were far too long to do by hand, so her group made early use of electronic computers, among them one in Los Angeles."], "Dorothy Hodgkin");
    expect(out).toContain("Why did Hodgkin’s group make early use of electronic computers? → The calculations were far too long to do by hand");
  });

  it("asks nothing with the pronoun left in the stem", () => {
    const out = keptWhys(["The calculations were far too long to do by hand, so her group made early use of electronic computers."]);
    expect(out.filter((l) => /\bher group\b/.test(l))).toEqual([]);
  });
});

describe("a closing appositive left out of the asked clause", () => {
  it("asks why without the 'a/an …' phrase that says what the object is", () => {
    const out = whys(["The Wright brothers tested their machines at Huffman Prairie. Because the winds at the pasture were weaker than on the coast, in 1904 they built a catapult, a wooden derrick whose falling weight pulled the machine along its rail."], "The Wright brothers");
    expect(out).toContain("Why did the Wright brothers build a catapult in 1904? → the winds at the pasture were weaker than on the coast");
  });

  it("asks nothing of two clauses joined by 'and'", () => {
    const out = whys(["The Mongol Empire grew fast. Because one empire now ruled almost the entire route, roads were guarded and merchants could travel in relative safety, a period historians call the Mongol peace."]);
    expect(out.filter((l) => /^Why were roads guarded and merchants could travel in relative safety\?/.test(l))).toEqual([]);
  });
});

describe("', since <clause>' as a reason", () => {
  it("asks why of the clause before a comma and 'since'", () => {
    const out = whys(["Mary Seacole was a Jamaican nurse. Some historians argue that Mary Seacole should not be called a pioneer of nursing, since she had no formal training and ran a business."], "Mary Seacole");
    expect(out).toContain("Why do some historians argue that Mary Seacole should not be called a pioneer of nursing? → she had no formal training and ran a business");
  });

  it("asks nothing of a 'since' of time", () => {
    expect(whys(["Tom Hale is a baker. Tom Hale has lived in Leeds since the war ended."])).toEqual([]);
    expect(whys(["Tom Hale is a baker. Tom Hale has lived in Leeds, since the war ended in 1945."])).toEqual([]);
  });
});
