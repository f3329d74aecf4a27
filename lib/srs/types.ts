// Types of the scheduling core. Field names are the camelCase twins of the Prisma columns
// (Card, ReviewLog, StudySettings, User.timeZone/dayStartHour) so lib/db maps them 1:1.
import { IANAZone } from "luxon";
import { z } from "zod";

/** Card state, the integer stored in Card.state (same values as ts-fsrs `State`). */
export const CARD_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CARD_STATE)[keyof typeof CARD_STATE];

/** Rating stored in ReviewLog.rating. 0 (Manual) marks a "forget" entry written by `forgetCard`. */
export const RATING = { Manual: 0, Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type SrsRating = (typeof RATING)[keyof typeof RATING];
/** The four answer buttons. */
export type SrsGrade = 1 | 2 | 3 | 4;

/** The FSRS state of one card (columns of `Card`). */
export interface SrsCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: Date | null;
}

/**
 * One rating (columns of `ReviewLog`). Everything except `rating`, `elapsedDays`, `reviewedAt`
 * and `durationMs` describes the card BEFORE the rating, so undo and replay need nothing else.
 */
export interface SrsLog {
  rating: SrsRating;
  /** state before */
  state: CardState;
  /** due before (the real due date, not ts-fsrs's "last review or due") */
  due: Date;
  stability: number;
  difficulty: number;
  /** whole UTC days between the previous review and this one (as ts-fsrs counts them) */
  elapsedDays: number;
  /** the card's elapsedDays before */
  lastElapsedDays: number;
  /** the card's scheduledDays before */
  scheduledDays: number;
  /** the card's learningSteps before */
  learningSteps: number;
  reviewedAt: Date;
  durationMs: number;
  /** set when the learner undid this rating; replay skips it */
  undoneAt?: Date | null;
}

export const LEECH_ACTIONS = ["SUSPEND", "TAG"] as const;
export type LeechAction = (typeof LEECH_ACTIONS)[number];

/** Columns of `StudySettings` that drive scheduling (parameters parsed from its JSON column). */
export interface StudySettingsValues {
  newPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  maximumInterval: number;
  /** space-separated steps, e.g. "1m 10m" ("" = no steps, FSRS schedules from the first answer) */
  learningSteps: string;
  relearningSteps: string;
  enableFuzz: boolean;
  leechThreshold: number;
  leechAction: LeechAction;
  /** personal FSRS weights (17, 19 or 21 numbers), or null for ts-fsrs's defaults */
  parameters?: number[] | null;
}

export const DEFAULT_STUDY_SETTINGS: Readonly<StudySettingsValues> = Object.freeze({
  newPerDay: 20,
  maxReviewsPerDay: 200,
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  enableFuzz: true,
  leechThreshold: 8,
  leechAction: "SUSPEND",
  parameters: null,
});

/** Where the learner's study day starts (columns of `User`). */
export interface LearnerDay {
  timeZone: string;
  dayStartHour: number;
}

const STEP = /^(\d+(?:\.\d+)?)([mhd])$/;

/** Parses "1m 10m 1h 1d" into ts-fsrs step units; throws on anything else. */
export function parseSteps(text: string): `${number}${"m" | "h" | "d"}`[] {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  return parts.map((part) => {
    const m = STEP.exec(part);
    if (!m || Number(m[1]) <= 0) {
      throw new Error(`"${part}" is not a step: write a positive number followed by m, h or d (e.g. "1m 10m 1h 1d")`);
    }
    return `${Number(m[1])}${m[2] as "m" | "h" | "d"}` as `${number}${"m" | "h" | "d"}`;
  });
}

function stepsField(label: string) {
  return z.string().superRefine((value, ctx) => {
    try {
      const steps = parseSteps(value);
      if (steps.length > 10) ctx.addIssue({ code: "custom", message: `${label}: at most 10 steps` });
    } catch (e) {
      ctx.addIssue({ code: "custom", message: `${label}: ${(e as Error).message}` });
    }
  });
}

function intRange(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be between ${min} and ${max}` })
    .max(max, { error: `${label} must be between ${min} and ${max}` });
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { error: "Time zone must be a valid IANA zone name, e.g. Europe/Berlin" });
export const dayStartHourSchema = intRange("Day start hour", 0, 23);

export const learnerDaySchema = z.object({ timeZone: timeZoneSchema, dayStartHour: dayStartHourSchema });

/**
 * Validates a learner's study settings (plus, optionally, their time zone and day-start hour,
 * which live on `User`). Messages are meant to be shown next to the field.
 */
export const studySettingsSchema = z.object({
  newPerDay: intRange("New cards per day", 0, 9999),
  maxReviewsPerDay: intRange("Maximum reviews per day", 0, 9999),
  desiredRetention: z
    .number({ error: "Desired retention must be a number" })
    .min(0.7, { error: "Desired retention must be between 0.70 and 0.99" })
    .max(0.99, { error: "Desired retention must be between 0.70 and 0.99" }),
  maximumInterval: intRange("Maximum interval (days)", 1, 36500),
  learningSteps: stepsField("Learning steps"),
  relearningSteps: stepsField("Relearning steps"),
  enableFuzz: z.boolean({ error: "Fuzz must be true or false" }),
  leechThreshold: intRange("Leech threshold", 1, 9999),
  leechAction: z.enum(LEECH_ACTIONS, { error: "Leech action must be SUSPEND or TAG" }),
  parameters: z
    .array(z.number().refine(Number.isFinite, { error: "FSRS parameters must be finite numbers" }))
    .refine((w) => [17, 19, 21].includes(w.length), { error: "FSRS parameters must be a list of 17, 19 or 21 numbers" })
    .nullable()
    .optional(),
  timeZone: timeZoneSchema.optional(),
  dayStartHour: dayStartHourSchema.optional(),
});
export type StudySettingsInput = z.input<typeof studySettingsSchema>;

/** The StudySettings row as stored: parameters are a JSON text column, leechAction a plain string. */
export interface StudySettingsColumns extends Omit<StudySettingsValues, "parameters" | "leechAction"> {
  leechAction: string;
  parameters: string | null;
}

/**
 * Settings from a stored row. A value that no longer validates (e.g. a hand-edited row) falls
 * back to its default rather than breaking the review page; `problems` says which.
 */
export function studySettingsFromColumns(row: StudySettingsColumns): {
  settings: StudySettingsValues;
  problems: string[];
} {
  let parameters: unknown = null;
  const problems: string[] = [];
  if (row.parameters) {
    try {
      parameters = JSON.parse(row.parameters);
    } catch {
      problems.push("parameters: not valid JSON");
    }
  }
  const candidate: Record<string, unknown> = {
    newPerDay: row.newPerDay,
    maxReviewsPerDay: row.maxReviewsPerDay,
    desiredRetention: row.desiredRetention,
    maximumInterval: row.maximumInterval,
    learningSteps: row.learningSteps,
    relearningSteps: row.relearningSteps,
    enableFuzz: row.enableFuzz,
    leechThreshold: row.leechThreshold,
    leechAction: row.leechAction,
    parameters,
  };
  const result = studySettingsSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      problems.push(`${key}: ${issue.message}`);
      candidate[key] = (DEFAULT_STUDY_SETTINGS as unknown as Record<string, unknown>)[key];
    }
  }
  const settings = studySettingsSchema.parse(candidate);
  return { settings: { ...settings, parameters: settings.parameters ?? null }, problems };
}
