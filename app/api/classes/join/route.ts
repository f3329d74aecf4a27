import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { joinClassBody } from "@/lib/api/schemas/sets";
import { joinClass } from "@/lib/db/classes";

export const dynamic = "force-dynamic";

export const POST = handler(async (request) => {
  const user = await requireUser(request);
  const { code } = await parseJson(request, joinClassBody);
  const joined = await joinClass(user, code);
  if (!joined) throw notFound("class with that code");
  return json(joined);
});
