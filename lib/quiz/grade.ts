// Server-side grading of one response.
//
// - MCQ / TRUE_FALSE: the response is the chosen option's text; it must equal `answer` (trimmed,
//   whitespace-collapsed, case-insensitive). No other leniency: picking an option is not typing.
// - CLOZE / SHORT_ANSWER: the response is compared, normalised (see normalise.ts), with every
//   accepted form: `answer`, `acceptedAnswers`, and forms derived here (surname of a person,
//   acronym of an organisation, "Name (ABBR)" split, the bare number of a count, the British or
//   American spelling of a lower-case word — see spelling.ts).
//   An exact normalised match is "correct". A response within typo tolerance of a form is "close":
//   it does NOT score (close is not correct) — the UI shows "close — check your spelling" so the
//   learner knows they had the right idea. Everything else is "wrong".
//
// Typo tolerance is sized by the letters in the accepted form: none under 5 letters, one edit for
// 5–8, two from 9. Never for anything containing a digit (numbers, years, dates, ordinals), nor for
// numeric answer types — a different number is a different fact.

import { distance } from "fastest-levenshtein";
import type { QuestionDraft } from "../domain/types";
import { letterCount, normaliseAnswer } from "../domain/answer";
import { hasChoices } from "../domain/question-types";
import { spellingTwins } from "./spelling";

export type Verdict = "correct" | "close" | "wrong";

export interface GradeResult {
  verdict: Verdict;
  /** True only for verdict "correct": this is what scores. */
  correct: boolean;
  /** The accepted form (as written by the question's author or derived) the response matched, if any. */
  matched?: string;
}

export type GradableQuestion = Pick<QuestionDraft, "type" | "answer" | "acceptedAnswers" | "choices" | "answerType">;

/** Answer types whose values are numbers or dates: exact match only. */
const NUMERIC_ANSWER_TYPES = new Set([
  "year", "date", "count", "number", "quantity", "percent", "percentage", "money", "ordinal", "time", "duration",
]);

/** Numeric answer types whose unit may be left out ("2,500 troops" → "2500"). */
const BARE_NUMBER_TYPES = new Set(["count", "number", "quantity", "money"]);

/** Name particles that belong to a surname but that a learner may leave out ("al-Sudani" / "Sudani"). */
const NAME_PARTICLES = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "della", "der", "den", "van", "von",
  "le", "la", "du", "dos", "das", "ter", "ten", "mac",
]);
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd"]);

/** Small words skipped when building an acronym ("Islamic Resistance in Iraq" → "IRI"). */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&"]);

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Surname forms of a person's name: "Mohammed Shia al-Sudani" → ["al-Sudani", "Sudani"]. */
export function surnameForms(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && NAME_SUFFIXES.has(bare(words[words.length - 1]))) words.pop();
  if (words.length === 0) return [];

  const last = words[words.length - 1];
  const forms: string[] = [];
  if (words.length > 1) forms.push(last);
  // Particles written as separate words: "Vincent van Gogh" → "van Gogh", "Gogh".
  let firstParticle = words.length - 1;
  while (firstParticle > 1 && NAME_PARTICLES.has(bare(words[firstParticle - 1]))) firstParticle--;
  if (firstParticle < words.length - 1) forms.unshift(words.slice(firstParticle).join(" "));
  // Particles joined by a hyphen: "al-Sudani" → "Sudani".
  const hyphen = /^([\p{L}]+)[-‐‑–]([\p{L}].*)$/u.exec(last);
  if (hyphen && NAME_PARTICLES.has(hyphen[1].toLowerCase())) forms.push(hyphen[2]);
  return forms;
}

/** Acronym of an organisation's name: initials of its capitalised words, when there are at least two. */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s\-‐‑–]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length < 2) return undefined;
  return capitalised.map((w) => w[0]).join("");
}

/**
 * Every form a typed answer is accepted in, `answer` first, without duplicates (by normalised form).
 * Derived forms are added only when not already listed.
 */
export function acceptedForms(question: Pick<QuestionDraft, "answer" | "acceptedAnswers" | "answerType">): string[] {
  const answer = typeof question.answer === "string" ? question.answer : "";
  const listed = [answer, ...(Array.isArray(question.acceptedAnswers) ? question.acceptedAnswers : [])].filter(
    (a): a is string => typeof a === "string",
  );
  const derived: string[] = [];
  const answerType = (question.answerType ?? "").toLowerCase();

  for (const form of listed) {
    // "Popular Mobilization Forces (PMF)" → the name, and the bracket when it is an abbreviation
    // (not a remark such as "2,500 (approximately)").
    const paren = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(form);
    if (paren) {
      derived.push(paren[1]);
      if (/^[\p{Lu}][\p{L}.&-]*$/u.test(paren[2].trim()) && (paren[2].match(/\p{Lu}/gu) ?? []).length >= 2) derived.push(paren[2]);
    }
  }
  const mainName = /^(.+?)\s*\([^()]+\)\s*$/.exec(answer)?.[1] ?? answer;
  if (answerType === "person") derived.push(...surnameForms(mainName));
  if (answerType === "organization" || answerType === "organisation") {
    const acronym = acronymOf(mainName);
    if (acronym) derived.push(acronym);
  }
  // "anaemia" is "anemia" typed by an American: the same answer, not a typo to be told about.
  if (answerType !== "person") for (const form of listed) derived.push(...spellingTwins(form));
  // "1,500°C" is also typed "1500C", "1500 degrees" or "1500 degrees Celsius": few keyboards have the sign.
  const temperature = /^(?:(?:about|around|roughly|nearly|almost|over|more than|under|below|above) )?(-?\d[\d,.]*)\s?°\s?([CF])$/.exec(answer.trim());
  if (temperature) {
    const [, n, scale] = temperature;
    const name = scale === "C" ? "Celsius" : "Fahrenheit";
    derived.push(`${n}${scale}`, `${n} degrees`, `${n} degrees ${scale}`, `${n} degrees ${name}`, `${n}°`, `${n} ° ${name}`);
  }
  if (BARE_NUMBER_TYPES.has(answerType)) {
    // "2,500 troops" → "2500": the unit is what the question asked about.
    const leadingNumber = /^(\d+(?:\.\d+)?) \p{L}/u.exec(normaliseAnswer(answer));
    if (leadingNumber) derived.push(leadingNumber[1]);
    // "612 dead fish" → "612 fish": the number with the thing counted, without what describes it.
    for (const form of listed) {
      const counted = /^(\d[\d,.]*) (?:[\p{L}-]+ )+([\p{L}-]+)$/u.exec(form.trim());
      if (counted) derived.push(`${counted[1]} ${counted[2]}`);
    }
  }

  const seen = new Set<string>();
  const forms: string[] = [];
  for (const form of [...listed, ...derived]) {
    const key = normaliseAnswer(form);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    forms.push(form.trim());
  }
  return forms;
}

/** Answer types a learner may answer with the preposition the question implies ("in 1997", "at Kew"). */
const PREPOSITION_TYPES = new Set(["year", "date", "century", "decade", "time", "place", "city", "country", "region", "water", "facility", "location"]);
/** Titles before a person's name that do not change who is named ("Councillor Ruth Ashdown", "Doctor Pryce"). */
const PERSON_TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "councillor", "cllr",
  "captain", "capt", "rev", "reverend", "president", "king", "queen", "saint", "st", "prince", "princess",
  "duke", "duchess", "archduke", "archduchess", "emperor", "empress", "kaiser", "tsar", "czar", "sultan", "pope",
  "general", "admiral", "colonel", "chancellor", "senator", "governor", "bishop", "archbishop", "cardinal",
]);

/**
 * A response, normalised, without the frame a learner may put round a right answer: a leading "in",
 * "on", "at" or "during" before a year, date or place ("in October 2022"), and a person's titles
 * before the name ("Councillor Ashdown"). Never the bare frame itself: "in" alone is no answer.
 */
function framedForms(response: string, answerType: string | undefined): string[] {
  const type = (answerType ?? "").toLowerCase();
  const out: string[] = [];
  // (Before normalising: a date is read whole, so "in October 2022" is not "in " and a date.)
  if (PREPOSITION_TYPES.has(type)) {
    const m = /^\s*(?:in|on|at|during)\s+(\S.*)$/i.exec(response);
    if (m) out.push(normaliseAnswer(m[1]));
  }
  if (type === "person") {
    const words = response.trim().split(/\s+/);
    let k = 0;
    while (k < words.length - 1 && PERSON_TITLES.has(words[k].toLowerCase().replace(/\.$/, ""))) k++;
    if (k > 0) out.push(normaliseAnswer(words.slice(k).join(" ")));
  }
  return out.filter(Boolean);
}

/** Edits allowed between a response and a normalised accepted form (0 = exact only). */
export function typoTolerance(normalisedForm: string, answerType?: string): number {
  if (/\d/.test(normalisedForm)) return 0;
  if (answerType && NUMERIC_ANSWER_TYPES.has(answerType.toLowerCase())) return 0;
  const letters = letterCount(normalisedForm);
  if (letters < 5) return 0;
  if (letters <= 8) return 1;
  return 2;
}

/**
 * Edits between a normalised response and a normalised form, when within `tolerance`; else undefined.
 * Word by word, a word under 5 letters must still be exact: "Jim Rose" is not a typo of "Jim Ross".
 */
function typoEdits(said: string, key: string, tolerance: number): number | undefined {
  if (tolerance === 0 || Math.abs(key.length - said.length) > tolerance) return undefined;
  const edits = distance(said, key);
  if (edits > tolerance) return undefined;
  const saidWords = said.split(" ");
  const keyWords = key.split(" ");
  if (saidWords.length === keyWords.length) {
    for (let i = 0; i < keyWords.length; i++) {
      if (saidWords[i] !== keyWords[i] && letterCount(keyWords[i]) < 5) return undefined;
    }
  }
  return edits;
}

/** Option comparison for MCQ / TRUE_FALSE: the option text itself, ignoring case and spacing. */
function optionKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Whether a response to an MCQ / TRUE_FALSE question is one of its options (same comparison as grading).
 * Lets a route answer 422 for a response that was never offered instead of recording it as wrong.
 * Always true for typed questions.
 */
export function isOfferedChoice(question: Pick<QuestionDraft, "type" | "choices">, response: string): boolean {
  if (!hasChoices(question.type)) return true;
  if (typeof response !== "string") return false;
  const choices = Array.isArray(question.choices) ? question.choices : question.type === "TRUE_FALSE" ? ["True", "False"] : [];
  const key = optionKey(response);
  return choices.some((choice) => typeof choice === "string" && optionKey(choice) === key);
}

const WRONG: GradeResult = { verdict: "wrong", correct: false };

export function gradeResponse(question: GradableQuestion, response: string): GradeResult {
  if (typeof response !== "string" || response.trim() === "") return { ...WRONG };
  const answer = typeof question.answer === "string" ? question.answer : "";

  if (hasChoices(question.type)) {
    if (answer.trim() !== "" && optionKey(response) === optionKey(answer)) {
      return { verdict: "correct", correct: true, matched: answer };
    }
    return { ...WRONG };
  }

  const said = normaliseAnswer(response);
  if (!said) return { ...WRONG };
  const forms = acceptedForms(question).map((form) => ({ form, key: normaliseAnswer(form) }));

  for (const typed of [said, ...framedForms(response, question.answerType)]) {
    for (const { form, key } of forms) {
      if (typed === key) return { verdict: "correct", correct: true, matched: form };
    }
  }
  // Word breaks are formatting, not spelling ("AlSudani", "Al Sudani") — but only without digits,
  // where joining could turn "20 05" into "2005".
  const saidJoined = said.replace(/ /g, "");
  if (!/\d/.test(said)) {
    for (const { form, key } of forms) {
      if (!/\d/.test(key) && saidJoined === key.replace(/ /g, "")) return { verdict: "correct", correct: true, matched: form };
    }
  }

  if (/\d/.test(said)) return { ...WRONG }; // a typed number is exact or wrong
  let best: { form: string; edits: number } | undefined;
  for (const { form, key } of forms) {
    const edits = typoEdits(said, key, typoTolerance(key, question.answerType));
    if (edits !== undefined && (!best || edits < best.edits)) best = { form, edits };
  }
  if (best) return { verdict: "close", correct: false, matched: best.form };
  return { ...WRONG };
}
