// The class results CSV: columns, one row per learner and assignment, formulas defused but numbers
// (negative ones too) left as they are.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CLASS_RESULTS_COLUMNS, classResultsCsv } from "@/lib/export/class-results";
import { DEFAULT_ASSIGNMENT_SETTINGS, settingsView } from "@/lib/domain/assignments";
import type { AssignedSet, ClassResults } from "@/lib/domain/sets";

const assigned = (id: string, title: string): AssignedSet => ({
  id,
  slug: id,
  title,
  description: "",
  visibility: "CLASS",
  questionCount: 4,
  assignedAt: "2026-11-01T00:00:00.000Z",
  settings: settingsView({ ...DEFAULT_ASSIGNMENT_SETTINGS, mode: "TEST", dueAt: new Date("2026-12-04T16:00:00Z"), dueTimeZone: "Europe/Berlin", attemptsAllowed: 2 }),
});

const learner = (name: string, counted: number | null) => ({
  userId: name,
  name,
  attempts: 1,
  finished: 1,
  best: counted,
  last: counted,
  sets: [{ setId: "s1", title: "-5 + 3 = ?", attempts: 1, best: counted, last: counted, counted, state: counted === null ? ("missing" as const) : ("done" as const), countedAt: counted === null ? null : "2026-12-01T10:00:00.000Z" }],
});

describe("classResultsCsv", () => {
  const results: ClassResults = { classId: "c", learners: [learner("=cmd|' /C calc'!A0", 0.5), learner("-2", null), learner("Zoë", 2 / 3)], questions: [] };
  const csv = classResultsCsv(results, [assigned("s1", "-5 + 3 = ?")]);
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });

  it("starts with a BOM and has the documented columns, one row per learner and assignment", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual([...CLASS_RESULTS_COLUMNS]);
    expect(rows.data).toHaveLength(3);
    expect(rows.data[2]).toMatchObject({ learner: "Zoë", mode: "Test", questions: "all", due: "2026-12-04T16:00:00.000Z", time_zone: "Europe/Berlin", status: "Done", attempts_allowed: "2", counts: "Best attempt", score_percent: "66.7" });
    expect(rows.data[1]).toMatchObject({ status: "Missing", score_percent: "", finished_at: "" });
  });

  it("defuses cells that would run as formulas and leaves negative numbers alone", () => {
    expect(rows.data[0].learner).toBe("'=cmd|' /C calc'!A0");
    expect(rows.data[1].learner).toBe("-2");
    expect(rows.data[0].assignment).toBe("'-5 + 3 = ?");
  });
});
