import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { setRoutes } from "@/lib/api/schemas/sets";
import { classResults } from "@/lib/app/classes";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["GET /api/classes/{id}/results"] }, async (_request, { user, params }) => {
  const results = await classResults(user, params.id);
  if (!results) throw notFound("class");
  return json(results);
});
