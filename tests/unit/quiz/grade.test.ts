import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  acceptedForms,
  acronymOf,
  gradeResponse,
  isOfferedChoice,
  normaliseAnswer,
  surnameForms,
  typoTolerance,
  type GradableQuestion,
  type Verdict,
} from "@/lib/quiz";
import { QUESTION_TYPES } from "@/lib/domain/types";

function typed(answer: string, answerType = "term", acceptedAnswers: string[] = []): GradableQuestion {
  return { type: "SHORT_ANSWER", answer, acceptedAnswers, answerType };
}

describe("normaliseAnswer: forms that must fold together", () => {
  const same: Array<[string, string, string]> = [
    ["case", "BAGHDAD", "baghdad"],
    ["accents", "Zürich", "Zurich"],
    ["accents (composed vs decomposed)", "Caf\u00e9", "Cafe\u0301"],
    ["ß", "Straße", "strasse"],
    ["curly apostrophe possessive", "Iraq’s", "Iraq"],
    ["straight apostrophe possessive", "Iraq's", "iraq"],
    ["plural possessive", "forces'", "forces"],
    ["apostrophe inside a name", "O’Brien", "OBrien"],
    ["transliteration's half ring (ʿayn)", "Dʿmt", "D'mt"],
    ["transliteration's half ring, left out", "Dʿmt", "Dmt"],
    ["ʻokina", "Hawaiʻi", "Hawaii"],
    ["curly double quotes", "“understanding and dialogue”", "understanding and dialogue"],
    ["hyphen → space", "al-Sudani", "al Sudani"],
    ["en/em dash → space", "Iran–Iraq war", "Iran Iraq war"],
    ["punctuation", "Baghdad!", "Baghdad"],
    ["whitespace", "  Kataeb   Hezbollah\t", "Kataeb Hezbollah"],
    ["leading the", "The Pentagon", "Pentagon"],
    ["leading a", "a militia", "militia"],
    ["leading an", "an invasion", "invasion"],
    ["leading the before a number", "the 2003 invasion", "2003 invasion"],
    ["dotted acronym", "U.S.", "US"],
    ["dotted acronym, no final dot", "U.S.A", "usa"],
    ["ampersand", "Trade & Industry", "trade and industry"],
    ["thousands comma", "2,500", "2500"],
    ["thousands space", "2 500", "2500"],
    ["thousands no-break space", "2\u00a0500", "2500"],
    ["millions", "1,000,000", "1000000"],
    ["number words", "two thousand five hundred", "2500"],
    ["number words with and", "one hundred and five", "105"],
    ["'a' as one", "a thousand", "1,000"],
    ["'a hundred' inside a phrase", "about a hundred troops", "about 100 troops"],
    ["scale word after digits", "2.5 million", "2,500,000"],
    ["decimal trailing zero", "2.50", "2.5"],
    ["small number word", "five", "5"],
    ["teen", "seventeen", "17"],
    ["twenty", "twenty", "20"],
    ["compound tens", "twenty-one", "21"],
    ["compound tens, spaced", "ninety nine", "99"],
    ["zero", "zero", "0"],
    ["ordinal 1st", "1st", "first"],
    ["ordinal 2nd", "2nd", "second"],
    ["ordinal 3rd", "3rd", "third"],
    ["ordinal 5th", "5th", "fifth"],
    ["ordinal 12th", "12th", "twelfth"],
    ["ordinal 20th", "20th", "twentieth"],
    ["ordinal 21st", "21st", "twenty-first"],
    ["ordinal 22nd", "22nd", "twenty second"],
    ["ordinal 31st", "31st", "thirty-first"],
    ["ordinal 100th", "100th", "hundredth"],
    ["ordinal in a phrase", "the Fifth Fleet", "5th fleet"],
    ["ordinal + the", "the twenty-first century", "21st century"],
    ["percent sign", "5%", "5 percent"],
    ["per cent", "five per cent", "5 percent"],
    ["date day-month-year", "5 March 2004", "March 5, 2004"],
    ["date with ordinal day", "March 5th, 2004", "5th of March 2004"],
    ["date ISO", "2004-03-05", "5 March 2004"],
    ["date abbreviated month", "5 Mar 2004", "March 5 2004"],
    ["day and month", "January 5", "5th January"],
    ["British/American spelling", "Mobilisation", "mobilization"],
  ];
  it.each(same)("%s: %j = %j", (_why, a, b) => {
    expect(normaliseAnswer(a)).toBe(normaliseAnswer(b));
    expect(normaliseAnswer(a)).not.toBe("");
  });

  const different: Array<[string, string, string]> = [
    ["different year", "2003", "2004"],
    ["different number", "2,500", "2,600"],
    ["cardinal vs ordinal", "5", "5th"],
    ["ordinal vs ordinal", "21st", "twenty-second"],
    ["number words in sequence are not summed", "five six", "11"],
    ["decimal point is not a thousands separator", "2.500", "2500"],
    ["different date", "5 March 2004", "6 March 2004"],
    ["date with and without year", "March 5, 2004", "March 5"],
    ["a year is not glued onto the next number", "2003 500", "2003500"],
    ["inner articles are kept", "Bank of the West", "Bank of West"],
    ["'a' before a number is not an article", "A-10", "10"],
  ];
  it.each(different)("%s: %j ≠ %j", (_why, a, b) => {
    expect(normaliseAnswer(a)).not.toBe(normaliseAnswer(b));
  });

  it("keeps a lone article and empties pure punctuation", () => {
    expect(normaliseAnswer("A")).toBe("a");
    expect(normaliseAnswer("?!…")).toBe("");
    expect(normaliseAnswer("   ")).toBe("");
  });
});

describe("accepted forms derived from the answer", () => {
  it.each([
    ["Mohammed Shia al-Sudani", ["al-Sudani", "Sudani"]],
    ["Vincent van Gogh", ["van Gogh", "Gogh"]],
    ["Martin Luther King Jr.", ["King"]],
    ["Joe Biden", ["Biden"]],
    ["Plato", []],
    ["al-Sudani", ["Sudani"]],
  ])("surname of %j", (name, expected) => {
    expect(surnameForms(name)).toEqual(expected);
  });

  it.each([
    ["Popular Mobilization Forces", "PMF"],
    ["Islamic Resistance in Iraq", "IRI"],
    ["Organization of the Petroleum Exporting Countries", "OPEC"],
    ["Iraqi security forces", undefined],
    ["Pentagon", undefined],
  ])("acronym of %j", (name, expected) => {
    expect(acronymOf(name)).toBe(expected);
  });

  it("adds surname only for people and acronym only for organisations", () => {
    expect(acceptedForms(typed("Mohammed Shia al-Sudani", "person"))).toEqual(["Mohammed Shia al-Sudani", "al-Sudani", "Sudani"]);
    expect(acceptedForms(typed("Popular Mobilization Forces", "organization"))).toEqual(["Popular Mobilization Forces", "PMF"]);
    expect(acceptedForms(typed("Popular Mobilization Forces", "term"))).toEqual(["Popular Mobilization Forces"]);
    expect(acceptedForms(typed("Joe Biden", "term"))).toEqual(["Joe Biden"]);
  });

  it("does not repeat a form already listed (by normalised value)", () => {
    expect(acceptedForms(typed("Popular Mobilization Forces", "organization", ["P.M.F."]))).toEqual([
      "Popular Mobilization Forces",
      "P.M.F.",
    ]);
    expect(acceptedForms(typed("2,500", "count", ["2500"]))).toEqual(["2,500"]);
  });

  it("splits 'Name (ABBR)' and accepts the bare number of a count", () => {
    expect(acceptedForms(typed("Popular Mobilization Forces (PMF)", "organization"))).toEqual([
      "Popular Mobilization Forces (PMF)",
      "Popular Mobilization Forces",
      "PMF",
    ]);
    expect(acceptedForms(typed("2,500 troops", "count"))).toEqual(["2,500 troops", "2500"]);
    // a bracketed remark is not an alias
    expect(acceptedForms(typed("2,500 (approximately)", "count"))).toEqual(["2,500 (approximately)", "2,500"]);
    expect(gradeResponse(typed("Baghdad (the capital)", "city"), "the capital").verdict).toBe("wrong");
  });
});

describe("typo tolerance", () => {
  it.each([
    ["iraq", 0],
    ["basra", 1],
    ["baghdad", 1],
    ["pentagon", 1],
    ["hezbollah", 2],
    ["mohammed shia al sudani", 2],
    ["2004", 0],
    ["5th fleet", 0],
    ["2004-03-05", 0],
  ])("%j allows %i edits", (form, edits) => {
    expect(typoTolerance(form)).toBe(edits);
  });

  it("is zero for numeric answer types whatever the text", () => {
    expect(typoTolerance("twentyfive", "count")).toBe(0);
    expect(typoTolerance("march", "date")).toBe(0);
  });
});

describe("gradeResponse: typed answers", () => {
  const sudani = typed("Mohammed Shia al-Sudani", "person");
  const pmf = typed("Popular Mobilization Forces", "organization");
  const year = typed("2003", "year");
  const troops = typed("2,500", "count");
  const date = typed("January 5, 2024", "date");
  const isf = typed("Iraqi security forces", "organization");
  const baghdad = typed("Baghdad", "city");
  const hezbollah = typed("Kataeb Hezbollah", "organization");
  const ordinal = typed("twenty-first", "ordinal");
  const pentagon = typed("the Pentagon", "organization");

  const table: Array<[string, GradableQuestion, string, Verdict]> = [
    // correct
    ["full name", sudani, "Mohammed Shia al-Sudani", "correct"],
    ["surname with particle", sudani, "al-Sudani", "correct"],
    ["surname without particle", sudani, "Sudani", "correct"],
    ["surname, capitalised particle, curly quote possessive", sudani, "Al-Sudani’s", "correct"],
    ["surname, particle spaced", sudani, "al Sudani", "correct"],
    ["surname, particle joined", sudani, "alsudani", "correct"],
    ["acronym", pmf, "PMF", "correct"],
    ["acronym with dots", pmf, "p.m.f.", "correct"],
    ["with the", pmf, "the Popular Mobilization Forces", "correct"],
    ["British spelling", pmf, "Popular Mobilisation Forces", "correct"],
    ["year", year, " 2003 ", "correct"],
    ["number without comma", troops, "2500", "correct"],
    ["number with space", troops, "2 500", "correct"],
    ["number in words", troops, "two thousand five hundred", "correct"],
    ["date reordered", date, "5 January 2024", "correct"],
    ["date with ordinal", date, "January 5th, 2024", "correct"],
    ["ordinal as digits", ordinal, "21st", "correct"],
    ["article dropped", pentagon, "Pentagon", "correct"],
    ["case", baghdad, "BAGHDAD", "correct"],
    // close: one edit for 5–8 letters, two from 9
    ["one typo in a 7-letter answer", baghdad, "Bagdad", "close"],
    ["one typo in a surname", sudani, "Sudany", "close"],
    ["one typo in the long word of a two-word name", typed("Jim Rossiter", "person"), "Jim Rositer", "close"],
    ["two typos in a 15-letter answer", hezbollah, "Kataib Hizbollah", "close"],
    ["transposition in an organisation", pmf, "Popular Mobilization Froces", "close"],
    // wrong
    ["two typos in a 7-letter answer", baghdad, "Bagdaad x", "wrong"],
    ["different year", year, "2004", "wrong"],
    ["different year, one digit", year, "2008", "wrong"],
    ["different number", troops, "2,600", "wrong"],
    ["different number, one digit off", troops, "2501", "wrong"],
    ["different number in words", troops, "two thousand six hundred", "wrong"],
    ["different day", date, "January 6, 2024", "wrong"],
    ["different ordinal", ordinal, "twenty-second", "wrong"],
    ["different person, same surname length", sudani, "al-Maliki", "wrong"],
    ["different person, same surname length, no particle", sudani, "Allawi", "wrong"],
    ["first name only", sudani, "Mohammed", "wrong"],
    ["different person, one letter off in a short surname", typed("Jim Ross", "person"), "Jim Rose", "wrong"],
    ["different surname alone, one letter off, under 5 letters", typed("Jim Ross", "person"), "Rose", "wrong"],
    ["prefix of a longer answer", isf, "Iraq", "wrong"],
    ["first word of a longer answer", isf, "Iraqi", "wrong"],
    ["first words of a longer answer", hezbollah, "Kataeb", "wrong"],
    ["acronym of a lower-case name is not derived", isf, "ISF", "wrong"],
    ["empty", baghdad, "", "wrong"],
    ["blank", baghdad, "   \n", "wrong"],
    ["punctuation only", baghdad, "...", "wrong"],
    ["article only", pentagon, "the", "wrong"],
    ["short answer: no tolerance under 5 letters", typed("Iran", "country"), "Iraq", "wrong"],
    ["answer in a longer response", baghdad, "Baghdad and Basra", "wrong"],
  ];

  it.each(table)("%s: %j ← %j → %s", (_why, question, response, verdict) => {
    const result = gradeResponse(question, response);
    expect(result.verdict).toBe(verdict);
    expect(result.correct).toBe(verdict === "correct");
    if (verdict === "wrong") expect(result.matched).toBeUndefined();
    else expect(acceptedForms(question)).toContain(result.matched);
  });

  it("grades a place in a ranking as a number: 'second-largest' is '2nd largest', exact or wrong", () => {
    const q = typed("second-largest", "rank");
    expect(gradeResponse(q, "2nd largest").verdict).toBe("correct");
    expect(gradeResponse(q, "second largest").verdict).toBe("correct");
    expect(gradeResponse(q, "second-larxest").verdict).toBe("wrong");
    expect(gradeResponse(q, "third-largest").verdict).toBe("wrong");
  });

  it("CLOZE is graded like SHORT_ANSWER", () => {
    const cloze: GradableQuestion = { type: "CLOZE", answer: "Baghdad", acceptedAnswers: [], answerType: "city" };
    expect(gradeResponse(cloze, "baghdad").verdict).toBe("correct");
    expect(gradeResponse(cloze, "Bagdad").verdict).toBe("close");
    expect(gradeResponse(cloze, "Basra").verdict).toBe("wrong");
  });

  it("accepts listed accepted answers", () => {
    const q = typed("Kataeb Hezbollah", "organization", ["Kata'ib Hizballah", "KH"]);
    expect(gradeResponse(q, "KH")).toEqual({ verdict: "correct", correct: true, matched: "KH" });
    expect(gradeResponse(q, "kataib hizballah").matched).toBe("Kata'ib Hizballah");
  });
});

describe("gradeResponse: options", () => {
  const mcq: GradableQuestion = {
    type: "MCQ",
    answer: "Baghdad",
    acceptedAnswers: ["Bagdad"],
    choices: ["Basra", "Baghdad", "Mosul", "Erbil"],
    answerType: "city",
  };
  const tf: GradableQuestion = { type: "TRUE_FALSE", answer: "False", acceptedAnswers: [], choices: ["True", "False"], answerType: "statement" };

  it.each([
    [mcq, "Baghdad", "correct"],
    [mcq, "  baghdad ", "correct"],
    [mcq, "Basra", "wrong"],
    [mcq, "Bagdad", "wrong"], // a picked option is exact: no typo tolerance, no aliases
    [mcq, "the Baghdad", "wrong"],
    [mcq, "", "wrong"],
    [tf, "False", "correct"],
    [tf, "false", "correct"],
    [tf, " FALSE ", "correct"],
    [tf, "True", "wrong"],
    [tf, "f", "wrong"],
    [tf, "no", "wrong"],
  ] as Array<[GradableQuestion, string, Verdict]>)("%#: %j", (question, response, verdict) => {
    expect(gradeResponse(question, response).verdict).toBe(verdict);
  });
});

describe("isOfferedChoice", () => {
  it("recognises the options of MCQ and TRUE_FALSE and lets typed answers through", () => {
    const mcq = { type: "MCQ" as const, choices: ["Basra", "Baghdad"] };
    expect(isOfferedChoice(mcq, " basra ")).toBe(true);
    expect(isOfferedChoice(mcq, "Mosul")).toBe(false);
    expect(isOfferedChoice({ type: "TRUE_FALSE" }, "false")).toBe(true);
    expect(isOfferedChoice({ type: "TRUE_FALSE" }, "maybe")).toBe(false);
    expect(isOfferedChoice({ type: "MCQ" }, "Basra")).toBe(false);
    expect(isOfferedChoice({ type: "CLOZE" }, "anything")).toBe(true);
  });
});

describe("gradeResponse: properties", () => {
  const answerTypes = ["person", "organization", "country", "city", "year", "date", "count", "term", ""];
  const questionArb = fc.record({
    type: fc.constantFrom(...QUESTION_TYPES),
    answer: fc.string({ maxLength: 40 }),
    acceptedAnswers: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    choices: fc.option(fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), { nil: undefined }),
    answerType: fc.constantFrom(...answerTypes),
  });
  const textArb = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.constantFrom("2,500", "twenty-first", "al-Sudani", "the", "5 March 2004", "U.S.", "’s", "\u0000", "ß", "İ"),
  );

  it("never throws and always returns one of the three verdicts", () => {
    fc.assert(
      fc.property(questionArb, textArb, (question, response) => {
        const result = gradeResponse(question, response);
        expect(["correct", "close", "wrong"]).toContain(result.verdict);
        expect(result.correct).toBe(result.verdict === "correct");
      }),
      { numRuns: 2000 },
    );
  });

  it("an exact accepted answer is always correct", () => {
    fc.assert(
      fc.property(questionArb, fc.nat(), (question, pick) => {
        const typedQuestion = { ...question, type: pick % 2 === 0 ? ("CLOZE" as const) : ("SHORT_ANSWER" as const) };
        const listed = [typedQuestion.answer, ...typedQuestion.acceptedAnswers].filter((a) => normaliseAnswer(a) !== "");
        fc.pre(listed.length > 0);
        const form = listed[pick % listed.length];
        expect(gradeResponse(typedQuestion, form).verdict).toBe("correct");
      }),
      { numRuns: 2000 },
    );
  });

  it("every derived form is correct too", () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const q = { ...question, type: "SHORT_ANSWER" as const };
        for (const form of acceptedForms(q)) expect(gradeResponse(q, form).correct).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("the MCQ answer text is always correct, any other option is wrong", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""), {
        minLength: 2,
        maxLength: 4,
        selector: (s) => s.trim().replace(/\s+/g, " ").toLowerCase(),
      }), (choices) => {
        const q: GradableQuestion = { type: "MCQ", answer: choices[0], acceptedAnswers: [], choices, answerType: "term" };
        expect(gradeResponse(q, choices[0]).correct).toBe(true);
        for (const other of choices.slice(1)) expect(gradeResponse(q, other).verdict).toBe("wrong");
      }),
    );
  });

  it("a year never matches another year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1000, max: 2999 }), (a, b) => {
        fc.pre(a !== b);
        expect(gradeResponse(typed(String(a), "year"), String(b)).verdict).toBe("wrong");
        expect(gradeResponse(typed(String(a), "term"), String(b)).verdict).toBe("wrong");
      }),
    );
  });

  it("a number never matches another number, however it is written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        fc.pre(a !== b);
        const q = typed(a.toLocaleString("en-US"), "count");
        expect(gradeResponse(q, String(b)).verdict).toBe("wrong");
        expect(gradeResponse(q, b.toLocaleString("en-US")).verdict).toBe("wrong");
        expect(gradeResponse(q, String(a)).verdict).toBe("correct");
      }),
    );
  });
});

describe("negative numbers keep their sign", () => {
  it("-18 is not 18, and the minus can be written as −, – or the word", async () => {
    const { normaliseAnswer } = await import("@/lib/domain/answer");
    expect(normaliseAnswer("-18")).not.toBe(normaliseAnswer("18"));
    expect(normaliseAnswer("−18")).toBe(normaliseAnswer("-18"));
    expect(normaliseAnswer("– 18")).toBe(normaliseAnswer("-18"));
    expect(normaliseAnswer("minus 18")).toBe(normaliseAnswer("-18"));
    expect(normaliseAnswer("-18 °C")).toBe(normaliseAnswer("minus 18 °C"));
    // a dash between numbers or inside a name is still a hyphen
    expect(normaliseAnswer("1914-1918")).toBe(normaliseAnswer("1914 1918"));
    expect(normaliseAnswer("A-10")).toBe(normaliseAnswer("A 10"));
  });
});

describe("a right answer in the frame a learner puts round it (readers' rule 7, 0.9.78)", () => {
  it("takes a year, a date or a place after the preposition the question implies", () => {
    expect(gradeResponse(typed("1997", "year"), "in 1997").verdict).toBe("correct");
    expect(gradeResponse(typed("October 2022", "date"), "in October 2022").verdict).toBe("correct");
    expect(gradeResponse(typed("5 June 1977", "date"), "On 5 June 1977").verdict).toBe("correct");
    expect(gradeResponse(typed("Kew", "place"), "at Kew").verdict).toBe("correct");
    // The frame alone, a wrong year in it, or a preposition before a thing that is no time or place.
    expect(gradeResponse(typed("1997", "year"), "in").verdict).toBe("wrong");
    expect(gradeResponse(typed("1997", "year"), "in 1998").verdict).toBe("wrong");
    expect(gradeResponse(typed("inflation", "term"), "in inflation").verdict).toBe("wrong");
  });

  it("takes a person's name after their titles ('Councillor Ruth Ashdown', 'Doctor Pryce')", () => {
    const ashdown = typed("Ruth Ashdown", "person", ["Ashdown", "Ms Ashdown"]);
    expect(gradeResponse(ashdown, "Councillor Ruth Ashdown").verdict).toBe("correct");
    expect(gradeResponse(ashdown, "Cllr. Ashdown").verdict).toBe("correct");
    expect(gradeResponse(typed("Dr Pryce", "person", ["Alan Pryce", "Pryce"]), "Doctor Pryce").verdict).toBe("correct");
    expect(gradeResponse(typed("Archduke Franz Ferdinand", "person", ["Franz Ferdinand", "Ferdinand"]), "Archduke Ferdinand").verdict).toBe("correct");
    expect(gradeResponse(ashdown, "Councillor").verdict).toBe("wrong");
    expect(gradeResponse(ashdown, "Councillor Ruth Marsh").verdict).toBe("wrong");
    // Not for things: "King's Cross" is no "Cross".
    expect(gradeResponse(typed("Cross", "place"), "King Cross").verdict).toBe("wrong");
  });

  it("takes a count with the thing counted, without what describes it ('612 fish' for '612 dead fish')", () => {
    const fish = typed("612", "count", ["612 dead fish"]);
    expect(acceptedForms(fish)).toContain("612 fish");
    expect(gradeResponse(fish, "612 fish").verdict).toBe("correct");
    expect(gradeResponse(fish, "613 fish").verdict).toBe("wrong");
  });
});

describe("a temperature typed without the degree sign (readers' rule 7, 0.9.79)", () => {
  it("takes '1500C', '1500 degrees' and '1,500 degrees Celsius' for 1,500°C, and no other number", () => {
    const hot = typed("1,500°C", "quantity");
    for (const said of ["1500C", "1,500 °C", "1500 degrees", "1,500 degrees Celsius", "1500 degrees C", "1500°"]) expect(gradeResponse(hot, said).verdict, said).toBe("correct");
    expect(gradeResponse(hot, "1400 degrees").verdict).not.toBe("correct");
    expect(gradeResponse(hot, "1500 degrees Fahrenheit").verdict).not.toBe("correct");
    expect(gradeResponse(typed("about 120 °C", "quantity"), "120 degrees Celsius").verdict).toBe("correct");
  });
});
