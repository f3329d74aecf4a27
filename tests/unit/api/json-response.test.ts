import { describe, expect, it } from "vitest";
import { json } from "@/lib/api/request";

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
});
