// What stands between the browser and better-auth's endpoints (app/api/auth/[...all]/route.ts):
// progressive sign-in delays, sign-up answers that do not say whether an email is taken, the
// forgot-password switch, and better-auth's JSON errors rewritten as problem+json.
import { toNextJsHandler } from "better-auth/next-js";
import { databaseUnavailable, problemResponse, type FieldError } from "../api/problem.ts";
import { databaseReachable } from "../db/health.ts";
import { findUserByEmail } from "../db/users.ts";
import { describeWait } from "../domain/sign-in-limit.ts";
import { getAuth } from "./auth.ts";
import { mailEnabled } from "./mail.ts";
import { checkSignUp, signInGate } from "./rate-limit.ts";

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  422: "Unprocessable content",
  429: "Too many requests",
};

/** The field each of better-auth's error codes is about, where one is (per endpoint for passwords). */
function fieldOf(code: string, endpoint: string): string | null {
  const newPasswordEndpoint = endpoint === "/change-password" || endpoint === "/reset-password";
  switch (code) {
    case "INVALID_EMAIL":
    case "USER_EMAIL_NOT_FOUND":
      return "email";
    case "PASSWORD_TOO_SHORT":
    case "PASSWORD_TOO_LONG":
      return newPasswordEndpoint ? "newPassword" : "password";
    case "INVALID_PASSWORD":
      return endpoint === "/change-password" ? "currentPassword" : "password";
    case "INVALID_TOKEN":
    case "TOKEN_EXPIRED":
      return "token";
    default:
      return null;
  }
}

/** A better-auth error (`{ code, message }` JSON) as problem+json naming the field at fault. A 5xx
 * while the database does not answer is the outage it is (better-auth catches the driver's error and
 * answers 500): 503 with Retry-After, like every other route. */
export async function asProblem(response: Response, endpoint: string): Promise<Response> {
  if (response.ok || response.status < 400) return response;
  if (response.status >= 500 && !(await databaseReachable())) return databaseUnavailable();
  if ((response.headers.get("content-type") ?? "").includes("application/problem+json")) return response;
  const text = await response.text();
  let data: { code?: unknown; message?: unknown } = {};
  try {
    data = JSON.parse(text) ?? {};
  } catch {
    // A body that is not JSON: keep its status, say it plainly.
  }
  const code = typeof data.code === "string" ? data.code : undefined;
  const message = typeof data.message === "string" && data.message ? data.message : TITLES[response.status] ?? "Error";
  const errors: FieldError[] = [];
  // Validation errors read "[body.email] Invalid email address" (one per line, by better-call).
  for (const match of message.matchAll(/\[body\.([A-Za-z0-9_]+)\]\s*([^;\n]*)/g)) errors.push({ field: match[1], message: match[2].trim() });
  const field = code ? fieldOf(code, endpoint) : null;
  if (field && errors.length === 0) errors.push({ field, message });
  const headers: Record<string, string> = {};
  for (const name of ["retry-after", "set-cookie", "www-authenticate"]) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  return problemResponse(response.status, TITLES[response.status] ?? "Error", message, {
    errors: errors.length ? errors : undefined,
    headers,
    members: code ? { code } : undefined,
  });
}

const betterAuth = (request: Request) => toNextJsHandler(getAuth()).POST(request);

function withBody(request: Request, url: string, body: string): Request {
  return new Request(url, { method: "POST", headers: request.headers, body });
}

function tooMany(waitMs: number, what: string): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return problemResponse(429, "Too many requests", `${what} Try again in ${describeWait(waitMs)}.`, {
    headers: { "retry-after": String(seconds) },
    members: { retryAfter: seconds },
  });
}

/** Sign in: refused while the account (for an unknown browser), this client or its address waits. */
export async function signIn(request: Request, text: string, email: string): Promise<Response> {
  const gate = await signInGate(email, request);
  if (gate.waitMs > 0) return tooMany(gate.waitMs, "Too many failed sign-ins for this account.");
  const response = await betterAuth(withBody(request, request.url, text));
  if (response.status === 401) await gate.failed();
  if (!response.ok) return response;
  const marked = new Response(response.body, response);
  marked.headers.append("set-cookie", await gate.succeeded());
  return marked;
}

/** The part of a sign-up answer that is the same whether or not the email was taken. */
async function uniformBody(response: Response): Promise<string> {
  const data = (await response.json().catch(() => ({}))) as { user?: Record<string, unknown> };
  const u = data.user ?? {};
  return JSON.stringify({ token: null, user: { id: u.id, email: u.email, name: u.name, emailVerified: false } });
}

/**
 * The Set-Cookie a taken email gets in place of a new session, shaped like better-auth's own session
 * cookie (name, signed value, attributes), so the answer cannot tell the two apart. A client that sent
 * a session cookie (a guest) gets its own back and stays who it was; one without gets a signed token
 * that names no session, so it stays signed out.
 */
async function standInSessionCookie(request: Request): Promise<string> {
  const ctx = await getAuth().$context;
  const { name, attributes: options } = ctx.authCookies.sessionToken;
  const sent = (request.headers.get("cookie") ?? "")
    .split(/;\s*/)
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  const value = sent || (await signedToken(ctx.secret));
  // better-call's attribute order, as better-auth writes its session cookie.
  let cookie = `${name}=${value}; Max-Age=${Math.floor(ctx.sessionConfig.expiresIn)}`;
  if (options.domain) cookie += `; Domain=${options.domain}`;
  if (options.path) cookie += `; Path=${options.path}`;
  if (options.httpOnly) cookie += "; HttpOnly";
  if (options.secure) cookie += "; Secure";
  if (options.sameSite) cookie += `; SameSite=${options.sameSite.charAt(0).toUpperCase()}${options.sameSite.slice(1)}`;
  if (options.partitioned) cookie += "; Partitioned";
  return cookie;
}

/** A fresh 32-character token signed the way better-auth signs its cookies (HMAC-SHA256, base64). */
async function signedToken(secret: string): Promise<string> {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const token = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => alphabet[b % alphabet.length]).join("");
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(token)));
  return encodeURIComponent(`${token}.${btoa(String.fromCharCode(...signature))}`);
}

/** Sign up: a new account is signed in at once; a taken email gets the same 200, body and cookie shape
 * (better-auth hashes the password for it, and we spend the time a sign-in would), just no new session. */
export async function signUp(request: Request, text: string, email: string, password: string): Promise<Response> {
  const wait = await checkSignUp(request);
  if (wait > 0) return tooMany(wait * 1000, "Too many sign-ups from here.");
  const existed = Boolean(email && (await findUserByEmail(email.trim().toLowerCase())));
  const response = await betterAuth(withBody(request, request.url, text));
  if (!response.ok) return response;
  const body = await uniformBody(response);
  const headers = { "content-type": "application/json" };
  if (existed) {
    // What signing in would have cost: one more scrypt of the password.
    await (await getAuth().$context).password.hash(password);
    const answer = new Response(body, { status: 200, headers });
    answer.headers.append("set-cookie", await standInSessionCookie(request));
    return answer;
  }
  // Signing the new account in through the endpoint runs its hooks: a guest's cards move over here.
  const signInUrl = request.url.replace(/\/sign-up\/email(\?.*)?$/, "/sign-in/email");
  const session = await betterAuth(withBody(request, signInUrl, JSON.stringify({ email, password })));
  const answer = new Response(body, { status: 200, headers });
  for (const cookie of session.headers.getSetCookie()) answer.headers.append("set-cookie", cookie);
  return answer;
}

/** Forgot password: only when mail is set up; otherwise say who can help. */
export async function requestReset(request: Request, text: string): Promise<Response> {
  if (!mailEnabled()) {
    return problemResponse(404, "Not found", "Password reset by e-mail is not set up here. Ask an admin for a reset link.", {
      members: { code: "RESET_BY_MAIL_DISABLED" },
    });
  }
  return betterAuth(withBody(request, request.url, text));
}

export const forward = (request: Request, text: string) => betterAuth(withBody(request, request.url, text));
