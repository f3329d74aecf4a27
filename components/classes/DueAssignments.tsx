// Home page: the learner's assignments still to hand in — due ones first by date, then the ones
// past due (late). Done ones are on /classes.
import Link from "next/link";
import type { LearnerAssignment } from "@/lib/domain/sets";
import { AssignmentCard } from "./AssignmentCard";
import styles from "./Classes.module.css";

export function DueAssignments({ assignments }: { assignments: LearnerAssignment[] }) {
  const late = assignments.filter((a) => a.state === "missing");
  const due = assignments.filter((a) => a.state === "todo" || a.state === "in-progress");
  if (late.length === 0 && due.length === 0) return null;
  return (
    <section aria-labelledby="due-heading" style={{ marginBottom: "2rem" }}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 id="due-heading" style={{ margin: 0 }}>Your assignments</h2>
        <Link className="small" href="/classes">All classes →</Link>
      </div>
      {late.length > 0 && (
        <>
          <h3 className="small" style={{ margin: "0.8rem 0 0.5rem" }}>Late ({late.length})</h3>
          <ul className={styles.dueList} aria-label="Late assignments">
            {late.map((a) => <AssignmentCard key={`${a.classId}:${a.id}`} a={a} headingLevel={4} />)}
          </ul>
        </>
      )}
      {due.length > 0 && (
        <>
          <h3 className="small" style={{ margin: "0.8rem 0 0.5rem" }}>Due ({due.length})</h3>
          <ul className={styles.dueList} aria-label="Due assignments">
            {due.map((a) => <AssignmentCard key={`${a.classId}:${a.id}`} a={a} headingLevel={4} />)}
          </ul>
        </>
      )}
    </section>
  );
}
