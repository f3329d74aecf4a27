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

/** Adds one failure to `key`'s streak (a streak quiet for `forgetAfterMs` starts again at 1) and
 * stamps it now. One atomic statement, shared by every instance. Returns the streak's length. */
export async function recordFailure(key: string, forgetAfterMs: number, now = Date.now()): Promise<number> {
  const forgetBefore = BigInt(now - forgetAfterMs);
  const stamp = BigInt(now);
  const rows = await getDb().$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${stamp})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rateLimit"."lastRequest" < ${forgetBefore} THEN 1 ELSE "rateLimit"."count" + 1 END,
      "lastRequest" = ${stamp}
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0);
}

/** The streaks of these keys: failures so far and when the last one happened (ms). */
export async function readRateLimits(keys: string[]): Promise<Map<string, { count: number; last: number }>> {
  if (keys.length === 0) return new Map();
  const rows = await getDb().rateLimit.findMany({ where: { key: { in: keys } }, select: { key: true, count: true, lastRequest: true } });
  return new Map(rows.map((r) => [r.key, { count: Number(r.count), last: Number(r.lastRequest) }]));
}

/** Takes back one counted failure (an attempt counted in advance that turned out right). */
export async function forgetOneFailure(key: string): Promise<void> {
  await getDb().rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function clearRateLimit(...keys: string[]): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key: { in: keys } } });
}

/** Drops streaks nobody has added to since `before` (ms): they no longer delay anyone. */
export async function purgeRateLimits(before: number): Promise<number> {
  const { count } = await getDb().rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(before) } } });
  return count;
}

/** Deletes limit rows whose last counted hit is older than `olderThanMs` (their window is long
 * over: the next hit would start from 1 anyway). Returns how many went. */
export async function purgeExpiredRateLimits(olderThanMs: number, now = Date.now()): Promise<number> {
  const { count } = await getDb().rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - olderThanMs) } } });
  return count;
}
