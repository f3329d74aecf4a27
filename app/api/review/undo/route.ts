import { handler, requireUser } from "@/lib/api/handler";
import { conflict } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { undoLastRating } from "@/lib/db/reviews";

export const dynamic = "force-dynamic";

export const POST = handler(async (request) => {
  const user = await requireUser(request);
  const outcome = await undoLastRating(user, new Date());
  if (outcome.kind === "nothing") throw conflict("There is no rating from today left to undo.");
  return json({ card: outcome.card, rating: outcome.rating });
});
