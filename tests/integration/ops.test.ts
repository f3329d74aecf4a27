// Operations: the article-text cache stays within its byte budget; expired sign-in limit rows are purged.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { getDb } from "@/lib/db/client";
import { importArticleFiles } from "@/lib/app/import-article";
import { articleCacheBytes, articleContextBytes, articleContexts } from "@/lib/app/source-context";
import { hitRateLimit, purgeExpiredRateLimits } from "@/lib/db/rate-limits";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useFreshDatabase());
  const dir = path.join(process.cwd(), "content", "articles");
  await importArticleFiles(readdirSync(dir).map((f) => path.join(dir, f)));
}, 300_000);
afterAll(async () => cleanup());

describe("article-text cache", () => {
  it("holds at most its byte budget, evicting the oldest, and still serves every article", async () => {
    const ids = (await getDb().article.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map((a) => a.id);
    const all = await articleContexts(ids, 1_000);
    const sizes = ids.map((id) => articleContextBytes(all.get(id)!));
    // A budget that fits two articles but not three.
    const sorted = [...sizes].sort((a, b) => b - a);
    const budget = sorted[0] + sorted[1];
    const saved = process.env.FACTDECK_ARTICLE_CACHE_MB;
    process.env.FACTDECK_ARTICLE_CACHE_MB = String(budget / 1024 / 1024);
    try {
      let now = 1_000_000; // past the TTL of what was cached above: everything is read again
      for (const id of ids) {
        const got = await articleContexts([id], (now += 1));
        expect(got.get(id)?.slug).toBeTruthy();
        expect(articleCacheBytes()).toBeLessThanOrEqual(budget);
      }
      expect(articleCacheBytes()).toBeGreaterThan(0);
    } finally {
      if (saved === undefined) delete process.env.FACTDECK_ARTICLE_CACHE_MB;
      else process.env.FACTDECK_ARTICLE_CACHE_MB = saved;
    }
  });
});

describe("sign-in limit rows", () => {
  it("purges rows whose last hit is older than the retention, keeps the others", async () => {
    const now = Date.now();
    await hitRateLimit("test:old", 60_000, now - 3 * 3_600_000);
    await hitRateLimit("test:recent", 60_000, now - 60_000);
    expect(await purgeExpiredRateLimits(3_600_000, now)).toBe(1);
    const keys = (await getDb().rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain("test:recent");
    expect(keys).not.toContain("test:old");
  });
});
