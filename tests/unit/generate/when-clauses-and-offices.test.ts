// Generator 0.9.71: a "when" clause after a date is dated ("The fort fell in 1453, when the Ottoman
// army breached the walls" → "In 1453 the Ottoman army breached the walls"), and one between a fronted
// date and the main clause is no longer lost with it; an office "of" a named place or body before a
// person's name ("The mayor of Leeds, John Smith, …") gives way to the name, as "The mayor, John
// Smith, …" always did; "…, making lecture tours of Britain" is the subject's own act; a figure said
// two ways ("52, or 65 per cent,") is two statements; "42 parking spaces" is a count; "The company
// aims to …" has its verb; "X was a Venetian merchant who set out in 1271" is asked "Which Venetian
// merchant set out in 1271 …?", and "X was a nuclear accident that took place …" also says "X took place …"; a claim
// with a closing "so that …" is also stated without it; "two of them" opening a stem leans on the sentence before.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs, bundledArticles } from "../../fixtures/generate/articles";
import { articleOfList, loadKeyFactLists } from "../../fixtures/generate/key-facts/key-facts";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a 'when' clause after a date", () => {
  it("is stated with the date when it closes the sentence", () => {
    expect(statementTexts("The fort fell in 1453, when the Ottoman army breached the walls.")).toEqual([
      "The fort fell in 1453",
      "In 1453 the Ottoman army breached the walls",
    ]);
    // (A day and month take "On".)
    expect(statementTexts("The crowd cheered on 26 July 1956, when Nasser spoke in Alexandria.")).toContain("On 26 July 1956 Nasser spoke in Alexandria");
  });

  it("is stated with the date, beside the main clause, when it follows a fronted date", () => {
    expect(statementTexts("Since 1997, when the Chancellor of the Exchequer, Gordon Brown, gave the Bank independence over interest rates, politicians have not set the rate themselves.")).toEqual([
      "Since 1997 politicians have not set the rate themselves",
      "In 1997 Gordon Brown gave the Bank independence over interest rates",
    ]);
    expect(keptCandidateLines(["Since 1997, when the Chancellor of the Exchequer, Gordon Brown, gave the Bank of England independence over interest rates, politicians have not set the rate themselves."], "Interest rates")).toContain(
      "In which year did Gordon Brown give the Bank of England independence over interest rates? → 1997",
    );
  });

  it("leaves an age alone: 'when she was 17' dates nothing worth asking", () => {
    expect(statementTexts("In 1833, when she was 17, Ada met Charles Babbage at a London party.")).toEqual(["In 1833 Ada met Charles Babbage at a London party"]);
    expect(statementTexts("Byron died in Greece in 1824, when Ada was eight.").some((t) => /^In 1824/.test(t))).toBe(false);
  });

  it("keeps a month with no year as it was: the date is the article's, the clause undated", () => {
    expect(statementTexts("Politicians stopped setting the rate in July, when Gordon Brown gave the Bank independence.")).toContain("Gordon Brown gave the Bank independence");
  });
});

describe("an office of a named place or body before a person's name", () => {
  it("gives way to the name, and says who held it", () => {
    expect(statementTexts("The mayor of Leeds, John Smith, opened the bridge.")).toEqual(["John Smith opened the bridge", "John Smith was the mayor of Leeds"]);
    expect(statementTexts("The chancellor of the exchequer, Gordon Brown, gave the Bank independence.")).toEqual([
      "Gordon Brown gave the Bank independence",
      "Gordon Brown was the chancellor of the exchequer",
    ]);
  });

  it("does so when the tagger reads the office and its place as one noun", () => {
    expect(statementTexts("The President of France, Emmanuel Macron, visited Berlin.")).toEqual(["Emmanuel Macron visited Berlin", "Emmanuel Macron was the President of France"]);
  });

  it("is no office when the noun before 'of' is a place's part: the capital of France, Paris", () => {
    expect(statementTexts("The capital of France, Paris, has many bridges.").some((t) => /was the capital/.test(t))).toBe(false);
  });
});

describe("a closing 'making' with a plural noun after it", () => {
  it("is the subject's own act", () => {
    expect(statementTexts("She carried the campaign abroad, making lecture tours of Britain in 1893 and 1894.")).toEqual([
      "She carried the campaign abroad",
      "She made lecture tours of Britain in 1893 and 1894",
    ]);
  });

  it("is not when it says what the whole clause brought about", () => {
    expect(statementTexts("The storm hit the town, making it the worst in decades.").some((t) => /made/.test(t))).toBe(false);
  });
});

describe("a figure said two ways (', or 65 per cent,')", () => {
  it("states each way, and the sentence reads on without the second", () => {
    expect(statementTexts("Of the 80 observer bees, 52, or 65 per cent, learned to open the box within 12 days.")).toEqual([
      "Of the 80 observer bees, 65 per cent learned to open the box within 12 days",
      "Of the 80 observer bees, 52 learned to open the box within 12 days",
    ]);
    expect(statementTexts("Satellites show that lightning strikes somewhere on Earth about 44 times every second, or roughly 1.4 billion times a year.")).toEqual([
      "Satellites show that lightning strikes somewhere on Earth roughly 1.4 billion times a year",
      "Satellites show that lightning strikes somewhere on Earth about 44 times every second",
    ]);
  });

  it("drops the second figure's closing comma before the rest of the clause", () => {
    expect(statementTexts("The river rose by 3 metres, or 10 feet, in a day.")).toEqual(["The river rose by 10 feet in a day", "The river rose by 3 metres in a day"]);
  });

  it("leaves alternatives that are no figures alone", () => {
    expect(statementTexts("He chose tea, or coffee, every morning.")).toEqual(["He chose tea, or coffee, every morning"]);
  });
});

describe("a team's or an honour's name before a person's calling", () => {
  it("becomes the wh-phrase, capitals kept", () => {
    const lines = keptCandidateLines(["Denver linebacker Von Miller was named the most valuable player.", "Nobel Prize winner Marie Curie discovered radium in Paris."], "Notes");
    expect(lines).toContain("Which Denver linebacker was named the most valuable player? → Von Miller");
    expect(lines).toContain("Which Nobel Prize winner discovered radium in Paris? → Marie Curie");
  });
});

describe("a counted plural with a describing -ing word or hyphened word before it", () => {
  it("is a count ('42 parking spaces', '42 on-street parking spaces')", () => {
    expect(keptCandidateLines(["Workers removed 42 parking spaces along Station Road."], "Notes")).toContain("How many parking spaces did workers remove along Station Road? → 42");
    expect(keptCandidateLines(["To make room for it, 42 on-street parking spaces along Station Road would be removed."], "Notes")).toContain("_____ on-street parking spaces along Station Road would be removed. → 42");
  });

  it("counts nothing when no plural follows the -ing word", () => {
    expect(keptCandidateLines(["The team kept 42 running for the final."], "Notes").some((l) => / → 42$/.test(l))).toBe(false);
  });
});

describe("'The company aims to …'", () => {
  it("reads 'aims' as the verb, and the company as the firm the sentence before named, with no 'the' it is never written with", () => {
    const lines = keptCandidateLines(["The developer Tidewell Energy will build 72 turbines off Saltby. The company aims to finish the wind farm by 2030."], "Wind farm approved");
    expect(lines).toContain("By which year does Tidewell Energy aim to finish the wind farm? → 2030");
    expect(lines).toContain("What does Tidewell Energy aim to do? → finish the wind farm by 2030");
    expect(lines.some((l) => /the Tidewell/.test(l))).toBe(false);
  });

  it("asks no action cut off mid-phrase at its tenth word", () => {
    const lines = keptCandidateLines(["Kelsworth Town Council aims to have the whole wind farm running by the end of 2030."], "Notes");
    expect(lines.some((l) => /to do of 2030/.test(l))).toBe(false);
    expect(keptCandidateLines(["Kelsworth Town Council voted to close the ward in 2027."], "Notes")).toContain("What did Kelsworth Town Council vote to do in 2027? → close the ward");
  });
});

describe("'X was a <description> who …'", () => {
  it("is asked with the description as the wh-phrase and the relative clause as what singles X out", () => {
    const lines = keptCandidateLines(["Marco Polo was a Venetian merchant who set out in 1271 with his father and uncle. Ferdinand Barnett was a lawyer who had founded a Black newspaper."], "The Silk Road");
    expect(lines).toContain("Which Venetian merchant set out in 1271 with his father and uncle? → Marco Polo");
    expect(lines).toContain("Which lawyer had founded a Black newspaper? → Ferdinand Barnett");
  });

  it("is asked the same way when 'famous for' singles X out", () => {
    expect(keptCandidateLines(["Muhammad bin Tughluq was a sultan famous for both his generosity and his cruelty."], "Ibn Battuta")).toContain(
      "Which sultan was famous for both his generosity and his cruelty? → Muhammad bin Tughluq",
    );
  });

  it("is not when the clause joins two acts, nor without a relative clause", () => {
    const lines = keptCandidateLines(["Marco Polo was a Venetian merchant who set out in 1271 and returned in 1295. Adam Smith was a Scottish economist."], "Notes");
    expect(lines.some((l) => /^Which Venetian merchant/.test(l))).toBe(false);
    expect(lines.some((l) => /^Which Scottish economist/.test(l))).toBe(false);
  });
});

describe("'X was a <description> that <act>'", () => {
  it("also states what the clause says of X, shorter", () => {
    expect(statementTexts("The Chernobyl disaster was a nuclear accident that took place at 01:23 on 26 April 1986 at reactor No. 4 of the Chernobyl Nuclear Power Plant.")).toContain(
      "The Chernobyl disaster took place at 01:23 on 26 April 1986 at reactor No. 4 of the Chernobyl Nuclear Power Plant",
    );
    expect(statementTexts("Penicillin is a drug that kills bacteria by breaking their cell walls.")).toContain("Penicillin kills bacteria by breaking their cell walls");
  });

  it("does not when the verb agrees with a plural the subject is one of, or the clause is the object's", () => {
    expect(statementTexts("It is one of the few drugs that kill bacteria.")).toEqual(["It is one of the few drugs that kill bacteria"]);
    expect(statementTexts("Penicillin is a drug that doctors prescribe for infections.").some((t) => /^Penicillin doctors/.test(t))).toBe(false);
  });

  it("never gaps an abbreviation's 'No.' before its number", () => {
    const lines = keptCandidateLines(["The Chernobyl disaster was a nuclear accident that took place at 01:23 on 26 April 1986 at reactor No. 4 of the Chernobyl Nuclear Power Plant."], "The Chernobyl disaster");
    expect(lines.some((l) => /_____\. 4/.test(l))).toBe(false);
    expect(lines.some((l) => /^On what date did the Chernobyl disaster take place\b.* → 26 April 1986$/.test(l))).toBe(true);
  });
});

describe("a claim with a closing purpose ('so that …', 'in order to …')", () => {
  it("is also stated without it, and the purpose still asked", () => {
    expect(statementTexts("Ashvale Cricket Club's women's team was formed in 1998 by Margaret Pell so that girls from the village primary school could carry on playing.")).toContain(
      "Ashvale Cricket Club's women's team was formed in 1998 by Margaret Pell",
    );
    const lines = keptCandidateLines(["Ashvale Cricket Club's women's team was formed in 1998 by Margaret Pell so that girls from the village primary school could carry on playing."], "Ashvale");
    expect(lines).toContain("In which year was Ashvale Cricket Club's women's team formed by Margaret Pell? → 1998");
    expect(lines).toContain("Why was Ashvale Cricket Club's women's team formed in 1998 by Margaret Pell? → girls from the village primary school could carry on playing");
  });
});

describe("'two of them' in a stem's first words", () => {
  it("leans on what the sentence before named", () => {
    const list = loadKeyFactLists().find((l) => l.file === "the-wright-brothers.json")!;
    const article = articleOfList(list);
    const { questions } = generateQuestions(article, { corpus: [...bundledArticles(), article] });
    expect(questions.length).toBeGreaterThan(20);
    expect(questions.some((q) => /carved two of them/.test(q.prompt))).toBe(false);
  });
});

describe("a closing ', when …' whose clause had an aside of its own", () => {
  it("is stated dated, beside the main clause", () => {
    const texts = statementTexts("The Severn Cup was first held in 1894, when Josiah Pell, a Riverton brewer and keen oarsman, offered a silver cup to settle a long-running argument between the town's two rowing clubs over which had the faster crew.");
    expect(texts).toContain("The Severn Cup was first held in 1894");
    expect(texts).toContain("In 1894 Josiah Pell offered a silver cup to settle a long-running argument between the town's two rowing clubs over which had the faster crew");
  });

  it("is never cut after the preposition of its 'over which …'", () => {
    const lines = keptCandidateLines(["The Severn Cup was first held in 1894, when Josiah Pell, a Riverton brewer and keen oarsman, offered a silver cup to settle a long-running argument between the town's two rowing clubs over which had the faster crew."], "Severn Cup");
    expect(lines.some((l) => / over\. →/.test(l))).toBe(false);
    expect(lines).toContain("In which year was the Severn Cup first held? → 1894");
  });
});

describe("a body's later name", () => {
  it("is no option beside it ('survives today as …')", () => {
    const list = loadKeyFactLists().find((l) => l.file === "the-dust-bowl.json")!;
    const article = articleOfList(list);
    const { questions } = generateQuestions(article, { corpus: [...bundledArticles(), article] });
    expect(questions.length).toBeGreaterThan(20);
    const both = questions.filter((q) => q.type === "MCQ" && q.choices?.includes("Soil Conservation Service") && q.choices.includes("Natural Resources Conservation Service"));
    expect(both).toEqual([]);
  });
});

describe("faults the 0.9.71 reading found", () => {
  const asked = (paragraph: string, title: string) => generateQuestions(articleFromParagraphs([paragraph], { title }), { max: 200 }).questions;

  it("accepts what a built thing is beside its name, and a colour for its light", () => {
    const of = (file: string) => {
      const article = articleOfList(loadKeyFactLists().find((l) => l.file === file)!);
      return generateQuestions(article, { corpus: [...bundledArticles(), article] }).questions;
    };
    const starley = of("how-a-bicycle-gear-works.json").find((q) => /^What did John Kemp Starley of Coventry build/.test(q.prompt));
    expect(starley?.acceptedAnswers).toContain("safety bicycle");
    const green = of("how-photosynthesis-works.json").find((q) => q.answer === "green light");
    expect(green?.acceptedAnswers).toContain("green");
  });

  it("asks nothing of 'the rest of the 38,000 books' or 'the city's second tram line'", () => {
    const prompts = asked("It could hold only about a fifth of the collection, and the rest of the 38,000 books were kept in storage. Northline Rail Partners are the consortium that built the city's second tram line in 2019.", "Library reopens").map((q) => q.prompt);
    expect(prompts.filter((p) => /the rest of the/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /the city['’]s/.test(p))).toEqual([]);
  });
});
