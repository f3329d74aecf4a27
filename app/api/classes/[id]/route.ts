import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { getClass } from "@/lib/db/classes";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const found = await getClass(user, id);
  if (!found) throw notFound("class");
  return json(found);
});
