import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { setRoutes } from "@/lib/api/schemas/sets";
import { attachment } from "@/lib/api/skipped-header";
import { slugify } from "@/lib/content/slug";
import { classResultsAsCsv } from "@/lib/app/assignments";

export const dynamic = "force-dynamic";

export const GET = handler<{ id: string }, "user">({ auth: "user", spec: setRoutes["GET /api/classes/{id}/results/csv"] }, async (_request, { user, params }) => {
  const found = await classResultsAsCsv(user, params.id);
  if (!found) throw notFound("class");
  return new Response(found.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(`${slugify(found.className) || "class"}-results.csv`),
      "cache-control": "private, no-store",
    },
  });
});
