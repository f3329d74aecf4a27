// Each rule that keeps an option out of a multiple-choice item, on small hand-made articles:
// the entities and facts are written here, so a failure points at the rule, not the extractor.
import { describe, expect, it } from "vitest";
import { analyzeArticle, createRandom, generateQuestions, pickDistractors } from "../../../lib/generate";
import { changeSide, stemWithoutSlotArticle, takesThe, withArticle, type DistractorContext } from "../../../lib/generate/distractors";
import type { ArticleFacts, Entity, Fact, FineType } from "../../../lib/generate/facts";
import { COUNTRY_BY_CODE, existedIn, lookupCity, lookupCountry, lookupOrganization, lookupRegion, waterInfo } from "../../../lib/generate/gazetteer";
import { readSlot } from "../../../lib/generate/stem-slot";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

type E = Partial<Entity> & { display: string; type: FineType; sentence?: number };

/** An analysis holding exactly these entities; each is mentioned once in sentence i (text given). */
function hand(entities: E[], opts: { title?: string; tags?: string[]; sentences?: string[]; slug?: string } = {}): ArticleFacts {
  const sentences = opts.sentences ?? entities.map((e) => `${e.display} is here.`);
  const article = articleFromParagraphs(sentences, { title: opts.title ?? "Untitled", slug: opts.slug ?? "hand", tags: opts.tags ?? [] });
  const map = new Map<string, Entity>();
  const facts: Fact[] = [];
  entities.forEach((e, i) => {
    const id = e.id ?? `${e.type}:${e.display.toLowerCase()}`;
    map.set(id, { id, kind: e.type, aliases: [], mentions: 1, firstSentence: i, descriptors: [], ...e });
    const at = e.sentence ?? Math.min(i, sentences.length - 1);
    facts.push({ id: `f${i}`, sentenceIndex: at, start: 0, end: e.display.length, text: e.display, type: e.type, kind: e.kind ?? e.type, entityId: id, bound: false });
  });
  return { article, sentences: article.sentences, facts, entities: map, tagsAt: () => new Set() };
}

function pick(analysis: ArticleFacts, answer: string, stem: string, extra: Partial<DistractorContext> = {}, seeds = 8): string[][] {
  const fact = analysis.facts.find((f) => f.text === answer)!;
  const entity = analysis.entities.get(fact.entityId)!;
  const out: string[][] = [];
  for (let s = 1; s <= seeds; s++) out.push(pickDistractors(fact, entity, answer, { analysis, corpus: [], stem, random: createRandom(s), ...extra }));
  return out;
}

const yearFact = (value: number): { fact: Fact; entity: Entity } => ({
  fact: { id: "y", sentenceIndex: 0, start: 0, end: 4, text: String(value), type: "year", kind: "year", entityId: "year", bound: false, value },
  entity: { id: "year", type: "year", kind: "year", display: String(value), aliases: [], mentions: 1, firstSentence: 0, descriptors: [] },
});
const years = (value: number, stem: string, seed = 1) => {
  const { fact, entity } = yearFact(value);
  return pickDistractors(fact, entity, String(value), { analysis: hand([{ display: "Nobody", type: "person" }]), corpus: [], stem, random: createRandom(seed) });
};

describe("the article travels with the option", () => {
  it("offers no option the article says 'also' of beside a name of the stem (it may be just as right)", () => {
    const sentences = [
      "In 1990 Anna Berg won the Norland Prize.",
      "Carl Moss, who also won the Norland Prize, taught at Eastham.",
      "Dora Lind wrote novels.",
      "Erik Holm painted ships.",
      "Frida Sand built bridges.",
    ];
    const people = ["Anna Berg", "Carl Moss", "Dora Lind", "Erik Holm", "Frida Sand"].map((display, i) => ({ display, type: "person" as FineType, sentence: i }));
    const a = hand(people, { sentences, title: "Writers of the north" });
    for (const options of pick(a, "Anna Berg", "In 1990 _____ won the Norland Prize.")) {
      expect(options).toHaveLength(3);
      expect(options).not.toContain("Carl Moss");
    }
    // A stem without that name keeps him.
    expect(pick(a, "Anna Berg", "In 1990 _____ opened a bakery in Westby.").flat()).toContain("Carl Moss");
  });

  it("writes countries and waters with their own article and takes it out of a cloze slot", () => {
    expect(withArticle("Netherlands", "country")).toBe("the Netherlands");
    expect(withArticle("France", "country")).toBe("France");
    expect(withArticle("Nile", "water")).toBe("the Nile");
    expect(withArticle("Lake Tana", "water")).toBe("Lake Tana");
    expect(stemWithoutSlotArticle("Florey flew to the _____ in 1941.")).toBe("Florey flew to _____ in 1941.");
    expect(stemWithoutSlotArticle("The _____ paid Panama.")).toBe("_____ paid Panama.");
  });

  it("keeps every country fair game when options carry their article, and filters only without", () => {
    const a = hand([
      { display: "United States", type: "country", country: "USA", mentions: 5 },
      { display: "France", type: "country", country: "FRA" },
      { display: "United Kingdom", type: "country", country: "GBR" },
      { display: "Germany", type: "country", country: "DEU" },
    ]);
    for (const d of pick(a, "United States", "The _____ was by far the largest creditor.", { afterThe: true })) {
      expect(d).toHaveLength(3);
      expect(d.every(takesThe)).toBe(true);
      // Only "the" names, but never the Bahamas beside the United States: the well-known ones first.
      expect(d).toContain("United Kingdom");
      expect(d).not.toContain("Bahamas");
    }
    for (const d of pick(a, "United States", "_____ was by far the largest creditor.", { afterThe: true, articleInOptions: true })) {
      expect(d).toContain("France");
      expect(d).toContain("the United Kingdom");
    }
  });
});

describe("places fit the stem's part of the world", () => {
  const iraq = hand(
    [
      { display: "Baghdad", type: "city", country: "IRQ", mentions: 4 },
      { display: "Washington", type: "city", country: "USA" },
      { display: "Iraq", type: "country", country: "IRQ", mentions: 9 },
    ],
    { title: "Iraq wants US troops out" },
  );

  it("offers a city in a place slot beside cities of its own country or its neighbours, not another continent", () => {
    for (const d of pick(iraq, "Baghdad", "The strike near _____ airport killed a general.")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Washington");
      for (const x of d) expect(COUNTRY_BY_CODE.get(lookupCity(x)!.country)!.region).toBe("Asia");
    }
  });

  it("never offers an unknown place from another article (a crater on Mars among Earth's cities)", () => {
    const mars = hand([{ display: "Jezero", type: "city", mentions: 3 }], { slug: "mars", tags: ["news"] });
    const fact = iraq.facts.find((f) => f.text === "Baghdad")!;
    for (let s = 1; s <= 8; s++) {
      const d = pickDistractors(fact, iraq.entities.get(fact.entityId)!, "Baghdad", { analysis: iraq, corpus: [mars], stem: "Concerns grew in _____.", random: createRandom(s) });
      expect(d).not.toContain("Jezero");
    }
  });

  it("keeps to the country a stem names around the slot", () => {
    const uk = hand([
      { display: "Liverpool", type: "city", country: "GBR" },
      { display: "Dublin", type: "city", country: "IRL" },
      { display: "Rotterdam", type: "city", country: "NLD" },
    ]);
    for (const d of pick(uk, "Liverpool", "The contest moved to _____ in the United Kingdom.")) {
      expect(d.length).toBe(3);
      for (const x of d) expect(lookupCity(x)!.country).toBe("GBR");
    }
    expect(readSlot("In 2024 the contest was held in _____, Sweden, and won.").container).toBe("SWE");
    expect(readSlot("The Nile leaves the lake near the Ugandan town of _____.").container).toBe("UGA");
    // A list of peers is no container: "the _____, Switzerland, Belgium".
    expect(readSlot("Seven took part: the _____, Switzerland, Belgium and Italy.").container).toBeUndefined();
  });

  it("offers waters of the same class on the same continent", () => {
    const panama = hand([
      { display: "Panama", type: "country", country: "PAN", mentions: 5 },
      { display: "Gatun Lake", type: "water", kind: "lake" },
    ]);
    for (const d of pick(panama, "Gatun Lake", "The dam created _____, then the largest artificial lake.")) {
      expect(d).toHaveLength(3);
      for (const x of d) {
        expect(waterInfo(x).class).toBe("lake");
        expect(waterInfo(x).regions).toContain("Americas");
      }
    }
    const nile = hand([
      { display: "Egypt", type: "country", country: "EGY", mentions: 5 },
      { display: "Mediterranean Sea", type: "water", kind: "sea" },
    ]);
    for (const d of pick(nile, "Mediterranean Sea", "The river reaches the _____.")) {
      for (const x of d) expect(waterInfo(x).regions.some((r) => r === "Africa" || r === "*")).toBe(true);
    }
  });

  it("offers a region beside the nearest regions, not a far country's provinces", () => {
    const gaza = hand([
      { display: "Gaza", type: "region", country: "PSE", mentions: 3 },
      { display: "Israel", type: "country", country: "ISR" },
    ]);
    for (const d of pick(gaza, "Gaza", "Israel’s offensive in _____ continued.")) {
      expect(d).toHaveLength(3);
      for (const x of d) expect(["PSE", "ISR", "LBN", "SYR", "EGY", "JOR"]).toContain(lookupRegion(x)!.country);
    }
  });
});

describe("options the stem rules out", () => {
  const mideast = hand(
    [
      { display: "Iran", type: "country", country: "IRN", mentions: 5 },
      { display: "Iraq", type: "country", country: "IRQ", mentions: 9 },
      { display: "Israel", type: "country", country: "ISR", mentions: 2 },
      { display: "Saudi Arabia", type: "country", country: "SAU" },
    ],
    { title: "Iraq is calling for the withdrawal of US troops" },
  );

  it("gives no options when a possessive makes the answer known by the place it names", () => {
    expect(pick(mideast, "Israel", "Iraq criticised _____’s Gaza campaign.")[0]).toEqual([]);
    expect(pick(mideast, "Israel", "Attacks rose amid _____’s offensive in Gaza.")[0]).toEqual([]);
    // A possessive on its own is fine: "_____’s influence" names no place of anyone.
    expect(pick(mideast, "Iran", "Washington fears _____’s influence over the elite.")[0]).toHaveLength(3);
  });

  it("reads a wh-question's slot the same way: place, possessive, relation", () => {
    expect(readSlot("Where did the strike take place?").locative).toBe(true);
    expect(readSlot("In which city did the contest take place in 2024?").locative).toBe(true);
    expect(pick(mideast, "Israel", "Whose Gaza campaign has Iraq criticised?")[0]).toEqual([]);
    for (const d of pick(mideast, "Iran", "Which country do many Shia factions have close ties to?")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Iraq");
    }
  });

  it("does not offer the article's own subject as the other party of a relation", () => {
    for (const d of pick(mideast, "Iran", "Many factions have close ties to _____.")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Iraq");
    }
    // Outside a relation the article's subject is a fair option.
    expect(pick(mideast, "Iran", "_____ has a long border.", {}, 1)[0]).toContain("Iraq");
  });

  it("does not offer a country the stem already names, under any of its names", () => {
    const slot = readSlot("Shared by Kenya, the Democratic Republic of the Congo and _____.");
    expect(slot.countries.has("COD")).toBe(true);
    const east = hand([
      { display: "Tanzania", type: "country", country: "TZA" },
      { display: "Kenya", type: "country", country: "KEN" },
    ]);
    for (const d of pick(east, "Tanzania", "Shared by Kenya, the Democratic Republic of the Congo and _____.")) {
      expect(d).not.toContain("DR Congo");
      expect(d).not.toContain("Kenya");
    }
    // "Iranian-backed" names Iran: not offered where Iran is the other party.
    expect(readSlot("Iranian-backed groups have ties to _____.").countries.has("IRN")).toBe(true);
  });

  it("offers only countries that existed at the time the stem speaks of", () => {
    const war = hand([
      { display: "United Kingdom", type: "country", country: "GBR" },
      { display: "Ukraine", type: "country", country: "UKR" },
      { display: "Belgium", type: "country", country: "BEL" },
    ]);
    for (const d of pick(war, "United Kingdom", "With _____ at war, Florey flew to America in 1941.")) {
      expect(d).not.toContain("Ukraine");
      expect(d.every((x) => !["Belarus", "Estonia", "Latvia", "Lithuania", "Moldova"].includes(x))).toBe(true);
    }
  });

  it("drops the answer's variants: abbreviation and the bare or 'the' form", () => {
    const a = hand([
      { display: "International Monetary Fund", type: "organization", kind: "international-economic", aliases: ["IMF"] },
      { display: "IMF", type: "organization", kind: "international-economic", id: "org:imf-copy" },
      { display: "World Bank", type: "organization", kind: "international-economic" },
    ]);
    for (const d of pick(a, "International Monetary Fund", "In 1969 the _____ created the SDR.")) {
      expect(d).not.toContain("IMF");
      expect(d.map((x) => x.toLowerCase())).not.toContain("the international monetary fund");
    }
  });

  it("offers a government body of the same state only, and sibling bodies for an unknown one", () => {
    const us = hand([{ display: "Pentagon", type: "organization", kind: "government-body" }]);
    for (const d of pick(us, "Pentagon", "Which organisation said it had no plans to withdraw American troops?")) {
      expect(d).toHaveLength(3);
      for (const x of d) expect(lookupOrganization(x)?.country).toBe("USA");
    }
    const co = hand([{ display: "Colombian Senate", type: "organization", kind: "government-body" }]);
    for (const d of pick(co, "Colombian Senate", "When the _____ rejected the treaty, Panama declared independence.")) {
      expect(d).toHaveLength(3);
      for (const x of d) expect(x).toMatch(/^Colombian /);
    }
  });

  it("does not offer an organisation founded after the stem's date", () => {
    const a = hand([{ display: "World Bank", type: "organization", kind: "international-economic" }]);
    for (const d of pick(a, "World Bank", "The _____’s first loan went to France in 1947.")) {
      // The IMF and the BIS: too few fair bodies in 1947, so the fact keeps its typed forms.
      expect(d.length).toBeGreaterThanOrEqual(2);
      for (const x of d) expect(lookupOrganization(x)?.founded ?? 0).toBeLessThanOrEqual(1947);
    }
  });

  it("stands a capital for its government only among capitals, never the stem's own parties", () => {
    const a = hand([
      { display: "Washington", type: "city", country: "USA" },
      { display: "Tehran", type: "city", country: "IRN" },
      { display: "Isfahan", type: "city", country: "IRN" },
      { display: "Baghdad", type: "city", country: "IRQ" },
    ]);
    for (const d of pick(a, "Washington", "A withdrawal would heighten _____’s fears about Iran’s influence over Iraq’s elite.")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Tehran");
      expect(d).not.toContain("Baghdad");
      for (const x of d) expect(lookupCity(x)?.capital).toBe(true);
    }
  });
});

describe("people fit the slot and the time", () => {
  it("gives no people after a place preposition (a place mistyped as a person)", () => {
    const a = hand([
      { display: "Pedro Miguel", type: "person" },
      { display: "John Stevens", type: "person" },
      { display: "Ted Roosevelt", type: "person" },
      { display: "Omar Torrijos", type: "person" },
    ]);
    expect(pick(a, "Pedro Miguel", "Locks at _____ and Miraflores lift ships.")[0]).toEqual([]);
    expect(pick(a, "Pedro Miguel", "The job went to _____ in 1907.")[0]).toHaveLength(3);
  });

  it("leaves out people whose dated mentions are generations from the stem's date", () => {
    const sentences = ["Nasser was president in 1960.", "Speke reached the lake in 1858.", "Burton travelled in 1857.", "Sadat ruled from 1970.", "Mubarak ruled from 1981."];
    const a = hand(
      [
        { display: "Gamal Nasser", type: "person", sentence: 0 },
        { display: "John Speke", type: "person", sentence: 1 },
        { display: "Richard Burton", type: "person", sentence: 2 },
        { display: "Anwar Sadat", type: "person", sentence: 3 },
        { display: "Hosni Mubarak", type: "person", sentence: 4 },
      ],
      { sentences },
    );
    for (const d of pick(a, "Gamal Nasser", "The dam was built between 1960 and 1970 under President _____.")) {
      expect(d).not.toContain("John Speke");
      expect(d).not.toContain("Richard Burton");
    }
  });
});

describe("years and numbers", () => {
  it("gives no options when the stem fixes the year by a run of consecutive years", () => {
    expect(years(1994, "Ireland won three years in a row, in 1992, 1993 and _____.")).toEqual([]);
    expect(years(1992, "Ireland won in _____, 1993 and 1994.")).toEqual([]);
    // Years that are not a run leave the item open.
    expect(years(1987, "He won in 1980 and in _____ and wrote a winner in 1992.")).toHaveLength(3);
  });

  it("keeps a year inside the bounds the stem sets, on both sides of the answer", () => {
    for (let s = 1; s <= 10; s++) {
      const d = years(1964, "The temples were moved between _____ and 1968.", s).map(Number);
      expect(d.every((y) => y < 1968)).toBe(true);
      const n = years(2011, "The US invaded in 2003, withdrew in _____, and returned in 2014.", s).map(Number);
      expect(n.every((y) => y > 2003 && y < 2014)).toBe(true);
      expect(n.some((y) => y < 2011) && n.some((y) => y > 2011)).toBe(true);
    }
  });

  it("follows a narrative's order: a later event's year comes after the earlier one the stem gives", () => {
    for (let s = 1; s <= 10; s++) {
      const d = years(2014, "The US withdrew in 2011, and returned in _____ to fight the Islamic State.", s).map(Number);
      expect(d).toHaveLength(3);
      expect(d.every((y) => y > 2011)).toBe(true);
      expect(d.some((y) => y < 2014)).toBe(true);
      // When the bound would leave no year below the answer, it gives way to both sides.
      const e = years(2012, "It was founded in 2011, and it was renamed in _____.", s).map(Number);
      expect(e.some((y) => y < 2012) && e.some((y) => y > 2012)).toBe(true);
    }
  });

  it("never puts every year on one side, even when the answer is the article's own year", () => {
    const { fact, entity } = yearFact(2024);
    const analysis = hand([{ display: "Nobody", type: "person" }]);
    analysis.article.published = "2024-01-08";
    for (let s = 1; s <= 10; s++) {
      const d = pickDistractors(fact, entity, "2024", { analysis, corpus: [], stem: "In _____ the contest was held in Malmö.", random: createRandom(s) }).map(Number);
      expect(d).toHaveLength(3);
      expect(d.some((y) => y > 2024)).toBe(true);
      expect(d.some((y) => y < 2024)).toBe(true);
    }
  });

  it("writes decimal amounts with the answer's decimals, so the answer is not the only one with them", () => {
    const fact: Fact = { id: "p", sentenceIndex: 0, start: 0, end: 12, text: "2.25 percent", type: "percent", kind: "percent", entityId: "p", bound: false, value: 2.25 };
    const entity: Entity = { id: "p", type: "percent", kind: "percent", display: "2.25 percent", aliases: [], mentions: 1, firstSentence: 0, descriptors: [] };
    for (let s = 1; s <= 10; s++) {
      const d = pickDistractors(fact, entity, "2.25 percent", { analysis: hand([{ display: "Nobody", type: "person" }]), corpus: [], stem: "The bands widened to _____.", random: createRandom(s) });
      expect(d).toHaveLength(3);
      for (const x of d) expect(x).toMatch(/^\d+\.\d\d percent$/);
      expect(d.some((x) => !/\.00 /.test(x))).toBe(true);
    }
  });
});

describe("wider pools, never what the stem rules out (issue 10, gdistract3)", () => {
  const amount = (text: string, value: number, stem: string, seed: number) => {
    const fact: Fact = { id: "q", sentenceIndex: 0, start: 0, end: text.length, text, type: "quantity", kind: "dollars", entityId: "q", bound: false, value };
    const entity: Entity = { id: "q", type: "quantity", kind: "dollars", display: text, aliases: [], mentions: 1, firstSentence: 0, descriptors: [] };
    return pickDistractors(fact, entity, text, { analysis: hand([{ display: "Nobody", type: "person" }]), corpus: [], stem, random: createRandom(seed) });
  };

  it("keeps a changed value on the side its verb says: devalued from 4.03 means below 4.03", () => {
    expect(changeSide(readSlot("The peso was devalued from 4.03 to _____ dollars in 1949."))).toEqual({ below: 4.03 });
    expect(changeSide(readSlot("Membership rose from _____ to 1,200 members."))).toEqual({ below: 1200 });
    expect(changeSide(readSlot("The toll fell from _____ to 40 dollars."))).toEqual({ above: 40 });
    expect(changeSide(readSlot("They sailed from 4 to _____ ports."))).toEqual({});
    for (let s = 1; s <= 10; s++) {
      const d = amount("2.80", 2.8, "The peso was devalued from 4.03 to _____ dollars in 1949.", s);
      expect(d).toHaveLength(3);
      for (const x of d) expect(Number(x)).toBeLessThan(4.03);
      const up = amount("9.50", 9.5, "The fare rose from 6.20 to _____ dollars.", s);
      for (const x of up) expect(Number(x)).toBeGreaterThan(6.2);
    }
  });

  it("keeps a count of tens within twice the answer (no 132 nations beside 44)", () => {
    for (let s = 1; s <= 10; s++) {
      const fact: Fact = { id: "c", sentenceIndex: 0, start: 0, end: 2, text: "44", type: "count", kind: "nations", entityId: "c", bound: false, value: 44 };
      const entity: Entity = { id: "c", type: "count", kind: "nations", display: "44", aliases: [], mentions: 1, firstSentence: 0, descriptors: [] };
      const d = pickDistractors(fact, entity, "44", { analysis: hand([{ display: "Nobody", type: "person" }]), corpus: [], stem: "Delegates from _____ nations met at the hotel.", random: createRandom(s) });
      expect(d).toHaveLength(3);
      for (const x of d) expect(Number(x)).toBeLessThanOrEqual(88);
    }
  });

  it("offers no colony as a state in a year before its independence, but keeps it as a place", () => {
    const a = hand([{ display: "United States", type: "country", country: "USA" }], { sentences: ["In 1903 the senate rejected a treaty granting the United States a canal zone."] });
    for (const d of pick(a, "United States", "The senate rejected a treaty granting the _____ a canal zone.", { afterThe: true, avoid: ["In 1903 the senate rejected a treaty granting the United States a canal zone."] })) {
      expect(d).not.toContain("Philippines");
      expect(d).not.toContain("Bahamas");
    }
    expect(existedIn(COUNTRY_BY_CODE.get("TTO")!, 1903)).toBe(false);
    expect(existedIn(COUNTRY_BY_CODE.get("TTO")!, 1903, true)).toBe(true);
    expect(existedIn(COUNTRY_BY_CODE.get("TTO")!, 1970)).toBe(true);
  });

  it("reads 'independence from _____' on the answer's continent, whatever the article's other countries", () => {
    const a = hand([
      { display: "Colombia", type: "country", country: "COL", mentions: 3 },
      { display: "Egypt", type: "country", country: "EGY" },
      { display: "France", type: "country", country: "FRA" },
    ]);
    for (const d of pick(a, "Colombia", "Panama declared its independence from _____ in 1903.")) {
      expect(d).toHaveLength(3);
      for (const x of d) expect(lookupCountry(x)?.region).toBe("Americas");
      expect(d).not.toContain("Trinidad and Tobago");
    }
  });

  it("reads a sentence without a year in the narrative's year: no one generations away, no body founded later", () => {
    const sentences = ["In 1858 Speke reached the lake.", "His companion Burton disputed the claim.", "Nasser was president in 1960.", "Alexander founded a city in 331 BC.", "Stanley explored in 1875.", "Baker explored in 1864."];
    const a = hand(
      [
        { display: "John Speke", type: "person", sentence: 0 },
        { display: "Richard Burton", type: "person", sentence: 1 },
        { display: "Gamal Nasser", type: "person", sentence: 2 },
        { display: "Alexander the Great", type: "person", sentence: 3 },
        { display: "Henry Stanley", type: "person", sentence: 4 },
        { display: "Samuel Baker", type: "person", sentence: 5 },
      ],
      { sentences },
    );
    for (const d of pick(a, "Richard Burton", "His companion _____ disputed the claim.", { avoid: [sentences[1]] })) {
      expect(d).not.toContain("Gamal Nasser");
      expect(d).not.toContain("Alexander the Great");
    }
    const bank = ["In 1944 the delegates designed two institutions.", "The IMF was to lend to countries with short-term problems."];
    const b = hand([{ display: "International Monetary Fund", type: "organization", kind: "international-economic", sentence: 1 }], { sentences: bank });
    for (const d of pick(b, "International Monetary Fund", "Which organization was to lend to countries with short-term problems?", { avoid: [bank[1]] })) {
      for (const x of d) expect(lookupOrganization(x)?.founded ?? 0).toBeLessThanOrEqual(1944);
    }
  });

  it("keeps an international body's options in its sector's family: no cartel or charity beside a monetary fund", () => {
    const a = hand([{ display: "International Monetary Fund", type: "organization", kind: "international-economic" }]);
    for (const d of pick(a, "International Monetary Fund", "Which organization created a new reserve asset in 1969?")) {
      expect(d).toHaveLength(3);
      for (const x of d) expect(["finance", "trade"]).toContain(lookupOrganization(x)?.sector);
    }
    const culture = hand([{ display: "UNESCO", type: "organization", kind: "international-humanitarian" }]);
    for (const d of pick(culture, "UNESCO", "A campaign led by _____ moved the temples in 1964.")) {
      for (const x of d) expect(lookupOrganization(x)?.sector).toBe("culture");
    }
  });

  it("puts people of another calling last, and leaves them out when the stem names the calling", () => {
    const sentences = [
      "The Scottish bacteriologist Alexander Fleming found the mould.",
      "The Australian pathologist Howard Florey purified it.",
      "The biochemist Ernst Chain joined him.",
      "Its first patient, Albert Alexander, a police constable, fell ill.",
      "The chemist Dorothy Hodgkin solved its structure.",
      "The biochemist Edward Abraham helped.",
      "The Irish singer Johnny Logan won twice.",
      "The Swedish singer Loreen won twice.",
      "The idea came from Marcel Bezençon, a Swiss director of the union.",
      "The Canadian singer Céline Dion won once.",
    ];
    const a = hand(
      [
        { display: "Alexander Fleming", type: "person", sentence: 0, aliases: ["Fleming"] },
        { display: "Howard Florey", type: "person", sentence: 1 },
        { display: "Ernst Chain", type: "person", sentence: 2 },
        { display: "Albert Alexander", type: "person", sentence: 3, aliases: ["Alexander"], mentions: 3 },
        { display: "Dorothy Hodgkin", type: "person", sentence: 4 },
        { display: "Edward Abraham", type: "person", sentence: 5 },
      ],
      { sentences: sentences.slice(0, 6) },
    );
    for (const d of pick(a, "Alexander Fleming", "The prize was shared by _____, Florey and Chain.")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Albert Alexander");
    }
    const b = hand(
      [
        { display: "Johnny Logan", type: "person", sentence: 6 },
        { display: "Loreen", type: "name", sentence: 7 },
        { display: "Marcel Bezençon", type: "person", sentence: 8 },
        { display: "Céline Dion", type: "person", sentence: 9 },
      ],
      { sentences: sentences.slice(6) },
    );
    // "the Swedish singer Loreen" is a singer though read as a bare name; the director is no singer.
    for (const d of pick(b, "Céline Dion", "Which singer won once?")) expect(d).toEqual(expect.not.arrayContaining(["Marcel Bezençon"]));
    expect(pick(b, "Céline Dion", "Which singer won once?")[0]).toEqual(expect.arrayContaining(["Loreen", "Johnny Logan"]));
    // (0.9.43) "Which Canadian singer …?" rules out the Irish and the Swedish singer as the cloze
    // "the Canadian singer _____" does: only singers the articles call Canadian, here none.
    for (const d of pick(b, "Céline Dion", "Which Canadian singer won once?")) expect(d).toEqual(expect.not.arrayContaining(["Loreen", "Johnny Logan", "Marcel Bezençon"]));
  });

  it("offers a natural lake beside natural lakes and a reservoir beside reservoirs", () => {
    const a = hand([
      { display: "Lake Victoria", type: "water", mentions: 3 },
      { display: "Lake Nasser", type: "water" },
      { display: "Lake Tana", type: "water" },
      { display: "Egypt", type: "country", country: "EGY", mentions: 5 },
    ]);
    for (const d of pick(a, "Lake Victoria", "The White Nile leaves _____ near the Ugandan town of Jinja.")) {
      expect(d).toHaveLength(3);
      for (const x of d) expect(waterInfo(x).artificial ?? false).toBe(false);
    }
  });

  it("offers a river joining a river the stem names only among the article's own rivers of that basin", () => {
    const sentences = ["The Sobat River and the Atbara River feed the Nile.", "The Blue Nile rises in Ethiopia.", "Rain falls on the Democratic Republic of the Congo.", "The Nile reaches Egypt."];
    const a = hand(
      [
        { display: "Atbara River", type: "water", sentence: 0 },
        { display: "Sobat River", type: "water", sentence: 0 },
        { display: "Blue Nile", type: "water", sentence: 1 },
        { display: "Congo", type: "water", sentence: 2 },
        { display: "Nile", type: "water", sentence: 3, mentions: 4 },
        { display: "Egypt", type: "country", country: "EGY", sentence: 3, mentions: 4 },
      ],
      { sentences },
    );
    // Two rivers of the basin besides the answer: too few, and no Zambezi or Congo to fill the gap.
    for (const d of pick(a, "Atbara River", "North of the city the _____ joins the Nile.")) expect(d.sort()).toEqual(["Blue Nile", "Sobat River"]);
    // Without a river to join, any African river of the same class may stand in.
    expect(pick(a, "Atbara River", "The _____ floods every summer.")[0]).toHaveLength(3);
  });

  it("offers the article's towns for the town of a treaty or a battle, and other states for a US state", () => {
    const a = hand([
      { display: "Stralsund", type: "name" },
      { display: "Lübeck", type: "place", mentions: 3 },
      { display: "Hamburg", type: "city", country: "DEU" },
      { display: "Bergen", type: "place" },
      { display: "England", type: "place" },
      { display: "Sweden", type: "country", country: "SWE" },
    ]);
    for (const d of pick(a, "Stralsund", "The Treaty of _____ was signed in 1370.")) {
      expect(d.sort()).toEqual(["Bergen", "Hamburg", "Lübeck"]);
    }
    expect(pick(a, "Stralsund", "The league won at _____ in 1370.")[0]).toEqual([]);
    expect(lookupRegion("New Hampshire")?.country).toBe("USA");
    const us = hand([
      { display: "California", type: "region", country: "USA" },
      { display: "Hawaii", type: "region", country: "USA" },
      { display: "Silicon Valley", type: "region", country: "USA" },
    ]);
    // No state stands in for an island in mid-Pacific, nor the island for a mainland state.
    expect(pick(us, "Hawaii", "Which region sits in the middle of the Pacific Plate?")[0]).toEqual([]);
    for (const d of pick(us, "California", "The San Andreas Fault in _____ is the best-known example.")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Hawaii");
      expect(d).not.toContain("Alaska");
      expect(d).not.toContain("Silicon Valley");
    }
    // "Mountain View, _____": an area the gazetteer does not know may hold the town (Silicon Valley).
    for (const d of pick(us, "California", "He founded a laboratory in Mountain View, _____.")) {
      expect(d).toHaveLength(3);
      expect(d).not.toContain("Silicon Valley");
    }
    expect(lookupRegion("Georgia")).toBeUndefined();
  });
});

describe("a country gap in a generated multiple-choice cloze", () => {
  // Made-up article: the gap after "the" takes options that carry their own article, so the pool
  // is every fitting country, not only those whose name takes "the".
  const article = articleFromParagraphs([
    "In 1921 the Republic of Lorvania signed a trade treaty with France, Spain and Portugal. Its delegates later travelled twice to the Netherlands to sell timber bonds.",
    "Lorvania priced its exports in terms of the United States dollar until 1950. Its ministers met German and Italian bankers in 1934.",
  ], { title: "Trade talks" });
  const mcqs = generateQuestions(article, { max: 200, types: ["MCQ"] }).questions.filter((q) => q.answerType === "country");

  it("takes the article out of the stem and writes it on each option that needs one", () => {
    const q = mcqs.find((m) => /travelled twice to _____/.test(m.prompt));
    expect(q, mcqs.map((m) => m.prompt).join("\n")).toBeDefined();
    expect(q!.answer).toBe("the Netherlands");
    expect(q!.choices!.some((c) => !/^the /.test(c))).toBe(true);
  });
});

describe("true/false swaps read the stem as the multiple-choice form does (0.9.1)", () => {
  it("swaps in after 'President' only someone the article calls president", () => {
    const article = articleFromParagraphs([
      "The explorer Hugh Carden mapped the upper river in 1861. The engineer Tomas Brill surveyed the gorge in 1902. The writer Ada Venn described the floods in 1911.",
      "The Kelby Dam was built between 1960 and 1970 under President Oskar Lind. The dam holds back a lake 500 kilometres long.",
    ], { title: "The Kelby Dam" });
    for (let seed = 1; seed <= 6; seed++) {
      const swaps = generateQuestions(article, { explain: true, max: 200, seed }).candidates!
        .filter((c) => c.type === "TRUE_FALSE" && c.answer === "False" && /under President/.test(c.prompt));
      for (const c of swaps) expect(c.prompt).not.toMatch(/President (Hugh Carden|Tomas Brill|Ada Venn)/);
    }
  });

  it("asks no number of a likeness ('like two conveyor belts')", () => {
    const article = articleFromParagraphs(["New crust moves away on both sides like two conveyor belts."], { title: "Ridges" });
    const gaps = generateQuestions(article, { explain: true, max: 60 }).candidates!.filter((c) => /like _____ conveyor/.test(c.prompt));
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.reasons).toContain("not-worth-asking");
  });
});

describe("options that fit the pronouns after the gap (0.9.1)", () => {
  it("offers no woman's name before 'his' (and no man's before 'her') when the answer fits the pronoun", () => {
    const analysis = hand([
      { display: "Graham Holt", type: "person" },
      { display: "Elaine Brookes", type: "person" },
      { display: "Mary Lowther", type: "person" },
      { display: "Dean Okafor", type: "person" },
      { display: "Peter Wright", type: "person" },
    ]);
    for (const options of pick(analysis, "Graham Holt", "_____ said his side had been the better team for long periods.")) {
      expect(options).not.toContain("Elaine Brookes");
      expect(options).not.toContain("Mary Lowther");
    }
    for (const options of pick(analysis, "Mary Lowther", "_____ said her side had been the better team.")) {
      for (const man of ["Graham Holt", "Peter Wright"]) expect(options).not.toContain(man);
    }
  });
});

describe("person options drawn from the article (0.9.1)", () => {
  it("offers no name the article also uses for a thing, nor a name a calling after it belongs to ('Tulipmania, the historian Anne Goldgar')", () => {
    const article = articleFromParagraphs([
      "The most famous variety was the Viceroy. Only a handful of Viceroy bulbs existed, and their owner refused to sell.",
      "The Scottish writer Charles Mackay described the crash in 1841. Mackay relied on pamphlets printed after the crash.",
      "In her 2007 book Bulbmania, the historian Anne Goldgar studied notarial records. The botanist Carolus Clusius planted bulbs at Leiden, and the merchant Pieter Bol sold them.",
    ], { title: "A bulb market" });
    const analysis = analyzeArticle(article);
    const fact = analysis.facts.find((f) => f.text === "Charles Mackay")!;
    const entity = analysis.entities.get(fact.entityId)!;
    let offered = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const options = pickDistractors(fact, entity, "Charles Mackay", { analysis, corpus: [], stem: "The Scottish writer _____ described the crash in 1841.", random: createRandom(seed) });
      offered += options.length;
      expect(options).not.toContain("Viceroy");
      expect(options).not.toContain("Bulbmania");
    }
    expect(offered).toBeGreaterThan(0);
  });
});

describe("a/an before a swapped-in name (0.9.1)", () => {
  it("reads 'on a Rotterdam canal' where the true statement has 'on an Amsterdam canal'", () => {
    const article = articleFromParagraphs(["Amsterdam, Rotterdam and Utrecht were the great Dutch towns. In 1636 the merchant Pieter Bol bought a house on an Amsterdam canal."], { title: "Dutch towns" });
    const swaps = generateQuestions(article, { explain: true, max: 200 }).candidates!.filter((x) => x.type === "TRUE_FALSE" && x.answer === "False" && /canal/.test(x.prompt));
    for (const x of swaps) expect(x.prompt).not.toMatch(/\ban (Rotterdam|Utrecht)\b/);
  });
});
