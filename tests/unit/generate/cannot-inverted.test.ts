// "cannot" is a modal the tagger leaves untagged: a why-question inverts it as "can … not", never
// "Why do the study cannot say …?" (a helper's finding, issue 10 round 0.9.72).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

describe("a clause with 'cannot'", () => {
  it("is asked with 'can' before its subject and 'not' after it", () => {
    const article = articleFromParagraphs(["The Harlow study cannot say whether the habit lasts because the mice lived for only six weeks."], { title: "Mice" });
    const prompts = (generateQuestions(article, { explain: true, max: 40 }).candidates ?? []).map((c) => c.prompt);
    expect(prompts).toContain("Why can the Harlow study not say whether the habit lasts?");
    expect(prompts.filter((p) => /\bcannot\b/.test(p) && /^Why (?:do|does|did)\b/.test(p))).toEqual([]);
  });
});
