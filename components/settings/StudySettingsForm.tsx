"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { reviewRoutes, studySettingsBody } from "@/lib/api/schemas/review";
import { call } from "@/lib/client/api";
import {
  SETTING_GROUPS,
  SETTINGS_FORM_FIELDS,
  type SettingGroup,
  type SettingsFormField,
  type SettingsFormValues,
} from "@/lib/domain/study-settings";
import styles from "./Settings.module.css";

/** What the form edits: the scheduling settings (personal parameters come from a fit, not the form)
 * and the learner's day — every registry entry with a `form`. */
export type { SettingsFormValues };

type Errors = Partial<Record<keyof SettingsFormValues | "form", string>>;

const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? Number.NaN : Number(v));

/** A field's value as the API takes it: numbers as numbers (NaN when empty, so the schema names the field). */
function readField(form: FormData, f: SettingsFormField): unknown {
  const raw = form.get(f.name);
  switch (f.input.kind) {
    case "integer":
    case "decimal":
      return num(raw);
    case "checkbox":
      return raw === "on";
    case "select":
      return typeof f.input.options[0]?.value === "number" ? num(raw) : String(raw ?? "");
    case "text":
      return f.input.trim ? String(raw ?? "").trim() : String(raw ?? "");
  }
}

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
  // After a refused save, focus goes to the summary at the top (each error links to its field).
  const summary = useRef<HTMLDivElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  // onSubmit, not a form action: an action resets the form, and the values to fix would vanish.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(SETTINGS_FORM_FIELDS.map((f) => [f.name, readField(form, f)]));
    setStatus("");
    const checked = studySettingsBody.safeParse(values);
    if (!checked.success) {
      const next: Errors = {};
      for (const issue of checked.error.issues) next[issue.path[0] as keyof SettingsFormValues] ??= issue.message;
      setErrors(next);
      setStatus(`Please fix ${Object.keys(next).length === 1 ? "the field" : `${Object.keys(next).length} fields`} listed at the top.`);
      setRefusals((n) => n + 1);
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
      setRefusals((n) => n + 1);
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

  const control = (f: SettingsFormField) => {
    const initialValue = initial[f.name];
    switch (f.input.kind) {
      case "integer":
      case "decimal":
        return (
          <input
            type="number"
            inputMode={f.input.kind === "integer" ? "numeric" : "decimal"}
            step={f.input.kind === "decimal" ? f.input.step : undefined}
            min={f.min}
            max={f.max}
            defaultValue={initialValue as number}
            {...field(f.name)}
          />
        );
      case "text":
        return (
          <input
            type="text"
            list={f.input.suggest === "timeZones" ? "zones" : undefined}
            defaultValue={initialValue as string}
            autoComplete="off"
            spellCheck={false}
            {...field(f.name)}
          />
        );
      case "select":
        return (
          <select defaultValue={String(initialValue)} {...field(f.name)}>
            {f.input.options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        );
      case "checkbox":
        return <input type="checkbox" defaultChecked={Boolean(initialValue)} {...field(f.name)} />;
    }
  };

  const groups = Object.entries(SETTING_GROUPS) as [SettingGroup, string][];
  return (
    <form className={`form card ${styles.form}`} onSubmit={submit} noValidate>
      {Object.keys(errors).length > 0 && (
        <div ref={summary} tabIndex={-1} className="alert alert-error" aria-labelledby="settings-errors-title" data-testid="error-summary">
          <h2 id="settings-errors-title" style={{ fontSize: "1.05rem", margin: "0 0 0.3rem" }}>
            {Object.keys(errors).length === 1 ? "One thing to fix" : `${Object.keys(errors).length} things to fix`}
          </h2>
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {(Object.entries(errors) as [keyof SettingsFormValues | "form", string][]).map(([name, message]) =>
              name === "form" ? (
                <li key={name}>{message}</li>
              ) : (
                <li key={name}>
                  <a
                    href={`#f-${name}`}
                    onClick={(e) => {
                      e.preventDefault();
                      const target = document.getElementById(`f-${name}`);
                      target?.scrollIntoView({ block: "center" });
                      target?.focus();
                    }}
                  >
                    {message}
                  </a>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      {groups.map(([group, legend]) => {
        const fields = SETTINGS_FORM_FIELDS.filter((f) => f.group === group);
        const boxes = fields.filter((f) => f.input.kind === "checkbox");
        return (
          <fieldset key={group} className={styles.group}>
            <legend>{legend}</legend>
            <div className={styles.pair}>
              {fields
                .filter((f) => f.input.kind !== "checkbox")
                .map((f) => (
                  <label key={f.name} htmlFor={`f-${f.name}`}>
                    {f.label}
                    {control(f)}
                    {help(f.name, f.hint)}
                  </label>
                ))}
            </div>
            {boxes.map((f) => (
              <label key={f.name} htmlFor={`f-${f.name}`} className={styles.check}>
                {control(f)}
                <span>
                  {f.label}
                  <br />
                  {help(f.name, f.hint)}
                </span>
              </label>
            ))}
            {fields.some((f) => f.input.kind === "text" && f.input.suggest === "timeZones") && (
              <datalist id="zones">
                {zones.map((z) => <option key={z} value={z} />)}
              </datalist>
            )}
          </fieldset>
        );
      })}

      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? "Saving…" : "Save settings"}</button>
        <p role="status" aria-live="polite" className={styles.status}>{status}</p>
      </div>
    </form>
  );
}
