import { handler, otherMethods } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, ONE_ROUND_TRIP_BYTES } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { finishAttempt } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }, "user">({ auth: "user", spec: attemptRoutes["POST /api/attempts/{id}/finish"] }, async (_request, { user, params }) => {
  const results = await finishAttempt(user, params.id, new Date());
  if (!results) throw notFound("attempt");
  // A ten-question quiz's results are ~12 KB: uncompressed they still arrive in one round trip and
  // skip gzip's hops to the thread pool; a long quiz's results are compressed.
  return json(results, { compressFromBytes: ONE_ROUND_TRIP_BYTES });
});

// proxy.ts does not run on this hot route (its matcher): the 405s and OPTIONS it would answer.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(attemptRoutes["POST /api/attempts/{id}/finish"]);
