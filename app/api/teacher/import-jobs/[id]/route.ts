import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { teacherRoutes } from "@/lib/api/schemas/teacher";
import { importJob, importJobView } from "@/lib/app/import-job";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "teacher">({ auth: "teacher", denied: "Only teachers and admins have a workspace.", spec: teacherRoutes["GET /api/teacher/import-jobs/{id}"] }, async (_request, { user, params }) => {
  const job = importJob(user, params.id);
  if (!job) throw notFound("import job");
  return json(importJobView(job), { headers: { "cache-control": "no-store" } });
});
