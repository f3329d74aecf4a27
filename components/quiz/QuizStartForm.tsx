"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { QUESTION_TYPES, type QuestionType } from "@/lib/domain/types";
import { call } from "@/lib/client/api";
import { ensureSession } from "@/lib/client/session";
import { attemptRoutes, type StartAttemptBody } from "@/lib/api/schemas/attempts";
import { selectionKey, type DrawableCounts } from "@/lib/quiz/attempt";
import styles from "./Quiz.module.css";
import { TYPE_LABELS } from "./types";

const SIZES = [5, 10, 15, 20, 30, 50];

/** The start screen: mode, how many questions, which types, shuffle, timer. */
export function QuizStartForm({
  source,
  available,
  initialMode,
}: {
  source: { articleSlug: string } | { setId: string };
  /** One per fact: what a quiz of these types can really draw. */
  available: DrawableCounts;
  initialMode: "PRACTICE" | "TEST";
}) {
  const router = useRouter();
  const offered = QUESTION_TYPES.filter((t) => available.byType[t] > 0);
  const [mode, setMode] = useState(initialMode);
  const [types, setTypes] = useState<QuestionType[]>(offered);
  const [shuffle, setShuffle] = useState(true);
  const [timer, setTimer] = useState(false);
  // Not a sum over types: a fact asked in two types counts once.
  const pool = available.bySelection[selectionKey(types)] ?? 0;
  const sizes = SIZES.filter((n) => n < pool);
  const [count, setCount] = useState<string>(pool > 10 ? "10" : "all");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const effectiveCount = count === "all" || Number(count) >= pool ? undefined : Number(count);

  async function start(e: React.FormEvent) {
    e.preventDefault();
    if (types.length === 0) {
      setError("Choose at least one type of question.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await ensureSession();
      const body: StartAttemptBody = { ...source, mode, count: effectiveCount, types, shuffle, timer };
      const attempt = await call(attemptRoutes["POST /api/attempts"], { json: body });
      router.push(`/quiz/${attempt.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  const toggleType = (t: QuestionType) => setTypes((prev) => (prev.includes(t) ? prev.filter((x) => x !== t) : [...prev, t]));

  return (
    <form className={`card ${styles.options}`} onSubmit={start} noValidate>
      <fieldset>
        <legend>Mode</legend>
        <label className={styles.check}>
          <input type="radio" name="mode" value="PRACTICE" checked={mode === "PRACTICE"} onChange={() => setMode("PRACTICE")} />
          <span>
            Practice <small>See right or wrong, the answer and where it comes from after each question.</small>
          </span>
        </label>
        <label className={styles.check}>
          <input type="radio" name="mode" value="TEST" checked={mode === "TEST"} onChange={() => setMode("TEST")} />
          <span>
            Test <small>No feedback until you submit; then a review of every question.</small>
          </span>
        </label>
      </fieldset>

      <label>
        Number of questions
        <select value={effectiveCount === undefined ? "all" : count} onChange={(e) => setCount(e.target.value)}>
          {sizes.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
          <option value="all">All ({pool})</option>
        </select>
      </label>

      <fieldset>
        <legend>Question types</legend>
        {offered.map((t) => (
          <label key={t} className={styles.check}>
            <input type="checkbox" checked={types.includes(t)} onChange={() => toggleType(t)} />
            <span>
              {TYPE_LABELS[t]} <small>{available.byType[t]} available</small>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Options</legend>
        <label className={styles.check}>
          <input type="checkbox" checked={shuffle} onChange={(e) => setShuffle(e.target.checked)} />
          <span>
            Shuffle <small>Questions and options in a random order (kept if you reload).</small>
          </span>
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} />
          <span>
            Show a timer <small>Time is recorded either way; this only shows the clock.</small>
          </span>
        </label>
      </fieldset>

      {error && (
        <p className="alert alert-error" role="alert" style={{ margin: 0 }}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="btn btn-primary" disabled={busy || types.length === 0}>
          {busy ? "Starting…" : `Start ${mode === "TEST" ? "test" : "practice"}`}
        </button>
        <span className="muted small">
          {effectiveCount ?? pool} question{(effectiveCount ?? pool) === 1 ? "" : "s"}
        </span>
      </div>
    </form>
  );
}
