"use client";
// One question per screen. Keyboard first: 1–4 choose an option, Enter submits and then continues;
// typed answers go in a text field (Enter submits). Focus moves to the feedback or the next question,
// and a polite live region announces each verdict. PRACTICE shows feedback after every answer;
// TEST records answers silently until "Submit test".
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/lib/client/session";
import styles from "./Quiz.module.css";
import { FeedbackBody, feedbackBox, verdictLabel } from "./Feedback";
import { PromptText } from "./Prompt";
import { QuizResults } from "./QuizResults";
import { formatClock, type AnswerResult, type AttemptResults, type AttemptView } from "./types";

type Phase = "question" | "feedback";

export function QuizRunner({ initial }: { initial: AttemptView }) {
  const { id, mode, questions, options } = initial;
  const total = questions.length;
  const [answered, setAnswered] = useState<Set<string>>(() => new Set(initial.answers.map((a) => a.questionId)));
  const [index, setIndex] = useState(initial.position);
  const [phase, setPhase] = useState<Phase>("question");
  const [feedback, setFeedback] = useState<AnswerResult | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [results, setResults] = useState<AttemptResults | null>(initial.results);
  const [finishedAt, setFinishedAt] = useState<string | null>(initial.finishedAt);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const [now, setNow] = useState<number | null>(null);

  const question = index < total ? questions[index] : null;
  const hasChoices = Boolean(question?.choices);
  const firstControl = useRef<HTMLInputElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const radios = useRef<Array<HTMLInputElement | null>>([]);
  const submitting = useRef(false);

  // Timer only when the learner asked for it; computed after mount (no server/client mismatch).
  useEffect(() => {
    if (!options.timer || results) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const t = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(t);
    };
  }, [options.timer, results]);

  // Focus follows the quiz: the answer control of a new question, the "next" button after feedback.
  useEffect(() => {
    if (results) return;
    if (phase === "feedback") nextButton.current?.focus();
    else if (question) firstControl.current?.focus();
    else finishButton.current?.focus();
  }, [phase, index, question, results]);

  const unansweredCount = total - answered.size;

  const submit = useCallback(async () => {
    if (!question || submitting.current || phase !== "question") return;
    const response = hasChoices ? (selected === null ? null : question.choices![selected]) : typed.trim();
    if (response === null) {
      setError("Choose an answer first (keys 1–" + (question.choices?.length ?? 4) + ").");
      return;
    }
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await api<AnswerResult>(`/api/attempts/${id}/answers`, { method: "POST", json: { questionId: question.id, response } });
      setAnswered((prev) => new Set(prev).add(question.id));
      if (mode === "PRACTICE") {
        setFeedback(result);
        setPhase("feedback");
        setAnnouncement(
          `${verdictLabel(result.verdict)}.${result.verdict !== "correct" && result.expected ? ` The answer is ${result.expected}.` : ""}`,
        );
      } else {
        const next = index + 1;
        setAnnouncement(next < total ? `Answer saved. Question ${next + 1} of ${total}.` : "Answer saved. All questions answered.");
        advance();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }, [question, phase, hasChoices, selected, typed, id, mode, index, total]);

  function advance() {
    setFeedback(null);
    setSelected(null);
    setTyped("");
    setPhase("question");
    setIndex((i) => i + 1);
  }

  const finish = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      const r = await api<AttemptResults>(`/api/attempts/${id}/finish`, { method: "POST", json: {} });
      setResults(r);
      setFinishedAt(new Date().toISOString());
      setAnnouncement(`${mode === "TEST" ? "Test submitted" : "Quiz finished"}. Score ${r.score} out of ${r.max}.`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }, [id, mode]);

  /** After feedback: the next question, or the results after the last one. */
  function continueOn() {
    if (index + 1 < total) advance();
    else void finish();
  }

  function choose(i: number) {
    setSelected(i);
    setError(null);
    radios.current[i]?.focus();
  }

  // Global keys: digits pick an option; Enter submits (from an option) or continues (after feedback).
  // Buttons, links and the text field keep their native Enter behaviour. The listener is registered
  // once and always calls the latest handler.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      if (results || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      const tag = target?.tagName ?? "";
      const inputType = tag === "INPUT" ? (target as HTMLInputElement).type : "";
      const inText = tag === "TEXTAREA" || (tag === "INPUT" && inputType !== "radio" && inputType !== "checkbox");
      if (phase === "question" && question?.choices && !inText && /^[1-9]$/.test(e.key)) {
        const i = Number(e.key) - 1;
        if (i < question.choices.length) {
          e.preventDefault();
          choose(i);
        }
        return;
      }
      if (e.key !== "Enter" || inText || tag === "BUTTON" || tag === "A" || tag === "SUMMARY") return;
      if (phase === "feedback") {
        e.preventDefault();
        continueOn();
      } else if (phase === "question" && question?.choices && selected !== null) {
        e.preventDefault();
        void submit();
      }
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const elapsed = useMemo(() => (now === null ? null : now - new Date(initial.startedAt).getTime()), [now, initial.startedAt]);
  const durationMs = finishedAt ? new Date(finishedAt).getTime() - new Date(initial.startedAt).getTime() : null;
  const progress = Math.min(total, results ? total : index);

  const header = (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{initial.title}</h1>
        <span className={styles.modeTag}>{mode === "TEST" ? "Test" : "Practice"}</span>
      </div>
      <div className={styles.meta}>
        <span data-testid="position">
          {results ? `${total} of ${total} done` : question ? `Question ${index + 1} of ${total}` : `${total} of ${total} answered`}
        </span>
        {options.timer && !results && elapsed !== null && (
          <span className={styles.timer} role="timer" aria-label="Time elapsed">
            Time {formatClock(elapsed)}
          </span>
        )}
      </div>
      <div className="progress" role="progressbar" aria-label="Quiz progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={progress}>
        <span style={{ width: `${total ? (progress / total) * 100 : 0}%` }} />
      </div>
    </header>
  );

  const live = (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );

  if (results) {
    return (
      <div className={styles.shell}>
        {header}
        {live}
        <QuizResults
          attemptId={id}
          mode={mode}
          results={results}
          durationMs={durationMs}
          article={initial.article}
          focusOnMount={initial.status !== "FINISHED"}
        />
      </div>
    );
  }

  const finishControls =
    confirmFinish && unansweredCount > 0 ? (
      <div className="alert alert-warn stack" style={{ gap: "0.6rem" }}>
        <p style={{ margin: 0 }}>
          {unansweredCount} question{unansweredCount === 1 ? " is" : "s are"} not answered and will count as wrong.
        </p>
        <div className={styles.actions}>
          <button type="button" className="btn btn-primary" onClick={finish} disabled={busy} autoFocus>
            {mode === "TEST" ? "Submit test anyway" : "Finish anyway"}
          </button>
          <button type="button" className="btn" onClick={() => setConfirmFinish(false)}>
            Keep going
          </button>
        </div>
      </div>
    ) : null;

  if (!question) {
    return (
      <div className={styles.shell}>
        {header}
        {live}
        <section className="card stack" aria-labelledby="done-heading">
          <h2 id="done-heading" style={{ margin: 0 }}>
            {unansweredCount === 0 ? "All questions answered" : `${unansweredCount} left unanswered`}
          </h2>
          <p className="muted" style={{ margin: 0 }}>
            {mode === "TEST" ? "Submit the test to see your score and the correct answers." : "See your score and review every question."}
          </p>
          <div className={styles.actions}>
            <button ref={finishButton} type="button" className="btn btn-primary" onClick={finish} disabled={busy}>
              {mode === "TEST" ? "Submit test" : "See results"}
            </button>
          </div>
          {error && <p className="alert alert-error" role="alert">{error}</p>}
        </section>
      </div>
    );
  }

  const promptId = `prompt-${question.id}`;
  return (
    <div className={styles.shell}>
      {header}
      {live}
      <form
        className={`card ${styles.question}`}
        data-question-id={question.id}
        data-question-type={question.type}
        onSubmit={(e) => {
          e.preventDefault();
          if (phase === "question") void submit();
        }}
        aria-labelledby={promptId}
      >
        {hasChoices ? (
          <fieldset className={styles.fieldset} disabled={phase !== "question"}>
            <legend className={styles.legend}>
              <span id={promptId} className={styles.prompt}>
                {question.type === "TRUE_FALSE" && <span className="visually-hidden">True or false: </span>}
                <PromptText text={question.prompt} />
              </span>
            </legend>
            {question.choices!.map((choice, i) => {
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
                    onChange={() => setSelected(i)}
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
                ref={firstControl}
                type="text"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                readOnly={phase !== "question" || busy}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                maxLength={500}
                aria-describedby={promptId}
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
              <button type="button" className="btn" onClick={() => setConfirmFinish(true)} disabled={busy || confirmFinish}>
                {mode === "TEST" ? "Submit test" : "Finish now"}
              </button>
            </div>
            <p className={styles.hint}>
              {hasChoices ? (
                <>
                  Press <kbd>1</kbd>–<kbd>{question.choices!.length}</kbd> to choose, <kbd>Enter</kbd> to {mode === "PRACTICE" ? "check" : "save"}.
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
          <p className="alert alert-error" role="alert" style={{ margin: 0 }}>
            {error}
          </p>
        )}
      </form>

      {phase === "feedback" && feedback && (
        <section className={feedbackBox(feedback.verdict)} aria-label="Feedback" data-testid="feedback" data-verdict={feedback.verdict}>
          <FeedbackBody
            verdict={feedback.verdict}
            response={feedback.response}
            expected={feedback.expected}
            alsoAccepted={feedback.alsoAccepted}
            explanation={feedback.explanation}
            source={feedback.source}
          />
          <div className={styles.actions}>
            <button ref={nextButton} type="button" className="btn btn-primary" onClick={continueOn} disabled={busy}>
              {index + 1 < total ? "Next question" : "See results"}
            </button>
          </div>
          <p className={styles.hint}>
            Press <kbd>Enter</kbd> to continue.
          </p>
        </section>
      )}
    </div>
  );
}
