import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { reviewQueue } from "@/lib/app/review-queue";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: reviewRoutes["GET /api/review/queue"] }, async (_request, { user }) =>
  json(await reviewQueue(user, new Date()), { headers: { "cache-control": "no-store" } }),
);
