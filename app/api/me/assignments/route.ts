import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { setRoutes } from "@/lib/api/schemas/sets";
import { learnerAssignments } from "@/lib/app/assignments";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: setRoutes["GET /api/me/assignments"] }, async (_request, { user }) => {
  return json({ assignments: await learnerAssignments(user, new Date()) });
});
