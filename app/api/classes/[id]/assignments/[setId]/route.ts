import { handler } from "@/lib/api/handler";
import { badRequest, notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { setRoutes, updateAssignmentBody } from "@/lib/api/schemas/sets";
import { removeAssignment, updateAssignment } from "@/lib/app/assignments";
import { settingsView } from "@/lib/domain/assignments";

export const dynamic = "force-dynamic";

type Params = { id: string; setId: string };

export const PATCH = handler<Params, "teacher">({ auth: "teacher", spec: setRoutes["PATCH /api/classes/{id}/assignments/{setId}"] }, async (request, { user, params }) => {
  const body = await parseJson(request, updateAssignmentBody);
  const outcome = await updateAssignment(user, params.id, params.setId, body);
  if (outcome.kind === "not-found") throw notFound("assignment");
  if (outcome.kind === "invalid") throw badRequest(`${outcome.field}: ${outcome.message}`, [{ field: outcome.field, message: outcome.message }]);
  return json(settingsView(outcome.settings));
});

export const DELETE = handler<Params, "teacher">({ auth: "teacher", spec: setRoutes["DELETE /api/classes/{id}/assignments/{setId}"] }, async (_request, { user, params }) => {
  if (!(await removeAssignment(user, params.id, params.setId))) throw notFound("assignment");
  return new Response(null, { status: 204 });
});
