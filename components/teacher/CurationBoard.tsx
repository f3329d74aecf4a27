"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import type { Question, QuestionStatus, QuestionType } from "@/lib/domain/types";
import { QUESTION_TYPES } from "@/lib/domain/question-types";
import { QuestionCard } from "./QuestionCard";
import { QuestionFields, TYPE_LABELS, draftBody, toFieldErrors, type FieldErrors, type QuestionDraftForm } from "./QuestionFields";
import styles from "./Teacher.module.css";

export interface CurationArticle {
  slug: string;
  title: string;
  sentences: { index: number; text: string }[];
}

type StatusFilter = "LIVE" | QuestionStatus;

interface Problem {
  detail?: string;
  title?: string;
  errors?: { field: string; message: string }[];
}

async function send(url: string, method: string, body?: unknown): Promise<{ ok: boolean; status: number; data: unknown }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { ok: res.ok, status: res.status, data: await res.json().catch(() => ({})) };
}

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** The questions of one article: filter, approve / reject / edit each, write new ones, regenerate. */
export function CurationBoard({ article, questions: initial }: { article: CurationArticle; questions: Question[] }) {
  const router = useRouter();
  const [questions, setQuestions] = useState(initial);
  const [status, setStatus] = useState<StatusFilter>("LIVE");
  const [type, setType] = useState<"ALL" | QuestionType>("ALL");
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [minScore, setMinScore] = useState("0.6");
  const listRef = useRef<HTMLUListElement>(null);

  // A server refresh (after regenerate / bulk approve) brings new props: start from them.
  const [fromServer, setFromServer] = useState(initial);
  if (fromServer !== initial) {
    setFromServer(initial);
    setQuestions(initial);
  }

  const counts = useMemo(() => {
    const c: Record<QuestionStatus, number> = { DRAFT: 0, APPROVED: 0, REJECTED: 0, RETIRED: 0 };
    for (const q of questions) c[q.status]++;
    return c;
  }, [questions]);

  const shown = questions.filter(
    (q) => (status === "LIVE" ? q.status !== "RETIRED" : q.status === status) && (type === "ALL" || q.type === type),
  );

  const say = (text: string) => {
    setError("");
    setMessage(text);
  };
  const fail = (problem: Problem, fallback: string) => {
    setMessage("");
    setError(problem.detail ?? problem.title ?? fallback);
  };
  const replace = (q: Question) => setQuestions((all) => all.map((x) => (x.id === q.id ? q : x)));

  async function decide(q: Question, next: "APPROVED" | "REJECTED" | "DRAFT") {
    const res = await send(`/api/questions/${q.id}/status`, "POST", { status: next });
    if (!res.ok) return fail(res.data as Problem, "Could not change the status.");
    replace((res.data as { question: Question }).question);
    say(`${next === "APPROVED" ? "Approved" : next === "REJECTED" ? "Rejected" : "Back to draft"}: “${excerpt(q.prompt)}”`);
  }

  /** Saves an edit; returns the API's field errors (empty on success). */
  async function save(q: Question, body: ReturnType<typeof draftBody>): Promise<FieldErrors | null> {
    const res = await send(`/api/questions/${q.id}`, "PATCH", body);
    if (!res.ok) {
      const problem = res.data as Problem;
      fail(problem, "Could not save the question.");
      return toFieldErrors(problem.errors);
    }
    replace((res.data as { question: Question }).question);
    say(`Saved: “${excerpt(body.prompt)}”`);
    return null;
  }

  async function regenerate() {
    setBusy(true);
    const res = await send(`/api/teacher/articles/${article.slug}/regenerate`, "POST");
    setBusy(false);
    if (!res.ok) return fail(res.data as Problem, "Regeneration failed.");
    const s = res.data as { created: number; updated: number; kept: number; retired: number };
    say(`Regenerated: ${s.created} new, ${s.updated} refreshed, ${s.kept} kept as you edited them, ${s.retired} retired.`);
    router.refresh();
  }

  async function approveAbove() {
    const value = Number(minScore);
    if (!Number.isFinite(value) || value < 0 || value > 1) return fail({ detail: "The score is a number from 0 to 1." }, "");
    setBusy(true);
    const res = await send(`/api/teacher/articles/${article.slug}/approve`, "POST", { minScore: value });
    setBusy(false);
    if (!res.ok) return fail(res.data as Problem, "Could not approve.");
    say(`Approved ${(res.data as { approved: number }).approved} draft questions scoring ${value} or more.`);
    router.refresh();
  }

  function onListKey(e: React.KeyboardEvent<HTMLUListElement>) {
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-question-card]") ?? [])];
    const at = items.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    if (e.key === "j" || e.key === "ArrowDown") items[Math.min(items.length - 1, at + 1)]?.focus();
    else if (e.key === "k" || e.key === "ArrowUp") items[Math.max(0, at - 1)]?.focus();
    else return;
    e.preventDefault();
  }

  return (
    <>
      <div className="card">
        <div className={styles.counts} aria-label="Questions by status">
          <span className={`${styles.count} ${styles.countDraft}`}>{counts.DRAFT} draft</span>
          <span className={`${styles.count} ${styles.countApproved}`}>{counts.APPROVED} approved</span>
          <span className={`${styles.count} ${styles.countRejected}`}>{counts.REJECTED} rejected</span>
          {counts.RETIRED > 0 && <span className={styles.count}>{counts.RETIRED} retired</span>}
        </div>
        <div className={styles.toolbar}>
          <label>
            Status
            <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
              <option value="LIVE">All but retired</option>
              <option value="DRAFT">Draft</option>
              <option value="APPROVED">Approved</option>
              <option value="REJECTED">Rejected</option>
              <option value="RETIRED">Retired</option>
            </select>
          </label>
          <label>
            Type
            <select value={type} onChange={(e) => setType(e.target.value as "ALL" | QuestionType)}>
              <option value="ALL">All types</option>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>{TYPE_LABELS[t]}</option>
              ))}
            </select>
          </label>
          <label>
            Approve drafts scoring at least
            <input type="number" min={0} max={1} step={0.05} value={minScore} onChange={(e) => setMinScore(e.target.value)} />
          </label>
          <button className="btn" type="button" onClick={approveAbove} disabled={busy}>Approve all above</button>
          <button className="btn" type="button" onClick={regenerate} disabled={busy}>
            {busy ? "Working…" : "Regenerate"}
          </button>
        </div>
        <p className="muted small" style={{ margin: 0 }}>
          Keyboard: focus a question, then <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>d</kbd> draft, <kbd>e</kbd> edit,{" "}
          <kbd>j</kbd>/<kbd>k</kbd> next/previous. Regenerating never overwrites what you edited or wrote.
        </p>
      </div>

      <div className="live" aria-live="polite" role="status" style={{ margin: "0.8rem 0", minHeight: "1.5rem" }}>
        {message && <p className="alert alert-ok" style={{ margin: 0 }}>{message}</p>}
      </div>
      <div role="alert">{error && <p className="alert alert-error" style={{ margin: "0 0 0.8rem" }}>{error}</p>}</div>

      <h2 id="questions-heading">
        Questions <span className="muted small">({shown.length} shown)</span>
      </h2>
      {shown.length === 0 ? (
        <p className="muted">No questions match these filters.</p>
      ) : (
        <ul ref={listRef} className={styles.questions} aria-labelledby="questions-heading" onKeyDown={onListKey}>
          {shown.map((q) => (
            <QuestionCard key={q.id} question={q} onDecide={decide} onSave={save} />
          ))}
        </ul>
      )}

      <WriteQuestion article={article} onCreated={(q) => { setQuestions((all) => [q, ...all]); say(`Added: “${excerpt(q.prompt)}”`); }} />
    </>
  );
}

const EMPTY: QuestionDraftForm = { prompt: "", answer: "", choices: "", accepted: "", explanation: "" };

function WriteQuestion({ article, onCreated }: { article: CurationArticle; onCreated: (q: Question) => void }) {
  const [type, setType] = useState<QuestionType>("MCQ");
  const [draft, setDraft] = useState<QuestionDraftForm>(EMPTY);
  const [sentence, setSentence] = useState("-1");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const body = { type, ...draftBody(type, type === "TRUE_FALSE" && !draft.answer ? { ...draft, answer: "True" } : draft), sentenceIndex: Number(sentence) };
    const res = await send(`/api/teacher/articles/${article.slug}/questions`, "POST", body);
    setBusy(false);
    if (!res.ok) {
      const p = res.data as Problem;
      setErrors(toFieldErrors(p.errors));
      setProblem(p.detail ?? p.title ?? "Could not add the question.");
      return;
    }
    setErrors({});
    setProblem("");
    setDraft(EMPTY);
    onCreated((res.data as { question: Question }).question);
  }

  return (
    <section className="card" aria-labelledby="write-heading" style={{ marginTop: "1.5rem" }}>
      <h2 id="write-heading">Write a question</h2>
      <form onSubmit={submit} noValidate>
        <div className={styles.fieldRow}>
          <label>
            Type
            <select value={type} onChange={(e) => { setType(e.target.value as QuestionType); setErrors({}); }}>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>{TYPE_LABELS[t]}</option>
              ))}
            </select>
          </label>
          <label>
            Source sentence <span style={{ fontWeight: 400 }} className="muted small">(optional)</span>
            <select value={sentence} onChange={(e) => setSentence(e.target.value)} aria-invalid={Boolean(errors.sentenceIndex)}>
              <option value="-1">None</option>
              {article.sentences.map((s) => (
                <option key={s.index} value={s.index}>{`${s.index + 1}. ${excerpt(s.text)}`}</option>
              ))}
            </select>
            {errors.sentenceIndex && <span className="field-error">{errors.sentenceIndex}</span>}
          </label>
        </div>
        <QuestionFields idPrefix="write" type={type} value={type === "TRUE_FALSE" && !draft.answer ? { ...draft, answer: "True" } : draft} errors={errors} onChange={setDraft} />
        <div role="alert">{problem && <p className="alert alert-error" style={{ margin: "0.8rem 0 0" }}>{problem}</p>}</div>
        <div className={styles.actions}>
          <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Adding…" : "Add question"}</button>
        </div>
      </form>
    </section>
  );
}
