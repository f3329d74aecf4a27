// Which API route a raw request path is, read from the route specs (the same table the OpenAPI
// document is built from; a test keeps it equal to the handlers the route files export). proxy.ts uses
// it before Next.js routes the request: for a 405 with `Allow` (Next's own has none) and to name the
// path parameter whose percent-encoding is broken (Next answers those with a text/plain 500).
import { allRoutes } from "./openapi.ts";
import { matchPageRoute } from "./page-routes.ts";

export interface ApiRouteMatch {
  /** OpenAPI-style path, e.g. /api/sets/{id}. */
  path: string;
  methods: string[];
  /** Path parameter → its raw (still percent-encoded) segment. */
  params: Record<string, string>;
}

interface Pattern {
  path: string;
  segments: string[];
  methods: Set<string>;
  literals: number;
}

/** better-auth's catch-all (app/api/auth/[...all]) exports GET and POST. */
const AUTH_PREFIX = "/api/auth/";
const AUTH_METHODS = ["GET", "POST"];

function buildPatterns(): Pattern[] {
  const byPath = new Map<string, Pattern>();
  for (const route of allRoutes) {
    let pattern = byPath.get(route.path);
    if (!pattern) {
      const segments = route.path.split("/").slice(1);
      pattern = { path: route.path, segments, methods: new Set(), literals: segments.filter((s) => !s.startsWith("{")).length };
      byPath.set(route.path, pattern);
    }
    pattern.methods.add(route.method);
  }
  // Next.js prefers a literal segment over a dynamic one (/api/classes/join before /api/classes/{id}).
  return [...byPath.values()].sort((a, b) => b.literals - a.literals);
}

const shared = globalThis as unknown as { factdeckRoutePatterns?: Pattern[] };

export function matchApiRoute(pathname: string): ApiRouteMatch | null {
  if (pathname.startsWith(AUTH_PREFIX)) return { path: "/api/auth/{...all}", methods: AUTH_METHODS, params: {} };
  const segments = pathname.replace(/\/$/, "").split("/").slice(1);
  const patterns = (shared.factdeckRoutePatterns ??= buildPatterns());
  for (const pattern of patterns) {
    if (pattern.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const same = pattern.segments.every((seg, i) => {
      if (seg.startsWith("{")) {
        params[seg.slice(1, -1)] = segments[i];
        return segments[i] !== "";
      }
      return seg === segments[i];
    });
    if (same) return { path: pattern.path, methods: [...pattern.methods], params };
  }
  return null;
}

/** The `Allow` header for a route: its methods, HEAD with GET, and OPTIONS (Next.js answers both). */
export function allowHeader(methods: string[]): string {
  const all = new Set([...methods, "OPTIONS"]);
  if (all.has("GET")) all.add("HEAD");
  return [...all].sort().join(", ");
}

/** Path segments whose percent-encoding does not decode to UTF-8 (e.g. `%ff%fe`, a lone `%`). */
export function undecodableSegments(pathname: string): string[] {
  return pathname.split("/").filter((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

/** The route a raw path is: an API or page pattern, the static-file prefix, or "(unmatched)". */
export function routeOfPath(pathname: string): string {
  if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static/{file}" : "/_next/{internal}";
  if (pathname === "/api" || pathname.startsWith("/api/")) return matchApiRoute(pathname)?.path ?? "(unmatched)";
  return matchPageRoute(pathname) ?? (/^\/[\w.-]+\.(ico|svg|png|txt|xml|webmanifest)$/.test(pathname) ? pathname : "(unmatched)");
}
