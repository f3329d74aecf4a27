import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { canTeach } from "@/lib/domain/permissions";
import { listClasses } from "@/lib/app/classes";
import { learnerAssignments } from "@/lib/app/assignments";
import { AssignedSetActions } from "@/components/classes/AssignedSetActions";
import { AssignmentCard } from "@/components/classes/AssignmentCard";
import { JoinClassForm } from "@/components/classes/JoinClassForm";
import styles from "@/components/sets/Sets.module.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await pageUser();
  const [classes, assigned] = user ? await Promise.all([listClasses(user), learnerAssignments(user, new Date())]) : [{ teaching: [], joined: [] }, []];
  return (
    <>
      <div className={styles.head}>
        <h1>Classes</h1>
        {canTeach(user) && <Link className="btn btn-small" href="/teacher/classes">Classes you teach →</Link>}
      </div>
      <div className={styles.builder}>
        <div className="stack">
          <section aria-labelledby="assigned-heading">
            <h2 id="assigned-heading">Assigned to you</h2>
            {assigned.length === 0 ? (
              <p className="muted">
                {classes.joined.length === 0
                  ? "Join a class with the code your teacher gives you; the sets they assign appear here."
                  : "Your teachers have not assigned any sets yet."}
              </p>
            ) : (
              <ul className="stack" style={{ listStyle: "none", margin: 0, padding: 0 }}>
                {assigned.map((s) => (
                  <AssignmentCard key={`${s.classId}:${s.id}`} a={s}>
                    <AssignedSetActions setId={s.id} title={s.title} />
                  </AssignmentCard>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="joined-heading">
            <h2 id="joined-heading">Your classes</h2>
            {classes.joined.length === 0 ? (
              <p className="muted">None yet.</p>
            ) : (
              <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
                {classes.joined.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong> <span className="muted small">· {c.teacher.name} · {c.setCount} set{c.setCount === 1 ? "" : "s"}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        {/* Someone in no class yet needs the form first (on a phone it would sit below the fold). */}
        <div style={{ order: classes.joined.length === 0 ? -1 : 0 }}>
          <JoinClassForm />
        </div>
      </div>
    </>
  );
}
