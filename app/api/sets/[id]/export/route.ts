import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { parseQuery } from "@/lib/api/request";
import { exportQuery, setRoutes, SKIPPED_HEADER } from "@/lib/api/schemas/sets";
import { attachment, skippedHeader } from "@/lib/api/skipped-header";
import { exportSetFile } from "@/lib/app/export";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["GET /api/sets/{id}/export"] }, async (request, { user, params }) => {
  const { format, paper, version, term, card } = parseQuery(request, exportQuery);
  const found = await exportSetFile(user, params.id, format, new Date(), { paper, version, termSeparator: term, cardSeparator: card });
  if (!found) throw notFound("question set");
  const { file, skipped } = found;
  return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": attachment(file.filename),
      [SKIPPED_HEADER]: skippedHeader(skipped),
      "cache-control": "private, no-store",
    },
  });
});
