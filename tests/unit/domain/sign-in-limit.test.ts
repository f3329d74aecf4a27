import { describe, expect, it } from "vitest";
import { ACCOUNT_DELAY, STREAK_FORGOTTEN_AFTER_MS, delayAfter, describeWait, remainingWait } from "@/lib/domain/sign-in-limit";

describe("sign-in delays", () => {
  it("lets the free tries through, then doubles the wait up to the cap", () => {
    const waits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40].map((n) => delayAfter(n, ACCOUNT_DELAY));
    expect(waits).toEqual([0, 0, 0, 0, 0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });

  it("counts the wait from the last failure and forgets a quiet streak", () => {
    const last = 1_000_000;
    expect(remainingWait({ count: 6, last }, ACCOUNT_DELAY, last + 5_000)).toBe(15_000);
    expect(remainingWait({ count: 6, last }, ACCOUNT_DELAY, last + 25_000)).toBe(0);
    expect(remainingWait({ count: 60, last }, ACCOUNT_DELAY, last + STREAK_FORGOTTEN_AFTER_MS)).toBe(0);
    expect(remainingWait(undefined, ACCOUNT_DELAY, last)).toBe(0);
  });

  it("says a wait in seconds and minutes", () => {
    expect(describeWait(39_200)).toBe("40 s");
    expect(describeWait(120_000)).toBe("2 min");
    expect(describeWait(125_000)).toBe("2 min 5 s");
    expect(describeWait(10)).toBe("1 s");
  });
});
