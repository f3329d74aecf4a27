import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { joinClassBody, setRoutes } from "@/lib/api/schemas/sets";
import { joinClass } from "@/lib/app/classes";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: setRoutes["POST /api/classes/join"] }, async (request, { user }) => {
  const { code } = await parseJson(request, joinClassBody);
  const joined = await joinClass(user, code);
  if (!joined) throw notFound("class with that code");
  return json(joined);
});
