import { describe, expect, it, vi } from "vitest";
import nlp from "compromise";

const dateHooks = () => (nlp as unknown as { _world: { hooks: string[] } })._world.hooks.filter((h) => h === "dates").length;

describe("the generator's compromise set-up", () => {
  it("registers the dates plugin once, however often its module is loaded", async () => {
    // A dev server's reload (or a second bundle in one process) evaluates lib/generate/nlp.ts again
    // against the same compromise instance; a second registration ran the date tagger twice per parse.
    await import("../../../lib/generate/nlp");
    expect(dateHooks()).toBe(1);
    vi.resetModules();
    const again = await import("../../../lib/generate/nlp");
    expect(dateHooks()).toBe(1);
    // and the date tagger still tags: "5 January 2020" is a date
    const text = "The strike came on 5 January 2020.";
    expect(again.parseText(text).tagsAt(text.indexOf("January")).has("Date")).toBe(true);
  });
});

describe("the generator's own rule sweep", () => {
  it("tags every term of the bundled and key-fact articles exactly as compromise's sweep does", async () => {
    const { tagTerms } = await import("../../../lib/generate/nlp");
    const { loadKeyFactLists, articleOfList } = await import("../../fixtures/generate/key-facts/key-facts");
    const texts = loadKeyFactLists().map((list) => articleOfList(list).sentences.map((s) => s.text).join("\n\n"));
    // Rules that fire only with particular words: a month read as a verb, a time, a date range.
    texts.push("They march tomorrow. In March 2003 at 8 pm, the talks ran from June 5 to 7 and May the 12th.");
    expect(texts.length).toBeGreaterThan(20);
    const tags = (docs: ReturnType<typeof tagTerms>) => docs.map((terms) => terms.map((t) => `${t.offset.start}:${[...t.tags].sort().join(",")}`).join(" "));
    let terms = 0;
    for (const text of texts) {
      const own = tags(tagTerms(text, "own"));
      expect(own).toEqual(tags(tagTerms(text, "compromise")));
      terms += own.join(" ").split(" ").length;
    }
    expect(terms).toBeGreaterThan(10_000);
  });
});
