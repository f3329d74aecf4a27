import { handler, requireUser } from "@/lib/api/handler";
import { forbidden, notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { importArticleBody, workspaceArticle } from "@/lib/api/schemas/teacher";
import { canTeach } from "@/lib/domain/permissions";
import { findWorkspaceArticle, listWorkspaceArticles } from "@/lib/db/articles";
import { importForTeacher, parseFailure, parsePaste, parseUpload } from "./import";

export const dynamic = "force-dynamic";

const onlyTeachers = () => forbidden("Only teachers and admins have a workspace.");

export const GET = handler(async (request) => {
  const user = await requireUser(request);
  if (!canTeach(user)) throw onlyTeachers();
  const articles = await listWorkspaceArticles(user);
  return json({ articles: articles.map((a) => workspaceArticle.parse(a)) });
});

/** Pasted text as JSON, or a .md/.txt file as multipart/form-data. */
export const POST = handler(async (request) => {
  const user = await requireUser(request);
  if (!canTeach(user)) throw onlyTeachers();
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  const parsed = multipart ? await parseUpload(request) : parsePaste(await parseJson(request, importArticleBody));
  if (!parsed.ok) throw parseFailure(parsed, multipart ? "file" : "text");
  const outcome = await importForTeacher(parsed, user.id);
  const article = await findWorkspaceArticle(outcome.id, user);
  if (!article) throw notFound("article");
  return json(
    { article: workspaceArticle.parse(article), questions: outcome.questions, duplicate: outcome.duplicate },
    { status: outcome.duplicate ? 200 : 201 },
  );
});
