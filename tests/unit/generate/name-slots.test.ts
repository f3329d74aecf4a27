// Named-thing answers (issue 10, distractor slice): a whole facility or place name followed by
// where it is, or a titled person "of" a country, is no name cut short; the whole name is the answer.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

function explain(paragraphs: string[], title = "A history") {
  const article = articleFromParagraphs(paragraphs, { title, slug: "name-slots" });
  return generateQuestions(article, { explain: true, max: 40 }).candidates ?? [];
}

describe("whole names before a place", () => {
  it("keeps a facility named in full before 'in <town>' as the whole answer", () => {
    const cands = explain([
      "In May 1921 the surveyors gathered at the Grand Harbour Hospital in Valletta, Malta, to sign the report.",
      "The survey took three years.",
    ]);
    const gap = cands.filter((c) => c.type === "CLOZE" && c.answer === "Grand Harbour Hospital");
    expect(gap.length).toBeGreaterThan(0);
    for (const c of gap) expect(c.reasons).not.toContain("truncated-name");
  });

  it("keeps a titled ruler before 'of <country>' as the whole answer", () => {
    const cands = explain(["King Sigurd II of Norway seized the fortress of Akershus in 1240.", "The siege lasted a winter."]);
    const gap = cands.filter((c) => c.type === "CLOZE" && /Sigurd/.test(c.answer));
    expect(gap.length).toBeGreaterThan(0);
    for (const c of gap) expect(c.reasons).not.toContain("truncated-name");
  });

  it("still calls a gap cut from 'the Bank of …' a truncated name", () => {
    const cands = explain(["The Royal Bank of Scotland opened a branch in Glasgow in 1783.", "It grew quickly."]);
    // Whatever the tagger makes of the name, no usable gap holds only its first half.
    expect(cands.filter((c) => c.reasons.length === 0 && c.answer === "Royal Bank")).toEqual([]);
  });
});

// ---------------------------------------------------------------- named things with a head noun

import { analyzeArticle, createRandom, pickDistractors } from "../../../lib/generate";
import { headNoun } from "../../../lib/generate/distractor-pools";
import { LANDMARKS } from "../../../lib/generate/gazetteer";

/** Distractors for `answer` as it stands in `sentence` (the sentence with a gap is the stem). */
function optionsFor(paragraphs: string[], answer: string, seeds = 6, inSentence?: number): string[][] {
  const article = articleFromParagraphs(paragraphs, { title: "Notes", slug: "named-things" });
  const analysis = analyzeArticle(article);
  const entity = [...analysis.entities.values()].find((e) => e.display === answer);
  if (!entity) throw new Error(`no entity ${answer}: ${[...analysis.entities.values()].map((e) => `${e.display}/${e.type}`).join(", ")}`);
  const fact = analysis.facts.find((f) => f.entityId === entity.id && (inSentence === undefined || f.sentenceIndex === inSentence))!;
  const sentence = analysis.sentences.find((s) => s.index === fact.sentenceIndex)!.text;
  const stem = sentence.slice(0, fact.start) + "_____" + sentence.slice(fact.end);
  const out: string[][] = [];
  for (let s = 1; s <= seeds; s++) out.push(pickDistractors(fact, entity, answer, { analysis, corpus: [], stem, random: createRandom(s), avoid: [sentence] }));
  return out;
}

describe("distractors for a named thing of a kind", () => {
  it("reads the kind from the name's last noun, and finds none in a bare name", () => {
    expect(headNoun("the Kariba Dam")).toBe("Dam");
    expect(headNoun("Eurasian Plate")).toBe("Plate");
    expect(headNoun("the Okavango")).toBeUndefined();
    expect(headNoun("Mountain View")).toBeUndefined();
  });

  it("offers dams for a dam, on the answer's continent", () => {
    const asia = new Set(LANDMARKS.filter((l) => l.head === "Dam" && l.region === "Asia").map((l) => l.name));
    for (const options of optionsFor(["In 1994 China began building the Three Gorges Dam on the Yangtze.", "Millions of people moved."], "Three Gorges Dam")) {
      expect(options).toHaveLength(3);
      for (const o of options) expect(asia.has(o)).toBe(true);
    }
  });

  it("takes the article's own things of the same kind first", () => {
    const text = [
      "The Nazca Plate sinks beneath the South American Plate along the coast of Chile.",
      "Further north the Cocos Plate meets the Caribbean Plate.",
      "Earthquakes are common on both margins.",
    ];
    for (const options of optionsFor(text, "Nazca Plate")) {
      expect(options).toEqual(expect.arrayContaining(["Cocos Plate", "Caribbean Plate"]));
      for (const o of options) expect(o).toMatch(/ Plate$/);
    }
  });

  it("never offers another name the article gives the same thing", () => {
    const text = ["The Aldmoor Dam was renamed the Queen Margaret Dam in 1950.", "The Aldmoor Dam holds back the Brede in southern England."];
    for (const options of optionsFor(text, "Aldmoor Dam")) expect(options).not.toContain("Queen Margaret Dam");
  });

  it("keeps options in the state the stem names ('the _____ in California')", () => {
    for (const options of optionsFor(["The Hayward Fault in California crosses the campus stadium.", "It moves a few millimetres a year."], "Hayward Fault")) {
      expect(options.length).toBeGreaterThan(0);
      for (const o of options) expect(LANDMARKS.find((l) => l.name === o)?.within).toBe("California");
    }
  });

  it("has no options for a name without a kind (so the fact is asked as a typed answer)", () => {
    for (const options of optionsFor(["In the dry season the river spreads into the Okavango, a vast inland delta.", "Elephants gather there."], "Okavango")) expect(options).toEqual([]);
  });
});

import { readSlot } from "../../../lib/generate/stem-slot";

describe("what the stem rules out", () => {
  it("offers only people who held the title after 'President _____'", () => {
    const text = ["President Alvaro Ruiz announced the reform in 1998.", "The economist Marta Lind opposed it in 1998.", "The banker Joel Hart agreed in 1998."];
    for (const options of optionsFor(text, "Alvaro Ruiz")) {
      expect(options).not.toContain("Marta Lind");
      expect(options).not.toContain("Joel Hart");
    }
  });

  it("reads the country a wh-question puts its place in", () => {
    expect(readSlot("To which city did the league move its final in the United Kingdom?").container).toBe("GBR");
    expect(readSlot("In which city did the league hold its final?").container).toBeUndefined();
  });
});

describe("a sentence without a year", () => {
  it("is read in the year the article last named: no state that did not exist then", () => {
    const text = ["In 1950 delegates from Italy, Mexico and the Soviet Union met in Geneva.", "Italy promised to pay the largest share of the new fund."];
    const soviet = new Set(["Ukraine", "Georgia", "Belarus", "Lithuania", "Latvia", "Estonia", "Moldova", "Armenia", "Azerbaijan", "Kazakhstan", "Croatia", "Slovenia", "Slovakia", "Czechia", "Bosnia and Herzegovina", "North Macedonia", "Montenegro", "Serbia", "Kosovo"]);
    for (const options of optionsFor(text, "Italy", 8, 1)) {
      expect(options.length).toBeGreaterThan(0);
      for (const o of options) expect(soviet.has(o), o).toBe(false);
    }
  });
});

describe("counts", () => {
  it("never offers 'one' against a plural count", () => {
    const text = ["In 1961 the assembly created four committees to run the port.", "Work began at once."];
    for (const options of optionsFor(text, "four", 10)) {
      expect(options.length).toBe(3);
      expect(options).not.toContain("one");
    }
  });

  it("drops a count whose list of years follows it in the stem", () => {
    const cands = explain(["Norway won four titles in a row, in 2001, 2002, 2003 and 2004, a record.", "Nobody has matched it."]);
    const gaps = cands.filter((c) => c.answer === "four" && (c.type === "CLOZE" || c.type === "MCQ"));
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.reasons).toContain("count-listed-in-stem");
  });
});

describe("suppositions", () => {
  it("makes no true/false statement of a present-tense 'when' clause", () => {
    const cands = explain(["When a glacier is 40 metres thick, its base begins to flow.", "The Aletsch Glacier was 900 metres thick in 1850."]);
    const tf = cands.filter((c) => c.type === "TRUE_FALSE" && /metres thick/.test(c.prompt) && !/1850|Aletsch/.test(c.prompt));
    expect(tf).toEqual([]);
    // A past fact in the article still is one.
    expect(cands.some((c) => c.type === "TRUE_FALSE" && /Aletsch/.test(c.prompt))).toBe(true);
  });
});
