import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import { daysBetweenKeys, shiftStudyDay, studyDayBounds, studyDayKey, studyDaysBetween } from "@/lib/srs";

const H = 3_600_000;
const iso = (s: string) => new Date(s);

describe("studyDayBounds", () => {
  it("03:59 local belongs to yesterday, 04:00 starts today (Europe/Berlin, summer)", () => {
    // 03:59 CEST = 01:59Z
    const before = studyDayBounds(iso("2026-06-10T01:59:00Z"), "Europe/Berlin", 4);
    expect(before.dayKey).toBe("2026-06-09");
    expect(before.end).toEqual(iso("2026-06-10T02:00:00Z"));
    const at = studyDayBounds(iso("2026-06-10T02:00:00Z"), "Europe/Berlin", 4);
    expect(at.dayKey).toBe("2026-06-10");
    expect(at.start).toEqual(iso("2026-06-10T02:00:00Z"));
    expect(at.end).toEqual(iso("2026-06-11T02:00:00Z"));
  });

  it("day start hour 0 is local midnight", () => {
    const d = studyDayBounds(iso("2026-06-10T22:30:00Z"), "Europe/Berlin", 0);
    expect(d.dayKey).toBe("2026-06-11");
    expect(d.start).toEqual(iso("2026-06-10T22:00:00Z"));
  });

  const dst: Array<[string, string, string, string, number]> = [
    // zone, day key, its start (UTC), next start (UTC), hours
    ["America/New_York", "2026-03-07", "2026-03-07T09:00:00Z", "2026-03-08T08:00:00Z", 23],
    ["America/New_York", "2026-10-31", "2026-10-31T08:00:00Z", "2026-11-01T09:00:00Z", 25],
    ["Europe/Berlin", "2026-03-28", "2026-03-28T03:00:00Z", "2026-03-29T02:00:00Z", 23],
    ["Europe/Berlin", "2026-10-24", "2026-10-24T02:00:00Z", "2026-10-25T03:00:00Z", 25],
  ];
  for (const [zone, key, start, end, hours] of dst) {
    it(`${zone}: the study day ${key} spans the DST change and lasts ${hours} h`, () => {
      const mid = new Date((iso(start).getTime() + iso(end).getTime()) / 2);
      const d = studyDayBounds(mid, zone, 4);
      expect(d.dayKey).toBe(key);
      expect(d.start).toEqual(iso(start));
      expect(d.end).toEqual(iso(end));
      expect((d.end.getTime() - d.start.getTime()) / H).toBe(hours);
      // one millisecond either side of the boundary
      expect(studyDayKey(new Date(iso(end).getTime() - 1), zone, 4)).toBe(key);
      expect(studyDayKey(iso(end), zone, 4)).not.toBe(key);
    });
  }

  it("a learner in UTC+13 (Tonga, Samoa) and one in UTC−11", () => {
    for (const zone of ["Pacific/Tongatapu", "Pacific/Apia"]) {
      // 03:59 on 16 June local = 14:59Z on the 15th
      expect(studyDayKey(iso("2026-06-15T14:59:00Z"), zone, 4)).toBe("2026-06-15");
      expect(studyDayKey(iso("2026-06-15T15:00:00Z"), zone, 4)).toBe("2026-06-16");
    }
    // Pago Pago is UTC−11: 04:00 local on 16 June = 15:00Z on the 16th
    expect(studyDayKey(iso("2026-06-16T14:59:00Z"), "Pacific/Pago_Pago", 4)).toBe("2026-06-15");
    expect(studyDayKey(iso("2026-06-16T15:00:00Z"), "Pacific/Pago_Pago", 4)).toBe("2026-06-16");
  });

  it("a day start inside the spring-forward gap moves to the first valid instant", () => {
    // New York skips 02:00–03:00 on 2026-03-08; 03:00 EDT = 07:00Z
    const d = studyDayBounds(iso("2026-03-08T12:00:00Z"), "America/New_York", 2);
    expect(d.dayKey).toBe("2026-03-08");
    expect(d.start).toEqual(iso("2026-03-08T07:00:00Z"));
    expect(studyDayBounds(iso("2026-03-08T06:59:59Z"), "America/New_York", 2).end).toEqual(d.start);
  });

  it("rejects a bad zone or hour", () => {
    expect(() => studyDayBounds(new Date(), "Mars/Olympus", 4)).toThrow(/time zone/i);
    expect(() => studyDayBounds(new Date(), "UTC", 24)).toThrow(/dayStartHour/);
  });

  it("property: days tile time — start ≤ now < end, 23–25 h long, starting at the day-start hour", () => {
    const zones = [
      "America/New_York",
      "Europe/Berlin",
      "Pacific/Apia",
      "Pacific/Tongatapu",
      "Asia/Kolkata",
      "Australia/Lord_Howe",
      "UTC",
      "America/St_Johns",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (ms, zone, hour) => {
          const now = new Date(ms);
          const d = studyDayBounds(now, zone, hour);
          expect(d.start.getTime()).toBeLessThanOrEqual(ms);
          expect(d.end.getTime()).toBeGreaterThan(ms);
          const len = (d.end.getTime() - d.start.getTime()) / H;
          expect(len).toBeGreaterThanOrEqual(23);
          expect(len).toBeLessThanOrEqual(25);
          expect(studyDayBounds(d.end, zone, hour).start).toEqual(d.end);
          expect(studyDayBounds(new Date(d.start.getTime() - 1), zone, hour).end).toEqual(d.start);
          const local = DateTime.fromJSDate(d.start, { zone });
          expect(local.toISODate()).toBe(d.dayKey);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("day arithmetic", () => {
  it("shifts and counts study days", () => {
    const d = shiftStudyDay("2026-03-07", 1, "America/New_York", 4);
    expect(d.dayKey).toBe("2026-03-08");
    expect(d.start).toEqual(iso("2026-03-08T08:00:00Z"));
    expect(daysBetweenKeys("2026-02-27", "2026-03-02")).toBe(3);
    // 03:00 local on the 10th is still the 9th's study day
    expect(studyDaysBetween(iso("2026-06-09T08:00:00Z"), iso("2026-06-10T01:00:00Z"), "Europe/Berlin", 4)).toBe(0);
    expect(studyDaysBetween(iso("2026-06-09T08:00:00Z"), iso("2026-06-10T02:00:00Z"), "Europe/Berlin", 4)).toBe(1);
  });
});
