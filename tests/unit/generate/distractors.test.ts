import { describe, expect, it } from "vitest";
import { analyzeArticle, createRandom, pickDistractors } from "../../../lib/generate";
import { COUNTRIES, lookupCountry, lookupOrganization } from "../../../lib/generate/gazetteer";
import { articleFromParagraphs, seedArticle } from "../../fixtures/generate/articles";
import { normalizeAnswer } from "../../../lib/generate/text";

const seed = analyzeArticle(seedArticle());
const factOf = (text: string) => {
  const fact = seed.facts.find((f) => f.text === text && !f.bound)!;
  return { fact, entity: seed.entities.get(fact.entityId)! };
};
const ctx = (stem: string, seedNo = 1) => ({ analysis: seed, corpus: [], stem, random: createRandom(seedNo) });

describe("distractors", () => {
  it("gives years on both sides of the answer, none visible in the stem", () => {
    const { fact, entity } = factOf("2017");
    const stem = "Despite the territorial defeat of the Islamic State in _____ and its subsequent decline, Al-Sudani contends that the coalition’s mission is long obsolete.";
    for (let s = 1; s <= 20; s++) {
      const d = pickDistractors(fact, entity, "2017", ctx(stem, s));
      expect(d).toHaveLength(3);
      const values = d.map(Number);
      expect(values.every((v) => Number.isInteger(v) && v !== 2017 && Math.abs(v - 2017) <= 12)).toBe(true);
      expect(values.some((v) => v < 2017)).toBe(true);
      expect(values.some((v) => v > 2017)).toBe(true);
      // Never after the article's year.
      expect(values.every((v) => v <= 2024)).toBe(true);
    }
  });

  it("scales counts both ways and formats them like the answer", () => {
    const { fact, entity } = factOf("2,500");
    const seen = new Set<number>();
    for (let s = 1; s <= 20; s++) {
      const d = pickDistractors(fact, entity, "2,500", ctx("Currently, there are approximately _____ US troops stationed in Iraq.", s));
      expect(d).toHaveLength(3);
      for (const x of d) expect(x).toMatch(/^\d{1,3}(,\d{3})*$/);
      const values = d.map((x) => Number(x.replace(/,/g, "")));
      expect(values.some((v) => v < 2500)).toBe(true);
      expect(values.some((v) => v > 2500)).toBe(true);
      expect(values.every((v) => v >= 500 && v <= 10000)).toBe(true);
      // The answer's rank among the four options varies with the seed.
      seen.add([...values, 2500].sort((a, b) => a - b).indexOf(2500));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it("writes dates in the answer's style, near it and not after the article date", () => {
    const { fact, entity } = factOf("January 5");
    const d = pickDistractors(fact, entity, "January 5", ctx("… the closure process on _____, Al-Sudani stressed …"));
    expect(d).toHaveLength(3);
    for (const x of d) expect(x).toMatch(/^(December|January) \d{1,2}$/);
    expect(d).not.toContain("January 5");
  });

  it("offers countries from the article first, then from the same part of the world; never the answer", () => {
    const { fact, entity } = factOf("Iran");
    const inArticle = new Set([...seed.entities.values()].filter((e) => e.type === "country").map((e) => e.display));
    for (let s = 1; s <= 10; s++) {
      const d = pickDistractors(fact, entity, "Iran", ctx("… many of which have close ties to _____, for the US-led coalition to withdraw.", s));
      expect(d).toHaveLength(3);
      for (const x of d) {
        const c = lookupCountry(x);
        expect(c, x).toBeDefined();
        if (!inArticle.has(x)) expect(c!.region).toBe("Asia");
        expect(normalizeAnswer(x)).not.toBe("iran");
      }
    }
    // With the article's countries visible in the stem, the gazetteer fills in from Iran's neighbours.
    const stem = "Iraq, Israel and the United States: many of which have close ties to _____.";
    const d = pickDistractors(fact, entity, "Iran", ctx(stem));
    expect(d).toHaveLength(3);
    expect(d.every((x) => lookupCountry(x)?.region === "Asia" && !["Iraq", "Israel", "United States"].includes(x))).toBe(true);
  });

  it("offers cities for a city and organisations of the same kind for an organisation", () => {
    const city = factOf("Baghdad");
    const d = pickDistractors(city.fact, city.entity, "Baghdad", ctx("… have instilled concerns in _____ about the potential …"));
    expect(d).toHaveLength(3);
    expect(d).not.toContain("Baghdad");
    const pentagon = factOf("Pentagon");
    const o = pickDistractors(pentagon.fact, pentagon.entity, "Pentagon", ctx("On Monday, the _____ asserted its lack of intention …"));
    expect(o).toHaveLength(3);
    // The Pentagon's peers are American bodies: never the Kremlin or the Knesset.
    for (const x of o) expect(lookupOrganization(x)?.country).toBe("USA");
  });

  it("does not offer a person when only one other person is known (no padding with junk)", () => {
    const { fact, entity } = factOf("Qassem Soleimani");
    const d = pickDistractors(fact, entity, "Qassem Soleimani", ctx("… the US targeted Iranian General _____ …"));
    expect(d.length).toBeLessThan(3);
    for (const x of d) expect(["Mohammed Shia al-Sudani", "Saddam Hussein"]).toContain(x);
  });

  it("uses the corpus for people only from articles on a related subject", () => {
    // A subject both share ("andes"), not only a genre ("news": see forms.test.ts).
    const a = articleFromParagraphs(["Ana Lopez met Bo Chen in Lima in 2001."], { slug: "a", tags: ["news", "andes"] });
    const related = articleFromParagraphs(["Carla Diaz and Dan Moreno spoke in Quito in 2003."], { slug: "b", tags: ["andes"] });
    const unrelated = articleFromParagraphs(["Eva Stone and Finn Hale wrote to Oslo in 2005."], { slug: "c", tags: ["science"] });
    const analysis = analyzeArticle(a);
    const fact = analysis.facts.find((f) => f.text === "Ana Lopez")!;
    const d = pickDistractors(fact, analysis.entities.get(fact.entityId)!, "Ana Lopez", {
      analysis,
      corpus: [analyzeArticle(related), analyzeArticle(unrelated)],
      stem: "_____ met Bo Chen in Lima in 2001.",
      random: createRandom(3),
    });
    expect(d.sort()).toEqual(["Carla Diaz", "Dan Moreno"]);
    expect(COUNTRIES.length).toBeGreaterThan(190);
  });
});

describe("what is an organisation", () => {
  it("does not take a common word before 'magazine' for an organisation", () => {
    const a = analyzeArticle(articleFromParagraphs(["In 1965 Gordon Moore wrote an article in Electronics magazine. The point-contact transistor was shown to Bell Labs managers on 23 December."]));
    const orgs = a.facts.filter((f) => a.entities.get(f.entityId)?.type === "organization").map((f) => f.text);
    expect(orgs).toContain("Bell Labs");
    expect(orgs).not.toContain("Electronics");
  });
});
