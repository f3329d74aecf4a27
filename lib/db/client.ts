// The only place that constructs a Prisma client. SQLite (better-sqlite3 adapter) by default,
// PostgreSQL (pg adapter) when DATABASE_URL says so; both clients are generated from the same
// models, so callers see one type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { databaseKind, databaseUrl, sqliteSynchronous } from "../config.ts";
import { sqliteFilePath } from "./url.ts";
import { checkpointOffThread } from "./wal-checkpoint.ts";

export type Db = SqliteClient;
export type { Prisma } from "./generated/sqlite/client.ts";

// Updates and deletes of users and sessions, counted after each completes (better-auth's writes
// included), so a cached session lookup (lib/auth/session.ts) taken before a sign-out, a role
// change or a new time zone on this instance is never served after it. Creations cannot make a
// cached lookup wrong.
// Kept on globalThis, like the client itself: Next.js may bundle this module into several chunks,
// and every copy must count the same writes.
export type WatchedModel = "user" | "session";
const shared = globalThis as unknown as { factdeckWrites?: Record<WatchedModel, number> };
const writes = (shared.factdeckWrites ??= { user: 0, session: 0 });

/** How many updates or deletes of these models this process has made. */
export const writeCount = (...models: WatchedModel[]): number => models.reduce((n, m) => n + writes[m], 0);

const INVALIDATING = new Set(["update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
type QueryHook = { operation: string; args: unknown; query: (args: unknown) => Promise<unknown> };
const watch =
  (model: WatchedModel) =>
  async ({ operation, args, query }: QueryHook): Promise<unknown> => {
    if (!INVALIDATING.has(operation)) return query(args);
    try {
      return await query(args);
    } finally {
      writes[model]++;
    }
  };

function withWriteWatch(client: SqliteClient | PostgresClient): Db {
  return (client as SqliteClient).$extends({
    query: {
      user: { $allOperations: watch("user") },
      session: { $allOperations: watch("session") },
    },
  }) as unknown as Db;
}

// The driver adapter each client connected through, kept so `executeStatement` can use it (on the
// client's cache entry, see getDb, so every bundled copy of this module finds it).
type Driver = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type AdapterFactory = PrismaBetterSQLite3 | PrismaPg;
interface DriverHandle {
  kind: "sqlite" | "postgresql";
  driver: Driver | null;
}

/** The factory Prisma is given, noting the adapter it connects so `executeStatement` shares it. */
function noting(factory: AdapterFactory, handle: DriverHandle): AdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const driver = await factory.connect();
      // WAL (set by migrate) with synchronous FULL makes every commit wait for the disk — 1 to 7 ms
      // here, with the whole process blocked (better-sqlite3 is synchronous). See sqliteSynchronous.
      // NORMAL is only safe with WAL: a file in another journal mode keeps SQLite's default.
      if (handle.kind === "sqlite") {
        const conn = sqliteConnection({ kind: "sqlite", driver });
        if (String(conn.pragma("journal_mode", { simple: true })).toLowerCase() === "wal") {
          conn.pragma(`synchronous = ${sqliteSynchronous()}`);
          // In the server only: a CLI run or a test is short, and its commits may checkpoint.
          if (process.env.NEXT_RUNTIME === "nodejs" && !conn.memory) checkpointOffThread(conn);
        }
      }
      return (handle.driver = driver);
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  } as AdapterFactory;
}

/** A server that drops packets (rather than refusing) must not hold requests forever: fail the connect,
 * and the route answers 503 (lib/api/handler.ts). */
const PG_CONNECT_TIMEOUT_MS = 5000;

function connectDb(url: string): { client: Db; handle: DriverHandle } {
  const kind = databaseKind(url);
  const handle: DriverHandle = { kind, driver: null };
  const client =
    kind === "postgresql"
      ? withWriteWatch(new PostgresClient({ adapter: noting(new PrismaPg({ connectionString: url, max: Number(process.env.FACTDECK_PG_POOL ?? 10), connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS }), handle) }))
      : withWriteWatch(new SqliteClient({ adapter: noting(new PrismaBetterSQLite3({ url: sqliteFilePath(url) }), handle) }));
  return { client, handle };
}

export function createDb(url: string = databaseUrl()): Db {
  return connectDb(url).client;
}

export type SqlValue = string | number | boolean | Date | null;
type ArgType = Parameters<Driver["executeRaw"]>[0]["argTypes"][number];

function argType(value: SqlValue): ArgType {
  const scalarType =
    value === null ? "unknown"
    : value instanceof Date ? "datetime"
    : typeof value === "boolean" ? "boolean"
    : typeof value === "number" ? (Number.isInteger(value) ? "int" : "float")
    : "string";
  return { scalarType, arity: "scalar" } as ArgType;
}

// SQLite: prepared statements kept per connection, by SQL text. Preparing (parsing and planning)
// cost more than running the small indexed statements of the hot paths, and the adapter prepares
// anew on every call. The texts are code (values are always bound), so the cache stays small; the
// bound is only a guard. Integers come back as numbers (the adapter's connection defaults to BigInt).
type SqliteConnection = import("better-sqlite3").Database;
type SqliteStatement = import("better-sqlite3").Statement;
const STATEMENTS_MAX = 500;
const statementCache = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

function sqliteStatement(conn: SqliteConnection, sql: string): SqliteStatement {
  let cache = statementCache.get(conn);
  if (!cache) statementCache.set(conn, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= STATEMENTS_MAX) cache.clear();
    statement = conn.prepare(sql);
    if (statement.reader) statement.safeIntegers(false);
    cache.set(sql, statement);
  }
  return statement;
}

/** The connected driver (connecting the client first if it has not yet). */
async function connected(): Promise<DriverHandle & { driver: Driver }> {
  const db = getDb();
  const handle = cache.factdeckDb!.handle;
  if (!handle.driver) await db.$connect();
  return handle as DriverHandle & { driver: Driver };
}

const sqliteConnection = (handle: DriverHandle): SqliteConnection => (handle.driver as unknown as { client: SqliteConnection }).client;

/**
 * Runs one write statement straight on the connection the Prisma client uses (the same SQLite
 * connection or PostgreSQL pool), skipping the ORM's per-call JSON encoding and query planning:
 * 0.25 ms of a 1.5 ms quiz answer. Only for the hottest statements (lib/db/attempts.ts); write SQL
 * both databases accept. Values are always bound, never spliced. Returns the rows changed.
 */
export async function executeStatement(strings: TemplateStringsArray, ...values: SqlValue[]): Promise<number> {
  const handle = await connected();
  if (handle.kind === "sqlite") return sqliteStatement(sqliteConnection(handle), strings.join("?")).run(...values.map(sqliteValue)).changes;
  const sql = strings.reduce((text, part, i) => text + (i === 0 ? "" : `$${i}`) + part, "");
  return handle.driver.executeRaw({ sql, args: values, argTypes: values.map(argType) });
}

/**
 * Runs one read straight on the connection (like executeStatement): `sql` marks each value with
 * `?` (numbered for PostgreSQL here; so no `?` elsewhere in the text). Rows come back as the
 * driver gives them — dates as ISO text, 64-bit integers as text on PostgreSQL, SQLite booleans as
 * 0/1 — for the caller to convert (lib/db/raw-values.ts). For the hot reads only (the rating's
 * context, the review queue).
 */
export async function queryRows(sql: string, values: SqlValue[]): Promise<Record<string, unknown>[]> {
  const handle = await connected();
  if (handle.kind === "sqlite") return sqliteStatement(sqliteConnection(handle), sql).all(...values.map(sqliteValue)) as Record<string, unknown>[];
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  const result = await handle.driver.queryRaw({ sql: text, args: values, argTypes: values.map(argType) });
  return result.rows.map((row) => {
    const out: Record<string, unknown> = {};
    result.columnNames.forEach((name, i) => (out[name] = row[i]));
    return out;
  });
}

/** A statement runner bound to one transaction: tagged SQL, values bound, returns rows changed. */
export type RunStatement = (strings: TemplateStringsArray, ...values: SqlValue[]) => number;

// The values better-sqlite3 binds as the Prisma adapter would (its default iso8601 timestamps), so
// rows written here compare equal to rows written through the ORM.
const sqliteValue = (value: SqlValue): string | number | null =>
  value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? (value ? 1 : 0) : value;

/**
 * SQLite only: runs `fn`'s statements as one transaction on the client's own connection, all at once
 * (synchronously, so no other request's statement lands in the middle). It never runs inside
 * another request's Prisma transaction: when one is open it takes the adapter's transaction lock
 * first. It takes the file's write lock at its first write, so a second process waits (busy
 * timeout) rather than failing. A throw undoes `fn`'s statements and rethrows.
 */
export async function sqliteTransaction<T>(fn: (run: RunStatement) => T): Promise<T> {
  const handle = await connected();
  if (handle.kind !== "sqlite") throw new Error("sqliteTransaction needs a SQLite database");
  const conn = sqliteConnection(handle);
  const run: RunStatement = (strings, ...values) => sqliteStatement(conn, strings.join("?")).run(...values.map(sqliteValue)).changes;
  // No transaction open on the connection, so none of Prisma's (it holds BEGIN…COMMIT open across
  // awaits, under the adapter's lock): BEGIN, `fn` and COMMIT run now, in this turn, and nothing
  // can start in between. Skips the adapter's lock (a chain of promises, and BEGIN prepared anew
  // each time) and the savepoint.
  if (!conn.inTransaction) {
    sqliteStatement(conn, "BEGIN").run();
    try {
      const result = fn(run);
      sqliteStatement(conn, "COMMIT").run();
      return result;
    } catch (error) {
      if (conn.inTransaction) conn.exec("ROLLBACK");
      throw error;
    }
  }
  const tx = await (handle.driver as unknown as { startTransaction(): Promise<{ commit(): Promise<void> }> }).startTransaction();
  try {
    sqliteStatement(conn, "SAVEPOINT factdeck_tx").run();
    try {
      const result = fn(run);
      sqliteStatement(conn, "RELEASE factdeck_tx").run();
      return result;
    } catch (error) {
      conn.exec("ROLLBACK TO factdeck_tx; RELEASE factdeck_tx");
      throw error;
    }
  } finally {
    // The adapter began the transaction and leaves its end to the caller (Prisma sends COMMIT as a
    // statement), then releases its lock. Whatever else ran on this connection since BEGIN is kept.
    if (conn.inTransaction) sqliteStatement(conn, "COMMIT").run();
    await tx.commit();
  }
}

const cache = globalThis as unknown as { factdeckDb?: { url: string; client: Db; handle: DriverHandle } };

/** The process-wide client for the current DATABASE_URL (kept across Next.js dev reloads). */
export function getDb(): Db {
  const url = databaseUrl();
  if (!cache.factdeckDb || cache.factdeckDb.url !== url) {
    cache.factdeckDb = { url, ...connectDb(url) };
  }
  return cache.factdeckDb.client;
}

export async function closeDb(): Promise<void> {
  const current = cache.factdeckDb;
  cache.factdeckDb = undefined;
  if (current) await current.client.$disconnect();
}
