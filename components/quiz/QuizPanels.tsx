// The quiz's smaller screens: feedback after a PRACTICE answer, the "finish anyway?" question and
// the page after the last question.
import type { Ref } from "react";
import { FeedbackBody, feedbackBox } from "./Feedback";
import styles from "./Quiz.module.css";
import type { AnswerResult } from "./types";

type Mode = "PRACTICE" | "TEST";

export function FeedbackPanel({
  feedback,
  isLast,
  busy,
  onContinue,
  onOverride,
  nextRef,
}: {
  feedback: AnswerResult;
  isLast: boolean;
  busy: boolean;
  onContinue: () => void;
  /** "I was right" after a close or wrong verdict (PRACTICE only; absent otherwise). */
  onOverride?: () => void;
  nextRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <section className={feedbackBox(feedback.verdict)} aria-label="Feedback" data-testid="feedback" data-verdict={feedback.verdict}>
      <FeedbackBody
        verdict={feedback.verdict}
        response={feedback.response}
        expected={feedback.expected}
        alsoAccepted={feedback.alsoAccepted}
        explanation={feedback.explanation}
        source={feedback.source}
        overridden={feedback.overridden}
      />
      <div className={styles.actions}>
        <button ref={nextRef} type="button" className="btn btn-primary" onClick={onContinue} disabled={busy}>
          {isLast ? "See results" : "Next question"}
        </button>
        {onOverride && feedback.verdict !== "correct" && !feedback.overridden && (
          <button type="button" className="btn" onClick={onOverride} disabled={busy}>
            I was right
          </button>
        )}
      </div>
      <p className={styles.hint}>
        Press <kbd>Enter</kbd> to continue.
      </p>
    </section>
  );
}

/** Asked before finishing with questions left: they count as wrong. */
export function FinishConfirm({
  unanswered,
  mode,
  busy,
  onFinish,
  onKeepGoing,
}: {
  unanswered: number;
  mode: Mode;
  busy: boolean;
  onFinish: () => void;
  onKeepGoing: () => void;
}) {
  return (
    <div className="alert alert-warn stack" style={{ gap: "0.6rem" }}>
      <p style={{ margin: 0 }}>
        {unanswered} question{unanswered === 1 ? " is" : "s are"} not answered and will count as wrong.
      </p>
      <div className={styles.actions}>
        <button type="button" className="btn btn-primary" onClick={onFinish} disabled={busy} autoFocus>
          {mode === "TEST" ? "Submit test anyway" : "Finish anyway"}
        </button>
        <button type="button" className="btn" onClick={onKeepGoing}>
          Keep going
        </button>
      </div>
    </div>
  );
}

/** Past the last question (a TEST saves silently): submit to see the score. */
export function AllAnswered({
  unanswered,
  mode,
  busy,
  error,
  onFinish,
  finishRef,
}: {
  unanswered: number;
  mode: Mode;
  busy: boolean;
  error: string | null;
  onFinish: () => void;
  finishRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <section className="card stack" aria-labelledby="done-heading">
      <h2 id="done-heading" style={{ margin: 0 }}>
        {unanswered === 0 ? "All questions answered" : `${unanswered} left unanswered`}
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        {mode === "TEST" ? "Submit the test to see your score and the correct answers." : "See your score and review every question."}
      </p>
      <div className={styles.actions}>
        <button ref={finishRef} type="button" className="btn btn-primary" onClick={onFinish} disabled={busy}>
          {mode === "TEST" ? "Submit test" : "See results"}
        </button>
      </div>
      {error && <p className="alert alert-error" role="alert">{error}</p>}
    </section>
  );
}
