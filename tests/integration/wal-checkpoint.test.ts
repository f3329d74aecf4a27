// The server's WAL checkpoints run in a worker thread (lib/db/wal-checkpoint.ts): commits on the
// app's connection no longer checkpoint, the worker keeps the WAL copied into the database file,
// and when the worker stops the connection checkpoints by itself again.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkpointOffThread } from "../../lib/db/wal-checkpoint";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function walDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-wal-"));
  dirs.push(dir);
  const db = new Database(path.join(dir, "app.db"));
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  return db;
}

const waitFor = async (ok: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("WAL checkpoints off the request thread", () => {
  const fill = (db: Database.Database) => {
    const insert = db.prepare("INSERT INTO t (v) VALUES (?)");
    // Well past 1,000 pages: with the automatic checkpoint on, commits would copy them back.
    for (let i = 0; i < 3000; i++) insert.run("x".repeat(2000));
  };

  it("turns off the checkpoint a commit would run", async () => {
    const db = walDatabase();
    // The worker checkpoints once on start, then not for an hour.
    const worker = checkpointOffThread(db, 3_600_000);
    await new Promise((r) => worker.once("message", r));
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    fill(db);
    // The rows are still in the WAL only: no commit copied them into the database file.
    expect(statSync(db.name).size).toBeLessThan(1_000_000);
    await worker.terminate();
    db.close();
  });

  it("copies the WAL into the database file from the worker", async () => {
    const db = walDatabase();
    const worker = checkpointOffThread(db, 50);
    fill(db);
    await waitFor(() => statSync(db.name).size > 3000 * 2000);
    await worker.terminate();
    db.close();
  });

  it("gives the connection its automatic checkpoint back when the worker stops", async () => {
    const db = walDatabase();
    const worker = checkpointOffThread(db, 50);
    await worker.terminate();
    await waitFor(() => db.pragma("wal_autocheckpoint", { simple: true }) === 1000);
    db.close();
  });
});
