import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { foundationRoutes, roleBody } from "@/lib/api/schemas/foundation";
import { grantRole } from "@/lib/app/accounts";

export const PUT = handler<{ id: string }, "admin">({ auth: "admin", denied: "Only an admin can grant roles.", spec: foundationRoutes["PUT /api/admin/users/{id}/role"] }, async (request, { user, params }) => {
  const { role } = await parseJson(request, roleBody);
  const updated = await grantRole(user, params.id, role);
  if (!updated) throw notFound("user");
  return json({ id: updated.id, email: updated.email, role: updated.role });
});
