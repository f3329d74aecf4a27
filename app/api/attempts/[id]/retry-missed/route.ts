import { handler } from "@/lib/api/handler";
import { conflict, notFound, unprocessable } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { retryMissed } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }, "user">({ auth: "user", spec: attemptRoutes["POST /api/attempts/{id}/retry-missed"] }, async (_request, { user, params }) => {
  const outcome = await retryMissed(user, params.id, new Date());
  if (outcome.kind === "not-found") throw notFound("attempt");
  if (outcome.kind === "not-finished") throw conflict("Finish the attempt first.");
  if (outcome.kind === "nothing-missed") throw unprocessable("Nothing was missed in this attempt.");
  return json(outcome.value, { status: 201 });
});
