// Class assignments: the teacher fixes the settings; a learner starts the assignment's quiz with
// them (mode, count, time limit), within the attempts allowed; the due and late list; the results
// as CSV. Each use case loads the assignment and applies the rule from lib/domain on the next line.
import { randomInt } from "node:crypto";
import { DateTime } from "luxon";
import {
  DEFAULT_ASSIGNMENT_SETTINGS,
  acceptsAnswerAt,
  assignmentState,
  attemptsLeft,
  countingAttempt,
  deadlineFor,
  scoreFraction,
  settingsFromView,
  type AssignmentSettings,
  type CountedAttempt,
} from "../domain/assignments.ts";
import type { AttemptMode } from "../domain/attempt.ts";
import { mayManageClass, mayTakeAssignment } from "../domain/permissions.ts";
import type { LearnerAssignment } from "../domain/sets.ts";
import type { AppUser } from "../domain/user.ts";
import { classResultsCsv } from "../export/class-results.ts";
import * as classes from "../db/classes.ts";
import { assignmentAttemptsOf } from "../db/attempts.ts";
import { approvedSetQuestions } from "../db/quiz-sources.ts";
import { classResults } from "./classes.ts";
import { createAttempt, type StartedAttempt } from "./quiz.ts";
import { closeAndScore } from "./quiz-answer.ts";

/** What the teacher's form (and the API) sends; absent fields keep their current value. */
export interface AssignmentInput {
  mode?: AttemptMode;
  questionCount?: number | null;
  /** A wall-clock time ("2026-12-05T17:00") in an IANA zone; null removes the due date. */
  due?: { local: string; timeZone: string } | null;
  attemptsAllowed?: number | null;
  timeLimitMinutes?: number | null;
  countedAttempt?: CountedAttempt;
}

export type SettingsOutcome = { kind: "ok"; settings: AssignmentSettings } | { kind: "invalid"; field: string; message: string };

/** The settings after applying the input to the current ones; the due date read in its zone. */
export function resolveSettings(current: AssignmentSettings, input: AssignmentInput): SettingsOutcome {
  const next: AssignmentSettings = { ...current };
  if (input.mode !== undefined) next.mode = input.mode;
  if (input.questionCount !== undefined) next.questionCount = input.questionCount;
  if (input.attemptsAllowed !== undefined) next.attemptsAllowed = input.attemptsAllowed;
  if (input.timeLimitMinutes !== undefined) next.timeLimitMinutes = input.timeLimitMinutes;
  if (input.countedAttempt !== undefined) next.countedAttempt = input.countedAttempt;
  if (input.due === null) {
    next.dueAt = null;
  } else if (input.due !== undefined) {
    const at = DateTime.fromISO(input.due.local, { zone: input.due.timeZone });
    if (!at.isValid) return { kind: "invalid", field: "due.local", message: "not a date and time (YYYY-MM-DDTHH:mm)" };
    next.dueAt = at.toJSDate();
    next.dueTimeZone = input.due.timeZone;
  }
  return { kind: "ok", settings: next };
}

export const defaultSettings = (timeZone: string): AssignmentSettings => ({ ...DEFAULT_ASSIGNMENT_SETTINGS, dueTimeZone: timeZone });

// ---------- the teacher ----------

export type AssignmentOutcome = { kind: "ok"; settings: AssignmentSettings } | { kind: "not-found" } | { kind: "invalid"; field: string; message: string };

/** Changes an assignment's settings: the class's teacher (and admins) only; anyone else reads 404. */
export async function updateAssignment(user: AppUser, classId: string, setId: string, input: AssignmentInput): Promise<AssignmentOutcome> {
  const assignment = await classes.findAssignment(classId, setId);
  if (!assignment || !mayManageClass(user, assignment)) return { kind: "not-found" };
  const resolved = resolveSettings(assignment.settings, input);
  if (resolved.kind !== "ok") return resolved;
  await classes.updateAssignmentSettings(classId, setId, resolved.settings);
  return resolved;
}

/** Takes a set off a class; the attempts stay their learners'. */
export async function removeAssignment(user: AppUser, classId: string, setId: string): Promise<boolean> {
  const assignment = await classes.findAssignment(classId, setId);
  if (!assignment || !mayManageClass(user, assignment)) return false;
  return classes.deleteAssignment(classId, setId);
}

/** The class results as CSV (one row per learner and assignment); null unless they teach the class. */
export async function classResultsAsCsv(user: AppUser, classId: string, now = new Date()): Promise<{ csv: string; className: string } | null> {
  const [results, klass] = await Promise.all([classResults(user, classId, now), classes.findClass(classId)]);
  if (!results || !klass) return null;
  const source = await classes.setsAssignedTo(classId);
  return { csv: classResultsCsv(results, source), className: klass.name };
}

// ---------- the learner ----------

export type StartAssignmentOutcome =
  | { kind: "ok"; attempt: StartedAttempt; resumed: boolean }
  | { kind: "not-found" }
  | { kind: "no-attempts-left"; allowed: number }
  | { kind: "empty" };

/** The assignment when the user may take it (mayTakeAssignment); null reads as 404. */
async function memberAssignment(user: AppUser, classId: string, setId: string) {
  const assignment = await classes.findAssignment(classId, setId);
  if (!assignment || !mayTakeAssignment(user, assignment, await classes.isMember(user.id, classId))) return null;
  return assignment;
}

/**
 * Starts the assignment's quiz with the teacher's settings (the learner chooses nothing), or
 * resumes the attempt still open. Refused once the attempts allowed are used; the unique attempt
 * number makes two concurrent starts unable to both take the last one.
 */
export async function startAssignment(user: AppUser, classId: string, setId: string, now: Date, seed = randomInt(0, 2 ** 31 - 1)): Promise<StartAssignmentOutcome> {
  const assignment = await memberAssignment(user, classId, setId);
  if (!assignment) return { kind: "not-found" };
  const { settings } = assignment;
  const attempts = await assignmentAttemptsOf(user.id, classId, setId);
  const open = attempts.find((a) => a.status === "IN_PROGRESS");
  if (open) {
    if (acceptsAnswerAt(open.deadlineAt, now)) return { kind: "ok", resumed: true, attempt: { id: open.id, mode: open.mode, questions: [], deadlineAt: open.deadlineAt?.toISOString() ?? null } };
    await closeAndScore(open.id, open.questionIds, now);
  }
  const number = attempts.length + 1;
  if (attemptsLeft(settings.attemptsAllowed, number - 1) === 0) return { kind: "no-attempts-left", allowed: settings.attemptsAllowed! };
  const questions = await approvedSetQuestions(setId);
  const started = await createAttempt(
    user.id,
    { articleId: null, setId },
    questions,
    // The countdown replaces the elapsed clock on a timed assignment.
    { mode: settings.mode, count: settings.questionCount ?? undefined, shuffle: true, timer: false },
    seed,
    now,
    { classId, number, deadlineAt: deadlineFor(now, settings.timeLimitMinutes) },
  );
  if (started.kind === "taken") return { kind: "no-attempts-left", allowed: settings.attemptsAllowed ?? number };
  if (started.kind !== "ok") return { kind: started.kind };
  return { kind: "ok", attempt: started.attempt, resumed: false };
}

/** Every assignment of the classes the learner is in, with where they stand, soonest due first. */
export async function learnerAssignments(user: AppUser, now: Date): Promise<LearnerAssignment[]> {
  const [assigned, attemptsByAssignment] = await Promise.all([classes.assignedSetsOf(user.id), classes.assignmentAttemptsByAssignment(user.id)]);
  const out = assigned.map((a): LearnerAssignment => {
    const attempts = attemptsByAssignment.get(`${a.classId}:${a.id}`) ?? [];
    const counted = countingAttempt(attempts, a.settings.countedAttempt);
    const open = attempts.find((x) => x.status === "IN_PROGRESS" && acceptsAnswerAt(x.deadlineAt, now));
    return {
      ...a,
      state: assignmentState(settingsFromView(a.settings), attempts, now),
      attemptsStarted: attempts.length,
      attemptsLeft: attemptsLeft(a.settings.attemptsAllowed, attempts.length),
      openAttemptId: open?.id ?? null,
      counted: counted ? scoreFraction(counted) : null,
    };
  });
  const due = (a: LearnerAssignment) => (a.settings.dueAt ? Date.parse(a.settings.dueAt) : Number.POSITIVE_INFINITY);
  return out.sort((a, b) => due(a) - due(b) || a.title.localeCompare(b.title));
}
