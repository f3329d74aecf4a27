// Every environment variable Factdeck reads, in one place (the README lists the same).
import path from "node:path";

export const projectRoot = process.cwd();

/** DATABASE_URL: `file:…` (SQLite, the default) or `postgresql://…`. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return url;
  return `file:${path.join(projectRoot, "data", "factdeck.db")}`;
}

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string = databaseUrl()): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** FACTDECK_CONTENT_DIR: bundled articles imported at start. */
export function contentDir(): string {
  return process.env.FACTDECK_CONTENT_DIR ?? path.join(projectRoot, "content", "articles");
}

/** FACTDECK_ADMIN_EMAIL: this account becomes ADMIN on sign-up (otherwise the first account does). */
export function adminEmail(): string | undefined {
  return process.env.FACTDECK_ADMIN_EMAIL?.trim().toLowerCase() || undefined;
}

/** FACTDECK_TRUSTED_PROXIES: number of reverse proxies in front of the app whose
 * X-Forwarded-For entries may be trusted (default 0: the header is ignored). */
export function trustedProxyCount(): number {
  const n = Number(process.env.FACTDECK_TRUSTED_PROXIES ?? "0");
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** FACTDECK_SESSION_CACHE_SECONDS: how long an instance may reuse a session lookup (default 10;
 * 0 looks every request up). Changes made on the same instance apply at once; this bounds how late
 * a sign-out or role change made on another instance can be here. */
export function sessionCacheSeconds(): number {
  const n = Number(process.env.FACTDECK_SESSION_CACHE_SECONDS ?? "10");
  return Number.isFinite(n) && n >= 0 ? n : 10;
}

/** FACTDECK_SQLITE_SYNCHRONOUS: SQLite's `synchronous` on the server's connection — NORMAL (default)
 * or FULL. In WAL mode NORMAL never corrupts the file and an app crash loses nothing; only a power
 * cut or OS crash can lose the last commits. FULL waits for the disk on every commit (several ms,
 * during which the whole server waits). */
export function sqliteSynchronous(): "NORMAL" | "FULL" {
  return process.env.FACTDECK_SQLITE_SYNCHRONOUS?.trim().toUpperCase() === "FULL" ? "FULL" : "NORMAL";
}

export const MAX_BODY_BYTES = 1_048_576;

export type LogLevel = "debug" | "info" | "warn" | "error" | "off";
const LOG_LEVELS: LogLevel[] = ["debug", "info", "warn", "error", "off"];

/** FACTDECK_LOG_LEVEL: the least severe request log line written to stdout (default info: one line
 * per API request; warn: only 4xx-worth-a-look and 5xx; error: 5xx; off: none). */
export function logLevel(): LogLevel {
  const level = process.env.FACTDECK_LOG_LEVEL?.trim().toLowerCase() as LogLevel | undefined;
  return level && LOG_LEVELS.includes(level) ? level : "info";
}

/** FACTDECK_RETRY_AFTER_SECONDS: the Retry-After of a 503 while the database is unreachable (default 5). */
export function retryAfterSeconds(): number {
  const n = Number(process.env.FACTDECK_RETRY_AFTER_SECONDS ?? "5");
  return Number.isInteger(n) && n > 0 ? n : 5;
}

/** FACTDECK_FEATURED_ARTICLES: comma-separated slugs listed first on the home page, in that order
 * (default: the bundled seed article, the one a newcomer should start with). */
export function featuredArticleSlugs(): string[] {
  const raw = process.env.FACTDECK_FEATURED_ARTICLES ?? "iraq-us-forces-withdrawal";
  return raw.split(",").map((s) => s.trim()).filter(Boolean);
}
