import { cookies, headers } from "next/headers";
import { currentUser } from "./session.ts";

/** The user behind the current page request (Server Components). */
export async function pageUser() {
  return currentUser(await headers());
}

/** True when the request carries a session cookie: with no user behind it, the session has ended
 * (expired or signed out elsewhere), which a page should say rather than look empty. */
export async function pageHadSession(): Promise<boolean> {
  const jar = await cookies();
  return jar.getAll().some((c) => /(^|\.)session_token$/.test(c.name.replace(/^__Secure-/, "")));
}
