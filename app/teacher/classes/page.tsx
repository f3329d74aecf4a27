import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { canTeach } from "@/lib/domain/permissions";
import { listClasses } from "@/lib/app/classes";
import { NewClassForm } from "@/components/classes/NewClassForm";
import { TeachersOnly } from "@/components/sets/TeachersOnly";
import styles from "@/components/sets/Sets.module.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Classes" };

export default async function TeacherClassesPage() {
  const user = await pageUser();
  if (!user || !canTeach(user)) return <TeachersOnly title="Classes" next="/teacher/classes" signedIn={Boolean(user && !user.isAnonymous)} />;
  const { teaching } = await listClasses(user);
  return (
    <>
      <div className={styles.head}>
        <h1>Classes</h1>
        <div className="row">
          <Link className="btn btn-small" href="/teacher">← Workspace</Link>
          <Link className="btn btn-small" href="/teacher/sets">Question sets</Link>
        </div>
      </div>
      <div className={styles.builder}>
        <section aria-labelledby="classes-heading">
          <h2 id="classes-heading">{user.role === "admin" ? "All classes" : "Your classes"}</h2>
          {teaching.length === 0 ? (
            <p className="muted">No classes yet. Create one and give its code to your learners.</p>
          ) : (
            <div className={styles.tableWrap}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Class</th>
                    <th scope="col">Code</th>
                    <th scope="col">Learners</th>
                    <th scope="col">Sets</th>
                  </tr>
                </thead>
                <tbody>
                  {teaching.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>
                        {c.teacher.id !== user.id && <div className="muted small">taught by {c.teacher.name}</div>}
                      </td>
                      <td><code>{c.joinCode}</code></td>
                      <td>{c.memberCount}</td>
                      <td>{c.setCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <NewClassForm />
      </div>
    </>
  );
}
