import Link from "next/link";
import { listArticles } from "@/lib/app/articles";
import { attemptHistory } from "@/lib/app/quiz";
import { learnerAssignments } from "@/lib/app/assignments";
import { DueAssignments } from "@/components/classes/DueAssignments";
import { reviewQueue } from "@/lib/app/review-queue";
import { pageUser } from "@/lib/auth/page";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await pageUser();
  const [articles, recent, queue, assignments] = await Promise.all([
    listArticles(user),
    user ? attemptHistory(user, 10) : [],
    user ? reviewQueue(user, new Date(), 0) : null,
    user ? learnerAssignments(user, new Date()) : [],
  ]);
  // Where the learner left off: a quiz still open, and what is due today.
  const open = recent.find((a) => a.status === "IN_PROGRESS");
  const due = queue ? queue.counts.new + queue.counts.learning + queue.counts.review : 0;
  return (
    <>
      <section className="hero">
        <h1>Learn from what you read</h1>
        <p>
          Pick an article. Factdeck pulls out its checkable facts, quizzes you on them, and schedules flashcards so you
          still remember them next month.
        </p>
        {/* The primary button leads somewhere with something in it: due cards, an open quiz, or the
            first article — never an empty review for a newcomer. */}
        <div className="row">
          {due > 0 && (
            <Link className="btn btn-primary" href="/review">
              Review today&apos;s cards<span> · {due} due</span>
            </Link>
          )}
          {open ? (
            <Link className={due > 0 ? "btn" : "btn btn-primary"} href={`/quiz/${open.id}`}>
              Resume “{open.title}” ({open.answered} of {open.total})
            </Link>
          ) : (
            articles[0] && (
              <Link className={due > 0 ? "btn" : "btn btn-primary"} href={`/articles/${articles[0].slug}`}>
                Start with “{articles[0].title}”
              </Link>
            )
          )}
          {due === 0 && (
            <Link className="btn" href="/review">
              Review flashcards
            </Link>
          )}
        </div>
      </section>
      <DueAssignments assignments={assignments} />
      <div className="row" style={{ justifyContent: "space-between", marginBottom: "0.8rem" }}>
        <h2 id="articles-heading" style={{ margin: 0 }}>Articles</h2>
        <Link className="small" href="/my-articles">Bring your own text →</Link>
      </div>
      {articles.length === 0 ? (
        <p className="muted">No articles yet. Add markdown files to content/articles and restart, or import one.</p>
      ) : (
        <ul className="grid" aria-labelledby="articles-heading" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {articles.map((a) => (
            <li key={a.slug} className="card article-card">
              <h2><Link href={`/articles/${a.slug}`}>{a.title}</Link></h2>
              <div className="meta">
                {[a.source, a.published, `${a.words} words`, `${a.questionCount} questions`].filter(Boolean).join(" · ")}
              </div>
              <div className="row">
                <Link className="btn btn-primary btn-small" href={`/quiz/new?article=${a.slug}`} aria-label={`Quiz me on ${a.title}`}>
                  Quiz me
                </Link>
                <Link className="btn btn-small" href={`/articles/${a.slug}`} aria-label={`Read ${a.title}`}>Read</Link>
              </div>
              {a.tags.length > 0 && (
                <div className="row" style={{ marginTop: "0.7rem" }}>
                  {a.tags.map((t) => <span key={t} className="tag">{t}</span>)}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
