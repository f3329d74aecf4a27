"use client";
// "Write a question": a hand-written question for the article, optionally tied to a source sentence.
import { useState } from "react";
import type { QuestionType } from "@/lib/domain/types";
import { teacherRoutes } from "@/lib/api/schemas/teacher";
import { QUESTION_TYPES } from "@/lib/domain/question-types";
import { excerpt, send, type TeacherQuestion } from "./curation-api";
import { QuestionFields, TYPE_LABELS, draftBody, toFieldErrors, type FieldErrors, type QuestionDraftForm } from "./QuestionFields";
import styles from "./Teacher.module.css";

export interface CurationArticle {
  slug: string;
  title: string;
  sentences: { index: number; text: string }[];
}

const EMPTY: QuestionDraftForm = { prompt: "", answer: "", choices: "", accepted: "", explanation: "" };

export function WriteQuestion({ article, onCreated }: { article: CurationArticle; onCreated: (q: TeacherQuestion) => void }) {
  const [type, setType] = useState<QuestionType>("MCQ");
  const [draft, setDraft] = useState<QuestionDraftForm>(EMPTY);
  const [sentence, setSentence] = useState("-1");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  // A true/false question starts as "True" until the teacher picks.
  const value = type === "TRUE_FALSE" && !draft.answer ? { ...draft, answer: "True" } : draft;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const body = { type, ...draftBody(type, value), sentenceIndex: Number(sentence) };
    const res = await send(teacherRoutes["POST /api/teacher/articles/{slug}/questions"], { slug: article.slug }, body);
    setBusy(false);
    if (!res.ok) {
      const p = res.data;
      setErrors(toFieldErrors(p.errors));
      setProblem(p.detail ?? p.title ?? "Could not add the question.");
      return;
    }
    setErrors({});
    setProblem("");
    setDraft(EMPTY);
    onCreated(res.data.question);
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
        <QuestionFields idPrefix="write" type={type} value={value} errors={errors} onChange={setDraft} />
        <div role="alert">{problem && <p className="alert alert-error" style={{ margin: "0.8rem 0 0" }}>{problem}</p>}</div>
        <div className={styles.actions}>
          <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Adding…" : "Add question"}</button>
        </div>
      </form>
    </section>
  );
}
