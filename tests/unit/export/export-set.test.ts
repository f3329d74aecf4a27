// exportSet across every format: each question is either exported or reported in `skipped`.
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { parse } from "gift-pegjs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportSet, type ExportFormat, type ExportResult } from "@/lib/export";
import { KAHOOT_HEADER_ROW } from "@/lib/export/kahoot";
import { nastySet } from "@/tests/fixtures/export/nasty-set";
import { docxQuestionCount, parseAiken, withTempFiles } from "./reference";

/** How many questions a file actually holds, read with the format's own parser. */
async function exportedCount(format: ExportFormat, result: ExportResult): Promise<number> {
  const text = () => result.body as string;
  switch (format) {
    case "gift":
      return parse(text()).filter((q) => q.type !== "Category").length;
    case "moodle-xml":
      return (text().match(/<question type="(?!category)/g) ?? []).length;
    case "qti":
      return Object.keys(unzipSync(result.body as Uint8Array)).filter((n) => n.startsWith("items/")).length;
    case "anki":
      return Papa.parse(text().split("\n").filter((l) => !l.startsWith("#")).join("\n").trimEnd(), { delimiter: "\t" }).data.length;
    case "apkg": {
      const zip = unzipSync(result.body as Uint8Array);
      return withTempFiles({ "c.anki2": zip["collection.anki2"] }, (dir) => {
        const db = new Database(`${dir}/c.anki2`, { readonly: true });
        try {
          return (db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n;
        } finally {
          db.close();
        }
      });
    }
    case "csv":
      return Papa.parse(text().slice(1), { header: true, skipEmptyLines: true }).data.length;
    case "kahoot": {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(result.body as Uint8Array) as unknown as ArrayBuffer);
      return wb.worksheets[0].rowCount - KAHOOT_HEADER_ROW;
    }
    case "json":
      return JSON.parse(text()).questions.length;
    case "print":
    case "print-key":
    case "print-grid":
      return (text().match(/^<li>/gm) ?? []).length;
    case "quizlet":
      return text().split("\n").filter(Boolean).length;
    case "aiken":
      return parseAiken(text()).length;
    case "blooket":
    case "gimkit":
      // Title row and header row, then one row per question.
      return Papa.parse(text().slice(1), { skipEmptyLines: true }).data.length - 2;
    case "docx":
      return docxQuestionCount(result.body as Uint8Array);
  }
}

describe("exportSet", () => {
  it.each(EXPORT_FORMATS)("%s: every question is exported or reported as skipped", async (format) => {
    const result = await exportSet(nastySet, format);
    expect(result.filename).toMatch(/^iraq-us-forces-nasty-set/);
    expect(result.contentType).toBeTruthy();
    expect(result.body.length).toBeGreaterThan(0);
    const keys = nastySet.questions.map((q) => q.key);
    for (const s of result.skipped) {
      expect(keys).toContain(s.key);
      expect(s.reason.length).toBeGreaterThan(5);
    }
    expect(await exportedCount(format, result)).toBe(nastySet.questions.length - result.skipped.length);
  });

  it("is deterministic for the text formats", async () => {
    for (const format of ["gift", "moodle-xml", "anki", "csv", "json", "print", "print-key", "print-grid", "quizlet", "aiken", "blooket", "gimkit"] as const) {
      expect((await exportSet(nastySet, format)).body).toBe((await exportSet(nastySet, format)).body);
    }
    // Zips carry the export time, not the clock: the same bytes.
    for (const format of ["qti", "docx"] as const) {
      const [a, b] = [await exportSet(nastySet, format), await exportSet(nastySet, format)];
      expect(Buffer.from(a.body as Uint8Array).equals(Buffer.from(b.body as Uint8Array))).toBe(true);
    }
  });

  it("exports an empty set without failing", async () => {
    for (const format of EXPORT_FORMATS) {
      const result = await exportSet({ ...nastySet, questions: [] }, format);
      expect(result.skipped).toEqual([]);
      expect(await exportedCount(format, result)).toBe(0);
    }
  });
});
