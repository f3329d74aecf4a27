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
