import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { canTeach } from "@/lib/domain/permissions";
import { listSets } from "@/lib/app/sets";
import { listClasses } from "@/lib/app/classes";
import { NewSetForm } from "@/components/sets/NewSetForm";
import { TeachersOnly } from "@/components/sets/TeachersOnly";
import styles from "@/components/sets/Sets.module.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Question sets" };

export default async function SetsPage() {
  const user = await pageUser();
  if (!user || !canTeach(user)) return <TeachersOnly title="Question sets" next="/teacher/sets" signedIn={Boolean(user && !user.isAnonymous)} />;
  const [sets, classes] = await Promise.all([listSets(user), listClasses(user)]);
  return (
    <>
      <div className={styles.head}>
        <h1>Question sets</h1>
        <div className="row">
          <Link className="btn btn-small" href="/teacher">← Workspace</Link>
          <Link className="btn btn-small" href="/teacher/classes">Classes ({classes.teaching.length})</Link>
        </div>
      </div>
      <div className={styles.builder}>
        <section aria-labelledby="sets-heading">
          <h2 id="sets-heading">{user.role === "admin" ? "All sets" : "Your sets"}</h2>
          {sets.length === 0 ? (
            <p className="muted">No sets yet. Name one to start picking approved questions for it.</p>
          ) : (
            <div className={styles.tableWrap}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Set</th>
                    <th scope="col">Questions</th>
                    <th scope="col">Visibility</th>
                    <th scope="col">Classes</th>
                  </tr>
                </thead>
                <tbody>
                  {sets.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link href={`/teacher/sets/${s.id}`}>{s.title}</Link>
                        {s.owner.id !== user.id && <div className="muted small">by {s.owner.name}</div>}
                      </td>
                      <td>{s.questionCount}</td>
                      <td><span className="tag">{s.visibility.toLowerCase()}</span></td>
                      <td>{s.classes.length ? s.classes.map((c) => c.name).join(", ") : <span className="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <NewSetForm />
      </div>
    </>
  );
}
