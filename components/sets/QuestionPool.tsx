"use client";
// "Add approved questions": pick an article and a type, add one question or all shown (one per
// fact); a question whose fact is already in the set asks "add anyway?" first.
import { useEffect, useRef } from "react";
import { QUESTION_TYPES, QUESTION_TYPE_LABELS } from "@/lib/domain/question-types";
import type { PoolArticle, PoolQuestion } from "@/lib/domain/sets";
import { QuestionText } from "./SetItems";
import type { FocusKeys } from "./useFocusAfter";
import { asItem, type SetBuilderState, type SetItem } from "./useSetBuilder";
import styles from "./Sets.module.css";

/** A sibling's prompt as the warning quotes it: whole when short, cut at a word otherwise. */
export function quoted(prompt: string): string {
  if (prompt.length <= 80) return prompt;
  const cut = prompt.slice(0, 79);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 79)}…`;
}

export function QuestionPool({ pool, builder, focus }: { pool: PoolArticle[]; builder: SetBuilderState; focus: FocusKeys }) {
  const { article, shown, inSet, items, confirming, siblingInSet } = builder;
  const cancel = (q: PoolQuestion) => {
    builder.cancelAdd();
    // back to the question's Add button (after the warning is gone)
    focus.soon(`pool:${q.id}`);
  };
  return (
    <section className="card stack" aria-labelledby="pool-heading">
      <h2 id="pool-heading" style={{ margin: 0 }}>Add approved questions</h2>
      {pool.length === 0 ? (
        <p className="muted">No approved questions yet. Approve some in the <a href="/teacher">workspace</a> first.</p>
      ) : (
        <>
          <div className="row" style={{ alignItems: "end" }}>
            <label style={{ flex: "2 1 12rem" }}>
              Article
              <select value={builder.articleSlug} onChange={(e) => builder.setArticleSlug(e.target.value)}>
                {pool.map((a) => (
                  <option key={a.slug} value={a.slug}>{a.title} ({a.questions.length})</option>
                ))}
              </select>
            </label>
            <label style={{ flex: "1 1 8rem" }}>
              Type
              <select value={builder.typeFilter} onChange={(e) => builder.setTypeFilter(e.target.value)}>
                <option value="">All types</option>
                {QUESTION_TYPES.map((t) => <option key={t} value={t}>{QUESTION_TYPE_LABELS[t]}</option>)}
              </select>
            </label>
            <button type="button" className="btn btn-small" onClick={builder.addAll} disabled={shown.every((q) => inSet.has(q.id))}>Add all shown (one per fact)</button>
          </div>
            {/* Focusable so it scrolls by keyboard even when nothing inside can take focus (axe scrollable-region-focusable). */}
            <ul tabIndex={0} className={styles.pool} style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={`Approved questions of ${article?.title ?? "the article"}`}>
            {shown.map((q) => {
              const added = inSet.has(q.id);
              const sibling = added ? undefined : siblingInSet(q);
              return (
                <li key={q.id} className={styles.poolItem}>
                  <div>
                    <QuestionText item={asItem(q, article!)} />
                    {sibling && (
                      <p className={`small ${styles.sameFact}`}>Asks the same fact as question {items.indexOf(sibling) + 1} in the set.</p>
                    )}
                  </div>
                  <button
                    type="button"
                    className="btn btn-small"
                    ref={focus.ref(`pool:${q.id}`)}
                    onClick={() => builder.add(q)}
                    disabled={added}
                    aria-label={`${added ? "Added" : "Add"}: ${q.prompt}`}
                    aria-expanded={sibling ? confirming === q.id : undefined}
                  >
                    {added ? "Added" : "Add"}
                  </button>
                  {sibling && confirming === q.id && (
                    <SiblingWarning sibling={sibling} onAdd={() => builder.add(q, true)} onCancel={() => cancel(q)} />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * "Add anyway?" before a question joins a set that already asks its fact. An inline alertdialog:
 * focus moves to its first button, Escape cancels, and nothing else on the page is blocked.
 */
function SiblingWarning({ sibling, onAdd, onCancel }: { sibling: SetItem; onAdd: () => void; onCancel: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="sibling-warning-text"
      className={`alert alert-warn ${styles.siblingWarning}`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="sibling-warning-text" style={{ margin: 0 }}>
        This asks the same fact as “{quoted(sibling.prompt)}” already in the set — add anyway?
      </p>
      <div className="row" style={{ gap: "0.5rem", marginTop: "0.5rem" }}>
        <button type="button" className="btn btn-small" ref={first} onClick={onAdd}>Add anyway</button>
        <button type="button" className="btn btn-small" onClick={onCancel}>Don’t add</button>
      </div>
    </div>
  );
}
