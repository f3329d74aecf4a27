// Applies the SQL migrations in prisma/migrations (SQLite) or prisma/postgres/migrations
// (PostgreSQL) at start. Prisma's own `migrate deploy` needs adapter patches for PostgreSQL on
// this offline set-up (see README); the migrations are plain SQL, so a small runner that records
// what it applied is simpler and safe for several instances (PostgreSQL advisory lock).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, databaseUrl, projectRoot } from "../config.ts";
import { postgresParts, sqliteFilePath } from "./url.ts";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const LOCK_ID = 7_215_004; // any constant: serialises migrations across app instances

export function migrationsDir(kind: "sqlite" | "postgresql", root = projectRoot): string {
  return kind === "postgresql"
    ? path.join(root, "prisma", "postgres", "migrations")
    : path.join(root, "prisma", "migrations");
}

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrateResult {
  kind: "sqlite" | "postgresql";
  applied: string[];
}

/** Applies every migration not yet recorded. Each runs in its own transaction. */
export async function migrate(url: string = databaseUrl(), root = projectRoot): Promise<MigrateResult> {
  const kind = databaseKind(url);
  const migrations = readMigrations(migrationsDir(kind, root));
  const applied = kind === "postgresql" ? await migratePostgres(url, migrations) : migrateSqlite(url, migrations);
  return { kind, applied };
}

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file);
  try {
    conn.pragma("journal_mode = WAL");
    conn.pragma("busy_timeout = 5000");
    conn.exec(
      'CREATE TABLE IF NOT EXISTS "_factdeck_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (conn.prepare('SELECT name FROM "_factdeck_migrations"').all() as { name: string }[]).map((r) => r.name),
    );
    const record = conn.prepare('INSERT INTO "_factdeck_migrations" (name, checksum, applied_at) VALUES (?, ?, ?)');
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      conn.transaction(() => {
        conn.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
      }).immediate();
      applied.push(m.name);
    }
    return applied;
  } finally {
    conn.close();
  }
}

/** Creates the PostgreSQL database named in the URL when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const { database, serverUrl } = postgresParts(url);
  const admin = new pg.Client({ connectionString: serverUrl("postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      try {
        await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } catch (error) {
        // Another instance created it between our check and our CREATE: that is fine.
        if ((error as { code?: string }).code !== "42P04") throw error;
      }
    }
  } finally {
    await admin.end();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  await ensurePostgresDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS "_factdeck_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query('SELECT name FROM "_factdeck_migrations"')).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_factdeck_migrations" (name, checksum) VALUES ($1, $2)', [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}
