import { headers } from "next/headers";
import { currentUser } from "./session.ts";

/** The user behind the current page request (Server Components). */
export async function pageUser() {
  return currentUser(await headers());
}
