import { describe, expect, it } from "vitest";
import { perOwner } from "../../../lib/generate/memo";

describe("perOwner", () => {
  it("computes a value once per owner and key, and apart for each owner", () => {
    const store = new WeakMap<object, Map<string, number>>();
    const a = {};
    const b = {};
    let calls = 0;
    const make = () => ++calls;
    expect(perOwner(store, a, "x", make)).toBe(1);
    expect(perOwner(store, a, "x", make)).toBe(1);
    expect(perOwner(store, a, "y", make)).toBe(2);
    expect(perOwner(store, b, "x", make)).toBe(3);
    expect(calls).toBe(3);
  });

  it("keeps a computed false or undefined instead of computing it again", () => {
    const store = new WeakMap<object, Map<string, boolean | undefined>>();
    const owner = {};
    let calls = 0;
    perOwner(store, owner, "no", () => (calls++, false));
    perOwner(store, owner, "no", () => (calls++, false));
    perOwner(store, owner, "none", () => (calls++, undefined));
    perOwner(store, owner, "none", () => (calls++, undefined));
    expect(calls).toBe(2);
  });
});
