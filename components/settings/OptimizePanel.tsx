"use client";
// "Optimize": starts the FSRS fit on the learner's own log (the server answers at once with a job),
// polls its progress, and shows log loss and RMSE before and after. "Evaluate" measures the
// parameters in use now. The server applies a fit only when it beats the current parameters.
import { useEffect, useRef, useState } from "react";
import { call } from "@/lib/client/api";
import { deckRoutes, type OptimizeJob } from "@/lib/api/schemas/deck";
import styles from "./Settings.module.css";

type Evaluation = { reviews: number; logLoss: number | null; rmse: number | null };
const POLL_MS = 500;
const fmt = (x: number | null | undefined) => (x === null || x === undefined ? "—" : x.toFixed(4));

export function OptimizePanel({
  inUse,
  fittedAt,
  minReviews,
  lastMessage = null,
}: {
  inUse: "default" | "fitted";
  fittedAt: string | null;
  minReviews: number;
  /** what the last fit said (kept with the settings) */
  lastMessage?: string | null;
}) {
  const [job, setJob] = useState<OptimizeJob | null>(null);
  const [evaluation, setEvaluation] = useState<(Evaluation & { parameters: "default" | "fitted" }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [using, setUsing] = useState(inUse);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = job !== null && (job.status === "queued" || job.status === "running");

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function poll(id: string) {
    timer.current = setTimeout(async () => {
      try {
        const next = await call(deckRoutes["GET /api/settings/optimize/{id}"], { params: { id }, cache: "no-store" });
        setJob(next);
        if (next.status === "queued" || next.status === "running") poll(id);
        else if (next.result?.applied) setUsing("fitted");
      } catch (e) {
        setError((e as Error).message);
      }
    }, POLL_MS);
  }

  async function optimize() {
    setError(null);
    setEvaluation(null); // it measured the parameters that were in use before this run
    try {
      const started = await call(deckRoutes["POST /api/settings/optimize"]);
      setJob(started);
      if (started.status === "queued" || started.status === "running") poll(started.id);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function evaluate() {
    setError(null);
    try {
      setEvaluation(await call(deckRoutes["GET /api/settings/evaluate"], { cache: "no-store" }));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const result = job?.result ?? null;
  return (
    <section className="card stack" aria-labelledby="fit-heading" style={{ gap: "0.6rem" }}>
      <h2 id="fit-heading" style={{ margin: 0 }}>Personal FSRS parameters</h2>
      <p style={{ margin: 0 }} data-testid="parameters-in-use">
        {using === "fitted" ? `In use: fitted to your reviews${fittedAt && !result?.applied ? ` on ${fittedAt.slice(0, 10)}` : ""}.` : "In use: FSRS’s default parameters."}
      </p>
      <p className="muted small" style={{ margin: 0 }}>
        Optimize fits FSRS to your own review history (at least {minReviews} reviews spread over days). The new parameters are applied, and your cards
        rescheduled, only when they predict your history better than the ones in use; otherwise nothing changes.
      </p>
      {lastMessage && !job && <p className="small muted" style={{ margin: 0 }}>Last optimize: {lastMessage}</p>}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => void optimize()} disabled={running}>
          {running ? "Optimizing…" : "Optimize"}
        </button>
        <button type="button" className="btn" onClick={() => void evaluate()}>Evaluate current parameters</button>
      </div>
      <div aria-live="polite" className="stack" style={{ gap: "0.5rem" }}>
        {running && (
          <div className={styles.fit}>
            <label htmlFor="optimize-progress" className="small">{job!.phase}…</label>
            <progress id="optimize-progress" max={1} value={job!.progress} style={{ width: "100%" }} />
          </div>
        )}
        {job?.status === "failed" && <p role="alert" style={{ margin: 0, color: "var(--bad)" }}>{job.error}</p>}
        {result && (
          <div className="stack" style={{ gap: "0.4rem" }} data-testid="optimize-result">
            <p className={styles.status} style={{ color: result.applied ? "var(--good)" : undefined }}>{result.message}</p>
            {result.before.reviews > 0 && (
              <table className="small" style={{ borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" }}>
                <caption className="muted" style={{ textAlign: "left" }}>On your {result.before.reviews} long-term reviews (lower is better)</caption>
                <thead>
                  <tr><th scope="col" style={{ textAlign: "left", paddingRight: "1rem" }}></th><th scope="col" style={{ paddingRight: "1rem" }}>Log loss</th><th scope="col">RMSE</th></tr>
                </thead>
                <tbody>
                  <tr><th scope="row" style={{ textAlign: "left", paddingRight: "1rem" }}>Before (in use)</th><td data-testid="before-logloss">{fmt(result.before.logLoss)}</td><td data-testid="before-rmse">{fmt(result.before.rmse)}</td></tr>
                  <tr><th scope="row" style={{ textAlign: "left", paddingRight: "1rem" }}>After (fitted)</th><td data-testid="after-logloss">{fmt(result.after?.logLoss)}</td><td data-testid="after-rmse">{fmt(result.after?.rmse)}</td></tr>
                </tbody>
              </table>
            )}
            {result.applied && <p className="small muted" style={{ margin: 0 }}>{result.rescheduled} cards rescheduled with the new parameters.</p>}
          </div>
        )}
        {evaluation && (
          <p className="small" style={{ margin: 0 }} data-testid="evaluation">
            {evaluation.reviews === 0
              ? "No long-term reviews yet: nothing to measure. Review over a few days first."
              : `Your ${evaluation.parameters === "fitted" ? "fitted" : "default"} parameters on your ${evaluation.reviews} long-term reviews: log loss ${fmt(evaluation.logLoss)}, RMSE ${fmt(evaluation.rmse)}.`}
          </p>
        )}
        {error && <p role="alert" style={{ margin: 0, color: "var(--bad)" }}>{error}</p>}
      </div>
    </section>
  );
}
