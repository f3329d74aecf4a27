import { handler } from "@/lib/api/handler";
import { badRequest, notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { assignBody, setRoutes } from "@/lib/api/schemas/sets";
import { assignSet } from "@/lib/app/sets";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["POST /api/sets/{id}/assign"] }, async (request, { user, params }) => {
  const { classId, ...settings } = await parseJson(request, assignBody);
  const outcome = await assignSet(user, params.id, classId, settings);
  if (outcome.kind === "no-set") throw notFound("question set");
  if (outcome.kind === "no-class") throw notFound("class");
  if (outcome.kind === "invalid") throw badRequest(`${outcome.field}: ${outcome.message}`, [{ field: outcome.field, message: outcome.message }]);
  return json(outcome.set);
});
