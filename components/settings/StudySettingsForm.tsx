"use client";

import { useMemo, useState } from "react";
import { reviewRoutes, studySettingsBody } from "@/lib/api/schemas/review";
import { call } from "@/lib/client/api";
import type { StudySettingsValues } from "@/lib/srs/types";
import styles from "./Settings.module.css";

/** What the form edits: the scheduling settings (personal parameters come from a fit, not the form)
 * and the learner's day. */
export type SettingsFormValues = Omit<StudySettingsValues, "parameters"> & { timeZone: string; dayStartHour: number };

type Errors = Partial<Record<keyof SettingsFormValues | "form", string>>;

const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? Number.NaN : Number(v));

function supportedTimeZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  } catch {
    return [];
  }
}

/** Study settings, the learner's time zone and day start; checked with the API's own schema before sending. */
export function StudySettingsForm({ initial }: { initial: SettingsFormValues }) {
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => supportedTimeZones(), []);

  async function submit(form: FormData) {
    const values = {
      newPerDay: num(form.get("newPerDay")),
      maxReviewsPerDay: num(form.get("maxReviewsPerDay")),
      desiredRetention: num(form.get("desiredRetention")),
      maximumInterval: num(form.get("maximumInterval")),
      learningSteps: String(form.get("learningSteps") ?? ""),
      relearningSteps: String(form.get("relearningSteps") ?? ""),
      enableFuzz: form.get("enableFuzz") === "on",
      leechThreshold: num(form.get("leechThreshold")),
      leechAction: String(form.get("leechAction") ?? ""),
      timeZone: String(form.get("timeZone") ?? "").trim(),
      dayStartHour: num(form.get("dayStartHour")),
    };
    setStatus("");
    const checked = studySettingsBody.safeParse(values);
    if (!checked.success) {
      const next: Errors = {};
      for (const issue of checked.error.issues) next[issue.path[0] as keyof SettingsFormValues] ??= issue.message;
      setErrors(next);
      setStatus(`Please fix ${Object.keys(next).length === 1 ? "the field" : `${Object.keys(next).length} fields`} marked below.`);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const saved = await call(reviewRoutes["PUT /api/settings/study"], { json: checked.data });
      setStatus(saved.rescheduled > 0 ? `Saved. ${saved.rescheduled} card${saved.rescheduled === 1 ? " was" : "s were"} rescheduled.` : "Saved.");
    } catch (e) {
      const fieldErrors = (e as { errors?: { field: string; message: string }[] }).errors;
      const next: Errors = {};
      for (const f of fieldErrors ?? []) next[f.field as keyof SettingsFormValues] ??= f.message;
      if (!fieldErrors?.length) next.form = (e as Error).message;
      setErrors(next);
      setStatus("Not saved.");
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof SettingsFormValues) => ({
    name,
    id: `f-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [`h-${name}`, errors[name] ? `e-${name}` : ""].filter(Boolean).join(" "),
  });
  const help = (name: keyof SettingsFormValues, text: string) => (
    <>
      <span id={`h-${name}`} className="muted small" style={{ fontWeight: 400 }}>{text}</span>
      {errors[name] && <span id={`e-${name}`} className="field-error">{errors[name]}</span>}
    </>
  );

  return (
    <form className={`form card ${styles.form}`} action={submit} noValidate>
      <fieldset className={styles.group}>
        <legend>Daily limits</legend>
        <div className={styles.pair}>
          <label htmlFor="f-newPerDay">
            New cards per day
            <input type="number" inputMode="numeric" min={0} max={9999} defaultValue={initial.newPerDay} {...field("newPerDay")} />
            {help("newPerDay", "New cards introduced each day (0–9999).")}
          </label>
          <label htmlFor="f-maxReviewsPerDay">
            Maximum reviews per day
            <input type="number" inputMode="numeric" min={0} max={9999} defaultValue={initial.maxReviewsPerDay} {...field("maxReviewsPerDay")} />
            {help("maxReviewsPerDay", "Reviews beyond this wait for tomorrow.")}
          </label>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Scheduling (FSRS)</legend>
        <div className={styles.pair}>
          <label htmlFor="f-desiredRetention">
            Desired retention
            <input type="number" inputMode="decimal" step={0.01} min={0.7} max={0.99} defaultValue={initial.desiredRetention} {...field("desiredRetention")} />
            {help("desiredRetention", "Chance of remembering a card when it is due (0.70–0.99). Higher means more reviews.")}
          </label>
          <label htmlFor="f-maximumInterval">
            Maximum interval (days)
            <input type="number" inputMode="numeric" min={1} max={36500} defaultValue={initial.maximumInterval} {...field("maximumInterval")} />
            {help("maximumInterval", "The longest gap between two reviews (1–36500).")}
          </label>
          <label htmlFor="f-learningSteps">
            Learning steps
            <input type="text" defaultValue={initial.learningSteps} autoComplete="off" spellCheck={false} {...field("learningSteps")} />
            {help("learningSteps", "Gaps for new cards, e.g. “1m 10m” (m, h or d).")}
          </label>
          <label htmlFor="f-relearningSteps">
            Relearning steps
            <input type="text" defaultValue={initial.relearningSteps} autoComplete="off" spellCheck={false} {...field("relearningSteps")} />
            {help("relearningSteps", "Gaps after you forget a card, e.g. “10m”.")}
          </label>
        </div>
        <label htmlFor="f-enableFuzz" className={styles.check}>
          <input type="checkbox" defaultChecked={initial.enableFuzz} {...field("enableFuzz")} />
          <span>
            Fuzz intervals
            <br />
            {help("enableFuzz", "Spreads cards learned together over nearby days, as Anki does.")}
          </span>
        </label>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Leeches</legend>
        <div className={styles.pair}>
          <label htmlFor="f-leechThreshold">
            Leech after this many lapses
            <input type="number" inputMode="numeric" min={1} max={9999} defaultValue={initial.leechThreshold} {...field("leechThreshold")} />
            {help("leechThreshold", "A card you keep forgetting is a leech.")}
          </label>
          <label htmlFor="f-leechAction">
            Then
            <select defaultValue={initial.leechAction} {...field("leechAction")}>
              <option value="SUSPEND">Suspend it and tag it</option>
              <option value="TAG">Only tag it</option>
            </select>
            {help("leechAction", "Suspended cards stop coming up for review.")}
          </label>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Your day</legend>
        <div className={styles.pair}>
          <label htmlFor="f-timeZone">
            Time zone
            <input type="text" list="zones" defaultValue={initial.timeZone} autoComplete="off" spellCheck={false} {...field("timeZone")} />
            {help("timeZone", "An IANA zone such as Europe/Berlin.")}
          </label>
          <label htmlFor="f-dayStartHour">
            New day starts at
            <select defaultValue={String(initial.dayStartHour)} {...field("dayStartHour")}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={h}>{`${String(h).padStart(2, "0")}:00`}</option>
              ))}
            </select>
            {help("dayStartHour", "Reviews after midnight count for the day before until then (Anki: 04:00).")}
          </label>
        </div>
        <datalist id="zones">
          {zones.map((z) => <option key={z} value={z} />)}
        </datalist>
      </fieldset>

      {errors.form && <p role="alert" className="alert alert-error">{errors.form}</p>}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? "Saving…" : "Save settings"}</button>
        <p role="status" aria-live="polite" className={styles.status}>{status}</p>
      </div>
    </form>
  );
}
