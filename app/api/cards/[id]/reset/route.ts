import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { deckRoutes } from "@/lib/api/schemas/deck";
import { applyCardAction, cardDetail } from "@/lib/app/card-browser";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }, "user">({ auth: "user", spec: deckRoutes["POST /api/cards/{id}/reset"] }, async (_request, { user, params }) => {
  const now = new Date();
  if ((await applyCardAction(user, [params.id], { kind: "reset" }, now)).kind === "not-found") throw notFound("card");
  const card = await cardDetail(user, params.id, now);
  if (!card) throw notFound("card");
  return json(card);
});
