import Link from "next/link";
import type { WorkspaceArticle } from "@/lib/domain/articles";
import styles from "./Teacher.module.css";

/** Articles in the workspace, each with its question counts by status. */
export function WorkspaceArticleList({ articles, label }: { articles: WorkspaceArticle[]; label: string }) {
  return (
    <ul className={styles.articleList} aria-label={label}>
      {articles.map((a) => (
        <li key={a.slug} className={`card ${styles.articleItem}`}>
          <div>
            <h3><Link href={`/teacher/articles/${a.slug}`}>{a.title}</Link></h3>
            <div className="muted small">
              {[a.origin === "BUNDLED" ? "bundled" : a.mine ? "imported by you" : "imported by another teacher", a.source, `${a.words} words`]
                .filter(Boolean)
                .join(" · ")}
            </div>
          </div>
          <div className={styles.counts} aria-label={`Questions of ${a.title}`}>
            <span className={`${styles.count} ${styles.countDraft}`}>{a.counts.DRAFT} draft</span>
            <span className={`${styles.count} ${styles.countApproved}`}>{a.counts.APPROVED} approved</span>
            <span className={`${styles.count} ${styles.countRejected}`}>{a.counts.REJECTED} rejected</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
