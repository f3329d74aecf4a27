// Structured request logs: one JSON line per request on stdout, for an operator's log pipeline. API
// route handlers (lib/api/handler.ts) and proxy.ts write their own lines, with the route pattern and
// the user; every other response (pages, static files, unknown paths) gets its line from the server's
// response hook (lib/api/access-log.ts), which skips the requests already logged here.
import { logLevel, trustedProxyCount, type LogLevel } from "../config.ts";

export const REQUEST_ID_HEADER = "x-request-id";
const PLAUSIBLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A fresh id for every request, or the one a trusted reverse proxy already gave it. */
export function assignRequestId(incoming: string | null): string {
  if (incoming && trustedProxyCount() > 0 && PLAUSIBLE_ID.test(incoming)) return incoming;
  return crypto.randomUUID();
}

/** An API request's id (route handlers): a fresh one, or a trusted reverse proxy's. */
export const requestIdOf = (request: Request): string => assignRequestId(request.headers.get(REQUEST_ID_HEADER));

export interface RequestLogLine {
  requestId: string;
  method: string;
  /** The route pattern (/api/sets/{id}): low-cardinality, groups well. */
  route: string;
  status: number;
  durationMs: number;
  userId?: string;
  /** Why a 5xx happened (message and the first stack lines). */
  error?: string;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

export function levelOf(status: number): Exclude<LogLevel, "off"> {
  if (status >= 500 && status !== 503) return "error";
  if (status === 503 || status === 429) return "warn";
  return "info";
}

// Lines wait for the end of this turn of the event loop and go out in one write: stdout to a pipe
// or a file is written synchronously, one system call per write, and under load several requests
// end in one turn. On globalThis: Next.js may bundle this module into several chunks.
const LOG_BATCH_MAX = 256;
const logBuffer = globalThis as unknown as { factdeckLogLines?: string[]; factdeckLogExitHook?: boolean };
const pendingLines = (logBuffer.factdeckLogLines ??= []);

/** Writes the request log lines still waiting (at the end of the turn, on exit, or when many wait). */
export function flushLogLines(): void {
  if (pendingLines.length === 0) return;
  const text = pendingLines.join("");
  pendingLines.length = 0;
  process.stdout.write(text);
}

function writeLine(text: string): void {
  pendingLines.push(text);
  if (pendingLines.length === 1) setImmediate(flushLogLines);
  else if (pendingLines.length >= LOG_BATCH_MAX) flushLogLines();
  if (!logBuffer.factdeckLogExitHook) {
    logBuffer.factdeckLogExitHook = true;
    process.on("exit", flushLogLines);
  }
}

const shared = globalThis as unknown as { factdeckLoggedIds?: Set<string>; factdeckAccessLog?: boolean };

/** Whether this request id was logged by its handler (and forgets it): the response hook's check. */
export function alreadyLogged(requestId: string): boolean {
  return shared.factdeckLoggedIds?.delete(requestId) ?? false;
}

export function logRequest(line: RequestLogLine): void {
  if (shared.factdeckAccessLog) {
    // Only while the response hook runs, which forgets each id at the response's end; the bound is a
    // backstop for responses that never finish (a client gone mid-stream).
    const ids = (shared.factdeckLoggedIds ??= new Set());
    if (ids.size >= 10_000) ids.clear();
    ids.add(line.requestId);
  }
  writeLogLine(line);
}

/** Writes the line when its level passes FACTDECK_LOG_LEVEL. */
export function writeLogLine(line: RequestLogLine, level: Exclude<LogLevel, "off"> = levelOf(line.status)): void {
  if (RANK[level] < RANK[logLevel()]) return;
  writeLine(JSON.stringify({ time: new Date().toISOString(), level, msg: "request", ...line }) + "\n");
}

/** A thrown value as one short log field. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return (error.stack ?? `${error.name}: ${error.message}`).split("\n").slice(0, 6).join("\n");
  return String(error);
}
