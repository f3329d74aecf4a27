import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { asProblem, forward, requestReset, signIn, signUp } from "@/lib/auth/auth-routes";
import { handler } from "@/lib/api/handler";
import { problemResponse } from "@/lib/api/problem";
import { readBodyText } from "@/lib/api/request";
import { forgetCachedSessions } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const endpointOf = (request: Request) => new URL(request.url).pathname.replace(/^\/api\/auth/, "");

/** The log line names better-auth's own endpoints; any other path under /api/auth is one route. */
const shared = globalThis as unknown as { factdeckAuthEndpoints?: Set<string> };
function logRoute(request: Request): string {
  const endpoints = (shared.factdeckAuthEndpoints ??= new Set(Object.values(getAuth().api).map((e) => (e as { path?: string }).path ?? "")));
  const endpoint = endpointOf(request);
  return endpoints.has(endpoint) ? `/api/auth${endpoint}` : "/api/auth/{...all}";
}

// Wrapped like every API route (lib/api/handler.ts): a request id and one log line each, and a
// database outage answered 503 with Retry-After.
export const GET = handler({ auth: "none", route: logRoute }, async (request) =>
  asProblem(await toNextJsHandler(getAuth()).GET(request), endpointOf(request)),
);

/** better-auth's POST endpoints, behind our checks: cross-origin refusal (the wrapper's), 1 MB bodies, sign-in delays,
 * uniform sign-up answers; its errors leave as problem+json. */
export const POST = handler({ auth: "none", route: logRoute }, async (request) => {
  const endpoint = endpointOf(request);
  let text: string;
  try {
    text = await readBodyText(request);
  } catch {
    return problemResponse(413, "Payload too large", "The request body is larger than 1024 KiB.");
  }
  let body: { email?: unknown; password?: unknown } = {};
  if (endpoint === "/sign-in/email" || endpoint === "/sign-up/email") {
    try {
      body = (JSON.parse(text) as typeof body) ?? {};
    } catch {
      return problemResponse(400, "Bad request", "The body is not valid JSON.", {
        errors: [{ field: "(body)", message: "malformed JSON" }],
      });
    }
  }
  const email = typeof body.email === "string" ? body.email : "";
  try {
    let response: Response;
    if (endpoint === "/sign-in/email") response = await signIn(request, text, email);
    else if (endpoint === "/sign-up/email") response = await signUp(request, text, email, typeof body.password === "string" ? body.password : "");
    else if (endpoint === "/request-password-reset") response = await requestReset(request, text);
    else response = await forward(request, text);
    return await asProblem(response, endpoint);
  } finally {
    // Sign-out, linking a guest, role changes… some commit inside transactions after the write
    // counter moved, so start every cached lookup afresh once the auth route is done.
    forgetCachedSessions();
  }
});
