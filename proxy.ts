// Runs before Next.js routes any request (Next 16's successor of middleware.ts). It sets the security
// headers (lib/api/security-headers.ts) of pages and static files (route handlers set the API's own,
// lib/api/handler.ts), gives each page request its id, and answers what
// Next.js itself would answer badly: a broken percent-encoding in the path (Next: text/plain 500), a
// method an API route does not export (Next: 405 without `Allow`), and a page while the database is
// unreachable (Next: 500; here 503 with Retry-After, lib/api/outage.ts). What it answers itself, it logs.
import { NextResponse, type NextRequest } from "next/server";
import { baseUrl } from "@/lib/auth/origins";
import { assignRequestId, logRequest, REQUEST_ID_HEADER } from "@/lib/api/log";
import { databaseAnswers, outagePage } from "@/lib/api/outage";
import { problemResponse } from "@/lib/api/problem";
import { allowHeader, matchApiRoute, routeOfPath, undecodableSegments } from "@/lib/api/route-table";
import { newNonce, securityHeaders, type ResponseKind } from "@/lib/api/security-headers";

/** API routes Next.js answers from its build output, never running a handler. */
const PRERENDERED_API = new Set(["/api/openapi.json"]);

const kindOf = (pathname: string): ResponseKind =>
  pathname === "/api" || pathname.startsWith("/api/") ? "api" : pathname.startsWith("/_next/static/") || pathname === "/favicon.ico" ? "asset" : "page";

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest): Promise<Response> {
  const started = performance.now();
  const { pathname } = request.nextUrl;
  const kind = kindOf(pathname);
  const requestId = assignRequestId(request.headers.get(REQUEST_ID_HEADER));
  const nonce = kind === "page" ? newNonce() : undefined;
  const headers: Record<string, string> = { ...securityHeaders({ kind, nonce, baseUrl: baseUrl(), dev: process.env.NODE_ENV === "development" }), [REQUEST_ID_HEADER]: requestId };
  const answer = (response: Response, extra: Record<string, string> = {}): Response => {
    logRequest({ requestId, method: request.method, route: routeOfPath(pathname), status: response.status, durationMs: Math.round((performance.now() - started) * 10) / 10 });
    return withHeaders(response, { ...headers, ...extra });
  };

  const broken = undecodableSegments(pathname);
  if (broken.length) {
    const match = kind === "api" ? matchApiRoute(pathname) : null;
    const field = Object.entries(match?.params ?? {}).find(([, raw]) => broken.includes(raw))?.[0] ?? "(path)";
    const detail = "The path holds a percent-encoding that is not UTF-8.";
    if (kind === "api") {
      return answer(problemResponse(400, "Bad request", detail, { errors: [{ field, message: "malformed percent-encoding" }] }));
    }
    const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad request · Factdeck</title><body><h1>Bad request</h1><p>${detail}</p><p><a href="/">Back to articles</a></p></body></html>`;
    return answer(new Response(page, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } }));
  }

  if (kind === "api") {
    const match = matchApiRoute(pathname);
    const method = request.method.toUpperCase();
    const exported = match && (match.methods.includes(method) || (method === "HEAD" && match.methods.includes("GET")));
    if (match && method !== "OPTIONS" && !exported) {
      const allow = allowHeader(match.methods);
      return answer(problemResponse(405, "Method not allowed", `${pathname} answers ${allow}.`), { allow });
    }
    // A route handler sets its own headers and request id (lib/api/handler.ts): headers added here
    // would cost every API call ~0.7 ms of Next.js copying them. The prerendered API document, an
    // OPTIONS and an unknown path get theirs below.
    if (exported && !PRERENDERED_API.has(match.path)) return NextResponse.next();
  }

  if (!nonce) {
    // Static files and the API answers above: response headers only. Rewriting the request's headers
    // makes Next.js copy all of them through its router on every call.
    if (kind === "api") delete headers[REQUEST_ID_HEADER];
    return withHeaders(NextResponse.next(), headers);
  }
  // A page needs the database (the root layout reads the session): while it does not answer, say so.
  if (!(await databaseAnswers())) return answer(outagePage(nonce));
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

// Every request, static files included (nosniff, frame-ancestors; those cost no nonce), except the
// five learner calls of a study session (rate, queue, start, answer, finish) when their path is plain:
// for those this pass adds nothing their handler does not (headers, request id, outage answer) and
// cost about a fifth of their server CPU in bench:load (Next.js builds a request, an abort signal
// and a context for it).
// Their route files answer the 405s and OPTIONS themselves (otherMethods, lib/api/handler.ts); a
// path with a percent-encoding (an id holding `%`) still comes here. The bench-only bare routes
// (absent from production builds) skip it too, so bench:api compares like with like. Next.js needs
// a literal here.
export const config = {
  matcher: ["/((?!api/bench/|api/review(?:/queue)?$|api/attempts(?:/[A-Za-z0-9_-]+/(?:answers|finish))?$).*)"],
};

