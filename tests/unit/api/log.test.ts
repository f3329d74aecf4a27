import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushLogLines, logRequest } from "@/lib/api/log";

const line = (n: number, status = 200) => ({ requestId: `r${n}`, method: "POST", route: "/api/review", status, durationMs: n });

describe("request log lines", () => {
  let writes: string[];
  let level: string | undefined;
  beforeEach(() => {
    writes = [];
    level = process.env.FACTDECK_LOG_LEVEL;
    process.env.FACTDECK_LOG_LEVEL = "info";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
  });
  afterEach(() => {
    flushLogLines();
    vi.restoreAllMocks();
    if (level === undefined) delete process.env.FACTDECK_LOG_LEVEL;
    else process.env.FACTDECK_LOG_LEVEL = level;
  });

  it("go out together at the end of the event loop's turn, one JSON object a line, in order", async () => {
    for (let n = 1; n <= 3; n++) logRequest(line(n));
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    const lines = writes[0].split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => JSON.parse(l))).toEqual([1, 2, 3].map((n) => expect.objectContaining({ level: "info", msg: "request", ...line(n) })));
  });

  it("are written at once when many wait, and none is lost or repeated", () => {
    for (let n = 1; n <= 300; n++) logRequest(line(n));
    expect(writes.length).toBeGreaterThanOrEqual(1);
    flushLogLines();
    const ids = writes.join("").trim().split("\n").map((l) => JSON.parse(l).requestId);
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => `r${i + 1}`));
  });

  it("below the configured level are not written", async () => {
    process.env.FACTDECK_LOG_LEVEL = "warn";
    logRequest(line(1));
    logRequest(line(2, 503));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes.join("").trim().split("\n").map((l) => JSON.parse(l).requestId)).toEqual(["r2"]);
  });
});
