// Named facts that were never extracted or were ranked below weaker ones: terms an article defines,
// dashed treaty names, organisations named "X of the Y", signed quantities, a country first met as
// a demonym; and ranking that counts whole-word repeats only.
import { describe, expect, it } from "vitest";
import { analyzeArticle, generateQuestions } from "../../../lib/generate";
import { definesTerm } from "../../../lib/generate/facts";
import { render, sentenceTokens } from "../../../lib/generate/statements";
import { danglingReason } from "../../../lib/generate/stems";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const factsOf = (paragraphs: string[], title = "A test article") => {
  const a = analyzeArticle(articleFromParagraphs(paragraphs, { title }));
  return a.facts.map((f) => ({ text: f.text, type: f.type, kind: f.kind }));
};
const defines = (sentence: string, term: string) => {
  const start = sentence.indexOf(term);
  return definesTerm(sentence, start, start + term.length);
};

describe("terms the article names or defines", () => {
  it("recognises naming and defining contexts, not lists", () => {
    expect(defines("A dehumidifier passes damp air over the cold coil, a bank of fins that chills it.", "coil")).toBe(true);
    expect(defines("Bakers leaven dough with a culture called sourdough.", "sourdough")).toBe(true);
    expect(defines("The secret of the crisp crust is steam.", "steam")).toBe(true);
    expect(defines("The oven has three parts: the hearth, the dome, the flue and the door.", "dome")).toBe(false);
    expect(defines("The baker lit the oven before dawn.", "oven")).toBe(false);
  });

  it("reads a sentence's capitalised first word as the term the article writes in lower case", () => {
    const facts = factsOf(["In 1950 chemists isolated vermicin from a fungus.", "Vermicin was the first drug that cleared the blight."]);
    expect(facts.filter((f) => f.kind === "defined").map((f) => f.text)).toEqual(["vermicin", "Vermicin"]);
  });

  it("takes the complement of 'was' before ', which' as what the subject is called", () => {
    expect(defines("The harshest penalty the guild could impose was exclusion, which ended a trader's career.", "exclusion")).toBe(true);
  });

  it("keeps a once-named term as a fact of kind 'defined'", () => {
    const facts = factsOf(["A dehumidifier has a small compressor.", "In most home units the water collects in a sump tray, a plastic box that must be emptied by hand."]);
    expect(facts).toContainEqual({ text: "sump tray", type: "term", kind: "defined" });
  });

  it("asks a defined term that a generic one-word noun would not be", () => {
    const article = articleFromParagraphs([
      "A dehumidifier dries the air of a damp room.",
      "Its fan draws air over the evaporator, a set of cold pipes that makes water condense out of the air.",
      "The water drips into a tray, and the dry air passes over the warm condenser before it leaves the machine.",
      "Moisture freezing on the evaporator can block the flow of air.",
    ], { title: "How a dehumidifier works" });
    const answers = generateQuestions(article).questions.map((q) => q.answer);
    expect(answers).toContain("evaporator");
  });
});

describe("names and quantities", () => {
  it("reads a dashed treaty name as one name", () => {
    expect(factsOf(["In 1921 the Smith–Larsen Treaty settled the border between the two kingdoms."])).toContainEqual(
      expect.objectContaining({ text: "Smith–Larsen Treaty", type: "event" }),
    );
  });

  it("reads 'the Treaty of <place>' as one event name", () => {
    expect(factsOf(["Under the Treaty of Marlow, signed in 1412, the two towns shared the harbour."])).toContainEqual(
      expect.objectContaining({ text: "Treaty of Marlow", type: "event" }),
    );
  });

  it("reads an organisation named after its class noun across 'of the'", () => {
    expect(factsOf(["The campaign group Friends of the Upper Meadow opposed the new road."])).toContainEqual(
      expect.objectContaining({ text: "Friends of the Upper Meadow", type: "organization" }),
    );
  });

  it("reads the plural noun after a large number even at the sentence's end", () => {
    expect(factsOf(["By 1922 one loaf cost about 3.5 million crowns."])).toContainEqual(expect.objectContaining({ text: "3.5 million", type: "count", kind: "crowns" }));
    expect(factsOf(["The old mill consumed around 90 kilowatts."])).toContainEqual(expect.objectContaining({ text: "90", type: "quantity", kind: "kilowatts" }));
  });

  it("types a place in a named country, or called a town, as a town", () => {
    expect(factsOf(["The first festival took place in Ostrava, Czech Republic."])).toContainEqual(expect.objectContaining({ text: "Ostrava", type: "city" }));
    expect(factsOf(["The road ends near the small town of Kelvo."])).toContainEqual(expect.objectContaining({ text: "Kelvo", type: "city" }));
  });

  it("keeps the sign of a temperature", () => {
    expect(factsOf(["Ice cream is stored at minus 25 degrees in the shop."])).toContainEqual(expect.objectContaining({ text: "minus 25", type: "quantity" }));
  });

  it("asks a country named in full after its demonym came first", () => {
    const facts = factsOf(["The Swiss skier Anna Meier won the race in 2010.", "Three years later Anna Meier represented Switzerland at the world championships."]);
    expect(facts).toContainEqual(expect.objectContaining({ text: "Switzerland", type: "country" }));
  });

  it("trims the verb an adverb leaves at the front of a term", () => {
    const facts = factsOf(["Many bakers also bake rye bread, a dense loaf that keeps for a week."]);
    expect(facts).toContainEqual(expect.objectContaining({ text: "rye bread", kind: "defined" }));
  });
});

describe("ranking", () => {
  it("does not count '44' as repeated by '1944', and an address is not a list", () => {
    const article = articleFromParagraphs(["In May 1944, 300 delegates from 44 nations met in Harrow Falls, Vermont, in the United States."], { title: "A conference" });
    const { candidates = [] } = generateQuestions(article, { explain: true });
    const count = candidates.find((c) => c.answer === "44" && c.type === "CLOZE");
    expect(count?.features.ambiguity).toBe(0);
    const state = candidates.find((c) => c.answer === "Vermont" && c.type === "CLOZE");
    expect(state?.features.listMember).toBe(0);
  });

  it("takes a name between commas after 'the <noun>' for an appositive, not a list member", () => {
    const article = articleFromParagraphs(["In Tromsø, the stone warehouses of the old harbour, Skansen, still stand beside the quay.", "Tromsø, Bodø, Narvik and Harstad traded fish."], { title: "A northern port" });
    const { candidates = [] } = generateQuestions(article, { explain: true });
    const named = candidates.find((c) => c.answer === "Skansen" && c.type === "CLOZE");
    expect(named?.features.listMember).toBe(0);
    // A real list keeps its penalty.
    const listed = candidates.find((c) => c.answer === "Bodø" && c.type === "CLOZE");
    expect(listed?.features.listMember).toBe(1);
  });

  it("never leaves an address gap open: 'in Lorne, _____ weeks after' reads as a number", () => {
    const article = articleFromParagraphs(["In 2019 Norway won in Lorne, Australia, with Hollow Band's song Tide, weeks after the floods in Norway."], { title: "A regatta" });
    const { candidates = [] } = generateQuestions(article, { explain: true });
    const gaps = candidates.filter((c) => c.answer === "Australia" && c.prompt.includes("_____"));
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) {
      if (!/_____[,.]/.test(c.prompt)) expect(c.reasons, c.prompt).toContain("address-unclosed");
    }
    // Nor its true/false swap: "in Lorne, Canada weeks after".
    for (const c of candidates.filter((c) => c.type === "TRUE_FALSE" && /Lorne, \p{Lu}\p{L}+ weeks/u.test(c.prompt))) expect(c.reasons, c.prompt).toContain("address-unclosed");
    expect(candidates.filter((c) => c.reasons.length === 0 || c.reasons.every((r) => r === "ranked-out")).map((c) => c.prompt)).not.toContainEqual(expect.stringMatching(/_____ weeks/));
  });

  it("ranks a named thing where the article first asks it above a later repeat", () => {
    const article = articleFromParagraphs([
      "Vessa Dam was built across the river in 1962.",
      "Its reservoir, Lake Marrow, flooded three villages.",
      "In 1980 engineers raised Vessa Dam by four metres.",
    ], { title: "A valley and its dam" });
    const { candidates = [] } = generateQuestions(article, { explain: true });
    const dam = candidates.filter((c) => c.answer.endsWith("Vessa Dam") && c.reasons.every((r) => r === "ranked-out"));
    expect(dam.filter((c) => c.prompt.includes("1962")).map((c) => c.features.introduced)).toContain(1);
    expect(dam.filter((c) => c.prompt.includes("1980")).map((c) => c.features.introduced)).not.toContain(1);
  });

  it("renders tokens the article wrote unspaced without a space", () => {
    expect(render(sentenceTokens("The Smith–Larsen Treaty made it 2–1 at 40 km/h.", () => new Set()))).toBe("The Smith–Larsen Treaty made it 2–1 at 40 km/h.");
  });

  it("reads a quotation's 'we' as its speaker's, not a dangling pronoun", () => {
    expect(danglingReason("\"We are pleased with the result,\" said the club's manager, _____.")).toBeUndefined();
    expect(danglingReason("They are pleased with the result, said the club's manager.")).toBe("dangling-reference");
  });
});

describe("terms named in an explainer's own ways", () => {
  it("reads a closing name, a named member of a kind and 'a … called the …'", () => {
    expect(defines("A mole digs with its broad front paws, the forelimbs.", "forelimbs")).toBe(true);
    expect(defines("One of the hormones, melatonin, rises at dusk.", "melatonin")).toBe(true);
    expect(defines("Water collects in a shallow basin called the sump, below the pump.", "sump")).toBe(true);
  });

  it("does not swallow an object the verb 'called' names", () => {
    // "Fleming called the active substance penicillin": the object, then its name.
    expect(defines("Fleming called the active substance penicillin, after the mould.", "active substance penicillin")).toBe(false);
    // A list's last item after a comma is no closing name.
    expect(defines("The kit has three parts: the pump, the hose and the nozzle.", "nozzle")).toBe(false);
  });
});

describe("counts written as words, and a firm's seat", () => {
  it("asks a count a sentence opens with in words, in lower case, with word options", () => {
    const qs = generateQuestions(articleFromParagraphs(["The Kelby viaduct was finished in 1894 after six years of work. Seventeen labourers died during construction."], { title: "Building a viaduct" }), { max: 60 }).questions;
    const q = qs.find((x) => x.type === "MCQ" && x.prompt === "How many labourers died during construction?");
    expect(q?.answer).toBe("seventeen");
    // Options are words like the answer ("eight", "twenty"), never "14".
    expect(q?.choices?.length).toBe(4);
    expect(q?.choices?.every((o) => /^[a-z]+$/.test(o))).toBe(true);
  });

  it("gaps the town after a firm's name ('… and Company of _____') and the firm in its 'whose' statement", () => {
    const c = generateQuestions(articleFromParagraphs(["In May 1901 the Tay Ferry Board gave the order to the Scottish firm Carrick Lane and Company of Dundee, whose tender of 90,000 pounds was the lowest of eleven."], { title: "The Tay ferry" }), { explain: true, max: 60 }).candidates!;
    const ok = (re: RegExp) => c.some((x) => re.test(x.prompt) && x.reasons.every((r) => r === "ranked-out"));
    expect(ok(/Carrick Lane and Company of _____\.$/)).toBe(true);
    expect(ok(/^_____’s tender of 90,000 pounds was the lowest of eleven\.$/)).toBe(true);
  });
});

describe("isotopes and numbered names", () => {
  it("keeps an isotope's number with its element, as one gap", () => {
    const f = factsOf(["Its batteries turn the heat of decaying strontium-90 into electricity."]);
    expect(f).toContainEqual(expect.objectContaining({ text: "strontium-90", type: "name" }));
    expect(f.some((x) => x.text === "90")).toBe(false);
  });

  it("asks a numbered pad's name after 'launched' (the number is what is asked), and a count a relative clause follows", () => {
    const c = generateQuestions(articleFromParagraphs(["Kestrel 2 was launched on 3 May 1961 from Launch Complex 7 at Woomera.", "Kestrel 2 is powered by three nickel batteries, which store the energy of its panels."], { title: "Kestrel probes" }), { explain: true, max: 60 }).candidates!;
    const ok = (re: RegExp) => c.some((x) => re.test(x.prompt) && x.reasons.every((r) => r === "ranked-out"));
    expect(ok(/from _____ at Woomera/)).toBe(true);
    expect(ok(/powered by _____ nickel batteries/)).toBe(true);
  });
});

describe("a false statement never puts a town before another's region", () => {
  it("makes no swap of the town in 'in Pasadena, California'", () => {
    const paragraphs = [
      "The Kestrel probes are operated by the Jet Propulsion Laboratory in Pasadena, California.",
      "Their signals are caught by large antennas near Goldstone, near Madrid and near Canberra.",
    ];
    const c = generateQuestions(articleFromParagraphs(paragraphs, { title: "The Kestrel probes" }), { explain: true, max: 60 }).candidates!;
    const swaps = c.filter((x) => x.type === "TRUE_FALSE" && x.answer === "False" && /Laboratory in \p{Lu}[\p{L}]+, California/u.test(x.prompt));
    expect(swaps.filter((x) => !/in Pasadena, California/.test(x.prompt))).toEqual([]);
  });
});

describe("options for a number written in words with a scale", () => {
  it("offers 'eight million' against 'six million', never '4200000'", () => {
    const qs = generateQuestions(articleFromParagraphs(["The Kelby viaduct was finished in 1894. Around six million rivets hold the structure together."], { title: "A viaduct" }), { max: 60 }).questions;
    const q = qs.find((x) => x.type === "MCQ" && /rivets/.test(x.prompt));
    expect(q?.choices).toContain("six million");
    expect(q?.choices?.every((o) => /^[a-z]+ million$/.test(o))).toBe(true);
  });
});

describe("numbered names", () => {
  it("does not gap a numbered name beside its sibling ('called _____ and Kestrel 2')", () => {
    const c = generateQuestions(articleFromParagraphs(["In 1972 the Tarn Space Agency built a pair of identical probes called Kestrel 1 and Kestrel 2."], { title: "Probes" }), { explain: true, max: 60 }).candidates!;
    const gaps = c.filter((x) => x.type === "CLOZE" && /called _____ and Kestrel 2|called Kestrel 1 and _____/.test(x.prompt));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((x) => x.reasons.includes("answer-in-stem"))).toBe(true);
  });

  it("never offers a craft's numbered name as a person", () => {
    const paragraphs = [
      "On 14 February 1990, at the suggestion of the astronomer Carl Sagan, Kestrel 1 turned its camera back.",
      "A committee chaired by the astronomer Frank Drake chose the record's contents.",
      "The astronomer Linda Morabito spotted the plume in 1979.",
    ];
    const qs = generateQuestions(articleFromParagraphs(paragraphs, { title: "Probes" }), { max: 60 }).questions;
    for (const q of qs.filter((x) => x.type === "MCQ" && x.answerType === "person")) expect(q.choices).not.toContain("Kestrel 1");
  });
});
