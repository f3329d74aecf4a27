import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { teacherRoutes } from "@/lib/api/schemas/teacher";
import { regenerateArticle } from "@/lib/app/curation";

export const dynamic = "force-dynamic";

export const POST = handler<{ slug: string }, "teacher">({ auth: "teacher", denied: "Only teachers and admins curate questions.", spec: teacherRoutes["POST /api/teacher/articles/{slug}/regenerate"] }, async (_request, { user, params }) => {
  const summary = await regenerateArticle(user, params.slug);
  if (!summary) throw notFound("article");
  return json(summary);
});
