// Printed versions of one set: A is the set as it is; B shuffles the order of the questions and
// of each multiple-choice question's options, so neighbours in a classroom have different papers.
// The shuffle is seeded by the set's slug, so every export of version B is the same paper and its
// key always matches. True/false keeps "True, False".
import { keyHash } from "./as-choice";
import type { PreparedQuestion } from "./prepared-question";
import type { PrintVersion } from "../domain/export-formats";
import { createRandom, shuffle } from "../domain/random";

/** The items of `version`, renumbered 1…n; choices reordered with the right answer followed. */
export function versionItems(items: PreparedQuestion[], version: PrintVersion, seedText: string): PreparedQuestion[] {
  if (version === "A") return items;
  const random = createRandom(keyHash(seedText, `version-${version}`));
  return shuffle(items, random).map((item, i) => {
    const base = { ...item, number: i + 1 };
    if (item.question.type !== "MCQ") return base;
    const order = shuffle(item.choices.map((_, j) => j), random);
    return { ...base, choices: order.map((j) => item.choices[j]), correctIndex: order.indexOf(item.correctIndex) };
  });
}
