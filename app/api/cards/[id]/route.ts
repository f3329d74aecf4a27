import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { cardPatchBody, deckRoutes } from "@/lib/api/schemas/deck";
import { applyCardAction, cardDetail, patchCard } from "@/lib/app/card-browser";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: deckRoutes["GET /api/cards/{id}"] }, async (_request, { user, params }) => {
  const card = await cardDetail(user, params.id, new Date());
  if (!card) throw notFound("card");
  return json(card);
});

export const PATCH = handler<{ id: string }, "user">({ auth: "user", spec: deckRoutes["PATCH /api/cards/{id}"] }, async (request, { user, params }) => {
  const body = await parseJson(request, cardPatchBody);
  const now = new Date();
  if ((await patchCard(user, params.id, body, now)) === "not-found") throw notFound("card");
  const card = await cardDetail(user, params.id, now);
  if (!card) throw notFound("card");
  return json(card);
});

export const DELETE = handler<{ id: string }, "user">({ auth: "user", spec: deckRoutes["DELETE /api/cards/{id}"] }, async (_request, { user, params }) => {
  if ((await applyCardAction(user, [params.id], { kind: "delete" }, new Date())).kind === "not-found") throw notFound("card");
  return new Response(null, { status: 204 });
});
