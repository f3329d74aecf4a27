import { handler } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { foundationRoutes } from "@/lib/api/schemas/foundation";
import { retryAfterSeconds } from "@/lib/config";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// "none": a health check must answer 503, not fail, when the database (and so the session store) is down.
export const GET = handler({ auth: "none", spec: foundationRoutes["GET /api/health"] }, async () => {
  const { ok, database, migrations } = await databaseHealth();
  if (!ok) {
    // The same 503 every route answers during an outage (lib/api/handler.ts), naming the database kind.
    throw new ApiError(503, "Service unavailable", `The ${database} database cannot be reached right now. Try again shortly.`, {
      headers: { "retry-after": String(retryAfterSeconds()) },
    });
  }
  return json({ status: "ok", database, migrations });
});
