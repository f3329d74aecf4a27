// The study-settings registry: its defaults are the database's, its form fields are its schema's,
// and the column mapping covers exactly the StudySettings columns.
import { readFileSync } from "node:fs";
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { studySettingsBody, studySettingsView } from "@/lib/api/schemas/review";
import { studySettingsFromColumns, studySettingsToColumns } from "@/lib/db/study-settings-columns";
import {
  DEFAULT_LEARNER_DAY,
  DEFAULT_STUDY_SETTINGS,
  RESCHEDULING_SETTINGS,
  SETTINGS_FORM_FIELDS,
  STUDY_SETTING_KEYS,
  isValidTimeZone,
  settingsFormValues,
  studySettingsSchema,
} from "@/lib/domain/study-settings";

const schema = readFileSync("prisma/schema.prisma", "utf8");
/** `name Type @default(value)` lines of one model. */
function columnsOf(model: string): Map<string, string | null> {
  const body = new RegExp(`model ${model} \\{([\\s\\S]*?)\\n\\}`).exec(schema)![1];
  const out = new Map<string, string | null>();
  for (const line of body.split("\n")) {
    const m = /^\s+(\w+)\s+\w+\??(.*)$/.exec(line);
    if (m) out.set(m[1], /@default\((.*)\)/.exec(m[2])?.[1] ?? null);
  }
  return out;
}

describe("study settings registry", () => {
  it("has a StudySettings column for every setting, with the same default", () => {
    const columns = columnsOf("StudySettings");
    for (const key of STUDY_SETTING_KEYS) {
      expect(columns.has(key), `${key}: no column`).toBe(true);
      const dbDefault = columns.get(key);
      const ours = DEFAULT_STUDY_SETTINGS[key];
      if (ours === null) expect(dbDefault).toBeNull();
      else expect(dbDefault, key).toBe(typeof ours === "string" ? JSON.stringify(ours) : String(ours));
    }
    const user = columnsOf("User");
    expect(user.get("timeZone")).toBe(JSON.stringify(DEFAULT_LEARNER_DAY.timeZone));
    expect(user.get("dayStartHour")).toBe(String(DEFAULT_LEARNER_DAY.dayStartHour));
  });

  it("maps settings to columns and back without loss", () => {
    const w = Array.from({ length: 21 }, (_, i) => (i + 1) / 30);
    const values = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 7, learnAheadMinutes: 5, newIgnoresReviewLimit: true, leechAction: "TAG" as const, parameters: w };
    const columns = studySettingsToColumns(values);
    expect(Object.keys(columns).sort()).toEqual([...STUDY_SETTING_KEYS].sort());
    expect(columns.parameters).toBe(JSON.stringify(w));
    expect(studySettingsFromColumns(columns)).toEqual({ settings: values, problems: [] });
    expect(studySettingsToColumns(DEFAULT_STUDY_SETTINGS).parameters).toBeNull();
  });

  it("gives the form every setting but the fitted parameters, with the schema's own bounds", () => {
    const names = SETTINGS_FORM_FIELDS.map((f) => f.name);
    expect(names).toEqual([
      "newPerDay", "maxReviewsPerDay", "newIgnoresReviewLimit", "learnAheadMinutes", "desiredRetention", "maximumInterval", "learningSteps", "relearningSteps",
      "enableFuzz", "leechThreshold", "leechAction", "timeZone", "dayStartHour",
    ]);
    const byName = Object.fromEntries(SETTINGS_FORM_FIELDS.map((f) => [f.name, f]));
    expect(byName.newPerDay).toMatchObject({ min: 0, max: 9999, label: "New cards per day" });
    expect(byName.desiredRetention).toMatchObject({ min: 0.7, max: 0.99, input: { kind: "decimal", step: 0.01 } });
    expect(byName.dayStartHour).toMatchObject({ min: 0, max: 23 });
    expect(byName.learnAheadMinutes).toMatchObject({ min: 0, max: 1440, label: "Learn ahead (minutes)" });
    expect(byName.newIgnoresReviewLimit).toMatchObject({ input: { kind: "checkbox" } });
    expect(byName.learningSteps.min).toBeUndefined();
    // every form field is a field the API body accepts
    for (const name of names) expect(Object.keys(studySettingsBody.shape)).toContain(name);
  });

  it("picks the form's values out of the settings view", () => {
    const view = { ...DEFAULT_STUDY_SETTINGS, ...DEFAULT_LEARNER_DAY, parametersFittedAt: null, fitReport: null };
    const values = settingsFormValues(view);
    expect(Object.keys(values)).toEqual(SETTINGS_FORM_FIELDS.map((f) => f.name));
    expect(values.newPerDay).toBe(20);
    expect(studySettingsView.safeParse(view).success).toBe(true);
    expect(studySettingsView.safeParse({ ...view, leechAction: "DELETE" }).success).toBe(false);
  });

  it("reschedules on exactly the scheduler's inputs", () => {
    expect([...RESCHEDULING_SETTINGS].sort()).toEqual(
      ["desiredRetention", "enableFuzz", "learningSteps", "maximumInterval", "parameters", "relearningSteps"].sort(),
    );
  });

  it("checks time zones as luxon does, without luxon", () => {
    for (const zone of ["Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "Europe/Atlantis", "", "berlin", "+01:00"]) {
      expect(isValidTimeZone(zone), zone).toBe(IANAZone.isValidZone(zone));
    }
    expect(studySettingsSchema.safeParse({ ...DEFAULT_STUDY_SETTINGS, timeZone: "Mars/Olympus" }).success).toBe(false);
  });
});
