// `factdeck … | head`: when the reader closes the pipe before the command has written, the command
// stops quietly (exit 0, nothing on stderr) instead of crashing on EPIPE with a stack trace.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("factdeck with stdout closed by the reader", () => {
  it("exits 0 without an EPIPE trace", async () => {
    const child = spawn(process.execPath, ["bin/factdeck.mjs", "help"], { stdio: ["ignore", "pipe", "pipe"] });
    // The read end closes before the CLI (started through tsx) writes anything: its first write fails.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).not.toContain("EPIPE");
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
