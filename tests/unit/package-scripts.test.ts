// Every npm script that runs a file of ours names one that exists (`test:e2e` once pointed to a
// scripts/e2e.mjs that was never written).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

describe("package.json scripts", () => {
  it("run only files that exist", () => {
    const referenced = Object.entries(scripts).flatMap(([name, command]) =>
      [...command.matchAll(/\bnode\s+(?:--\S+\s+)*((?:\.\/)?(?:scripts|bin|tests)\/\S+\.(?:mjs|cjs|js|ts))/g)].map((m) => ({ name, file: m[1] })),
    );
    expect(referenced.map((r) => r.name)).toContain("test:e2e");
    expect(referenced.filter((r) => !existsSync(r.file))).toEqual([]);
  });

  it("test:e2e runs the end-to-end part of scripts/test.mjs", () => {
    expect(scripts["test:e2e"]).toBe("node scripts/test.mjs --e2e-only");
    expect(readFileSync("scripts/test.mjs", "utf8")).toContain('process.argv.includes("--e2e-only")');
  });
});
