import { handler } from "@/lib/api/handler";
import { json, parseJson } from "@/lib/api/request";
import { approveAboveBody } from "@/lib/api/schemas/teacher";
import { approveDraftsAbove } from "@/lib/db/questions";
import { curatableArticle, requireTeacher } from "@/app/api/teacher/curation";

export const dynamic = "force-dynamic";

/** Bulk approval: every DRAFT question scoring at least minScore. */
export const POST = handler<{ slug: string }>(async (request, { params }) => {
  const user = await requireTeacher(request);
  const article = await curatableArticle((await params).slug, user);
  const { minScore } = await parseJson(request, approveAboveBody);
  return json({ approved: await approveDraftsAbove(article.id, minScore) });
});
