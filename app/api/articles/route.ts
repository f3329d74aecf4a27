import { handler, optionalUser } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { listArticles } from "@/lib/db/articles";

export const dynamic = "force-dynamic";

export const GET = handler(async (request) => {
  const viewer = await optionalUser(request);
  const articles = await listArticles(viewer);
  return json({
    articles: articles.map(({ slug, title, source, url, published, tags, words, questionCount }) => ({
      slug, title, source, url, published, tags, words, questionCount,
    })),
  });
});
