// Stems: the gap, the sentence-opening repair ("The following year," → "In 2021,"), and the checks
// that keep a stem self-contained (furniture, dangling references). Wh-questions: questions.ts.

import { MONTH_NAMES } from "./text";

export const GAP = "_____";

/** A sentence as the learner will see it, possibly with a relative time phrase resolved. */
export interface StemSource {
  text: string;
  /** Offset to add to spans at or after `from` (a rewritten opening changes lengths). */
  shift: number;
  from: number;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "its", "their", "his", "her", "them", "this", "these", "those", "such", "both", "neither", "either", "another"]);
// "The announcement became…", "The system worked…": a definite noun whose referent is earlier.
// "The idea for the Eurovision Song Contest" says whose idea: a description with its owner named stands alone.
const ANAPHORIC_OPENING =
  /^(The|This|That) (announcement|decision|move|deal|plan|meeting|attack|operation|proposal|measure|change|agreement|policy|law|bill|vote|incident|event|group|company|organi[sz]ation|country|city|man|woman|couple|latter|former|pair|programme|program|project|system|report|idea|effort|result|team|letter|book|film|song|album|victory|defeat|ruling|process|offer|request|demand|strike|raid|trip|visit|talks|dam|canal|bridge|river|lake|treaty|building|ship|station|mission|expedition|war|conflict|crisis|scheme|experiment|drug|substance|institution|institutions|pool|body|country|region|area|town|site|firm|party|government)\b(?! of\b)(?! for (?:the )?[A-Z])/;
const DEMONSTRATIVE = /\b(this|these|those)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)\p{L}/giu;
const RELATIVE_TIME =
  /\b(the (following|next|previous|preceding|same) (year|day|week|month|decade)|(last|next|this|that) (year|month|week|decade|spring|summer|autumn|fall|winter)|(?:is|are|was|were|had|has) then|yesterday|tomorrow|earlier this|later that|since then|by then|until then|after that|before that|the day before|the day after|(?:before|by|until) the end of the year|a year later|a year earlier|days? later|weeks? later|months? later|(?:days|weeks|months|years) (?:earlier|before)|(?:hours|days|weeks|months) after|(?:days|weeks|months|years) away)\b/i;
const FURNITURE =
  /(REUTERS\/|FILE PHOTO|©|https?:\/\/|www\.|\bMore from\b|\bRead more\b|\bSubscribe\b|\bClick here\b|\bSign up\b|\d{4} \d{2} \d{2}T\d{6}Z|\bPhoto:|\bImage:|\bAdvertisement\b|\bAll rights reserved\b)/i;

/**
 * Resolve "The following year," at the start of a sentence when the previous sentence names
 * exactly one year ("In 2020, … . The following year, …" → "In 2021, …").
 */
/** A timeline's line: "28 June: Franz Ferdinand is shot …", "1914: War breaks out …". */
const TIMELINE_LINE = new RegExp(`^(?:(\\d{1,2}(?:[–-]\\d{1,2})? (?:${MONTH_NAMES})(?: \\d{4})?|(?:${MONTH_NAMES}) \\d{1,2}(?:, \\d{4})?|(?:${MONTH_NAMES}) \\d{4})|(\\d{4})): (?=\\p{Lu})`, "u");

/** Whether a sentence is a line of a timeline ("28 June: …", "1914: …"), told in the historic present. */
export function isTimelineLine(text: string): boolean {
  return TIMELINE_LINE.test(text);
}

export function resolveOpening(text: string, previous: string | undefined): StemSource {
  // "28 June: Franz Ferdinand and Sophie are assassinated …" → "On 28 June, …": a line of a timeline
  // is a sentence whose date opens it (asked whole, not as "Which city are 28 June: … assassinated?").
  const line = text.match(TIMELINE_LINE);
  if (line) {
    const lead = line[1] ? "On " : "In ";
    return { text: `${lead}${text.slice(0, line[0].length - 2)}, ${text.slice(line[0].length)}`, shift: lead.length, from: 0 };
  }
  const m = text.match(/^The (following|next) year,\s*/);
  if (m && previous) {
    const years = [...new Set(previous.match(/\b(1\d{3}|20\d{2})\b/g) ?? [])];
    if (years.length === 1) {
      const replacement = `In ${Number(years[0]) + 1}, `;
      return { text: replacement + text.slice(m[0].length), shift: replacement.length - m[0].length, from: m[0].length };
    }
  }
  return { text, shift: 0, from: 0 };
}

export function shiftSpan(source: StemSource, start: number, end: number): [number, number] {
  return start >= source.from ? [start + source.shift, end + source.shift] : [start, end];
}

const furnitureMemo = new Map<string, boolean>();
export function looksLikeFurniture(text: string): boolean {
  let v = furnitureMemo.get(text);
  if (v === undefined) {
    if (furnitureMemo.size > 4096) furnitureMemo.clear();
    v = furnitureUncached(text);
    furnitureMemo.set(text, v);
  }
  return v;
}

function furnitureUncached(text: string): boolean {
  if (FURNITURE.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const upper = text.replace(/[^\p{Lu}]/gu, "");
  return letters.length > 12 && upper.length / letters.length > 0.6;
}

const danglingMemo = new Map<string, string | null>();
/** Why a stem is not self-contained, or undefined when it is. */
export function danglingReason(stem: string): string | undefined {
  let v = danglingMemo.get(stem);
  if (v === undefined) {
    if (danglingMemo.size > 4096) danglingMemo.clear();
    v = danglingUncached(stem) ?? null;
    danglingMemo.set(stem, v);
  }
  return v ?? undefined;
}

/**
 * "Why can lithium-ion batteries catch fire if they are crushed?": a question whose "they" opens a
 * clause of its own ("if", "when", "because" …) after a plural noun of the question's main clause
 * (not the wh-phrase's) is that noun's.
 */
export function theyOfOwnPlural(question: string): boolean {
  if (!/\?\s*$/.test(question) || !/^(?:Why|How|What|Which|When|Where|Who|In which|On which)\b/.test(question)) return false;
  const they = question.search(/\b(?:if|when|because|as|until|once|after|before|while|since|unless|so that) they\b/);
  if (they < 0 || /\bthey\b/.test(question.slice(0, they))) return false;
  const main = question.slice(0, they).replace(/^(?:In |On )?(?:Which|What) \p{Ll}+\s/u, "");
  return (main.match(/\b\p{Ll}{3,}s\b/gu) ?? []).some((w) => !NOT_PLURAL.test(w));
}

/** Words ending in "s" that are no plural noun. */
const NOT_PLURAL = /^(?:does|was|has|is|this|its|his|hers|always|perhaps|across|less|unless|thus|whereas|yes|gas|bus|lens|news|series|species|means|status|virus|bonus|plus|analysis|basis|crisis|thesis|emphasis|canvas|atlas|chaos|famous|various|previous|serious|enormous|dangerous|numerous|obvious|ous)$/;

function danglingUncached(stem: string): string | undefined {
  if (RELATIVE_TIME.test(stem)) return "relative-time";
  const words = stem.split(/\s+/);
  // Clause openings in the first part of the sentence: "This demand…", "…, they mourn…".
  const clauses = stem.split(/,\s+/);
  let seen = 0;
  for (const clause of clauses) {
    const first = clause.match(/^[“"(‘']?([\p{L}]+)/u)?.[1]?.toLowerCase();
    const suchAs = first === "such" && /^[“"(‘']?such as\b/i.test(clause);
    // “We would have liked …,” said the manager: a quotation's "I"/"we" is its speaker's.
    const quotedSpeaker = /^[“"‘']/.test(clause) && (first === "i" || first === "we");
    if (first && SUBJECT_PRONOUNS.has(first) && !suchAs && !quotedSpeaker && seen < words.length * 0.5) return "dangling-reference";
    seen += clause.split(/\s+/).length;
  }
  for (const m of stem.matchAll(DEMONSTRATIVE)) {
    const before = stem.slice(0, m.index ?? 0).split(/\s+/).length;
    if (before < words.length * 0.45) return "dangling-reference";
  }
  // Check the sentence start and each clause start after an opening phrase ("On 25 May 1940 the team…").
  const openings = [stem, stem.replace(/^(?:On|In|By|At|From|Since|After|Before|During)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{1,4}(?:s)?,?\s+/, "")];
  for (const clause of stem.split(/,\s+/).slice(1, 3)) openings.push(clause);
  for (const o of openings) {
    const cap = o.charAt(0).toUpperCase() + o.slice(1);
    if (ANAPHORIC_OPENING.test(cap) || /^The (two|three|four|both|other|same|latter|former)\b(?!\s+\p{Lu})/u.test(cap)) return "dangling-reference";
  }
  // "On what date did Serbia reply?", "Who replied with a single word?", "No reply arrived …": a reply
  // answers what the sentences before said; the stem never says to what. (Readers faulted 6 of 7.)
  if (/\b(?:reply|replies|replied)\b(?! to\b)/i.test(stem)) return "dangling-reference";
  // "Who slotted the conversion?", "_____ pushed the conversion wide": a match report has several; the
  // stem never says which (no minute).
  // ("Crane slotted the conversion.": a conversion or a try anywhere; a penalty, kick or shot only as
  // what the asked-for person did — "because the penalty was almost on the touchline" says which.)
  if (/^(?:Who\b|_____ )[^?]*\bthe (?:conversion|penalty|kick|shot|try)\b(?![^?]*\bminutes?\b)/.test(stem) || /\bthe (?:conversion|try)\b(?![^?]*\bminutes?\b)/.test(stem)) return "dangling-reference";
  // "There the team…", "From there the river…": a place named in an earlier sentence.
  if (/^(From there|There|Here|Thence|Thereafter|Afterwards)\b(?!\s+(is|are|was|were|has|have|had|will|would|may|might|could|can|seem|seems|seemed|remain|remains|remained|exist|exists|existed)\b)/.test(stem)) {
    return "dangling-reference";
  }
  // "In the battery test it lasted 61 hours", "Our only gripe is that it ships with …": an "it" after
  // a fronted phrase, or opening what a gripe or a problem "is", names a thing of the sentence before.
  // (Not after a clause of its own, whose noun may be the "it": "Before the bridge opened it was tested …".)
  if (/^(?:In|On|At|During|For|By|With|Under|Over|Without|Despite)(?:\s+(?!it\b)[\p{L}\d'’-]+){1,5}?,?\s+it\s+(?!is\s+(?:said|thought|believed|estimated|expected|likely|possible|thought)\b)\p{Ll}+/u.test(stem) ||
    /\b(?:is|was) that it\s+\p{Ll}+/u.test(stem)) return "dangling-reference";
  // A subject pronoun before any name in the sentence has its referent elsewhere ("he and _____ created").
  const pronoun = stem.match(/\b(he|she|they|He|She|They)\b/);
  if (pronoun) {
    const before = stem.slice(0, pronoun.index);
    // ("Why can lithium-ion batteries catch fire if they are crushed?": a question's "they" after a
    // plural noun of its own clause is that noun's.)
    if (!theyOfOwnPlural(stem) && !/\s\p{Lu}\p{Ll}+/u.test(before) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(before)) return "dangling-reference";
  }
  return undefined;
}

/** The sentence with the answer replaced by a gap; "a"/"an" before the gap becomes "a(n)". */
export function clozeStem(text: string, start: number, end: number): string {
  let before = text.slice(0, start);
  const after = text.slice(end);
  before = before.replace(/\b([Aa])n?(\s+)$/, (_, a: string, space: string) => `${a}(n)${space}`);
  return `${before}${GAP}${after}`;
}
