import { handler } from "@/lib/api/handler";
import { conflict, unprocessable } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { newQuestionBody } from "@/lib/api/schemas/teacher";
import { createAuthoredQuestion } from "@/lib/db/questions";
import { questionKey } from "@/lib/generate";
import { checkedContent, curatableArticle, requireTeacher } from "@/app/api/teacher/curation";

export const dynamic = "force-dynamic";

/** A question written by hand: same rules as an edit; regeneration never touches it. */
export const POST = handler<{ slug: string }>(async (request, { params }) => {
  const user = await requireTeacher(request);
  const article = await curatableArticle((await params).slug, user);
  const body = await parseJson(request, newQuestionBody);
  const content = checkedContent(body);
  const index = body.sentenceIndex ?? -1;
  const sentence = article.sentences.find((s) => s.index === index);
  if (index >= 0 && !sentence) {
    throw unprocessable("No such sentence.", [{ field: "sentenceIndex", message: `the article has sentences 0–${article.sentences.length - 1}` }]);
  }
  const key = questionKey(content.type, content.prompt, content.answer);
  const created = await createAuthoredQuestion(article.id, user.id, { ...content, key, status: body.status }, {
    sentenceIndex: sentence ? sentence.index : -1,
    sentence: sentence?.text ?? "",
  });
  if (created === "duplicate") throw conflict("This article already has a question asking exactly this.");
  return json({ question: created }, { status: 201 });
});
