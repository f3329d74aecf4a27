// `factdeck migrate` and `factdeck import` take the server's start-up lock around their database
// work, so running one while an instance starts (which migrates and imports the bundled articles
// under that lock) cannot race it into a unique-key failure.
import { beforeEach, describe, expect, it, vi } from "vitest";

const seen = vi.hoisted(() => ({ inLock: false, events: [] as string[] }));

vi.mock("@/lib/db/migrate", () => ({
  withStartupLock: async <T>(fn: () => Promise<T>): Promise<T> => {
    seen.events.push("lock");
    seen.inLock = true;
    try {
      return await fn();
    } finally {
      seen.inLock = false;
      seen.events.push("unlock");
    }
  },
  migrate: async () => {
    seen.events.push(`migrate${seen.inLock ? " (locked)" : ""}`);
    return { kind: "sqlite", applied: [] };
  },
}));

vi.mock("@/lib/app/import-article", () => ({
  articleFiles: (target: string) => [target],
  importArticleFiles: async (files: string[]) => {
    seen.events.push(`import${seen.inLock ? " (locked)" : ""}`);
    return files.map((file) => ({ file, outcome: "unchanged", slug: "x" }));
  },
}));

beforeEach(() => {
  seen.events.length = 0;
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});

describe("CLI commands under the start-up lock", () => {
  it("factdeck migrate migrates inside the lock", async () => {
    const { run } = await import("../../../bin/commands/migrate.ts");
    expect(await run()).toBe(0);
    expect(seen.events).toEqual(["lock", "migrate (locked)", "unlock"]);
  });

  it("factdeck import migrates and imports inside the lock", async () => {
    const { run } = await import("../../../bin/commands/import.ts");
    expect(await run(["--quiet", "package.json"])).toBe(0);
    expect(seen.events).toEqual(["lock", "migrate (locked)", "import (locked)", "unlock"]);
  });
});
