import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { finishAttempt } from "@/lib/db/attempts";

export const dynamic = "force-dynamic";

export const POST = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const results = await finishAttempt(user, id, new Date());
  if (!results) throw notFound("attempt");
  return json(results);
});
