import { handler } from "@/lib/api/handler";
import { unauthorized } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { reviewRoutes, studySettingsBody } from "@/lib/api/schemas/review";
import { studySettingsView, updateStudySettings } from "@/lib/app/study-settings";

export const dynamic = "force-dynamic";

export const GET = handler({ auth: "user", spec: reviewRoutes["GET /api/settings/study"] }, async (_request, { user }) => {
  const view = await studySettingsView(user.id);
  if (!view) throw unauthorized();
  return json(view);
});

export const PUT = handler({ auth: "user", spec: reviewRoutes["PUT /api/settings/study"] }, async (request, { user }) => {
  const body = await parseJson(request, studySettingsBody);
  const saved = await updateStudySettings(user.id, body, new Date());
  if (!saved) throw unauthorized();
  return json({ ...saved.view, rescheduled: saved.rescheduled });
});
