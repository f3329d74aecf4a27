// Small text helpers shared by the extractor, the validators and the key.
import { normaliseAnswer as normaliseDomainAnswer } from "../domain/answer";

// Printable ASCII, curly quotes and dashes: characters NFKC leaves as they are (none decomposes,
// and with no combining mark among them none composes with a neighbour).
const NFKC_STABLE = /^[\x20-\x7e‘’“”–—]*$/;

/** Lower-case, straight quotes, no punctuation except inner hyphens, single spaces. */
export function normalizeText(text: string): string {
  // NFKC is the slowest step here, and most stems need none.
  return (NFKC_STABLE.test(text) ? text : text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Entries a text memo here keeps before it starts again: a 90,000-word document's texts fit
 * (bench:generate's: ~25,000 texts normalised, ~10,000 stems searched, ~14,000 names looked for). */
const MEMO_BOUND = 65536;

/** The house's answer normaliser (lib/domain/answer.ts), memoised: the generator compares the same
 * option and alias strings many times. What the grader calls the same answer, the generator does. */
const answerMemo = new Map<string, string>();
export function normaliseAnswer(text: string): string {
  let n = answerMemo.get(text);
  if (n === undefined) {
    if (answerMemo.size > MEMO_BOUND) answerMemo.clear();
    n = normaliseDomainAnswer(text);
    answerMemo.set(text, n);
  }
  return n;
}

/** @deprecated the old spelling, kept while lib/generate/distractors.ts still imports it. */
export const normalizeAnswer = normaliseAnswer;

/** Whether `needle` occurs in `haystack` as whole words (both normalised). */
export function containsPhrase(haystack: string, needle: string): boolean {
  const n = padded(needles, MEMO_BOUND, needle);
  return !!n && padded(haystacks, MEMO_BOUND, haystack).includes(n);
}

// Stems are checked against many options, and the same few thousand names are looked for in every
// stem of a long document: each text is normalised once (bounded memos; an 8,192 bound on the names,
// and one of 4,096 on the stems, thrashed on a 90,000-word document: each text was normalised again
// after every clearing — 11 ms per 1,000 words at 90k words in a profile, 0.3 at 3k).
const haystacks = new Map<string, string>();
const needles = new Map<string, string>();
/** " normalised text " (or "" when nothing is left), memoised in `memo` up to `bound` entries. */
function padded(memo: Map<string, string>, bound: number, text: string): string {
  let p = memo.get(text);
  if (p === undefined) {
    if (memo.size > bound) memo.clear();
    const norm = normaliseAnswer(text);
    p = norm ? ` ${norm} ` : "";
    memo.set(text, p);
  }
  return p;
}

const STOPWORDS = new Set(
  (
    "a an the and or but nor so yet of in on at by for from to with without into onto over under " +
    "about above below after before since until while as than then that this these those it its " +
    "he she they them their his her we us our you your i me my is are was were be been being has " +
    "have had do does did will would can could should may might must shall not no also very such " +
    "there here which who whom whose what when where why how all any both each few more most other " +
    "some own same just only too s"
  ).split(" "),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

const contentMemo = new Map<string, string[]>();
/** Words of a text that carry content (not stopwords, not the gap). */
export function contentWords(text: string): string[] {
  let words = contentMemo.get(text);
  if (!words) {
    if (contentMemo.size > MEMO_BOUND) contentMemo.clear();
    words = contentWordsUncached(text);
    contentMemo.set(text, words);
  }
  return words;
}

function contentWordsUncached(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).filter(
    (w) => !isStopword(w.replace(/[’']s$/, "")),
  );
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens and apostrophes ("al-Sudani", "Iraq’s"); dotted acronyms ("U.S.") and
// numbers with separators ("2,500", "3.5") stay whole, and so do designations with a dot or a
// slash ("the Gloster E.28/39"); any other character is its own token.
const TOKEN_RE =
  /\p{Lu}{1,3}\.\p{N}+(?:\/\p{N}+)*|(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    tokens.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return tokens;
}

/** "Iraq’s" → "Iraq" (length of the possessive suffix, or 0). */
export function possessiveSuffixLength(word: string): number {
  return /[’']s$/.test(word) && word.length > 2 ? 2 : /s[’']$/.test(word) ? 1 : 0;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Month names and their abbreviations, as a regex alternation (dates, "May" the month). */
export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
export const MONTHS = `${MONTH_NAMES}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?`;
/** Kinds of work whose title a sentence may give in quotation marks ("her memoir, “Unbowed”"), as a regex alternation. */
export const WORK_KINDS = "memoir|autobiography|book|novel|poem|song|album|film|play|speech|essay|pamphlet|painting|opera|symphony|hymn|musical|report|lecture|manifesto";
/** The last word of a firm's name ("Dorman Long and Company", "Harlan Brothers"). */
export const FIRM_WORD = "Company|Co\\.?|Ltd\\.?|Limited|Corporation|Brothers|Sons";
/** Courtesy titles before a person's name ("Mr Creswell", "Dr Lucia Penhallow"); readers add their own. */
/** Prefixes of a ship's name ("HMS Agamemnon", "the MV Orla Grace"). */
export const SHIP_PREFIX = "HMS|HMAS|HMCS|HMNZS|USS|RMS|SS|MV";
/** A ship's prefix alone ("MV"), and one opening a name ("MV Orla Grace" → "Orla Grace" after it). */
export const SHIP_WORD = new RegExp(`^(?:${SHIP_PREFIX})$`);
export const SHIP_OPENING = new RegExp(`^(?:${SHIP_PREFIX}) `);
export const COURTESY_TITLES = "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Councillor|Cllr|Rev|Judge";
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** Nouns that say what a bare number counts ("the death toll was 36,417", "a crowd of 18,000"). */
export const COUNTED_NOUNS = "toll|population|attendance|crowd|audience|turnout|membership|enrolment|enrollment|workforce";

/** Kinds a name says it is ("the Treaty of Stralsund", "the Bretton Woods Conference"): asked as "which treaty". */
const KIND_HEADS = /^(Agreement|Accord|Treaty|Conference|Convention|Pact|Declaration|Protocol|War|Revolution|Crisis|Summit|Act|Doctrine|Plan|Prize|Award|Contest|Festival|Exhibition|Uprising|Rebellion|Offensive|Campaign|Battle|Massacre|Siege|Congress|Edict|Expedition|Mission)$/;

/** "Treaty of Stralsund" → "treaty"; "Marshall Plan" → "plan"; none for a bare word or another kind of name. */
export function kindHead(text: string | undefined): string | undefined {
  const ws = (text ?? "").replace(/^the\s+/i, "").split(/\s+/);
  if (ws.length < 2) return undefined;
  const head = ws[1] === "of" ? ws[0] : ws[ws.length - 1];
  return KIND_HEADS.test(head) ? head.toLowerCase() : undefined;
}

/** An opening quotation mark without its closing one (straight quotes counted, curly ones paired). */
export function unbalancedQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open !== close;
}

/** For each i, whether words[0..i) leave a quotation open, as `unbalancedQuote` reads their text: one pass for every prefix. */
export function openQuoteBefore(words: readonly string[]): boolean[] {
  const out = [false];
  let straight = 0;
  let open = 0;
  let close = 0;
  for (const w of words) {
    for (const ch of w) {
      if (ch === '"') straight++;
      else if (ch === "“") open++;
      else if (ch === "”") close++;
    }
    out.push(straight % 2 === 1 || open !== close);
  }
  return out;
}

/** Kinship words by the gender they give whom they name ("his mother, Sophia Kingdom"); a cousin gives none. */
export const FEMALE_KIN = "mother|wife|daughter|sister|aunt|grandmother|widow|niece|fiancée";
export const MALE_KIN = "father|husband|son|brother|uncle|grandfather|widower|nephew|fiancé";
export const KIN_WORDS = `${FEMALE_KIN}|${MALE_KIN}|cousin`;

/**
 * The two ends of a range answer ("between 50 and 100", "2 to 8", "10–15 percent") and the scale
 * after them that both ends share ("between 25 and 50 million" → 25, 50, "million"), or undefined.
 */
export function rangeEnds(answer: string): [low: string, high: string, scale?: string] | undefined {
  const m = answer.match(/^(?:between )?([\d,.]+|[a-z]+)(?: and | to |–)([\d,.]+|[a-z]+)(?: (thousand|million|billion))?(?:\s?(?:%|percent|per cent))?$/i);
  if (!m || !/\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/i.test(m[1])) return undefined;
  return m[3] ? [m[1], m[2], m[3].toLowerCase()] : [m[1], m[2]];
}
