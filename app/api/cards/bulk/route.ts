import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { cardBulkBody, deckRoutes } from "@/lib/api/schemas/deck";
import { applyCardAction } from "@/lib/app/card-browser";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: deckRoutes["POST /api/cards/bulk"] }, async (request, { user }) => {
  const body = await parseJson(request, cardBulkBody);
  const action = body.action === "flag" ? { kind: "flag" as const, flag: body.flag! } : { kind: body.action };
  const outcome = await applyCardAction(user, body.ids, action, new Date());
  if (outcome.kind === "not-found") throw notFound("card");
  return json({ changed: outcome.changed });
});
