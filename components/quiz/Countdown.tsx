"use client";
// The time left on an assignment with a time limit. The server refuses answers after the deadline
// (lib/domain/assignments.ts); this only shows it and hands the attempt in when it reaches zero.
import { useEffect, useRef, useState } from "react";
import styles from "./Quiz.module.css";
import { formatClock } from "./types";

export function Countdown({ deadlineAt, onExpire }: { deadlineAt: string; onExpire: () => void }) {
  const deadline = new Date(deadlineAt).getTime();
  // null until mounted: the server's clock and the browser's must not disagree in the markup.
  const [now, setNow] = useState<number | null>(null);
  const expired = useRef(false);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const t = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(t);
    };
  }, []);
  const left = now === null ? null : Math.max(0, deadline - now);
  useEffect(() => {
    if (left === 0 && !expired.current) {
      expired.current = true;
      onExpire();
    }
  }, [left, onExpire]);
  if (left === null) return null;
  const lastMinute = left <= 60_000;
  return (
    <>
      <span className={styles.timer} role="timer" aria-label="Time left" data-testid="countdown" style={lastMinute ? { color: "var(--danger, #b3261e)", fontWeight: 600 } : undefined}>
        Time left {formatClock(left)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {left === 0 ? "Time is up. Your answers have been handed in." : lastMinute ? "One minute left." : ""}
      </span>
    </>
  );
}
