// The PostgreSQL twin and both migration histories must match the one source schema.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { testDbKind } from "./helpers/db";

const prismaDiffFromEmpty = (config: string, schema: string) =>
  execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--config", config, "--from-empty", "--to-schema-datamodel", schema, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );

function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const shape = tables.map((t) => ({
    table: t,
    columns: db.prepare(`PRAGMA table_info("${t}")`).all(),
    indexes: (db.prepare(`PRAGMA index_list("${t}")`).all() as { name: string; unique: number }[])
      .map((i) => ({ unique: i.unique, cols: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    foreignKeys: db.prepare(`PRAGMA foreign_key_list("${t}")`).all().map((f) => ({ ...(f as object), id: 0, seq: 0 })),
  }));
  db.close();
  return shape;
}

describe("schema drift", () => {
  it("the PostgreSQL twin is derived from prisma/schema.prisma", () => {
    expect(() => execFileSync(process.execPath, ["scripts/derive-postgres-schema.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("SQLite migrations build exactly the schema the datamodel describes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factdeck-drift-"));
    try {
      const fromMigrations = path.join(dir, "migrations.db");
      await migrate(`file:${fromMigrations}`);
      const fromModel = path.join(dir, "model.db");
      const db = new Database(fromModel);
      db.exec(prismaDiffFromEmpty("prisma.config.ts", "prisma/schema.prisma"));
      db.close();
      expect(sqliteShape(fromMigrations)).toEqual(sqliteShape(fromModel));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.runIf(testDbKind === "postgresql")("PostgreSQL migrations build exactly the schema the twin describes", async () => {
    const base = new URL(process.env.TEST_DATABASE_URL!);
    const names = [`factdeck_drift_m_${Date.now()}`, `factdeck_drift_d_${Date.now()}`];
    const urlOf = (n: string) => Object.assign(new URL(base.toString()), { pathname: `/${n}` }).toString();
    await migrate(urlOf(names[0]));
    const admin = new pg.Client({ connectionString: urlOf("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${names[1]}"`);
    const direct = new pg.Client({ connectionString: urlOf(names[1]) });
    await direct.connect();
    await direct.query(prismaDiffFromEmpty("prisma.postgres.config.ts", "prisma/postgres/schema.prisma"));
    await direct.end();
    const shape = async (n: string) => {
      const c = new pg.Client({ connectionString: urlOf(n) });
      await c.connect();
      const cols = await c.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema='public' AND table_name NOT LIKE '\\_%' ORDER BY table_name, column_name`,
      );
      const idx = await c.query(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname='public' AND tablename NOT LIKE '\\_%' ORDER BY indexname`);
      await c.end();
      return { cols: cols.rows, idx: idx.rows };
    };
    try {
      expect(await shape(names[0])).toEqual(await shape(names[1]));
    } finally {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
      await admin.end();
    }
  }, 90_000);
});
