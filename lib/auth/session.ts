import { getAuth } from "./auth.ts";
import { sessionCacheSeconds } from "../config.ts";
import { writeCount } from "../db/client.ts";
import { toRole, type AppUser } from "../domain/user.ts";

type SessionUser = {
  id: string;
  name: string;
  email: string;
  role?: string | null;
  isAnonymous?: boolean | null;
  timeZone?: string | null;
  dayStartHour?: number | null;
};

// Session lookups cached per instance, keyed by the exact Cookie header better-auth verified.
// better-auth's getSession (signature check, two queries, plugin hooks) is most of the cost of a
// quiz answer; a learner sends one every few seconds. An entry dies after FACTDECK_SESSION_CACHE_SECONDS,
// when its session expires, and whenever this process writes a user or session (sign-out, role,
// time zone: see writeCount) — so only a change made on another instance can be up to that many
// seconds late here. Failed lookups are never cached.
const MAX_ENTRIES = 10_000;
interface Entry {
  user: AppUser;
  until: number;
  writes: number;
}
// On globalThis: Next.js may bundle this module into several chunks, and the auth routes' clearing
// must reach the copy every other route reads.
const sessions = ((globalThis as unknown as { factdeckSessions?: Map<string, Entry> }).factdeckSessions ??= new Map<string, Entry>());
const identityWrites = () => writeCount("user", "session");

/** Forgets every cached session lookup (after any request to the auth routes, whose effects may commit late). */
export function forgetCachedSessions(): void {
  sessions.clear();
}

async function lookUp(headers: Headers): Promise<{ user: AppUser; expiresAt: number } | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const u = session.user as SessionUser;
  return {
    user: {
      id: u.id,
      name: u.name,
      email: u.email,
      role: toRole(u.role),
      isAnonymous: Boolean(u.isAnonymous),
      timeZone: u.timeZone ?? "UTC",
      dayStartHour: u.dayStartHour ?? 4,
    },
    expiresAt: new Date(session.session.expiresAt).getTime(),
  };
}

/** Who is asking: the signed-in (or guest) user behind the request's session cookie, or null.
 * better-auth reads the session and its user in one lookup; our fields ride along with it. */
export async function currentUser(headers: Headers): Promise<AppUser | null> {
  const ttlMs = sessionCacheSeconds() * 1000;
  const cookie = headers.get("cookie");
  if (ttlMs === 0 || !cookie) return (await lookUp(headers))?.user ?? null;

  const now = Date.now();
  const hit = sessions.get(cookie);
  if (hit && hit.until > now && hit.writes === identityWrites()) return { ...hit.user };
  if (hit) sessions.delete(cookie);

  const writes = identityWrites(); // taken before the lookup: a write during it invalidates the entry
  const found = await lookUp(headers);
  if (!found) return null;
  if (sessions.size >= MAX_ENTRIES) sessions.delete(sessions.keys().next().value!);
  sessions.set(cookie, { user: found.user, until: Math.min(now + ttlMs, found.expiresAt), writes });
  return { ...found.user };
}
