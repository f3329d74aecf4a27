// One assignment as its learner sees it: what the teacher fixed, the due date in its zone, where
// they stand and what they can still do.
import { describeSettings, formatDue } from "@/lib/domain/assignments";
import type { LearnerAssignment } from "@/lib/domain/sets";
import { AssignmentStateBadge } from "./AssignmentState";
import { StartAssignmentButton } from "./StartAssignmentButton";
import styles from "./Classes.module.css";

const percent = (f: number | null) => (f === null ? "—" : `${Math.round(f * 100)}%`);

export function AssignmentCard({ a, headingLevel = 3, children }: { a: LearnerAssignment; headingLevel?: 3 | 4; children?: React.ReactNode }) {
  const Heading = headingLevel === 4 ? "h4" : "h3";
  const noneLeft = a.attemptsLeft === 0 && !a.openAttemptId;
  return (
    <li className={`card ${styles.dueItem}`} data-testid="learner-assignment">
      <Heading>{a.title}</Heading>
      <div className="row" style={{ gap: "0.4rem" }}>
        <AssignmentStateBadge state={a.state} label={a.state === "missing" ? "Late — past due" : undefined} />
        <span className="small muted">{a.className}</span>
      </div>
      <p className="small" style={{ margin: 0 }}>
        {a.settings.dueAt ? <>Due <strong>{formatDue(new Date(a.settings.dueAt), a.settings.dueTimeZone)}</strong></> : "No due date"}
      </p>
      <p className="small muted" style={{ margin: 0 }}>{describeSettings(a.settings)}</p>
      <p className="small" style={{ margin: 0 }}>
        {a.counted !== null && <>Counts: <strong>{percent(a.counted)}</strong> · </>}
        {a.attemptsLeft === null ? `${a.attemptsStarted} attempt${a.attemptsStarted === 1 ? "" : "s"} so far` : `${a.attemptsLeft} of ${a.settings.attemptsAllowed} attempt${a.settings.attemptsAllowed === 1 ? "" : "s"} left`}
      </p>
      <div className="row">
        {noneLeft ? (
          <span className="small muted">No attempts left.</span>
        ) : (
          <StartAssignmentButton classId={a.classId} setId={a.id} title={a.title} resume={a.openAttemptId !== null} />
        )}
        {children}
      </div>
    </li>
  );
}
