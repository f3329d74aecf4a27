// The page route table that log lines name pages by: equal to the page.tsx files under app/, and
// matched the way Next.js routes (a literal segment before a dynamic one).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchPageRoute, PAGE_ROUTES } from "@/lib/api/page-routes";
import { routeOfPath } from "@/lib/api/route-table";

function pagesUnder(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "api") found.push(...pagesUnder(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    else if (entry.name === "page.tsx") found.push(prefix || "/");
  }
  return found;
}

describe("page routes", () => {
  it("lists exactly the app's pages", () => {
    expect([...PAGE_ROUTES].sort()).toEqual(pagesUnder("app").sort());
  });

  it("names a path by its pattern, literal segments first", () => {
    expect(matchPageRoute("/")).toBe("/");
    expect(matchPageRoute("/quiz/new")).toBe("/quiz/new");
    expect(matchPageRoute("/quiz/abc123")).toBe("/quiz/[id]");
    expect(matchPageRoute("/teacher/sets/s1/")).toBe("/teacher/sets/[id]");
    expect(matchPageRoute("/no/such/page")).toBeNull();
  });

  it("gives every raw path a low-cardinality route for the logs", () => {
    expect(routeOfPath("/articles/iraq")).toBe("/articles/[slug]");
    expect(routeOfPath("/api/sets/abc")).toBe("/api/sets/{id}");
    expect(routeOfPath("/api/auth/sign-in/email")).toBe("/api/auth/{...all}");
    expect(routeOfPath("/api/nope/1")).toBe("(unmatched)");
    expect(routeOfPath("/_next/static/chunks/a1.js")).toBe("/_next/static/{file}");
    expect(routeOfPath("/favicon.ico")).toBe("/favicon.ico");
    expect(routeOfPath("/wp-admin/x.php")).toBe("(unmatched)");
  });
});
