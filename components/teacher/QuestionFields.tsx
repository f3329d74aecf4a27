"use client";

import { QUESTION_TYPE_SPECS, type QuestionType } from "@/lib/domain/question-types";
import styles from "./Teacher.module.css";

/** The editable text of a question as the form holds it (lists one item per line). */
export interface QuestionDraftForm {
  prompt: string;
  answer: string;
  choices: string;
  accepted: string;
  explanation: string;
}

export type FieldErrors = Partial<Record<"prompt" | "answer" | "choices" | "acceptedAnswers" | "explanation" | "sentenceIndex" | "type", string>>;

const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

/** Form state → the API body (PATCH /api/questions/{id} or POST …/questions). */
export function draftBody(type: QuestionType, d: QuestionDraftForm) {
  return {
    prompt: d.prompt,
    answer: d.answer,
    acceptedAnswers: QUESTION_TYPE_SPECS[type].fixedChoices ? [] : lines(d.accepted),
    choices: QUESTION_TYPE_SPECS[type].fixedChoices ? [...QUESTION_TYPE_SPECS[type].fixedChoices] : QUESTION_TYPE_SPECS[type].grading === "choice" ? lines(d.choices) : null,
    explanation: d.explanation,
  };
}

/** problem+json field list → one message per form field ("choices.2" counts as "choices"). */
export function toFieldErrors(errors: { field: string; message: string }[] | undefined): FieldErrors {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) {
    const field = e.field.split(".")[0];
    out[field] = out[field] ? `${out[field]}; ${e.message}` : e.message;
  }
  return out as FieldErrors;
}

export { QUESTION_TYPE_LABELS as TYPE_LABELS } from "@/lib/domain/question-types";

/** The fields of one question, each with the API's message for it beside it. */
export function QuestionFields({
  idPrefix,
  type,
  value,
  errors,
  onChange,
  promptRef,
}: {
  idPrefix: string;
  type: QuestionType;
  value: QuestionDraftForm;
  errors: FieldErrors;
  onChange: (next: QuestionDraftForm) => void;
  promptRef?: React.Ref<HTMLTextAreaElement>;
}) {
  const set = (key: keyof QuestionDraftForm) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    onChange({ ...value, [key]: e.target.value });
  const err = (field: keyof FieldErrors) =>
    errors[field] ? <span id={`${idPrefix}-${field}-error`} className="field-error">{errors[field]}</span> : null;
  const aria = (field: keyof FieldErrors, hint?: string) => ({
    "aria-invalid": Boolean(errors[field]),
    "aria-describedby": [errors[field] ? `${idPrefix}-${field}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined,
    className: errors[field] ? styles.invalid : undefined,
  });
  const promptHint = type === "CLOZE" ? `${idPrefix}-prompt-hint` : undefined;

  return (
    <div className={styles.fields}>
      <label>
        {QUESTION_TYPE_SPECS[type].promptLabel}
        {type === "CLOZE" && <span id={promptHint} className={styles.hint}>Write the gap as _____ (five underscores), exactly once.</span>}
        <textarea ref={promptRef} rows={3} value={value.prompt} onChange={set("prompt")} maxLength={2000} {...aria("prompt", promptHint)} />
        {err("prompt")}
      </label>
      {type === "MCQ" && (
        <label>
          <span>Choices <span className={styles.hint}>(one per line, 2 to 6, the right one exactly once)</span></span>
          <textarea rows={6} value={value.choices} onChange={set("choices")} {...aria("choices")} />
          {err("choices")}
        </label>
      )}
      <div className={styles.fieldRow}>
        <label>
          {type === "MCQ" ? "Right choice" : "Answer"}
          {type === "TRUE_FALSE" ? (
            <select value={value.answer} onChange={set("answer")} {...aria("answer")}>
              <option value="True">True</option>
              <option value="False">False</option>
            </select>
          ) : (
            <input type="text" value={value.answer} onChange={set("answer")} maxLength={300} {...aria("answer")} />
          )}
          {err("answer")}
        </label>
        {type !== "TRUE_FALSE" && (
          <label>
            <span>Also accept <span className={styles.hint}>(one per line)</span></span>
            <textarea rows={2} value={value.accepted} onChange={set("accepted")} {...aria("acceptedAnswers")} />
            {err("acceptedAnswers")}
          </label>
        )}
      </div>
      <label>
        <span>Explanation <span className={styles.hint}>(shown after answering)</span></span>
        <textarea rows={2} value={value.explanation} onChange={set("explanation")} maxLength={4000} {...aria("explanation")} />
        {err("explanation")}
      </label>
    </div>
  );
}
