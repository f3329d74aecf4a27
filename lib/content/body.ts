// Raw article body (markdown, HTML fragments or pasted page text) → clean paragraphs.

import { furnitureMask, isFurnitureLine } from "./furniture";
import { noOutline } from "../domain/outline";
import type { ArticleOutline, OutlineHeading } from "../domain/types";
import { decodeEntities, normalizeSpaces, stripHtml, stripInlineMarkdown } from "./markup";

/** A paragraph break inside a block: a long line ending a sentence is a pasted paragraph of its own. */
const PASTED_PARAGRAPH_MIN_CHARS = 150;

type LineKind = "text" | "blank" | "heading" | "item" | "drop";

interface Line {
  kind: LineKind;
  text: string;
  /** A heading's level: 1 for "#" (and a "=" underline), 2 for "##" (and a "-" underline), … */
  level?: number;
}

/** Classify markdown block syntax line by line; the text keeps inline markup for now. */
function readLines(raw: string): Line[] {
  const source = stripHtml(raw.replace(/\r\n?|\u2028|\u2029/g, "\n")).split("\n");
  const lines: Line[] = [];
  let inFence = false;
  for (const rawLine of source) {
    const text = normalizeSpaces(decodeEntities(rawLine));
    if (/^(?:```|~~~)/.test(text)) {
      inFence = !inFence; // code is not prose: fenced blocks are dropped whole
      lines.push({ kind: "drop", text: "" });
      continue;
    }
    if (inFence) {
      lines.push({ kind: "drop", text: "" });
      continue;
    }
    if (text === "") {
      lines.push({ kind: "blank", text: "" });
      continue;
    }
    const previous = lines[lines.length - 1];
    if (/^(?:=+|-+)$/.test(text) && previous?.kind === "text") {
      previous.kind = "heading"; // setext heading: the underlined line above
      previous.level = text.startsWith("=") ? 1 : 2;
      lines.push({ kind: "drop", text: "" });
      continue;
    }
    if (/^(?:[-*_]\s*){3,}$/.test(text)) {
      lines.push({ kind: "blank", text: "" }); // horizontal rule
      continue;
    }
    if (/^\[[^\]]+\]:\s*\S+/.test(text) || /^\|.*\|$/.test(text) || /^[|:\s-]+$/.test(text)) {
      lines.push({ kind: "drop", text: "" }); // link reference definitions, tables
      continue;
    }
    const heading = /^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?$/.exec(text);
    if (heading) {
      lines.push({ kind: "heading", text: heading[2] ?? "", level: heading[1].length });
      continue;
    }
    const unquoted = text.replace(/^(?:>\s?)+/, "");
    const item = /^(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/.exec(unquoted);
    if (item) lines.push({ kind: "item", text: item[1] });
    else lines.push({ kind: "text", text: unquoted });
  }
  return lines;
}

const isSentenceEnd = (text: string): boolean => /[.!?…]["'”’)\]]*$/u.test(text);

/**
 * Drop a quotation mark left unmatched at a paragraph's edge. Pasted pages often open the
 * standfirst (the deck under the headline) with a stray `"` from the page's pull-quote styling.
 * The standfirst itself is the publisher's own prose summary, fact-dense and worth questions,
 * so we keep the paragraph and remove only the quote, which would otherwise read as an unclosed
 * quotation (and confuse quote-aware sentence splitting and display).
 */
export function dropUnmatchedEdgeQuotes(paragraph: string): string {
  let text = paragraph;
  const straight = (text.match(/"/g) ?? []).length;
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (straight % 2 === 1 && text.startsWith('"')) text = text.slice(1);
  else if (straight % 2 === 1 && text.endsWith('"') && !isSentenceEnd(text.slice(0, -1))) text = text.slice(0, -1);
  if (opens > closes && text.startsWith("“")) text = text.slice(1);
  if (closes > opens && text.endsWith("”") && !isSentenceEnd(text.slice(0, -1))) text = text.slice(0, -1);
  return text.trim();
}

/** Whether a paragraph carries words (not just punctuation or symbols). */
const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * Clean a raw body into paragraphs: HTML stripped, entities decoded, page furniture removed,
 * markdown headings dropped (a heading is not a sentence), inline markdown reduced to its text,
 * soft-wrapped lines joined, whitespace normalised.
 */
export function cleanBody(raw: string): string[] {
  return readBody(raw).paragraphs;
}

/**
 * The clean paragraphs of a raw body (as `cleanBody`) and its outline: the headings between them
 * and which paragraphs were list items. The paragraphs alone are the text; the outline is layout.
 */
export function readBody(raw: string): { paragraphs: string[]; outline: ArticleOutline } {
  const lines = readLines(raw);
  // Furniture rules see the plain text of every line, headings included ("## More from X").
  const plain = lines.map((line) => (line.kind === "blank" || line.kind === "drop" ? "" : stripInlineMarkdown(line.text)));
  const furniture = furnitureMask(plain);

  const paragraphs: string[] = [];
  const outline = noOutline();
  let pending: Omit<OutlineHeading, "paragraph">[] = [];
  let current: string[] = [];
  let currentIsItem = false;
  const flush = () => {
    const text = dropUnmatchedEdgeQuotes(normalizeSpaces(current.join(" ")));
    if (hasWords(text)) {
      for (const heading of pending) outline.headings.push({ ...heading, paragraph: paragraphs.length });
      pending = [];
      if (currentIsItem) outline.listItems.push(paragraphs.length);
      paragraphs.push(text);
    }
    current = [];
    currentIsItem = false;
  };
  lines.forEach((line, k) => {
    if (line.kind === "blank" || line.kind === "heading" || furniture[k]) {
      flush();
      const text = normalizeSpaces(plain[k]);
      if (line.kind === "heading" && !furniture[k] && hasWords(text)) pending.push({ level: line.level ?? 2, text });
      return;
    }
    if (line.kind === "drop") return;
    if (line.kind === "item") flush();
    current.push(plain[k]);
    currentIsItem ||= line.kind === "item";
    if (line.kind === "item" || (plain[k].length >= PASTED_PARAGRAPH_MIN_CHARS && isSentenceEnd(plain[k]))) flush();
  });
  flush();
  return { paragraphs, outline };
}

/**
 * The headline of pasted text: its first line that is neither blank nor furniture (markdown or
 * HTML heading markers removed), with the rest of the text after it. `line` is 1-based in the
 * text once HTML tags are stripped (the same as the raw line for plain text and markdown).
 */
export function takeTitleLine(raw: string): { title: string; rest: string; line: number } | null {
  const source = stripHtml(raw.replace(/\r\n?|\u2028|\u2029/g, "\n")).split("\n");
  const lines = readLines(source.join("\n"));
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.kind === "blank" || line.kind === "drop") continue;
    const title = normalizeSpaces(stripInlineMarkdown(line.text));
    if (title === "" || isFurnitureLine(title)) continue;
    return { title, rest: source.slice(k + 1).join("\n"), line: k + 1 };
  }
  return null;
}
