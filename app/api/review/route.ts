import { handler, requireUser } from "@/lib/api/handler";
import { conflict, notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { rateBody } from "@/lib/api/schemas/review";
import { rateCard } from "@/lib/db/reviews";

export const dynamic = "force-dynamic";

export const POST = handler(async (request) => {
  const user = await requireUser(request);
  const body = await parseJson(request, rateBody);
  const outcome = await rateCard(user, body, new Date());
  if (outcome.kind === "not-found") throw notFound("card");
  if (outcome.kind === "key-reused") throw conflict("This key was already used for a different rating; send a new key per rating.");
  const { card, duplicate, leech } = outcome;
  return json({ card, duplicate, leech });
});
