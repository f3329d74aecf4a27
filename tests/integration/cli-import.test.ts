import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDbKind } from "./helpers/db";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdeck-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["bin/factdeck.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, ...env },
  });

describe.runIf(testDbKind === "sqlite")("factdeck import (CLI)", () => {
  it("imports a folder, names each bad file with its line, exits 1, and is idempotent", () => {
    const articles = path.join(dir, "articles");
    spawnSync("mkdir", ["-p", articles]);
    writeFileSync(path.join(articles, "ok.md"), "---\ntitle: The Rhine\npublished: 2024-03-01\n---\nThe Rhine rises in Switzerland and flows 1,230 kilometres to the North Sea in the Netherlands.\n");
    writeFileSync(path.join(articles, "broken.md"), "---\ntitle: Broken\ntags: [a, b\n---\nBody.\n");
    const first = cli(["import", articles]);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/ok\.md: created as the-rhine|ok\.md: created as ok/);
    expect(first.stderr).toMatch(/broken\.md:\d+: error: /);
    expect(first.stdout).toContain("1 imported or unchanged, 1 failed");
    const second = cli(["import", path.join(articles, "ok.md")]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("unchanged");
  }, 300_000);

  it("answers a missing path and an unknown command clearly", () => {
    const missing = cli(["import", path.join(dir, "nope.md")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file or directory");
    const unknown = cli(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const help = cli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("import <file|dir>");
  }, 300_000);
});
