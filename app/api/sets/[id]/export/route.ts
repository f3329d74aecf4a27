import { handler, requireUser } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { parseQuery } from "@/lib/api/request";
import { exportQuery, SKIPPED_HEADER } from "@/lib/api/schemas/sets";
import { exportableSet } from "@/lib/db/sets";
import { exportSet } from "@/lib/export";

export const dynamic = "force-dynamic";

/** Proxies commonly refuse response headers over 8 KB: shorten the prompts, then list fewer
 * items with a final "and N more" entry. The reason is what the teacher needs most. */
const HEADER_BUDGET = 7_000;
type Skipped = { key: string; prompt: string; reason: string };
function skippedHeader(skipped: Skipped[]): string {
  for (const limit of [160, 60]) {
    const short = skipped.map((s) => ({ ...s, prompt: s.prompt.length > limit ? `${s.prompt.slice(0, limit - 1)}…` : s.prompt }));
    const encoded = encodeURIComponent(JSON.stringify(short));
    if (encoded.length <= HEADER_BUDGET || limit === 60) {
      if (encoded.length <= HEADER_BUDGET) return encoded;
      for (let n = short.length - 1; n > 0; n--) {
        const cut = [...short.slice(0, n), { key: "", prompt: "", reason: `and ${short.length - n} more` }];
        const text = encodeURIComponent(JSON.stringify(cut));
        if (text.length <= HEADER_BUDGET) return text;
      }
    }
  }
  return encodeURIComponent(JSON.stringify([{ key: "", prompt: "", reason: `${skipped.length} questions left out` }]));
}

export const GET = handler<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { format } = parseQuery(request, exportQuery);
  const { id } = await params;
  const found = await exportableSet(user, id, new Date());
  if (!found) throw notFound("question set");
  const file = await exportSet(found.set, format);
  const skipped = [...found.notApproved, ...file.skipped];
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      [SKIPPED_HEADER]: skippedHeader(skipped),
      "cache-control": "private, no-store",
    },
  });
});
