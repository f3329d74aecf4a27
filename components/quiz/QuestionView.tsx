// One question as a form: options (radios) or a text field, the submit / finish buttons and the
// key hint. Data in, callbacks out; useQuizAttempt holds the state.
import type { ReactNode, Ref, RefObject } from "react";
import { PromptText } from "./Prompt";
import styles from "./Quiz.module.css";
import type { AnswerResult, PublicQuestion } from "./types";
import type { Phase } from "./useQuizAttempt";

export function QuestionView({
  question,
  mode,
  phase,
  feedback,
  selected,
  typed,
  busy,
  confirmFinish,
  error,
  onSelect,
  onType,
  onSubmit,
  onSkip,
  onAskFinish,
  finishControls,
  firstControl,
  radios,
}: {
  question: PublicQuestion;
  mode: "PRACTICE" | "TEST";
  phase: Phase;
  feedback: AnswerResult | null;
  selected: number | null;
  typed: string;
  busy: boolean;
  confirmFinish: boolean;
  error: string | null;
  onSelect: (i: number) => void;
  onType: (text: string) => void;
  onSubmit: () => void;
  /** "I don't know" (typed questions): a deliberate blank. */
  onSkip: () => void;
  onAskFinish: () => void;
  /** The "not all answered" confirmation, shown inside the form. */
  finishControls: ReactNode;
  /** The control that takes focus when the question appears. */
  firstControl: RefObject<HTMLInputElement | null>;
  /** Each option's radio, for keys 1–4 to focus. */
  radios: RefObject<Array<HTMLInputElement | null>>;
}) {
  const promptId = `prompt-${question.id}`;
  const choices = question.choices;
  return (
    <form
      className={`card ${styles.question}`}
      data-question-id={question.id}
      data-question-type={question.type}
      onSubmit={(e) => {
        e.preventDefault();
        if (phase === "question") onSubmit();
      }}
      aria-labelledby={promptId}
    >
      {choices ? (
        <fieldset className={styles.fieldset} disabled={phase !== "question"}>
          <legend className={styles.legend}>
            <span id={promptId} className={styles.prompt}>
              {question.type === "TRUE_FALSE" && <span className="visually-hidden">True or false: </span>}
              <PromptText text={question.prompt} />
            </span>
          </legend>
          {choices.map((choice, i) => {
            const fb = phase === "feedback" && feedback;
            const isExpected = fb && feedback.expected !== undefined && choice.trim().toLowerCase() === feedback.expected.trim().toLowerCase();
            const wasWrongPick = fb && selected === i && !feedback.correct;
            return (
              <label
                key={`${i}-${choice}`}
                className={`${styles.choice} ${isExpected ? styles.choiceRight : ""} ${wasWrongPick ? styles.choiceWrong : ""}`}
                data-choice-index={i}
              >
                <input
                  ref={(el) => {
                    radios.current[i] = el;
                    if (i === 0) firstControl.current = el;
                  }}
                  type="radio"
                  name={`choice-${question.id}`}
                  value={choice}
                  checked={selected === i}
                  onChange={() => onSelect(i)}
                />
                <span className={styles.choiceKey} aria-hidden="true">{i + 1}</span>
                <span className={styles.choiceText}>{choice}</span>
              </label>
            );
          })}
        </fieldset>
      ) : (
        <>
          <h2 id={promptId} className={styles.prompt}>
            <PromptText text={question.prompt} />
          </h2>
          <label className={styles.typed}>
            Your answer
            <input
              ref={firstControl as Ref<HTMLInputElement>}
              type="text"
              value={typed}
              onChange={(e) => onType(e.target.value)}
              readOnly={phase !== "question" || busy}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              maxLength={500}
              aria-describedby={error ? `${promptId} error-${question.id}` : promptId}
              aria-invalid={error ? true : undefined}
            />
          </label>
        </>
      )}

      {phase === "question" && (
        <>
          <div className={styles.actions}>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {mode === "PRACTICE" ? "Check answer" : "Save answer"}
            </button>
            {!choices && (
              <button type="button" className="btn" onClick={onSkip} disabled={busy}>
                I don&apos;t know
              </button>
            )}
            <button type="button" className="btn" onClick={onAskFinish} disabled={busy || confirmFinish}>
              {mode === "TEST" ? "Submit test" : "Finish now"}
            </button>
          </div>
          <p className={styles.hint}>
            {choices ? (
              <>
                Press <kbd>1</kbd>–<kbd>{choices.length}</kbd> to choose, <kbd>Enter</kbd> to {mode === "PRACTICE" ? "check" : "save"}.
              </>
            ) : (
              <>
                Type your answer and press <kbd>Enter</kbd>.
              </>
            )}
          </p>
        </>
      )}
      {finishControls}
      {error && (
        <p id={`error-${question.id}`} className="alert alert-error" role="alert" style={{ margin: 0 }}>
          {error}
        </p>
      )}
    </form>
  );
}
