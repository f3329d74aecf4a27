// What a stem says about its answer's slot, read once per stem, so distractors can be checked
// against it: the words right around a cloze gap ("the _____", "_____’s", "in _____, Sweden"),
// years that bound a year ("between 1960 and _____"), and places and countries it names.
// Works for a cloze stem (text with a gap) and a wh-question (no gap: only the whole-stem facts).
import { COUNTRY_BY_CODE, US_STATES, lookupCity, lookupCountry, lookupDemonym, lookupRegion, type CountryEntry } from "./gazetteer";

const GAP = /_{3,}/;
// "to"/"from" name routes and partners, not where something is: not here.
const LOCATIVE = new Set(["in", "at", "near", "into", "across", "through", "over", "of", "outside", "inside", "around"]);
// A gap followed by a speech or stance verb stands for a government ("_____ said", "_____ warned").
const AGENT_VERB = /^\s*(said|says|warned|announced|insisted|accused|wants|wanted|fears|feared|rejected|demanded|urged|called|has|had|is|was)\b/i;
// Words before a gap that make it a relation to another party ("close ties to _____").
const RELATIONAL = /\b(ties|tied|links|linked|close|aligned|allied|alliance|backed|loyal|loyalty|allegiance|influence|proxies|proxy|support|supported|sponsored)\b(?:\s+\w+){0,2}\s*$/i;

export interface Slot {
  /** Whether the stem has a gap (a cloze); a wh-question has none. */
  gap: boolean;
  before: string;
  after: string;
  /** The word right before the gap, lower-case ("" for a wh-question). */
  prevWord: string;
  afterThe: boolean;
  /** "in _____", "near _____": the slot names a place where something is or happens. */
  locative: boolean;
  /** "_____’s offensive": the slot owns what follows. */
  possessive: boolean;
  /** "close ties to _____", "aligned with _____": the slot is the other party of a relation. */
  relational: boolean;
  /** "_____ said", "_____’s fears": a place name here would stand for its government. */
  agent: boolean;
  /** Years (and BC years as negatives) the stem mentions. */
  years: number[];
  /** A year answer must lie strictly inside these bounds ("between 1960 and _____"). */
  yearAbove?: number;
  yearBelow?: number;
  /** The nearest years written before and after the gap: a narrative's order ("withdrew in 2011, and returned in _____"). */
  yearBefore?: number;
  yearAfter?: number;
  /** The stem fixes the answer itself ("in 1992, 1993 and _____"): no distractor can be fair. */
  implied: boolean;
  /** A country the slot lies in, named right after it ("in _____, Sweden", "Ugandan town of _____"). */
  container?: string;
  /** Countries the stem names, by name or demonym ("Iranian-backed" names Iran). */
  countries: Set<string>;
}

const slotMemo = new Map<string, Slot>();

export function readSlot(stem: string): Slot {
  let slot = slotMemo.get(stem);
  if (!slot) {
    if (slotMemo.size > 2048) slotMemo.clear();
    slot = read(stem);
    slotMemo.set(stem, slot);
  }
  return slot;
}

function read(stem: string): Slot {
  const m = GAP.exec(stem);
  const gap = !!m;
  const before = m ? stem.slice(0, m.index) : stem;
  const after = m ? stem.slice(m.index + m[0].length) : "";
  const prevWord = gap ? (before.match(/([\p{L}’']+)\s*$/u)?.[1] ?? "").toLowerCase() : "";
  const slot: Slot = {
    gap,
    before,
    after,
    prevWord,
    afterThe: gap && prevWord === "the",
    locative: gap && (LOCATIVE.has(prevWord) || (prevWord === "the" && LOCATIVE.has(wordBefore(before, 2)))),
    possessive: gap && /^[’']s?\b/.test(after),
    relational: gap && RELATIONAL.test(before),
    agent: gap && (AGENT_VERB.test(after) || /^[’']s?\s/.test(after)),
    years: yearsIn(stem),
    implied: false,
    countries: countriesNamed(stem),
  };
  if (gap) {
    readYearBounds(slot);
    slot.container = containerOf(before, after);
  } else {
    readQuestion(slot, stem);
  }
  return slot;
}

/**
 * A wh-question has no gap: its wh-phrase is the slot. "Where…"/"In which city…" is a place slot,
 * "Whose Gaza campaign…" a possessive one, "…have close ties to?" a relation.
 */
function readQuestion(slot: Slot, stem: string): void {
  slot.locative = /^(Where|(In|At|Near|Across|Through) (which|what)\b)/i.test(stem);
  const whose = stem.match(/^(?:Whose|Which \w+[’']s)\s+(.*)$/is);
  if (whose) {
    slot.possessive = true;
    slot.after = `’s ${whose[1]}`;
  }
  slot.relational = /\b(ties|tied|links|linked|close|aligned|allied|backed|loyal|allegiance|influence|proxies|supported|sponsored)\b(?:\s+\w+){0,2}\s*\?\s*$/i.test(stem);
  // "To which city did they move the contest in the United Kingdom?": the place is in that country.
  const inCountry = stem.match(/^(?:(?:To|In|At|From|Near)\s+)?(?:which|what)\s+(?:city|town|port|region|province|place)\b.*\bin\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)\s*\?\s*$/isu)?.[1];
  const country = inCountry ? lookupCountry(inCountry) : undefined;
  if (country) slot.container = country.code;
}

function wordBefore(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return (words[words.length - n] ?? "").toLowerCase();
}

/** Four-digit years and "331 BC" (negative). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(\d{3,4})(\s*(?:BC|BCE)\b)?/g)) {
    const v = Number(m[1]);
    if (m[2]) out.push(-v);
    else if (m[1].length === 4 && v >= 1000 && v <= 2100 && !/^[,.]\d/.test(text.slice((m.index ?? 0) + 4))) out.push(v);
  }
  return out;
}

function readYearBounds(slot: Slot): void {
  const { before, after } = slot;
  const lead = before.match(/\b(between|from)\s+(\d{4})\s+(and|to)\s*$/i);
  if (lead) slot.yearAbove = Number(lead[2]);
  const tail = after.match(/^\s*(and|to)\s+(\d{4})\b/i);
  if (tail && /\b(between|from)\s*$/i.test(before)) slot.yearBelow = Number(tail[2]);
  // A list of consecutive years with the gap in it ("in 1992, 1993 and _____") fixes the answer
  // (read in a window around the gap: the list is next to it, and the pattern backtracks on long text).
  const list = `${before.slice(-40)}#${after.slice(0, 40)}`.match(/((?:\d{4}|#)(?:\s*,\s*(?:and\s+)?|\s+and\s+)){2,}(?:\d{4}|#)/);
  if (list && list[0].includes("#")) {
    const items = list[0].split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    const known = items.map((x, i) => [i, Number(x)] as const).filter(([, v]) => !Number.isNaN(v));
    // Consecutive by position (1992, 1993, #): each listed year is one more than the one before.
    const consecutive = known.length >= 2 && known.every(([i, v]) => v - known[0][1] === i - known[0][0]);
    if (consecutive) slot.implied = true;
  }
  // A narrative with a year on each side ("invaded in 2003, withdrew in _____, returned in 2014").
  const left = yearsIn(before).filter((y) => y > 0).pop();
  const right = yearsIn(after).filter((y) => y > 0)[0];
  slot.yearBefore = left;
  slot.yearAfter = right;
  if (left !== undefined && right !== undefined && right - left > 4) {
    slot.yearAbove ??= left;
    slot.yearBelow ??= right;
  }
}

const NAME_RUN = /^(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*)/u;

/** The country a gap lies in, when the stem says so right around it. */
function containerOf(before: string, after: string): string | undefined {
  const next = after.match(/^\s*,\s*(.*)$/s)?.[1] ?? after.match(/^\s+in\s+(.*)$/s)?.[1];
  const name = next?.match(NAME_RUN)?.[1].replace(/\.$/, "");
  // "the _____, Switzerland, Belgium and Italy" is a list of peers, not a place and its country.
  const list = name !== undefined && /^\s*,\s*(?:and\s+)?\p{Lu}/u.test(next!.slice(next!.indexOf(name) + name.length));
  if (name && !list) {
    const country = lookupCountry(name);
    if (country) return country.code;
    if (US_STATES.includes(name)) return "USA";
  }
  const demonym = before.match(/(\p{Lu}[\p{L}-]+)\s+(?:town|city|village|port|capital|province|region|state)\s+of\s*$/u)?.[1];
  return demonym ? lookupDemonym(demonym)?.code : undefined;
}

function countriesNamed(stem: string): Set<string> {
  const out = new Set<string>();
  for (const m of stem.matchAll(/\p{Lu}[\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.]*)*/gu)) {
    const words = m[0].split(/\s+/);
    // Longest name first ("United States" before "United"), then each word ("Iranian-backed").
    const c = lookupCountry(m[0]) ?? lookupDemonym(m[0]);
    if (c) out.add(c.code);
    else for (const w of words.flatMap((x) => x.split("-"))) {
      const d = lookupCountry(w.replace(/[’']s$/, "")) ?? lookupDemonym(w);
      if (d) out.add(d.code);
    }
  }
  return out;
}

/**
 * The stem names a place inside or owned by the answer right next to the gap, so the answer
 * needs no reading: "Bretton Woods, New Hampshire, in the _____", "_____’s Gaza campaign".
 */
export function placeGivesCountryAway(slot: Slot, answer: CountryEntry): boolean {
  if (!slot.gap && !slot.possessive) return false;
  // "<place in the answer>, (in) (the) _____"
  const lead = slot.before.match(/(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s*,\s*(?:in\s+)?(?:the\s+)?$/u)?.[1];
  if (lead && placeCountry(lead) === answer.code) return true;
  if (lead && answer.code === "USA" && US_STATES.includes(lead)) return true;
  // "_____’s <place> campaign", "_____’s offensive in <place>": whose offensive it is, a reader
  // knows from the place; any other country there is absurd.
  if (slot.possessive) {
    const near = slot.after.replace(/^[’']s?\s*/, "").split(/\s+/).slice(0, 5).join(" ");
    for (const m of near.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu)) {
      const code = placeCountry(m[0].replace(/[’']s$/, ""));
      if (code && code !== answer.code) return true;
    }
  }
  return false;
}

function placeCountry(name: string): string | undefined {
  return lookupRegion(name)?.country ?? lookupCity(name)?.country;
}

export function countryOf(code: string | undefined): CountryEntry | undefined {
  return code ? COUNTRY_BY_CODE.get(code) : undefined;
}
