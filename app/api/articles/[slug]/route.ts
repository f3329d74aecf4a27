import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { articleRoutes } from "@/lib/api/schemas/articles";
import { readArticleDetail } from "@/lib/app/articles";

export const dynamic = "force-dynamic";

export const GET = handler<{ slug: string }, "public">({ auth: "public", spec: articleRoutes["GET /api/articles/{slug}"] }, async (_request, { user, params }) => {
  const detail = await readArticleDetail(user, params.slug);
  if (!detail) throw notFound("article");
  const { article, questionCount } = detail;
  const { slug, title, source, url, published, tags, paragraphs, sentences, body, outline } = article;
  return json({
    slug, title, source: source ?? null, url: url ?? null, published: published ?? null, tags,
    words: body.split(/\s+/).filter(Boolean).length, questionCount, paragraphs, sentences,
    outline,
  });
});
