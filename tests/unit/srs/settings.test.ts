import { describe, expect, it } from "vitest";
import {
  DEFAULT_STUDY_SETTINGS,
  fsrsModel,
  parseSteps,
  studySettingsSchema,
} from "@/lib/srs";
import { studySettingsFromColumns } from "@/lib/db/study-settings-columns";

function messages(input: unknown): Record<string, string[]> {
  const r = studySettingsSchema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of r.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("studySettingsSchema", () => {
  it("accepts the defaults (which match the database defaults)", () => {
    expect(studySettingsSchema.safeParse(DEFAULT_STUDY_SETTINGS).success).toBe(true);
    expect(DEFAULT_STUDY_SETTINGS).toMatchObject({
      newPerDay: 20,
      maxReviewsPerDay: 200,
      desiredRetention: 0.9,
      maximumInterval: 36500,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      enableFuzz: true,
      leechThreshold: 8,
      leechAction: "SUSPEND",
    });
  });

  it("names the field and the allowed range", () => {
    const m = messages({
      ...DEFAULT_STUDY_SETTINGS,
      desiredRetention: 0.5,
      newPerDay: -1,
      maxReviewsPerDay: 10000,
      maximumInterval: 0,
      leechAction: "DELETE",
      dayStartHour: 24,
      timeZone: "Europe/Atlantis",
    });
    expect(m.desiredRetention).toEqual(["Desired retention must be between 0.70 and 0.99"]);
    expect(m.newPerDay).toEqual(["New cards per day must be between 0 and 9999"]);
    expect(m.maxReviewsPerDay).toEqual(["Maximum reviews per day must be between 0 and 9999"]);
    expect(m.maximumInterval).toEqual(["Maximum interval (days) must be between 1 and 36500"]);
    expect(m.leechAction).toEqual(["Leech action must be SUSPEND or TAG"]);
    expect(m.dayStartHour).toEqual(["Day start hour must be between 0 and 23"]);
    expect(m.timeZone).toEqual(["Time zone must be a valid IANA zone name, e.g. Europe/Berlin"]);
  });

  it("checks retention at both ends and whole numbers", () => {
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.995 }).desiredRetention).toBeDefined();
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.7 }).desiredRetention).toBeUndefined();
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.99 }).desiredRetention).toBeUndefined();
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 2.5 }).newPerDay).toEqual([
      "New cards per day must be a whole number",
    ]);
  });

  it("parses steps like 1m 10m 1h 1d and explains bad ones", () => {
    expect(parseSteps("1m 10m 1h 1d")).toEqual(["1m", "10m", "1h", "1d"]);
    expect(parseSteps("  ")).toEqual([]);
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, learningSteps: "1m 10x" }).learningSteps).toEqual([
      'Learning steps: "10x" is not a step: write a positive number followed by m, h or d (e.g. "1m 10m 1h 1d")',
    ]);
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, relearningSteps: "0m" }).relearningSteps?.[0]).toMatch(
      /^Relearning steps: "0m"/,
    );
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, learningSteps: "1h 2h 1d" })).toEqual({});
  });

  it("accepts valid IANA zones including UTC+13 ones", () => {
    for (const timeZone of ["Pacific/Apia", "Pacific/Tongatapu", "America/New_York", "UTC"]) {
      expect(messages({ ...DEFAULT_STUDY_SETTINGS, timeZone, dayStartHour: 0 })).toEqual({});
    }
  });

  it("checks personal parameters", () => {
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: [1, 2, 3] }).parameters).toEqual([
      "FSRS parameters must be a list of 17, 19 or 21 numbers",
    ]);
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: null })).toEqual({});
  });

  it("a parameter list's length names its FSRS version", () => {
    expect(fsrsModel(null, 0.9).version).toBe("FSRS-6");
    expect(fsrsModel(Array(21).fill(0.5), 0.9).version).toBe("FSRS-6");
    expect(fsrsModel(Array(19).fill(0.5), 0.9).version).toBe("FSRS-5");
    expect(fsrsModel(Array(17).fill(0.5), 0.9).version).toBe("FSRS-4.5");
    expect(() => fsrsModel(Array(18).fill(0.5), 0.9)).toThrow(/17, 19 or 21/);
  });

  it("checks what the weights mean: positive first stabilities, FSRS-6 decay within 0.1–0.8", () => {
    const w21 = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: w21 })).toEqual({});
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: w21.slice(0, 19) })).toEqual({});
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: w21.slice(0, 17) })).toEqual({});
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: [...w21.slice(0, 20), 2] }).parameters).toEqual([
      "FSRS parameter w20 (the decay) must be between 0.1 and 0.8",
    ]);
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, parameters: [0, ...w21.slice(1, 19)] }).parameters).toEqual([
      "FSRS parameter w0 (a first-answer stability) must be greater than 0",
    ]);
  });

  it("the queue settings: learn-ahead 0–1440 minutes (default 20), new cards within the review limit by default", () => {
    expect(DEFAULT_STUDY_SETTINGS.learnAheadMinutes).toBe(20);
    expect(DEFAULT_STUDY_SETTINGS.newIgnoresReviewLimit).toBe(false);
    expect(messages({ ...DEFAULT_STUDY_SETTINGS, learnAheadMinutes: 1441 }).learnAheadMinutes).toEqual([
      "Learn-ahead limit (minutes) must be between 0 and 1440",
    ]);
  });
});

describe("studySettingsFromColumns", () => {
  it("parses the JSON parameters column and falls back to defaults for bad values", () => {
    const w = Array.from({ length: 21 }, (_, i) => (i + 1) / 30);
    const ok = studySettingsFromColumns({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 7, parameters: JSON.stringify(w) });
    expect(ok.problems).toEqual([]);
    expect(ok.settings).toMatchObject({ newPerDay: 7, parameters: w });
    const bad = studySettingsFromColumns({
      ...DEFAULT_STUDY_SETTINGS,
      leechAction: "EXPLODE",
      desiredRetention: 2,
      parameters: "[1,",
    });
    expect(bad.settings.leechAction).toBe("SUSPEND");
    expect(bad.settings.desiredRetention).toBe(0.9);
    expect(bad.settings.parameters).toBeNull();
    expect(bad.problems).toEqual([
      "parameters: not valid JSON",
      "desiredRetention: Desired retention must be between 0.70 and 0.99",
      "leechAction: Leech action must be SUSPEND or TAG",
    ]);
  });
});
