import Link from "next/link";
import { AddToDeckButton } from "./review/AddToDeckButton";

/** The call to study beside an article: a practice quiz (feedback as you go) or a test (graded at the end). */
export function ArticleStudyPanel({ slug, title, signedIn = false }: { slug: string; title: string; signedIn?: boolean }) {
  return (
    <div className="card stack">
      <h2 style={{ margin: 0 }}>Study it</h2>
      <p className="muted small" style={{ margin: 0 }}>Test yourself on the facts in “{title}”.</p>
      <Link className="btn btn-primary" href={`/quiz/new?article=${slug}`}>Quiz me</Link>
      <div className="row small" style={{ gap: "0.4rem" }}>
        <Link href={`/quiz/new?article=${slug}&mode=PRACTICE`} aria-label={`Practice: feedback after each question on ${title}`}>
          Practice
        </Link>
        <span aria-hidden="true">·</span>
        <Link href={`/quiz/new?article=${slug}&mode=TEST`} aria-label={`Take a test on ${title}`}>
          Take a test
        </Link>
      </div>
      <AddToDeckButton articleSlug={slug} title={title} signedIn={signedIn} returnTo={`/articles/${slug}`} />
    </div>
  );
}
