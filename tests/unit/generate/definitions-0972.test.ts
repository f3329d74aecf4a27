// Generator 0.9.72: more of the ways an article says what a term means. "so-called X: a gloss" and
// "so-called X, a gloss" (the marked words are the term, whatever their tags, and a colon may stand
// for the comma); a describing gloss after "his"/"their" ("with his mirror galvanometer, an instrument
// in which …" → "What is a mirror galvanometer?"); a bare plural gloss whose relative clause has an
// "and" of its own; "the word density, which is how much …" (the word named is the term, asked
// "Which word describes how much …?"); and a compound the dictionary lacks finds its options among
// its head noun's kin ("dust pneumonia" beside other diseases of the lungs).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { contrastsOf } from "../../../lib/generate/contrast";
import { definitionDistractors, definitionsIn, termQuestion, type Definition } from "../../../lib/generate/definitions";
import { siblingGlosses } from "../../../lib/generate/glossary";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { tagsOf } from "../../fixtures/generate/statements";

const defsOf = (text: string) => definitionsIn(text, tagsOf(text));
const pick = (text: string) => defsOf(text).map((d) => ({ term: d.term, definition: d.definition }));

describe("terms marked 'so-called'", () => {
  it("takes the marked words as the term, before a colon or a comma", () => {
    expect(pick("The grant paid for so-called feeder lanes: roads that carry traffic from the villages to the ring road, and which the county repairs.")).toEqual([
      { term: "feeder lanes", definition: "roads that carry traffic from the villages to the ring road" },
    ]);
    expect(pick("Among the buyers were so-called weekend anglers, people who lived in the city and came only to fish, and who rarely stayed the night.")).toEqual([
      { term: "weekend anglers", definition: "people who lived in the city and came only to fish" },
    ]);
  });

  it("reads no clause after a colon as a gloss", () => {
    expect(defsOf("The name comes from animal attacks: a bull thrusts its horns upward.")).toEqual([]);
    expect(defsOf("The engine has three parts: a fan, a compressor and a turbine.")).toEqual([]);
  });
});

describe("a gloss after a possessive", () => {
  it("asks the term with 'a' when the gloss says what any such thing is", () => {
    expect(pick("The keeper checked the level with his brass hydrometer, an instrument in which a weighted float rises as the liquid gets denser.")).toEqual([
      { term: "a brass hydrometer", definition: "an instrument in which a weighted float rises as the liquid gets denser" },
    ]);
  });

  it("reads no gloss after a possessive when the phrase after the comma describes nothing", () => {
    expect(defsOf("She sold her old bicycle, a present from her uncle.")).toEqual([]);
  });
});

describe("the word named, then 'which is how much …'", () => {
  it("takes the word as the term and asks for it as a word", () => {
    const [d] = defsOf("Engineers describe this with the word porosity, which is how much empty space is found inside a rock.");
    expect(d).toMatchObject({ term: "porosity", definition: "how much empty space is found inside a rock" });
    expect(termQuestion(d)).toBe("Which word describes how much empty space is found inside a rock?");
  });
});

describe("options for a definition", () => {
  const asked: Definition = { term: "the sail", termStart: 0, termEnd: 0, defStart: 0, defEnd: 0, definition: "the large canvas sheet that catches the wind", plural: false, form: "gloss" };
  const other = (definition: string): Definition => ({ ...asked, term: "x", definition });

  it("offers no 'how much …' measure for a thing", () => {
    // (With only two other things left, there is no item rather than one with an option ruled out at sight.)
    const options = definitionDistractors(asked, [other("how much mass is packed into a given volume"), other("the wooden pole that holds the sail upright"), other("the heavy beam along the bottom of the hull")]);
    expect(options).toEqual([]);
  });

  it("turns no 'fixed to' round into 'floating to'", () => {
    expect(contrastsOf("an instrument in which a tiny mirror fixed to a magnet swings")).toEqual([]);
    expect(contrastsOf("a loan at a fixed rate of interest")).toContain("a loan at a floating rate of interest");
  });

  it("finds kin of a compound's head noun when the dictionary lacks the compound", () => {
    // (The head's own sense must share two words of the definition, so a stray sense gives nothing.)
    expect(siblingGlosses("dust pneumonia", "a lung illness caused by breathing in fine dust").length).toBeGreaterThan(0);
    expect(siblingGlosses("cold chain", "the chain of refrigerated transport and storage")).toEqual([]);
  });
});

describe("'X is not A but B'", () => {
  it("asks what the thing is, saying what it is not, and types a short answer", () => {
    const text = "The Harbour Exchange is not a bank but a meeting hall, in which shipowners and merchants agree the price of cargo space.";
    const [d] = defsOf(text).filter((x) => x.not);
    expect(d).toMatchObject({ term: "the Harbour Exchange", definition: "a meeting hall", not: { what: "a bank", verb: "is" } });
    const article = articleFromParagraphs([text, "Ships from twelve countries call at the port every week.", "The harbour was dredged in 1998 to take larger ships."], { title: "Trade in the port" });
    const { candidates = [] } = generateQuestions(article, { explain: true });
    const asked = candidates.find((c) => c.prompt === "What is the Harbour Exchange, if not a bank?");
    expect(asked).toMatchObject({ type: "SHORT_ANSWER", answer: "a meeting hall", kept: true });
    // (Nothing asks for the name by "a meeting hall": "What is the meeting hall called?" names nothing.)
    expect(candidates.some((c) => /meeting hall called/.test(c.prompt))).toBe(false);
  });

  it("reads no definition from a pronoun's 'not … but'", () => {
    expect(defsOf("It is not a bird but a plane.")).toEqual([]);
  });
});
