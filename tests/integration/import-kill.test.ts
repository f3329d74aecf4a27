// kill -9 during `factdeck import` of a folder of 20 articles: every article that made it into the
// database has its questions (article and questions are one transaction), on SQLite and PostgreSQL.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { getDb } from "@/lib/db/client";

let dir: string;
let url: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ url, cleanup } = await useFreshDatabase());
  dir = mkdtempSync(path.join(tmpdir(), "factdeck-kill-"));
  // 20 distinct articles: each bundled one under several titles (a new title is a new slug and checksum).
  const bundled = path.join(process.cwd(), "content", "articles");
  const sources = readdirSync(bundled).filter((f) => f.endsWith(".md"));
  mkdirSync(path.join(dir, "articles"));
  for (let i = 0; i < 20; i++) {
    const text = readFileSync(path.join(bundled, sources[i % sources.length]), "utf8").replace(/^title: (.*)$/m, `title: $1, part ${i + 1}`);
    writeFileSync(path.join(dir, "articles", `a${String(i).padStart(2, "0")}.md`), text);
  }
});

afterAll(async () => {
  await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("import killed midway", () => {
  it("leaves no article without questions after kill -9 during a folder import", async () => {
    const child = spawn(process.execPath, ["bin/factdeck.mjs", "import", "--quiet", path.join(dir, "articles")], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // Kill once a few articles are in, well before all 20 are.
    const db = getDb();
    for (;;) {
      if (child.exitCode !== null) break;
      const count = await db.article.count().catch(() => 0);
      if (count >= 3) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    await exited;
    const articles = await db.article.findMany({ select: { slug: true, _count: { select: { questions: true } } } });
    expect(articles.length, "the import should have been killed midway").toBeGreaterThanOrEqual(3);
    expect(articles.length, "the import should have been killed midway").toBeLessThan(20);
    expect(articles.filter((a) => a._count.questions === 0).map((a) => a.slug)).toEqual([]);
  }, 300_000);
});
