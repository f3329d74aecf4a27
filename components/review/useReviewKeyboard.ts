"use client";
// Review keys: Space (or Enter) shows the answer, 1–4 rate once it is shown, U undoes.
import { useEffect, useLayoutEffect, useRef } from "react";
import type { Rating } from "./ratings";

export type ReviewKeyAction = { kind: "show" } | { kind: "rate"; rating: Rating } | { kind: "undo" } | null;

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** What a key press means on the review screen, or null when the page should handle it itself. */
export function reviewKeyAction(e: KeyLike, { hasCard, shown }: { hasCard: boolean; shown: boolean }): ReviewKeyAction {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const target = (e.target ?? null) as HTMLElement | null;
  if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return null;
  // a focused button or link handles its own Space/Enter
  if ((e.key === " " || e.key === "Enter") && target && ["BUTTON", "A"].includes(target.tagName)) return null;
  if (e.key === " " || e.key === "Enter") return hasCard && !shown ? { kind: "show" } : null;
  if (["1", "2", "3", "4"].includes(e.key)) return hasCard && shown ? { kind: "rate", rating: Number(e.key) as Rating } : null;
  if (e.key === "u" || e.key === "U") return { kind: "undo" };
  return null;
}

export function useReviewKeyboard({
  hasCard,
  shown,
  show,
  rate,
  undo,
}: {
  hasCard: boolean;
  shown: boolean;
  show: () => void;
  rate: (rating: Rating) => Promise<void>;
  undo: () => Promise<void>;
}) {
  // One listener for the screen's life, reading the newest state and handlers. Re-subscribing in an
  // effect after each render left the previous listener (holding the previous "busy") in place until
  // the effect ran, so a quick second U after an undo could be dropped.
  const latest = useRef({ hasCard, shown, show, rate, undo });
  useLayoutEffect(() => {
    latest.current = { hasCard, shown, show, rate, undo };
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const now = latest.current;
      const action = reviewKeyAction(e, { hasCard: now.hasCard, shown: now.shown });
      if (!action) return;
      e.preventDefault();
      if (action.kind === "show") now.show();
      else if (action.kind === "rate") void now.rate(action.rating);
      else void now.undo();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
