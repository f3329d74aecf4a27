import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { assignBody } from "@/lib/api/schemas/sets";
import { assignSet } from "@/lib/db/sets";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { classId } = await parseJson(request, assignBody);
  const { id } = await params;
  const outcome = await assignSet(user, id, classId);
  if (outcome.kind === "no-set") throw notFound("question set");
  if (outcome.kind === "no-class") throw notFound("class");
  return json(outcome.set);
});
