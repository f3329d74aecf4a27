// Generator 0.9.77: right answers the key used to refuse (readers' rule 7) and people the stem rules
// out as options (rule 6), on the articles where readers found them.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { generateQuestions } from "../../../lib/generate";
import { readArticle } from "../../fixtures/generate/update-verdicts";

const memo = new Map<string, QuestionDraft[]>();
/** Every question of a type the generator makes of an article (a large max: not only the default selection). */
function all(slug: string, type: QuestionDraft["type"]): QuestionDraft[] {
  const key = `${slug}|${type}`;
  if (!memo.has(key)) {
    const { article, corpus } = readArticle(slug);
    memo.set(key, generateQuestions(article, { corpus, types: [type], max: 400 }).questions);
  }
  return memo.get(key)!;
}
function accepted(slug: string, answer: string): string[] {
  const found = [...all(slug, "CLOZE"), ...all(slug, "SHORT_ANSWER")].filter((q) => q.answer === answer);
  expect(found.length, `${slug}: an item answered ${answer}`).toBeGreaterThan(0);
  return [...new Set(found.flatMap((q) => q.acceptedAnswers))];
}

describe("a right answer the key used to refuse", () => {
  it("takes the full name the article gives a one-word name ('House of Lords', 'Bank of England')", () => {
    expect(accepted("how-a-bill-becomes-law-in-the-uk", "Lords")).toContain("House of Lords");
    expect(accepted("how-a-bill-becomes-law-in-the-uk", "Commons")).toContain("House of Commons");
    // ("the Bank" itself is named in full in the stem since 0.9.78: institutions-0978.test.ts.)
    expect(accepted("how-interest-rates-work", "Bank of England")).toContain("Bank");
  });

  it("takes a river's or a county's own name ('Lenn', 'Cork')", () => {
    expect(accepted("quarry-firm-fined-river-pollution-pasted", "River Lenn")).toContain("Lenn");
    expect(accepted("the-irish-great-famine", "County Cork")).toContain("Cork");
  });

  it("spells out 'St' and shortens 'Saint'", () => {
    expect(accepted("the-great-fire-of-london", "St Paul's Cathedral")).toContain("Saint Paul's Cathedral");
    expect(accepted("gregor-mendel", "St Thomas")).toContain("Saint Thomas");
  });

  it("writes a hyphened pair of lands with 'and', but not a double given name or a compound adjective", () => {
    expect(accepted("causes-of-the-first-world-war-handout", "Bosnia-Herzegovina")).toContain("Bosnia and Herzegovina");
    expect(accepted("causes-of-the-first-world-war-handout", "Alsace-Lorraine")).toContain("Alsace and Lorraine");
    const all = [...accepted("how-a-hot-air-balloon-flies", "Joseph-Michel"), ...accepted("the-endurance-expedition", "Anglo-Irish")];
    expect(all).not.toContain("Joseph and Michel");
    expect(all).not.toContain("Anglo and Irish");
  });

  it("takes a possessive typed without its apostrophe ('St Pauls Cathedral')", () => {
    expect(accepted("the-great-fire-of-london", "St Paul's Cathedral")).toContain("St Pauls Cathedral");
    expect(accepted("thornbury-vale-leisure-centre-approved", "St Anne's Primary School")).toContain("St Annes Primary School");
  });

  it("takes 'Seine River' for 'River Seine'", () => {
    expect(accepted("how-the-water-cycle-works", "River Seine")).toContain("Seine River");
  });

  it("takes a ruler without the rank or the number, a name without its particle, and the first of two hyphened given names", () => {
    expect(accepted("causes-of-the-first-world-war-handout", "Kaiser")).toEqual(expect.arrayContaining(["Wilhelm II", "Kaiser Wilhelm"]));
    expect(accepted("ibn-battuta", "Muhammad bin Tughluq")).toContain("Muhammad Tughluq");
    expect(accepted("causes-of-the-first-world-war-handout", "Theobald von Bethmann Hollweg")).toEqual(expect.arrayContaining(["von Bethmann Hollweg", "Bethmann Hollweg"]));
    expect(accepted("the-rosetta-stone", "Pierre-François Bouchard")).toContain("Pierre Bouchard");
  });

  it("dates a day and month by the last full date before it, when that is no later in the year", () => {
    // "On 28 June 1914 Archduke Franz Ferdinand …" two sentences before "… declared war on 28 July".
    expect(accepted("causes-of-the-first-world-war-handout", "28 July")).toContain("28 July 1914");
    // (The paragraph before names 1952; the last full date, 1956, is the year of the Sèvres meetings.)
    expect(accepted("the-suez-crisis", "24 October")).toContain("24 October 1956");
    expect(accepted("the-suez-crisis", "24 October")).not.toContain("24 October 1952");
  });

  it("takes a numbered ruler's number as digits or words, and the bare name where the article numbers no other", () => {
    expect(accepted("the-great-fire-of-london", "Charles II")).toEqual(expect.arrayContaining(["Charles", "Charles 2", "Charles 2nd", "Charles the Second", "King Charles the Second"]));
    expect(accepted("the-great-fire-of-london", "St Paul's Cathedral")).toEqual(expect.arrayContaining(["St Paul's", "St Pauls", "Saint Paul's"]));
    // (Henry II beside Henry III: "Henry" alone is either.)
    expect(accepted("the-magna-carta", "Henry II")).toEqual(expect.arrayContaining(["Henry 2", "Henry the Second"]));
    expect(accepted("the-magna-carta", "Henry II")).not.toContain("Henry");
    expect(accepted("the-magna-carta", "Henry II")).not.toContain("King Henry");
    // (A rocket is no ruler: the Saturn V is no "Saturn the Fifth".)
    expect(accepted("the-apollo-13-mission", "Saturn V")).not.toContain("Saturn the Fifth");
    expect(accepted("the-irish-great-famine", "County Cork")).toContain("Co. Cork");
  });

  it("refuses a bare number for a percentage gap that counts part of a counted whole ('Of the 80 observer bees, _____ learned')", () => {
    const bees = all("bumblebees-learn-by-watching-study", "CLOZE").filter((q) => q.answer === "65 per cent" && /Of the 80/.test(q.prompt));
    expect(bees.length).toBeGreaterThan(0);
    for (const q of bees) expect(q.acceptedAnswers).not.toContain("65");
    // (A gap that counts no part of a counted whole keeps its bare number: "CPI inflation reached _____" → "11.1".)
    const cpi = all("how-interest-rates-work", "CLOZE").filter((q) => q.answer === "11.1 per cent");
    expect(cpi.length).toBeGreaterThan(0);
    for (const q of cpi) expect(q.acceptedAnswers).toContain("11.1");
    const rate = all("florence-nightingale", "CLOZE").filter((q) => q.answer === "2 per cent");
    expect(rate.length).toBeGreaterThan(0);
    for (const q of rate) expect(q.acceptedAnswers).toContain("2");
  });

  it("takes a term's head where the article calls it by its head alone, though it never defines it", () => {
    expect(accepted("how-a-nuclear-power-station-works", "chain reaction")).toContain("reaction");
  });
});

describe("people the stem rules out", () => {
  const options = (slug: string, prompt: RegExp) => all(slug, "MCQ").filter((q) => prompt.test(q.prompt)).flatMap((q) => q.choices ?? []);

  it("offers for 'Which sultan …?' and 'Which patriarch …?' only people the article gives that calling", () => {
    // Ibn Battuta, the traveller, is no sultan; Ezana and Kaleb are kings, no patriarchs.
    expect(options("ibn-battuta", /^Which sultan was famous/)).not.toContain("Ibn Battuta");
    const patriarch = options("the-kingdom-of-aksum", /^Which patriarch consecrated/);
    expect(patriarch).not.toContain("Ezana");
    expect(patriarch).not.toContain("Kaleb");
  });

  it("never offers someone the stem names by title ('the Kaiser and _____' → no Kaiser Wilhelm II)", () => {
    const kaiser = all("causes-of-the-first-world-war-handout", "MCQ").filter((q) => /the Kaiser and _____/.test(q.prompt));
    for (const q of kaiser) expect(q.choices).not.toContain("Kaiser Wilhelm II");
    const archduke = all("causes-of-the-first-world-war-handout", "MCQ").filter((q) => /the Archduke/.test(q.prompt));
    for (const q of archduke) expect(q.choices).not.toContain("Archduke Franz Ferdinand");
  });

  it("reads 'Head of PE Rachel Durnford' as Rachel Durnford, and the team's coach and midfielder as no goalkeeper", () => {
    const choices = all("marlow-vale-hockey-final-pasted", "MCQ").flatMap((q) => q.choices ?? []);
    expect(choices.filter((c) => /^PE /.test(c))).toEqual([]);
    expect(accepted("marlow-vale-hockey-final-pasted", "Durnford")).toContain("Rachel Durnford");
    // "Rachel Durnford, who has coached the team …", "midfielder Sofia Brennan", "Niamh Corrigan, Marlow Vale's goalkeeper".
    const keeper = options("marlow-vale-hockey-final-pasted", /goalkeeper\?$/);
    expect(keeper).not.toContain("Rachel Durnford");
    expect(keeper).not.toContain("Sofia Brennan");
  });

  it("gives a calling to the name right after it, not to a place after that name ('under King Endubis, Aksum began')", () => {
    for (const q of all("the-kingdom-of-aksum", "MCQ").filter((x) => /^(?:Which king|Who)\b/.test(x.prompt))) expect(q.choices).not.toContain("Aksum");
  });
});
