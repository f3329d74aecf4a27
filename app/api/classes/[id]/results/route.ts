import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { classResults } from "@/lib/db/classes";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const results = await classResults(user, id);
  if (!results) throw notFound("class");
  return json(results);
});
