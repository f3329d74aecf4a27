import { handler } from "@/lib/api/handler";
import { conflict } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { undoLastRating } from "@/lib/app/review";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: reviewRoutes["POST /api/review/undo"] }, async (_request, { user }) => {
  const outcome = await undoLastRating(user, new Date());
  if (outcome.kind === "nothing") throw conflict("There is no rating from today left to undo.");
  return json({ card: outcome.card, rating: outcome.rating });
});
