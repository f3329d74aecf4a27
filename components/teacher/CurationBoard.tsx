"use client";
// The questions of one article: filter, approve / reject / edit each, write new ones, regenerate.
// State and calls: useCuration; markup: CurationToolbar, QuestionCard, WriteQuestion.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { QuestionCard } from "./QuestionCard";
import type { TeacherQuestion } from "./curation-api";
import { CurationToolbar } from "./CurationToolbar";
import { useCuration } from "./useCuration";
import { WriteQuestion, type CurationArticle } from "./WriteQuestion";
import styles from "./Teacher.module.css";

export type { CurationArticle } from "./WriteQuestion";

/** j / ArrowDown and k / ArrowUp move between question cards; the index to focus, or null. */
export function listKeyTarget(key: string, at: number, count: number): number | null {
  if (at < 0) return null;
  if (key === "j" || key === "ArrowDown") return Math.min(count - 1, at + 1);
  if (key === "k" || key === "ArrowUp") return Math.max(0, at - 1);
  return null;
}

export function CurationBoard({ article, questions: initial }: { article: CurationArticle; questions: TeacherQuestion[] }) {
  const router = useRouter();
  const board = useCuration(article.slug, initial, () => router.refresh());
  const listRef = useRef<HTMLUListElement>(null);

  function onListKey(e: React.KeyboardEvent<HTMLUListElement>) {
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-question-card]") ?? [])];
    const to = listKeyTarget(e.key, items.indexOf(e.target as HTMLElement), items.length);
    if (to === null) return;
    items[to]?.focus();
    e.preventDefault();
  }

  return (
    <>
      <CurationToolbar
        counts={board.counts}
        status={board.status}
        onStatus={board.setStatus}
        type={board.type}
        onType={board.setType}
        minScore={board.minScore}
        onMinScore={board.setMinScore}
        busy={board.busy}
        onApproveAbove={board.approveAbove}
        onRegenerate={board.regenerate}
      />

      <div className="live" aria-live="polite" role="status" style={{ margin: "0.8rem 0", minHeight: "1.5rem" }}>
        {board.message && <p className="alert alert-ok" style={{ margin: 0 }}>{board.message}</p>}
      </div>
      <div role="alert">{board.error && <p className="alert alert-error" style={{ margin: "0 0 0.8rem" }}>{board.error}</p>}</div>

      <h2 id="questions-heading">
        Questions <span className="muted small">({board.shown.length} shown)</span>
      </h2>
      {board.shown.length === 0 ? (
        <p className="muted">No questions match these filters.</p>
      ) : (
        <ul ref={listRef} className={styles.questions} aria-labelledby="questions-heading" onKeyDown={onListKey}>
          {board.shown.map((q) => (
            <QuestionCard key={q.id} question={q} onDecide={board.decide} onSave={board.save} />
          ))}
        </ul>
      )}

      <WriteQuestion article={article} onCreated={board.added} />
    </>
  );
}
