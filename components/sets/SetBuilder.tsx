"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/lib/client/session";
import { QUESTION_TYPES, QUESTION_TYPE_LABELS } from "@/lib/domain/question-types";
import type { PoolArticle, PoolQuestion, SetDetail, SetItemView, Visibility } from "@/lib/domain/sets";
import styles from "./Sets.module.css";


const VISIBILITY_HELP: Record<Visibility, string> = {
  PRIVATE: "Only you (and admins) can see it.",
  CLASS: "Learners in the classes you assign it to can take it.",
  PUBLIC: "Anyone signed in or studying as a guest can take it with its link.",
};

type Item = Pick<SetItemView, "questionId" | "type" | "prompt" | "answer" | "score" | "status" | "article">;

/** A sibling's prompt as the warning quotes it: whole when short, cut at a word otherwise. */
function quoted(prompt: string): string {
  if (prompt.length <= 80) return prompt;
  const cut = prompt.slice(0, 79);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 79)}…`;
}

function QuestionText({ item }: { item: Item }) {
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

/** Compose, order, describe and publish a question set; a class teacher who is not the owner sees it read-only. */
export function SetBuilder({ set, pool }: { set: SetDetail; pool: PoolArticle[] }) {
  const router = useRouter();
  const [title, setTitle] = useState(set.title);
  const [description, setDescription] = useState(set.description);
  const [visibility, setVisibility] = useState<Visibility>(set.visibility);
  const [items, setItems] = useState<Item[]>(set.items);
  const [saved, setSaved] = useState({ title: set.title, description: set.description, visibility: set.visibility, ids: set.items.map((i) => i.questionId).join(",") });
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [articleSlug, setArticleSlug] = useState(set.items[0]?.article.slug ?? pool[0]?.slug ?? "");
  const [typeFilter, setTypeFilter] = useState("");
  // The pool question whose sibling is already in the set: "add anyway?" is asked before it goes in.
  const [confirming, setConfirming] = useState<string | null>(null);
  // Where focus goes once a move or removal has re-rendered the list (a ref: no extra render).
  const focusTarget = useRef<string | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const listHeading = useRef<HTMLHeadingElement>(null);

  const dirty =
    title !== saved.title || description !== saved.description || visibility !== saved.visibility || items.map((i) => i.questionId).join(",") !== saved.ids;
  const inSet = useMemo(() => new Set(items.map((i) => i.questionId)), [items]);
  const article = pool.find((a) => a.slug === articleSlug);
  const shown = (article?.questions ?? []).filter((q) => !typeFilter || q.type === typeFilter);
  /** The set's question that asks the same fact as q (one item per fact), if any. */
  const siblingInSet = (q: PoolQuestion): Item | undefined => items.find((i) => q.siblingIds.includes(i.questionId));

  useEffect(() => {
    if (!focusTarget.current) return;
    const el = refs.current.get(focusTarget.current);
    focusTarget.current = null;
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else listHeading.current?.focus();
  }, [items]);

  // Leaving with unsaved changes loses them: ask first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const ref = (key: string) => (el: HTMLElement | null) => {
    if (el) refs.current.set(key, el);
    else refs.current.delete(key);
  };

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (to < 0 || to >= items.length) return;
    const next = items.slice();
    const [moved] = next.splice(index, 1);
    next.splice(to, 0, moved);
    setItems(next);
    const atEdge = to === 0 || to === next.length - 1;
    focusTarget.current = `${moved.questionId}:${atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"}`;
    setStatus(`Moved to position ${to + 1} of ${next.length}.`);
  }

  function remove(index: number) {
    const next = items.filter((_, i) => i !== index);
    setItems(next);
    const neighbour = next[index] ?? next[index - 1];
    focusTarget.current = neighbour ? `${neighbour.questionId}:remove` : "heading";
    setStatus("Removed from the set (not saved yet).");
  }

  const asItem = (q: PoolQuestion, slug: string, articleTitle: string): Item => ({
    questionId: q.id, type: q.type, prompt: q.prompt, answer: q.answer, score: q.score, status: "APPROVED", article: { slug, title: articleTitle },
  });

  /** Adds q, unless it asks the same fact as a question in the set: then it asks first (force = "add anyway"). */
  function add(q: PoolQuestion, force = false) {
    if (!article || inSet.has(q.id)) return;
    if (!force && siblingInSet(q)) {
      setConfirming(q.id);
      return;
    }
    setConfirming(null);
    setItems([...items, asItem(q, article.slug, article.title)]);
    setStatus(`Added as question ${items.length + 1}.`);
  }

  function cancelAdd(q: PoolQuestion) {
    setConfirming(null);
    setStatus("Not added.");
    // back to the question's Add button (after the warning is gone)
    requestAnimationFrame(() => refs.current.get(`pool:${q.id}`)?.focus());
  }

  /** Adds every shown question not yet in the set, one per fact: a sibling of one already in (or added now) is skipped. */
  function addAll() {
    if (!article) return;
    const taken = new Set(inSet);
    const fresh: PoolQuestion[] = [];
    let siblings = 0;
    for (const q of shown) {
      if (taken.has(q.id)) continue;
      if (q.siblingIds.some((id) => taken.has(id))) {
        siblings++;
        continue;
      }
      taken.add(q.id);
      fresh.push(q);
    }
    setConfirming(null);
    setItems([...items, ...fresh.map((q) => asItem(q, article.slug, article.title))]);
    setStatus(
      `Added ${fresh.length} question${fresh.length === 1 ? "" : "s"}.` +
        (siblings ? ` Skipped ${siblings} that ask${siblings === 1 ? "s" : ""} the same fact as a question in the set (one item per fact); add one by itself if you want it anyway.` : ""),
    );
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { title, description, visibility, questionIds: items.map((i) => i.questionId) };
      const updated = await api<SetDetail>(`/api/sets/${set.id}`, { method: "PATCH", json: body });
      setItems(updated.items);
      setSaved({ title: updated.title, description: updated.description, visibility: updated.visibility, ids: updated.items.map((i) => i.questionId).join(",") });
      setTitle(updated.title);
      setDescription(updated.description);
      setStatus("Saved.");
      router.refresh();
    } catch (err) {
      const fields = (err as { errors?: { field: string; message: string }[] }).errors;
      setError(`${(err as Error).message}${fields?.length ? ` ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}` : ""}`);
    } finally {
      setBusy(false);
    }
  }

  if (!set.mayEdit) {
    return (
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Questions ({items.length})</h2>
        <p className="muted small">This set belongs to {set.owner.name}; it is assigned to a class you teach, so you can read and export it.</p>
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

  return (
    <div className={styles.builder}>
      <form className="stack" onSubmit={save} aria-labelledby="details-heading">
        <section className="card stack" aria-labelledby="details-heading">
          <h2 id="details-heading" style={{ margin: 0 }}>Details</h2>
          <label>
            Title
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
          </label>
          <label>
            Description <span className="muted small">(optional; shown to learners)</span>
            <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} style={{ minHeight: "4.5rem" }} />
          </label>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: "0.3rem" }}>Visibility</legend>
            <div className="stack" style={{ gap: "0.35rem" }}>
              {(["PRIVATE", "CLASS", "PUBLIC"] as const).map((v) => (
                <label key={v} style={{ flexDirection: "row", alignItems: "baseline", gap: "0.5rem", fontWeight: 500 }}>
                  <input type="radio" name="visibility" value={v} checked={visibility === v} onChange={() => setVisibility(v)} />
                  <span>
                    <strong>{v[0] + v.slice(1).toLowerCase()}</strong> <span className="muted small">— {VISIBILITY_HELP[v]}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section aria-labelledby="items-heading" className="stack">
          <h2 id="items-heading" tabIndex={-1} ref={listHeading} style={{ margin: 0 }}>
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
                    <button type="button" className={`btn btn-small ${styles.iconBtn}`} ref={ref(`${item.questionId}:up`)} onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move question ${i + 1} up`}>
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button type="button" className={`btn btn-small ${styles.iconBtn}`} ref={ref(`${item.questionId}:down`)} onClick={() => move(i, 1)} disabled={i === items.length - 1} aria-label={`Move question ${i + 1} down`}>
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button type="button" className={`btn btn-small ${styles.iconBtn}`} ref={ref(`${item.questionId}:remove`)} onClick={() => remove(i)} aria-label={`Remove question ${i + 1}`}>
                      <span aria-hidden="true">✕</span>
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
          {error && <p className="alert alert-error" role="alert">{error}</p>}
          <div className={`row ${styles.sticky}`}>
            <button className="btn btn-primary" type="submit" disabled={busy || !dirty}>{busy ? "Saving…" : "Save set"}</button>
            <span className="muted small">{dirty ? "Unsaved changes." : "All changes saved."}</span>
          </div>
          <p role="status" aria-live="polite" className="small muted" style={{ margin: 0 }}>{status}</p>
        </section>
      </form>

      <section className="card stack" aria-labelledby="pool-heading">
        <h2 id="pool-heading" style={{ margin: 0 }}>Add approved questions</h2>
        {pool.length === 0 ? (
          <p className="muted">No approved questions yet. Approve some in the <a href="/teacher">workspace</a> first.</p>
        ) : (
          <>
            <div className="row" style={{ alignItems: "end" }}>
              <label style={{ flex: "2 1 12rem" }}>
                Article
                <select value={articleSlug} onChange={(e) => setArticleSlug(e.target.value)}>
                  {pool.map((a) => (
                    <option key={a.slug} value={a.slug}>{a.title} ({a.questions.length})</option>
                  ))}
                </select>
              </label>
              <label style={{ flex: "1 1 8rem" }}>
                Type
                <select value={typeFilter} onChange={(e) => setTypeFilter(e.target.value)}>
                  <option value="">All types</option>
                  {QUESTION_TYPES.map((t) => <option key={t} value={t}>{QUESTION_TYPE_LABELS[t]}</option>)}
                </select>
              </label>
              <button type="button" className="btn btn-small" onClick={addAll} disabled={shown.every((q) => inSet.has(q.id))}>Add all shown (one per fact)</button>
            </div>
            {/* Focusable so it scrolls by keyboard even when nothing inside can take focus (axe scrollable-region-focusable). */}
            <ul tabIndex={0} className={styles.pool} style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={`Approved questions of ${article?.title ?? "the article"}`}>
              {shown.map((q) => {
                const added = inSet.has(q.id);
                const sibling = added ? undefined : siblingInSet(q);
                return (
                  <li key={q.id} className={styles.poolItem}>
                    <div>
                      <QuestionText item={asItem(q, article!.slug, article!.title)} />
                      {sibling && (
                        <p className={`small ${styles.sameFact}`}>Asks the same fact as question {items.indexOf(sibling) + 1} in the set.</p>
                      )}
                    </div>
                    <button
                      type="button"
                      className="btn btn-small"
                      ref={ref(`pool:${q.id}`)}
                      onClick={() => add(q)}
                      disabled={added}
                      aria-label={`${added ? "Added" : "Add"}: ${q.prompt}`}
                      aria-expanded={sibling ? confirming === q.id : undefined}
                    >
                      {added ? "Added" : "Add"}
                    </button>
                    {sibling && confirming === q.id && (
                      <SiblingWarning sibling={sibling} onAdd={() => add(q, true)} onCancel={() => cancelAdd(q)} />
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/**
 * "Add anyway?" before a question joins a set that already asks its fact. An inline alertdialog:
 * focus moves to its first button, Escape cancels, and nothing else on the page is blocked.
 */
function SiblingWarning({ sibling, onAdd, onCancel }: { sibling: Item; onAdd: () => void; onCancel: () => void }) {
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
