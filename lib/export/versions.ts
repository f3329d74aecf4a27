// Printed versions of one set: A is the set as it is; B shuffles the order of the questions and
// of each multiple-choice question's options, so neighbours in a classroom have different papers.
// The shuffle is seeded by the set's slug, so every export of version B is the same paper and its
// key always matches. True/false keeps "True, False".
import { keyHash } from "./as-choice";
import type { PreparedQuestion } from "./prepared-question";
import type { PrintVersion } from "../domain/export-formats";

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(values: T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The items of `version`, renumbered 1…n; choices reordered with the right answer followed. */
export function versionItems(items: PreparedQuestion[], version: PrintVersion, seedText: string): PreparedQuestion[] {
  if (version === "A") return items;
  const random = seededRandom(keyHash(seedText, `version-${version}`));
  return shuffle(items, random).map((item, i) => {
    const base = { ...item, number: i + 1 };
    if (item.question.type !== "MCQ") return base;
    const order = shuffle(item.choices.map((_, j) => j), random);
    return { ...base, choices: order.map((j) => item.choices[j]), correctIndex: order.indexOf(item.correctIndex) };
  });
}
