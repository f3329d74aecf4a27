import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { articleRoutes } from "@/lib/api/schemas/articles";
import { listArticles } from "@/lib/app/articles";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "public", spec: articleRoutes["GET /api/articles"] }, async (_request, { user }) => {
  const articles = await listArticles(user);
  return json({
    articles: articles.map(({ slug, title, source, url, published, tags, words, questionCount }) => ({
      slug, title, source, url, published, tags, words, questionCount,
    })),
  });
});
