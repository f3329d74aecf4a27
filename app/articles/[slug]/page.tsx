import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readArticle } from "@/lib/app/articles";
import { pageUser } from "@/lib/auth/page";
import { ArticleStudyPanel } from "@/components/ArticleStudyPanel";
import { ArticleBody } from "@/components/ArticleBody";

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
        <ArticleBody paragraphs={article.paragraphs} outline={article.outline} />
      </article>
      <aside className="study-panel" aria-label="Study this article">
        <ArticleStudyPanel slug={article.slug} title={article.title} signedIn={Boolean(user && !user.isAnonymous)} />
      </aside>
    </div>
  );
}
