import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { finishAttempt } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }, "user">({ auth: "user", spec: attemptRoutes["POST /api/attempts/{id}/finish"] }, async (_request, { user, params }) => {
  const results = await finishAttempt(user, params.id, new Date());
  if (!results) throw notFound("attempt");
  return json(results);
});
