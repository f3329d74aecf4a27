"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { TeacherQuestion as Question } from "./curation-api";
import { AnswerInSentence } from "@/components/AnswerInSentence";
import { AlsoAccepted } from "@/components/AlsoAccepted";
import { QuestionFields, TYPE_LABELS, draftBody, type FieldErrors, type QuestionDraftForm } from "./QuestionFields";
import styles from "./Teacher.module.css";

/** The source sentence with the answer's span marked (when the span still fits the sentence). */
function SourceSentence({ source }: { source: Question["source"] }) {
  const { sentence, start, end } = source;
  if (!sentence) return <p className={`${styles.source} muted`}>No source sentence (written by hand).</p>;
  return (
    <blockquote className={styles.source} style={{ marginInline: 0 }}>
      <span className="visually-hidden">Source sentence: </span>
      <AnswerInSentence sentence={sentence} start={start} end={end} mark="mark" />
    </blockquote>
  );
}

const toForm = (q: Question): QuestionDraftForm => ({
  prompt: q.prompt,
  answer: q.answer,
  choices: (q.choices ?? []).join("\n"),
  accepted: q.acceptedAnswers.join("\n"),
  explanation: q.explanation,
});

const STATUS_LABEL = { DRAFT: "Draft", APPROVED: "Approved", REJECTED: "Rejected", RETIRED: "Retired" } as const;

export function QuestionCard({
  question: q,
  onDecide,
  onSave,
}: {
  question: Question;
  onDecide: (q: Question, status: "APPROVED" | "REJECTED" | "DRAFT") => Promise<void>;
  onSave: (q: Question, body: ReturnType<typeof draftBody>) => Promise<FieldErrors | null>;
}) {
  const id = useId();
  const cardRef = useRef<HTMLLIElement>(null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<QuestionDraftForm>(() => toForm(q));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (editing) promptRef.current?.focus();
  }, [editing]);

  const startEdit = () => {
    setForm(toForm(q));
    setErrors({});
    setEditing(true);
  };
  const stopEdit = () => {
    setEditing(false);
    cardRef.current?.focus();
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await onSave(q, draftBody(q.type, form));
    setBusy(false);
    if (result) setErrors(result);
    else stopEdit();
  }

  function onKey(e: React.KeyboardEvent<HTMLLIElement>) {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const action = { a: "APPROVED", r: "REJECTED", d: "DRAFT" }[e.key] as "APPROVED" | "REJECTED" | "DRAFT" | undefined;
    if (action) {
      e.preventDefault();
      void onDecide(q, action);
    } else if (e.key === "e") {
      e.preventDefault();
      startEdit();
    }
  }

  const headingId = `${id}-prompt`;
  return (
    <li
      ref={cardRef}
      data-question-card
      tabIndex={0}
      aria-labelledby={headingId}
      onKeyDown={onKey}
      className={`card ${styles.question} ${styles[`status${q.status}`]}`}
    >
      <div className={styles.qMeta}>
        <span className={`${styles.badge} ${styles[`badge${q.status}`]}`}>{STATUS_LABEL[q.status]}</span>
        <span className="tag">{TYPE_LABELS[q.type]}</span>
        <span>score {q.score.toFixed(2)}</span>
        {q.generatorVersion === "hand-written" ? <span className="tag">hand-written</span> : q.edited && <span className="tag">edited</span>}
      </div>
      <p id={headingId} className={editing ? "visually-hidden" : styles.prompt}>{q.prompt}</p>
      {!editing && (
        <>
          {q.type === "MCQ" && q.choices ? (
            <ol className={styles.choices} type="A" aria-label="Choices">
              {q.choices.map((c, i) => (
                <li key={`${i}-${c}`} className={c === q.answer ? styles.right : undefined}>
                  {c}
                  {c === q.answer && <span> ✓<span className="visually-hidden"> (right answer)</span></span>}
                </li>
              ))}
            </ol>
          ) : (
            <p className={styles.answer}>
              <span className="muted">Answer:</span> <strong className={styles.right}>{q.answer}</strong>
              {q.acceptedAnswers.length > 0 && <AlsoAccepted answer={q.answer} forms={q.acceptedAnswers} limit={6} className="muted small" lead=" · also accepted: " more={(n) => ` and ${n} more (Edit lists them all)`} />}
            </p>
          )}
          <SourceSentence source={q.source} />
          {/* The generator's default explanation only quotes the sentence shown just above. */}
          {q.explanation && q.explanation !== `The article says: “${q.source.sentence}”` && (
            <p className="small muted" style={{ margin: 0 }}>{q.explanation}</p>
          )}
          <div className={styles.actions}>
            {q.status !== "APPROVED" && (
              <button type="button" className={`btn btn-small ${styles.approve}`} onClick={() => onDecide(q, "APPROVED")}>
                Approve<span className="visually-hidden"> “{q.prompt}”</span>
              </button>
            )}
            {q.status !== "REJECTED" && (
              <button type="button" className={`btn btn-small ${styles.reject}`} onClick={() => onDecide(q, "REJECTED")}>
                Reject<span className="visually-hidden"> “{q.prompt}”</span>
              </button>
            )}
            {q.status !== "DRAFT" && (
              <button type="button" className="btn btn-small" onClick={() => onDecide(q, "DRAFT")}>
                Back to draft<span className="visually-hidden"> “{q.prompt}”</span>
              </button>
            )}
            <button type="button" className="btn btn-small" onClick={startEdit}>
              Edit<span className="visually-hidden"> “{q.prompt}”</span>
            </button>
          </div>
        </>
      )}
      {editing && (
        <form onSubmit={submit} noValidate aria-label="Edit question" onKeyDown={(e) => e.key === "Escape" && stopEdit()}>
          <QuestionFields idPrefix={id} type={q.type} value={form} errors={errors} onChange={setForm} promptRef={promptRef} />
          <SourceSentence source={q.source} />
          <div className={styles.actions}>
            <button className="btn btn-primary btn-small" type="submit" disabled={busy}>{busy ? "Saving…" : "Save"}</button>
            <button className="btn btn-small" type="button" onClick={stopEdit}>Cancel</button>
          </div>
        </form>
      )}
    </li>
  );
}
