// Definitions as facts (issue 10, "kinds of facts"): "X is a Y that …" and "X, a Y, …" are asked
// as "What is the Y … called?" (the term, typed) and "What is X?" (the definition, multiple choice
// only: a definition is too long to type); "The typical ship was the cog" as "What was …?".
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { definitionDistractors, definitionOption, definitionsIn, describedThings, identityQuestion, termForms, termQuestion, type Definition } from "../../../lib/generate/definitions";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { describedIn, tagsOf } from "../../fixtures/generate/statements";

const defsOf = (text: string) => definitionsIn(text, tagsOf(text));

describe("definitionsIn", () => {
  it("reads a present-tense copula definition at the start of a sentence", () => {
    const text = "A glacier is a slow river of ice that forms where more snow falls than melts.";
    const [d] = defsOf(text);
    expect(d).toMatchObject({ term: "a glacier", definition: "a slow river of ice that forms where more snow falls than melts", plural: false, form: "copula" });
    expect(text.slice(d.termStart, d.termEnd)).toBe("glacier");
    expect(termQuestion(d)).toBe("What is the slow river of ice that forms where more snow falls than melts called?");
  });

  it("reads a gloss whose article is followed by two adjectives with a comma ('a clear, sticky protein that …')", () => {
    const text = "Silk begins as fibroin, a clear, sticky protein that the caterpillar makes in its glands.";
    const [d] = defsOf(text);
    expect(d).toMatchObject({ term: "fibroin", definition: "a clear, sticky protein that the caterpillar makes in its glands", form: "gloss" });
    // A list after the gloss is still no gloss ("copper, a soft, red metal, and tin").
    expect(defsOf("The barges carried copper, a soft, red metal, and tin.")).toEqual([]);
  });

  it("reads an appositive gloss after a lower-case term, with or without an article", () => {
    const a = defsOf("Sailors feared the doldrums, a belt of calm air near the equator, more than storms.");
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ term: "the doldrums", definition: "a belt of calm air near the equator", form: "gloss", plural: false });
    const b = defsOf("Monks copied books in scriptoria, rooms reserved for writing, until printing spread.");
    expect(b[0]).toMatchObject({ term: "scriptoria", definition: "rooms reserved for writing", plural: true });
    expect(termQuestion(b[0])).toBe("What are rooms reserved for writing called?");
  });

  it("leaves a comma aside out of the option", () => {
    expect(definitionOption("a fungus, first found on rotting bread, that turns sugar into alcohol")).toBe("a fungus that turns sugar into alcohol");
  });

  it("reads no definition from lists, names, past-tense descriptions or pointing words", () => {
    // A list member is no term.
    expect(defsOf("The ship carried salt, timber, furs and wax to the northern ports.")).toEqual([]);
    expect(defsOf("The treaty ended the price wars, tariff walls and bank failures of the decade.")).toEqual([]);
    // A name is described, not defined.
    expect(defsOf("Norway is a country with a long coastline and many fjords.")).toEqual([]);
    // "It/This is a …" leans on the sentence before.
    expect(defsOf("It is a machine that turns heat into motion.")).toEqual([]);
    // A definition that points elsewhere explains nothing on its own.
    expect(defsOf("Farmers dug qanats, tunnels that carried their water downhill.")).toEqual([]);
    // "By tradition," closes an opening phrase.
    expect(defsOf("By tradition, the oldest son inherited the farm.")).toEqual([]);
    // The gloss describes the whole phrase "the heart of the engine", not "engine".
    expect(defsOf("The heart of the engine, a steel cylinder with a moving piston, gets very hot.")).toEqual([]);
  });

  it("takes three other definitions as options, never one of the same term or of another number", () => {
    const asked = defsOf("A glacier is a slow river of ice that forms where more snow falls than melts.")[0];
    const others = [
      "A moraine is a ridge of rock and soil left behind by moving ice.",
      "A fjord is a long narrow inlet of the sea between high cliffs.",
      "A crevasse is a deep crack in the surface of a moving ice sheet.",
      "Icebergs are large floating blocks of ice broken off a glacier.",
    ].flatMap(defsOf);
    const options = definitionDistractors(asked, others);
    expect(options).toHaveLength(3);
    expect(options).not.toContain("large floating blocks of ice broken off a glacier");
    // A definition that names the asked term is left out.
    expect(definitionDistractors(asked, [...others, ...defsOf("A cirque is a bowl carved into a mountain by a glacier.")])).not.toContain("a bowl carved into a mountain by a glacier");
    // Two others and no word to turn round ("slow" and "falls" are not): too few, none.
    expect(definitionDistractors(asked, others.slice(0, 2))).toEqual([]);
  });

  it("fills up with what the article says its named things are, never a place, a body, a person or a name given", () => {
    expect(describedIn("Adding whey powder, a by-product of cheese making, doubled the yield.")).toEqual(["a by-product of cheese making"]);
    expect(describedIn("The firm grew around Kessel, a town on the edge of the moor.")).toEqual([]);
    expect(describedIn("The trust was run by Ada Morn, an engineer who had built the dam.")).toEqual([]);
    expect(describedIn("Prices and wages rose together, a spiral called wage-push.")).toEqual([]);
    const asked = defsOf("A glacier is a slow river of ice that forms where more snow falls than melts.")[0];
    const others = ["A moraine is a ridge of rock and soil left behind by moving ice.", "A fjord is a long narrow inlet of the sea between high cliffs."].flatMap(defsOf);
    const things = ["The survey used Tarn Seven, a hut built on stilts above the ice.", "They hauled the Brenner sledge, a wooden frame with steel runners, up the slope."].flatMap((t) => describedThings(t, tagsOf(t)));
    expect(definitionDistractors(asked, others)).toEqual([]);
    expect(definitionDistractors(asked, others, [], things)).toHaveLength(3);
    // One sharing the answer's head noun ("a ridge of …" beside "a ridge of …") could be true of the term too.
    const moraine = others[0];
    const ridge = ["Walkers follow the Hogsback, a ridge of gravel left by an old stream, to the hut."].flatMap((t) => describedThings(t, tagsOf(t)));
    expect(ridge.map((d) => d.definition)).toEqual(["a ridge of gravel left by an old stream"]);
    expect(definitionDistractors(moraine, [asked, others[1]], [], [...things, ...ridge])).not.toContain("a ridge of gravel left by an old stream");
  });

  it("fills up with the answer turned round, never two options that say one thing", () => {
    const asked = defsOf("Inflation is a general rise in the prices of goods and services over time.")[0];
    const deflation = defsOf("Deflation is a general fall in prices.");
    const rate = defsOf("An exchange rate is the price of one currency in terms of another.");
    const tariff = defsOf("A tariff is a tax that a government charges on goods from abroad.");
    expect(definitionDistractors(asked, [...rate, ...tariff]).sort()).toEqual(
      ["a general fall in the prices of goods and services over time", "a tax that a government charges on goods from abroad", "the price of one currency in terms of another"].sort(),
    );
    // The turned-round answer says what deflation's definition says: one of the two, so too few.
    expect(definitionDistractors(asked, [...deflation, ...rate])).toEqual([]);
    // Then another stored article's definition (ordered by topic by the caller) fills the third place.
    const foreign = defsOf("A budget deficit is a gap between what a government spends and what it collects in taxes.");
    expect(definitionDistractors(asked, [...deflation, ...rate], foreign)).toContain("a gap between what a government spends and what it collects in taxes");
  });
});

describe("termForms", () => {
  it("accepts the other number and the term without a leading adjective", () => {
    expect(termForms("glacier", tagsOf("glacier"))).toEqual(["glaciers"]);
    expect(termForms("moraines", tagsOf("moraines"))).toEqual(["moraine"]);
    expect(termForms("main trade route", tagsOf("main trade route"))).toContain("trade route");
  });

  it("drops a term-as-answer question whose plural is in the title", () => {
    const article = articleFromParagraphs(
      ["Ice covers a tenth of the land. A glacier is a slow river of ice that forms where more snow falls than melts."],
      { slug: "glacier-title", title: "Glaciers of the Alps" },
    );
    const { candidates } = generateQuestions(article, { explain: true, max: 20 });
    const typed = candidates!.find((c) => c.form === "wh-definition" && c.answer === "glacier");
    expect(typed?.reasons).toContain("answer-in-title");
  });
});

describe("identityQuestion", () => {
  it("asks for the short name a described thing is given", () => {
    const text = "The standard Roman infantry weapon was the gladius, a short stabbing sword.";
    const q = identityQuestion(text, tagsOf(text));
    expect(q?.prompt).toBe("What was the standard Roman infantry weapon?");
    expect(text.slice(q!.start, q!.end)).toBe("gladius");
  });

  it("asks nothing of a one-word description or a description that is no name", () => {
    const a = "The result was a disaster for the town.";
    expect(identityQuestion(a, tagsOf(a))).toBeUndefined();
    const b = "The first winner was the youngest player in the team.";
    expect(identityQuestion(b, tagsOf(b))).toBeUndefined();
  });
});

describe("definitions in generated questions", () => {
  const PARAGRAPHS = [
    "Glaciers shape mountains. A glacier is a slow river of ice that forms where more snow falls than melts.",
    "A moraine is a ridge of rock and soil left behind by retreating ice.",
    "A fjord is a long narrow inlet of the sea between high cliffs.",
    "A crevasse is a deep crack in the surface of a moving ice sheet.",
  ];

  it("asks the definition as multiple choice and the term as a typed answer, one fact", () => {
    const article = articleFromParagraphs(PARAGRAPHS, { slug: "glacier-defs", title: "How ice shapes mountains" });
    const { candidates, questions } = generateQuestions(article, { explain: true, max: 60 });
    const mcq = candidates!.find((c) => c.form === "wh-definition-choice" && c.prompt === "What is a glacier?");
    expect(mcq?.reasons).toEqual([]);
    expect(mcq!.answer).toBe("a slow river of ice that forms where more snow falls than melts");
    const typed = candidates!.find((c) => c.form === "wh-definition" && c.answer === "glacier");
    expect(typed?.prompt).toBe("What is the slow river of ice that forms where more snow falls than melts called?");
    expect(typed!.factKey).toBe(mcq!.factKey);
    const q = questions.find((x) => x.prompt === "What is a glacier?")!;
    expect(q.type).toBe("MCQ");
    expect(q.choices).toHaveLength(4);
    expect(q.choices).toContain("a ridge of rock and soil left behind by retreating ice");
    // Only the default selection's one item per fact: never both forms of the glacier fact.
    const def = generateQuestions(article).questions;
    expect(def.filter((x) => x.factKey === mcq!.factKey).length).toBeLessThanOrEqual(1);
  });

  it("never types a definition: a long definition is only multiple choice", () => {
    const article = articleFromParagraphs(PARAGRAPHS, { slug: "glacier-defs-2", title: "How ice shapes mountains" });
    const { questions } = generateQuestions(article, { types: ["SHORT_ANSWER"], max: 60 });
    expect(questions.some((q) => q.answer.startsWith("a slow river"))).toBe(false);
  });

  it("keeps the term's capital only when it is a name", () => {
    const d: Definition[] = defsOf("Sleet, a mix of rain and snow that falls together, makes roads slippery.");
    expect(d[0]?.term).toBe("sleet");
  });
});

describe("an answer keeps the article's capital", () => {
  it("does not lower a name that starts a sentence ('Norland'), and still lowers a common term", () => {
    const article = articleFromParagraphs([
      "Norland is a small country that lies between the mountains and the sea.",
      "Deflation is a general fall in prices that lasts for months.",
      "Prices fell for years, and deflation worried the bank.",
    ], { slug: "norland", title: "Notes on a small state" });
    const { candidates } = generateQuestions(article, { explain: true, max: 60 });
    const answers = candidates!.flatMap((c) => [c.answer, c.prompt]);
    expect(answers.some((a) => /\bnorland\b/.test(a))).toBe(false);
    expect(candidates!.some((c) => c.prompt === "What is deflation?" || c.answer === "deflation")).toBe(true);
  });
});

describe("a described thing named by a proper name", () => {
  it("asks 'What was the hardest excavation?' for 'The hardest excavation was the Culebra Cut, a channel …'", () => {
    const q = identityQuestion("The hardest excavation was the Culebra Cut, a channel about 13 kilometres long.", tagsOf("The hardest excavation was the Culebra Cut, a channel about 13 kilometres long."));
    expect(q?.prompt).toBe("What was the hardest excavation?");
    const text = "The hardest excavation was the Culebra Cut, a channel about 13 kilometres long.";
    expect(text.slice(q!.start, q!.end)).toBe("Culebra Cut");
  });

  it("asks nothing when the name is a reason or the subject leans on 'it'", () => {
    expect(identityQuestion("The main reason was Denmark.", tagsOf("The main reason was Denmark."))).toBeUndefined();
  });
});
