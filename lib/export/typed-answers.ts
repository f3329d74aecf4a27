// Typed answers for tools that compare strings literally (Moodle short answer, QTI text entry):
// the forms Factdeck's grader accepts, spelled out, so a learner typing "5 January" or "two
// thousand five hundred" is marked right in Moodle as in Factdeck. Every form written here is one
// Factdeck itself grades "correct" (checked with gradeResponse), so the two never disagree.
import { normaliseAnswer } from "../domain/answer";
import { acceptedForms, gradeResponse } from "../quiz/grade";
import type { PreparedQuestion } from "./prepared-question";

/** Moodle keeps every answer row; past this many the question editor is unwieldy. */
export const MAX_VARIANTS = 24;

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"]];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function underThousand(n: number, hyphen: boolean): string {
  const parts: string[] = [];
  if (n >= 100) {
    parts.push(`${UNITS[Math.floor(n / 100)]} hundred`);
    n %= 100;
  }
  if (n >= 20) parts.push(`${TENS[Math.floor(n / 10)]}${n % 10 ? `${hyphen ? "-" : " "}${UNITS[n % 10]}` : ""}`);
  else if (n > 0) parts.push(UNITS[n]);
  return parts.join(" ");
}

/** An integer in English words ("2500" → "two thousand five hundred"); null past the billions. */
export function numberInWords(n: number, hyphen = true): string | null {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) return null;
  if (n === 0) return "zero";
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      parts.push(`${underThousand(Math.floor(rest / size), hyphen)} ${name}`);
      rest %= size;
    }
  }
  if (rest > 0) parts.push(underThousand(rest, hyphen));
  return parts.join(" ");
}

const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

/** Written forms of a normalised date ("2004-03-05", "--03-05", "2004-03"). */
export function dateForms(normalised: string): string[] {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(normalised);
  const noYear = /^--(\d{2})-(\d{2})$/.exec(normalised);
  const noDay = /^(\d{4})-(\d{2})$/.exec(normalised);
  if (noDay) {
    const month = MONTHS[Number(noDay[2]) - 1];
    return month ? [`${month} ${noDay[1]}`, `${month.slice(0, 3)} ${noDay[1]}`] : [];
  }
  const [y, m, d] = full ? [full[1], Number(full[2]), Number(full[3])] : noYear ? [null, Number(noYear[1]), Number(noYear[2])] : [null, 0, 0];
  const month = MONTHS[m - 1];
  if (!month || !d) return [];
  const short = month.slice(0, 3);
  const dayMonth = [`${d} ${month}`, `${month} ${d}`, `${ordinal(d)} ${month}`, `${month} ${ordinal(d)}`, `${d} ${short}`, `${short} ${d}`];
  if (!y) return dayMonth;
  return [
    ...dayMonth.map((f) => (/^\d/.test(f) ? `${f} ${y}` : `${f}, ${y}`)),
    ...dayMonth.filter((f) => !/^\d/.test(f)).map((f) => `${f} ${y}`),
    `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ];
}

/** Written forms of a normalised whole number ("2500" → "2500", "2,500", "two thousand five hundred"). */
export function numberForms(normalised: string, answerType = ""): string[] {
  if (!/^\d+$/.test(normalised) || (normalised.length > 1 && normalised.startsWith("0"))) return [];
  const n = Number(normalised);
  const forms = [String(n)];
  // Nobody writes a year with a thousands separator.
  if (n >= 1000 && answerType !== "year") forms.push(n.toLocaleString("en-US"));
  const words = numberInWords(n);
  if (words) forms.push(words);
  const plain = numberInWords(n, false);
  if (plain && plain !== words) forms.push(plain);
  return forms;
}

/**
 * Every form a string-matching tool should accept for a typed question: Factdeck's accepted forms
 * (the answer, its listed alternatives, surnames, acronyms, bare numbers), plus the written forms
 * of numbers and dates, without "the". Answer first; only forms Factdeck grades correct.
 */
export function typedVariants(item: PreparedQuestion): string[] {
  const q = item.question;
  const gradable = { type: q.type, answer: item.typedAnswers[0] ?? q.answer, acceptedAnswers: item.typedAnswers.slice(1), answerType: q.answerType };
  const base = acceptedForms(gradable);
  const candidates: string[] = [...item.typedAnswers, ...base];
  for (const form of base) {
    const norm = normaliseAnswer(form);
    candidates.push(...numberForms(norm, q.answerType.toLowerCase()), ...dateForms(norm));
    const noArticle = /^the\s+(.+)$/i.exec(form.trim());
    if (noArticle) candidates.push(noArticle[1]);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of candidates) {
    const text = c.replace(/\s+/g, " ").trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    if (!gradeResponse(gradable, text).correct) continue;
    out.push(text);
    if (out.length >= MAX_VARIANTS) break;
  }
  return out;
}

/** Answer types that are quantities or years, asked as numbers. */
const NUMERIC_TYPES = new Set(["year", "count", "number", "quantity"]);

/**
 * The number a typed question asks for, when a number-entry question (Moodle numerical) fits:
 * a year or a count whose answer is written as a plain number. Null otherwise.
 */
export function numericAnswer(item: PreparedQuestion): number | null {
  const q = item.question;
  if (!NUMERIC_TYPES.has(q.answerType.toLowerCase()) || item.typedAnswers.length === 0) return null;
  // The answer as written must be a plain number ("2,500", "2003", "7.5"): "2.5 million" or
  // "21st" stay short answers, where their written forms can be listed.
  const text = item.typedAnswers[0].trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ""));
}
