// One item per fact (QUESTION-RUBRIC item 8): which questions must never meet in one quiz, test,
// "add all" or article export. Pure.
//
// Two questions are siblings when
// - they share a factKey (the generator gives every item made from one fact the same key), or
// - they come from the same source sentence and one gives the other's answer away: that answer (or an
//   accepted form of it) appears, as whole words, in the other's prompt, choices or explanation.
// Both are compared only within one article: factKeys and sentence indexes are per article.
// Words are compared after `normaliseAnswer`'s folding (the house's one normaliser), so "U.S." meets
// "US" and "two thousand" meets "2000".

import type { Provenance, Question } from "../domain/types";
import { normaliseAnswer, normalisedWords } from "../domain/answer";

/** What the rule reads of a question; a missing field simply cannot make a sibling. */
export type SiblingCandidate = Pick<Question, "id" | "type"> &
  Partial<Pick<Question, "prompt" | "answer" | "acceptedAnswers" | "choices" | "explanation" | "factKey" | "articleId">> & {
    source?: Pick<Provenance, "sentenceIndex">;
  };

/** A question read once for the rule: its answer forms and its visible texts, folded. */
interface Folded {
  article: string;
  factKey: string | undefined;
  sentence: number | undefined;
  /** Folded forms its answer may take (empty for true/false: "True" gives nothing away). */
  answers: string[];
  /** Folded prompt, explanation and choices, each padded with spaces for whole-word search (read on first need). */
  texts: () => string[];
  /** Whole choices read as answers (so a date choice meets a date answer written another way). */
  choiceAnswers: Set<string>;
}

const padded = (words: string[]) => ` ${words.join(" ")} `;

/** Folded words of a text, padded for whole-word search; one list's items share explanations, so a memo pays. */
type Memo = Map<string, string>;
function paddedWords(text: string, memo: Memo): string {
  let out = memo.get(text);
  if (out === undefined) memo.set(text, (out = padded(normalisedWords(text))));
  return out;
}

function fold(q: SiblingCandidate, memo: Memo = new Map()): Folded {
  const answers = new Set<string>();
  if (q.type !== "TRUE_FALSE") {
    for (const a of [q.answer ?? "", ...(q.acceptedAnswers ?? [])]) {
      // Both readings: a date answer is "2004-03-05" whole, but "5 march 2004" inside a sentence.
      for (const form of [normaliseAnswer(a), normalisedWords(a).join(" ")]) if (form) answers.add(form);
    }
  }
  const choices = q.choices ?? [];
  let texts: string[] | undefined;
  return {
    article: q.articleId ?? "",
    factKey: q.factKey || undefined,
    sentence: q.source && q.source.sentenceIndex >= 0 ? q.source.sentenceIndex : undefined,
    answers: [...answers],
    // Folding long texts is the rule's cost; most pairs are settled before it is needed.
    texts: () => (texts ??= [q.prompt ?? "", q.explanation ?? "", ...choices].map((t) => paddedWords(t, memo))),
    choiceAnswers: new Set(choices.map(normaliseAnswer).filter(Boolean)),
  };
}

/** True when something `shower` displays gives away `asked`'s answer. */
function givesAway(shower: Folded, asked: Folded): boolean {
  return asked.answers.some((a) => shower.choiceAnswers.has(a) || shower.texts().some((t) => t.includes(` ${a} `)));
}

function foldedSiblings(a: Folded, b: Folded): boolean {
  if (a.article !== b.article) return false;
  if (a.factKey !== undefined && a.factKey === b.factKey) return true;
  return a.sentence !== undefined && a.sentence === b.sentence && (givesAway(a, b) || givesAway(b, a));
}

/** Whether two questions ask the same fact, or one gives the other's answer away. A question is not its own sibling. */
export function areSiblings(a: SiblingCandidate, b: SiblingCandidate): boolean {
  if (a.id === b.id) return false;
  return foldedSiblings(fold(a), fold(b));
}

/** For each question (by index), the indexes of its siblings in the list. */
export function siblingIndexes(questions: readonly SiblingCandidate[]): number[][] {
  const memo: Memo = new Map();
  const folded = questions.map((q) => fold(q, memo));
  const out = questions.map(() => [] as number[]);
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      if (questions[i].id !== questions[j].id && foldedSiblings(folded[i], folded[j])) {
        out[i].push(j);
        out[j].push(i);
      }
    }
  }
  return out;
}

/**
 * Sibling groups: a group number per question, the groups being the connected parts of the sibling
 * relation (A–B and B–C put A, B and C in one group, so one pick per group can never pair two
 * siblings). Numbered in order of first appearance, so the numbering does not depend on anything
 * but the list.
 */
export function siblingGroups(questions: readonly SiblingCandidate[]): number[] {
  return groupsOf(siblingIndexes(questions));
}

/**
 * The same numbering from sibling indexes already found, counting only the questions `included`
 * (the others get -1): lets a caller read the pairs once and group many subsets of one list.
 */
export function groupsOf(edges: readonly number[][], included?: (index: number) => boolean): number[] {
  const take = included ?? (() => true);
  const group = edges.map(() => -1);
  let next = 0;
  for (let start = 0; start < edges.length; start++) {
    if (group[start] !== -1 || !take(start)) continue;
    const stack = [start];
    group[start] = next;
    while (stack.length) {
      for (const j of edges[stack.pop()!]) {
        if (group[j] === -1 && take(j)) {
          group[j] = next;
          stack.push(j);
        }
      }
    }
    next++;
  }
  return group;
}

/** Components larger than this are settled greedily (an exact search is exponential in their size). */
const EXACT_LIMIT = 22;

/**
 * The most questions of one sibling group that can meet in one quiz: a largest set of them no two of
 * which are siblings (a chain A–B–C, where A and C give nothing of each other away, keeps A and C).
 * Among the largest sets, the one that is first in `members`' order (members sorted by position).
 */
function largestFree(members: number[], edges: readonly number[][]): number[] {
  if (members.length === 1) return members;
  const adjacent = new Map<number, Set<number>>(members.map((m) => [m, new Set(edges[m])]));
  if (members.length > EXACT_LIMIT) {
    const kept: number[] = [];
    for (const m of members) if (!kept.some((k) => adjacent.get(m)!.has(k))) kept.push(m);
    return kept;
  }
  let best: number[] = [];
  const chosen: number[] = [];
  // Include-first depth-first search meets the sets in list order, so the first largest one wins ties.
  const search = (i: number) => {
    if (chosen.length + (members.length - i) <= best.length) return;
    if (i === members.length) {
      best = chosen.slice();
      return;
    }
    const m = members[i];
    if (!chosen.some((k) => adjacent.get(m)!.has(k))) {
      chosen.push(m);
      search(i + 1);
      chosen.pop();
    }
    search(i + 1);
  };
  search(0);
  return best;
}

/** Which indexes one-per-fact keeps: per sibling group, its largest sibling-free set first in list order. */
function keptIndexes(edges: readonly number[][], included?: (index: number) => boolean): Set<number> {
  const groups = groupsOf(edges, included);
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    if (g < 0) return;
    if (!members.has(g)) members.set(g, []);
    members.get(g)!.push(i);
  });
  const kept = new Set<number>();
  for (const list of members.values()) for (const i of largestFree(list, edges)) kept.add(i);
  return kept;
}

/**
 * How many questions one-per-fact draws from a list whose sibling pairs are `edges` (counting only
 * the `included` ones): the same whatever the order, so a start screen's count is what a quiz gets.
 */
export function countOnePerFact(edges: readonly number[][], included?: (index: number) => boolean): number {
  return keptIndexes(edges, included).size;
}

/**
 * One item per fact, in the list's order: no two kept questions are siblings, and where siblings
 * chain (A–B–C with A and C unrelated) both ends are kept rather than one item for the whole chain.
 * Stable: the order decides which siblings are kept (a shuffled list lets the seed decide).
 */
export function onePerFact<T extends SiblingCandidate>(ordered: readonly T[]): T[] {
  return onePerFactWithSkips(ordered).kept;
}

/** How many questions one-per-fact draws from a list (the same for any order of it). */
export function countFacts(questions: readonly SiblingCandidate[]): number {
  return countOnePerFact(siblingIndexes(questions));
}

/** What `onePerFact` left out, each with the kept question it is a sibling of (the reason an export reports). */
export interface LeftOutSibling<T> {
  question: T;
  keptSibling: T;
}

/** `onePerFact`, also saying what it left out and for which kept question. */
export function onePerFactWithSkips<T extends SiblingCandidate>(ordered: readonly T[]): { kept: T[]; skipped: LeftOutSibling<T>[] } {
  const edges = siblingIndexes(ordered);
  const keep = keptIndexes(edges);
  const kept: T[] = [];
  const skipped: LeftOutSibling<T>[] = [];
  ordered.forEach((q, i) => {
    if (keep.has(i)) kept.push(q);
    else {
      // A largest sibling-free set is maximal: every question left out has a kept sibling.
      const j = edges[i].filter((k) => keep.has(k)).sort((a, b) => a - b)[0];
      skipped.push({ question: q, keptSibling: ordered[j] });
    }
  });
  return { kept, skipped };
}
