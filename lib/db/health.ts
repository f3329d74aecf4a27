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
