// The app's page routes as patterns, for log lines that group well (/articles/[slug], not one route
// per article). A unit test keeps this list equal to the page.tsx files under app/.
export const PAGE_ROUTES = [
  "/",
  "/account",
  "/admin",
  "/articles/[slug]",
  "/classes",
  "/deck",
  "/forgot-password",
  "/my-articles",
  "/quiz/[id]",
  "/quiz/history",
  "/quiz/new",
  "/reset-password",
  "/review",
  "/settings",
  "/sign-in",
  "/sign-up",
  "/stats",
  "/teacher",
  "/teacher/articles/[slug]",
  "/teacher/classes",
  "/teacher/classes/[id]",
  "/teacher/sets",
  "/teacher/sets/[id]",
] as const;

// Literal segments before dynamic ones, as Next.js routes them (/quiz/new before /quiz/[id]).
const patterns = PAGE_ROUTES.map((route) => ({ route, segments: route.split("/").slice(1) })).sort(
  (a, b) => b.segments.filter((s) => !s.startsWith("[")).length - a.segments.filter((s) => !s.startsWith("[")).length,
);

/** The page route a path is, or null (a static file, an unknown path). */
export function matchPageRoute(pathname: string): string | null {
  const segments = (pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname).split("/").slice(1);
  for (const { route, segments: want } of patterns) {
    if (want.length !== segments.length) continue;
    if (want.every((seg, i) => (seg.startsWith("[") ? segments[i] !== "" : seg === segments[i]))) return route;
  }
  return null;
}
