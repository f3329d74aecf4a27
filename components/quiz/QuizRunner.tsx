"use client";
// One question per screen. Keyboard first: 1–4 choose an option, Enter submits and then continues;
// typed answers go in a text field (Enter submits). Focus moves to the feedback or the next question,
// and a polite live region announces each verdict. PRACTICE shows feedback after every answer;
// TEST records answers silently until "Submit test".
// State and API calls: useQuizAttempt; keys: useQuizKeyboard; markup: QuizHeader, QuestionView, QuizPanels.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { SessionEnded } from "../SessionEnded";
import styles from "./Quiz.module.css";
import { QuestionView } from "./QuestionView";
import { Countdown } from "./Countdown";
import { QuizHeader } from "./QuizHeader";
import { AllAnswered, FeedbackPanel, FinishConfirm } from "./QuizPanels";
import { QuizResults } from "./QuizResults";
import type { AttemptView } from "./types";
import { useElapsed } from "./useElapsed";
import { useQuizAttempt } from "./useQuizAttempt";
import { useQuizKeyboard } from "./useQuizKeyboard";

export function QuizRunner({ initial }: { initial: AttemptView }) {
  const { id, mode, options } = initial;
  const quiz = useQuizAttempt(initial);
  const { question, index, total, phase, feedback, busy, results } = quiz;
  const firstControl = useRef<HTMLInputElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const radios = useRef<Array<HTMLInputElement | null>>([]);
  const router = useRouter();
  // The header was drawn while signed in: draw it again now that the session is gone.
  useEffect(() => {
    if (quiz.sessionLost) router.refresh();
  }, [quiz.sessionLost, router]);

  // Focus follows the quiz: the answer control of a new question, the "next" button after feedback.
  useEffect(() => {
    if (results) return;
    if (phase === "feedback") nextButton.current?.focus();
    else if (question) firstControl.current?.focus();
    else finishButton.current?.focus();
  }, [phase, index, question, results]);

  function choose(i: number) {
    quiz.choose(i);
    radios.current[i]?.focus();
  }
  useQuizKeyboard(
    { active: !results, phase, choices: question?.choices ? question.choices.length : null, selected: quiz.selected },
    { choose, submit: quiz.submit, continueOn: quiz.continueOn },
  );

  // The clock runs only when the learner asked for it, and stops at the results.
  const elapsed = useElapsed(initial.startedAt, Boolean(options.timer) && !results);
  const durationMs = quiz.finishedAt ? new Date(quiz.finishedAt).getTime() - new Date(initial.startedAt).getTime() : null;
  const progress = Math.min(total, results ? total : index);

  const header = (
    <QuizHeader
      title={initial.title}
      mode={mode}
      position={results ? `${total} of ${total} done` : question ? `Question ${index + 1} of ${total}` : `${total} of ${total} answered`}
      elapsed={options.timer && !results ? elapsed : null}
      progress={progress}
      total={total}
      fixedBy={initial.assignment ? `${mode === "TEST" ? "Test" : "Practice"} · ${total} question${total === 1 ? "" : "s"}${initial.deadlineAt ? " · time limit" : ""}` : null}
      countdown={initial.deadlineAt && !results ? <Countdown deadlineAt={initial.deadlineAt} onExpire={() => void quiz.finish()} /> : null}
    />
  );
  const live = (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {quiz.announcement}
    </div>
  );

  if (quiz.sessionLost) {
    return (
      <div className={styles.shell}>
        {header}
        <SessionEnded next={`/quiz/${id}`} saved="Your answers so far are saved; sign in as the same person to pick up where you left off." />
      </div>
    );
  }

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

  if (!question) {
    return (
      <div className={styles.shell}>
        {header}
        {live}
        <AllAnswered
          unanswered={quiz.unansweredCount}
          mode={mode}
          busy={busy}
          error={quiz.error}
          onFinish={quiz.finish}
          finishRef={finishButton}
        />
      </div>
    );
  }

  return (
    <div className={styles.shell}>
      {header}
      {live}
      <QuestionView
        question={question}
        mode={mode}
        phase={phase}
        feedback={feedback}
        selected={quiz.selected}
        typed={quiz.typed}
        busy={busy}
        confirmFinish={quiz.confirmFinish}
        error={quiz.error}
        onSelect={quiz.setSelected}
        onType={quiz.setTyped}
        onSubmit={() => void quiz.submit()}
        onSkip={() => void quiz.skip()}
        onAskFinish={() => quiz.setConfirmFinish(true)}
        finishControls={
          quiz.confirmFinish && quiz.unansweredCount > 0 ? (
            <FinishConfirm
              unanswered={quiz.unansweredCount}
              mode={mode}
              busy={busy}
              onFinish={quiz.finish}
              onKeepGoing={() => quiz.setConfirmFinish(false)}
            />
          ) : null
        }
        firstControl={firstControl}
        radios={radios}
      />

      {phase === "feedback" && feedback && (
        <FeedbackPanel
          feedback={feedback}
          isLast={index + 1 >= total}
          busy={busy}
          onContinue={quiz.continueOn}
          onOverride={mode === "PRACTICE" ? () => void quiz.override() : undefined}
          nextRef={nextButton}
        />
      )}
    </div>
  );
}
