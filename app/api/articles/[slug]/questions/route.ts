import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { articleRoutes } from "@/lib/api/schemas/articles";
import { articleQuestions } from "@/lib/app/articles";

export const dynamic = "force-dynamic";

/** Teachers and admins see every question with its score and status; everyone else sees approved
 * questions without their answers. */
export const GET = handler<{ slug: string }, "public">({ auth: "public", spec: articleRoutes["GET /api/articles/{slug}/questions"] }, async (_request, { user, params }) => {
  const questions = await articleQuestions(user, params.slug);
  if (!questions) throw notFound("article");
  return json({ questions });
});
