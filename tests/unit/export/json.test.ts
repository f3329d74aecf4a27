import { describe, expect, it } from "vitest";
import { exportJson, parseSetJson, SET_JSON_FORMAT, SET_JSON_VERSION } from "@/lib/export/json";
import { nastySet } from "@/tests/fixtures/export/nasty-set";

describe("Factdeck JSON", () => {
  const result = exportJson(nastySet);
  const text = result.body as string;

  it("is versioned and carries every question (nothing is skipped)", () => {
    const doc = JSON.parse(text);
    expect(doc.format).toBe(SET_JSON_FORMAT);
    expect(doc.version).toBe(SET_JSON_VERSION);
    expect(doc.questions).toHaveLength(nastySet.questions.length);
    expect(result.skipped).toEqual([]);
  });

  it("reads back exactly what was exported", () => {
    const parsed = parseSetJson(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.set).toEqual(nastySet);
    expect(parsed.set.exportedAt.getTime()).toBe(nastySet.exportedAt.getTime());
    expect(exportJson(parsed.set).body).toBe(text);
  });

  it("accepts a BOM and a set without description or choices", () => {
    const { description: _omit, ...plain } = nastySet;
    const small = { ...plain, questions: [{ ...nastySet.questions[3], choices: undefined }] };
    const parsed = parseSetJson(`\uFEFF${exportJson(small).body as string}`);
    expect(parsed.ok && parsed.set.description).toBe(undefined);
    expect(parsed.ok && parsed.set.questions[0]).toEqual(nastySet.questions[3]);
  });

  it("reports each problem with its path", () => {
    const doc = JSON.parse(text);
    doc.version = 2;
    doc.questions[1].type = "ESSAY";
    delete doc.questions[2].prompt;
    doc.set.exportedAt = "yesterday";
    const parsed = parseSetJson(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.path).sort()).toEqual(["questions.1.type", "questions.2.prompt", "set.exportedAt", "version"]);
    parsed.errors.forEach((e) => expect(e.message.length).toBeGreaterThan(0));
  });

  it("rejects text that is not JSON, or JSON of another kind", () => {
    const broken = parseSetJson("{ not json");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatchObject({ path: "" });
    const other = parseSetJson(JSON.stringify({ format: "anki", version: 1 }));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["format", "set", "questions"]));
  });
});
