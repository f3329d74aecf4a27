// Choice-only targets (Kahoot, Blooket, Aiken) take a typed question as multiple choice when a
// fair set of options exists: choices the question already carries, near numbers for a year or a
// count, or other answers of the same kind from the same set. Without such options it stays
// skipped, with the reason.
import { createHash } from "node:crypto";
import { hasChoices } from "../domain/question-types";
import { gradeResponse } from "../quiz/grade";
import type { PreparedQuestion } from "./prepared-question";

export interface ChoiceForm {
  /** Options in display order, the correct one among them. */
  choices: string[];
  correctIndex: number;
  /** How the options were found, for the README and tests ("own", "numbers", "set"). */
  via: "choice" | "own" | "numbers" | "set";
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** A stable pseudo-random number for a question key (so a re-export places answers the same way). */
export function keyHash(key: string, salt = ""): number {
  return createHash("sha256").update(`${salt}\u0000${key}`).digest().readUInt32BE(0);
}

/** Puts `answer` at a position chosen by the key among `distractors` (never always first). */
export function placeAnswer(key: string, answer: string, distractors: string[]): { choices: string[]; correctIndex: number } {
  const at = keyHash(key, "place") % (distractors.length + 1);
  const choices = [...distractors.slice(0, at), answer, ...distractors.slice(at)];
  return { choices, correctIndex: at };
}

const NUMBER = /^\d{1,3}(,\d{3})+$|^\d+$/;

/** Near numbers for a year ("2003" → 2001, 2005, 2008) or a count ("2,500" → 1,500, 3,500, 5,000). */
export function numberDistractors(answer: string, answerType: string, key: string): string[] {
  const text = answer.trim();
  if (!NUMBER.test(text)) return [];
  const value = Number(text.replace(/,/g, ""));
  const commas = text.includes(",") || value >= 10_000;
  const format = (n: number) => (commas ? n.toLocaleString("en-US") : String(n));
  let candidates: number[];
  if (answerType === "year" || (/^\d{4}$/.test(text) && value >= 1000 && value <= 2100)) {
    candidates = [-5, -3, -2, -1, 1, 2, 3, 5].map((d) => value + d);
  } else {
    if (value < 2) return [];
    const step = Math.max(1, 10 ** Math.max(0, String(Math.round(value)).length - 2) * 5);
    candidates = [value - 2 * step, value - step, value + step, value + 2 * step, value * 2, Math.round(value / 2)].filter((n) => n > 0 && n !== value);
  }
  const unique = [...new Set(candidates)];
  // Three of them, picked by the key, so the answer is not always the middle one.
  const picked: number[] = [];
  let seed = keyHash(key, "numbers");
  while (picked.length < 3 && unique.length > 0) {
    picked.push(unique.splice(seed % unique.length, 1)[0]);
    seed = Math.floor(seed / 7) + 11;
  }
  return picked.sort((a, b) => a - b).map(format);
}

/**
 * Every value the set offers for an answer type: answers and choices of its questions. A typed
 * question borrows from the pool of its own answer type only ("person" for a person).
 */
export function answerPools(items: PreparedQuestion[]): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  for (const item of items) {
    const q = item.question;
    const values = item.shape === "options" ? item.choices : item.shape === "typed" ? item.typedAnswers.slice(0, 1) : [];
    const pool = pools.get(q.answerType) ?? [];
    for (const v of values) if (!pool.some((p) => norm(p) === norm(v))) pool.push(v);
    pools.set(q.answerType, pool);
  }
  return pools;
}

/** The question as one correct option among 2–`max` options, or null when no fair options exist. */
export function asChoice(item: PreparedQuestion, pools: Map<string, string[]>, max = 4): ChoiceForm | null {
  const q = item.question;
  if (hasChoices(q.type)) {
    if (item.choices.length <= max) return { choices: item.choices, correctIndex: item.correctIndex, via: "choice" };
    // Too many options: keep the answer and the first other options, in their order.
    const answer = item.choices[item.correctIndex];
    const others = item.choices.filter((_, i) => i !== item.correctIndex).slice(0, max - 1);
    const kept = item.choices.filter((c) => c === answer || others.includes(c));
    return { choices: kept, correctIndex: kept.indexOf(answer), via: "choice" };
  }
  const answer = item.typedAnswers[0];
  const accepted = new Set(item.typedAnswers.map(norm));
  const gradable = { type: q.type, answer, acceptedAnswers: item.typedAnswers.slice(1), answerType: q.answerType };
  // Never offer as "wrong" an option Factdeck would mark right ("Sudani" for "al-Sudani").
  const fresh = (values: string[]) => {
    const out: string[] = [];
    for (const v of values) {
      if (accepted.has(norm(v)) || out.some((o) => norm(o) === norm(v)) || gradeResponse(gradable, v).verdict !== "wrong") continue;
      out.push(v);
    }
    return out;
  };
  const sources: [ChoiceForm["via"], string[]][] = [
    ["own", fresh(q.choices ?? [])],
    ["numbers", fresh(numberDistractors(answer, q.answerType, q.key))],
    ["set", fresh(pools.get(q.answerType) ?? [])],
  ];
  for (const [via, distractors] of sources) {
    // Two options at least (a fair either-or); a pool of one other answer is still a real choice.
    if (distractors.length === 0) continue;
    const chosen = via === "set" ? pickStable(distractors, q.key, max - 1) : distractors.slice(0, max - 1);
    if (via === "numbers") {
      // Numbers read best in order; the answer's place then depends on the distractors drawn.
      const sorted = [...chosen, answer].sort((a, b) => Number(a.replace(/,/g, "")) - Number(b.replace(/,/g, "")));
      return { choices: sorted, correctIndex: sorted.indexOf(answer), via };
    }
    return { ...placeAnswer(q.key, answer, chosen), via };
  }
  return null;
}

/** `n` values picked by the key (the pool's order would give every question the same options). */
function pickStable(values: string[], key: string, n: number): string[] {
  return [...values]
    .map((v) => ({ v, rank: keyHash(`${key}\u0000${v}`, "pick") }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, n)
    .map((x) => x.v);
}

/**
 * Shortens an option to `max` characters where that keeps it recognisable: a trailing
 * parenthesis goes first, then whole words (with "…"). Returns null when it cannot.
 */
export function shortenChoice(text: string, max: number): string | null {
  const one = text.replace(/\s+/g, " ").trim();
  if (Array.from(one).length <= max) return one;
  const noParen = one.replace(/\s*\([^()]*\)\s*$/, "");
  if (noParen && Array.from(noParen).length <= max) return noParen;
  const words = noParen.split(" ");
  let out = "";
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (Array.from(next).length + 1 > max) break;
    out = next;
  }
  // Less than half the text left is no longer the same option.
  if (!out || Array.from(out).length < max / 2) return null;
  return `${out.replace(/[,;:.\-–—]+$/, "")}…`;
}

/** Shortens every option; null when two would read the same afterwards (or one cannot be shortened). */
export function shortenChoices(choices: string[], max: number): string[] | null {
  const out: string[] = [];
  for (const c of choices) {
    const s = shortenChoice(c, max);
    if (s === null || out.some((o) => norm(o) === norm(s))) return null;
    out.push(s);
  }
  return out;
}
