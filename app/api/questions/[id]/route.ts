import { handler } from "@/lib/api/handler";
import { questionOrProblem } from "@/app/api/questions/curation-problems";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { questionPatchBody, teacherRoutes } from "@/lib/api/schemas/teacher";
import { editQuestion, questionForCuration } from "@/lib/app/curation";

export const dynamic = "force-dynamic";

const denied = "Only teachers and admins curate questions.";

export const GET = handler<{ id: string }, "teacher">({ auth: "teacher", denied, spec: teacherRoutes["GET /api/questions/{id}"] }, async (_request, { user, params }) => {
  const question = await questionForCuration(user, params.id);
  if (!question) throw notFound("question");
  return json({ question });
});

/** Edits any subset of prompt, answer, acceptedAnswers, choices, explanation, status; the result
 * must still be a valid question (422 with the fields otherwise). */
export const PATCH = handler<{ id: string }, "teacher">({ auth: "teacher", denied, spec: teacherRoutes["PATCH /api/questions/{id}"] }, async (request, { user, params }) => {
  const patch = await parseJson(request, questionPatchBody);
  return json({ question: questionOrProblem(await editQuestion(user, params.id, patch), "question") });
});
