import { handler } from "@/lib/api/handler";
import { json, parseJson } from "@/lib/api/request";
import { questionStatusBody } from "@/lib/api/schemas/teacher";
import { setQuestionStatus } from "@/lib/db/questions";
import { curatableQuestion, requireTeacher } from "@/app/api/teacher/curation";

export const dynamic = "force-dynamic";

/** Approve, reject, or send back to draft. A status decision is not an edit: the content stays the
 * generator's and a regeneration may still refresh it. */
export const POST = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireTeacher(request);
  const { id } = await params;
  await curatableQuestion(id, user);
  const { status } = await parseJson(request, questionStatusBody);
  return json({ question: await setQuestionStatus(id, status) });
});
