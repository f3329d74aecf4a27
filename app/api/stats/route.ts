import { handler, requireUser } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { learnerStats } from "@/lib/db/reviews";

export const dynamic = "force-dynamic";

export const GET = handler(async (request) => {
  const user = await requireUser(request);
  return json(await learnerStats(user, new Date()), { headers: { "cache-control": "no-store" } });
});
