// A learner's study settings, written once. Each entry is one setting: its zod schema (with the
// message shown next to the field), its default (typed by that schema), and how the settings form
// shows it. The StudySettingsValues type, DEFAULT_STUDY_SETTINGS, the API's body and view schemas,
// the form's field list and the database column mapping all derive from these two tables.
//
// Adding a setting: an entry in STUDY_SETTINGS below, a column on StudySettings (prisma/schema.prisma
// + a migration), and the code that acts on it (e.g. lib/srs/scheduler.ts). Nothing else.
//
// Pure and browser-safe (zod only): the settings page's form imports it.
import { z } from "zod";
import { parseSteps } from "./study-steps.ts";

export const LEECH_ACTIONS = ["SUSPEND", "TAG"] as const;
export type LeechAction = (typeof LEECH_ACTIONS)[number];

/** Where a field sits on the settings form, in this order. */
export const SETTING_GROUPS = {
  limits: "Daily limits",
  scheduling: "Scheduling (FSRS)",
  leeches: "Leeches",
  day: "Your day",
} as const;
export type SettingGroup = keyof typeof SETTING_GROUPS;

/** How the form edits a value. Number bounds come from the zod schema itself (minValue/maxValue). */
export type SettingInput =
  | { kind: "integer" }
  | { kind: "decimal"; step: number }
  | { kind: "text"; trim?: boolean; suggest?: "timeZones" }
  | { kind: "checkbox" }
  | { kind: "select"; options: readonly { value: string | number; label: string }[] };

export interface SettingForm {
  group: SettingGroup;
  label: string;
  hint: string;
  input: SettingInput;
}

interface SettingSpec<S extends z.ZodType> {
  schema: S;
  default: z.output<S>;
  /** null: not edited on the form (e.g. FSRS parameters come from a fit). */
  form: SettingForm | null;
  /** A change re-plans the learner's cards: it is an input of the FSRS scheduler. */
  reschedules?: true;
}

/** Ties an entry's default to its own schema's type. */
const setting = <S extends z.ZodType>(spec: SettingSpec<S>): SettingSpec<S> => spec;

function intRange(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be between ${min} and ${max}` })
    .max(max, { error: `${label} must be between ${min} and ${max}` });
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

/**
 * What is wrong with a parameter list beyond its length: FSRS-6 (21 weights), FSRS-5 (19) and
 * FSRS-4.5 (17) share w0–w3, the first-answer stabilities in days, which must be positive;
 * FSRS-6's w20 is the forgetting curve's decay, which its optimizer keeps within 0.1–0.8.
 */
export function fsrsParameterProblems(w: readonly number[]): string[] {
  const problems: string[] = [];
  if (![17, 19, 21].includes(w.length)) return problems;
  for (let i = 0; i < 4; i++) {
    if (!(w[i] > 0)) problems.push(`FSRS parameter w${i} (a first-answer stability) must be greater than 0`);
  }
  if (w.length === 21 && !(w[20] >= 0.1 && w[20] <= 0.8)) problems.push("FSRS parameter w20 (the decay) must be between 0.1 and 0.8");
  return problems;
}

/** Same test as luxon's IANAZone.isValidZone, without shipping luxon to the browser. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone }).format();
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { error: "Time zone must be a valid IANA zone name, e.g. Europe/Berlin" });
export const dayStartHourSchema = intRange("Day start hour", 0, 23);

/** The settings stored in a StudySettings row (one column each, same name). */
export const STUDY_SETTINGS = {
  newPerDay: setting({
    schema: intRange("New cards per day", 0, 9999),
    default: 20,
    form: { group: "limits", label: "New cards per day", hint: "New cards introduced each day (0–9999).", input: { kind: "integer" } },
  }),
  maxReviewsPerDay: setting({
    schema: intRange("Maximum reviews per day", 0, 9999),
    default: 200,
    form: { group: "limits", label: "Maximum reviews per day", hint: "Reviews beyond this wait for tomorrow; new cards count too, unless they ignore the limit.", input: { kind: "integer" } },
  }),
  newIgnoresReviewLimit: setting({
    schema: z.boolean({ error: "New cards ignore review limit must be true or false" }),
    default: false,
    form: {
      group: "limits",
      label: "New cards ignore review limit",
      hint: "Off (as in Anki): new cards come only while the review limit has room left.",
      input: { kind: "checkbox" },
    },
  }),
  learnAheadMinutes: setting({
    schema: intRange("Learn-ahead limit (minutes)", 0, 1440),
    default: 20,
    form: {
      group: "limits",
      label: "Learn ahead (minutes)",
      hint: "When nothing else is left, learning cards due within this many minutes are shown early (Anki: 20).",
      input: { kind: "integer" },
    },
  }),
  desiredRetention: setting({
    reschedules: true,
    schema: z
      .number({ error: "Desired retention must be a number" })
      .min(0.7, { error: "Desired retention must be between 0.70 and 0.99" })
      .max(0.99, { error: "Desired retention must be between 0.70 and 0.99" }),
    default: 0.9,
    form: {
      group: "scheduling",
      label: "Desired retention",
      hint: "Chance of remembering a card when it is due (0.70–0.99). Higher means more reviews.",
      input: { kind: "decimal", step: 0.01 },
    },
  }),
  maximumInterval: setting({
    reschedules: true,
    schema: intRange("Maximum interval (days)", 1, 36500),
    default: 36500,
    form: { group: "scheduling", label: "Maximum interval (days)", hint: "The longest gap between two reviews (1–36500).", input: { kind: "integer" } },
  }),
  /** space-separated steps, e.g. "1m 10m" ("" = no steps, FSRS schedules from the first answer) */
  learningSteps: setting({
    reschedules: true,
    schema: stepsField("Learning steps"),
    default: "1m 10m",
    form: { group: "scheduling", label: "Learning steps", hint: "Gaps for new cards, e.g. “1m 10m” (m, h or d; a step of a day or more keeps the card learning).", input: { kind: "text" } },
  }),
  relearningSteps: setting({
    reschedules: true,
    schema: stepsField("Relearning steps"),
    default: "10m",
    form: { group: "scheduling", label: "Relearning steps", hint: "Gaps after you forget a card, e.g. “10m”.", input: { kind: "text" } },
  }),
  enableFuzz: setting({
    reschedules: true,
    schema: z.boolean({ error: "Fuzz must be true or false" }),
    default: true,
    form: { group: "scheduling", label: "Fuzz intervals", hint: "Spreads cards learned together over nearby days, as Anki does.", input: { kind: "checkbox" } },
  }),
  leechThreshold: setting({
    schema: intRange("Leech threshold", 1, 9999),
    default: 8,
    form: { group: "leeches", label: "Leech after this many lapses", hint: "A card you keep forgetting is a leech.", input: { kind: "integer" } },
  }),
  leechAction: setting({
    schema: z.enum(LEECH_ACTIONS, { error: "Leech action must be SUSPEND or TAG" }),
    default: "SUSPEND",
    form: {
      group: "leeches",
      label: "Then",
      hint: "Suspended cards stop coming up for review.",
      input: {
        kind: "select",
        options: [
          { value: "SUSPEND", label: "Suspend it and tag it" },
          { value: "TAG", label: "Only tag it" },
        ],
      },
    },
  }),
  /** personal FSRS weights (17, 19 or 21 numbers), or null for ts-fsrs's defaults; stored as JSON */
  parameters: setting({
    reschedules: true,
    schema: z
      .array(z.number().refine(Number.isFinite, { error: "FSRS parameters must be finite numbers" }))
      .refine((w) => [17, 19, 21].includes(w.length), { error: "FSRS parameters must be a list of 17, 19 or 21 numbers" })
      .superRefine((w, ctx) => {
        for (const problem of fsrsParameterProblems(w)) ctx.addIssue({ code: "custom", message: problem });
      })
      .nullable()
      .optional(),
    default: null,
    form: null,
  }),
};

/** The learner's day: stored on User, edited on the same form and sent in the same body. */
export const LEARNER_DAY_SETTINGS = {
  timeZone: setting({
    schema: timeZoneSchema,
    default: "UTC",
    form: { group: "day", label: "Time zone", hint: "An IANA zone such as Europe/Berlin.", input: { kind: "text", trim: true, suggest: "timeZones" } },
  }),
  dayStartHour: setting({
    schema: dayStartHourSchema,
    default: 4,
    form: {
      group: "day",
      label: "New day starts at",
      hint: "Reviews after midnight count for the day before until then (Anki: 04:00).",
      input: { kind: "select", options: Array.from({ length: 24 }, (_, h) => ({ value: h, label: `${String(h).padStart(2, "0")}:00` })) },
    },
  }),
};

type Specs = Record<string, SettingSpec<z.ZodType>>;
type SchemasOf<T extends Specs> = { [K in keyof T]: T[K]["schema"] };
type DefaultsOf<T extends Specs> = { [K in keyof T]: T[K]["default"] };

const schemasOf = <T extends Specs>(specs: T) =>
  Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.schema])) as SchemasOf<T>;
const defaultsOf = <T extends Specs>(specs: T) =>
  Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.default])) as DefaultsOf<T>;

/** The stored settings, all required: what the scheduler is given. */
export const studySettingsValuesSchema = z.object(schemasOf(STUDY_SETTINGS));
export type StudySettingsValues = z.output<typeof studySettingsValuesSchema>;
export type StudySettingKey = keyof typeof STUDY_SETTINGS;
export const STUDY_SETTING_KEYS = Object.keys(STUDY_SETTINGS) as StudySettingKey[];
/** The settings whose change reschedules the learner's cards. */
export const RESCHEDULING_SETTINGS: readonly StudySettingKey[] = STUDY_SETTING_KEYS.filter(
  (key) => (STUDY_SETTINGS[key] as SettingSpec<z.ZodType>).reschedules,
);

export const learnerDaySchema = z.object(schemasOf(LEARNER_DAY_SETTINGS));
/** Where the learner's study day starts (columns of `User`). */
export type LearnerDay = z.output<typeof learnerDaySchema>;

/**
 * Validates a learner's study settings (plus, optionally, their time zone and day-start hour,
 * which live on `User`). Messages are meant to be shown next to the field.
 */
export const studySettingsSchema = studySettingsValuesSchema.extend(learnerDaySchema.partial().shape);
export type StudySettingsInput = z.input<typeof studySettingsSchema>;

export const DEFAULT_STUDY_SETTINGS: Readonly<StudySettingsValues> = Object.freeze(defaultsOf(STUDY_SETTINGS));
export const DEFAULT_LEARNER_DAY: Readonly<LearnerDay> = Object.freeze(defaultsOf(LEARNER_DAY_SETTINGS));

/** What the settings form edits: every entry with a `form`, in table order. */
type FormKey<T extends Specs> = { [K in keyof T]: T[K]["form"] extends null ? never : K }[keyof T];
export type SettingsFormKey = FormKey<typeof STUDY_SETTINGS> | FormKey<typeof LEARNER_DAY_SETTINGS>;
export type SettingsFormValues = Pick<StudySettingsValues & LearnerDay, SettingsFormKey>;

export interface SettingsFormField extends SettingForm {
  name: SettingsFormKey;
  /** From the schema: a number's bounds, for the input's min/max. */
  min?: number;
  max?: number;
}

function bounds(schema: z.ZodType): { min?: number; max?: number } {
  if (!(schema instanceof z.ZodNumber)) return {};
  return { min: schema.minValue ?? undefined, max: schema.maxValue ?? undefined };
}

export const SETTINGS_FORM_FIELDS: readonly SettingsFormField[] = Object.entries({ ...STUDY_SETTINGS, ...LEARNER_DAY_SETTINGS } as Specs).flatMap(
  ([name, spec]) => (spec.form ? [{ ...spec.form, name: name as SettingsFormKey, ...bounds(spec.schema) }] : []),
);

/** The form's values out of a fuller object (the settings view). */
export function settingsFormValues(view: SettingsFormValues): SettingsFormValues {
  return Object.fromEntries(SETTINGS_FORM_FIELDS.map((f) => [f.name, view[f.name]])) as SettingsFormValues;
}
