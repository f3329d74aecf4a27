// Article files and pasted text → CleanArticle, or one clear error naming the file and line.

import { createHash } from "node:crypto";
import matter from "gray-matter";
import { z } from "zod";
import type { CleanArticle } from "../domain/types";
import { readBody, takeTitleLine } from "./body";
import { PARAGRAPH_SEPARATOR, splitSentences } from "./sentences";
import { articleSlug } from "./slug";

/** Largest article file we accept (1 MiB); bigger inputs are refused, not truncated. */
export const MAX_ARTICLE_BYTES = 1_048_576;

/** What went wrong with an article input, and where (1-based line). */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

export type ParseResult = { ok: true; article: CleanArticle } | { ok: false; error: ContentError };

/** sha256 (hex) of raw bytes: the article's identity for idempotent import. */
export function checksumOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Number of "\n" bytes before `index`, plus one. */
function lineAtByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let k = 0; k < index && k < bytes.length; k++) if (bytes[k] === 0x0a) line++;
  return line;
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let k = 0;
  while (k < bytes.length) {
    const b = bytes[k];
    if (b < 0x80) {
      k++;
      continue;
    }
    let need: number;
    let min: number; // smallest code point for this length: rejects overlong encodings
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return k;
    for (let j = 1; j <= need; j++) {
      const c = bytes[k + j];
      if (c === undefined || (c & 0xc0) !== 0x80) return k;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return k;
    k += need + 1;
  }
  return -1;
}

const isCalendarDate = (text: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const text = (label: string) =>
  z.union([z.string(), z.number()], { error: `${label} must be text` }).transform((v) => String(v).trim());

/** Front matter as authors write it. YAML turns an unquoted 2024-01-08 into a Date: both are accepted. */
const FrontMatterSchema = z.object({
  title: z
    .union([z.string(), z.number()], {
      error: (issue) =>
        issue.input === undefined ? "the front matter has no title" : issue.input === null ? "title is empty" : "title must be text",
    })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, "title is empty")),
  source: text("source").optional(),
  url: z
    .string({ error: "url must be text" })
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: "url must be an http(s) address" }))
    .optional(),
  published: z
    .union([z.string(), z.date()], { error: "published must be a date written YYYY-MM-DD" })
    .optional(),
  tags: z
    .union([z.array(z.union([z.string(), z.number()])), z.string()], {
      error: "tags must be a list of words, e.g. [news, iraq]",
    })
    .optional()
    .transform((v) => {
      const list = v === undefined ? [] : Array.isArray(v) ? v.map(String) : v.split(",");
      return [...new Set(list.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    }),
});

/** Where the front matter block sits in the (LF-normalised) text. */
interface FrontMatterBlock {
  /** Lines of YAML between the delimiters. */
  yamlLines: string[];
  /** 1-based file line of the first body line. */
  bodyLine: number;
}

const normalizeNewlines = (text: string): string => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

function findFrontMatter(lines: string[]): FrontMatterBlock | "unclosed" | null {
  if (lines[0]?.trimEnd() !== "---") return null;
  for (let k = 1; k < lines.length; k++) {
    if (lines[k].trimEnd() === "---") return { yamlLines: lines.slice(1, k), bodyLine: k + 2 };
  }
  return "unclosed";
}

/** 1-based file line of a top-level front matter key (its YAML line + the opening delimiter). */
function keyLine(block: FrontMatterBlock, key: string): number {
  const k = block.yamlLines.findIndex((line) => new RegExp(`^["']?${key}["']?\\s*:`).test(line));
  return k >= 0 ? k + 2 : 1;
}

/** The scalar text written after `key:` (quotes and trailing comment removed), if on one line. */
function rawScalar(block: FrontMatterBlock, key: string): string | undefined {
  const line = block.yamlLines.find((l) => new RegExp(`^${key}\\s*:`).test(l));
  if (!line) return undefined;
  return line
    .replace(new RegExp(`^${key}\\s*:\\s*`), "")
    .replace(/\s+#.*$/, "")
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2");
}

function normalizePublished(value: string | Date | undefined, raw: string | undefined): string | undefined | Error {
  if (value === undefined) return undefined;
  // Prefer what the author wrote: YAML silently rolls 2024-02-30 over to a valid Date.
  const written = raw ?? (value instanceof Date ? value.toISOString().slice(0, 10) : value);
  return isCalendarDate(written) ? written : new Error(`published must be a real date written YYYY-MM-DD (got "${written}")`);
}

interface Body {
  title: string;
  source?: string;
  url?: string;
  published?: string;
  tags: string[];
  raw: string;
}

function buildArticle(file: string, path: string | undefined, meta: Body, checksum: string, bodyLine: number): ParseResult {
  const read = readBody(meta.raw);
  let { paragraphs, outline } = read;
  // A body that repeats the title as its first line (common in pastes) would duplicate it.
  const sameAsTitle = (p: string) => p.toLowerCase().replace(/\W+/g, " ").trim() === meta.title.toLowerCase().replace(/\W+/g, " ").trim();
  outline = { ...outline, headings: outline.headings.filter((h) => !sameAsTitle(h.text)) };
  if (paragraphs.length > 0 && sameAsTitle(paragraphs[0])) {
    paragraphs = paragraphs.slice(1);
    outline = {
      headings: outline.headings.map((h) => ({ ...h, paragraph: Math.max(0, h.paragraph - 1) })),
      listItems: outline.listItems.filter((p) => p > 0).map((p) => p - 1),
    };
  }
  if (paragraphs.length === 0) {
    return { ok: false, error: { file, line: bodyLine, message: "the article body is empty (nothing left after cleaning)" } };
  }
  const article: CleanArticle = {
    title: meta.title,
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    tags: meta.tags,
    slug: articleSlug({ path, title: meta.title }),
    body: paragraphs.join(PARAGRAPH_SEPARATOR),
    paragraphs,
    sentences: splitSentences(paragraphs),
    outline,
    checksum,
  };
  return { ok: true, article };
}

const fail = (file: string, line: number, message: string): ParseResult => ({ ok: false, error: { file, line, message } });

interface YamlError {
  reason?: string;
  mark?: { line?: number };
  message?: string;
}

/** Parse an article file (markdown with YAML front matter). Never throws. */
export function parseArticleFile(input: { path: string; bytes: Uint8Array }): ParseResult {
  return parseFileBytes(input.path, input.path, input.bytes);
}

/** `file` names the input in errors; `path` (when there is one) gives the slug. */
function parseFileBytes(file: string, path: string | undefined, bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(file, 1, `the file is too large: ${bytes.length} bytes (the limit is ${MAX_ARTICLE_BYTES} bytes, 1 MB)`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(file, lineAtByte(bytes, nul), "this is a binary file (it contains a NUL byte), not a text article");
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    const hex = bytes[invalid].toString(16).toUpperCase().padStart(2, "0");
    return fail(file, lineAtByte(bytes, invalid), `the file is not valid UTF-8 (byte 0x${hex}); save it as UTF-8`);
  }
  const source = normalizeNewlines(new TextDecoder("utf-8").decode(bytes));
  const block = findFrontMatter(source.split("\n"));
  if (block === null) return fail(file, 1, "the file has no front matter: start it with a '---' block containing 'title: …'");
  if (block === "unclosed") return fail(file, 1, "the front matter is not closed: add a line '---' after it");

  let parsed: { data: unknown; content: string };
  try {
    // Passing options turns off gray-matter's global cache (it would return shared objects).
    parsed = matter(source, { excerpt: false });
  } catch (error) {
    const yaml = error as YamlError;
    // js-yaml counts lines from 0 starting at the opening '---' line: +1 gives the file line.
    const reported = typeof yaml.mark?.line === "number" ? yaml.mark.line + 1 : 1;
    const line = Math.min(Math.max(reported, 2), Math.max(2, block.bodyLine - 2));
    return fail(file, line, `the front matter is not valid YAML: ${yaml.reason ?? yaml.message ?? String(error)}`);
  }
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(file, 2, "the front matter must be a list of 'key: value' lines");
  }
  // An empty value ("published:") means "not given", not "wrong type".
  const given = Object.fromEntries(Object.entries(data).filter(([key, value]) => value !== null || key === "title"));
  const result = FrontMatterSchema.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue.path[0] ?? "title");
    const line = key in data ? keyLine(block, key) : 1;
    return fail(file, line, issue.message);
  }
  const published = normalizePublished(result.data.published, rawScalar(block, "published"));
  if (published instanceof Error) return fail(file, keyLine(block, "published"), published.message);

  return buildArticle(
    file,
    path,
    { ...result.data, published, raw: parsed.content },
    checksumOf(bytes),
    block.bodyLine,
  );
}

/** Longest first line still taken as a title when the caller gives none. */
const MAX_TITLE_CHARS = 160;

/**
 * Parse pasted text (teacher workspace). The title is `title` when given, else the first line of
 * the text (which then leaves the body). A first line too long to be a headline stays in the body
 * and its first words become the title. Text that starts with a front matter block (and no `title`
 * given) is read like a file. The checksum is that of the text's UTF-8 bytes. Never throws.
 */
export function parseArticleText(input: {
  text: string;
  title?: string;
  file?: string;
  source?: string;
  url?: string;
  published?: string;
  tags?: string[];
}): ParseResult {
  const file = input.file ?? "pasted text";
  const bytes = new TextEncoder().encode(input.text);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(file, 1, `the text is too large: ${bytes.length} bytes (the limit is ${MAX_ARTICLE_BYTES} bytes, 1 MB)`);
  }
  const nul = input.text.indexOf("\u0000");
  if (nul >= 0) return fail(file, input.text.slice(0, nul).split("\n").length, "the text contains a NUL character (binary data?)");

  // Pasted markdown that carries its own front matter is read like a file.
  if (input.title === undefined) {
    const block = findFrontMatter(normalizeNewlines(input.text).split("\n"));
    if (block !== null && block !== "unclosed") return parseFileBytes(file, input.file, bytes);
  }

  let raw = normalizeNewlines(input.text);
  let title = (input.title ?? "").trim();
  let bodyLine = 1;
  if (!title) {
    const head = takeTitleLine(raw);
    if (head === null) return fail(file, 1, "the text is empty (nothing left after cleaning)");
    if (head.title.length <= MAX_TITLE_CHARS) {
      title = head.title;
      raw = head.rest;
      bodyLine = head.line + 1;
    } else {
      // A first line this long is prose, not a headline: it stays in the body.
      title = head.title.split(/\s+/).slice(0, 12).join(" ") + "…";
    }
    if (!/[\p{L}\p{N}]/u.test(title)) return fail(file, head.line, "the text has no title: give one or start with a headline line");
  }
  const published = input.published?.trim() || undefined;
  if (published !== undefined && !isCalendarDate(published)) {
    return fail(file, 1, `published must be a real date written YYYY-MM-DD (got "${published}")`);
  }
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const meta: Body = {
    title,
    ...(input.source?.trim() ? { source: input.source.trim() } : {}),
    ...(input.url?.trim() ? { url: input.url.trim() } : {}),
    ...(published ? { published } : {}),
    tags,
    raw,
  };
  return buildArticle(file, input.file, meta, checksumOf(bytes), bodyLine);
}
