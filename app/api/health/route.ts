import { databaseHealth } from "@/lib/db/health";
import { handler } from "@/lib/api/handler";
import { json } from "@/lib/api/request";

export const dynamic = "force-dynamic";

export const GET = handler(async () => {
  const { ok, database } = await databaseHealth();
  return json({ status: ok ? "ok" : "unavailable", database }, { status: ok ? 200 : 503 });
});
