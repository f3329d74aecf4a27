// New fact kinds of generator 0.3.0: what a thing is called, what an abbreviation stands for, a list
// of verb phrases of one subject, "It" and "the first <noun>" resolved, descriptors as wh-phrases.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { acronymDefinitions, actNamingQuestion, meaningQuestions, namingQuestions } from "../../../lib/generate/naming";
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

  it("asks 'which he called' after a possessive determiner and a namer with an appositive", () => {
    expect(asked("Charles Babbage, the English mathematician who designed the first computer, proposed a mechanical engine with its own printer, which he called the output apparatus.")).toEqual([
      "What did Charles Babbage call the printer? → the output apparatus",
    ]);
  });

  it("asks a thing by the description beside it: an appositive or a class noun before a name", () => {
    expect(asked("She then noticed that gypsum, a soft sulphate mineral, was far harder to cut than its appearance suggested.")).toEqual([
      "Which soft sulphate mineral was far harder to cut than its appearance suggested? → gypsum",
    ]);
    expect(asked("The farmer found that adding crushed limestone, a cheap by-product of quarrying, greatly improved the harvest.")).toEqual([
      "Adding which cheap by-product of quarrying greatly improved the harvest? → crushed limestone",
    ]);
    expect(asked("Instead of a bridge, engineers from the firm Morton and Keane designed a tunnel under the estuary.")).toEqual([
      "Engineers from which firm designed a tunnel under the estuary? → Morton and Keane",
    ]);
    expect(asked("In 1850, the engineer Isambard Kingdom Brunel designed a huge steamship.")).toEqual([
      "Which engineer designed a huge steamship? → Isambard Kingdom Brunel",
    ]);
    expect(namingQuestions("The naturalist Alfred Wallace collected beetles in Borneo.").map((q) => q.form)).toEqual(["described"]);
  });

  it("asks no described thing from a list, a clause, a time word or an opening clause", () => {
    expect(asked("Paris, a city of light, and Rome were compared.")).toEqual([]);
    expect(asked("It was a success, a rare one, was said.")).toEqual([]);
    expect(asked("The year Napoleon died was 1821.")).toEqual([]);
    expect(asked("The last Council met in 1702, and only four towns sent envoys.")).toEqual([]);
    expect(asked("She pointed to the old maps, to drawings of the bird Dodo found on Mauritius.")).toEqual([]);
    expect(asked("The recent flooding in Leeds has raised the question again.")).toEqual([]);
    // A change or a process defines the thing, it is no class: not "Which steady rise in rents sounds …?".
    expect(asked("Gentrification, a steady rise in rents, sounds harmless to newcomers.")).toEqual([]);
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
    // The participle is stated with the verb it belongs to (a cloze at most): "overthrowing … in 2003".
    expect(s).toEqual(["The United States invaded Iraq", "The United States invaded Iraq, overthrowing former leader Saddam Hussein in 2003", "The United States withdrew in 2011", "The United States returned in 2014 to combat the Islamic State"]);
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

  it("reads a gloss in curly double quotes after 'the word X meant' (it once threw on a long import)", () => {
    expect(meaningQuestions("The word glasnost meant “openness” to most Russians.").map((q) => q.prompt)).toEqual(["What did the word glasnost mean?"]);
  });

  it("asks what a word from another language means when the sentence glosses it", () => {
    const meant = (sentence: string) => meaningQuestions(sentence).map((q) => `${q.prompt} → ${sentence.slice(q.start, q.end)}`);
    expect(meant("The slogan liberté toujours, French for freedom always, was painted on every wall.")).toEqual(["What does liberté toujours mean? → freedom always"]);
    expect(meant("Perestroika, Russian for restructuring, gave its name to the reforms.")).toEqual(["What does Perestroika mean? → restructuring"]);
    expect(meant("The town was called Villa Rica, Spanish for rich town, by its founders.")).toEqual(["What does the name Villa Rica mean? → rich town"]);
    expect(meant("The word ombudsman means 'representative' in Swedish.")).toEqual(["What does the word ombudsman mean? → representative"]);
    expect(meant("The guild was known as the Gilde, from an old Dutch word for a payment or feast.")).toEqual([
      "What did the old Dutch word behind the name Gilde mean? → a payment or feast",
    ]);
    // No word marked off as foreign: nothing is glossed.
    expect(meant("A dry year meant hunger and a wet one meant disease.")).toEqual([]);
    expect(meant("The critics, French for the most part, hated it.")).toEqual([]);
  });

  it("asks the name of an act the sentence before reports ('The speech became known as …')", () => {
    const act = (previous: string, sentence: string) => {
      const q = actNamingQuestion(sentence, previous);
      return q && `${q.prompt} → ${sentence.slice(q.start, q.end)}`;
    };
    expect(act("In 1836 Governor Alma Reyes declared that the port was closed to foreign ships.", "The declaration became known as the Harbour Edict.")).toBe(
      "What did Governor Alma Reyes's declaration in 1836 become known as? → the Harbour Edict",
    );
    expect(act("In 1962 the town council proposed a ring road round the old market.", "The proposal was called the Market Loop.")).toBe("What was the town council's proposal in 1962 called? → the Market Loop");
    // The doer's name inside the answer would give it away: the time alone says which act.
    expect(act("On 3 May 1911 Mayor Tobias Reyes announced a tax on carts.", "The announcement became known as the Reyes levy.")).toBe("What did the announcement on 3 May 1911 become known as? → the Reyes levy");
    // No act of that kind before, or a pronoun as the doer: nothing to say which one.
    expect(act("In 1836 Governor Alma Reyes wrote a letter.", "The declaration became known as the Harbour Edict.")).toBeUndefined();
    expect(act("She declared the port closed.", "The declaration became known as the Harbour Edict.")).toBeUndefined();
  });

  it("asks what someone called a named thing ('X called Egypt the gift of the Nile')", () => {
    expect(asked("The Roman poet Marcus Varro called Sicily the granary of Rome.")).toEqual(["What did the Roman poet Marcus Varro call Sicily? → the granary of Rome"]);
    // A pronoun as the thing named, or a sentence-opening plural that may be a common noun: nothing.
    expect(asked("Varro called them the granary of Rome.")).toEqual([]);
    expect(asked("Traders called Sicily the granary of Rome.")).toEqual([]);
    expect(asked("Traders often called Sicily the granary of Rome.")).toEqual([]);
  });
});
