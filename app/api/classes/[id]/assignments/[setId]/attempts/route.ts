import { handler } from "@/lib/api/handler";
import { conflict, notFound, unprocessable } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { setRoutes } from "@/lib/api/schemas/sets";
import { startAssignment } from "@/lib/app/assignments";

export const dynamic = "force-dynamic";

/** Starts the assignment's quiz: the settings are the teacher's, so the request carries none. */
export const POST = handler<{ id: string; setId: string }, "user">(
  { auth: "user", spec: setRoutes["POST /api/classes/{id}/assignments/{setId}/attempts"] },
  async (_request, { user, params }) => {
    const outcome = await startAssignment(user, params.id, params.setId, new Date());
    switch (outcome.kind) {
      case "ok":
        return json({ ...outcome.attempt, resumed: outcome.resumed }, { status: outcome.resumed ? 200 : 201 });
      case "not-found":
        throw notFound("assignment");
      case "no-attempts-left":
        throw conflict(`You have used all ${outcome.allowed} attempt${outcome.allowed === 1 ? "" : "s"} this assignment allows.`);
      case "empty":
        throw unprocessable("This set has no approved questions yet.", [{ field: "setId", message: "no approved questions" }]);
    }
  },
);
