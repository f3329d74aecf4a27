import { describe, expect, it } from "vitest";
import { analyzeArticle, extractFacts, generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs, seedArticle } from "../../fixtures/generate/articles";

const seed = analyzeArticle(seedArticle());
const entityOf = (text: string) => {
  const fact = seed.facts.find((f) => f.text === text && !f.bound);
  return fact ? seed.entities.get(fact.entityId) : undefined;
};

describe("entity typing on the seed article", () => {
  it("splits titles from names and types the person", () => {
    const sudani = entityOf("Mohammed Shia al-Sudani");
    expect(sudani?.type).toBe("person");
    expect(sudani?.descriptors).toContain("Iraqi Prime Minister");
  });

  it("groups surname mentions with the full name (one entity, one alias set)", () => {
    const full = entityOf("Mohammed Shia al-Sudani");
    expect(entityOf("Al-Sudani")?.id).toBe(full?.id);
    expect(full?.aliases).toEqual(expect.arrayContaining(["Al-Sudani", "al-Sudani", "Sudani"]));
    // "Al-Sudani’s government": compromise calls it an organisation; it is the person.
    const inPossessive = seed.facts.filter((f) => f.text === "Al-Sudani").map((f) => seed.entities.get(f.entityId)?.type);
    expect(new Set(inPossessive)).toEqual(new Set(["person"]));
  });

  it("links an acronym to the organisation it abbreviates", () => {
    const pmf = entityOf("PMF");
    expect(pmf?.display).toBe("Popular Mobilization Forces");
    expect(pmf?.type).toBe("organization");
    expect(pmf?.aliases).toContain("PMF");
  });

  it("keeps 'Islamic Resistance in Iraq' whole and types Hezbollah groups as organisations", () => {
    expect(entityOf("Islamic Resistance in Iraq")?.type).toBe("organization");
    expect(entityOf("Kataeb Hezbollah")?.kind).toBe("armed-group");
    expect(entityOf("Haraket Hezbollah al-Nujaba")?.type).toBe("organization");
  });

  it("separates 'Israel’s Gaza' into a country and a region, without the possessive", () => {
    expect(entityOf("Israel")?.type).toBe("country");
    expect(entityOf("Gaza")?.type).toBe("region");
    expect(seed.facts.some((f) => /[’']s$/.test(f.text))).toBe(false);
  });

  it("types cities, countries and government bodies with fine types", () => {
    expect(entityOf("Baghdad")?.type).toBe("city");
    expect(entityOf("Tehran")?.type).toBe("city");
    expect(entityOf("Iran")?.type).toBe("country");
    expect(entityOf("Pentagon")?.kind).toBe("government-body");
  });

  it("reads a count with its unit and resolves a month-day date against the article date", () => {
    const troops = seed.facts.find((f) => f.text === "2,500");
    expect(troops?.type).toBe("count");
    expect(troops?.unit).toBe("US troops");
    expect(troops?.value).toBe(2500);
    const date = seed.facts.find((f) => f.text === "January 5");
    expect(date?.type).toBe("date");
    // Published 2024-01-08: "January 5" is three days earlier, not next year's.
    expect(date?.iso).toBe("2024-01-05");
    // The "5" of "January 5" is not a quantity.
    expect(seed.facts.some((f) => f.text === "5")).toBe(false);
  });

  it("finds years but not inside larger numbers", () => {
    const years = seed.facts.filter((f) => f.type === "year").map((f) => f.value);
    expect(years).toEqual(expect.arrayContaining([2003, 2011, 2014, 2017, 2020]));
    expect(years).not.toContain(2500);
  });
});

describe("rules where compromise is weak", () => {
  const facts = (text: string, published = "2024-06-01") => {
    const a = analyzeArticle(articleFromParagraphs([text], { published }));
    return a.facts.map((f) => ({ text: f.text, type: f.type, entity: a.entities.get(f.entityId)! }));
  };

  it("does not read 'General Agreement' as General + a person", () => {
    const out = facts("The General Agreement on Tariffs and Trade was signed in Geneva in October 1947 by 23 countries.");
    expect(out.find((f) => f.type === "person")).toBeUndefined();
    expect(out.find((f) => f.text === "Geneva")?.type).toBe("city");
  });

  it("keeps name particles at the start of a sentence", () => {
    const out = facts("Ferdinand de Lesseps formed a company. De Lesseps underestimated the mountains of the isthmus.");
    const mentions = out.filter((f) => f.type === "person").map((f) => f.text);
    expect(mentions).toEqual(["Ferdinand de Lesseps", "De Lesseps"]);
  });

  it("keeps middle initials and 'the Great' inside names; 'the temples of X' is a place", () => {
    const out = facts("The chief sanitary officer, William C. Gorgas, met Alexander the Great near the temples of Abu Simbel.");
    expect(out.filter((f) => f.type === "person").map((f) => f.text)).toEqual(["William C. Gorgas", "Alexander the Great"]);
    expect(out.find((f) => f.text === "Abu Simbel")?.type).toBe("place");
  });

  it("reads 'Washington, D.C.' as one city and unexplained acronyms as organisations of unknown kind", () => {
    const out = facts("Both have their headquarters in Washington, D.C., and use the SDR as a unit.");
    expect(out.find((f) => f.text === "Washington, D.C.")?.type).toBe("city");
    // Unknown kind: never offered as, or given, same-kind distractors.
    expect(out.find((f) => f.text === "SDR")?.entity.kind).toBe("acronym");
  });

  it("reads centuries as ordinals", () => {
    const out = facts("The plague returned until the 17th century and again in the 19th century.");
    expect(out.filter((f) => f.type === "century").map((f) => f.text)).toEqual(["17th", "19th"]);
  });

  it("moves forward-resolved weekdays and month-days back before the article date", () => {
    const out = facts("The ceasefire began on December 28 and talks resumed on Monday.", "2024-01-08");
    const date = analyzeArticle(articleFromParagraphs(["The ceasefire began on December 28 and talks resumed on Monday."], { published: "2024-01-08" }))
      .facts.find((f) => f.type === "date");
    expect(date?.iso).toBe("2023-12-28");
    expect(out.find((f) => f.text === "Monday")?.type).toBe("weekday");
  });

  it("extracts facts from an article without a date, never reading the clock", () => {
    const a = articleFromParagraphs(["The treaty was signed on March 3 in Paris by France and Spain."]);
    const date = extractFacts(a).find((f) => f.type === "date");
    expect(date?.iso).toBeUndefined();
  });
});

describe("an office with no name after it (0.9.1)", () => {
  it("is no person: 'The Lord Mayor, Sir Thomas Bloodworth, …' names one man, so the next 'He' is him", () => {
    const article = articleFromParagraphs(["The Lord Mayor, Sir Henry Wade, was woken and brought to the scene. He hesitated to order houses pulled down, because the owners would demand compensation."], { title: "A fire" });
    const people = analyzeArticle(article).facts.filter((f) => f.type === "person").map((f) => f.text);
    expect(people).toEqual(["Henry Wade"]);
    const prompts = generateQuestions(article, { explain: true, max: 60 }).candidates!.filter((c) => c.reasons.length === 0).map((c) => c.prompt);
    expect(prompts).toContain("Why did Henry Wade hesitate to order houses pulled down?");
  });
});
