import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { deckRoutes } from "@/lib/api/schemas/deck";
import { jobView, optimizeJob } from "@/lib/app/optimize";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: deckRoutes["GET /api/settings/optimize/{id}"] }, async (_request, { user, params }) => {
  const job = optimizeJob(user, params.id);
  if (!job) throw notFound("optimize job");
  return json(jobView(job), { headers: { "cache-control": "no-store" } });
});
