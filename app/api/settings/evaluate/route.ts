import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { deckRoutes } from "@/lib/api/schemas/deck";
import { evaluateCurrent } from "@/lib/app/optimize";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: deckRoutes["GET /api/settings/evaluate"] }, async (_request, { user }) => {
  return json(await evaluateCurrent(user));
});
