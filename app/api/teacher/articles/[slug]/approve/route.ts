import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { approveAboveBody, teacherRoutes } from "@/lib/api/schemas/teacher";
import { approveDraftsAbove } from "@/lib/app/curation";

export const dynamic = "force-dynamic";

/** Bulk approval: every DRAFT question scoring at least minScore. */
export const POST = handler<{ slug: string }, "teacher">({ auth: "teacher", denied: "Only teachers and admins curate questions.", spec: teacherRoutes["POST /api/teacher/articles/{slug}/approve"] }, async (request, { user, params }) => {
  const { minScore } = await parseJson(request, approveAboveBody);
  const approved = await approveDraftsAbove(user, params.slug, minScore);
  if (approved === null) throw notFound("article");
  return json({ approved });
});
