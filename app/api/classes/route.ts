import { handler } from "@/lib/api/handler";
import { json, parseJson } from "@/lib/api/request";
import { createClassBody, setRoutes } from "@/lib/api/schemas/sets";
import { createClass, listClasses } from "@/lib/app/classes";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "teacher", denied: "Only teachers can create classes.", spec: setRoutes["POST /api/classes"] }, async (request, { user }) => {
  const { name } = await parseJson(request, createClassBody);
  return json(await createClass(user, name), { status: 201 });
});

export const GET = handler({ auth: "user", spec: setRoutes["GET /api/classes"] }, async (_request, { user }) => json(await listClasses(user)));
