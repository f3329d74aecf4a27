// The SQLite start-up lock (lib/db/migrate.ts withStartupLock): held by SQLite's own file lock on a
// small file beside the database, so the operating system drops it the moment its holder dies —
// nothing in it is read as a pid, which means nothing across containers or hosts sharing a volume
// (pids are not comparable there). A leftover file, whatever it says, never blocks a start.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withStartupLock } from "@/lib/db/migrate";

const dir = mkdtempSync(path.join(tmpdir(), "factdeck-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshUrl = () => `file:${path.join(dir, `db-${++n}.db`)}`;
const lockPathOf = (url: string) => `${url.slice("file:".length)}.startup-lock`;

/** A separate process that takes the lock and keeps it until killed; resolves once it holds it. */
function holderProcess(url: string) {
  const script = `
    import("${path.resolve("lib/db/migrate.ts").replace(/\\/g, "/")}").then(({ withStartupLock }) =>
      withStartupLock(() => { console.log("holding"); return new Promise(() => setInterval(() => {}, 1000)); }, ${JSON.stringify(url)}));`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const holding = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("holding") && resolve());
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, holding };
}

describe("SQLite start-up lock", () => {
  it("lets one holder at a time into the start-up, in one process too", async () => {
    const url = freshUrl();
    const order: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = withStartupLock(async () => {
      order.push("first in");
      await new Promise<void>((r) => (releaseFirst = r));
      order.push("first out");
    }, url);
    await new Promise((r) => setTimeout(r, 50));
    const second = withStartupLock(async () => void order.push("second in"), url);
    await new Promise((r) => setTimeout(r, 300));
    expect(order).toEqual(["first in"]); // the second is still waiting
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(["first in", "first out", "second in"]);
  });

  it("waits for a live holder in another process and gets the lock as soon as that process is killed", async () => {
    const url = freshUrl();
    const { child, holding } = holderProcess(url);
    await holding;
    let entered = false;
    const mine = withStartupLock(async () => void (entered = true), url);
    await new Promise((r) => setTimeout(r, 400));
    expect(entered).toBe(false);
    child.kill("SIGKILL"); // no clean-up runs: the operating system releases the lock
    await mine;
    expect(entered).toBe(true);
  }, 60_000);

  it("is not blocked by a leftover lock file, whatever pid or text it holds", async () => {
    for (const content of [String(process.pid), String(process.ppid), "1", "host-b:4242", ""]) {
      const url = freshUrl();
      writeFileSync(lockPathOf(url), content);
      let entered = false;
      await withStartupLock(async () => void (entered = true), url);
      expect(entered, JSON.stringify(content)).toBe(true);
    }
  });
});
