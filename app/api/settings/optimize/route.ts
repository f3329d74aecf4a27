import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { deckRoutes } from "@/lib/api/schemas/deck";
import { jobView, startOptimize } from "@/lib/app/optimize";

export const dynamic = "force-dynamic";

/** Starts the fit and answers at once (202) with the job to poll. */
export const POST = handler({ auth: "user", spec: deckRoutes["POST /api/settings/optimize"] }, async (_request, { user }) => {
  const job = startOptimize(user, new Date());
  return json(jobView(job), { status: 202, headers: { location: `/api/settings/optimize/${job.id}` } });
});
