// Start-up with several instances at once: two processes bootstrap the same database that does not
// exist yet (PostgreSQL: not even created; SQLite: no file) at the same moment → both succeed, every
// migration is applied once, every bundled article is there once with its questions. And a
// start-up that cannot succeed gives up with a non-zero exit and the cause.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testDbKind } from "./helpers/db";
import { closeDb, createDb } from "@/lib/db/client";
import { migrationsDir, readMigrations } from "@/lib/db/migrate";

const dir = mkdtempSync(path.join(tmpdir(), "factdeck-boot-"));
const dbName = `factdeck_boot_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
const url = (() => {
  if (testDbKind === "sqlite") return `file:${path.join(dir, "boot.db")}`;
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (testDbKind === "postgresql") {
    const admin = new URL(process.env.TEST_DATABASE_URL!);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await client.end();
  }
});

const bootstrapProcess = () =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--eval", "import('./lib/bootstrap.ts').then((m) => m.bootstrap()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })"],
      { env: { ...process.env, DATABASE_URL: url, FACTDECK_CONTENT_DIR: path.join(process.cwd(), "content", "articles") }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });

describe("start-up", () => {
  it("two processes starting at once on a database that does not exist yet both succeed, and do the work once", async () => {
    const [a, b] = await Promise.all([bootstrapProcess(), bootstrapProcess()]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    // one of them imported; the other found everything in place
    expect([a.output, b.output].filter((o) => /6 imported or updated/.test(o))).toHaveLength(1);
    const db = createDb(url);
    try {
      const applied = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "_factdeck_migrations"`);
      expect(applied.map((r) => r.name).sort()).toEqual(readMigrations(migrationsDir(testDbKind)).map((m) => m.name));
      const articles = await db.article.findMany({ select: { slug: true, _count: { select: { questions: true } } } });
      expect(articles).toHaveLength(6);
      expect(articles.filter((x) => x._count.questions === 0)).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  }, 300_000);

  it("retries a failing start-up, then exits 1 naming the cause", async () => {
    const saved = process.env.DATABASE_URL;
    await closeDb();
    // SQLite: a "folder" that is a file, so the database cannot be created.
    writeFileSync(path.join(dir, "not-a-folder"), "");
    process.env.DATABASE_URL = testDbKind === "postgresql" ? "postgresql://postgres@127.0.0.1:1/none" : `file:${path.join(dir, "not-a-folder", "x.db")}`;
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const exit = vi.fn();
    try {
      const { bootstrapOrExit } = await import("@/lib/bootstrap");
      await bootstrapOrExit({ attempts: 3, pauseMs: 1, exit: exit as unknown as (code: number) => never });
      expect(exit).toHaveBeenCalledWith(1);
      const lines = errors.mock.calls.map((c) => String(c[0]));
      expect(lines.filter((l) => l.includes("retrying"))).toHaveLength(2);
      expect(lines.at(-1)).toMatch(/start-up failed after 3 attempt\(s\), exiting: \S+/);
    } finally {
      errors.mockRestore();
      process.env.DATABASE_URL = saved;
    }
  }, 60_000);
});
