import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page";
import { curatableArticle, curationQuestions } from "@/lib/app/curation";
import { CurationBoard } from "@/components/teacher/CurationBoard";
import styles from "@/components/teacher/Teacher.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function curatable(slug: string) {
  const user = await pageUser();
  return user ? curatableArticle(user, slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await curatable((await params).slug);
  return { title: article ? `Curate: ${article.title}` : "Not found" };
}

export default async function CurateArticlePage({ params }: Props) {
  const article = await curatable((await params).slug);
  if (!article) notFound();
  const questions = await curationQuestions(article);
  return (
    <>
      <p className="small"><Link href="/teacher">← Workspace</Link></p>
      <div className={styles.head}>
        <h1>{article.title}</h1>
        <Link className="btn btn-small" href={`/articles/${article.slug}`}>Read the article</Link>
      </div>
      <p className="muted small">
        {[article.origin === "BUNDLED" ? "Bundled article (shared by all teachers)" : "Imported", article.source, article.published].filter(Boolean).join(" · ")}
      </p>
      <CurationBoard
        article={{ slug: article.slug, title: article.title, sentences: article.sentences.map((s) => ({ index: s.index, text: s.text })) }}
        questions={questions}
      />
    </>
  );
}
