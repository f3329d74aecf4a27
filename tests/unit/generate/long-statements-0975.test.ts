// Simplifications for round 0.9.75: key facts whose only statement was a whole long sentence
// (statement-too-long) — a closing result participle, a closing summary phrase, a gapped second
// figure and an announced fact each give a short statement beside the whole.
import { describe, expect, it } from "vitest";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a closing result participle (', making it …', ', leaving …')", () => {
  const sentence = "Around 270 CE, under King Endubis, Veldara began to issue its own coins in gold, silver and bronze, making it one of very few ancient states to do so.";

  it("gives the clause without it, still true", () => {
    expect(statementTexts(sentence)).toContain("Around 270 CE, Veldara began to issue its own coins in gold, silver and bronze");
  });

  it("is asked as a short cloze", () => {
    expect(keptCandidateLines([sentence])).toContain("Around _____, Veldara began to issue its own coins in gold, silver and bronze. → 270 CE");
  });

  it("is not cut from a short statement", () => {
    expect(statementTexts("The river rose fast, leaving the town cut off.")).toEqual(["The river rose fast, leaving the town cut off"]);
  });
});

describe("a closing phrase that sums up the clause (', the first step of …', ', a campaign …')", () => {
  it("gives the clause without it", () => {
    const texts = statementTexts("On 5 June 1977, Amara Lenu and her supporters planted seven trees in a Korvath park, the first step of what became the Green Ring Movement.");
    expect(texts).toContain("On 5 June 1977, Amara Lenu and her supporters planted seven trees in a Korvath park");
  });

  it("keeps a gloss of the last noun with it ('rheumatoid arthritis, a painful disease that …')", () => {
    const texts = statementTexts("In 1934 she noticed the first signs of rheumatoid arthritis, a painful disease that would swell and twist her hands and feet.");
    expect(texts.some((t) => /arthritis$/.test(t))).toBe(false);
  });

  it("is not cut where the comma closes an aside inside a list ('fables and, during the battle, the bodies …')", () => {
    const texts = statementTexts("The borders above and below the main scenes are crowded with animals, mythical beasts, scenes from fables and, during the battle, the bodies of fallen soldiers.");
    expect(texts.some((t) => /battle$/.test(t))).toBe(false);
  });
});

describe("a second figure whose verb group the first clause gave it (', and the remaining £2.5 million from …')", () => {
  const sentence = "Of the £14.2 million cost, £11.7 million will come from council borrowing, to be repaid over 40 years, and the remaining £2.5 million from a grant by Sport Wessex.";

  it("gives each half as a statement, the second with the shared verb group and fronted phrase", () => {
    const texts = statementTexts(sentence);
    expect(texts).toContain("Of the £14.2 million cost, £11.7 million will come from council borrowing, to be repaid over 40 years");
    expect(texts).toContain("Of the £14.2 million cost, £2.5 million will come from a grant by Sport Wessex");
  });

  it("is asked in short clozes", () => {
    const lines = keptCandidateLines([sentence]);
    expect(lines).toContain("Of the £14.2 million cost, _____ will come from council borrowing, to be repaid over 40 years. → £11.7 million");
  });

  it("needs the same preposition after the shared verb ('will come from … and the rest to …' is no gap)", () => {
    const texts = statementTexts("Of the £14.2 million cost, £11.7 million will come from council borrowing, to be repaid over 40 years, and the remaining £2.5 million to the new pool.");
    expect(texts.some((t) => /£2\.5 million will/.test(t))).toBe(false);
  });

  it("needs a figure on both sides", () => {
    const texts = statementTexts("Most of the money will come from council borrowing over many years, and the rest from a grant by Sport Wessex.");
    expect(texts.some((t) => /rest will come/.test(t))).toBe(false);
  });
});

describe("what a body announced or confirmed as done ('announced that she had won …')", () => {
  it("is a statement of its own, a quoted ground after it cut away", () => {
    const texts = statementTexts("On 8 October 2004 the Norwegian Nobel Committee announced that Amara Lenu had won the Nobel Peace Prize \"for her contribution to sustainable development, democracy and peace\".");
    expect(texts).toContain("Amara Lenu won the Nobel Peace Prize");
  });

  it("is not a plan, a forecast or a negation", () => {
    expect(statementTexts("The Harbour Board confirmed that the bridge over the river would reopen in May.").some((t) => /^the bridge/.test(t))).toBe(false);
    expect(statementTexts("The Harbour Board announced that no ferries had sailed from the island since Friday.").some((t) => /^no ferries/.test(t))).toBe(false);
  });

  it("is not what someone said or argued", () => {
    expect(statementTexts("Her chair, Margaret Lyle, said the group had collected more than 3,000 signatures on a petition.").some((t) => /^the group had/.test(t))).toBe(false);
  });
});

describe("a purpose told as a hope or an attempt ('in the hope that …')", () => {
  it("gives the act without it", () => {
    const texts = statementTexts("She also carried the campaign abroad, making lecture tours of Norland in 1893 and 1894 in the hope that Norlandic criticism would shame the leaders into action.");
    expect(texts).toContain("She made lecture tours of Norland in 1893 and 1894");
  });
});

describe("what a thing is 'not … but …'", () => {
  it("is what it is, the second half alone", () => {
    expect(statementTexts("The Coral Shelf is not really a single reef at all but a vast patchwork of some 2,900 individual reefs and about 900 islands, spread over a huge area.")).toContain("The Coral Shelf is a vast patchwork of some 2,900 individual reefs and about 900 islands");
  });

  it("is asked from the short statement", () => {
    expect(keptCandidateLines(["The Coral Shelf is not really a single reef at all but a vast patchwork of some 2,900 individual reefs and about 900 islands."])).toContain("The Coral Shelf is a vast patchwork of some _____ individual reefs and about 900 islands. → 2,900");
  });

  it("is not made of an elliptical superlative ('not the deepest … but the oldest')", () => {
    expect(statementTexts("The lake is not the deepest in the world but the oldest.").some((t) => /^The lake is the oldest$/.test(t))).toBe(false);
  });

  it("is not made where the denial is only for now ('was not yet a machine but a person')", () => {
    expect(statementTexts("At the laboratory a computer was not yet a machine but a person who did sums by hand.").some((t) => /computer was a person/.test(t))).toBe(false);
  });
});

describe("a change told from one figure to another (', from around 42 per cent … to about 2 per cent')", () => {
  const sentence = "By the end of the war the death rate at the hospital had fallen sharply, from around 42 per cent of patients in February 1855 to about 2 per cent by June.";

  it("gives the change to the second figure alone", () => {
    expect(statementTexts(sentence)).toContain("By the end of the war the death rate at the hospital had fallen sharply to about 2 per cent by June");
  });

  it("is not made without a figure on each side, nor from a short statement", () => {
    expect(statementTexts("The number of visitors rose from 20,000 in 2010 to 45,000 in 2020.")).toEqual(["The number of visitors rose from 20,000 in 2010 to 45,000 in 2020"]);
    expect(statementTexts("By the end of the long war the road to the old hospital had fallen sharply from the ridge above the river to the valley floor.").some((t) => /sharply to the valley/.test(t))).toBe(false);
  });
});
