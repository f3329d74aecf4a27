import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { parseQuery } from "@/lib/api/request";
import { exportQuery, SKIPPED_HEADER } from "@/lib/api/schemas/sets";
import { exportableSet } from "@/lib/db/sets";
import { exportSet } from "@/lib/export";

export const dynamic = "force-dynamic";

/** Long stems would blow the header size limit; the reason is what the teacher needs. */
const shortPrompt = (prompt: string) => (prompt.length > 160 ? `${prompt.slice(0, 157)}…` : prompt);

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { format } = parseQuery(request, exportQuery);
  const { id } = await params;
  const found = await exportableSet(user, id, new Date());
  if (!found) throw notFound("question set");
  const file = await exportSet(found.set, format);
  const skipped = [...found.notApproved, ...file.skipped].map((s) => ({ ...s, prompt: shortPrompt(s.prompt) }));
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      [SKIPPED_HEADER]: encodeURIComponent(JSON.stringify(skipped)),
      "cache-control": "private, no-store",
    },
  });
});
