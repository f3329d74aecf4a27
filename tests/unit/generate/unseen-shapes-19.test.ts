// Generator 0.9.46: round 12's first reading (a court report pasted with its furniture, a cookery
// method, a consumer group test, a science news story) — the shapes behind its unacceptable items,
// each with sentences of the same shape (not the articles' own) and what must stay.
import { describe, expect, it } from "vitest";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { statementTexts } from "../../fixtures/generate/statements";
import { reasonsIn } from "../../fixtures/generate/validation";
import { generateQuestions } from "../../../lib/generate";
import { analyzeArticle } from "../../../lib/generate/facts";
import { danglingReason } from "../../../lib/generate/stems";

const entitiesOf = (paragraphs: string[], title = "Notes") => new Map([...analyzeArticle(articleFromParagraphs(paragraphs, { title })).entities.values()].map((e) => [e.display, e]));
const questionsOf = (paragraphs: string[], title = "Notes") => generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90 }).questions;

describe("round 12's shapes, 0.9.46", () => {
  it("reads one firm in 'the Shelby, Avon and Western Railway', and a court in 'Kelby Magistrates' Court'", () => {
    const named = entitiesOf([
      "In 1886 she sued the Shelby, Avon and Western Railway after a guard pulled her from the carriage.",
      "The firm appeared before Kelby Magistrates' Court on Tuesday and was fined £4,000.",
    ]);
    expect(named.get("Shelby, Avon and Western Railway")?.type).toBe("organization");
    expect(named.has("Avon")).toBe(false);
    expect(named.has("Kelby Magistrates")).toBe(false);
  });

  it("takes 'Mr Varley' for the one Varley named in full, and accepts a titled name without its title", () => {
    const named = entitiesOf([
      "The court heard from Tobias Varley, who farms the land beside the river, in March 2025.",
      "Mr Varley said 300 fish had died in the first week.",
      "The study was led by Dr Lena Marsh of Tarrow University in 2024.",
    ]);
    expect(named.has("Mr Varley")).toBe(false);
    expect(named.get("Tobias Varley")?.aliases).toContain("Mr Varley");
    expect([...named.values()].find((e) => e.display.endsWith("Lena Marsh"))?.aliases).toContain("Lena Marsh");
    // (Two Varleys named in full: the titled one is neither of them.)
    const two = entitiesOf([
      "Tobias Varley and his sister Anne Varley farm the land beside the river.",
      "Mr Varley said 300 fish had died in the first week of March 2025.",
    ]);
    expect(two.has("Mr Varley")).toBe(true);
  });

  it("reads a name described as a stream as a place, and a firm named as a maker as no person", () => {
    const named = entitiesOf([
      "Kestle Beck, a small stream that runs past the mill, joins the river below the village.",
      "The new wing was designed by Harlow Finch Architects, a practice based in York, in 2023.",
    ]);
    expect(named.get("Kestle Beck")?.type).toBe("place");
    expect(named.get("Harlow Finch Architects")?.type).not.toBe("person");
  });

  it("keeps a model's number in its name and accepts the full name for the short one", () => {
    const qs = questionsOf([
      "We tested three readers: the Corvo Page 6 at £79, the Brisa Read 7 at £99 and the Nimbo Lite 6 at £69.",
      "For £10 more, the Corvo Page 6 feels like a different class of device, and it is our Best Buy.",
      "The Brisa is the only one with a 7-inch screen, and it weighs 210g.",
    ], "Three readers tested");
    expect(qs.filter((q) => / 6\?$/.test(q.prompt) || /Corvo Page$/.test(q.answer))).toEqual([]);
    const brisa = qs.filter((q) => q.answer === "Brisa" && q.type !== "TRUE_FALSE");
    for (const q of brisa) expect(q.acceptedAnswers).toContain("Brisa Read 7");
  });

  it("drops true/false fragments and rewrites that took a relative clause's modal or a 'no' subject", () => {
    const reasons = reasonsIn(["The Kelby mill was built in 1871 by Thomas Reed.", "The firm was fined £4,000 in 2025, and its director Paul Hart spoke outside court.", "An alarm that should have warned staff had been switched off."]);
    expect(reasons("Paul Hart said.", "True", "TRUE_FALSE", 1)).toContain("truncated-statement");
    expect(reasons("Wi-Fi switched off.", "True", "TRUE_FALSE", 1)).toContain("truncated-statement");
    expect(reasons("Why should an alarm that have warned staff had been switched off?", "it kept going off", "SHORT_ANSWER", 2)).toContain("ungrammatical");
    expect(reasons("How many minutes do no dry patches leave?", "45", "SHORT_ANSWER", 2)).toContain("ungrammatical");
    // (A whole short statement stays: "The firm was fined £4,000 in 2025.")
    expect(reasons("The firm was fined £4,000 in 2025.", "True", "TRUE_FALSE", 1)).not.toContain("truncated-statement");
  });

  it("gives an instruction's later verbs no subject from its 'until' clause", () => {
    const s = statementTexts("Stir the oats and 200g of the milk until no lumps remain, then cover and leave for 30 minutes.");
    expect(s.some((t) => /^no lumps (?:leave|cover)/.test(t))).toBe(false);
    const t = statementTexts("To make a batter from scratch, whisk 50g flour into 50g milk, cover loosely and leave it somewhere cool.");
    expect(t.some((x) => /from leave it/.test(x))).toBe(false);
  });

  it("reads an 'it' after a fronted phrase, or what a gripe 'is', as leaning on the sentence before — and a measure as no 'it'", () => {
    expect(danglingReason("In the drop test it survived a fall of two metres.")).toBe("dangling-reference");
    expect(danglingReason("Our only complaint is that it comes with a(n) _____ cable.")).toBe("dangling-reference");
    // (A clause's own noun may be its "it".)
    expect(danglingReason("Before the bridge opened it was tested with 96 locomotives.")).toBeUndefined();
    const qs = questionsOf([
      "The Brisa Read 7 has a seven-inch screen. The extra inch fits more words on each page. It has warm lighting and 32GB of storage, and it is rated IPX8.",
    ], "Three readers tested");
    expect(qs.filter((q) => /\bextra inch (?:is|has)\b/.test(q.prompt))).toEqual([]);
  });

  it("offers round figures beside a round answer, and no world rivers for a local one", () => {
    const qs = questionsOf([
      "Any model claiming to be waterproof spent 30 minutes at the bottom of a tank of water one metre deep.",
      "The storm in June 2024 sent a torrent of muddy water into the River Tarn, a small river below the village of Ashby.",
    ], "Waterproof tests");
    const minutes = qs.find((q) => q.type === "MCQ" && q.answer === "30");
    if (minutes) for (const c of minutes.choices!) expect(Number(c) % 10).toBe(0);
    const river = qs.find((q) => q.type === "MCQ" && q.answer === "River Tarn");
    expect(river?.choices ?? []).not.toEqual(expect.arrayContaining(["Danube"]));
    for (const c of river?.choices ?? []) expect(["Danube", "Mekong", "Paraná River", "Amazon", "Nile"]).not.toContain(c);
  });

  it("accepts the year for a month and year, and takes the title's plural as giving away its singular", () => {
    const qs = questionsOf(["In May 1884, travelling by train from Memphis, Wells sat in the first-class ladies' car.", "She sued the railroad and won $500 in damages in 1885."], "Ida B. Wells");
    const may = qs.filter((q) => q.answer === "May 1884" && q.type !== "TRUE_FALSE");
    expect(may.length).toBeGreaterThan(0);
    for (const q of may) expect(q.acceptedAnswers).toContain("1884");
    const reasons = reasonsIn(["The Kelby mill was built in 1871 by Thomas Reed.", "Each e-reader was left on until it shut itself down, which took 38 hours for the cheapest."], { title: "Three budget e-readers tested" });
    expect(reasons("Each _____ was left on until it shut itself down.", "e-reader", "CLOZE", 1)).toContain("answer-in-title");
  });

  it("reads neither side of a size as a year", () => {
    const qs = questionsOf(["The Brisa's 1264 x 1680 pixel display matches the Corvo's sharpness.", "The Brisa Read 7 went on sale in 2024 at £99."], "Three readers tested");
    expect(qs.filter((q) => q.answer === "1264" || q.answer === "1680")).toEqual([]);
    expect(qs.some((q) => q.answer === "2024")).toBe(true);
  });
});
