// proxy.ts: the security headers of every response, and the answers Next.js would get wrong on its own
// (a text/plain 500 for a broken percent-encoding, a 405 without Allow).
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { registerDatabaseProbe } from "@/lib/api/outage";
import { flushLogLines } from "@/lib/api/log";
import { handler } from "@/lib/api/handler";

const saved = process.env.BETTER_AUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.BETTER_AUTH_URL;
  else process.env.BETTER_AUTH_URL = saved;
});

const run = (path: string, method = "GET", headers: Record<string, string> = {}) =>
  proxy(new NextRequest(new URL(path, "http://localhost:3000"), { method, headers }));

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("security headers", async () => {
  it("pages get a CSP with a fresh nonce, no unsafe-inline script, and no framing", async () => {
    process.env.BETTER_AUTH_URL = "http://localhost:3000";
    const a = await run("/");
    const b = await run("/review");
    const csp = a.headers.get("content-security-policy")!;
    const script = csp.split(";").find((d) => d.trim().startsWith("script-src "))!;
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(nonceOf(csp)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(b.headers.get("content-security-policy"))).not.toBe(nonceOf(csp));
    // Next.js reads the nonce from the forwarded request's CSP header.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("x-frame-options")).toBe("DENY");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(a.headers.get("permissions-policy")).toContain("camera=()");
    expect(a.headers.get("strict-transport-security")).toBeNull();
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("static files get a deny-all CSP and the same headers, without rewriting the request", async () => {
    const res = await run("/_next/static/chunks/x.js");
    // Request-header overrides cost every call a copy of its headers: pages only (for the nonce).
    expect(res.headers.get("x-middleware-override-headers")).toBeNull();
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'.*frame-ancestors 'none'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("passes a route handler's request through untouched: the handler sets the API's headers itself", async () => {
    for (const [path, method] of [["/api/articles", "GET"], ["/api/review", "POST"], ["/api/articles", "HEAD"]]) {
      const res = await run(path, method);
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
      expect(res.headers.get("content-security-policy"), path).toBeNull();
      expect(res.headers.get("x-middleware-override-headers"), path).toBeNull();
    }
    // What no handler of ours answers still gets them here: an OPTIONS, an unknown path, the
    // prerendered API document.
    for (const [path, method] of [["/api/articles", "OPTIONS"], ["/api/no-such-route", "GET"], ["/api/openapi.json", "GET"]]) {
      const res = await run(path, method);
      expect(res.headers.get("content-security-policy"), `${method} ${path}`).toMatch(/^default-src 'none'.*frame-ancestors 'none'/);
      expect(res.headers.get("x-frame-options"), `${method} ${path}`).toBe("DENY");
    }
  });

  it("a route handler's answers carry the API's headers, its errors too", async () => {
    const ok = handler({ auth: "none" }, async () => Response.json({ ok: true }));
    const failing = handler({ auth: "none" }, async () => {
      throw new Error("boom");
    });
    // A Response fetched elsewhere has immutable headers: the handler answers with a copy.
    const immutable = handler({ auth: "none" }, async () => Response.redirect("http://localhost:3000/x", 302));
    for (const h of [ok, failing, immutable]) {
      const res = await h(new Request("http://localhost:3000/api/x"), { params: Promise.resolve({}) });
      expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'.*frame-ancestors 'none'/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    process.env.BETTER_AUTH_URL = "https://factdeck.example";
    const res = await ok(new Request("http://localhost:3000/api/x"), { params: Promise.resolve({}) });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  });

  it("sends HSTS only when the base URL is https", async () => {
    process.env.BETTER_AUTH_URL = "https://factdeck.example";
    expect((await run("/")).headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect((await run("/_next/static/chunks/x.js")).headers.get("strict-transport-security")).toMatch(/max-age=/);
    expect((await run("/")).headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("gives every request its own id; a client's own id is kept only behind a trusted proxy", async () => {
    const mine = "lb-1234";
    expect((await run("/", "GET", { "x-request-id": mine })).headers.get("x-request-id")).not.toBe(mine);
    process.env.FACTDECK_TRUSTED_PROXIES = "1";
    try {
      expect((await run("/", "GET", { "x-request-id": mine })).headers.get("x-request-id")).toBe(mine);
      expect((await run("/", "GET", { "x-request-id": "a b\u0001" })).headers.get("x-request-id")).not.toBe("a b\u0001");
    } finally {
      delete process.env.FACTDECK_TRUSTED_PROXIES;
    }
  });
});

describe("answers Next.js would get wrong", async () => {
  it("a broken percent-encoding in an API path is a 400 problem naming the parameter", async () => {
    for (const [path, field] of [
      ["/api/sets/%ff%fe", "id"],
      ["/api/articles/%E0%A4%A/questions", "slug"],
      ["/api/teacher/articles/%/approve", "slug"],
      ["/api/no-such-route/%ff", "(path)"],
    ]) {
      const res = await run(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect((await res.json()).errors[0].field, path).toBe(field);
    }
  });

  it("a broken percent-encoding in a page path is a 400 page", async () => {
    const res = await run("/articles/%ff%fe");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("Bad request");
  });

  it("a method a route does not export is a 405 with Allow", async () => {
    const cases: [string, string, string][] = [
      ["/api/sets", "PUT", "GET, HEAD, OPTIONS, POST"],
      ["/api/sets/abc", "POST", "DELETE, GET, HEAD, OPTIONS, PATCH"],
      ["/api/classes/join", "GET", "OPTIONS, POST"],
      ["/api/health", "DELETE", "GET, HEAD, OPTIONS"],
      ["/api/auth/sign-in/email", "PUT", "GET, HEAD, OPTIONS, POST"],
    ];
    for (const [path, method, allow] of cases) {
      const res = await run(path, method);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect((await res.json()).status).toBe(405);
    }
    // Methods a route has (HEAD with GET, OPTIONS always) pass through to Next.js.
    for (const [path, method] of [["/api/sets", "GET"], ["/api/sets", "HEAD"], ["/api/sets", "OPTIONS"], ["/api/nope", "PUT"]]) {
      expect((await run(path, method)).headers.get("x-middleware-next"), `${method} ${path}`).toBe("1");
    }
  });
});

describe("pages while the database does not answer", () => {
  afterEach(() => registerDatabaseProbe(undefined));

  it("answers a page with a 503 problem page and Retry-After instead of rendering it, and lets it through again once the database answers", async () => {
    let up = false;
    registerDatabaseProbe(async () => up);
    for (const path of ["/", "/articles/some-article", "/review"]) {
      const res = await run(path);
      expect(res.status, path).toBe(503);
      expect(Number(res.headers.get("retry-after")), path).toBeGreaterThan(0);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain("Factdeck can't reach its database");
      expect(html).toMatch(/try again in a moment/i);
      // The page's one <style> carries the CSP's nonce; the security headers stay on.
      expect(html).toContain(`nonce="${nonceOf(res.headers.get("content-security-policy"))}"`);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-middleware-next")).toBeNull();
    }
    up = true;
    const res = await run("/review");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("leaves API routes and static files to their own answers (the handlers' 503), without probing", async () => {
    let probes = 0;
    registerDatabaseProbe(async () => (probes++, false));
    for (const path of ["/api/articles", "/_next/static/chunks/x.js"]) expect((await run(path)).headers.get("x-middleware-next"), path).toBe("1");
    expect(probes).toBe(0);
  });

  it("shares one probe between the page requests that arrive while it runs; a throwing probe counts as down", async () => {
    let probes = 0;
    let release: (up: boolean) => void = () => undefined;
    registerDatabaseProbe(() => (probes++, new Promise<boolean>((resolve) => (release = resolve))));
    const pending = [run("/"), run("/review"), run("/deck")];
    release(true);
    expect((await Promise.all(pending)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(probes).toBe(1);
    registerDatabaseProbe(async () => {
      throw new Error("connection refused");
    });
    expect((await run("/")).status).toBe(503);
  });

  it("writes one log line for what it answers itself: the request id, route pattern and status", async () => {
    registerDatabaseProbe(async () => false);
    flushLogLines(); // earlier tests' lines, still waiting for the end of the turn
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    const level = process.env.FACTDECK_LOG_LEVEL;
    process.env.FACTDECK_LOG_LEVEL = "info";
    try {
      const page = await run("/articles/some-article");
      const method = await run("/api/sets", "PUT");
      flushLogLines(); // lines of one event-loop turn go out in one write
      const logged = lines.flatMap((l) => l.split("\n").filter(Boolean)).map((l) => JSON.parse(l));
      expect(logged).toEqual([
        expect.objectContaining({ msg: "request", level: "warn", requestId: page.headers.get("x-request-id"), method: "GET", route: "/articles/[slug]", status: 503 }),
        expect.objectContaining({ msg: "request", level: "info", requestId: method.headers.get("x-request-id"), method: "PUT", route: "/api/sets", status: 405 }),
      ]);
      expect(typeof logged[0].durationMs).toBe("number");
    } finally {
      process.stdout.write = write;
      if (level === undefined) delete process.env.FACTDECK_LOG_LEVEL;
      else process.env.FACTDECK_LOG_LEVEL = level;
    }
  });
});
