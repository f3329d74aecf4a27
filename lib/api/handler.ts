import { isCrossOrigin } from "../auth/origins.ts";
import { currentUser } from "../auth/session.ts";
import type { AppUser } from "../db/users.ts";
import { ApiError, problemResponse, unauthorized } from "./problem.ts";

type Params = Record<string, string | string[]>;
export interface HandlerContext<P extends Params = Params> {
  params: Promise<P>;
}

/** Wraps a route handler: refuses cross-origin writes, turns ApiError into problem+json, and
 * logs anything else as the bug it is (500). */
export function handler<P extends Params = Params>(
  fn: (request: Request, ctx: HandlerContext<P>) => Promise<Response>,
): (request: Request, ctx: HandlerContext<P>) => Promise<Response> {
  return async (request, ctx) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && isCrossOrigin(request)) {
        return problemResponse(403, "Forbidden", "Cross-origin requests may not change anything.");
      }
      return await fn(request, ctx);
    } catch (error) {
      if (error instanceof ApiError) {
        return problemResponse(error.status, error.title, error.detail, error.extra);
      }
      console.error(`[factdeck] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return problemResponse(500, "Internal error", "Something went wrong on our side; it has been logged.");
    }
  };
}

/** Who is asking, or 401. */
export async function requireUser(request: Request): Promise<AppUser> {
  const user = await currentUser(request.headers);
  if (!user) throw unauthorized();
  return user;
}

export const optionalUser = (request: Request) => currentUser(request.headers);
