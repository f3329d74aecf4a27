import { handler, requireUser } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { createClassBody } from "@/lib/api/schemas/sets";
import { canTeach } from "@/lib/domain/permissions";
import { createClass, listClasses } from "@/lib/db/classes";

export const dynamic = "force-dynamic";

export const POST = handler(async (request) => {
  const user = await requireUser(request);
  if (!canTeach(user)) throw forbidden("Only teachers can create classes.");
  const { name } = await parseJson(request, createClassBody);
  return json(await createClass(user, name), { status: 201 });
});

export const GET = handler(async (request) => {
  const user = await requireUser(request);
  return json(await listClasses(user));
});
