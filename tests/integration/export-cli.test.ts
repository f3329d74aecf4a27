// `factdeck export` and `factdeck import-set` as a user runs them: real processes, real files,
// each output read back with a real parser; JSON round-trips through import-set on a temp database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { unzipSync, strFromU8 } from "fflate";
import { parse as parseGift } from "gift-pegjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSetJson } from "@/lib/export";
import { generateQuestions } from "@/lib/generate";
import { areSiblings, countFacts } from "@/lib/quiz";
import { articleFromFile, bundledArticles } from "../fixtures/generate/articles";
import { closeDb, getDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

const ARTICLE = "content/articles/iraq-us-forces-withdrawal.md";
const SLOW = 180_000; // each run generates the article's questions from scratch

let dir: string;
const previousUrl = process.env.DATABASE_URL;

function factdeck(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["bin/factdeck.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: SLOW,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exportArticle(format: string, file: string) {
  const out = path.join(dir, file);
  const run = factdeck(["export", ARTICLE, "--format", format, "--out", out]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(`wrote ${out} (${format}, `);
  const written = Number(/, (\d+) questions? from/.exec(run.stdout)?.[1]);
  const skipped = run.stdout.split("\n").filter((l) => l.startsWith("  - "));
  return { out, run, written, skipped };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdeck-export-cli-"));
});
afterAll(async () => {
  await closeDb();
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  rmSync(dir, { recursive: true, force: true });
});

describe("factdeck export <article-file>", () => {
  it("writes GIFT that gift-pegjs parses into as many questions as it reports", () => {
    const { out, written, skipped } = exportArticle("gift", "seed.gift.txt");
    // the seed's default is 12 questions (one per two sentences), one per fact after siblings go
    expect(written).toBeGreaterThan(5);
    const parsed = parseGift(readFileSync(out, "utf8")).filter((q) => q.type !== "Category");
    expect(parsed).toHaveLength(written);
    for (const line of skipped) expect(line).toMatch(/ — \S/); // every skipped item says why
  }, SLOW);

  it("writes a QTI 2.1 package with a manifest (metadata first) and one item per question", () => {
    const { out, written } = exportArticle("qti", "seed-qti.zip");
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files)).toContain("imsmanifest.xml");
    const manifest = strFromU8(files["imsmanifest.xml"]);
    expect(manifest).toMatch(/<manifest[^>]*>\s*<metadata>/);
    expect(Object.keys(files).filter((f) => f.startsWith("items/"))).toHaveLength(written);
  }, SLOW);

  it("writes an .apkg whose collection SQLite opens with one note per question", () => {
    const { out, written } = exportArticle("apkg", "seed.apkg");
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const collection = path.join(dir, "collection.anki2");
    writeFileSync(collection, files["collection.anki2"]);
    const db = new Database(collection, { readonly: true });
    try {
      expect((db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n).toBe(written);
      expect((db.prepare("SELECT count(*) AS n FROM cards").get() as { n: number }).n).toBe(written);
    } finally {
      db.close();
    }
  }, SLOW);

  it("writes JSON that import-set reads back into a set whose JSON export has the same questions", async () => {
    const { out } = exportArticle("json", "seed.factdeck.json");
    const original = parseSetJson(readFileSync(out, "utf8"));
    expect(original.ok).toBe(true);
    if (!original.ok) return;

    const url = `file:${path.join(dir, "roundtrip.db")}`;
    process.env.DATABASE_URL = url;
    await migrate(url);
    await getDb().user.create({ data: { id: "owner-1", name: "Owner", email: "owner@example.com", role: "teacher" } });
    await closeDb();

    const imported = factdeck(["import-set", out, "--owner", "owner@example.com"], { DATABASE_URL: url });
    expect(imported.code, imported.stderr).toBe(0);
    const slug = imported.stdout.trim();
    expect(slug).toBe(original.set.slug);

    const again = path.join(dir, "again.factdeck.json");
    const exported = factdeck(["export", slug, "--format", "json", "--out", again], { DATABASE_URL: url });
    expect(exported.code, exported.stderr).toBe(0);
    const back = parseSetJson(readFileSync(again, "utf8"));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.set.title).toBe(original.set.title);
    expect(back.set.questions).toEqual(original.set.questions);

    // importing the same file again reuses the questions (same ids and keys) under a new set slug
    const twice = factdeck(["import-set", out, "--owner", "owner@example.com"], { DATABASE_URL: url });
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.stdout.trim()).toBe(`${original.set.slug}-2`);
    process.env.DATABASE_URL = url;
    expect(await getDb().question.count()).toBe(original.set.questions.length);
    await closeDb();
  }, SLOW * 2);
});

describe("factdeck export <article-file> with options", () => {
  it("prints version B on Letter and writes Quizlet text with the chosen separators", () => {
    const out = path.join(dir, "b.html");
    const run = factdeck(["export", ARTICLE, "--format", "print", "--paper", "letter", "--version", "B", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/size: letter;/);
    expect(html).toContain("Version B");
    const quizlet = path.join(dir, "q.txt");
    const q = factdeck(["export", ARTICLE, "--format", "quizlet", "--term", "::", "--card", "semicolon", "--out", quizlet]);
    expect(q.code, q.stderr).toBe(0);
    const text = readFileSync(quizlet, "utf8");
    const written = Number(/, (\d+) questions? from/.exec(q.stdout)?.[1]);
    expect(text.split(";").filter((row) => row.includes("::"))).toHaveLength(written);
  }, SLOW);
});

describe("factdeck export <article-file>: one item per fact", () => {
  it("exports the first item of each sibling group and lists the others as skipped, with the item they repeat", () => {
    const { out, written, skipped } = exportArticle("json", "one-per-fact.factdeck.json");
    const parsed = parseSetJson(readFileSync(out, "utf8"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // The same generation in process (the CLI's corpus: the article and the other bundled ones).
    const article = articleFromFile(ARTICLE);
    const drafts = generateQuestions(article, { corpus: [article, ...bundledArticles().filter((a) => a.slug !== article.slug)] }).questions;
    const byKey = new Map(drafts.map((d) => [d.key, { ...d, id: d.key }]));
    const exported = parsed.set.questions.map((q) => byKey.get(q.key)!);
    expect(exported.every(Boolean)).toBe(true);
    expect(written).toBe(exported.length);
    expect(exported.length).toBe(countFacts([...byKey.values()]));
    for (let i = 0; i < exported.length; i++) for (let j = i + 1; j < exported.length; j++) expect(areSiblings(exported[i], exported[j])).toBe(false);
    const siblingLines = skipped.filter((l) => l.includes("asks the same fact as “"));
    expect(siblingLines).toHaveLength(drafts.length - exported.length);
    expect(siblingLines.length).toBeGreaterThan(0); // the seed has siblings today: the rule is exercised
  }, SLOW);
});

describe("factdeck export: bad input", () => {
  it("names the file and line of a broken article, and refuses unknown formats and sets", () => {
    const broken = path.join(dir, "broken.md");
    writeFileSync(broken, "---\ntitle: A title\npublished: [not, a, date\n---\n\nSome text here.\n");
    const bad = factdeck(["export", broken, "--format", "gift", "--out", path.join(dir, "x.txt")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+: error: `));

    const format = factdeck(["export", ARTICLE, "--format", "pdf", "--out", path.join(dir, "x.pdf")]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');

    const option = factdeck(["export", ARTICLE, "--format", "print", "--paper", "a3", "--out", path.join(dir, "x.html")]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--paper: use a4 or letter");

    const url = `file:${path.join(dir, "empty.db")}`;
    const missing = factdeck(["export", "no-such-set", "--format", "gift", "--out", path.join(dir, "y.txt")], { DATABASE_URL: url });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no question set with the slug "no-such-set"');

    const json = path.join(dir, "bad.json");
    writeFileSync(json, '{\n  "format": "factdeck.set",\n  "version": 2\n}\n');
    const importBad = factdeck(["import-set", json], { DATABASE_URL: url });
    expect(importBad.code).toBe(1);
    expect(importBad.stderr).toContain(`${json}:3: error: version`);
  }, SLOW);
});
