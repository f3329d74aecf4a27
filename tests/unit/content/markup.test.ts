import { describe, expect, it } from "vitest";
import { cleanBody, dropUnmatchedEdgeQuotes } from "@/lib/content/body";
import { decodeEntities, normalizeSpaces, stripHtml, stripInlineMarkdown } from "@/lib/content/markup";
import { parseArticleFile, parseArticleText } from "@/lib/content/parse";

describe("markup to plain text", () => {
  it("decodes named and numeric entities, leaves unknown ones", () => {
    expect(decodeEntities("Caf&eacute; &amp; bar &#8212; &#x2019; &euro;5 &bogus; &#xD800;")).toBe("Café & bar — ’ €5 &bogus; \ufffd");
  });

  it("strips tags, scripts and comments; block tags break paragraphs", () => {
    expect(stripHtml("<p>One <b>bold</b> word</p><script>alert(1)</script><!-- note --><p>Two</p>")).toBe("\n\nOne bold word\n\n\n\nTwo\n\n");
    expect(stripHtml("3 < 4 and 5 > 2")).toBe("3 < 4 and 5 > 2");
  });

  it("reduces inline markdown to its text", () => {
    expect(stripInlineMarkdown("A [link](https://x.org/a_(b)) and ![img](p.png) **bold**, *it*, _em_, `code`, ~~old~~[^1][2]."))
      .toBe("A link and  bold, it, em, code, old.");
    expect(stripInlineMarkdown("snake_case_name and 2*3*4 stay")).toBe("snake_case_name and 2*3*4 stay");
  });

  it("normalises exotic spaces and invisible characters", () => {
    expect(normalizeSpaces("\u00a0a\u200b b\tc\u2009 d ")).toBe("a b c d");
  });
});

describe("cleanBody", () => {
  it("drops headings, joins soft-wrapped lines, splits list items", () => {
    const raw = "# Title\n\nFirst line\nwrapped here.\n\n## Section\n\n- item one\n- item two\n\nSetext\n======\n\nLast.";
    expect(cleanBody(raw)).toEqual(["First line wrapped here.", "item one", "item two", "Last."]);
  });

  it("drops fenced code and tables", () => {
    expect(cleanBody("Intro.\n\n```\ncode();\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nOutro.")).toEqual(["Intro.", "Outro."]);
  });

  it("keeps long pasted lines as separate paragraphs even without blank lines", () => {
    const long = (n: number) => `Paragraph ${n} ` + "has many words in it ".repeat(8) + "and ends here.";
    expect(cleanBody(`${long(1)}\n${long(2)}`)).toEqual([long(1), long(2)]);
  });

  it("drops an unmatched quote at a paragraph edge only", () => {
    expect(dropUnmatchedEdgeQuotes('"Standfirst without a closing quote.')).toBe("Standfirst without a closing quote.");
    expect(dropUnmatchedEdgeQuotes("“Curly stray opener.")).toBe("Curly stray opener.");
    expect(dropUnmatchedEdgeQuotes('"Balanced," she said.')).toBe('"Balanced," she said.');
  });
});

describe("front matter details", () => {
  const parse = (text: string) => parseArticleFile({ path: "a.md", bytes: new TextEncoder().encode(text) });

  it("treats an empty value as absent and a comma string as tags", () => {
    const result = parse("---\ntitle: 1984\npublished:\ntags: Books, Orwell\n---\nThe novel appeared in 1949.");
    expect(result.ok && result.article).toMatchObject({ title: "1984", tags: ["books", "orwell"] });
    expect(result.ok && "published" in result.article).toBe(false);
  });

  it("an empty title value is reported on its line", () => {
    const result = parse("---\nsource: x\ntitle:\n---\nBody.");
    expect(result.ok || result.error).toEqual({ file: "a.md", line: 3, message: "title is empty" });
  });
});

describe("pathological input still parses (never throws)", () => {
  it.each([
    ["periods", "A. ".repeat(60_000)],
    ["nested curly quotes", "“".repeat(30_000) + "x." + "”".repeat(30_000)],
    ["unclosed links", "[a](".repeat(40_000)],
    ["unclosed images", "![a](".repeat(40_000)],
    ["unclosed comments", "<!--".repeat(40_000)],
    ["unclosed headings", "<h1>".repeat(40_000)],
    ["stray emphasis", "**a _b ".repeat(40_000)],
  ])("%s", (_name, body) => {
    const result = parseArticleText({ text: `Title\n\n${body}` });
    if (result.ok) expect(result.article.paragraphs.length).toBeGreaterThan(0);
    else expect(result.error.message).toMatch(/empty/);
  });
});
