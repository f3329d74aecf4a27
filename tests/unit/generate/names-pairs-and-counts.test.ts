// Generator 0.9.58: a closing appositive that names what its whole clause describes ("…, a process
// called sublimation") is asked by that description; a one-word clipping of an organisation's name
// ("Caltech") is the organisation, so a typed answer may use it; two people who did a thing together
// are asked as a pair; a number after "About" or before "in October" cuts no name; "612 dead fish"
// counts fish. 0.9.59: a pair after an opening participle or with an adverb, a long deed shortened from
// its end, none that runs into a second clause; "is run by Codelco" is a passive, no identity. 0.9.60:
// "ships built in Belfast, which carried …" states nothing of Belfast.
import { describe, expect, it } from "vitest";
import { analyzeArticle, generateQuestions } from "../../../lib/generate";
import { namingQuestions } from "../../../lib/generate/naming";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { postNominalParticiple } from "../../../lib/generate/statements";
import { keptCandidateLines, sentenceToks, statementTexts } from "../../fixtures/generate/statements";

const asked = (sentence: string) => namingQuestions(sentence).map((q) => `${q.prompt} → ${sentence.slice(q.start, q.end)}`);

describe("a name for what a whole clause describes", () => {
  it("asks a process by what happens in it, past an opening adverbial and before a closing 'which' clause", () => {
    expect(asked("On cold, sunny, dry days, snow and ice can turn straight into vapour without melting first, a process called sublimation, which is why snow on a high mountain can slowly shrink.")).toEqual([
      "What is the process called in which snow and ice can turn straight into vapour without melting first? → sublimation",
    ]);
    expect(asked("Farmers in the region burned the forest each spring to clear land for crops, a practice known as swidden.")).toEqual([
      "What is the practice called in which farmers in the region burned the forest each spring to clear land for crops? → swidden",
    ]);
  });

  it("asks an idea by what it holds, in the clause's tense, keeping a name that opens it", () => {
    const lines = keptCandidateLines(["Russia saw itself as the protector of fellow Slavs, an idea called Pan-Slavism."], "The causes of the First World War");
    expect(lines).toContain("What was the idea that Russia saw itself as the protector of fellow Slavs called? → Pan-Slavism");
  });

  it("asks nothing when the clause leans outside itself, reports a belief, or has a comma of its own", () => {
    // "it" points back to an earlier sentence.
    expect(asked("Some of it soaks into the soil, a process called infiltration.")).toEqual([]);
    // An idea that holds "that …" would read "the idea that the Greeks believed that …".
    expect(asked("The Greeks believed that the planets moved on crystal spheres, an idea known as the celestial spheres.")).toEqual([]);
    // A comma inside the clause that no opening adverbial explains.
    expect(asked("Teachers, like other professionals, may have to continue their education after they qualify, a process known as continuing professional development.")).toEqual([]);
    // Not a closing appositive: the name is followed by more of the sentence.
    expect(asked("Snow turns into vapour, a process called sublimation in most textbooks and on most exams.")).toEqual([]);
  });
});

describe("a clipped organisation name", () => {
  const article = articleFromParagraphs([
    "In 1935 Charles Richter, a physicist at the California Institute of Technology in Pasadena, devised a scale for local earthquakes.",
    "In 1979 Thomas Hanks and Hiroo Kanamori, also at Caltech, introduced the moment magnitude scale.",
  ], { title: "How earthquakes are measured" });

  it("joins 'Caltech' to the California Institute of Technology as another of its names", () => {
    const entities = [...analyzeArticle(article).entities.values()];
    const institute = entities.find((e) => e.display === "California Institute of Technology");
    expect(institute?.aliases).toContain("Caltech");
    expect(entities.some((e) => e.display === "Caltech")).toBe(false);
  });

  it("accepts the clipped name as a typed answer", () => {
    const q = generateQuestions(article, { max: 40 }).questions.find((x) => x.answer === "California Institute of Technology" && x.type === "SHORT_ANSWER");
    expect(q?.acceptedAnswers).toContain("Caltech");
  });

  it("leaves a word that is a whole word of the name, or no clipping of it, alone", () => {
    const other = articleFromParagraphs([
      "The Port of London Authority runs the tideway.",
      "Newport and Portland are busy harbours, and London has the largest.",
    ], { title: "Ports" });
    const entities = [...analyzeArticle(other).entities.values()];
    const authority = entities.find((e) => e.display.includes("Port of London Authority"));
    expect(authority?.aliases ?? []).not.toContain("Newport");
    expect(authority?.aliases ?? []).not.toContain("London");
  });
});

describe("two people as one answer", () => {
  const lines = (sentence: string, title = "Science") => keptCandidateLines([sentence], title);

  it("asks for the pair, with the class they share and an opening time moved to the end", () => {
    expect(lines("Early in the twentieth century the German chemists Fritz Haber and Carl Bosch developed a way to make ammonia from nitrogen in the air, so factories no longer needed natural nitrate.")).toContain(
      "Which two German chemists developed a way to make ammonia from nitrogen in the air early in the twentieth century? → Fritz Haber and Carl Bosch",
    );
    expect(lines("In 1979 Thomas Hanks and Hiroo Kanamori, also at Caltech, introduced the moment magnitude scale, written Mw.")).toContain(
      "Which two people introduced the moment magnitude scale in 1979? → Thomas Hanks and Hiroo Kanamori",
    );
  });

  it("accepts either order and the surnames alone", () => {
    const q = generateQuestions(articleFromParagraphs(["James Watson and Francis Crick built a model of DNA at the Cavendish Laboratory in 1953."], { title: "DNA" }), { max: 40 }).questions.find((x) => x.answer === "James Watson and Francis Crick");
    expect(q?.prompt).toBe("Which two people built a model of DNA at the Cavendish Laboratory in 1953?");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["Francis Crick and James Watson", "Watson and Crick", "Crick and Watson"]));
  });

  it("accepts no mixed form of one surname and one full name (0.9.61)", () => {
    const article = articleFromParagraphs(["In 1979 Thomas Hanks and Hiroo Kanamori, also at Caltech, introduced the moment magnitude scale."], { title: "How earthquakes are measured" });
    const q = generateQuestions(article, { max: 40 }).questions.find((x) => x.answer === "Thomas Hanks and Hiroo Kanamori");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["Hiroo Kanamori and Thomas Hanks", "Hanks and Kanamori", "Kanamori and Hanks"]));
    expect(q?.acceptedAnswers).toHaveLength(3);
  });

  it("reads past an opening participle's phrase and an adverb, and shortens a long deed from its end (0.9.59)", () => {
    expect(lines("Drawing on both, James Watson and Francis Crick quickly completed their famous model of two intertwined strands.")).toContain(
      "Which two people quickly completed their famous model of two intertwined strands? → James Watson and Francis Crick",
    );
    expect(lines("In 1954 the American scientists John Enders and Thomas Peebles isolated the measles virus from a blood sample taken from a sick schoolboy in Boston.")).toContain(
      "Which two American scientists isolated the measles virus from a blood sample taken from a sick schoolboy in 1954? → John Enders and Thomas Peebles",
    );
  });

  it("asks no pair whose deed runs into a second clause (0.9.59)", () => {
    const pairs = (sentence: string) => lines(sentence, "Doctor Who").filter((l) => l.startsWith("Which two"));
    expect(pairs("Murray Gold and Russell T Davies answered questions during the interval and Daleks and Cybermen appeared whilst music from their stories was played.")).toEqual([]);
  });

  it("asks no pair of one name, of a pair inside the sentence, or of a deed too short to say which", () => {
    const pairs = (sentence: string) => lines(sentence).filter((l) => l.startsWith("Which two"));
    expect(pairs("Liu Heima and Shi Tianze served Ogödei Khan.")).toEqual([]);
    expect(pairs("The prize went to James Watson and Francis Crick for their model of DNA.")).toEqual([]);
    expect(pairs("James Watson and Francis Crick built it at the Cavendish Laboratory in 1953.")).toEqual([]);
  });
});

describe("numbers beside words that are no names", () => {
  it("asks a share after 'About' and a level before 'in October 2022'", () => {
    expect(keptCandidateLines(["About 97 per cent of Earth's water lies in the oceans."], "The water cycle")).toContain("About what percentage of Earth's water lies in the oceans? → 97 per cent");
    expect(keptCandidateLines(["CPI inflation reached 11.1 per cent in October 2022, its highest for about 40 years."], "Inflation")).toContain(
      "CPI inflation reached _____ in October 2022, its highest for about 40 years. → 11.1 per cent",
    );
  });

  it("counts nouns whose plural is the singular", () => {
    const lines = keptCandidateLines(["Officers from the agency found 612 sheep in the field."], "Farm");
    expect(lines).toContain("How many sheep did officers from the agency find in the field? → 612");
  });
});

describe("a passive is no identity (0.9.59)", () => {
  it("asks no 'What is the Chuquicamata mine?' with 'run' for its answer", () => {
    const lines = keptCandidateLines(["The Chuquicamata mine is run by Codelco."], "The Atacama Desert");
    expect(lines.filter((l) => l.endsWith("→ run"))).toEqual([]);
    expect(lines).toContain("The Chuquicamata mine is run by _____. → Codelco");
  });

  it("still asks what a described thing is", () => {
    expect(keptCandidateLines(["The main reserve currency is the dollar by far."], "Money")).toContain("What is the main reserve currency? → dollar");
  });
});

describe("a closing 'which' clause on 'the first …' (0.9.58)", () => {
  it("states what the clause says of the first measles vaccine, after a simple past that is no participle", () => {
    const sentence = "Enders and his team went on to develop the first measles vaccine, which was licensed in the United States in 1963.";
    expect(statementTexts(sentence)).toEqual(["Enders and his team went on to develop the first measles vaccine", "the first measles vaccine was licensed in the United States in 1963"]);
    expect(keptCandidateLines([sentence], "Measles")).toContain("In which year was the first measles vaccine licensed in the United States? → 1963");
  });

  it("still reads a participle after its noun as one ('ships launched in Belfast'), but no simple past ('Enders went on')", () => {
    const at = (sentence: string, word: string) => {
      const toks = sentenceToks(sentence);
      return postNominalParticiple(toks, toks.findIndex((t) => t.text === word));
    };
    expect(at("The company bought ships launched in Belfast.", "launched")).toBe(true);
    expect(at("Enders went on to develop the vaccine.", "went")).toBe(false);
  });
});

describe("a which-clause after a participle's place (0.9.60)", () => {
  it("states nothing of the place: 'ships built in Belfast, which carried emigrants' is about the ships", () => {
    expect(statementTexts("The company bought ships built in Belfast, which carried emigrants to Canada.")).toEqual(["The company bought ships built in Belfast"]);
  });

  it("still states the clause of a name a verb's preposition brings in", () => {
    expect(statementTexts("The money will come from the Department for Transport, which has agreed to pay most of it.")).toContain("the Department for Transport has agreed to pay most of it");
  });
});
