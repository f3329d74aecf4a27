import { handler, requireUser } from "@/lib/api/handler";
import { unauthorized } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { studySettingsBody } from "@/lib/api/schemas/review";
import { studySettingsView, updateStudySettings } from "@/lib/db/study-settings";

export const dynamic = "force-dynamic";

export const GET = handler(async (request) => {
  const user = await requireUser(request);
  const view = await studySettingsView(user.id);
  if (!view) throw unauthorized();
  return json(view);
});

export const PUT = handler(async (request) => {
  const user = await requireUser(request);
  const body = await parseJson(request, studySettingsBody);
  const saved = await updateStudySettings(user.id, body, new Date());
  if (!saved) throw unauthorized();
  return json({ ...saved.view, rescheduled: saved.rescheduled });
});
