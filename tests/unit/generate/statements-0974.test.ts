// Simplifications added in round 0.9.74: key facts held in long sentences whose only candidate was
// the whole sentence (statement-too-long) or no statement at all (answer-not-in-a-statement).
import { describe, expect, it } from "vitest";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a closing '-ing' phrase with a name after its object ('beating the holders, X Club, by …')", () => {
  const sentence = "Hollin Cricket Club won the Tarn Cup on Sunday 6 September, beating the holders, Marsby Cricket Club, by six wickets in a tense final at the Abbey Ground in Welby.";

  it("is the subject's act without the name, run on to the sentence's end", () => {
    expect(statementTexts(sentence)).toContain("Hollin Cricket Club beat the holders by six wickets in a tense final at the Abbey Ground in Welby");
  });

  it("holds the ground for a question", () => {
    expect(keptCandidateLines([sentence], "Hollin win the Tarn Cup")).toContain("Hollin Cricket Club beat the holders by six wickets in a tense final at the _____ in Welby. → Abbey Ground");
  });

  it("is left alone when the name is followed by more of a list", () => {
    const texts = statementTexts("Hollin Cricket Club won the Tarn Cup, beating the holders, Marsby Cricket Club, and the Welby Club in one week.");
    expect(texts.some((t) => /beat the holders/.test(t))).toBe(false);
  });
});

describe("an event's 'which will be held at …' after a verb's preposition", () => {
  const sentence = "As county champions, they qualify for the Northern regional finals, which will be held at the Dale Arena in Harrogate on 9 March, where the top two teams go through.";

  it("is a statement about the event ('the Northern regional finals will be held at …')", () => {
    expect(statementTexts(sentence)).toContain("the Northern regional finals will be held at the Dale Arena in Harrogate on 9 March");
  });

  it("is asked where the event will be held", () => {
    const lines = keptCandidateLines([sentence], "Netball champions");
    expect(lines.some((l) => /^(?:At which arena|Where) will the Northern regional finals be held/.test(l) && /Dale Arena/.test(l))).toBe(true);
  });

  it("is not made of a clause that may be about another noun ('the report of the Northern panel, which was held …')", () => {
    const texts = statementTexts("They read the report of the Northern panel, which was held in Leeds in May.");
    expect(texts.some((t) => /^the Northern panel was held/.test(t))).toBe(false);
  });
});

describe("a named event's ', to be held in … in …' aside", () => {
  it("is a statement of where and when the event will be held", () => {
    const texts = statementTexts("The team has earned a place at the World Schools Chess Festival, to be held in Oslo in May 2027.");
    expect(texts).toContain("the World Schools Chess Festival will be held in Oslo in May 2027");
    expect(texts).toContain("The team has earned a place at the World Schools Chess Festival");
  });
});

describe("a short participle between a subject and its list of verbs ('X, measured by satellite, peaked …, fell … and climbed …')", () => {
  it("is dropped and each verb is a statement of its own", () => {
    const texts = statementTexts("Annual logging in Borneo, measured by satellite, peaked at 21,500 hectares in 2006, fell to 3,200 hectares in 2013 after a ban, and climbed above 9,000 hectares again in 2020.");
    expect(texts).toContain("Annual logging in Borneo peaked at 21,500 hectares in 2006");
    expect(texts).toContain("Annual logging in Borneo fell to 3,200 hectares in 2013 after a ban");
    expect(texts).toContain("Annual logging in Borneo climbed above 9,000 hectares again in 2020");
  });
});

describe("a size and a weight set off after a name ('The Great Stele, about 33 metres long and weighing around 520 tonnes, …')", () => {
  it("is two statements about the named thing, and the clause reads on without them", () => {
    const texts = statementTexts("The Tall Stone, about 21 metres long and weighing around 160 tonnes, probably fell while it was being raised.");
    expect(texts).toContain("The Tall Stone was about 21 metres long");
    expect(texts).toContain("The Tall Stone weighed around 160 tonnes");
    expect(texts).toContain("The Tall Stone probably fell");
  });

  it("is asked how long the thing was", () => {
    const lines = keptCandidateLines(["The Tall Stone, about 21 metres long and weighing around 160 tonnes, probably fell while it was being raised."], "The kingdom of Merin");
    expect(lines).toContain("How long was the Tall Stone? → about 21 metres");
  });
});

describe("a closing 'many of them …' whose list runs past its comma", () => {
  it("goes whole, list and all ('… from more than 600 donors, many of them parents, former pupils and local shopkeepers.')", () => {
    const texts = statementTexts("The appeal raised £18,400 from more than 600 donors, many of them parents, former pupils and local shopkeepers.");
    expect(texts).toContain("The appeal raised £18,400 from more than 600 donors");
  });

  it("stays when a clause follows the list", () => {
    const texts = statementTexts("The appeal raised £18,400 from more than 600 donors, many of them parents, and the council added £5,000.");
    expect(texts).not.toContain("The appeal raised £18,400 from more than 600 donors, many of them parents, and the council added £5,000");
    expect(texts.some((t) => /the council added £5,000/.test(t))).toBe(true);
  });
});

describe("two verb phrases after the same modal (', and must …')", () => {
  const sentence = "Among the most significant, Selcon must set up a £3 million fund to compensate fishermen for lost earnings during construction, and must bury the cable at least two metres beneath the seabed.";

  it("is one statement each, the subject said with both, without the picking-out opener", () => {
    const texts = statementTexts(sentence);
    expect(texts).toContain("Selcon must set up a £3 million fund to compensate fishermen for lost earnings during construction");
    expect(texts).toContain("Selcon must bury the cable at least two metres beneath the seabed");
  });

  it("is not split where the second modal differs", () => {
    const texts = statementTexts("Selcon must set up a £3 million fund for fishermen, and will bury the cable two metres beneath the seabed.");
    expect(texts).not.toContain("Selcon must bury the cable two metres beneath the seabed");
  });
});
