import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { getAttemptView } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: attemptRoutes["GET /api/attempts/{id}"] }, async (_request, { user, params }) => {
  const view = await getAttemptView(user, params.id);
  if (!view) throw notFound("attempt");
  return json(view);
});
