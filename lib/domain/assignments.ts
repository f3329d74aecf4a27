// Class assignments: the settings a teacher fixes per assignment and the pure rules read from them
// (which attempt counts, lateness, attempts left, the time limit). Plain data, no I/O: the use cases
// in lib/app/assignments.ts load attempts and apply these in plain sight.
import type { AttemptMode } from "./attempt.ts";

/** Which finished attempt the class results use. */
export const COUNTED_ATTEMPTS = ["BEST", "FIRST", "LAST"] as const;
export type CountedAttempt = (typeof COUNTED_ATTEMPTS)[number];
export const COUNTED_ATTEMPT_LABELS: Record<CountedAttempt, string> = {
  BEST: "Best attempt",
  FIRST: "First attempt",
  LAST: "Last attempt",
};
export const toCountedAttempt = (v: string): CountedAttempt => (COUNTED_ATTEMPTS.includes(v as CountedAttempt) ? (v as CountedAttempt) : "BEST");

/** Bounds the teacher's form and the API share. */
export const ASSIGNMENT_LIMITS = { attempts: 20, timeLimitMinutes: 600 } as const;

/** Answers this long after the deadline still count: the request was on its way when time ran out. */
export const ANSWER_GRACE_MS = 2_000;

export interface AssignmentSettings {
  mode: AttemptMode;
  /** Questions per attempt; null = every question of the set (one per fact). */
  questionCount: number | null;
  dueAt: Date | null;
  /** The IANA zone the due date was set (and is shown) in. */
  dueTimeZone: string;
  /** null = unlimited. */
  attemptsAllowed: number | null;
  /** null = no time limit. */
  timeLimitMinutes: number | null;
  countedAttempt: CountedAttempt;
}

/** The settings as they cross the API and reach pages: the due date as an ISO string. */
export type AssignmentSettingsView = Omit<AssignmentSettings, "dueAt"> & { dueAt: string | null };

export const settingsView = (s: AssignmentSettings): AssignmentSettingsView => ({ ...s, dueAt: s.dueAt?.toISOString() ?? null });
export const settingsFromView = (s: AssignmentSettingsView): AssignmentSettings => ({ ...s, dueAt: s.dueAt === null ? null : new Date(s.dueAt) });

export const DEFAULT_ASSIGNMENT_SETTINGS: AssignmentSettings = {
  mode: "PRACTICE",
  questionCount: null,
  dueAt: null,
  dueTimeZone: "UTC",
  attemptsAllowed: null,
  timeLimitMinutes: null,
  countedAttempt: "BEST",
};

/** An attempt made on an assignment, as far as the rules need it. */
export interface AssignmentAttempt {
  id: string;
  status: "IN_PROGRESS" | "FINISHED";
  score: number | null;
  max: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  deadlineAt: Date | null;
}

export const scoreFraction = (a: { score: number | null; max: number | null }): number | null =>
  a.score != null && a.max ? a.score / a.max : null;

const byStart = (a: AssignmentAttempt, b: AssignmentAttempt) => a.startedAt.getTime() - b.startedAt.getTime() || a.id.localeCompare(b.id);

/** The finished attempt that counts under the rule (BEST: highest score, the earlier on a tie); null before any. */
export function countingAttempt(attempts: AssignmentAttempt[], rule: CountedAttempt): AssignmentAttempt | null {
  const finished = attempts.filter((a) => a.status === "FINISHED" && scoreFraction(a) !== null).sort(byStart);
  if (finished.length === 0) return null;
  if (rule === "FIRST") return finished[0];
  if (rule === "LAST") return finished[finished.length - 1];
  return finished.reduce((best, a) => (scoreFraction(a)! > scoreFraction(best)! ? a : best));
}

/** How many more attempts may start; null = unlimited. */
export const attemptsLeft = (allowed: number | null, started: number): number | null =>
  allowed === null ? null : Math.max(0, allowed - started);

/** An attempt finished after the due date is late. */
export const isLate = (finishedAt: Date, dueAt: Date | null): boolean => dueAt !== null && finishedAt.getTime() > dueAt.getTime();

/** When an attempt started now must end; null without a time limit. */
export const deadlineFor = (startedAt: Date, timeLimitMinutes: number | null): Date | null =>
  timeLimitMinutes === null ? null : new Date(startedAt.getTime() + timeLimitMinutes * 60_000);

/** Whether an answer given at `now` still counts (the grace covers the request's trip). */
export const acceptsAnswerAt = (deadlineAt: Date | null, now: Date): boolean =>
  deadlineAt === null || now.getTime() <= deadlineAt.getTime() + ANSWER_GRACE_MS;

/**
 * Where a learner stands on an assignment:
 * - `done` / `late`: the attempt that counts was finished on time / after the due date;
 * - `missing`: the due date passed with nothing finished;
 * - `in-progress`: an attempt is open (not past due yet); `todo`: nothing started.
 */
export type AssignmentState = "todo" | "in-progress" | "done" | "late" | "missing";

export function assignmentState(settings: Pick<AssignmentSettings, "dueAt" | "countedAttempt">, attempts: AssignmentAttempt[], now: Date): AssignmentState {
  const counted = countingAttempt(attempts, settings.countedAttempt);
  if (counted) return isLate(counted.finishedAt!, settings.dueAt) ? "late" : "done";
  if (settings.dueAt && now.getTime() > settings.dueAt.getTime()) return "missing";
  return attempts.some((a) => a.status === "IN_PROGRESS" && acceptsAnswerAt(a.deadlineAt, now)) ? "in-progress" : "todo";
}

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
  todo: "To do",
  "in-progress": "In progress",
  done: "Done",
  late: "Handed in late",
  missing: "Missing",
};

/** The due date as the teacher set it, in their zone, with the zone named ("Fri 4 Dec 2026, 17:00
 * (Europe/Berlin)"). Assembled from parts: ICU versions punctuate the whole string differently,
 * and the server and the browser must print the same. */
export function formatDue(dueAt: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(dueAt);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")} (${timeZone})`;
}

/** The wall-clock value a `datetime-local` field shows for an instant in a zone ("2026-12-04T17:00"). */
export function localInputValue(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** One line a learner or teacher reads: "Test · 3 questions · 2 attempts · 10-minute limit · best attempt counts". */
export function describeSettings(s: Pick<AssignmentSettings, "mode" | "questionCount" | "attemptsAllowed" | "timeLimitMinutes" | "countedAttempt">): string {
  return [
    s.mode === "TEST" ? "Test" : "Practice",
    s.questionCount === null ? "every question" : `${s.questionCount} question${s.questionCount === 1 ? "" : "s"}`,
    s.attemptsAllowed === null ? "unlimited attempts" : `${s.attemptsAllowed} attempt${s.attemptsAllowed === 1 ? "" : "s"}`,
    s.timeLimitMinutes === null ? "no time limit" : `${s.timeLimitMinutes}-minute limit`,
    `${COUNTED_ATTEMPT_LABELS[s.countedAttempt].toLowerCase()} counts`,
  ].join(" · ");
}
