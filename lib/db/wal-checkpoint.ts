// SQLite's automatic checkpoint runs inside the commit that brings the WAL past 1,000 pages: that
// commit copies the pages into the database file (6–35 ms measured here), and since better-sqlite3
// is synchronous every request in flight waits with it — the long tail of bench:load. In the server
// a worker thread checkpoints instead, on its own connection: PASSIVE copies what no reader still
// needs and never blocks the app's readers or its writer. If the worker stops, the connection gets
// SQLite's automatic checkpoint back, so the WAL never grows without bound.
import { Worker } from "node:worker_threads";

/** How often the worker checkpoints; ratings write ~20 pages each, so a few hundred pages at most. */
const CHECKPOINT_EVERY_MS = 500;
/** SQLite's default wal_autocheckpoint, restored when the worker stops. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

// A CommonJS snippet, not a module file: Next.js bundles the server, and better-sqlite3 is loaded
// from node_modules as the app's own connection loads it (an external package).
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
const tick = () => { db.pragma("wal_checkpoint(PASSIVE)"); parentPort.postMessage("checkpointed"); };
tick();
setInterval(tick, workerData.everyMs);
`;

interface Connection {
  name: string;
  open: boolean;
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

/**
 * Moves the WAL checkpoints of `conn` (a WAL-mode file) to a worker thread. The worker does not
 * keep the process alive. Returns it (tests stop it to see the automatic checkpoint come back).
 */
export function checkpointOffThread(conn: Connection, everyMs = CHECKPOINT_EVERY_MS): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: conn.name, everyMs } });
  worker.unref();
  conn.pragma("wal_autocheckpoint = 0");
  const restore = (cause: string) => {
    if (!conn.open) return;
    conn.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    if (cause) console.error(`[factdeck] the WAL checkpoint worker stopped (${cause}); commits checkpoint again`);
  };
  worker.once("error", (error) => restore(error instanceof Error ? error.message : String(error)));
  worker.once("exit", (code) => restore(code === 0 || code === 1 ? "" : `exit code ${code}`));
  return worker;
}
