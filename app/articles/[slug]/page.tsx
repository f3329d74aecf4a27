import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readArticle } from "@/lib/app/articles";
import { pageUser } from "@/lib/auth/page";
import { articleBlocks } from "@/lib/domain/outline";
import { ArticleStudyPanel } from "@/components/ArticleStudyPanel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await readArticle(await pageUser(), slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const user = await pageUser();
  const article = await readArticle(user, slug);
  if (!article) notFound();
  const words = article.body.split(/\s+/).filter(Boolean).length;
  return (
    <div className="article-layout">
      <article>
        <p className="small"><Link href="/">← All articles</Link></p>
        <h1>{article.title}</h1>
        <p className="reader-meta">
          {[article.source, article.published, `${words} words · ${Math.max(1, Math.round(words / 230))} min read`]
            .filter(Boolean)
            .join(" · ")}
          {article.url && (
            <> · <a href={article.url} rel="noopener noreferrer">original</a></>
          )}
        </p>
        <div className="reader">
          {articleBlocks(article.paragraphs, article.outline).map((block, i) =>
            block.kind === "heading" ? (
              // The title is the page's h1: the file's own headings sit below it, "#" and "##" alike.
              block.level <= 2 ? <h2 key={i}>{block.text}</h2> : <h3 key={i}>{block.text}</h3>
            ) : block.kind === "list" ? (
              <ul key={i}>
                {block.items.map((item, k) => (
                  <li key={k}>{item}</li>
                ))}
              </ul>
            ) : (
              <p key={i}>{block.text}</p>
            ),
          )}
        </div>
      </article>
      <aside className="study-panel" aria-label="Study this article">
        <ArticleStudyPanel slug={article.slug} title={article.title} signedIn={Boolean(user && !user.isAnonymous)} />
      </aside>
    </div>
  );
}
