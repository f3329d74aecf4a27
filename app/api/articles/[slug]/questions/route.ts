import { handler, optionalUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { canTeach } from "@/lib/domain/permissions";
import { findArticle } from "@/lib/db/articles";
import { questionsOfArticle } from "@/lib/db/questions";

export const dynamic = "force-dynamic";

/** Teachers and admins see every question with its score and status; everyone else sees approved
 * questions without their answers. */
export const GET = handler<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await optionalUser(request);
  const article = await findArticle(slug, user);
  if (!article) throw notFound("article");
  if (canTeach(user)) {
    return json({ questions: await questionsOfArticle(article.id) });
  }
  const approved = await questionsOfArticle(article.id, { statuses: ["APPROVED"] });
  return json({
    questions: approved.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, ...(q.choices ? { choices: q.choices } : {}) })),
  });
});
