// Each rule that keeps an option out of a multiple-choice item, on small hand-made articles:
// the entities and facts are written here, so a failure points at the rule, not the extractor.
import { describe, expect, it } from "vitest";
import { createRandom, pickDistractors } from "../../../lib/generate";
import { stemWithoutSlotArticle, takesThe, withArticle, type DistractorContext } from "../../../lib/generate/distractors";
import type { ArticleFacts, Entity, Fact, FineType } from "../../../lib/generate/facts";
import { COUNTRY_BY_CODE, lookupCity, lookupOrganization, lookupRegion, waterInfo } from "../../../lib/generate/gazetteer";
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
      expect(d).toHaveLength(3);
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
