// Runs once when the server starts (instrumentation.ts): create the database if needed, migrate,
// then import bundled content — all under one lock, so any number of instances can start at once
// on a fresh or an existing database (the first does the work, the others then find it done).
import { existsSync } from "node:fs";
import { contentDir, databaseKind } from "./config.ts";
import { migrate, withStartupLock } from "./db/migrate.ts";
import { purgeExpiredRateLimits } from "./db/rate-limits.ts";
import { databaseReachable } from "./db/health.ts";
import { installAccessLog } from "./api/access-log.ts";
import { registerDatabaseProbe } from "./api/outage.ts";
import { importBundledContent } from "./app/import-article.ts";

export async function bootstrap(): Promise<void> {
  const started = Date.now();
  await withStartupLock(async () => {
    const { applied, kind } = await migrate();
    if (applied.length) console.log(`[factdeck] ${kind}: applied ${applied.length} migration(s): ${applied.join(", ")}`);
    const dir = contentDir();
    if (!existsSync(dir)) return;
    const results = await importBundledContent(dir);
    for (const r of results) {
      if (r.error) console.error(`[factdeck] ${r.file}:${r.error.line}: ${r.error.message}`);
    }
    const changed = results.filter((r) => r.outcome === "created" || r.outcome === "updated").length;
    console.log(`[factdeck] ${results.length} article file(s), ${changed} imported or updated`);
  });
  console.log(`[factdeck] ready on ${databaseKind()} in ${Date.now() - started} ms`);
  startHousekeeping();
}

/** What the running server adds around Next.js (instrumentation.ts): a log line for every response,
 * and the database probe proxy.ts asks before it lets a page render. */
export function installServerHooks(): void {
  installAccessLog();
  registerDatabaseProbe(() => databaseReachable());
}

/** Sign-in/sign-up limit rows older than this are purged: far beyond any limit's window. */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60_000;
const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

/** Purges expired limit rows now and then hourly (each instance; the delete is idempotent). */
export function startHousekeeping(): void {
  const shared = globalThis as unknown as { factdeckHousekeeping?: NodeJS.Timeout };
  if (shared.factdeckHousekeeping) return;
  const run = () =>
    purgeExpiredRateLimits(RATE_LIMIT_RETENTION_MS).then(
      (n) => n > 0 && console.log(`[factdeck] purged ${n} expired sign-in limit row(s)`),
      (error) => console.error(`[factdeck] purging sign-in limit rows failed: ${error instanceof Error ? error.message : error}`),
    );
  void run();
  shared.factdeckHousekeeping = setInterval(run, HOUSEKEEPING_EVERY_MS);
  shared.factdeckHousekeeping.unref();
}

/**
 * The start-up as the server runs it: a failed bootstrap (database not up yet, a lost connection)
 * is retried with growing pauses; when every attempt failed the process exits non-zero with the
 * cause, so a supervisor restarts it — an instance never stays up answering 500.
 * FACTDECK_BOOTSTRAP_ATTEMPTS (default 5) sets how many tries.
 */
export async function bootstrapOrExit(opts: { attempts?: number; exit?: (code: number) => never; pauseMs?: number } = {}): Promise<void> {
  const attempts = Math.max(1, opts.attempts ?? Number(process.env.FACTDECK_BOOTSTRAP_ATTEMPTS ?? 5));
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  for (let attempt = 1; ; attempt++) {
    try {
      await bootstrap();
      return;
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts) {
        console.error(`[factdeck] start-up failed after ${attempts} attempt(s), exiting: ${cause}`);
        exit(1);
        return;
      }
      const pause = Math.min(10_000, (opts.pauseMs ?? 1000) * 2 ** (attempt - 1));
      console.error(`[factdeck] start-up attempt ${attempt} of ${attempts} failed (${cause}); retrying in ${pause} ms`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
