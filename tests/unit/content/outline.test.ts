import { describe, expect, it } from "vitest";
import { readBody } from "@/lib/content/body";
import { parseArticleText } from "@/lib/content/parse";
import { articleBlocks } from "@/lib/domain/outline";

describe("readBody: the outline beside the paragraphs", () => {
  it("keeps each heading with the paragraph it stands before, and its level", () => {
    const { paragraphs, outline } = readBody("Intro line.\n\n## What is measles?\n\nAn illness.\n\nIt spreads.\n\n### Symptoms\nA rash.");
    expect(paragraphs).toEqual(["Intro line.", "An illness.", "It spreads.", "A rash."]);
    expect(outline.headings).toEqual([
      { paragraph: 1, level: 2, text: "What is measles?" },
      { paragraph: 3, level: 3, text: "Symptoms" },
    ]);
  });

  it("reads setext headings, strips inline markup and drops empty, trailing and furniture headings", () => {
    const { outline } = readBody("Big\n===\n\nText one.\n\nSmall *one*\n---\n\nText two.\n\n## More from the BBC\n\nText three.\n\n##\n\n## At the end");
    expect(outline.headings).toEqual([
      { paragraph: 0, level: 1, text: "Big" },
      { paragraph: 1, level: 2, text: "Small one" },
    ]);
  });

  it("marks list items, numbered or bulleted, and nothing else", () => {
    const { paragraphs, outline } = readBody("They include:\n\n- a high temperature\n- a cough\n\nLater a rash.\n\n1. first\n2) second");
    expect(paragraphs).toEqual(["They include:", "a high temperature", "a cough", "Later a rash.", "first", "second"]);
    expect(outline.listItems).toEqual([1, 2, 4, 5]);
  });
});

describe("parseArticleText: the outline of a whole article", () => {
  it("drops a heading that repeats the title and renumbers after a first line that does", () => {
    const result = parseArticleText({ text: "# Measles\n\nMeasles\n\n## Spread\n\nIt spreads.\n\n- coughs\n- sneezes", title: "Measles" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs).toEqual(["It spreads.", "coughs", "sneezes"]);
    expect(result.article.outline).toEqual({ headings: [{ paragraph: 0, level: 2, text: "Spread" }], listItems: [1, 2] });
  });
});

describe("articleBlocks: what the article page shows", () => {
  it("puts headings before their paragraph and gathers runs of items into one list each", () => {
    const blocks = articleBlocks(["Intro.", "a", "b", "Between.", "c"], {
      headings: [{ paragraph: 1, level: 2, text: "Signs" }],
      listItems: [1, 2, 4],
    });
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Intro." },
      { kind: "heading", level: 2, text: "Signs" },
      { kind: "list", items: ["a", "b"] },
      { kind: "paragraph", text: "Between." },
      { kind: "list", items: ["c"] },
    ]);
  });

  it("shows plain paragraphs for an article stored before outlines were kept", () => {
    expect(articleBlocks(["One.", "Two."], undefined)).toEqual([
      { kind: "paragraph", text: "One." },
      { kind: "paragraph", text: "Two." },
    ]);
  });
});
