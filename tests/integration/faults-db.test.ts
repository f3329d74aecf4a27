// A database outage, as an operator meets it: PostgreSQL behind a small TCP proxy (node:net) that the
// test kills and brings back. While it is down every route answers 503 problem+json with Retry-After
// (health included); once it is back the same process answers 200 again — no restart.
// The second part runs a built server (`next start`) behind the same kind of proxy: pages answer a
// 503 problem page with Retry-After during the outage and 200 after, and every request, pages
// included, leaves one JSON log line. It needs a build and runs where the two-instance test runs
// (`npm test`'s post-build step, FACTDECK_MULTI_INSTANCE=1; port MULTI_INSTANCE_PORT+2 or E2E_PORT+3).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDbKind, useFreshDatabase } from "./helpers/db";
import { call, signUp } from "./helpers/http";
import { closeDb } from "@/lib/db/client";
import { importArticleFiles } from "@/lib/app/import-article";
import * as health from "@/app/api/health/route";
import * as articles from "@/app/api/articles/route";
import * as article from "@/app/api/articles/[slug]/route";
import * as queue from "@/app/api/review/queue/route";
import * as classes from "@/app/api/classes/route";
import * as sets from "@/app/api/sets/route";
import * as authRoute from "@/app/api/auth/[...all]/route";

const BUNDLED = "iraq-us-forces-withdrawal";
const route = (fn: unknown) => fn as Parameters<typeof call>[0];

/** A TCP proxy in front of PostgreSQL that can be cut (every connection reset) and restored on the same port. */
class CuttableProxy {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  port = 0;
  constructor(private target: { host: string; port: number }) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("error", () => s.destroy());
        s.on("close", () => this.sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}

const calls = (cookie: string) => ({
  health: () => call(route(health.GET), "/api/health"),
  articles: () => call(route(articles.GET), "/api/articles"),
  article: () => call(route(article.GET), `/api/articles/${BUNDLED}`, { params: { slug: BUNDLED } }),
  queue: () => call(route(queue.GET), "/api/review/queue", { cookie }),
  classes: () => call(route(classes.GET), "/api/classes", { cookie }),
  createSet: () => call(route(sets.POST), "/api/sets", { cookie, body: { title: "during the outage" } }),
  session: () => call(route(authRoute.GET), "/api/auth/get-session", { cookie }),
  signIn: () => call(route(authRoute.POST), "/api/auth/sign-in/email", { body: { email: "teacher@outage.test", password: "correct horse 1" } }),
});

describe.runIf(testDbKind === "postgresql")("database outage behind a TCP proxy (PostgreSQL pass only: SQLite has no server to lose)", () => {
  let cleanup: () => Promise<void>;
  let proxy: CuttableProxy;
  let cookie: string;
  const saved = { url: process.env.DATABASE_URL, cache: process.env.FACTDECK_SESSION_CACHE_SECONDS };

  beforeAll(async () => {
    delete process.env.FACTDECK_ADMIN_EMAIL;
    const fresh = await useFreshDatabase();
    cleanup = fresh.cleanup;
    const direct = new URL(fresh.url);
    proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    await closeDb();
    const proxied = new URL(fresh.url);
    proxied.host = `127.0.0.1:${proxy.port}`;
    process.env.DATABASE_URL = proxied.toString();
    // Every request looks its session up, so the outage reaches the session store too.
    process.env.FACTDECK_SESSION_CACHE_SECONDS = "0";
    expect((await importArticleFiles([`content/articles/${BUNDLED}.md`]))[0].error).toBeUndefined();
    cookie = await signUp("teacher@outage.test"); // the first account: admin, so it may create sets
  }, 60_000);

  afterAll(async () => {
    await closeDb();
    process.env.DATABASE_URL = saved.url;
    if (saved.cache === undefined) delete process.env.FACTDECK_SESSION_CACHE_SECONDS;
    else process.env.FACTDECK_SESSION_CACHE_SECONDS = saved.cache;
    await proxy.cut().catch(() => undefined);
    await cleanup?.();
  });

  it("answers 200 before, 503 problem+json with Retry-After during, and 200 after — without a restart", async () => {
    const api = calls(cookie);
    for (const [name, fn] of Object.entries(api)) {
      const res = await fn();
      expect(res.status, `${name} before the outage: ${await res.clone().text()}`).toBeLessThan(300);
    }

    await proxy.cut();
    for (const [name, fn] of Object.entries(api)) {
      const res = await fn();
      const text = await res.text();
      expect(res.status, `${name} during the outage: ${text}`).toBe(503);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(res.headers.get("retry-after")), name).toBeGreaterThan(0);
      expect(JSON.parse(text)).toMatchObject({ status: 503, title: "Service unavailable" });
    }

    await proxy.start(); // same port: the app's pool reconnects on its own
    for (const [name, fn] of Object.entries(api)) {
      const res = await fn();
      expect(res.status, `${name} after the outage: ${await res.clone().text()}`).toBeLessThan(300);
    }
  }, 60_000);
});

const builtServer = process.env.FACTDECK_MULTI_INSTANCE === "1" && testDbKind === "postgresql";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const serverPort = Number(process.env.MULTI_INSTANCE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 1) + 2;
const base = `http://127.0.0.1:${serverPort}`;

describe.runIf(builtServer)("pages of a running server during a database outage", () => {
  let cleanup: () => Promise<void>;
  let proxy: CuttableProxy;
  let server: ChildProcess;
  let output = "";
  let cookie = "";

  beforeAll(async () => {
    if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}/: run \`npx next build\` first`);
    const fresh = await useFreshDatabase();
    cleanup = fresh.cleanup;
    await closeDb();
    const direct = new URL(fresh.url);
    proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    const proxied = new URL(fresh.url);
    proxied.host = `127.0.0.1:${proxy.port}`;
    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(serverPort), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: proxied.toString(),
        FACTDECK_CONTENT_DIR: path.join(process.cwd(), "content", "articles"),
        FACTDECK_LOG_LEVEL: "info",
        FACTDECK_SESSION_CACHE_SECONDS: "0",
        BETTER_AUTH_URL: base,
        BETTER_AUTH_SECRET: "faults-pages-secret-faults-pages-secret",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    const until = Date.now() + 240_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output.slice(-3000)}`);
      if (Date.now() > until) throw new Error(`the server was not healthy in time:\n${output.slice(-3000)}`);
      const ok = await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "pages@outage.test", password: "outage pages 1", name: "Pages" }),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(200);
    cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  }, 300_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.on("exit", r));
    }
    await proxy?.cut().catch(() => undefined);
    await cleanup?.();
  }, 60_000);

  const pages = ["/", `/articles/${BUNDLED}`, "/review"];
  const logLines = (from = 0) =>
    output
      .slice(from)
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === "request");
  /** The server writes a line as its response finishes, which may be just after the client has it. */
  const linesOnceThere = async (ready: (lines: Record<string, unknown>[]) => boolean, from = 0) => {
    for (let i = 0; i < 100 && !ready(logLines(from)); i++) await new Promise((r) => setTimeout(r, 50));
    return logLines(from);
  };
  const get = (p: string) => fetch(`${base}${p}`, { headers: { cookie }, redirect: "manual" });

  it("answers 200, then a 503 problem page with Retry-After while the database is gone, then 200 again — same process", async () => {
    const seen: { id: string | null; route: string; status: number }[] = [];
    const routes: Record<string, string> = { "/": "/", [`/articles/${BUNDLED}`]: "/articles/[slug]", "/review": "/review" };
    const visit = async (p: string) => {
      const res = await get(p);
      seen.push({ id: res.headers.get("x-request-id"), route: routes[p], status: res.status });
      return res;
    };
    for (const p of pages) expect((await visit(p)).status, `${p} before`).toBe(200);

    await proxy.cut();
    for (const p of pages) {
      const res = await visit(p);
      const html = await res.text();
      expect(res.status, `${p} during: ${html.slice(0, 300)}`).toBe(503);
      expect(Number(res.headers.get("retry-after")), p).toBeGreaterThan(0);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(html).toContain("Factdeck can't reach its database");
    }
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(Number(health.headers.get("retry-after"))).toBeGreaterThan(0);

    await proxy.start();
    for (const p of pages) expect((await visit(p)).status, `${p} after:\n${output.slice(-2000)}`).toBe(200);
    expect(server.exitCode).toBeNull();

    // Every page request left one log line with its request id, route pattern and status.
    const lines = await linesOnceThere((all) => seen.every((s) => all.some((l) => l.requestId === s.id)));
    for (const s of seen) {
      const mine = lines.filter((l) => l.requestId === s.id);
      expect(mine, JSON.stringify(s)).toHaveLength(1);
      expect(mine[0]).toMatchObject({ method: "GET", route: s.route, status: s.status });
      expect(typeof mine[0].durationMs).toBe("number");
    }
  }, 120_000);

  it("logs the requests no route handler logs: unknown API paths and static files", async () => {
    const before = output.length;
    const unknown = await fetch(`${base}/api/no-such-route`);
    expect(unknown.status).toBe(404);
    const home = await (await get("/")).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(home)?.[1];
    expect(script).toBeTruthy();
    expect((await fetch(`${base}${script}`)).status).toBe(200);
    const lines = await linesOnceThere((all) => all.some((l) => l.route === "(unmatched)") && all.some((l) => l.route === "/"), before);
    expect(lines).toContainEqual(expect.objectContaining({ msg: "request", route: "(unmatched)", status: 404 }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: "request", route: "/", status: 200 }));
    // Static files are logged at debug level: hidden at info, one line each when asked for.
    expect(lines.filter((l) => l.route === "/_next/static/{file}")).toEqual([]);
  }, 60_000);
});
