"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { call } from "@/lib/client/api";
import styles from "./Quiz.module.css";
import { FeedbackBody, feedbackBox } from "./Feedback";
import { PromptText } from "./Prompt";
import { formatDuration, type AttemptResults } from "./types";

/** Score, time taken, every item reviewed, and what to do about the ones missed. */
export function QuizResults({
  attemptId,
  mode,
  results,
  durationMs,
  article,
  focusOnMount,
}: {
  attemptId: string;
  mode: "PRACTICE" | "TEST";
  results: AttemptResults;
  durationMs: number | null;
  article: { slug: string; title: string } | null;
  focusOnMount?: boolean;
}) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState<"retry" | "deck" | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string; review?: boolean } | null>(null);
  const missed = results.items.filter((i) => !i.correct).length;
  const percent = results.max > 0 ? Math.round((results.score / results.max) * 100) : 0;

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  async function retry() {
    setBusy("retry");
    setMessage(null);
    try {
      const next = await call(attemptRoutes["POST /api/attempts/{id}/retry-missed"], { params: { id: attemptId } });
      router.push(`/quiz/${next.id}`);
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message });
      setBusy(null);
    }
  }

  async function addToDeck() {
    setBusy("deck");
    setMessage(null);
    try {
      const r = await call(attemptRoutes["POST /api/attempts/{id}/add-missed-to-deck"], { params: { id: attemptId } });
      const text =
        r.added > 0
          ? `Added ${r.added} flashcard${r.added === 1 ? "" : "s"}${r.already ? ` (${r.already} already in your deck)` : ""}.`
          : `All ${r.already} are already in your flashcards.`;
      setMessage({ kind: "ok", text, review: true });
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="stack" aria-labelledby="results-heading">
      <div className="card stack" style={{ gap: "0.6rem" }}>
        <h2 id="results-heading" ref={heading} tabIndex={-1} style={{ margin: 0 }}>
          {mode === "TEST" ? "Test results" : "Practice results"}
        </h2>
        <p className={styles.score} data-testid="score">
          {results.score} / {results.max}
        </p>
        <p className={styles.scoreSub}>
          {percent}% correct{durationMs !== null && <> · time taken {formatDuration(durationMs)}</>}
        </p>
        <div className={styles.actions}>
          {missed > 0 && (
            <>
              <button type="button" className="btn btn-primary" onClick={retry} disabled={busy !== null}>
                Retry the {missed} I missed
              </button>
              <button type="button" className="btn" onClick={addToDeck} disabled={busy !== null}>
                Add the ones I missed to my flashcards
              </button>
            </>
          )}
          {article && (
            <Link className="btn" href={`/quiz/new?article=${article.slug}`}>
              New quiz on this article
            </Link>
          )}
          <Link className="btn" href="/quiz/history">
            My quizzes
          </Link>
        </div>
        <div role="status" aria-live="polite">
          {message && (
            <p className={`alert ${message.kind === "ok" ? "alert-ok" : "alert-error"}`} style={{ margin: 0 }}>
              {message.text} {message.review && <Link href="/review">Review your flashcards</Link>}
            </p>
          )}
        </div>
      </div>

      <h2 style={{ marginBottom: 0 }}>Every question</h2>
      <ol className={styles.review} aria-label="Review of every question">
        {results.items.map((item, i) => (
          <li key={item.questionId} className={feedbackBox(item.verdict)} data-verdict={item.verdict}>
            <div className={styles.reviewHead}>
              <span className={styles.reviewNumber}>Question {i + 1}</span>
            </div>
            <p className={styles.reviewPrompt}>
              <PromptText text={item.prompt} />
            </p>
            <FeedbackBody
              verdict={item.verdict}
              response={item.response}
              expected={item.expected}
              alsoAccepted={item.alsoAccepted}
              explanation={item.explanation}
              source={item.source}
              overridden={item.overridden}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
