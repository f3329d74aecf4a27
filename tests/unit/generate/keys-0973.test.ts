// Answer keys a learner's natural answer needs (rubric rule 7): a plural term by its singular, and a
// name of a river, an empire or a plan by its own word — never by a word that only describes it.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs, bundledArticles } from "../../fixtures/generate/articles";

const questionsOf = (paragraphs: string[], title: string) => generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 60 }).questions;

describe("answer keys", () => {
  it("accept the singular of a plural term asked 'What are … called?'", () => {
    const qs = questionsOf(["Rain soaks into the ground and collects in layers of porous rock. These water-bearing rocks are called aquifers. Wells are drilled into them to reach the water."], "Groundwater");
    const q = qs.find((x) => x.answer === "aquifers" && x.type === "SHORT_ANSWER");
    expect(q, "the term question is kept").toBeDefined();
    expect(q!.acceptedAnswers).toContain("aquifer");
  });

  it("accept a river's or an empire's own word ('the Dravin River' → 'Dravin'), but not a describing word ('Yellow')", () => {
    const qs = questionsOf([
      "The town of Kessel was founded in 1204. Kessel stands on the Dravin River, about 40 kilometres north of Orsk. Lanzhou, a city in China, stands on the Yellow River.",
    ], "River towns");
    const dravin = qs.filter((x) => x.answer === "Dravin River" && x.type !== "MCQ" && x.type !== "TRUE_FALSE");
    expect(dravin.length, "a typed item asks for the Dravin River").toBeGreaterThan(0);
    for (const q of dravin) expect(q.acceptedAnswers).toContain("Dravin");
    for (const q of qs.filter((x) => x.answer === "Yellow River")) expect(q.acceptedAnswers).not.toContain("Yellow");
  });

  it("accept a lake's name without 'Lake' and a base's own name ('Lake Orvu' → 'Orvu', 'Kessel Space Force Base' → 'Kessel')", () => {
    const qs = questionsOf([
      "The plague reached the steppe in 1338. Gravestones near Lake Orvu record a wave of deaths from pestilence in 1338 and 1339. The Tarrin beacon system is run from a master control station at Kessel Space Force Base in Colorado.",
    ], "Old sickness");
    const lake = qs.filter((x) => x.answer === "Lake Orvu" && x.type === "CLOZE");
    const base = qs.filter((x) => x.answer === "Kessel Space Force Base" && x.type === "CLOZE");
    expect(lake.length, "a gap asks for the lake").toBeGreaterThan(0);
    expect(base.length, "a gap asks for the base").toBeGreaterThan(0);
    for (const q of lake) expect(q.acceptedAnswers).toContain("Orvu");
    for (const q of base) expect(q.acceptedAnswers).toContain("Kessel");
  });

  it("list a form once, not again in another case (the bundled articles' 'two' beside 'Two')", () => {
    const bundled = bundledArticles();
    const all = bundled.flatMap((a) => generateQuestions(a, { corpus: bundled }).questions);
    expect(all.length).toBeGreaterThan(100);
    for (const q of all) {
      const forms = [q.answer, ...q.acceptedAnswers].map((f) => f.toLowerCase());
      expect(new Set(forms).size, `${q.prompt} → ${q.answer} ${JSON.stringify(q.acceptedAnswers)}`).toBe(forms.length);
    }
  });

  it("accept a country's own full name, but not a formal name that says the form of today's state, nor its initials", () => {
    const qs = questionsOf([
      "Merchants carried silk from China to Rome along the caravan routes. Buddhism had reached China by the first century CE. In 1869 the first railway across the United States was finished at Promontory Summit. In 1871 Germany was united under the Prussian king.",
    ], "Old roads");
    const china = qs.filter((x) => x.answer === "China" && x.type !== "MCQ" && x.type !== "TRUE_FALSE");
    const us = qs.filter((x) => x.answer === "United States" && x.type !== "MCQ" && x.type !== "TRUE_FALSE");
    expect(china.length + us.length, "a typed item asks for a country").toBeGreaterThan(0);
    for (const q of china) expect(q.acceptedAnswers).not.toContain("PRC");
    for (const q of us) expect(q.acceptedAnswers).toContain("United States of America");
    for (const q of qs.filter((x) => x.answer === "Germany")) expect(q.acceptedAnswers).not.toContain("Federal Republic of Germany");
  });

  it("accept the surname of a two-word name the tagger did not know as a person's, but not a place's last word", () => {
    const qs = questionsOf([
      "On 3 May 1911 the bridge at Orsk was opened by the mayor. Minutes later Dravko Teskavic stepped forward and fired a pistol at the mayor's carriage. The carriage was taken to St Aldric for repairs.",
    ], "The Orsk bridge");
    const shooter = qs.filter((x) => x.answer === "Dravko Teskavic" && x.type !== "MCQ" && x.type !== "TRUE_FALSE");
    expect(shooter.length, "a typed item asks who fired").toBeGreaterThan(0);
    for (const q of shooter) expect(q.acceptedAnswers).toContain("Teskavic");
    for (const q of qs.filter((x) => x.answer === "St Aldric")) expect(q.acceptedAnswers).not.toContain("Aldric");
  });

  it("accept the article's other word for the answer, said after ', or' elsewhere ('the T wave, or tidal wave.')", () => {
    const qs = questionsOf([
      "A quake sends out two kinds of ripple through the ground. First comes the R wave, which pushes the rock. Behind it comes the T wave, or tearing wave. T waves from distant quakes vanish on the far side of the planet.",
    ], "Ripples in the ground");
    const t = qs.filter((x) => x.answer === "T waves" && x.type === "CLOZE");
    expect(t.length, "the gap asks for the T waves").toBeGreaterThan(0);
    for (const q of t) expect(q.acceptedAnswers).toContain("tearing waves");
  });
});

describe("a giveaway by the title", () => {
  it("drops a gap whose answer is the title's name with an adjective's ending ('Varnite' under 'The Kingdom of Varn')", () => {
    const qs = questionsOf(["The kingdom grew rich on the trade in salt and copper. Around 615 the Varnite king sheltered exiles from the city of Oskel. The exiles stayed for fifteen years."], "The Kingdom of Varn");
    expect(qs.filter((q) => q.answer === "Varnite")).toEqual([]);
    expect(qs.some((q) => q.answer === "Oskel" || q.answer === "615"), "the sentence's other facts are still asked").toBe(true);
  });
});

