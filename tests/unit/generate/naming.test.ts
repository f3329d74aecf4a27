// New fact kinds of generator 0.3.0: what a thing is called, what an abbreviation stands for, a list
// of verb phrases of one subject, "It" and "the first <noun>" resolved, descriptors as wh-phrases.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { acronymDefinitions, namingQuestions } from "../../../lib/generate/naming";
import { parseText } from "../../../lib/generate/nlp";
import { render, sentenceTokens, simplify } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const asked = (sentence: string) => namingQuestions(sentence).map((q) => `${q.prompt} → ${sentence.slice(q.start, q.end)}`);

describe("naming facts", () => {
  it("asks what a thing is called, from an appositive, a copula, an object and 'which he named'", () => {
    expect(asked("The prediction, known as Moore's law, became a target for the whole industry.")).toEqual([
      "What was the prediction that became a target for the whole industry known as? → Moore's law",
    ]);
    expect(asked("The outer shell is called the lithosphere.")).toEqual(["What is the outer shell called? → the lithosphere"]);
    expect(asked("A refrigerator uses a special fluid called a refrigerant, chosen because it boils at a very low temperature.")).toEqual([
      "What is the special fluid that a refrigerator uses called? → a refrigerant",
    ]);
    expect(asked("Wegener argued that all the continents had once formed a single supercontinent, which he named Pangaea, from the Greek for \"all the earth\".")).toEqual([
      "What did Wegener name the single supercontinent? → Pangaea",
    ]);
    expect(asked("Around the Pacific, subduction zones form a horseshoe of volcanoes about 40,000 kilometres long, known as the Ring of Fire.")).toEqual([
      "What is the horseshoe of volcanoes about 40,000 kilometres long known as? → the Ring of Fire",
    ]);
  });

  it("asks nothing when the named thing leans on an earlier sentence or 'called' means something else", () => {
    expect(asked("The announcement became known as the Nixon shock.")).toEqual([]);
    expect(asked("Shockley called them the traitorous eight.")).toEqual([]);
    expect(asked("Egypt has repeatedly called for a binding agreement.")).toEqual([]);
    expect(asked("The device, known as the point-contact transistor, was shown to managers a week later.")).toEqual([]);
  });

  it("reads what an abbreviation stands for after brackets, ', or', ' or …s' and 'known as'", () => {
    const defs = (s: string) => acronymDefinitions(s).map((d) => `${d.acronym}=${s.slice(d.start, d.end)}`);
    expect(defs("The best known is the consumer price index, or CPI, which tracks prices.")).toEqual(["CPI=consumer price index"]);
    expect(defs("The General Agreement on Tariffs and Trade, or GATT, was signed in 1947.")).toEqual(["GATT=General Agreement on Tariffs and Trade"]);
    expect(defs("Midgley presented a safer family of gases, the chlorofluorocarbons or CFCs, sold as Freon.")).toEqual(["CFC=chlorofluorocarbons"]);
    expect(defs("The first methicillin-resistant Staphylococcus aureus, known as MRSA, was reported in 1961.")).toEqual(["MRSA=methicillin-resistant Staphylococcus aureus"]);
    expect(defs("Popular Mobilization Forces (PMF) rose.")).toEqual(["PMF=Popular Mobilization Forces"]);
    expect(defs("Troops went to the US or UK bases.")).toEqual([]);
  });

  it("makes them short-answer questions of the generator, the article form accepted", () => {
    const article = articleFromParagraphs(["Plates move slowly over the mantle. The outer shell is called the lithosphere. The best known index is the consumer price index, or CPI, which tracks prices."], { title: "Plates" });
    const { questions } = generateQuestions(article, { max: 20 });
    const called = questions.find((q) => q.prompt === "What is the outer shell called?");
    expect(called?.answer).toBe("lithosphere");
    expect(called?.acceptedAnswers).toContain("the lithosphere");
    expect(questions.find((q) => q.prompt === "What does CPI stand for?")?.answer).toBe("consumer price index");
  });
});

describe("statements and references of 0.3.0", () => {
  const statementsOf = (sentence: string) => {
    const parsed = parseText(sentence);
    return simplify(sentenceTokens(sentence, (o) => parsed.tagsAt(o))).map((s) => render(s.toks));
  };

  it("splits a list of verb phrases of one subject", () => {
    const s = statementsOf("The United States, along with its coalition, invaded Iraq, overthrowing former leader Saddam Hussein in 2003, withdrew in 2011, and returned in 2014 to combat the Islamic State.");
    expect(s).toEqual(["The United States invaded Iraq", "The United States withdrew in 2011", "The United States returned in 2014 to combat the Islamic State"]);
  });

  it("resolves 'It' to the named subject of the sentence before, and 'The first contest' to the title's contest", () => {
    const article = articleFromParagraphs(["The Eurovision Song Contest began in 1956 as an experiment. It was modelled on the Sanremo Music Festival in Italy. The first contest took place in Lugano."], { title: "The Eurovision Song Contest" });
    const { questions } = generateQuestions(article, { max: 30 });
    const prompts = questions.map((q) => q.prompt);
    expect(prompts.some((p) => /Eurovision Song Contest modelled on|Eurovision Song Contest was modelled on/.test(p)), prompts.join("\n")).toBe(true);
    expect(prompts.some((p) => /first Eurovision Song Contest/.test(p)), prompts.join("\n")).toBe(true);
    expect(prompts.some((p) => /^It\b/.test(p))).toBe(false);
  });

  it("types 'Lake X' as water and a name after 'at' as a place, not a person", () => {
    const article = articleFromParagraphs(["The river flows through Lake Kyoga. New locks opened at Agua Clara in 2016."], { title: "Rivers" });
    const { questions } = generateQuestions(article, { max: 20 });
    for (const q of questions) {
      if (q.answer === "Lake Kyoga") expect(q.answerType).toBe("water");
      if (q.answer === "Agua Clara") expect(q.answerType).not.toBe("person");
    }
    expect(questions.some((q) => q.answer === "Agua Clara" || q.answer === "Lake Kyoga")).toBe(true);
  });
});
