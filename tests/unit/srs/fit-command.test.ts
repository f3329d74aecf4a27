import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@/bin/commands/fit";

const dir = mkdtempSync(join(tmpdir(), "factdeck-fit-"));
function capture() {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((out += String(s)), true));
  return () => out;
}
afterEach(() => vi.restoreAllMocks());

describe("factdeck fit", () => {
  it("reports too few reviews without fitting", async () => {
    const file = join(dir, "few.json");
    writeFileSync(
      file,
      JSON.stringify({
        timeZone: "Pacific/Apia",
        logs: [
          { cardId: "a", rating: 3, reviewedAt: "2026-01-01T10:00:00Z" },
          { cardId: "a", rating: 3, reviewedAt: "2026-01-05T10:00:00Z" },
        ],
      }),
    );
    const out = capture();
    expect(await run([file, "--json"])).toBe(0);
    const report = JSON.parse(out());
    expect(report).toMatchObject({ cards: 1, reviews: 1, applied: false, logLossFitted: null });
    expect(report.message).toMatch(/at least 400/);
  });

  it("names the file and line of broken JSON, and the field of a bad log", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '[{"cardId": "a", "rating": 3,\n "reviewedAt": nope}]');
    await expect(run([broken])).rejects.toThrow(`${broken}:2: not valid JSON`);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ cardId: "a", rating: 9, reviewedAt: "2026-01-01" }]));
    await expect(run([bad])).rejects.toThrow(`${bad}: 0.rating`);
  });

  it("rejects an unknown time zone", async () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, "[]");
    await expect(run([file, "--time-zone", "Mars/Base"])).rejects.toThrow(/unknown time zone/);
  });
});
