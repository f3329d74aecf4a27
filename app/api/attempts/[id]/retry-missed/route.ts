import { handler, requireUser } from "@/lib/api/handler";
import { conflict, notFound, unprocessable } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { retryMissed } from "@/lib/db/attempts";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const outcome = await retryMissed(user, id, new Date());
  if (outcome.kind === "not-found") throw notFound("attempt");
  if (outcome.kind === "not-finished") throw conflict("Finish the attempt first.");
  if (outcome.kind === "nothing-missed") throw unprocessable("Nothing was missed in this attempt.");
  return json(outcome.value, { status: 201 });
});
