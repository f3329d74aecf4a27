import { handler, requireUser } from "@/lib/api/handler";
import { notFound, unprocessable } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { updateSetBody } from "@/lib/api/schemas/sets";
import { deleteSet, getSet, updateSet } from "@/lib/db/sets";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const set = await getSet(user, id);
  if (!set) throw notFound("question set");
  return json(set);
});

export const PATCH = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const body = await parseJson(request, updateSetBody);
  const { id } = await params;
  const outcome = await updateSet(user, id, body);
  if (outcome.kind === "not-found") throw notFound("question set");
  if (outcome.kind === "invalid") throw unprocessable("Some questions cannot go in this set.", outcome.errors);
  return json(outcome.set);
});

export const DELETE = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  if (!(await deleteSet(user, id))) throw notFound("question set");
  return new Response(null, { status: 204 });
});
