// The one answer normaliser: what "the same answer" means for the grader (typed answers: CLOZE,
// SHORT_ANSWER) and for the generator (aliases, giveaways, duplicate options). Pure.
// Both the learner's response and every accepted answer go through `normaliseAnswer`, so the two
// sides only need to agree with each other, not with any "true" spelling.
//
// What is folded together:
// - case, accents (NFKD + strip marks; ß/æ/œ/ø/ł/đ spelled out), curly quotes and transliteration
//   apostrophes ("Dʿmt" = "D'mt" = "Dmt"), dotted acronyms ("U.S." = "US")
// - punctuation and hyphens/dashes become spaces (a minus before a number is the word "minus"); whitespace collapses
// - a leading article (the / a / an) and a possessive "'s"
// - number formatting: "2,500" = "2 500" = "2500" = "two thousand five hundred"; "2.5 million" = "2500000";
//   cardinal words ("five" = "5", "twenty-one" = "21"); "%" = "percent" = "per cent"
// - ordinals: "5th" = "fifth", "21st" = "twenty-first" (any size of digit ordinal; word ordinals up to the
//   nineties plus "hundredth"/"thousandth")
// - whole-answer dates: "5 March 2004" = "March 5th, 2004" = "2004-03-05" (day and month names only,
//   never the ambiguous 05/03/2004)
// - "-isation" = "-ization" (British and American spelling)
// Cardinals and ordinals stay distinct ("5" is not "5th"), and "2.500" is read as a decimal, not 2500.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const UNIT_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const TENS_ORDINALS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90,
};
const SCALE_ORDINALS: Record<string, number> = { hundredth: 100, thousandth: 1000, millionth: 1e6 };

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const LEADING_ARTICLES = new Set(["the", "a", "an"]);

// Letters NFKD does not decompose into a base letter plus a mark.
const SPELLED_OUT: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h",
};

/** English suffix for a digit ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st … */
export function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

function ordinalToken(n: number): string {
  return `${n}${ordinalSuffix(n)}`;
}

/** Unicode and punctuation folding, before tokens are looked at. */
function foldCharacters(text: string): string {
  let s = text.normalize("NFKD").toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  s = s.replace(/[ßæœøłđðþıħ]/g, (ch) => SPELLED_OUT[ch] ?? ch);
  // Dotted acronyms: "u.s." / "u.s.a" → "us" / "usa" (before dots become spaces).
  s = s.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu, (m) => m.replace(/\./g, ""));
  // One apostrophe; possessives dropped ("Sudani's" → "sudani", "forces'" → "forces"); other apostrophes join ("O'Brien" → "obrien").
  // (The modifier letters of transliterations are apostrophes too: "Dʿmt" = "D'mt" = "Dmt", "Hawaiʻi" = "Hawaii".)
  s = s.replace(/['‘’ʼ`´′ʻʽʾʿ]/g, "'");
  s = s.replace(/(\p{L})'s(?![\p{L}\p{N}])/gu, "$1");
  s = s.replace(/(\p{L})s'(?![\p{L}\p{N}])/gu, "$1s");
  s = s.replace(/'/g, "");
  // Thousands separators ("2,500", "2 500", "1,000,000") → plain digits. First group has 1–3 digits.
  s = s.replace(/(?<![\p{N}.])\d{1,3}(?:[, ]\d{3})+(?!\p{N}|,\d)/gu, (m) => m.replace(/[, ]/g, ""));
  s = s.replace(/&/g, " and ").replace(/%/g, " percent ");
  // A minus sign before a number is a word, not punctuation ("-18" ≠ "18"); a dash between two
  // numbers ("1914-1918", "1914 – 1918") stays a separator.
  s = s.replace(/(?<!\p{N}\s*)(^|\s)[-\u2212\u2013]\s?(?=\d)/gu, "$1minus ");
  // Everything else that is not a letter, digit or a decimal point between digits becomes a space.
  s = s.replace(/(?<=\d)\.(?=\d)/g, "\u0000");
  s = s.replace(/[^\p{L}\p{N}\s\u0000]/gu, " ");
  s = s.replace(/\u0000/g, ".");
  // British and American spellings of the same word ("mobilisation" = "mobilization").
  s = s.replace(/isation/g, "ization");
  return s;
}

function isNumeric(token: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(token);
}

/** Canonical numeric token: "2.50" → "2.5", integers keep their digits (leading zeros matter: "007"). */
function canonicalNumeric(token: string): string {
  if (!token.includes(".")) return token;
  const [whole, fraction] = token.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed ? `${whole}.${trimmed}` : whole;
}

interface ParsedNumber {
  /** Canonical token: digits for a cardinal, "21st" style for an ordinal. */
  token: string;
  /** How many input tokens it used. */
  length: number;
}

/**
 * Reads a spelled-out number (or a numeral followed by a scale word) starting at `tokens[start]`.
 * Grammar, deliberately small: [tens] [unit] [hundred [and] …] [scale …], ending optionally in an ordinal word.
 */
function parseNumberAt(tokens: string[], start: number): ParsedNumber | null {
  const first = tokens[start];

  // "2.5 million", "3 thousand"
  if (isNumeric(first)) {
    let value = Number(first);
    let i = start + 1;
    while (i < tokens.length && SCALES[tokens[i]] !== undefined) {
      value *= SCALES[tokens[i]];
      i++;
    }
    if (i === start + 1) return null;
    const rounded = Math.round(value);
    if (!Number.isSafeInteger(rounded) || Math.abs(rounded - value) > 1e-6) return null;
    return { token: String(rounded), length: i - start };
  }

  let total = 0;
  let current = 0;
  let i = start;
  let used = 0; // tokens consumed that form part of the number
  // What the last number word was, to reject "five six" or "twenty thirty" as one number.
  let last: "none" | "unit" | "teen" | "tens" | "hundred" | "scale" = "none";

  // "a hundred", "a thousand", "a million": the article stands for one.
  const next = tokens[start + 1];
  if (first === "a" && next !== undefined && (next === "hundred" || SCALES[next] !== undefined)) {
    current = 1;
    last = "unit";
    i = start + 1;
  }

  while (i < tokens.length) {
    const t = tokens[i];
    if (UNITS[t] !== undefined) {
      const v = UNITS[t];
      const isTeen = v >= 10;
      if (last === "unit" || last === "teen" || (last === "tens" && isTeen)) break;
      current += v;
      last = isTeen ? "teen" : "unit";
    } else if (TENS[t] !== undefined) {
      if (last === "unit" || last === "teen" || last === "tens") break;
      current += TENS[t];
      last = "tens";
    } else if (t === "hundred") {
      if (current === 0 || current >= 100 || last === "hundred" || last === "scale") break;
      current *= 100;
      last = "hundred";
    } else if (SCALES[t] !== undefined) {
      if (current === 0 || last === "scale") break;
      total += current * SCALES[t];
      current = 0;
      last = "scale";
    } else if (t === "and") {
      // only inside a number: "one hundred and five"
      const next = tokens[i + 1];
      const nextIsNumberWord =
        next !== undefined && (UNITS[next] !== undefined || TENS[next] !== undefined || UNIT_ORDINALS[next] !== undefined || TENS_ORDINALS[next] !== undefined);
      if (!(last === "hundred" || last === "scale") || !nextIsNumberWord) break;
      i++;
      continue;
    } else if (UNIT_ORDINALS[t] !== undefined) {
      if (last === "unit" || last === "teen") break;
      if (last === "tens" && UNIT_ORDINALS[t] >= 10) break;
      return { token: ordinalToken(total + current + UNIT_ORDINALS[t]), length: i - start + 1 };
    } else if (TENS_ORDINALS[t] !== undefined) {
      if (last === "unit" || last === "teen" || last === "tens") break;
      return { token: ordinalToken(total + current + TENS_ORDINALS[t]), length: i - start + 1 };
    } else if (SCALE_ORDINALS[t] !== undefined) {
      if (last === "scale" || last === "hundred" || current >= 100) break;
      // "two hundredth" = 200th, "one thousandth" = 1000th
      const value = total + (current || 1) * SCALE_ORDINALS[t];
      return { token: ordinalToken(value), length: i - start + 1 };
    } else {
      break;
    }
    i++;
    used = i - start;
  }

  if (used === 0) return null;
  const value = total + current;
  if (!Number.isSafeInteger(value)) return null;
  return { token: String(value), length: used };
}

function foldNumbers(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const digitOrdinal = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
    if (digitOrdinal) {
      out.push(ordinalToken(Number(digitOrdinal[1])));
      i++;
      continue;
    }
    const parsed = parseNumberAt(tokens, i);
    if (parsed) {
      out.push(parsed.token);
      i += parsed.length;
      continue;
    }
    if (t === "per" && tokens[i + 1] === "cent") {
      out.push("percent");
      i += 2;
      continue;
    }
    out.push(isNumeric(t) ? canonicalNumeric(t) : t);
    i++;
  }
  return out;
}

function dayOf(token: string | undefined): number | null {
  if (token === undefined) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token);
  if (!m) return null;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? day : null;
}

function yearOf(token: string | undefined): number | null {
  return token !== undefined && /^\d{4}$/.test(token) ? Number(token) : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Whole-answer dates → "YYYY-MM-DD", "--MM-DD" (no year) or "YYYY-MM" (no day). Anything else: null. */
function foldDate(tokens: string[]): string | null {
  const t = tokens[0] === "on" ? tokens.slice(1) : tokens; // "on 5 March 2004"
  const month = (x: string | undefined) => (x !== undefined ? MONTHS[x] ?? null : null);
  const n = t.length;
  let d: number | null = null;
  let m: number | null = null;
  let y: number | null = null;

  if (n === 3 && month(t[0]) && dayOf(t[1]) && yearOf(t[2])) [m, d, y] = [month(t[0]), dayOf(t[1]), yearOf(t[2])];
  else if (n === 3 && dayOf(t[0]) && month(t[1]) && yearOf(t[2])) [d, m, y] = [dayOf(t[0]), month(t[1]), yearOf(t[2])];
  else if (n === 4 && dayOf(t[0]) && t[1] === "of" && month(t[2]) && yearOf(t[3])) [d, m, y] = [dayOf(t[0]), month(t[2]), yearOf(t[3])];
  else if (n === 3 && yearOf(t[0]) && /^\d{1,2}$/.test(t[1]) && /^\d{1,2}$/.test(t[2])) {
    // ISO 2004-03-05 (its hyphens are spaces by now)
    const mm = Number(t[1]);
    const dd = Number(t[2]);
    if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) [y, m, d] = [yearOf(t[0]), mm, dd];
  } else if (n === 2 && month(t[0]) && dayOf(t[1])) [m, d] = [month(t[0]), dayOf(t[1])];
  else if (n === 2 && dayOf(t[0]) && month(t[1])) [d, m] = [dayOf(t[0]), month(t[1])];
  else if (n === 3 && dayOf(t[0]) && t[1] === "of" && month(t[2])) [d, m] = [dayOf(t[0]), month(t[2])];
  else if (n === 2 && month(t[0]) && yearOf(t[1])) [m, y] = [month(t[0]), yearOf(t[1])];

  if (m === null) return null;
  if (d !== null && y !== null) return `${y}-${pad(m)}-${pad(d)}`;
  if (d !== null) return `--${pad(m)}-${pad(d)}`;
  if (y !== null) return `${y}-${pad(m)}`;
  return null;
}

/**
 * The words of a text folded as `normaliseAnswer` folds them, but never read as one whole date: what
 * "appears as whole words" in a longer text compares ("5 March 2004" stays "5 march 2004").
 */
export function normalisedWords(text: string): string[] {
  if (typeof text !== "string") return [];
  // Responses are short; a huge paste is cut rather than processed (it will not match anyway).
  const tokens = foldCharacters(text.slice(0, 2000)).split(/\s+/).filter(Boolean);
  let folded = foldNumbers(tokens);
  // "the" goes before anything; "a"/"an" only before a word, so "A-10" stays "a 10", not "10".
  if (folded.length > 1 && LEADING_ARTICLES.has(folded[0]) && (folded[0] === "the" || !isNumeric(folded[1]))) {
    folded = folded.slice(1);
  }
  return folded;
}

/** Normalised form of a typed answer; "" when nothing meaningful is left. Never throws. */
export function normaliseAnswer(text: string): string {
  const folded = normalisedWords(text);
  return foldDate(folded) ?? folded.join(" ");
}

/**
 * The other accepted forms worth showing a reader: one per form the grader tells apart ("25-50
 * million" and "25–50 million" grade the same), none that grades as the answer itself, at most
 * `limit`; `more` counts the distinct forms left out. Grading and exports keep every form as written.
 */
export function shownForms(answer: string, forms: readonly string[], limit: number): { shown: string[]; more: number } {
  const seen = new Set([normaliseAnswer(answer)]);
  const distinct: string[] = [];
  for (const form of forms) {
    const key = normaliseAnswer(form);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    distinct.push(form);
  }
  return { shown: distinct.slice(0, limit), more: Math.max(0, distinct.length - limit) };
}

/** Letters (not digits, not spaces) in a normalised answer — what typo tolerance is sized by. */
export function letterCount(normalised: string): number {
  return (normalised.match(/\p{L}/gu) ?? []).length;
}
