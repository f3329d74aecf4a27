import { handler } from "@/lib/api/handler";
import { conflict, notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { overrideAnswer } from "@/lib/app/quiz-answer";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string; questionId: string }, "user">(
  { auth: "user", spec: attemptRoutes["POST /api/attempts/{id}/answers/{questionId}/override"] },
  async (_request, { user, params }) => {
    const outcome = await overrideAnswer(user, params.id, params.questionId);
    if (outcome.kind === "not-found") throw notFound("answer");
    if (outcome.kind === "not-allowed") throw conflict(outcome.why);
    return json(outcome.result);
  },
);
