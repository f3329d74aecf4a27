import { describe, expect, it } from "vitest";
import { json, ONE_ROUND_TRIP_BYTES } from "@/lib/api/request";

describe("json responses", () => {
  it("mark a small body no-transform (so it is not gzipped) and keep the caller's status and headers", async () => {
    const res = json({ word: "naïve" }, { status: 201, headers: { "cache-control": "no-store" } });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(await res.json()).toEqual({ word: "naïve" });
    expect(json({ ok: true }).headers.get("cache-control")).toBe("no-transform");
  });

  it("leave a body of 1 KB or more to compression", () => {
    const res = json({ text: "x".repeat(1024) }, { headers: { "cache-control": "no-store" } });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(json({ text: "x".repeat(1024) }).headers.get("cache-control")).toBeNull();
  });

  it("move the line with compressFromBytes: under it no-transform, from it compression", async () => {
    const mid = json({ text: "x".repeat(5000) }, { status: 201, compressFromBytes: ONE_ROUND_TRIP_BYTES });
    expect(mid.status).toBe(201);
    expect(mid.headers.get("cache-control")).toBe("no-transform");
    expect((await mid.json()).text).toHaveLength(5000);
    expect(json({ text: "x".repeat(ONE_ROUND_TRIP_BYTES) }, { compressFromBytes: ONE_ROUND_TRIP_BYTES }).headers.get("cache-control")).toBeNull();
  });
});
