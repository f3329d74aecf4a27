import { handler } from "@/lib/api/handler";
import { unprocessable } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { createSetBody, setRoutes } from "@/lib/api/schemas/sets";
import { createSet, listSets } from "@/lib/app/sets";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "teacher", denied: "Only teachers can build question sets.", spec: setRoutes["POST /api/sets"] }, async (request, { user }) => {
  const body = await parseJson(request, createSetBody);
  const outcome = await createSet(user, body);
  if (outcome.kind === "invalid") throw unprocessable("Some questions cannot go in this set.", outcome.errors);
  if (outcome.kind !== "ok") throw new Error("a new set cannot be missing");
  return json(outcome.set, { status: 201 });
});

export const GET = handler({ auth: "teacher", denied: "Only teachers have question sets.", spec: setRoutes["GET /api/sets"] }, async (_request, { user }) => json({ sets: await listSets(user) }));
