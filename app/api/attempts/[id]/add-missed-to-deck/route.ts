import { handler } from "@/lib/api/handler";
import { conflict, notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { addMissedToDeck } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }, "user">(
  { auth: "user", spec: attemptRoutes["POST /api/attempts/{id}/add-missed-to-deck"] },
  async (_request, { user, params }) => {
    const outcome = await addMissedToDeck(user, params.id, new Date());
    if (outcome.kind === "not-found") throw notFound("attempt");
    if (outcome.kind === "not-finished") throw conflict("Finish the attempt first.");
    return json(outcome.kind === "ok" ? outcome.value : { added: 0, already: 0 });
  },
);
