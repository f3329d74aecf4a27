// Sentence splitting for clean article bodies. Hand-written (no NLP dependency) so that its
// behaviour is ours to test and pin: the question generator keys provenance on these offsets.
//
// Rules, in order:
// - Paragraphs are split independently: a sentence never crosses a paragraph boundary.
// - A candidate boundary is a run of terminal punctuation (. ? ! …) plus any closing quotes or
//   brackets right after it, followed by whitespace and a token that can start a sentence (not a
//   lower-case letter), or by the end of the paragraph.
// - No boundary while inside a matched quotation ("…" or “…”): a quoted passage stays whole, and a
//   boundary may fall right after its closing quote (`He said "go." Then …`).
// - A period closing an abbreviation is not a boundary. "Hard" abbreviations (titles such as Dr.,
//   Mr., St.; e.g., i.e.) never end a sentence; "soft" ones (U.S., a.m., initials, months, Inc.)
//   end one only when the next word is a typical sentence opener ("The", "It", "In" …), which is how
//   "in the U.S. The army …" splits while "the U.S. Army" and "George W. Bush" do not.
// - Decimals (3.5) and dotted acronyms never split: a boundary needs whitespace after it.

import type { Sentence } from "../domain/types";

/** The separator `CleanArticle.body` puts between paragraphs; offsets assume it. */
export const PARAGRAPH_SEPARATOR = "\n\n";

const TERMINALS = new Set([".", "?", "!", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
const OPENING_PUNCT = /^[("'“‘«[]+/;

/** Abbreviations that precede something (a name, an example): never the end of a sentence. */
const HARD_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "maj", "sgt",
  "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "fr",
  "e.g", "i.e", "cf", "vs", "viz", "approx", "ca",
]);

/** Abbreviations that can also close a sentence: decided by the word after them. */
const SOFT_ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "inc", "ltd", "co", "corp", "bros", "jr", "sr", "etc", "al", "plc", "dept", "est", "univ",
]);

/** Abbreviations that introduce a number ("No. 10", "p. 5", "c. 1500"). */
const NUMBER_ABBREVIATIONS = new Set(["no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "c", "ch", "sec"]);

/** Words that typically open a sentence; after a soft abbreviation they signal a real boundary. */
const SENTENCE_OPENERS = new Set(
  (
    "the a an this that these those it its he she they we i you his her their our my your " +
    "but and so yet or nor in on at by for from with after before during when while since if as " +
    "although though however then there here today yesterday tomorrow meanwhile despite many some " +
    "most all both each other such now also still even later earlier what why how who where which " +
    "according under over among until unless because thus therefore instead nevertheless"
  ).split(" "),
);

const LOWERCASE_START = /^\p{Ll}/u;
const DIGIT_START = /^\p{Nd}/u;
const DOTTED_ACRONYM = /^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/**
 * Split paragraphs into sentences. Offsets (`start`, `end`, end exclusive) index into
 * `paragraphs.join("\n\n")`; `text` is exactly that slice (trimmed of surrounding whitespace).
 */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const [start, end] of splitParagraph(paragraph)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        text: paragraph.slice(start, end),
        start: offset + start,
        end: offset + end,
      });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  });
  return sentences;
}

/** Sentence spans [start, end) within one paragraph, trimmed of whitespace. */
export function splitParagraph(paragraph: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const insideQuote = quotedPositions(paragraph);
  let sentenceStart = 0;
  let lastVisible = paragraph.length - 1;
  while (lastVisible >= 0 && /\s/u.test(paragraph[lastVisible])) lastVisible--;
  let i = 0;
  while (i < paragraph.length) {
    if (!TERMINALS.has(paragraph[i])) {
      i++;
      continue;
    }
    const terminalStart = i;
    while (i < paragraph.length && TERMINALS.has(paragraph[i])) i++;
    while (i < paragraph.length && CLOSERS.has(paragraph[i])) i++;
    // i is now just past the candidate boundary.
    if (i > lastVisible) break; // only whitespace left: the paragraph's last sentence
    if (!/\s/u.test(paragraph[i])) continue;
    if (insideQuote[i - 1]) continue;
    const next = nextWord(paragraph, i);
    if (!canStartSentence(next)) continue;
    if (isAbbreviationPeriod(paragraph, terminalStart, i, next)) continue;
    pushTrimmed(spans, paragraph, sentenceStart, i);
    sentenceStart = i;
  }
  pushTrimmed(spans, paragraph, sentenceStart, paragraph.length);
  return spans;
}

function pushTrimmed(spans: Array<[number, number]>, text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) spans.push([start, end]);
}

/** The whitespace-delimited token starting after position `from` (skipping whitespace). */
function nextWord(text: string, from: number): string {
  const match = /^\s*(\S+)/u.exec(text.slice(from, from + 80));
  return match ? match[1] : "";
}

function canStartSentence(word: string): boolean {
  const bare = word.replace(OPENING_PUNCT, "");
  if (bare === "") return word !== "";
  if (LOWERCASE_START.test(bare)) return false;
  // A sentence does not begin with a comma, semicolon, closing bracket and the like.
  return !/^[,;:)\]}%]/u.test(bare);
}

/**
 * Whether the terminal run at [terminalStart, after) is the period of an abbreviation rather than
 * the end of a sentence. Only a lone "." can be an abbreviation period.
 */
function isAbbreviationPeriod(text: string, terminalStart: number, after: number, next: string): boolean {
  if (text[terminalStart] !== ".") return false;
  const runEnd = terminalStart + 1;
  if (runEnd < text.length && TERMINALS.has(text[runEnd])) return false; // "..." or ".?"
  if (after !== runEnd) return false; // "U.S.)" or `go."` — a closer follows: treat as a boundary
  const token = tokenBefore(text, terminalStart);
  if (token === "") return false;
  const lower = token.toLowerCase();
  const nextBare = next.replace(OPENING_PUNCT, "");
  const nextIsOpener = SENTENCE_OPENERS.has(nextBare.replace(/[^\p{L}]+$/u, "").toLowerCase());

  if (HARD_ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower) && DIGIT_START.test(nextBare)) return true;
  if (SOFT_ABBREVIATIONS.has(lower) || DOTTED_ACRONYM.test(token) || SINGLE_CAPITAL.test(token)) {
    return !nextIsOpener;
  }
  return false;
}

/** The word ending right before `end` (exclusive), without leading quotes or brackets. */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1])) start--;
  return text.slice(start, end).replace(OPENING_PUNCT, "");
}

/**
 * For each position, whether it lies strictly inside a matched quotation (after the opening quote
 * and before the closing one). Unmatched quotes — a stray `"` at the start of a pasted standfirst —
 * are ignored, so they cannot swallow the rest of a paragraph.
 */
function quotedPositions(text: string): boolean[] {
  // Difference array: +1 after each opening quote, -1 at its closing quote (linear even when nested).
  const depth = new Int32Array(text.length + 1);
  const mark = (open: number, close: number) => {
    depth[open + 1]++;
    depth[close]--;
  };
  // Curly quotes nest; straight quotes are paired by their position (opening after a space).
  const curlyStack: number[] = [];
  let straightOpen = -1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === "“") curlyStack.push(k);
    else if (ch === "”") {
      const open = curlyStack.pop();
      if (open !== undefined) mark(open, k);
    } else if (ch === '"') {
      const before = k === 0 ? " " : text[k - 1];
      const opens = /[\s([{\-–—]/u.test(before);
      if (opens) straightOpen = k; // a second opener means the first one was stray
      else if (straightOpen >= 0) {
        mark(straightOpen, k);
        straightOpen = -1;
      }
    }
  }
  const inside = new Array<boolean>(text.length);
  let level = 0;
  for (let k = 0; k < text.length; k++) {
    level += depth[k];
    inside[k] = level > 0;
  }
  return inside;
}
