"use client";
// A quiz attempt's state and its calls to the API: which question is on screen, the picked or typed
// answer, submitting it (graded on the server), feedback in PRACTICE, finishing, the live message.
import { useCallback, useRef, useState } from "react";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { call } from "@/lib/client/api";
import { verdictLabel } from "./Feedback";
import type { AnswerResult, AttemptResults, AttemptView, PublicQuestion } from "./types";

export type Phase = "question" | "feedback";

export interface QuizAttempt {
  question: PublicQuestion | null;
  index: number;
  total: number;
  phase: Phase;
  feedback: AnswerResult | null;
  selected: number | null;
  typed: string;
  busy: boolean;
  error: string | null;
  announcement: string;
  results: AttemptResults | null;
  finishedAt: string | null;
  confirmFinish: boolean;
  /** A request answered 401: the session ended mid-quiz (answers so far are saved). */
  sessionLost: boolean;
  unansweredCount: number;
  /** Picks an option (a radio's change): the error stays until the next submit. */
  setSelected: (i: number) => void;
  /** Picks an option by key: also clears an earlier "choose an answer first". */
  choose: (i: number) => void;
  setTyped: (text: string) => void;
  setConfirmFinish: (ask: boolean) => void;
  submit: () => Promise<void>;
  /** "I don't know" on a typed question: saves a deliberate blank (wrong), no typing needed. */
  skip: () => Promise<void>;
  /** "I was right" (PRACTICE): the answer on screen counts as correct, marked for the teacher. */
  override: () => Promise<void>;
  finish: () => Promise<void>;
  /** After feedback: the next question, or the results after the last one. */
  continueOn: () => void;
}

export function useQuizAttempt(initial: AttemptView): QuizAttempt {
  const { id, mode, questions } = initial;
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
  const [sessionLost, setSessionLost] = useState(false);
  /** A failed call's message, or the end of the session when it answered 401. */
  const failed = useCallback((e: unknown) => {
    if ((e as { status?: number }).status === 401) setSessionLost(true);
    else setError((e as Error).message);
  }, []);
  // A second Enter while a request is out must not send the answer twice (state lags a render).
  const submitting = useRef(false);

  const question = index < total ? questions[index] : null;
  const hasChoices = Boolean(question?.choices);

  function advance() {
    setFeedback(null);
    setSelected(null);
    setTyped("");
    setPhase("question");
    setIndex((i) => i + 1);
  }

  /** Finishing is idempotent on the server: it scores the attempt, or returns the score it has. */
  const showResults = useCallback(async () => {
    const r = await call(attemptRoutes["POST /api/attempts/{id}/finish"], { params: { id } });
    setResults(r);
    setFinishedAt(new Date().toISOString());
    setAnnouncement(`${mode === "TEST" ? "Test submitted" : "Quiz finished"}. Score ${r.score} out of ${r.max}.`);
  }, [id, mode]);

  const send = useCallback(async (blank: boolean) => {
    if (!question || submitting.current || phase !== "question") return;
    const response = blank ? "" : hasChoices ? (selected === null ? null : question.choices![selected]) : typed.trim();
    if (response === null) {
      setError("Choose an answer first (keys 1–" + (question.choices?.length ?? 4) + ").");
      return;
    }
    // Enter in an empty field is more often a slip than a choice: ask, as choice questions do.
    if (response === "" && !blank) {
      setError("Type an answer first, or choose “I don't know” to leave it blank.");
      return;
    }
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await call(attemptRoutes["POST /api/attempts/{id}/answers"], { params: { id }, json: { questionId: question.id, response } });
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
      // 409: the attempt is already handed in (its time limit ran out, or another tab finished it);
      // the learner's next step is its results, not a message about a refused answer.
      if ((e as { status?: number }).status === 409) await showResults().catch(failed);
      else failed(e);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }, [question, phase, hasChoices, selected, typed, id, mode, index, total, failed, showResults]);
  const submit = useCallback(() => send(false), [send]);
  const skip = useCallback(() => send(true), [send]);

  const override = useCallback(async () => {
    if (!feedback || submitting.current || mode !== "PRACTICE") return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      const r = await call(attemptRoutes["POST /api/attempts/{id}/answers/{questionId}/override"], { params: { id, questionId: feedback.questionId } });
      setFeedback({ ...feedback, correct: r.correct, overridden: r.overridden });
      setAnnouncement("Marked right. It counts as correct.");
    } catch (e) {
      failed(e);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }, [feedback, id, mode, failed]);

  const finish = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      await showResults();
    } catch (e) {
      failed(e);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }, [showResults, failed]);

  function continueOn() {
    if (index + 1 < total) advance();
    else void finish();
  }

  function choose(i: number) {
    setSelected(i);
    setError(null);
  }

  return {
    question,
    index,
    total,
    phase,
    feedback,
    selected,
    typed,
    busy,
    error,
    announcement,
    results,
    finishedAt,
    confirmFinish,
    sessionLost,
    unansweredCount: total - answered.size,
    setSelected,
    choose,
    setTyped,
    setConfirmFinish,
    submit,
    skip,
    override,
    finish,
    continueOn,
  };
}
