// Applies the SQL migrations in prisma/migrations (SQLite) or prisma/postgres/migrations
// (PostgreSQL) at start. Prisma's own `migrate deploy` needs adapter patches for PostgreSQL on
// this offline set-up (see README); the migrations are plain SQL, so a small runner that records
// what it applied is simpler and safe for several instances (PostgreSQL advisory lock).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
    conn.pragma("busy_timeout = 15000");
    conn.pragma("journal_mode = WAL");
    conn.exec(
      'CREATE TABLE IF NOT EXISTS "_factdeck_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const isDone = conn.prepare('SELECT 1 FROM "_factdeck_migrations" WHERE name = ?');
    const record = conn.prepare('INSERT INTO "_factdeck_migrations" (name, checksum, applied_at) VALUES (?, ?, ?)');
    const applied: string[] = [];
    for (const m of migrations) {
      // Checked inside the write-locked transaction: another process may have applied it meanwhile.
      const ran = conn.transaction(() => {
        if (isDone.get(m.name)) return false;
        conn.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
        return true;
      }).immediate();
      if (ran) applied.push(m.name);
    }
    return applied;
  } finally {
    conn.close();
  }
}

/** The database on the server that is always there: where the app's database is created from. */
const maintenanceDb = () => process.env.FACTDECK_PG_MAINTENANCE_DB || "postgres";

/** Creates the PostgreSQL database named in the URL when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const { database, serverUrl } = postgresParts(url);
  const admin = new pg.Client({ connectionString: serverUrl(maintenanceDb()) });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      try {
        await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } catch (error) {
        // Another process created it between our check and our CREATE (42P04, or 23505 when both
        // CREATEs ran at once): that is fine.
        const code = (error as { code?: string }).code;
        if (code !== "42P04" && code !== "23505") throw error;
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

// ---------- one start-up at a time ----------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock key for this database name (advisory locks take a 64-bit integer). */
function startupLockKey(database: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash("sha256").update(`factdeck-startup:${database}`).digest("hex").slice(0, 16)}`)).toString();
}

/**
 * Runs `fn` (the start-up: create the database, migrate, import content) while no other process
 * runs it for the same database. PostgreSQL: a session advisory lock taken on the server's
 * maintenance database ("postgres"), so it also covers creating the database itself; it goes
 * away with the connection if the process dies. SQLite: an exclusive transaction on a lock file
 * next to the database (takeSqliteLock), which goes away with its process just the same.
 */
export async function withStartupLock<T>(fn: () => Promise<T>, url: string = databaseUrl()): Promise<T> {
  if (databaseKind(url) === "postgresql") {
    const { database, serverUrl } = postgresParts(url);
    const admin = new pg.Client({ connectionString: serverUrl(maintenanceDb()) });
    await admin.connect();
    try {
      await admin.query("SELECT pg_advisory_lock($1::bigint)", [startupLockKey(database)]);
      return await fn();
    } finally {
      await admin.end().catch(() => undefined); // closing the session releases the lock
    }
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const lock = await takeSqliteLock(`${file}.startup-lock`);
  // Held here, not just by this frame: a connection the garbage collector finalises closes, and its
  // lock would go with it while `fn` still waits on something.
  heldLocks.add(lock);
  try {
    return await fn();
  } finally {
    heldLocks.delete(lock);
    lock.close(); // ends the transaction: the lock is free
  }
}

const heldLocks = new Set<Database.Database>();

/**
 * The SQLite start-up lock: an exclusive transaction on a small database file beside the real one.
 * SQLite's file lock is the operating system's, released the moment its holder exits or dies, and
 * shared by every process that sees the file (other containers on the same volume included) — no pid
 * to compare, no staleness to guess. Polled without blocking, so a waiter keeps its event loop.
 */
async function takeSqliteLock(lockFile: string): Promise<Database.Database> {
  for (;;) {
    const db = new Database(lockFile, { timeout: 0 });
    try {
      db.exec("BEGIN EXCLUSIVE");
      return db;
    } catch (error) {
      db.close();
      const code = (error as { code?: string }).code;
      // A file that is not a database (e.g. an older pid lock file) holds no lock: replace it.
      if (code === "SQLITE_NOTADB") rmSync(lockFile, { force: true });
      else if (code !== "SQLITE_BUSY" && code !== "SQLITE_LOCKED") throw error;
      else await sleep(100);
    }
  }
}

/** What /api/health reports: the last migration applied and how many of the shipped ones are not. */
export interface MigrationLevel {
  last: string | null;
  pending: number;
}

const shippedNames = new Map<string, string[]>();

export function migrationLevelFrom(appliedNames: string[], kind: "sqlite" | "postgresql", root = projectRoot): MigrationLevel {
  const applied = new Set(appliedNames);
  const dir = migrationsDir(kind, root);
  // The shipped migrations do not change while the process runs.
  if (!shippedNames.has(dir)) shippedNames.set(dir, readMigrations(dir).map((m) => m.name));
  const shipped = shippedNames.get(dir)!;
  return { last: [...applied].sort().at(-1) ?? null, pending: shipped.filter((n) => !applied.has(n)).length };
}
