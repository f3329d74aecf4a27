// A learner's study settings (one StudySettings row, created on first change) plus the day they
// live in (User.timeZone / dayStartHour). A change that moves due dates reschedules every card.
import type { FitReport } from "../srs/fit.ts";
import { rescheduleAfterSettingsChange } from "../srs/scheduler.ts";
import type { SrsLog } from "../srs/types.ts";
import { DEFAULT_STUDY_SETTINGS, RESCHEDULING_SETTINGS, type StudySettingsInput, type StudySettingsValues } from "../domain/study-settings.ts";
import { cardColumns, cardSeed, toCardState, toSrsCard } from "./cards.ts";
import { getDb } from "./client.ts";
import { studySettingsFromColumns, studySettingsToColumns as settingsColumns } from "./study-settings-columns.ts";
import { findUser } from "./users.ts";

export interface StoredFit {
  reviews: number;
  logLossDefault: number | null;
  logLossFitted: number | null;
  applied: boolean;
  message: string;
}

export interface StudySettingsView extends StudySettingsValues {
  timeZone: string;
  dayStartHour: number;
  parametersFittedAt: string | null;
  fitReport: StoredFit | null;
}

/** The settings the scheduler uses for this learner (defaults until they change something). */
export async function loadStudySettings(userId: string): Promise<StudySettingsValues> {
  const row = await getDb().studySettings.findUnique({ where: { userId } });
  return row ? studySettingsFromColumns(row).settings : { ...DEFAULT_STUDY_SETTINGS };
}

function parseFit(text: string | null): StoredFit | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as StoredFit;
  } catch {
    return null;
  }
}

export async function studySettingsView(userId: string): Promise<StudySettingsView | null> {
  const user = await findUser(userId);
  if (!user) return null;
  const row = await getDb().studySettings.findUnique({ where: { userId } });
  const settings = row ? studySettingsFromColumns(row).settings : { ...DEFAULT_STUDY_SETTINGS };
  return {
    ...settings,
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    parametersFittedAt: row?.parametersFittedAt?.toISOString() ?? null,
    fitReport: parseFit(row?.fitReport ?? null),
  };
}

const SCHEDULING_FIELDS = RESCHEDULING_SETTINGS;

const logOf = (l: {
  rating: number; state: number; due: Date; stability: number; difficulty: number; elapsedDays: number;
  lastElapsedDays: number; scheduledDays: number; learningSteps: number; reviewedAt: Date; durationMs: number; undoneAt: Date | null;
}): SrsLog => ({ ...l, rating: l.rating as SrsLog["rating"], state: toCardState(l.state) });

/**
 * Replays every card of the learner under `settings` (see rescheduleAfterSettingsChange), in one
 * transaction. Returns how many cards changed.
 */
export async function rescheduleAllCards(userId: string, settings: StudySettingsValues, now: Date): Promise<number> {
  const db = getDb();
  const cards = await db.card.findMany({ where: { userId, state: { not: 0 } } });
  if (cards.length === 0) return 0;
  const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  const byCard = new Map<string, SrsLog[]>();
  for (const l of logs) {
    const list = byCard.get(l.cardId) ?? [];
    list.push(logOf(l));
    byCard.set(l.cardId, list);
  }
  const updates = cards.map((row) => {
    const next = rescheduleAfterSettingsChange(toSrsCard(row), byCard.get(row.id) ?? [], settings, now, cardSeed(row.id));
    return db.card.update({ where: { id: row.id }, data: cardColumns(next) });
  });
  await db.$transaction(updates);
  return updates.length;
}

export type SettingsUpdate = Partial<Omit<StudySettingsInput, "parameters">> & { parameters?: number[] | null };

/** Saves validated settings; reschedules the learner's cards when a scheduling field changed. */
export async function updateStudySettings(userId: string, input: SettingsUpdate, now: Date): Promise<{ view: StudySettingsView; rescheduled: number } | null> {
  const db = getDb();
  const before = await loadStudySettings(userId);
  const { timeZone, dayStartHour, ...rest } = input;
  const next: StudySettingsValues = {
    ...before,
    ...rest,
    parameters: rest.parameters === undefined ? before.parameters ?? null : rest.parameters,
  };
  const user = await findUser(userId);
  if (!user) return null;
  await db.$transaction([
    db.studySettings.upsert({ where: { userId }, create: { userId, ...settingsColumns(next) }, update: settingsColumns(next) }),
    db.user.update({
      where: { id: userId },
      data: { timeZone: timeZone ?? user.timeZone, dayStartHour: dayStartHour ?? user.dayStartHour },
    }),
  ]);
  const changed = SCHEDULING_FIELDS.some((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(next[f] ?? null));
  const rescheduled = changed ? await rescheduleAllCards(userId, next, now) : 0;
  return { view: (await studySettingsView(userId))!, rescheduled };
}

/** Stores a fit report; the parameters are stored (and the cards rescheduled) only when applied. */
export async function storeFit(userId: string, report: FitReport, now: Date): Promise<{ rescheduled: number }> {
  const db = getDb();
  const fitReport = JSON.stringify({
    reviews: report.reviews,
    logLossDefault: report.logLossDefault,
    logLossFitted: report.logLossFitted,
    applied: report.applied,
    message: report.message,
  } satisfies StoredFit);
  const before = await loadStudySettings(userId);
  if (!report.applied) {
    await db.studySettings.upsert({ where: { userId }, create: { userId, ...settingsColumns(before), fitReport }, update: { fitReport } });
    return { rescheduled: 0 };
  }
  const next = { ...before, parameters: report.parameters };
  await db.studySettings.upsert({
    where: { userId },
    create: { userId, ...settingsColumns(next), fitReport, parametersFittedAt: now },
    update: { parameters: JSON.stringify(report.parameters), fitReport, parametersFittedAt: now },
  });
  return { rescheduled: await rescheduleAllCards(userId, next, now) };
}

/** Sets the learner's time zone once, from the browser, while it is still the default. */
export async function adoptBrowserTimeZone(userId: string, timeZone: string): Promise<boolean> {
  const result = await getDb().user.updateMany({ where: { id: userId, timeZone: "UTC" }, data: { timeZone } });
  return result.count > 0;
}

export type UserFitOutcome = { kind: "no-user" } | { kind: "ok"; email: string; cards: number; report: FitReport; rescheduled: number };

/**
 * Fits FSRS parameters to one learner's stored log (off the request path: the CLI runs it) and
 * keeps the report; the parameters are applied only when they beat the defaults on that log.
 */
export async function fitLearnerParameters(
  email: string,
  now: Date,
  options: { minReviews?: number; dryRun?: boolean; fit?: typeof import("../srs/fit.ts").fitParameters } = {},
): Promise<UserFitOutcome> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) return { kind: "no-user" };
  const { logsByCard } = await import("./reviews.ts");
  const fit = options.fit ?? (await import("../srs/fit.ts")).fitParameters;
  const byCard = await logsByCard(user.id);
  const report = await fit(byCard, { timeZone: user.timeZone, dayStartHour: user.dayStartHour, minReviews: options.minReviews });
  const rescheduled = options.dryRun ? 0 : (await storeFit(user.id, report, now)).rescheduled;
  return { kind: "ok", email: user.email, cards: byCard.size, report, rescheduled };
}
