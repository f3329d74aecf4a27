import { databaseKind } from "../config.ts";
import { getDb } from "./client.ts";
import { migrationLevelFrom, type MigrationLevel } from "./migrate.ts";

export interface DatabaseHealth {
  ok: boolean;
  database: "sqlite" | "postgresql";
  /** null when the database could not be read */
  migrations: MigrationLevel | null;
}

/** Reachability in one read that also says how far the schema is migrated. */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const database = databaseKind();
  try {
    const rows = await Promise.race([
      getDb().$queryRaw<{ name: string }[]>`SELECT name FROM "_factdeck_migrations"`,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    const migrations = migrationLevelFrom(rows.map((r) => r.name), database);
    return { ok: true, database, migrations };
  } catch {
    return { ok: false, database, migrations: null };
  }
}

/** The cheapest round trip to the database: false when it fails or takes longer than `timeoutMs`. */
export async function databaseReachable(timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      getDb().$queryRaw`SELECT 1`.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
