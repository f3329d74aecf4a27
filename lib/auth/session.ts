import { getAuth } from "./auth.ts";
import { findUser, type AppUser } from "../db/users.ts";

/** Who is asking: the signed-in (or guest) user behind the request's session cookie, or null. */
export async function currentUser(headers: Headers): Promise<AppUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  return findUser(session.user.id);
}
