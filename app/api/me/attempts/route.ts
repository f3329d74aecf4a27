import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { attemptRoutes } from "@/lib/api/schemas/attempts";
import { attemptHistory } from "@/lib/app/quiz";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: attemptRoutes["GET /api/me/attempts"] }, async (_request, { user }) => json({ attempts: await attemptHistory(user) }));
