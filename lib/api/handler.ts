import { baseUrl, isCrossOrigin } from "../auth/origins.ts";
import { currentUser } from "../auth/session.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { canTeach, isAdmin } from "../domain/permissions.ts";
import type { AppUser } from "../domain/user.ts";
import { describeError, logRequest, REQUEST_ID_HEADER, requestIdOf } from "./log.ts";
import type { ApiRoute } from "./route-spec.ts";
import { allowHeader, routeOfPath } from "./route-table.ts";
import { apiSecurityHeaders } from "./security-headers.ts";
import { ApiError, badRequest, databaseUnavailable, forbidden, problemResponse, unauthorized, type FieldError } from "./problem.ts";
import { unstorableString } from "./request.ts";

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
  /** The log line's route when there is no spec (default: the path's pattern, lib/api/route-table.ts). */
  route?: (request: Request) => string;
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
 * Wraps a route handler: refuses cross-origin writes and unstorable path parameters, turns ApiError
 * into problem+json, a database outage into 503 with Retry-After, and anything else into the 500 it
 * is (logged). With options, it also resolves who is asking and applies the declared access rule
 * before `fn` runs (401 without a session, 403 without the role). Every request ends in one JSON log
 * line (lib/api/log.ts) and answers with its X-Request-Id and the API's security headers.
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
  const spec = typeof optionsOrFn === "function" ? optionsOrFn.spec : optionsOrFn.spec;
  const routeOf = typeof optionsOrFn === "function" ? undefined : optionsOrFn.route;
  const wrapped: NextHandler<P> = async (request, ctx) => {
    const started = performance.now();
    const requestId = requestIdOf(request);
    let userId: string | undefined;
    let failure: unknown;
    let response: Response;
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS" && isCrossOrigin(request)) {
        response = problemResponse(403, "Forbidden", "Cross-origin requests may not change anything.");
      } else if (typeof optionsOrFn === "function") {
        response = await optionsOrFn(request, ctx);
      } else {
        const params = checkParams(await ctx.params);
        const user = await authorize(request, optionsOrFn);
        userId = user?.id;
        response = await maybeFn!(request, { user: user as RouteContext<P, A>["user"], params });
      }
    } catch (error) {
      response = errorResponse(error);
      // Our own 503s (health) are not failures worth a stack; an outage's driver error is.
      if (response.status >= 500 && !(error instanceof ApiError)) failure = error;
    }
    response = withHeaders(response, [...apiSecurityHeaders(baseUrl()), [REQUEST_ID_HEADER, requestId]]);
    logRequest({
      requestId,
      method: request.method,
      route: spec?.path ?? routeOf?.(request) ?? routeOfPath(new URL(request.url).pathname),
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(userId ? { userId } : {}),
      ...(failure ? { error: describeError(failure) } : {}),
    });
    return response;
  };
  if (spec) wrapped.spec = spec;
  return wrapped;
}

function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return problemResponse(error.status, error.title, error.detail, error.extra);
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  return problemResponse(500, "Internal error", "Something went wrong on our side; it has been logged.");
}

/** Path parameters arrive decoded: `%00` or an encoded lone surrogate would reach the database. */
function checkParams<P extends Params>(params: P): P {
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(params ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) {
      const problem = typeof v === "string" ? unstorableString(v) : null;
      if (problem) errors.push({ field: name, message: problem });
    }
  }
  if (errors.length) throw badRequest("A path parameter is not valid.", errors);
  return params;
}

/** Sets headers on the answer, or on a copy when its headers are immutable (a fetched Response). */
function withHeaders(response: Response, headers: ReadonlyArray<readonly [string, string]>): Response {
  let target = response;
  try {
    response.headers.set(headers[0][0], headers[0][1]);
  } catch {
    target = new Response(response.body, response);
  }
  for (const [name, value] of headers) target.headers.set(name, value);
  return target;
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

type OtherMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Marks the handlers `otherMethods` makes: stand-ins, not methods of the route (tests skip them). */
export const NOT_ALLOWED = Symbol.for("factdeck.methodNotAllowed");

/**
 * For a route proxy.ts does not run on (its `config.matcher` leaves out the hottest learner routes:
 * the proxy's pass cost them about a fifth of their CPU): what the proxy answers for every other route, here
 * as handlers of the methods the route lacks — 405 problem+json with `Allow`, and OPTIONS with
 * `Allow` (Next.js's own would list these stand-ins too). Export exactly the ones it returns:
 *   export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(reviewRoutes["POST /api/review"]);
 */
export function otherMethods<M extends OtherMethod>(
  ...own: Array<ApiRoute & { method: M }>
): Record<Exclude<OtherMethod, M> | "OPTIONS", NextHandler<Params>> {
  const methods = own.map((route) => route.method);
  const allow = allowHeader(methods);
  const refuse = handler(async (request) => {
    const response = request.method === "OPTIONS"
      ? new Response(null, { status: 204 })
      : problemResponse(405, "Method not allowed", `${new URL(request.url).pathname} answers ${allow}.`);
    response.headers.set("allow", allow);
    return response;
  });
  const standIn = Object.assign(refuse, { [NOT_ALLOWED]: true });
  const all: OtherMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  const handlers = Object.fromEntries([...all.filter((m) => !(methods as string[]).includes(m)), "OPTIONS"].map((m) => [m, standIn]));
  return handlers as unknown as Record<Exclude<OtherMethod, M> | "OPTIONS", NextHandler<Params>>;
}
