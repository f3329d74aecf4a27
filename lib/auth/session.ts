import { getAuth } from "./auth.ts";
import { toRole, type AppUser } from "../db/users.ts";

type SessionUser = {
  id: string;
  name: string;
  email: string;
  role?: string | null;
  isAnonymous?: boolean | null;
  timeZone?: string | null;
  dayStartHour?: number | null;
};

/** Who is asking: the signed-in (or guest) user behind the request's session cookie, or null.
 * better-auth reads the session and its user in one lookup; our fields ride along with it. */
export async function currentUser(headers: Headers): Promise<AppUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const u = session.user as SessionUser;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: toRole(u.role),
    isAnonymous: Boolean(u.isAnonymous),
    timeZone: u.timeZone ?? "UTC",
    dayStartHour: u.dayStartHour ?? 4,
  };
}
