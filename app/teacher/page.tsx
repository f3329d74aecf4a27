import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { canTeach } from "@/lib/domain/permissions";
import { listWorkspace } from "@/lib/app/articles";
import { ImportForm } from "@/components/teacher/ImportForm";
import { WorkspaceArticleList } from "@/components/teacher/WorkspaceArticleList";
import styles from "@/components/teacher/Teacher.module.css";

export const dynamic = "force-dynamic";
export const metadata = { title: "Workspace" };

export default async function TeacherHomePage() {
  const user = await pageUser();
  if (!user || user.isAnonymous) {
    return (
      <div className="narrow">
        <h1>Workspace</h1>
        <p>The workspace is for teachers. <Link href="/sign-in?next=/teacher">Sign in</Link> with a teacher account.</p>
      </div>
    );
  }
  if (!canTeach(user)) {
    return (
      <div className="narrow">
        <h1>Workspace</h1>
        <p className="alert alert-warn">The workspace is for teachers. Ask an administrator to give your account the teacher role.</p>
      </div>
    );
  }
  const articles = await listWorkspace(user);
  const mine = articles.filter((a) => a.mine);
  const shared = articles.filter((a) => !a.mine);
  return (
    <>
      <div className={styles.head}>
        <h1>Workspace</h1>
        <Link className="btn" href="/teacher/sets">Question sets and classes →</Link>
      </div>
      <div className={styles.twoCol}>
        <div className="stack">
          <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">Your articles</h2>
            {mine.length === 0 ? (
              <p className="muted">Nothing imported yet. Paste an article or upload a file: its questions arrive as drafts for you to review.</p>
            ) : (
              <WorkspaceArticleList articles={mine} label="Your articles" />
            )}
          </section>
          <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">{user.role === "admin" ? "Bundled and other teachers’ articles" : "Bundled articles"}</h2>
            <p className="muted small">Bundled articles are shared: every teacher may curate their questions.</p>
            <WorkspaceArticleList articles={shared} label="Shared articles" />
          </section>
        </div>
        <ImportForm />
      </div>
    </>
  );
}
