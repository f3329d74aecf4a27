import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { foundationRoutes } from "@/lib/api/schemas/foundation";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// "none": a health check must answer 503, not fail, when the database (and so the session store) is down.
export const GET = handler({ auth: "none", spec: foundationRoutes["GET /api/health"] }, async () => {
  const { ok, database, migrations } = await databaseHealth();
  return json({ status: ok ? "ok" : "unavailable", database, migrations }, { status: ok ? 200 : 503 });
});
