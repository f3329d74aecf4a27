import { handler, optionalUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { findArticle } from "@/lib/db/articles";

export const dynamic = "force-dynamic";

export const GET = handler<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const article = await findArticle(slug, await optionalUser(request));
  if (!article) throw notFound("article");
  const { title, source, url, published, tags, paragraphs, sentences, body } = article;
  return json({
    slug, title, source: source ?? null, url: url ?? null, published: published ?? null, tags,
    words: body.split(/\s+/).filter(Boolean).length, questionCount: 0, paragraphs, sentences,
  });
});
