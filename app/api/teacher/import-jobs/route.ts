import { handler } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { parseFailure, parsePaste, parseUpload } from "@/lib/api/article-upload";
import { importArticleBody, teacherRoutes } from "@/lib/api/schemas/teacher";
import { importJobView, MAX_UNFINISHED_IMPORTS, startImportJob } from "@/lib/app/import-job";

export const dynamic = "force-dynamic";

/** The body of POST /api/teacher/articles; answers at once (202) with the job to poll. */
export const POST = handler({ auth: "teacher", denied: "Only teachers and admins have a workspace.", spec: teacherRoutes["POST /api/teacher/import-jobs"] }, async (request, { user }) => {
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  const parsed = multipart ? await parseUpload(request) : parsePaste(await parseJson(request, importArticleBody));
  if (!parsed.ok) throw parseFailure(parsed, multipart ? "file" : "text");
  const started = startImportJob(user, parsed);
  if (started.kind === "busy") {
    throw new ApiError(429, "Too many requests", `You have ${MAX_UNFINISHED_IMPORTS} imports running already; wait for one to finish.`, { headers: { "retry-after": "5" } });
  }
  const { job } = started;
  return json(importJobView(job), { status: 202, headers: { location: `/api/teacher/import-jobs/${job.id}` } });
});
