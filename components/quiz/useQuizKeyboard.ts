"use client";
// Quiz keys: digits pick an option; Enter submits (from an option) or continues (after feedback).
// Buttons, links and the text field keep their native Enter behaviour.
import { useEffect, useLayoutEffect, useRef } from "react";
import type { Phase } from "./useQuizAttempt";

export type QuizKeyAction = { kind: "choose"; index: number } | { kind: "submit" } | { kind: "continue" } | null;

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
  target?: EventTarget | null;
}

export interface QuizKeyState {
  /** False once the results are on screen: the quiz keys stop. */
  active: boolean;
  phase: Phase;
  /** How many options the question on screen has; null for a typed answer or no question. */
  choices: number | null;
  selected: number | null;
}

/** What a key press means on the quiz screen, or null when the page should handle it itself. */
export function quizKeyAction(e: KeyLike, { active, phase, choices, selected }: QuizKeyState): QuizKeyAction {
  if (!active || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return null;
  const target = (e.target ?? null) as HTMLElement | null;
  const tag = target?.tagName ?? "";
  const inputType = tag === "INPUT" ? (target as HTMLInputElement).type : "";
  const inText = tag === "TEXTAREA" || (tag === "INPUT" && inputType !== "radio" && inputType !== "checkbox");
  if (phase === "question" && choices !== null && !inText && /^[1-9]$/.test(e.key)) {
    const i = Number(e.key) - 1;
    return i < choices ? { kind: "choose", index: i } : null;
  }
  if (e.key !== "Enter" || inText || tag === "BUTTON" || tag === "A" || tag === "SUMMARY") return null;
  if (phase === "feedback") return { kind: "continue" };
  if (phase === "question" && choices !== null && selected !== null) return { kind: "submit" };
  return null;
}

/** The listener is registered once and always calls the latest handlers. */
export function useQuizKeyboard(
  state: QuizKeyState,
  handlers: { choose: (i: number) => void; submit: () => Promise<void>; continueOn: () => void },
) {
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  // Updated as the render commits, not after paint: a key pressed in between reaches the new state.
  useLayoutEffect(() => {
    onKey.current = (e: KeyboardEvent) => {
      const action = quizKeyAction(e, state);
      if (!action) return;
      e.preventDefault();
      if (action.kind === "choose") handlers.choose(action.index);
      else if (action.kind === "submit") void handlers.submit();
      else handlers.continueOn();
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
