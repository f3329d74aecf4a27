import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { learnerStats } from "@/lib/app/stats";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: reviewRoutes["GET /api/stats"] }, async (_request, { user }) =>
  json(await learnerStats(user, new Date()), { headers: { "cache-control": "no-store" } }),
);
