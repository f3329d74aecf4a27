import { describe, expect, it } from "vitest";
import { json } from "@/lib/api/request";

describe("json responses", () => {
  it("carry their byte length (so small bodies skip compression) and keep the caller's status and headers", async () => {
    const res = json({ word: "naïve" }, { status: 201, headers: { "cache-control": "no-store" } });
    const text = await res.clone().text();
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(Number(res.headers.get("content-length"))).toBe(new TextEncoder().encode(text).length);
    expect(Number(res.headers.get("content-length"))).toBeGreaterThan(text.length); // ï is two bytes
    expect(await res.json()).toEqual({ word: "naïve" });
  });
});
