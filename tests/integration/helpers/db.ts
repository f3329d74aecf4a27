// Each integration test file gets a fresh database: a temp SQLite file, or — with
// FACTDECK_TEST_DB=postgresql and TEST_DATABASE_URL — a fresh PostgreSQL database on that server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

export const testDbKind = process.env.FACTDECK_TEST_DB === "postgresql" ? "postgresql" : "sqlite";

export async function useFreshDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  await closeDb();
  if (testDbKind === "postgresql") {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("FACTDECK_TEST_DB=postgresql needs TEST_DATABASE_URL");
    const name = `factdeck_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const u = new URL(base);
    u.pathname = `/${name}`;
    const url = u.toString();
    process.env.DATABASE_URL = url;
    await migrate(url);
    return {
      url,
      cleanup: async () => {
        await closeDb();
        const adminUrl = new URL(base);
        adminUrl.pathname = "/postgres";
        const admin = new pg.Client({ connectionString: adminUrl.toString() });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-it-"));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  await migrate(url);
  return {
    url,
    cleanup: async () => {
      await closeDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
