import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, checksumOf, firstInvalidUtf8Byte, parseArticleFile, parseArticleText } from "@/lib/content/parse";
import { articleSlug, slugFromPath, slugify } from "@/lib/content/slug";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const GOOD_BODY = "The bridge opened in 1932. It carries eight lanes of traffic across the harbour.\n";
const file = (frontMatter: string, body = GOOD_BODY) => utf8(`---\n${frontMatter}---\n\n${body}`);

function expectError(result: ReturnType<typeof parseArticleFile>, line: number, message: RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.file).toBe("articles/bad.md");
  expect(result.error.line).toBe(line);
  expect(result.error.message).toMatch(message);
}

const parseBad = (bytes: Uint8Array) => parseArticleFile({ path: "articles/bad.md", bytes });

describe("parseArticleFile errors name the file and line", () => {
  it("no title in the front matter → line 1", () => {
    expectError(parseBad(file("source: Factdeck\npublished: 2024-01-08\n")), 1, /no title/);
  });

  it("empty title → the title line", () => {
    expectError(parseBad(file("source: Factdeck\ntitle: '  '\n")), 3, /title is empty/);
  });

  it("no front matter at all → line 1", () => {
    expectError(parseBad(utf8("Just a body.\n")), 1, /no front matter/);
  });

  it("front matter never closed → line 1", () => {
    expectError(parseBad(utf8("---\ntitle: Open\n\nBody text here.\n")), 1, /not closed/);
  });

  it("empty body after cleaning → first body line", () => {
    // Only furniture and a heading: nothing survives cleaning.
    expectError(parseBad(file("title: Empty\n", "# Heading\n\nAdvertisement\n\nShare on Facebook\n")), 4, /body is empty/);
    expectError(parseBad(utf8("---\ntitle: Empty\n---\n")), 4, /body is empty/);
  });

  it("invalid UTF-8 → line of the first invalid byte", () => {
    const bytes = concat(utf8("---\ntitle: Bytes\n---\n\nFine line.\nBad "), new Uint8Array([0xc3, 0x28]), utf8(" here.\n"));
    expectError(parseBad(bytes), 6, /not valid UTF-8 \(byte 0xC3\)/);
  });

  it("NUL byte → binary, at its line", () => {
    const bytes = concat(utf8("---\ntitle: Bin\n---\nline four\nline five "), new Uint8Array([0]), utf8("\n"));
    expectError(parseBad(bytes), 5, /binary/);
  });

  it("over 1 MB → line 1; exactly 1 MB is accepted", () => {
    const header = utf8("---\ntitle: Big\n---\n\n");
    const filler = (n: number) => utf8(("Words fill the page. ".repeat(Math.ceil(n / 21))).slice(0, n));
    const exact = concat(header, filler(MAX_ARTICLE_BYTES - header.length));
    expect(exact.length).toBe(MAX_ARTICLE_BYTES);
    expect(parseBad(exact).ok).toBe(true);
    const over = concat(header, filler(MAX_ARTICLE_BYTES + 1 - header.length));
    expect(over.length).toBe(MAX_ARTICLE_BYTES + 1);
    expectError(parseBad(over), 1, /too large: 1048577 bytes/);
  });

  it("broken YAML → the line js-yaml reports, as a file line", () => {
    // Line 1 '---', 2 title, 3 source, 4 the unclosed flow list, 5 where the parser gives up.
    expectError(parseBad(file("title: Broken\nsource: Factdeck\ntags: [news, iraq\npublished: 2024-01-08\n")), 5, /not valid YAML/);
    expectError(parseBad(file("title: Indent\n  source: bad\n")), 3, /not valid YAML/);
  });

  it("published not a valid date → the published line", () => {
    expectError(parseBad(file("title: Dates\npublished: 2024-02-30\n")), 3, /published must be a real date/);
    expectError(parseBad(file("title: Dates\nsource: x\npublished: last Tuesday\n")), 4, /published/);
    expectError(parseBad(file("title: Dates\npublished: '2024-13-01'\n")), 3, /published/);
  });

  it("tags of the wrong shape and a bad url → their lines", () => {
    expectError(parseBad(file("title: Tags\ntags:\n  nested: map\n")), 3, /tags must be a list/);
    expectError(parseBad(file("title: Url\nurl: not a url\n")), 3, /url must be an http/);
  });

  it("front matter that is not a mapping → line 2", () => {
    expectError(parseBad(file("- a\n- b\n")), 2, /key: value/);
  });
});

describe("parseArticleFile success", () => {
  const bytes = file("title: Harbour Bridge\nsource: Factdeck\nurl: https://example.org/bridge\npublished: 2024-03-19\ntags: [Engineering, history, history]\n");
  const result = parseArticleFile({ path: "content/articles/Harbour Bridge.md", bytes });

  it("reads meta, slug, paragraphs and sentences", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      title: "Harbour Bridge",
      source: "Factdeck",
      url: "https://example.org/bridge",
      published: "2024-03-19",
      tags: ["engineering", "history"],
      slug: "harbour-bridge",
      paragraphs: ["The bridge opened in 1932. It carries eight lanes of traffic across the harbour."],
    });
    expect(result.article.sentences.map((s) => s.text)).toEqual([
      "The bridge opened in 1932.",
      "It carries eight lanes of traffic across the harbour.",
    ]);
  });

  it("checksum is the sha256 of the raw bytes, stable across parses and sensitive to any change", () => {
    const again = parseArticleFile({ path: "elsewhere/other-name.md", bytes: bytes.slice() });
    expect(result.ok && again.ok).toBe(true);
    if (!result.ok || !again.ok) return;
    expect(result.article.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(again.article.checksum).toBe(result.article.checksum);
    expect(checksumOf(bytes)).toBe(result.article.checksum);
    expect(checksumOf(concat(bytes, utf8(" ")))).not.toBe(result.article.checksum);
  });

  it("accepts a BOM and CRLF line endings", () => {
    const crlf = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8("---\r\ntitle: Windows\r\n---\r\n\r\nOne line. Two lines.\r\n"));
    const parsed = parseArticleFile({ path: "win.md", bytes: crlf });
    expect(parsed.ok && parsed.article.paragraphs).toEqual(["One line. Two lines."]);
  });
});

describe("bundled articles", () => {
  const dir = fileURLToPath(new URL("../../../content/articles/", import.meta.url));
  const names = readdirSync(dir).filter((n) => n.endsWith(".md"));

  it("there are at least six", () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names)("%s parses cleanly with at least 15 sentences", (name) => {
    const result = parseArticleFile({ path: `content/articles/${name}`, bytes: readFileSync(dir + name) });
    if (!result.ok) throw new Error(`${result.error.file}:${result.error.line} ${result.error.message}`);
    const { article } = result;
    expect(article.sentences.length).toBeGreaterThanOrEqual(15);
    expect(article.slug).toBe(name.replace(/\.md$/, ""));
    expect(article.source).toBeTruthy();
    expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.tags.length).toBeGreaterThan(0);
    for (const s of article.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
  });

  it.each(names.filter((n) => !n.startsWith("iraq-")))("%s (clean prose) loses no paragraph to the furniture rules", (name) => {
    const raw = readFileSync(dir + name, "utf8");
    const body = raw.slice(raw.indexOf("\n---", 3) + 4);
    const blocks = body.split(/\n\s*\n/).map((b) => b.trim().replace(/\s+/g, " ")).filter(Boolean);
    const result = parseArticleFile({ path: name, bytes: utf8(raw) });
    expect(result.ok && result.article.paragraphs).toEqual(blocks);
  });
});

describe("parseArticleText", () => {
  it("takes the title from the first line and leaves it out of the body", () => {
    const result = parseArticleText({ text: "Harbour Bridge opens\n\nThe bridge opened in 1932. It has eight lanes." });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe("Harbour Bridge opens");
    expect(result.article.slug).toBe("harbour-bridge-opens");
    expect(result.article.paragraphs).toEqual(["The bridge opened in 1932. It has eight lanes."]);
    expect(result.article.checksum).toBe(checksumOf(utf8("Harbour Bridge opens\n\nThe bridge opened in 1932. It has eight lanes.")));
  });

  it("uses a given title and metadata", () => {
    const result = parseArticleText({ text: "The bridge opened in 1932.", title: "Bridge", source: "Notes", published: "2024-01-02", tags: ["A", "a"] });
    expect(result.ok && result.article).toMatchObject({ title: "Bridge", source: "Notes", published: "2024-01-02", tags: ["a"], body: "The bridge opened in 1932." });
  });

  it("reads pasted text with front matter like a file", () => {
    const result = parseArticleText({ text: "---\ntitle: Pasted\npublished: 2020-05-01\n---\nBody sentence one. Body two." });
    expect(result.ok && result.article).toMatchObject({ title: "Pasted", published: "2020-05-01", slug: "pasted" });
  });

  it("reports empty text and a bad date", () => {
    const empty = parseArticleText({ text: "  \n\n", file: "paste" });
    expect(empty).toEqual({ ok: false, error: { file: "paste", line: 1, message: expect.stringMatching(/empty/) } });
    const headlineOnly = parseArticleText({ text: "Only a headline\n" });
    expect(headlineOnly.ok).toBe(false);
    const badDate = parseArticleText({ text: "Title\n\nBody here.", published: "2024-02-30" });
    expect(badDate.ok || badDate.error.message).toMatch(/published/);
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), fc.option(fc.string()), (text, title) => {
        const result = parseArticleText({ text, ...(title === null ? {} : { title }) });
        if (result.ok) {
          for (const s of result.article.sentences) expect(result.article.body.slice(s.start, s.end)).toBe(s.text);
        } else {
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary page-like text either", () => {
    const piece = fc.constantFrom("\n", "\n\n", "---\n", "# ", "Share", "Related\n", '"', "“", "”", "U.S. ", "Dr. ", "...", "?", "<p>", "&amp;", "[x](y)", "*", "_", "REUTERS/", "2024 01 08T193634Z ", "title: x\n", "Word ", "Another sentence. ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(() => parseArticleText({ text: pieces.join("") })).not.toThrow();
        expect(() => parseArticleFile({ path: "p.md", bytes: utf8(pieces.join("")) })).not.toThrow();
      }),
    );
  });
});

describe("firstInvalidUtf8Byte", () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe2, 0x80, 0x9c], -1], // “
    [[0xf0, 0x9f, 0x98, 0x80], -1], // emoji
    [[0x61, 0xff], 1],
    [[0xc0, 0xaf], 0], // overlong "/"
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x61, 0xe2, 0x80], 1], // truncated
  ])("%j → %i", (bytes, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(expected);
  });
});

describe("slugs", () => {
  it("kebab-cases file names and titles", () => {
    expect(slugFromPath("content/articles/Iraq US Forces.md")).toBe("iraq-us-forces");
    expect(slugify("Iraq’s U.S. Forces — Ça va, 2024!")).toBe("iraqs-us-forces-ca-va-2024");
    expect(articleSlug({ title: "!!!" })).toBe("article");
    expect(slugify("word ".repeat(40)).length).toBeLessThanOrEqual(80);
  });
});
