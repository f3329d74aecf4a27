// Generator 0.9.42: what round 10's blind articles and their first reading (0.9.41, 93 of 171 items
// acceptable, 7 broken) showed — a reason read as another clause's, a "to" after a verb of being able
// read as a purpose, a year's options that were true as well, a description and its "whose" clause
// given to the name after "north of", a "he" read as the ruler the sentence calls by his title — each
// with sentences of the same shape (not the articles' own) and the cases the rules must leave alone.
import { describe, expect, it } from "vitest";
import { analyzeArticle, generateQuestions } from "../../../lib/generate";
import { toInfinitive } from "../../../lib/generate/nlp";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines, sentenceToks, statementTexts } from "../../fixtures/generate/statements";
import { reasonsIn } from "../../fixtures/generate/validation";

describe("whose reason, purpose and description it is, 0.9.42", () => {
  it("gives a reason after a time clause to the clause before it ('… before the water reaches the town, because …')", () => {
    const lines = keptCandidateLines([
      "The reservoir collects rain from the hills.",
      "Filters then remove the grit from the water before the water reaches the town, because grit wears out the pumps in the valley.",
    ]);
    expect(lines.some((l) => /^Why does the water reach the town\?/.test(l))).toBe(false);
    expect(lines.some((l) => /^Why do filters (?:then )?remove the grit from the water\? → grit wears out the pumps/.test(l))).toBe(true);
  });

  it("asks no purpose of 'could afford to …'", () => {
    const lines = keptCandidateLines([
      "The town council paid the fishermen to repair the harbour wall, because individual crews could rarely afford to buy the stone themselves.",
    ]);
    expect(lines.some((l) => /^Why could individual crews rarely afford\?/.test(l))).toBe(false);
    expect(lines.some((l) => /afford/.test(l) && /→ buy the stone/.test(l))).toBe(false);
  });

  it("gives a description after 'the <noun> north of X' to neither X nor its 'whose' clause", () => {
    const s = statementTexts("Next he crossed the steppe north of the Caspian Sea, the homeland of the Kipchak tribes, whose chief, Toghan Beg, welcomed him warmly.");
    expect(s.some((t) => /Caspian Sea (?:was|is) the homeland/.test(t))).toBe(false);
    expect(s.some((t) => /Caspian Sea[’']s chief/.test(t))).toBe(false);
    // (A description of a name after another preposition is still the name's.)
    expect(statementTexts("He sailed to Zanzibar, the richest port of the coast, in 1331.").some((t) => /Zanzibar (?:was|is) the richest port/.test(t))).toBe(true);
  });

  it("reads no 'he' as the ruler the sentence calls by his title ('the sultan's daughter')", () => {
    const lines = keptCandidateLines([
      "Leo Africanus, the traveller and writer, was born in Granada in about 1494.",
      "Leo Africanus travelled widely in North Africa as a young man.",
      "Next came Fez, where he was welcomed by the scholars of the Qarawiyyin, and then the hills south of the city, the land of the Wattasids, whose ruler, Muhammad Sultan, received him in a garden. He then escorted one of the sultan's daughters home to Tunis.",
    ], "Leo Africanus");
    expect(lines.some((l) => /^Muhammad Sultan (?:then )?escorted/.test(l))).toBe(false);
    expect(lines.some((l) => /^Leo Africanus (?:then )?escorted one of the sultan's daughters home to _____\. → Tunis/.test(l))).toBe(true);
  });
});

describe("options and wording, 0.9.42", () => {
  it("offers no options for 'By which year …?' or 'more than _____', where a later year or a smaller number is true as well", () => {
    const article = articleFromParagraphs([
      "Vasco da Gama left Lisbon in 1497 and reached India in 1498.",
      "By 1503 Portuguese traders had built a fort at Cochin.",
      "A second fleet sailed in 1510 and a third in 1515.",
      "The Onkalo tunnel was dug more than 400 metres into the bedrock.",
    ], { title: "The spice route" });
    const { questions } = generateQuestions(article, { max: 90 });
    expect(questions.some((q) => /^By which year had Portuguese traders built a fort at Cochin\?/.test(q.prompt))).toBe(true);
    expect(questions.filter((q) => q.type === "MCQ" && (/^By which year\b/.test(q.prompt) || /more than _____/.test(q.prompt)))).toEqual([]);
  });

  it("lowers a sentence's opening adjective the lexicon lacks ('Natural uranium' → 'Why is natural uranium …?')", () => {
    const lines = keptCandidateLines(["Natural rubber is not much use on its own, because it turns sticky in hot weather."]);
    expect(lines.some((l) => /^Why is natural rubber not much use on its own\?/.test(l))).toBe(true);
    expect(lines.some((l) => /\bNatural rubber\b/.test(l) && /^Why/.test(l))).toBe(false);
  });
});

describe("statements and stems the first reading found garbled, 0.9.42", () => {
  it("asks no 'What did X reach <its description>?' or 'What did X tell that …?'", () => {
    const lines = keptCandidateLines([
      "In June 1352 Leo Marsh reached Sijilmasa, the capital of Morocco's southern province, and presented himself to its governor.",
      "On the way home Leo Marsh saw Walata, then a busy market town, and crossed the desert.",
      "Aisha Grant told the Gazette that the library had been her second home.",
    ]);
    expect(lines.some((l) => /^What did Leo Marsh (?:reach|see) (?:the|then)\b/.test(l))).toBe(false);
    expect(lines.some((l) => /^What did Aisha Grant tell that/.test(l))).toBe(false);
    expect(lines.some((l) => /^Aisha Grant told the _____ that the library had been her second home\. → Gazette/.test(l))).toBe(true);
  });

  it("states a fronted place's 'where' clause on its own, and the main clause with the place", () => {
    expect(statementTexts("In Norway, where the winters are long, most houses burn wood.")).toEqual(["In Norway most houses burn wood", "In Norway the winters are long"]);
  });

  it("reads 'this <noun> turns at …' as the clause's verb, and a pronoun after a noun as a clause inside the subject", () => {
    expect([...(sentenceToks("A small pump of this kind turns at 1,500 revolutions per minute.").find((t) => t.text === "turns")?.tags ?? [])]).toContain("Verb");
    expect(statementTexts("Most of the people it serves are over 60 and come from Eastfield, three miles away, after an operation.")).toContain("Most of the people it serves come from Eastfield, three miles away");
  });

  it("keeps a surname's particle ('Ibn', 'da', 'van') when it names a person for short", () => {
    const lines = keptCandidateLines(["Ibn Fadlan was a tenth-century writer from Baghdad.", "In 921 Ibn Fadlan travelled to the Volga. His book was little known in Europe until the twentieth century."], "Ibn Fadlan");
    expect(lines.some((l) => /(?<!Ibn )Fadlan[’']s book/.test(l))).toBe(false);
    expect(lines.some((l) => /Ibn Fadlan[’']s book was little known in _____/.test(l))).toBe(true);
  });

  it("drops a question with a relative word after its verb, a stem that leans on 'of this kind' and an alternative of two", () => {
    const reasons = reasonsIn(["In Britain, where mains electricity alternates 50 times a second, a large turbine of this kind turns at 3,000 revolutions per minute.", "Fenwick is what doctors call a step-down ward."]);
    expect(reasons("In which country does where mains electricity alternate 50 times a second?", "Britain")).toContain("ungrammatical");
    expect(reasons("Which place is what doctors call a step-down ward?", "Fenwick", "SHORT_ANSWER", 1)).toContain("ungrammatical");
    expect(reasons("A large turbine of this kind turns at _____ revolutions per minute.", "3,000", "CLOZE")).toContain("dangling-reference");
    expect(statementTexts("At a transform boundary the plates slide past each other: the rock locks, or, when the strain grows, it slips and the ground shakes.").some((t) => /, or\b/.test(t))).toBe(false);
  });

  it("gaps no generic word for the people a sentence is about ('For many _____, help came too late')", () => {
    const lines = keptCandidateLines([
      "The drought ruined thousands of families across the county.",
      "Many families packed their cars and drove west in 1936.",
      "For many families, help came too late.",
      "On the farms themselves, families stuffed wet rags into the cracks around doors.",
    ]);
    expect(lines.some((l) => /→ families$/.test(l))).toBe(false);
  });

  it("asks no word describing people ('a unit of _____ women' → Black), cuts no stem between two adjectives, and asks 'To which year … go back?'", () => {
    const reasons = reasonsIn(["The West Computing Unit was a unit of Black women mathematicians."], { type: "CLOZE" });
    expect(reasons("The West Computing Unit was a unit of _____ women mathematicians.", "Black", "CLOZE")).toContain("not-worth-asking");
    const lines = keptCandidateLines([
      "On 9 May 1926, people across the Tamar valley were outdoors enjoying the first dry, warm Saturday in weeks, and the fair went ahead.",
      "The Exeter Corn Exchange's origins go back to 1710.",
    ]);
    expect(lines.some((l) => /enjoying the first dry\?/.test(l))).toBe(false);
    expect(lines.some((l) => /^Until which year\b.*go back\?/.test(l))).toBe(false);
    expect(lines.some((l) => /^To which year do the Exeter Corn Exchange[’']s origins go back\? → 1710/.test(l))).toBe(true);
  });

  it("offers no second form of one person's name ('Ms Ashdown' beside 'Councillor Ruth Ashdown')", () => {
    const article = articleFromParagraphs([
      "Councillor Ruth Ashdown, the council's health lead, opened the debate.",
      "Councillor Tom Hadley proposed an amendment to keep ten beds open.",
      "Dr Alan Pryce argued that the council had not consulted the public.",
      "Ms Ashdown said the ward could not be staffed safely.",
      "Joan Whitcombe said the ward had cared for her husband.",
    ], { title: "Ward vote" });
    for (const q of generateQuestions(article, { max: 90 }).questions.filter((x) => x.type === "MCQ" && x.answerType === "person")) {
      const surnames = (q.choices ?? []).map((c) => c.split(/\s+/).pop());
      expect(new Set(surnames).size, JSON.stringify(q.choices)).toBe(surnames.length);
    }
  });
});

describe("causes and purposes the first run never asked, 0.9.42", () => {
  it("asks why of a clause whose verb compromise reads alone as an adjective ('lost', 'left', 'rose')", () => {
    expect(toInfinitive("lost")).toBe("lose");
    expect(toInfinitive("left")).toBe("leave");
    const lines = keptCandidateLines(["The drought lasted eight years.", "Thousands of farmers lost their land because they could not keep up their mortgage payments."]);
    expect(lines.some((l) => /^Why did thousands of farmers lose their land\?/.test(l))).toBe(true);
  });

  it("asks the purpose of a longer 'to …' and of 'a <thing> whose job is to …'", () => {
    const lines = keptCandidateLines([
      "The Forestry Service planted more than 30 million trees in long rows along the river to break the force of the spring floods.",
      "A governor is a device whose job is to keep the engine's speed steady.",
    ]);
    expect(lines.some((l) => /^Why did the Forestry Service plant more than 30 million trees in long rows along the river\? → break the force of the spring floods/.test(l))).toBe(true);
    expect(lines.some((l) => /^What is the job of a governor\? → keep the engine's speed steady/.test(l))).toBe(true);
  });

  it("reads 'which is why' up to a semicolon, and leaves 'the sea' in 'the sea or a large river' as written", () => {
    const lines = keptCandidateLines([
      "Sizewell stands beside the North Sea.",
      "A mill wheel needs a steady flow of water, which is why mills were usually built beside a weir or a fast stream; Sizewell draws its water from the North Sea.",
      "The condenser needs vast amounts of cold water, which is why power stations are usually built beside the sea or a large river.",
    ]);
    expect(lines.some((l) => /^Why were mills usually built beside a weir or a fast stream\?/.test(l))).toBe(true);
    expect(lines.some((l) => /beside the North Sea or a large river/.test(l))).toBe(false);
  });

  it("gives no reason after a description's own clause to the main clause ('stopped at X, a village where …, because …')", () => {
    expect(statementTexts("On the way the caravan stopped at Taghaza, a mining village where the houses were built of blocks of salt, because there was almost nothing else to build with.").some((t) => /stopped at Taghaza because/.test(t))).toBe(false);
  });

  it("keeps a lone surname that a title of rank wears ('Lord Byron') apart from the person named in full with it", () => {
    const a = analyzeArticle(articleFromParagraphs([
      "She was born Augusta Ada Byron on 10 December 1815 in London.",
      "Her father was the poet Lord Byron, and her mother was Anne Isabella Milbanke, usually known as Lady Byron.",
      "Only a few weeks after Ada's birth her parents separated, and in 1816 Byron left England for good.",
    ], { title: "Ada Lovelace" }));
    const lone = a.facts.filter((f) => f.sentenceIndex === 2 && a.entities.get(f.entityId)?.type === "person").map((f) => a.entities.get(f.entityId)!.display);
    expect(lone).toContain("Byron");
    expect(lone).not.toContain("Augusta Ada Byron");
  });

  it("keeps a woman's 'her' after 'left' as her own, and drops a question with a past verb inside its subject", () => {
    const lines = keptCandidateLines(["Dorothy Vaughan was born in Kansas City in 1910.", "In 1932 she married Howard Vaughan, and she soon left her job to raise a family."], "Dorothy Vaughan");
    expect(lines.some((l) => /leave (?:Dorothy Vaughan|Vaughan)[’']s job/.test(l))).toBe(false);
    expect(lines.some((l) => /^Why did Dorothy Vaughan soon leave her job\? → raise a family/.test(l))).toBe(true);
    const reasons = reasonsIn(["The paper mill closed in 1990 and many players left Rowley to find work elsewhere."]);
    expect(reasons("Why did the paper mill closed and many players leave the town?", "find work elsewhere")).toContain("ungrammatical");
  });

  it("drops 'Which region's <things> were …?' and a count of years its stem's own dates give", () => {
    const reasons = reasonsIn(["Ohio's schools were segregated by law until 1887.", "Over some seven years, from 1856 to 1863, the monk grew about 28,000 pea plants."]);
    expect(reasons("Which region’s schools were segregated by law?", "Ohio")).toContain("not-worth-asking");
    expect(reasons("Over some _____ years, from 1856 to 1863, the monk grew about 28,000 pea plants.", "seven", "CLOZE", 1)).toContain("answer-in-stem");
  });

  it("asks no state of a city the stem names ('in Pasadena, _____' → California)", () => {
    const lines = keptCandidateLines(["The Hubble Space Telescope is run from the Goddard Space Flight Center in Greenbelt, Maryland."]);
    expect(lines.some((l) => /Greenbelt, _____\. → Maryland/.test(l))).toBe(false);
    expect(lines.some((l) => /in Greenbelt, Maryland\. → Goddard Space Flight Center/.test(l))).toBe(true);
    expect(lines.some((l) => /in Greenbelt, (?!Maryland)\p{Lu}[\p{L} ]+\. → False/u.test(l))).toBe(false);
  });
});
