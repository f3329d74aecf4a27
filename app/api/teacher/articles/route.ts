import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { parseFailure, parsePaste, parseUpload } from "@/lib/api/article-upload";
import { importArticleBody, teacherRoutes, workspaceArticle } from "@/lib/api/schemas/teacher";
import { listWorkspace, workspaceArticle as findWorkspaceArticle } from "@/lib/app/articles";
import { importForTeacher } from "@/lib/app/import-article";

export const dynamic = "force-dynamic";

const denied = "Only teachers and admins have a workspace.";

export const GET = handler({ auth: "teacher", denied, spec: teacherRoutes["GET /api/teacher/articles"] }, async (_request, { user }) => {
  const articles = await listWorkspace(user);
  return json({ articles: articles.map((a) => workspaceArticle.parse(a)) });
});

/** Pasted text as JSON, or a .md/.txt file as multipart/form-data. */
export const POST = handler({ auth: "teacher", denied, spec: teacherRoutes["POST /api/teacher/articles"] }, async (request, { user }) => {
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  const parsed = multipart ? await parseUpload(request) : parsePaste(await parseJson(request, importArticleBody));
  if (!parsed.ok) throw parseFailure(parsed, multipart ? "file" : "text");
  const outcome = await importForTeacher(parsed, user.id);
  const article = await findWorkspaceArticle(user, outcome.id);
  if (!article) throw notFound("article");
  return json(
    { article: workspaceArticle.parse(article), questions: outcome.questions, duplicate: outcome.duplicate },
    { status: outcome.duplicate ? 200 : 201 },
  );
});
