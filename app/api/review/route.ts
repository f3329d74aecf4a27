import { handler, otherMethods } from "@/lib/api/handler";
import { conflict, notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { rateBody, reviewRoutes } from "@/lib/api/schemas/review";
import { rateCard } from "@/lib/app/review";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: reviewRoutes["POST /api/review"] }, async (request, { user }) => {
  const body = await parseJson(request, rateBody);
  const outcome = await rateCard(user, body, new Date());
  if (outcome.kind === "not-found") throw notFound("card");
  if (outcome.kind === "conflict") throw conflict("Other ratings of this card kept arriving at the same moment; fetch the card and rate it again.");
  if (outcome.kind === "key-reused") throw conflict("This key was already used for a different rating; send a new key per rating.");
  const { card, duplicate, leech } = outcome;
  return json({ card, duplicate, leech });
});

// proxy.ts does not run on this hot route (its matcher): the 405s and OPTIONS it would answer.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(reviewRoutes["POST /api/review"]);
