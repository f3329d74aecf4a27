import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { questionStatusBody, teacherRoutes } from "@/lib/api/schemas/teacher";
import { setQuestionStatus } from "@/lib/app/curation";

export const dynamic = "force-dynamic";

/** Approve, reject, or send back to draft. */
export const POST = handler<{ id: string }, "teacher">({ auth: "teacher", denied: "Only teachers and admins curate questions.", spec: teacherRoutes["POST /api/questions/{id}/status"] }, async (request, { user, params }) => {
  const { status } = await parseJson(request, questionStatusBody);
  const question = await setQuestionStatus(user, params.id, status);
  if (!question) throw notFound("question");
  return json({ question });
});
