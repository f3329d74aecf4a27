import { handler, otherMethods } from "@/lib/api/handler";
import { conflict, notFound, unprocessable } from "@/lib/api/problem";
import { json, ONE_ROUND_TRIP_BYTES, parseJson } from "@/lib/api/request";
import { answerBody, attemptRoutes } from "@/lib/api/schemas/attempts";
import { answerAttempt } from "@/lib/app/quiz-answer";

export const dynamic = "force-dynamic";

// An answer with its feedback is about 1 KB: gzip was a tenth of its server CPU and added
// event-loop turns to every answer, and saved no round trip.
const UNCOMPRESSED = { compressFromBytes: ONE_ROUND_TRIP_BYTES };

export const POST = handler<{ id: string }, "user">({ auth: "user", spec: attemptRoutes["POST /api/attempts/{id}/answers"] }, async (request, { user, params }) => {
  const body = await parseJson(request, answerBody);
  const outcome = await answerAttempt(user, params.id, body, new Date());
  switch (outcome.kind) {
    case "ok":
      return json(outcome.result, UNCOMPRESSED);
    case "not-found":
      throw notFound("attempt");
    case "finished":
      throw conflict("This attempt is finished; answers can no longer change.");
    case "time-up":
      throw conflict("Time is up: this attempt has ended and was handed in with the answers given so far.");
    case "unknown-question":
      throw unprocessable("That question is not part of this attempt.", [{ field: "questionId", message: "not in this attempt" }]);
    case "not-offered":
      throw unprocessable("Choose one of the options offered.", [{ field: "response", message: "not one of the offered options" }]);
  }
});

// proxy.ts does not run on this hot route (its matcher): the 405s and OPTIONS it would answer.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(attemptRoutes["POST /api/attempts/{id}/answers"]);
