import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { trustedProxyCount } from "../config.ts";
import { clearRateLimit, forgetOneFailure, hitRateLimit, purgeRateLimits, readRateLimits, recordFailure } from "../db/rate-limits.ts";
import {
  ACCOUNT_DELAY,
  ADDRESS_DELAY,
  CLIENT_DELAY,
  STREAK_FORGOTTEN_AFTER_MS,
  remainingWait,
  type DelayPolicy,
} from "../domain/sign-in-limit.ts";
import { baseUrl } from "./origins.ts";
import { authSecret } from "./secret.ts";

export const SIGN_UP_LIMIT = { max: 20, windowMs: 60 * 60_000 };

/** The client's address as far as it can be trusted: the entry FACTDECK_TRUSTED_PROXIES hops from
 * the right of X-Forwarded-For, or none at all when no proxy is trusted (the header is forgeable). */
export function clientAddress(request: Request): string | null {
  const hops = trustedProxyCount();
  if (hops === 0) return null;
  const chain = (request.headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : null;
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);
const accountKey = (email: string) => `signin:account:${hash(email.trim().toLowerCase())}`;

// A browser that has signed in to an account before carries a signed "known device" token for it
// (OWASP's device cookie). Such a browser is not held back by the account's failures, only by its
// own: someone guessing a teacher's password elsewhere cannot lock the teacher out of their laptop.
export const DEVICE_COOKIE = "factdeck_device";
const MAX_DEVICE_TOKENS = 5;
const sign = (account: string, nonce: string) =>
  createHmac("sha256", authSecret()).update(`device:${account}:${nonce}`).digest("base64url").slice(0, 32);

function deviceTokens(request: Request): string[] {
  const cookie = request.headers.get("cookie") ?? "";
  const raw = cookie.split(/;\s*/).find((c) => c.startsWith(`${DEVICE_COOKIE}=`))?.slice(DEVICE_COOKIE.length + 1) ?? "";
  return raw.split("~").filter((t) => /^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{32}$/.test(t)).slice(0, MAX_DEVICE_TOKENS);
}

/** The nonce of this request's device token for the account, or null when it has none. */
function knownDevice(request: Request, account: string): string | null {
  for (const token of deviceTokens(request)) {
    const [nonce, sig] = token.split(".");
    const expected = sign(account, nonce);
    if (timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) return nonce;
  }
  return null;
}

function deviceCookie(request: Request, account: string, nonce: string | null): string {
  const fresh = nonce ?? randomBytes(16).toString("base64url");
  const others = deviceTokens(request).filter((t) => !t.startsWith(`${fresh}.`));
  const value = [`${fresh}.${sign(account, fresh)}`, ...others].slice(0, MAX_DEVICE_TOKENS).join("~");
  const secure = baseUrl().startsWith("https:") ? "; Secure" : "";
  return `${DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${400 * 24 * 3600}; HttpOnly; SameSite=Lax${secure}`;
}

export interface SignInGate {
  /** Milliseconds the client must wait before this attempt is heard; 0 when it may go ahead. */
  waitMs: number;
  /** Counts a wrong password against the account, this client and its address. */
  failed(): Promise<void>;
  /** Clears the streaks a right password ends; returns the Set-Cookie that marks this browser as known. */
  succeeded(): Promise<string>;
}

/** Sign-in attempts wait progressively longer after failures, counted per account, per account and
 * client (known browser or trusted address) and per trusted address. A known browser ignores the
 * account's count, so failures elsewhere never hold it back. */
export async function signInGate(email: string, request: Request, now = Date.now()): Promise<SignInGate> {
  const account = accountKey(email);
  const nonce = knownDevice(request, account);
  const address = clientAddress(request);
  const buckets: [string, DelayPolicy][] = [];
  if (nonce) buckets.push([`signin:device:${hash(`${account}:${nonce}`)}`, CLIENT_DELAY]);
  else buckets.push([account, ACCOUNT_DELAY]);
  if (address) {
    buckets.push([`signin:client:${hash(`${account}:${address}`)}`, CLIENT_DELAY]);
    buckets.push([`signin:ip:${hash(address)}`, ADDRESS_DELAY]);
  }
  const streaks = await readRateLimits(buckets.map(([key]) => key));
  let waitMs = Math.max(0, ...buckets.map(([key, policy]) => remainingWait(streaks.get(key), policy, now)));
  // Known browsers' failures still count against the account, for clients it has never seen.
  const counted = nonce ? [...buckets.map(([key]) => key), account] : buckets.map(([key]) => key);
  const nop = { async failed() {}, async succeeded() { return ""; } };
  if (waitMs > 0) return { waitMs, ...nop };

  // The attempt is counted as a failure before the password is checked (and taken back if right):
  // requests sent in parallel then see each other, and past the free tries only the first of them
  // is heard — the rest wait as if each had failed.
  for (const key of counted) {
    const before = streaks.get(key)?.count ?? 0;
    const fresh = !streaks.get(key) || now - streaks.get(key)!.last >= STREAK_FORGOTTEN_AFTER_MS;
    const n = await recordFailure(key, STREAK_FORGOTTEN_AFTER_MS, now);
    const policy = buckets.find(([k]) => k === key)?.[1];
    if (!policy || n <= policy.free) continue;
    if (n !== (fresh ? 1 : before + 1)) waitMs = Math.max(waitMs, remainingWait({ count: n - 1, last: now }, policy, now), 1000);
  }
  if (Math.random() < 0.05) await purgeRateLimits(now - STREAK_FORGOTTEN_AFTER_MS); // streaks nobody adds to expire
  if (waitMs > 0) return { waitMs, ...nop };
  return {
    waitMs: 0,
    async failed() {
      // Counted already, above.
    },
    async succeeded() {
      // The client's streak ends. A known browser's success leaves the account's streak as it was
      // (it says nothing about whoever else is guessing, who would otherwise get fresh free tries
      // each time the owner signs in); the advance count on it and on the address is taken back.
      const client = buckets.filter(([key]) => !key.startsWith("signin:ip:")).map(([key]) => key);
      if (nonce) {
        await clearRateLimit(...client);
        await forgetOneFailure(account);
      } else await clearRateLimit(...client, account);
      for (const [key] of buckets) if (key.startsWith("signin:ip:")) await forgetOneFailure(key);
      return deviceCookie(request, account, nonce);
    },
  };
}

/** After a password reset the account starts afresh: its failure streaks go. */
export async function clearSignInFailures(email: string): Promise<void> {
  await clearRateLimit(accountKey(email));
}

export async function checkSignUp(request: Request, now = Date.now()): Promise<number> {
  const address = clientAddress(request) ?? "unknown";
  const count = await hitRateLimit(`signup:ip:${hash(address)}`, SIGN_UP_LIMIT.windowMs, now);
  // Without a trusted address every sign-up shares one bucket: keep that bucket generous.
  const max = address === "unknown" ? SIGN_UP_LIMIT.max * 50 : SIGN_UP_LIMIT.max;
  return count > max ? Math.ceil(SIGN_UP_LIMIT.windowMs / 1000) : 0;
}
