import type { Metadata } from "next";
import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { attemptHistory } from "@/lib/app/quiz";
import styles from "@/components/quiz/Quiz.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My quizzes" };

export default async function QuizHistoryPage() {
  const user = await pageUser();
  const attempts = user ? await attemptHistory(user) : [];
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: user?.timeZone ?? "UTC" });
  return (
    <div className="narrow stack">
      <h1>My quizzes</h1>
      {attempts.length === 0 ? (
        <p className="muted">
          No quizzes yet. <Link href="/">Pick an article</Link> and press “Quiz me”.
        </p>
      ) : (
        <ol className={styles.history} aria-label="Quiz attempts, newest first">
          {attempts.map((a) => (
            <li key={a.id} className={`card ${styles.historyItem}`}>
              <div style={{ minWidth: 0 }}>
                <p className={styles.historyTitle}>{a.title}</p>
                <p className={styles.historyMeta}>
                  <span className={styles.modeTag}>{a.mode === "TEST" ? "Test" : "Practice"}</span>{" "}
                  {when.format(new Date(a.startedAt))} ·{" "}
                  {a.status === "FINISHED" ? (
                    <span className={styles.historyScore}>
                      {a.score} / {a.max}
                    </span>
                  ) : (
                    <span>
                      In progress — {a.answered} of {a.total} answered
                    </span>
                  )}
                </p>
              </div>
              <Link className={`btn btn-small ${a.status === "FINISHED" ? "" : "btn-primary"}`} href={`/quiz/${a.id}`} aria-label={`${a.status === "FINISHED" ? "Review" : "Resume"} ${a.title} (${when.format(new Date(a.startedAt))})`}>
                {a.status === "FINISHED" ? "Review" : "Resume"}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
