import Link from "next/link";

/** The call to study beside an article: quiz now, or add its questions to the daily review. */
export function ArticleStudyPanel({ slug, title }: { slug: string; title: string }) {
  return (
    <div className="card stack">
      <h2 style={{ margin: 0 }}>Study it</h2>
      <p className="muted small" style={{ margin: 0 }}>Test yourself on the facts in “{title}”.</p>
      <Link className="btn btn-primary" href={`/quiz/new?article=${slug}`}>Quiz me</Link>
    </div>
  );
}
