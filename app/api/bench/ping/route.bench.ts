// The bare routes the API benchmark compares with: same server, no auth, no database. GET is the
// smallest possible handler; POST also reads a small JSON body, as every write route must.
// Built only for a benchmark: the `.bench.ts` extension is a page extension only when
// FACTDECK_BENCH=1 at build time (next.config.mjs), so a production build has no /api/bench.
import { problemResponse } from "@/lib/api/problem";
import { apiSecurityHeaders } from "@/lib/api/security-headers";
import { baseUrl } from "@/lib/auth/origins";

/** The API's security headers, set as lib/api/handler.ts sets them (proxy.ts does not run on /api/bench). */
const bare = (response: Response): Response => {
  for (const [name, value] of apiSecurityHeaders(baseUrl())) response.headers.set(name, value);
  return response;
};

export const dynamic = "force-dynamic";

export function GET(): Response {
  return bare(Response.json({ ok: true }));
}

export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    // A bad body is the caller's mistake, not a 500 (kept outside `handler` so the baseline stays bare).
    return bare(problemResponse(400, "Bad request", "The body is not valid JSON.", { errors: [{ field: "(body)", message: "malformed JSON" }] }));
  }
  return bare(Response.json({ ok: true, received: typeof body }));
}
