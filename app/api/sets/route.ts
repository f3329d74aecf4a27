import { handler, requireUser } from "@/lib/api/handler";
import { forbidden, unprocessable } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { createSetBody } from "@/lib/api/schemas/sets";
import { canTeach } from "@/lib/auth/permissions";
import { createSet, listSets } from "@/lib/db/sets";

export const dynamic = "force-dynamic";

export const POST = handler(async (request) => {
  const user = await requireUser(request);
  if (!canTeach(user)) throw forbidden("Only teachers can build question sets.");
  const body = await parseJson(request, createSetBody);
  const outcome = await createSet(user, body);
  if (outcome.kind === "invalid") throw unprocessable("Some questions cannot go in this set.", outcome.errors);
  if (outcome.kind !== "ok") throw new Error("a new set cannot be missing");
  return json(outcome.set, { status: 201 });
});

export const GET = handler(async (request) => {
  const user = await requireUser(request);
  if (!canTeach(user)) throw forbidden("Only teachers have question sets.");
  return json({ sets: await listSets(user) });
});
