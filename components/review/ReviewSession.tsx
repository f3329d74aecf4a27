"use client";
// Daily review: the queue's state and calls live in useReviewQueue, the keys in useReviewKeyboard,
// the markup in ReviewViews; this file wires them and moves focus with the card.
import { useEffect, useRef } from "react";
import type { ReviewQueue } from "@/lib/api/schemas/review";
import { useReviewKeyboard } from "./useReviewKeyboard";
import { useReviewQueue } from "./useReviewQueue";
import { SessionEnded } from "../SessionEnded";
import { CardView, EmptyDeck, ReviewCounts, ReviewDone } from "./ReviewViews";
import styles from "./Review.module.css";

export function ReviewSession({ initial, detectTimeZone }: { initial: ReviewQueue | null; detectTimeZone: boolean }) {
  const showButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { queue, card, shown, busy, announcement, error, sessionEnded, canUndo, show, rate, undo, reload } = useReviewQueue(initial, {
    detectTimeZone,
    onUndone: () => heading.current?.focus(),
  });
  useReviewKeyboard({ hasCard: Boolean(card), shown, show, rate, undo });

  // Focus follows the card: the show button on a new front, Good once the answer is shown.
  useEffect(() => {
    if (!card) return;
    if (shown) goodButton.current?.focus();
    else showButton.current?.focus();
  }, [card?.id, shown]); // eslint-disable-line react-hooks/exhaustive-deps

  if (sessionEnded) return <SessionEnded next="/review" saved="Your flashcards and ratings so far are kept with your account." />;
  if (!queue) return <EmptyDeck />;

  return (
    <div className={styles.session}>
      <ReviewCounts counts={queue.counts} card={card} onUndo={() => void undo()} undoDisabled={busy || !canUndo} />

      <p className="visually-hidden" aria-live="polite" role="status">{announcement}</p>
      {error && <p role="alert" className="alert alert-error">{error}</p>}

      {card ? (
        <CardView
          card={card}
          shown={shown}
          busy={busy}
          onShow={show}
          onRate={(r) => void rate(r)}
          headingRef={heading}
          showRef={showButton}
          goodRef={goodButton}
        />
      ) : (
        <ReviewDone queue={queue} onCheckAgain={() => void reload(null)} />
      )}

      <p className={`muted small ${styles.keys}`}>
        Keys: <kbd>Space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>U</kbd> undo
      </p>
    </div>
  );
}
