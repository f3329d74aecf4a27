// Is this error "the database cannot be reached right now" (a 503 worth retrying) rather than a bug?
// Read structurally, so callers need not import Prisma: Prisma's connection error codes, the driver
// adapter's error kinds, and what pg / node:net / better-sqlite3 throw when the server or file is gone.

/** Prisma: can't reach (P1001), timed out (P1002, P1008), database missing (P1003), closed (P1017), pool timeout (P2024). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1017", "P2024"]);
/** @prisma/driver-adapter-utils error kinds. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseAccessDenied"]);
/** node:net / pg socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** SQLSTATE: connection exceptions (08…), shutting down / cannot connect now (57P01–57P03), too many connections. */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
const SQLITE_CODES = new Set(["SQLITE_BUSY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_LOCKED"]);
const MESSAGES = [
  /Connection terminated/i,
  /Can't reach database server/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Cannot open database because the directory does not exist/i,
  /unable to open database file/i,
  /database is locked/i,
];

type Loose = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as Loose;
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLITE_CODES.has(code) || SQLSTATE.test(code)) return true;
  const adapter = e.meta?.driverAdapterError?.cause;
  if (adapter && (ADAPTER_KINDS.has(String(adapter.kind)) || SQLSTATE.test(String(adapter.originalCode ?? "")))) return true;
  // A DriverAdapterError carries its kind on `cause`.
  if (e.name === "DriverAdapterError" && e.cause && ADAPTER_KINDS.has(String((e.cause as { kind?: unknown }).kind))) return true;
  if (typeof e.message === "string" && MESSAGES.some((re) => re.test(e.message as string))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
