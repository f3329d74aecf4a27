"use client";
// The set's questions: one question's text, the editable ordered list (move up/down, remove) and the
// read-only list a class teacher who is not the owner sees.
import type { RefObject } from "react";
import { QUESTION_TYPE_LABELS } from "@/lib/domain/question-types";
import type { FocusKeys } from "./useFocusAfter";
import type { SetItem } from "./useSetBuilder";
import styles from "./Sets.module.css";

export function QuestionText({ item }: { item: SetItem }) {
  return (
    <>
      <div className={styles.meta}>
        <span className={styles.type}>{QUESTION_TYPE_LABELS[item.type]}</span>
        <span>score {item.score.toFixed(2)}</span>
        <span>· {item.article.title}</span>
        {item.status !== "APPROVED" && <span className={styles.warn}>{item.status.toLowerCase()} — left out of exports and quizzes</span>}
      </div>
      <p className={styles.prompt} dir="auto">{item.prompt}</p>
      <p className={styles.answer} dir="auto">Answer: <strong>{item.answer}</strong></p>
    </>
  );
}

export function ReadOnlyItems({ items, ownerName }: { items: SetItem[]; ownerName: string }) {
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">Questions ({items.length})</h2>
      <p className="muted small">This set belongs to {ownerName}; it is assigned to a class you teach, so you can read and export it.</p>
      <ol className={styles.items}>
        {items.map((item, i) => (
          <li key={item.questionId} className={styles.item}>
            <span className={styles.num} aria-hidden="true">{i + 1}</span>
            <div><QuestionText item={item} /></div>
            <span />
          </li>
        ))}
      </ol>
    </section>
  );
}

interface SetItemListProps {
  items: SetItem[];
  heading: RefObject<HTMLHeadingElement | null>;
  focus: FocusKeys;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}

/** The heading takes focus when the last item is removed (it has tabIndex -1 for that). */
export function SetItemList({ items, heading, focus, onMove, onRemove }: SetItemListProps) {
  return (
    <>
      <h2 id="items-heading" tabIndex={-1} ref={heading} style={{ margin: 0 }}>
        Questions in this set ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="muted">No questions yet: add approved questions from the list{" "}
          <span className="visually-hidden">after this form</span>.</p>
      ) : (
        <ol className={styles.items}>
          {items.map((item, i) => (
            <li key={item.questionId} className={styles.item}>
              <span className={styles.num} aria-hidden="true">{i + 1}</span>
              <div><QuestionText item={item} /></div>
              <div className={styles.moves}>
                <button type="button" className={`btn btn-small ${styles.iconBtn}`} ref={focus.ref(`${item.questionId}:up`)} onClick={() => onMove(i, -1)} disabled={i === 0} aria-label={`Move question ${i + 1} up`}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className={`btn btn-small ${styles.iconBtn}`} ref={focus.ref(`${item.questionId}:down`)} onClick={() => onMove(i, 1)} disabled={i === items.length - 1} aria-label={`Move question ${i + 1} down`}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className={`btn btn-small ${styles.iconBtn}`} ref={focus.ref(`${item.questionId}:remove`)} onClick={() => onRemove(i)} aria-label={`Remove question ${i + 1}`}>
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
