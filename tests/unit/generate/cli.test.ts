import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../../bin/commands/generate";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  return { out: () => out.join(""), err: () => err.join("") };
}

afterEach(() => vi.restoreAllMocks());

describe("factdeck generate", () => {
  it("prints questions as JSON with the documented fields", async () => {
    const io = capture();
    const code = await run(["content/articles/iraq-us-forces-withdrawal.md", "--json", "--types", "mcq,short", "--max", "6", "--seed", "3"]);
    expect(code).toBe(0);
    const items = JSON.parse(io.out()) as Array<Record<string, unknown> & { source: { sentence: string }; choices?: string[] }>;
    expect(items.length).toBe(6);
    for (const q of items) {
      expect(["MCQ", "SHORT_ANSWER"]).toContain(q.type);
      expect(Object.keys(q)).toEqual(expect.arrayContaining(["key", "type", "prompt", "answer", "acceptedAnswers", "explanation", "source", "score"]));
      expect(q.source.sentence.length).toBeGreaterThan(0);
      if (q.type === "MCQ") expect(q.choices).toHaveLength(4);
    }
  });

  it("prints a readable listing and, with --explain, every candidate with its verdict", async () => {
    const io = capture();
    expect(await run(["content/articles/iraq-us-forces-withdrawal.md", "--max", "3", "--explain"])).toBe(0);
    expect(io.out()).toMatch(/^# Iraq is calling for/m);
    expect(io.out()).toMatch(/Answer: /);
    expect(io.out()).toMatch(/DROPPED \(.*dangling-reference/);
    expect(io.out()).toMatch(/KEPT \[/);
    // The header says the cap it used, not a count it did not reach.
    expect(io.out()).toMatch(/— 3 questions \(at most 3; --max to change\)/);
  });

  it("says the default is a cap the article may not fill", async () => {
    const io = capture();
    expect(await run(["content/articles/iraq-us-forces-withdrawal.md"])).toBe(0);
    const [, count, cap] = io.out().match(/— (\d+) questions \(at most (\d+) by default for this article; --max to change\)/) ?? [];
    expect(Number(count)).toBeGreaterThan(0);
    expect(Number(count)).toBeLessThanOrEqual(Number(cap));
  });

  it("names the file and line of a bad article and rejects bad options", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factdeck-gen-"));
    const bad = path.join(dir, "bad.md");
    writeFileSync(bad, "---\ntitle: [\n---\nBody.\n");
    const io = capture();
    expect(await run([bad])).toBe(1);
    expect(io.err()).toContain(`${bad}:2:`);
    expect(await run(["content/articles/iraq-us-forces-withdrawal.md", "--types", "essay"])).toBe(2);
    expect(await run(["content/articles/iraq-us-forces-withdrawal.md", "--max", "-1"])).toBe(2);
    expect(await run([path.join(dir, "missing.md")])).toBe(2);
    expect(await run([])).toBe(2);
  });
});
