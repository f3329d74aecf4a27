import { isCrossOrigin } from "../auth/origins.ts";
import { currentUser } from "../auth/session.ts";
import { canTeach, isAdmin } from "../domain/permissions.ts";
import type { AppUser } from "../domain/user.ts";
import type { ApiRoute } from "./route-spec.ts";
import { ApiError, forbidden, problemResponse, unauthorized } from "./problem.ts";

type Params = Record<string, string | string[]>;
export interface HandlerContext<P extends Params = Params> {
  params: Promise<P>;
}
type NextHandler<P extends Params> = ((request: Request, ctx: HandlerContext<P>) => Promise<Response>) & {
  /** The route's documented contract (OpenAPI, typed client); a test fails on a handler without one. */
  spec?: ApiRoute;
};

/**
 * Who may call a route, declared where the route is: "public" (anyone; `user` may be null),
 * "user" (any session, guests included), "teacher" (teachers and admins), "admin"; "none" is
 * public without looking anyone up (health, the API document: they must not need the session store).
 * Rules on one object (this set, this class) are the use case's first step.
 */
export type Access = "none" | "public" | "user" | "teacher" | "admin";

export interface RouteOptions<A extends Access> {
  auth: A;
  /** The route's contract from lib/api/schemas: method, path, body, response, errors. */
  spec?: ApiRoute;
  /** Said with the 403 when a signed-in user lacks the role. */
  denied?: string;
}

export interface RouteContext<P extends Params, A extends Access> {
  user: A extends "public" | "none" ? AppUser | null : AppUser;
  params: P;
}

const ROLE_RULES: Record<Exclude<Access, "none" | "public" | "user">, { may: (user: AppUser) => boolean; denied: string }> = {
  teacher: { may: canTeach, denied: "Only teachers and admins may do this." },
  admin: { may: isAdmin, denied: "Only admins may do this." },
};

/**
 * Wraps a route handler: refuses cross-origin writes, turns ApiError into problem+json, and logs
 * anything else as the bug it is (500). With options, it also resolves who is asking and applies
 * the declared access rule before `fn` runs (401 without a session, 403 without the role).
 */
export function handler<P extends Params = Params, A extends Access = Access>(
  options: RouteOptions<A>,
  fn: (request: Request, ctx: RouteContext<P, A>) => Promise<Response>,
): NextHandler<P>;
export function handler<P extends Params = Params>(fn: NextHandler<P>): NextHandler<P>;
export function handler<P extends Params, A extends Access>(
  optionsOrFn: RouteOptions<A> | NextHandler<P>,
  maybeFn?: (request: Request, ctx: RouteContext<P, A>) => Promise<Response>,
): NextHandler<P> {
  const inner: NextHandler<P> =
    typeof optionsOrFn === "function"
      ? optionsOrFn
      : async (request, ctx) => {
          const user = await authorize(request, optionsOrFn);
          return maybeFn!(request, { user: user as RouteContext<P, A>["user"], params: await ctx.params });
        };
  const wrapped: NextHandler<P> = async (request, ctx) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && isCrossOrigin(request)) {
        return problemResponse(403, "Forbidden", "Cross-origin requests may not change anything.");
      }
      return await inner(request, ctx);
    } catch (error) {
      if (error instanceof ApiError) {
        return problemResponse(error.status, error.title, error.detail, error.extra);
      }
      console.error(`[factdeck] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return problemResponse(500, "Internal error", "Something went wrong on our side; it has been logged.");
    }
  };
  if (typeof optionsOrFn !== "function" && optionsOrFn.spec) wrapped.spec = optionsOrFn.spec;
  return wrapped;
}

async function authorize(request: Request, options: RouteOptions<Access>): Promise<AppUser | null> {
  if (options.auth === "none") return null;
  if (options.auth === "public") return optionalUser(request);
  const user = await requireUser(request);
  if (options.auth === "user") return user;
  const rule = ROLE_RULES[options.auth];
  if (!rule.may(user)) throw forbidden(options.denied ?? rule.denied);
  return user;
}

/** Who is asking, or 401. */
export async function requireUser(request: Request): Promise<AppUser> {
  const user = await currentUser(request.headers);
  if (!user) throw unauthorized();
  return user;
}

export const optionalUser = (request: Request) => currentUser(request.headers);
