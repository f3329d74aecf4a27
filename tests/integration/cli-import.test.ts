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

  it("reports question generation of a long article as it goes (not a terminal: a line per tenth)", () => {
    const long = path.join(dir, "long.md");
    const body = Array.from({ length: 60 }, (_, p) =>
      Array.from({ length: 5 }, (_, k) => `In ${1500 + p * 5 + k}, the explorer Person${p} Smith reached the island of Isle${p * 5 + k} after a long voyage.`).join(" "),
    ).join("\n\n");
    writeFileSync(long, `---\ntitle: Voyages\npublished: 2024-03-01\n---\n${body}\n`);
    const result = cli(["import", long]);
    expect(result.status).toBe(0);
    const lines = result.stderr.split("\n").filter((l) => l.startsWith("generating long:"));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toBe("generating long: 300/300 sentences (100%)");
    // A short article imports silently.
    const short = path.join(dir, "short.md");
    writeFileSync(short, "---\ntitle: Short\n---\nThe Rhine rises in Switzerland.\n");
    expect(cli(["import", short]).stderr).not.toContain("generating");
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
