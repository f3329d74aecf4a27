import { databaseKind } from "../config.ts";
import { getDb } from "./client.ts";

export async function databaseHealth(): Promise<{ ok: boolean; database: "sqlite" | "postgresql" }> {
  const database = databaseKind();
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return { ok: true, database };
  } catch {
    return { ok: false, database };
  }
}
