// kill -9 during `factdeck import` of a folder of 20 articles, during a teacher's uploads, and during a
// teacher's import job: every article that made it into the database has its questions (article and
// questions are one transaction), on SQLite and PostgreSQL.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";

const CHILD = path.join("tests", "integration", "helpers", "own-import-child.ts");

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
  // The same 20 as a teacher pastes them: plain text, the title on the first line.
  mkdirSync(path.join(dir, "uploads"));
  for (let i = 0; i < 20; i++) {
    const md = readFileSync(path.join(bundled, sources[i % sources.length]), "utf8");
    const title = `${/^title: (.*)$/m.exec(md)![1]}, upload ${i + 1}`;
    writeFileSync(path.join(dir, "uploads", `u${String(i).padStart(2, "0")}.txt`), `${title}\n\n${md.replace(/^---[\s\S]*?\n---\n/, "")}`);
  }
});

async function teacherId(email: string): Promise<string> {
  const cookie = await signUp(email);
  const { GET } = await auth();
  return (await (await call(GET, "/api/auth/get-session", { cookie })).json()).user.id;
}

/** Runs own-import-child.ts; `killWhen` is polled (and the child's output seen) until it says kill. */
async function runAndKill(args: string[], killWhen: (output: string) => Promise<boolean>): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  while (child.exitCode === null && !(await killWhen(output))) await new Promise((r) => setTimeout(r, 20));
  child.kill("SIGKILL");
  await exited;
  return output;
}

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

  it("leaves no article without questions after kill -9 during a teacher's uploads", async () => {
    const ownerId = await teacherId("killed-uploads@kill.test");
    const files = readdirSync(path.join(dir, "uploads")).sort().map((f) => path.join(dir, "uploads", f));
    const db = getDb();
    const owned = () => db.article.findMany({ where: { ownerId }, select: { slug: true, _count: { select: { questions: true } } } }).catch(() => []);
    // Killed as soon as a third article is visible: before the article and its questions were one
    // write, that was the moment the third article had none yet.
    await runAndKill(["upload", ownerId, ...files], async () => (await owned()).length >= 3);
    const articles = await owned();
    expect(articles.length, "the uploads should have been killed midway").toBeGreaterThanOrEqual(3);
    expect(articles.length, "the uploads should have been killed midway").toBeLessThan(20);
    expect(articles.filter((a) => a._count.questions === 0).map((a) => a.slug)).toEqual([]);
  }, 300_000);

  it("stores nothing when killed during an import job's analysis", async () => {
    const ownerId = await teacherId("killed-job@kill.test");
    const long = path.join(dir, "long.txt");
    const body = readdirSync(path.join(dir, "uploads")).map((f) => readFileSync(path.join(dir, "uploads", f), "utf8").split("\n\n").slice(1).join("\n\n"));
    writeFileSync(long, `A long import\n\n${body.join("\n\n")}`);
    const output = await runAndKill(["job", ownerId, long], async (out) => /progress [1-9]/.test(out));
    expect(output, "the job should have been killed during the analysis").not.toContain("finished");
    expect(await getDb().article.count({ where: { ownerId } })).toBe(0);
  }, 300_000);
});
