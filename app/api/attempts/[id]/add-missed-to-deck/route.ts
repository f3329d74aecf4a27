import { handler, requireUser } from "@/lib/api/handler";
import { conflict, notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { addMissedToDeck } from "@/lib/db/attempts";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const outcome = await addMissedToDeck(user, id, new Date());
  if (outcome.kind === "not-found") throw notFound("attempt");
  if (outcome.kind === "not-finished") throw conflict("Finish the attempt first.");
  return json(outcome.kind === "ok" ? outcome.value : { added: 0, already: 0 });
});
