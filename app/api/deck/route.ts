import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { addToDeckBody, reviewRoutes } from "@/lib/api/schemas/review";
import { addSourceToDeck } from "@/lib/app/deck";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: reviewRoutes["POST /api/deck"] }, async (request, { user }) => {
  const body = await parseJson(request, addToDeckBody);
  const outcome = await addSourceToDeck(user, body, new Date());
  if (outcome.kind === "not-found") throw notFound(body.setId !== undefined ? "question set" : "article");
  const { added, already, total } = outcome;
  return json({ added, already, total }, { status: added > 0 ? 201 : 200 });
});
