// The quiz's title bar: mode, position, the optional clock and the progress bar.
import type { ReactNode } from "react";
import styles from "./Quiz.module.css";
import { formatClock } from "./types";

export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
      <span style={{ width: `${max ? (value / max) * 100 : 0}%` }} />
    </div>
  );
}

export function QuizHeader({
  title,
  mode,
  position,
  elapsed,
  progress,
  total,
  countdown,
  fixedBy,
}: {
  title: string;
  mode: "PRACTICE" | "TEST";
  position: string;
  /** Milliseconds on the clock; null hides it. */
  elapsed: number | null;
  progress: number;
  total: number;
  /** An assignment's time left (components/quiz/Countdown). */
  countdown?: ReactNode;
  /** Said when the teacher fixed the settings (an assignment), e.g. "Test · 3 questions · 10-minute limit". */
  fixedBy?: string | null;
}) {
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{title}</h1>
        <span className={styles.modeTag}>{mode === "TEST" ? "Test" : "Practice"}</span>
      </div>
      <div className={styles.meta}>
        <span data-testid="position">{position}</span>
        {fixedBy && <span className="small muted" data-testid="fixed-settings">Set by your teacher: {fixedBy}</span>}
        {countdown}
        {elapsed !== null && (
          <span className={styles.timer} role="timer" aria-label="Time elapsed">
            Time {formatClock(elapsed)}
          </span>
        )}
      </div>
      <ProgressBar value={progress} max={total} label="Quiz progress" />
    </header>
  );
}
