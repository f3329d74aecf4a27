import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { checkSignIn, checkSignUp, signInSucceeded } from "@/lib/auth/rate-limit";
import { problemResponse } from "@/lib/api/problem";
import { readBodyText } from "@/lib/api/request";
import { isCrossOrigin } from "@/lib/auth/origins";
import { forgetCachedSessions } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

/** better-auth's POST endpoints, behind our checks: cross-origin refusal, 1 MB bodies, and the
 * database-backed sign-in/sign-up limits. */
export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  if (isCrossOrigin(request)) return problemResponse(403, "Forbidden", "Cross-origin requests may not change anything.");
  let text: string;
  try {
    text = await readBodyText(request);
  } catch {
    return problemResponse(413, "Payload too large", "The request body is larger than 1024 KiB.");
  }
  let email = "";
  if (path.endsWith("/sign-in/email") || path.endsWith("/sign-up/email")) {
    try {
      email = String((JSON.parse(text) as { email?: unknown }).email ?? "");
    } catch {
      return problemResponse(400, "Bad request", "The body is not valid JSON.", {
        errors: [{ field: "(body)", message: "malformed JSON" }],
      });
    }
  }
  if (path.endsWith("/sign-in/email")) {
    const wait = await checkSignIn(email, request);
    if (wait > 0) {
      return problemResponse(429, "Too many requests", "Too many sign-in attempts for this account. Try again later.", {
        headers: { "retry-after": String(wait) },
      });
    }
  } else if (path.endsWith("/sign-up/email")) {
    const wait = await checkSignUp(request);
    if (wait > 0) {
      return problemResponse(429, "Too many requests", "Too many sign-ups. Try again later.", {
        headers: { "retry-after": String(wait) },
      });
    }
  }
  const forwarded = new Request(request.url, { method: "POST", headers: request.headers, body: text });
  try {
    const response = await toNextJsHandler(getAuth()).POST(forwarded);
    if (path.endsWith("/sign-in/email") && response.ok) await signInSucceeded(email);
    return response;
  } finally {
    // Sign-out, linking a guest, role changes… some commit inside transactions after the write
    // counter moved, so start every cached lookup afresh once the auth route is done.
    forgetCachedSessions();
  }
}
