import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { hasChoices } from "@/lib/domain/question-types";
import { KAHOOT_HEADERS, KAHOOT_HEADER_ROW, KAHOOT_MAX_ANSWER, KAHOOT_MAX_QUESTION, exportKahoot, kahootRows } from "@/lib/export/kahoot";
import { charCount, prepareSet } from "@/lib/export/prepared-question";
import { nastySet } from "@/tests/fixtures/export/nasty-set";
import { seedExportSet } from "@/tests/fixtures/export/seed-set";

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
    expect(dataRows.length + result.skipped.length).toBe(nastySet.questions.length);
    // The long option is shortened on a word boundary (the others stay distinct), not skipped.
    expect(skippedKeys).not.toContain("k-mcq-long-choice");
    // Its only same-kind alternative in the set is one of its own accepted answers: no fair options.
    expect(result.skipped.find((s) => s.key === "k-short-rtl")?.reason).toMatch(/typed answers.*no other answers/);
    expect(result.skipped.find((s) => s.key === "k-short-long")?.reason).toMatch(/\d+ characters; Kahoot allows 120/);
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
      const shown = cellText(r, 2 + correct);
      const right = item.question.type === "MCQ" || item.question.type === "TRUE_FALSE" ? item.choices[item.correctIndex] : item.typedAnswers[0];
      const oneLine = right.replace(/\s+/g, " ").trim();
      // Exactly the answer, or its shortened form (a prefix ending in "…").
      if (shown.endsWith("…")) expect(oneLine.startsWith(shown.slice(0, -1))).toBe(true);
      else expect(shown).toBe(oneLine);
      if (item.question.type === "TRUE_FALSE") {
        expect([cellText(r, 3), cellText(r, 4), cellText(r, 5)]).toEqual(["True", "False", ""]);
        // No "True or false: " prefix: the statement alone.
        expect(cellText(r, 2)).toBe(item.question.prompt.replace(/\s+/g, " ").trim());
      }
    });
  });
});

describe("Kahoot on the seed article", () => {
  it("keeps at least 80% of its choice questions and says why for every skip", { timeout: 120_000 }, () => {
    const set = seedExportSet();
    const { rows, skipped } = kahootRows(set);
    const choiceKeys = set.questions.filter((q) => hasChoices(q.type)).map((q) => q.key);
    const kept = choiceKeys.filter((k) => rows.some((r) => r.key === k));
    expect(choiceKeys.length).toBeGreaterThan(0);
    expect(kept.length / choiceKeys.length).toBeGreaterThanOrEqual(0.8);
    expect(rows.length + skipped.length).toBe(set.questions.length);
    for (const s of skipped) expect(s.reason.length).toBeGreaterThan(10);
    // Typed questions with options in the set go in as multiple choice.
    expect(rows.filter((r) => r.via !== "choice").length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(charCount(r.question)).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
      expect(r.question).not.toMatch(/^True or false/i);
      expect(new Set(r.answers.map((a) => a.toLowerCase())).size).toBe(r.answers.length);
    }
  });
});
