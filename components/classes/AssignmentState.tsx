// A learner's standing on an assignment as a small labelled badge (server or client).
import { ASSIGNMENT_STATE_LABELS, type AssignmentState } from "@/lib/domain/assignments";
import styles from "./Classes.module.css";

const TONE: Record<AssignmentState, string> = {
  todo: styles.stateDue,
  "in-progress": styles.stateDue,
  done: styles.stateDone,
  late: styles.stateLate,
  missing: styles.stateMissing,
};

export function AssignmentStateBadge({ state, label }: { state: AssignmentState; label?: string }) {
  return (
    <span className={`${styles.state} ${TONE[state]}`} data-state={state}>
      {label ?? ASSIGNMENT_STATE_LABELS[state]}
    </span>
  );
}
