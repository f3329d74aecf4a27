import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { KAHOOT_HEADERS, KAHOOT_HEADER_ROW, KAHOOT_MAX_ANSWER, KAHOOT_MAX_QUESTION, exportKahoot } from "@/lib/export/kahoot";
import { charCount, prepareSet } from "@/lib/export/prepared-question";
import { nastySet } from "@/tests/fixtures/export/nasty-set";

describe("Kahoot spreadsheet export", async () => {
  const result = await exportKahoot(nastySet);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(result.body as Uint8Array) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const cellText = (row: number, col: number) => {
    const v = sheet.getRow(row).getCell(col).value;
    return v === null || v === undefined ? "" : String(v);
  };
  const dataRows: number[] = [];
  for (let r = KAHOOT_HEADER_ROW + 1; r <= sheet.rowCount; r++) if (cellText(r, 2)) dataRows.push(r);
  const skippedKeys = result.skipped.map((s) => s.key);

  it("is an .xlsx with Kahoot's header row", () => {
    expect(result.filename).toMatch(/\.xlsx$/);
    expect(KAHOOT_HEADERS.map((_, c) => cellText(KAHOOT_HEADER_ROW, c + 1))).toEqual([...KAHOOT_HEADERS]);
  });

  it("exports choice questions within Kahoot's limits and reports the rest with reasons", () => {
    const items = prepareSet(nastySet).items;
    expect(dataRows.length + result.skipped.length).toBe(nastySet.questions.length);
    for (const item of items) {
      const typed = item.question.type === "CLOZE" || item.question.type === "SHORT_ANSWER";
      if (typed) expect(skippedKeys).toContain(item.question.key);
    }
    expect(result.skipped.find((s) => s.key === "k-mcq-long-choice")?.reason).toMatch(/75/);
    expect(result.skipped.find((s) => s.key === "k-short-rtl")?.reason).toMatch(/typed/);
    dataRows.forEach((r, i) => {
      expect(Number(cellText(r, 1))).toBe(i + 1);
      expect(charCount(cellText(r, 2))).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
      const answers = [3, 4, 5, 6].map((c) => cellText(r, c)).filter(Boolean);
      expect(answers.length).toBeGreaterThanOrEqual(2);
      answers.forEach((a) => expect(charCount(a)).toBeLessThanOrEqual(KAHOOT_MAX_ANSWER));
      expect([20, 30]).toContain(Number(cellText(r, 7)));
    });
  });

  it("points the correct-answer number at the right answer, and makes true/false a 2-answer question", () => {
    const exported = prepareSet(nastySet).items.filter((i) => !skippedKeys.includes(i.question.key));
    expect(exported).toHaveLength(dataRows.length);
    exported.forEach((item, i) => {
      const r = dataRows[i];
      const correct = Number(cellText(r, 8));
      expect(cellText(r, 2 + correct)).toBe(item.choices[item.correctIndex].replace(/\s+/g, " "));
      if (item.question.type === "TRUE_FALSE") {
        expect([cellText(r, 3), cellText(r, 4), cellText(r, 5)]).toEqual(["True", "False", ""]);
      }
    });
  });
});
