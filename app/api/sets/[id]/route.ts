import { handler } from "@/lib/api/handler";
import { notFound, unprocessable } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { setRoutes, updateSetBody } from "@/lib/api/schemas/sets";
import { deleteSet, getSet, updateSet } from "@/lib/app/sets";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["GET /api/sets/{id}"] }, async (_request, { user, params }) => {
  const set = await getSet(user, params.id);
  if (!set) throw notFound("question set");
  return json(set);
});

export const PATCH = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["PATCH /api/sets/{id}"] }, async (request, { user, params }) => {
  const body = await parseJson(request, updateSetBody);
  const outcome = await updateSet(user, params.id, body);
  if (outcome.kind === "not-found") throw notFound("question set");
  if (outcome.kind === "invalid") throw unprocessable("Some questions cannot go in this set.", outcome.errors);
  return json(outcome.set);
});

export const DELETE = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["DELETE /api/sets/{id}"] }, async (_request, { user, params }) => {
  if (!(await deleteSet(user, params.id))) throw notFound("question set");
  return new Response(null, { status: 204 });
});
