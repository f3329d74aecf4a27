import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { regenerate } from "@/lib/ingest";
import { curatableArticle, requireTeacher } from "@/app/api/teacher/curation";

export const dynamic = "force-dynamic";

/** Runs the generator again. New questions arrive as DRAFT for review; edited and hand-written
 * ones are kept; generated ones that vanished are RETIRED (never deleted: cards point at them). */
export const POST = handler<{ slug: string }>(async (request, { params }) => {
  const user = await requireTeacher(request);
  const article = await curatableArticle((await params).slug, user);
  const summaries = await regenerate([article.id], { approveAbove: null });
  return json(summaries.get(article.slug) ?? { created: 0, updated: 0, kept: 0, retired: 0 });
});
