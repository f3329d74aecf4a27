// A database outage, as an operator meets it: PostgreSQL behind a small TCP proxy (node:net) that the
// test kills and brings back. While it is down every route answers 503 problem+json with Retry-After
// (health included); once it is back the same process answers 200 again — no restart.
import net from "node:net";
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
