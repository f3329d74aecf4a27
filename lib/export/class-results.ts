// A class's assignment results as CSV (RFC 4180 via papaparse): one row per learner and assignment,
// the attempt that counts under the assignment's rule, late and missing marked. UTF-8 with a BOM so
// Excel reads names with accents; a cell that would run as a formula gets a leading apostrophe
// (numbers, negative ones included, stay numbers).
import Papa from "papaparse";
import { ASSIGNMENT_STATE_LABELS, COUNTED_ATTEMPT_LABELS } from "../domain/assignments.ts";
import type { AssignedSet, ClassResults } from "../domain/sets.ts";

export const CLASS_RESULTS_COLUMNS = [
  "learner",
  "assignment",
  "mode",
  "questions",
  "due",
  "time_zone",
  "status",
  "attempts",
  "attempts_allowed",
  "counts",
  "score_percent",
  "finished_at",
] as const;

/** = + @ tab CR start a formula in Excel, LibreOffice and Sheets; "-" only when not a number. */
const FORMULA_START = /^([=+@\t\r]|-(?!\d+([.,]\d+)?$))/;

const percent = (f: number | null) => (f === null ? "" : Math.round(f * 1000) / 10);

export function classResultsCsv(results: ClassResults, assignments: AssignedSet[]): string {
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const rows: (string | number)[][] = [];
  for (const learner of results.learners) {
    for (const set of learner.sets) {
      const a = byId.get(set.setId);
      if (!a) continue;
      const s = a.settings;
      rows.push([
        learner.name,
        set.title,
        s.mode === "TEST" ? "Test" : "Practice",
        s.questionCount ?? "all",
        s.dueAt ?? "",
        s.dueAt ? s.dueTimeZone : "",
        ASSIGNMENT_STATE_LABELS[set.state],
        set.attempts,
        s.attemptsAllowed ?? "unlimited",
        COUNTED_ATTEMPT_LABELS[s.countedAttempt],
        percent(set.counted),
        set.countedAt ?? "",
      ]);
    }
  }
  return "\uFEFF" + Papa.unparse({ fields: [...CLASS_RESULTS_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: "\r\n" });
}
