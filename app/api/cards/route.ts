import { handler } from "@/lib/api/handler";
import { badRequest } from "@/lib/api/problem";
import { json, parseQuery } from "@/lib/api/request";
import { cardListQuery, deckRoutes } from "@/lib/api/schemas/deck";
import { listCards } from "@/lib/app/card-browser";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: deckRoutes["GET /api/cards"] }, async (request, { user }) => {
  const query = parseQuery(request, cardListQuery);
  const outcome = await listCards(user, query, new Date());
  if (outcome.kind === "bad-cursor") {
    throw badRequest("The query string is not valid.", [{ field: "cursor", message: "cursor is not a page of this sort and order" }]);
  }
  return json(outcome.page);
});
