import { handler, otherMethods } from "@/lib/api/handler";
import { json, ONE_ROUND_TRIP_BYTES } from "@/lib/api/request";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { reviewQueue } from "@/lib/app/review-queue";

export const dynamic = "force-dynamic";

// Five cards with their source sentences are a few KB: gzip saves no round trip (see ONE_ROUND_TRIP_BYTES).
export const GET = handler({ auth: "user", spec: reviewRoutes["GET /api/review/queue"] }, async (_request, { user }) =>
  json(await reviewQueue(user, new Date()), { headers: { "cache-control": "no-store" }, compressFromBytes: ONE_ROUND_TRIP_BYTES }),
);

// proxy.ts does not run on this hot route (its matcher): the 405s and OPTIONS it would answer.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(reviewRoutes["GET /api/review/queue"]);
