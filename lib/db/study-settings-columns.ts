// StudySettings row ↔ StudySettingsValues. Each setting is the column of the same name; the
// only encoded one is the FSRS parameter list (a JSON text column). Derived from the registry, so
// a new plain setting needs nothing here.
import {
  DEFAULT_STUDY_SETTINGS,
  STUDY_SETTING_KEYS,
  studySettingsValuesSchema,
  type StudySettingsValues,
} from "../domain/study-settings.ts";

/** The StudySettings row as stored: parameters are a JSON text column, leechAction a plain string. */
export type StudySettingsColumns = Omit<StudySettingsValues, "parameters" | "leechAction"> & {
  leechAction: string;
  parameters: string | null;
};

/**
 * Settings from a stored row. A value that no longer validates (e.g. a hand-edited row) falls
 * back to its default rather than breaking the review page; `problems` says which.
 */
export function studySettingsFromColumns(row: StudySettingsColumns): {
  settings: StudySettingsValues;
  problems: string[];
} {
  const problems: string[] = [];
  const candidate: Record<string, unknown> = {};
  for (const key of STUDY_SETTING_KEYS) candidate[key] = row[key];
  candidate.parameters = null;
  if (row.parameters) {
    try {
      candidate.parameters = JSON.parse(row.parameters);
    } catch {
      problems.push("parameters: not valid JSON");
    }
  }
  const result = studySettingsValuesSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      problems.push(`${key}: ${issue.message}`);
      candidate[key] = (DEFAULT_STUDY_SETTINGS as Record<string, unknown>)[key];
    }
  }
  const settings = studySettingsValuesSchema.parse(candidate);
  return { settings: { ...settings, parameters: settings.parameters ?? null }, problems };
}

/** Settings → the StudySettings columns. */
export function studySettingsToColumns(settings: StudySettingsValues): StudySettingsColumns {
  const columns: Record<string, unknown> = {};
  for (const key of STUDY_SETTING_KEYS) columns[key] = settings[key];
  columns.parameters = settings.parameters ? JSON.stringify(settings.parameters) : null;
  return columns as StudySettingsColumns;
}
