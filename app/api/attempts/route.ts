import { handler, otherMethods } from "@/lib/api/handler";
import { notFound, unprocessable } from "@/lib/api/problem";
import { json, ONE_ROUND_TRIP_BYTES, parseJson } from "@/lib/api/request";
import { attemptRoutes, startAttemptBody } from "@/lib/api/schemas/attempts";
import { startAttempt } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: attemptRoutes["POST /api/attempts"] }, async (request, { user }) => {
  const body = await parseJson(request, startAttemptBody);
  const outcome = await startAttempt(user, body, new Date());
  if (outcome.kind === "not-found") throw notFound(body.setId !== undefined ? "question set" : "article");
  if (outcome.kind === "empty") {
    throw unprocessable("There are no approved questions of those types to quiz on.", [{ field: "types", message: "no approved questions match" }]);
  }
  // A started quiz's questions are a few KB: gzip saves no round trip (see ONE_ROUND_TRIP_BYTES).
  return json(outcome.attempt, { status: 201, compressFromBytes: ONE_ROUND_TRIP_BYTES });
});

// proxy.ts does not run on this hot route (its matcher): the 405s and OPTIONS it would answer.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(attemptRoutes["POST /api/attempts"]);
