// A learner's study settings (one StudySettings row, created on first change) and the day they live
// in (User.timeZone / dayStartHour): reads and writes only. Validation, defaults and rescheduling
// are the use cases' (lib/app/study-settings.ts, lib/app/fit.ts).
import type { StudySettingsValues } from "../domain/study-settings.ts";
import { getDb } from "./client.ts";
import { studySettingsToColumns, type StudySettingsColumns } from "./study-settings-columns.ts";

/** The settings as the scheduler reads them (parameters parsed): the registry's values. */
export type StudySettingsRecord = StudySettingsValues;

/** The stored row: parameters still JSON text (the use case validates them), plus the last fit. */
export interface StudySettingsRow extends StudySettingsColumns {
  parametersFittedAt: Date | null;
  fitReport: StoredFit | null;
}

export interface StoredFit {
  reviews: number;
  logLossDefault: number | null;
  /** before (the parameters in use when it ran) and after; absent in fits stored before they were kept */
  logLossCurrent?: number | null;
  rmseCurrent?: number | null;
  rmseFitted?: number | null;
  logLossFitted: number | null;
  applied: boolean;
  message: string;
}

function parseFit(text: string | null): StoredFit | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as StoredFit;
  } catch {
    return null;
  }
}

export async function findStudySettings(userId: string): Promise<StudySettingsRow | null> {
  const row = await getDb().studySettings.findUnique({ where: { userId } });
  return row ? { ...row, fitReport: parseFit(row.fitReport) } : null;
}

const settingsColumns = studySettingsToColumns;

/** Saves the settings and the learner's day in one transaction. */
export async function saveStudySettings(userId: string, settings: StudySettingsRecord, day: { timeZone: string; dayStartHour: number }): Promise<void> {
  const db = getDb();
  const columns = settingsColumns(settings);
  await db.$transaction([
    db.studySettings.upsert({ where: { userId }, create: { userId, ...columns }, update: columns }),
    db.user.update({ where: { id: userId }, data: day }),
  ]);
}

/** Stores a fit report; with `fitted`, also the parameters it produced and when. `current` fills a
 * row that does not exist yet. */
export async function saveFit(
  userId: string,
  current: StudySettingsRecord,
  report: StoredFit,
  fitted: { parameters: number[]; at: Date } | null,
): Promise<void> {
  const fitReport = JSON.stringify({
    reviews: report.reviews,
    logLossDefault: report.logLossDefault,
    logLossFitted: report.logLossFitted,
    logLossCurrent: report.logLossCurrent ?? null,
    rmseCurrent: report.rmseCurrent ?? null,
    rmseFitted: report.rmseFitted ?? null,
    applied: report.applied,
    message: report.message,
  } satisfies StoredFit);
  const db = getDb();
  if (!fitted) {
    await db.studySettings.upsert({ where: { userId }, create: { userId, ...settingsColumns(current), fitReport }, update: { fitReport } });
    return;
  }
  await db.studySettings.upsert({
    where: { userId },
    create: { userId, ...settingsColumns({ ...current, parameters: fitted.parameters }), fitReport, parametersFittedAt: fitted.at },
    update: { parameters: JSON.stringify(fitted.parameters), fitReport, parametersFittedAt: fitted.at },
  });
}

/** Sets the learner's time zone, only while it is still the default ("UTC"). True when it did. */
export async function setTimeZoneIfDefault(userId: string, timeZone: string): Promise<boolean> {
  const result = await getDb().user.updateMany({ where: { id: userId, timeZone: "UTC" }, data: { timeZone } });
  return result.count > 0;
}
