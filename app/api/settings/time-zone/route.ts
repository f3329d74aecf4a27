import { handler } from "@/lib/api/handler";
import { json, parseJson } from "@/lib/api/request";
import { browserTimeZoneBody, reviewRoutes } from "@/lib/api/schemas/review";
import { adoptBrowserTimeZone } from "@/lib/app/study-settings";

export const dynamic = "force-dynamic";

export const POST = handler({ auth: "user", spec: reviewRoutes["POST /api/settings/time-zone"] }, async (request, { user }) => {
  const { timeZone } = await parseJson(request, browserTimeZoneBody);
  return json(await adoptBrowserTimeZone(user, timeZone));
});
