// Generator 0.9.49: what the file's outline (headings, list items) and the sentences before tell
// the generator — a thing brought in with "a" or by a name and its noun is the next sentence's
// "it", and so is the "it" after that; a heading stops a topic carrying over unless it names it;
// a list item that names what it describes is asked by its description.
import { describe, expect, it } from "vitest";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { generateQuestions } from "../../../lib/generate";
import type { ArticleOutline, CleanArticle } from "../../../lib/domain/types";

const prompts = (article: CleanArticle) => generateQuestions(article).questions.map((q) => q.prompt);
const withOutline = (paragraphs: string[], outline: ArticleOutline) => ({ ...articleFromParagraphs(paragraphs), outline });

describe("sections, lists and the sentences before, 0.9.49", () => {
  it("reads a name and its noun ('the Hallam vaccine') as the next sentence's 'it', and the 'it' after that", () => {
    const asked = prompts(articleFromParagraphs([
      "The Hallam vaccine protects against three illnesses in a single injection. It contains weakened forms of the live viruses. It was introduced in Norway in 1988, replacing a vaccine that had been offered since 1968.",
    ]));
    expect(asked.some((p) => /^The Hallam vaccine was introduced in\b/.test(p) || /\bwas the Hallam vaccine introduced\b/.test(p))).toBe(true);
    expect(asked.some((p) => /^It\b/.test(p))).toBe(false);
  });

  it("reads a thing brought in with 'a' as 'the …' to the next sentence's 'it', but a thing the sentence names goes by its name", () => {
    const asked = prompts(articleFromParagraphs(["A few days later a blotchy rash appears. It was first described by doctors in Leeds in 1999."]));
    expect(asked.some((p) => /\bthe blotchy rash\b/i.test(p) && /Leeds|1999|_____/.test(p))).toBe(true);
    const named = prompts(articleFromParagraphs([
      "A secret club called Unity or Ruin, better known as the Red Lamp, was founded in 1911. It was led by Colonel Marek Dostal, the head of the palace guard.",
    ]));
    expect(named.some((p) => /\bthe secret club\b/i.test(p))).toBe(false);
  });

  it("does not carry a topic's 'it' over a heading that does not name it, and does over one that does", () => {
    const paragraphs = ["The Hallam Bridge crosses the River Tay at Perth.", "It was opened in 1988 by the Duke of Fife."];
    const opened = (article: CleanArticle) => prompts(article).some((p) => /Hallam Bridge (?:was )?opened|opened the Hallam Bridge|was the Hallam Bridge opened/.test(p));
    expect(opened(articleFromParagraphs(paragraphs))).toBe(true);
    expect(opened(withOutline(paragraphs, { headings: [{ paragraph: 1, level: 2, text: "The ferry" }], listItems: [] }))).toBe(false);
    expect(opened(withOutline(paragraphs, { headings: [{ paragraph: 1, level: 2, text: "History of the Hallam Bridge" }], listItems: [] }))).toBe(true);
  });

  it("asks what a list item that names a description is called, only when the file made it a list item", () => {
    const paragraphs = ["The first signs appear about ten days after infection. They include:", "a high temperature", "small white spots inside the cheeks, known as Koplik spots"];
    const asked = generateQuestions(withOutline(paragraphs, { headings: [], listItems: [1, 2] })).questions;
    const item = asked.find((q) => q.prompt === "What are the small white spots inside the cheeks known as?");
    expect(item?.answer).toBe("Koplik spots");
    expect(prompts(articleFromParagraphs(paragraphs))).not.toContain("What are the small white spots inside the cheeks known as?");
    // (An item with a verb of its own, or a pronoun, is no description to ask by.)
    const other = prompts(withOutline(["They include:", "spots that are known as Koplik spots", "their spots, known as Koplik spots"], { headings: [], listItems: [1, 2] }));
    expect(other.some((p) => /known as\?$/.test(p))).toBe(false);
  });
});
