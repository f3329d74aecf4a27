import { handler, requireUser } from "@/lib/api/handler";
import { json } from "@/lib/api/request";
import { attemptHistory } from "@/lib/db/attempts";

export const dynamic = "force-dynamic";

export const GET = handler(async (request) => {
  const user = await requireUser(request);
  return json({ attempts: await attemptHistory(user) });
});
