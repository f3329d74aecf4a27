"use client";
// The teacher fixes an assignment: mode, how many questions, due date (in a named time zone),
// attempts allowed, time limit and which attempt counts. One form for assigning a set to a class
// (POST /api/sets/{id}/assign) and for changing an assignment (PATCH …/assignments/{setId}).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ASSIGNMENT_LIMITS, COUNTED_ATTEMPTS, COUNTED_ATTEMPT_LABELS, localInputValue, type AssignmentSettingsView, type CountedAttempt } from "@/lib/domain/assignments";
import { setRoutes, type AssignmentSettingsInput } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";
import styles from "./Classes.module.css";

type Target = { kind: "assign"; setId: string; classes: { id: string; name: string }[] } | { kind: "edit"; classId: string; setId: string };

interface Draft {
  mode: "PRACTICE" | "TEST";
  count: string; // "" = every question
  dueLocal: string; // "" = no due date
  timeZone: string;
  attempts: string; // "" = unlimited
  timeLimit: string; // "" = none
  counted: CountedAttempt;
}

function draftOf(settings: AssignmentSettingsView | null, timeZone: string): Draft {
  if (!settings) return { mode: "TEST", count: "", dueLocal: "", timeZone, attempts: "1", timeLimit: "", counted: "BEST" };
  return {
    mode: settings.mode,
    count: settings.questionCount?.toString() ?? "",
    dueLocal: settings.dueAt ? localInputValue(new Date(settings.dueAt), settings.dueTimeZone) : "",
    timeZone: settings.dueAt ? settings.dueTimeZone : timeZone,
    attempts: settings.attemptsAllowed?.toString() ?? "",
    timeLimit: settings.timeLimitMinutes?.toString() ?? "",
    counted: settings.countedAttempt,
  };
}

const intOrNull = (s: string) => (s.trim() === "" ? null : Number(s));

function bodyOf(d: Draft): AssignmentSettingsInput {
  return {
    mode: d.mode,
    questionCount: intOrNull(d.count),
    due: d.dueLocal ? { local: d.dueLocal, timeZone: d.timeZone } : null,
    attemptsAllowed: intOrNull(d.attempts),
    timeLimitMinutes: intOrNull(d.timeLimit),
    countedAttempt: d.counted,
  };
}

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return all.includes(current) ? all : [current, ...all];
}

export function AssignmentForm({
  target,
  settings,
  timeZone,
  questionTotal,
  onSaved,
}: {
  target: Target;
  settings: AssignmentSettingsView | null;
  timeZone: string;
  questionTotal: number;
  /** Told what was done, for a status line that outlives this form (assigning may remove it). */
  onSaved?: (message: string) => void;
}) {
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings, timeZone));
  const [classId, setClassId] = useState(target.kind === "assign" ? target.classes[0]?.id ?? "" : "");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    setStatus("");
    try {
      const body = bodyOf(draft);
      if (target.kind === "assign") {
        await call(setRoutes["POST /api/sets/{id}/assign"], { params: { id: target.setId }, json: { classId, ...body } });
        const message = `Assigned to ${target.classes.find((c) => c.id === classId)?.name ?? "the class"}.`;
        if (onSaved) onSaved(message);
        else setStatus(message);
      } else {
        await call(setRoutes["PATCH /api/classes/{id}/assignments/{setId}"], { params: { id: target.classId, setId: target.setId }, json: body });
        setStatus("Saved.");
      }
      router.refresh();
    } catch (err) {
      const fields = (err as { errors?: { field: string; message: string }[] }).errors ?? [];
      setFieldErrors(Object.fromEntries(fields.map((f) => [f.field.split(".")[0], f.message])));
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const err = (field: string) =>
    fieldErrors[field] ? (
      <span id={`${id}-${field}-error`} className="field-error">
        {fieldErrors[field]}
      </span>
    ) : null;
  const described = (field: string) => (fieldErrors[field] ? { "aria-invalid": true, "aria-describedby": `${id}-${field}-error` } : {});

  return (
    <form className={styles.assignmentForm} onSubmit={submit} noValidate aria-label={target.kind === "assign" ? "Assign to a class" : "Assignment settings"}>
      {target.kind === "assign" && (
        <label>
          Class
          <select value={classId} onChange={(e) => setClassId(e.target.value)}>
            {target.classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className={styles.group}>
        <legend>Mode</legend>
        <label className={styles.check}>
          <input type="radio" name={`${id}-mode`} checked={draft.mode === "TEST"} onChange={() => set("mode", "TEST")} />
          <span>Test <small>answers are checked when the learner hands in</small></span>
        </label>
        <label className={styles.check}>
          <input type="radio" name={`${id}-mode`} checked={draft.mode === "PRACTICE"} onChange={() => set("mode", "PRACTICE")} />
          <span>Practice <small>feedback after every question</small></span>
        </label>
      </fieldset>
      <div className={styles.fields}>
        <label>
          Questions
          <input type="number" inputMode="numeric" min={1} max={questionTotal || undefined} placeholder={`all (${questionTotal})`} value={draft.count} onChange={(e) => set("count", e.target.value)} {...described("questionCount")} />
          <span className="small muted">empty = every question (one per fact)</span>
          {err("questionCount")}
        </label>
        <label>
          Attempts allowed
          <input type="number" inputMode="numeric" min={1} max={ASSIGNMENT_LIMITS.attempts} placeholder="unlimited" value={draft.attempts} onChange={(e) => set("attempts", e.target.value)} {...described("attemptsAllowed")} />
          {err("attemptsAllowed")}
        </label>
        <label>
          Time limit (minutes)
          <input type="number" inputMode="numeric" min={1} max={ASSIGNMENT_LIMITS.timeLimitMinutes} placeholder="none" value={draft.timeLimit} onChange={(e) => set("timeLimit", e.target.value)} {...described("timeLimitMinutes")} />
          {err("timeLimitMinutes")}
        </label>
        <label>
          Which attempt counts
          <select value={draft.counted} onChange={(e) => set("counted", e.target.value as CountedAttempt)}>
            {COUNTED_ATTEMPTS.map((c) => (
              <option key={c} value={c}>
                {COUNTED_ATTEMPT_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due
          <input type="datetime-local" value={draft.dueLocal} onChange={(e) => set("dueLocal", e.target.value)} {...described("due")} />
          <span className="small muted">empty = no due date</span>
          {err("due")}
        </label>
        <label>
          Time zone of the due date
          <select value={draft.timeZone} onChange={(e) => set("timeZone", e.target.value)}>
            {zones(draft.timeZone).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <button className="btn btn-primary" type="submit" disabled={busy || (target.kind === "assign" && !classId)}>
          {target.kind === "assign" ? "Assign to class" : "Save settings"}
        </button>
        <span role="status" aria-live="polite" className="small">
          {status}
        </span>
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
