// The only place that constructs a Prisma client. SQLite (better-sqlite3 adapter) by default,
// PostgreSQL (pg adapter) when DATABASE_URL says so; both clients are generated from the same
// models, so callers see one type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { databaseKind, databaseUrl } from "../config.ts";
import { sqliteFilePath } from "./url.ts";

export type Db = SqliteClient;
export type { Prisma } from "./generated/sqlite/client.ts";

export function createDb(url: string = databaseUrl()): Db {
  if (databaseKind(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.FACTDECK_PG_POOL ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(url) });
  return new SqliteClient({ adapter });
}

const cache = globalThis as unknown as { factdeckDb?: { url: string; client: Db } };

/** The process-wide client for the current DATABASE_URL (kept across Next.js dev reloads). */
export function getDb(): Db {
  const url = databaseUrl();
  if (!cache.factdeckDb || cache.factdeckDb.url !== url) {
    cache.factdeckDb = { url, client: createDb(url) };
  }
  return cache.factdeckDb.client;
}

export async function closeDb(): Promise<void> {
  const current = cache.factdeckDb;
  cache.factdeckDb = undefined;
  if (current) await current.client.$disconnect();
}
