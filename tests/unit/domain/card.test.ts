import { describe, expect, it } from "vitest";
import { cardSeed, toCardState } from "@/lib/domain/card";
import { hashString } from "@/lib/domain/random";

describe("toCardState", () => {
  it("accepts the four FSRS states and refuses anything else as a corrupt row", () => {
    expect([0, 1, 2, 3].map(toCardState)).toEqual([0, 1, 2, 3]);
    for (const bad of [-1, 4, 1.5, Number.NaN]) expect(() => toCardState(bad)).toThrow(RangeError);
  });
});

describe("cardSeed", () => {
  it("is the FNV-1a hash of the card id: stable, and different for different cards", () => {
    expect(cardSeed("card-1")).toBe(hashString("card-1"));
    expect(cardSeed("card-1")).toBe(cardSeed("card-1"));
    expect(cardSeed("card-1")).not.toBe(cardSeed("card-2"));
  });
});
