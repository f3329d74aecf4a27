// The four FSRS ratings as the review screen names them, and small display helpers.
import type { z } from "zod";
import type { intervalLabels } from "@/lib/api/schemas/review";

export type Rating = 1 | 2 | 3 | 4;

export const RATINGS: readonly { value: Rating; name: string; key: keyof z.infer<typeof intervalLabels> }[] = [
  { value: 1, name: "Again", key: "again" },
  { value: 2, name: "Hard", key: "hard" },
  { value: 3, name: "Good", key: "good" },
  { value: 4, name: "Easy", key: "easy" },
];

export const STATE_LABEL = ["New", "Learning", "Review", "Relearning"];

/** "14:05" in the learner's study time zone (the browser's own when the zone is unknown to it). */
export function timeOf(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
  } catch {
    return new Date(iso).toLocaleTimeString();
  }
}
