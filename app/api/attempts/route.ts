import { handler, requireUser } from "@/lib/api/handler";
import { notFound, unprocessable } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { startAttemptBody } from "@/lib/api/schemas/attempts";
import { startAttempt } from "@/lib/db/attempts";

export const dynamic = "force-dynamic";

export const POST = handler(async (request) => {
  const user = await requireUser(request);
  const body = await parseJson(request, startAttemptBody);
  const outcome = await startAttempt(user, body, new Date());
  if (outcome.kind === "not-found") throw notFound(body.setId !== undefined ? "question set" : "article");
  if (outcome.kind === "empty") {
    throw unprocessable("There are no approved questions of those types to quiz on.", [{ field: "types", message: "no approved questions match" }]);
  }
  return json(outcome.attempt, { status: 201 });
});
