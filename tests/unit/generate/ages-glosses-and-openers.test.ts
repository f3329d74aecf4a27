// Generator 0.9.61–0.9.63: a biography's age at death is asked ("At what age did Rosalind Franklin
// die?"); a gloss that puts a short place phrase before its relative ("the tiny structures inside a
// cell that make proteins") defines its term; a participle keeps its comma when the aside before it
// goes. 0.9.62: "Her close friend Thomas Moss, a postman, …" and "The astronomer Edmond Halley, better
// known for his comet, …" are stated (the sentence had no statement at all); no true/false swap
// inside a quotation. 0.9.63: no speaker swapped into a quotation whom the article also quotes.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { definitionsOf, keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

const glosses = (sentence: string) => definitionsOf(sentence).map((d) => `${d.term} = ${d.definition}`);

describe("the age at which a named person died", () => {
  it("asks it from ', aged 37' and 'at the age of 71', the pronoun named", () => {
    const lines = keptCandidateLines(["Rosalind Franklin was an English chemist.", "She carried on working between operations, but she died in London on 16 April 1958, aged 37."], "Rosalind Franklin");
    expect(lines).toContain("At what age did Rosalind Franklin die? → 37");
    expect(keptCandidateLines(["Wangari Maathai died of cancer in Nairobi on 25 September 2011, at the age of 71."], "Wangari Maathai")).toContain("At what age did Wangari Maathai die? → 71");
  });

  it("accepts 'aged 37' and '37 years old'", () => {
    const q = generateQuestions(articleFromParagraphs(["Wangari Maathai died of cancer in Nairobi on 25 September 2011, at the age of 71."], { title: "Wangari Maathai" }), { max: 40 }).questions.find((x) => x.prompt === "At what age did Wangari Maathai die?");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["aged 71", "71 years old"]));
  });

  it("asks nothing of someone the stem would have to introduce, nor of a number that is no age", () => {
    const ages = (sentence: string) => keptCandidateLines([sentence], "Lives").filter((l) => l.startsWith("At what age"));
    expect(ages("Her father died in a riding accident in 1871, aged 44.")).toEqual([]);
    expect(ages("Mary Anning died in 1847, 20 years after the find.")).toEqual([]);
  });
});

describe("glosses", () => {

  it("reads a relative after a short place phrase, and 'that make' as its verb", () => {
    expect(glosses("Other antibiotics, such as tetracycline and erythromycin, attack the ribosomes, the tiny structures inside a cell that make proteins.")).toEqual([
      "the ribosomes = the tiny structures inside a cell that make proteins",
    ]);
    expect(glosses("Some antibiotics attack the ribosomes, the tiny structures that make proteins.")).toEqual(["the ribosomes = the tiny structures that make proteins"]);
    // ("where jet fuel": a bare verb form before a noun after "where" is still the noun's.)
    expect(glosses("Air then enters the combustion chamber, a ring-shaped space where jet fuel, a refined form of kerosene, is sprayed in.")).not.toContain(
      "the combustion chamber = a ring-shaped space where jet fuel",
    );
  });

  it("asks the plural term in the plural", () => {
    expect(keptCandidateLines(["Other antibiotics, such as tetracycline and erythromycin, attack the ribosomes, the tiny structures inside a cell that make proteins."], "How antibiotics work")).toContain(
      "What are the tiny structures inside a cell that make proteins called? → ribosomes",
    );
  });
});

describe("asides", () => {

  it("keeps the comma before a participle whose aside went", () => {
    expect(statementTexts("She then moved to the University of Edinburgh for a doctorate on mountain saxifrages, completed in 1956, working in the glasshouses of the Royal Botanic Garden.")).toEqual([
      "She moved to the University of Edinburgh for a doctorate on mountain saxifrages, working in the glasshouses of the Royal Botanic Garden",
    ]);
  });
});

describe("asides after a described name (0.9.62)", () => {
  it("reads an appositive after a possessive's words and a name", () => {
    expect(statementTexts("Her close friend Thomas Moss, a postman, had opened a shop called the People's Grocery.")).toEqual([
      "Her close friend Thomas Moss had opened a shop called the People's Grocery",
      "Thomas Moss was a postman",
    ]);
  });

  it("drops a describing phrase between the subject and its verb, but not one that names", () => {
    expect(statementTexts("A few years later the English astronomer Edmond Halley, better known today for his comet, measured how quickly water evaporates from a pan.")).toEqual([
      "A few years later the English astronomer Edmond Halley measured how quickly water evaporates from a pan",
    ]);
    expect(statementTexts("The astronomer Edmond Halley, famous for his comet, measured the rate.")).toEqual(["The astronomer Edmond Halley measured the rate"]);
    expect(statementTexts("The painting, famous as the Mona Lisa, hangs in Paris.")).not.toContain("The painting hangs in Paris");
  });
});

describe("true/false swaps (0.9.62)", () => {
  it("swaps nothing inside a quotation", () => {
    const article = articleFromParagraphs([
      "Apollo 13 was launched from Florida and its mission was directed from Houston.",
      "At 10.08pm Houston time, Jack Swigert radioed, \"Okay, Houston, we've had a problem here.\"",
    ], { title: "The Apollo 13 mission" });
    const swaps = (generateQuestions(article, { max: 90, explain: true }).candidates ?? []).filter((c) => c.form === "tf-swap").map((c) => c.prompt);
    // (Outside the quotation a swap is still made: the time's place, the speaker.)
    expect(swaps.some((p) => p.includes("radioed"))).toBe(true);
    expect(swaps.filter((p) => /"Okay, (?!Houston)/.test(p))).toEqual([]);
  });
});

describe("a speaker swapped into a quotation (0.9.63)", () => {
  it("is no false statement when the article quotes the swapped-in speaker too", () => {
    const article = articleFromParagraphs([
      "Apollo 13 was launched from Florida and its mission was directed from Houston. Its crew were James Lovell, Jack Swigert and Fred Haise.",
      "A bang shook the spacecraft, and Jack Swigert radioed, \"Okay, Houston, we've had a problem here.\"",
      "Asked to repeat the message, Lovell replied: \"Houston, we've had a problem.\"",
    ], { title: "The Apollo 13 mission" });
    const swaps = (generateQuestions(article, { max: 90, explain: true }).candidates ?? []).filter((c) => c.form === "tf-swap" && /Lovell radioed/.test(c.prompt));
    expect(swaps.length).toBeGreaterThan(0);
    expect(swaps.every((c) => c.reasons.includes("false-statement-may-be-true"))).toBe(true);
  });
});
