import { handler, requireUser } from "@/lib/api/handler";
import { forbidden, notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { roleBody } from "@/lib/api/schemas/foundation";
import { canManageRoles } from "@/lib/domain/permissions";
import { setRole } from "@/lib/db/users";

export const PUT = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  if (!canManageRoles(user)) throw forbidden("Only an admin can grant roles.");
  const { role } = await parseJson(request, roleBody);
  const { id } = await params;
  const updated = await setRole(id, role);
  if (!updated) throw notFound("user");
  return json({ id: updated.id, email: updated.email, role: updated.role });
});
