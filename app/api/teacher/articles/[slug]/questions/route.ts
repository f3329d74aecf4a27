import { handler } from "@/lib/api/handler";
import { questionOrProblem } from "@/app/api/questions/curation-problems";
import { json, parseJson } from "@/lib/api/request";
import { newQuestionBody, teacherRoutes } from "@/lib/api/schemas/teacher";
import { writeQuestion } from "@/lib/app/curation";

export const dynamic = "force-dynamic";

/** A question written by hand: same rules as an edit; regeneration never touches it. */
export const POST = handler<{ slug: string }, "teacher">({ auth: "teacher", denied: "Only teachers and admins curate questions.", spec: teacherRoutes["POST /api/teacher/articles/{slug}/questions"] }, async (request, { user, params }) => {
  const body = await parseJson(request, newQuestionBody);
  const question = questionOrProblem(await writeQuestion(user, params.slug, body), "article");
  return json({ question }, { status: 201 });
});
