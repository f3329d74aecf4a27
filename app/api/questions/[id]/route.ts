import { handler } from "@/lib/api/handler";
import { json, parseJson } from "@/lib/api/request";
import { questionPatchBody } from "@/lib/api/schemas/teacher";
import { updateQuestionContent } from "@/lib/db/questions";
import { checkedContent, curatableQuestion, requireTeacher } from "@/app/api/teacher/curation";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireTeacher(request);
  const { question } = await curatableQuestion((await params).id, user);
  return json({ question });
});

/** Edits any subset of prompt, answer, acceptedAnswers, choices, explanation, status; the result
 * must still be a valid question (422 with the fields otherwise). */
export const PATCH = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireTeacher(request);
  const { id } = await params;
  const { question } = await curatableQuestion(id, user);
  const patch = await parseJson(request, questionPatchBody);
  const content = checkedContent({
    type: question.type,
    prompt: patch.prompt ?? question.prompt,
    answer: patch.answer ?? question.answer,
    acceptedAnswers: patch.acceptedAnswers ?? question.acceptedAnswers,
    choices: patch.choices === undefined ? question.choices : patch.choices,
    explanation: patch.explanation ?? question.explanation,
  });
  return json({ question: await updateQuestionContent(id, content, patch.status) });
});
