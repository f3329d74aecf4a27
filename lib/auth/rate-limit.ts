import { createHash } from "node:crypto";
import { trustedProxyCount } from "../config.ts";
import { clearRateLimit, hitRateLimit } from "../db/rate-limits.ts";

export const SIGN_IN_LIMIT = { max: 5, windowMs: 15 * 60_000 };
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

/** Sign-in attempts are limited per account (whatever address they come from) and, where the
 * address is trustworthy, per address. Returns seconds to wait, or 0 when allowed. */
export async function checkSignIn(email: string, request: Request, now = Date.now()): Promise<number> {
  const keys = [`signin:account:${hash(email.trim().toLowerCase())}`];
  const address = clientAddress(request);
  if (address) keys.push(`signin:ip:${hash(address)}`);
  let blocked = false;
  for (const key of keys) {
    const count = await hitRateLimit(key, SIGN_IN_LIMIT.windowMs, now);
    if (count > SIGN_IN_LIMIT.max * (key.includes(":ip:") ? 4 : 1)) blocked = true;
  }
  return blocked ? Math.ceil(SIGN_IN_LIMIT.windowMs / 1000) : 0;
}

export async function signInSucceeded(email: string): Promise<void> {
  await clearRateLimit(`signin:account:${hash(email.trim().toLowerCase())}`);
}

export async function checkSignUp(request: Request, now = Date.now()): Promise<number> {
  const address = clientAddress(request) ?? "unknown";
  const count = await hitRateLimit(`signup:ip:${hash(address)}`, SIGN_UP_LIMIT.windowMs, now);
  // Without a trusted address every sign-up shares one bucket: keep that bucket generous.
  const max = address === "unknown" ? SIGN_UP_LIMIT.max * 50 : SIGN_UP_LIMIT.max;
  return count > max ? Math.ceil(SIGN_UP_LIMIT.windowMs / 1000) : 0;
}
