// Study settings use cases: read them (defaults until the learner changes something), change them
// (a change that moves due dates reschedules every card), adopt the browser's time zone.
import { cardSeed } from "../domain/card.ts";
import type { AppUser } from "../domain/user.ts";
import { rescheduleAfterSettingsChange, type SchedulingSettings } from "../srs/scheduler.ts";
import { DEFAULT_STUDY_SETTINGS, RESCHEDULING_SETTINGS, type StudySettingsInput, type StudySettingsValues } from "../domain/study-settings.ts";
import { studySettingsFromColumns } from "../db/study-settings-columns.ts";
import { studiedCards, updateSchedules } from "../db/cards.ts";
import { logsOfCards } from "../db/reviews.ts";
import { findStudySettings, saveStudySettings, setTimeZoneIfDefault, type StoredFit } from "../db/study-settings.ts";
import { findUser } from "../db/users.ts";

export type { StoredFit } from "../db/study-settings.ts";

export interface StudySettingsView extends StudySettingsValues {
  timeZone: string;
  dayStartHour: number;
  parametersFittedAt: string | null;
  fitReport: StoredFit | null;
}

/** The settings the scheduler uses for this learner (defaults until they change something). */
export async function loadStudySettings(userId: string): Promise<StudySettingsValues> {
  const row = await findStudySettings(userId);
  return row ? studySettingsFromColumns(row).settings : { ...DEFAULT_STUDY_SETTINGS };
}

export async function studySettingsView(userId: string): Promise<StudySettingsView | null> {
  const user = await findUser(userId);
  if (!user) return null;
  const row = await findStudySettings(userId);
  const settings = row ? studySettingsFromColumns(row).settings : { ...DEFAULT_STUDY_SETTINGS };
  return {
    ...settings,
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    parametersFittedAt: row?.parametersFittedAt?.toISOString() ?? null,
    fitReport: row?.fitReport ?? null,
  };
}

const SCHEDULING_FIELDS = RESCHEDULING_SETTINGS;

/**
 * Replays every studied card of the learner under `settings` (see rescheduleAfterSettingsChange)
 * and writes them in one transaction. Returns how many cards changed.
 */
export async function rescheduleAllCards(userId: string, settings: SchedulingSettings, now: Date): Promise<number> {
  if (settings.timeZone === undefined || settings.dayStartHour === undefined) {
    const user = await findUser(userId);
    if (user) settings = { ...settings, timeZone: settings.timeZone ?? user.timeZone, dayStartHour: settings.dayStartHour ?? user.dayStartHour };
  }
  const cards = await studiedCards(userId);
  if (cards.length === 0) return 0;
  const logs = await logsOfCards(userId);
  const updates = cards.map((card) => ({ id: card.id, schedule: rescheduleAfterSettingsChange(card, logs.get(card.id) ?? [], settings, now, cardSeed(card.id)) }));
  await updateSchedules(updates.map((u) => ({ id: u.id, schedule: { ...u.schedule, lastReview: u.schedule.lastReview ?? null } })));
  return updates.length;
}

export type SettingsUpdate = Partial<Omit<StudySettingsInput, "parameters">> & { parameters?: number[] | null };

/** Saves validated settings; reschedules the learner's cards when a scheduling field changed. */
export async function updateStudySettings(userId: string, input: SettingsUpdate, now: Date): Promise<{ view: StudySettingsView; rescheduled: number } | null> {
  const before = await loadStudySettings(userId);
  const { timeZone, dayStartHour, ...rest } = input;
  const next: StudySettingsValues = {
    ...before,
    ...rest,
    parameters: rest.parameters === undefined ? before.parameters ?? null : rest.parameters,
  };
  const user = await findUser(userId);
  if (!user) return null;
  const day = { timeZone: timeZone ?? user.timeZone, dayStartHour: dayStartHour ?? user.dayStartHour };
  await saveStudySettings(userId, next, day);
  // The learner's day is an input of the scheduler too (elapsed study days, due at a day start).
  const changed =
    SCHEDULING_FIELDS.some((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(next[f] ?? null)) ||
    day.timeZone !== user.timeZone ||
    day.dayStartHour !== user.dayStartHour;
  const rescheduled = changed ? await rescheduleAllCards(userId, { ...next, ...day }, now) : 0;
  return { view: (await studySettingsView(userId))!, rescheduled };
}

/**
 * The review page sends the browser's zone on a learner's first visit; an explicit choice in the
 * settings (anything but the default "UTC") is never overwritten.
 */
export async function adoptBrowserTimeZone(user: AppUser, timeZone: string): Promise<{ adopted: boolean; timeZone: string }> {
  const adopted = await setTimeZoneIfDefault(user.id, timeZone);
  // cards already studied in the old zone are re-planned in the new one (replay agrees again)
  if (adopted) await rescheduleAllCards(user.id, { ...(await loadStudySettings(user.id)), timeZone, dayStartHour: user.dayStartHour }, new Date());
  return { adopted, timeZone: adopted ? timeZone : user.timeZone };
}
