import type { Metadata } from "next";
import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { ownArticles } from "@/lib/app/articles";
import { mayImportOwnArticle } from "@/lib/domain/permissions";
import { OwnArticleForm } from "@/components/articles/OwnArticleForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your own texts" };

/** Learners bring their own text: a private article, questions generated from it, their quizzes and cards. */
export default async function MyArticlesPage() {
  const user = await pageUser();
  if (!mayImportOwnArticle(user)) {
    return (
      <div className="narrow stack">
        <h1>Your own texts</h1>
        <p>Paste an article or your notes and Factdeck writes questions and flashcards from it, for you alone.</p>
        <p className="alert alert-warn">
          <Link href="/sign-up?next=/my-articles">Create an account</Link> (or <Link href="/sign-in?next=/my-articles">sign in</Link>) first: a guest&apos;s texts would be lost.
        </p>
      </div>
    );
  }
  const mine = await ownArticles(user!);
  return (
    <div className="narrow stack">
      <div>
        <h1 style={{ marginBottom: "0.3rem" }}>Your own texts</h1>
        <p className="muted" style={{ margin: 0 }}>
          Paste an article or your notes, or upload a .md or .txt file. Factdeck writes questions from it for your quizzes and flashcards. Only you can see it.
        </p>
      </div>
      <OwnArticleForm />
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Brought by you ({mine.length})</h2>
        {mine.length === 0 ? (
          <p className="muted">Nothing yet.</p>
        ) : (
          <ul className="stack" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {mine.map((a) => (
              <li key={a.slug} className="card">
                <h3 style={{ fontSize: "1.05rem", margin: "0 0 0.2rem" }}><Link href={`/articles/${a.slug}`}>{a.title}</Link></h3>
                <p className="small muted" style={{ margin: "0 0 0.6rem" }}>{a.words} words · {a.questionCount} questions · private</p>
                <div className="row">
                  <Link className="btn btn-primary btn-small" href={`/quiz/new?article=${a.slug}`} aria-label={`Quiz me on ${a.title}`}>Quiz me</Link>
                  <Link className="btn btn-small" href={`/articles/${a.slug}`} aria-label={`Read ${a.title}`}>Read</Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
