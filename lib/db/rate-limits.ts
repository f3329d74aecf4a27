import { randomUUID } from "node:crypto";
import { getDb } from "./client.ts";

/** Counts one hit on `key` in a fixed window and returns the count so far. One atomic statement, so
 * every app instance sharing the database enforces the same limit. */
export async function hitRateLimit(key: string, windowMs: number, now = Date.now()): Promise<number> {
  const windowStart = BigInt(now - windowMs);
  const stamp = BigInt(now);
  const rows = await getDb().$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${stamp})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "rateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "rateLimit"."lastRequest" < ${windowStart} THEN ${stamp} ELSE "rateLimit"."lastRequest" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0);
}

export async function clearRateLimit(key: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key } });
}

/** Deletes limit rows whose last counted hit is older than `olderThanMs` (their window is long
 * over: the next hit would start from 1 anyway). Returns how many went. */
export async function purgeExpiredRateLimits(olderThanMs: number, now = Date.now()): Promise<number> {
  const { count } = await getDb().rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - olderThanMs) } } });
  return count;
}
