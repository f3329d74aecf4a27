import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { setRoutes } from "@/lib/api/schemas/sets";
import { getClass } from "@/lib/app/classes";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["GET /api/classes/{id}"] }, async (_request, { user, params }) => {
  const found = await getClass(user, params.id);
  if (!found) throw notFound("class");
  return json(found);
});
