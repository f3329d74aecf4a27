import { handler, requireUser } from "@/lib/api/handler";
import { json, parseJson } from "@/lib/api/request";
import { browserTimeZoneBody } from "@/lib/api/schemas/review";
import { adoptBrowserTimeZone } from "@/lib/db/study-settings";

export const dynamic = "force-dynamic";

// The review page sends the browser's zone on a learner's first visit; an explicit choice in
// the settings (anything but the default "UTC") is never overwritten.
export const POST = handler(async (request) => {
  const user = await requireUser(request);
  const { timeZone } = await parseJson(request, browserTimeZoneBody);
  const adopted = await adoptBrowserTimeZone(user.id, timeZone);
  return json({ adopted, timeZone: adopted ? timeZone : user.timeZone });
});
