import { describe, expect, it } from "vitest";
import { createRandom, hashString, mixSeed, shuffle } from "@/lib/domain/random";

describe("the shared PRNG, hash and shuffle", () => {
  it("mulberry32 gives the same sequence for the same seed, and a known first value", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
    // pinned: stored quiz seeds must keep giving the same order after any refactor
    expect(createRandom(1)()).toBeCloseTo(0.6270739405881613, 12);
    expect(createRandom(Number.NaN)()).toBe(createRandom(0)());
  });

  it("FNV-1a matches its published test vectors, and a seed changes it", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
    expect(hashString("a", 7)).not.toBe(hashString("a"));
    expect(mixSeed(1, "q1")).not.toBe(mixSeed(1, "q2"));
  });

  it("shuffle permutes a copy", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(items, createRandom(3));
    expect(out).not.toBe(items);
    expect([...out].sort()).toEqual(items);
    expect(shuffle(items, createRandom(3))).toEqual(out);
  });
});
