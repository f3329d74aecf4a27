import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { getAttemptView } from "@/lib/db/attempts";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const view = await getAttemptView(user, id);
  if (!view) throw notFound("attempt");
  return json(view);
});
