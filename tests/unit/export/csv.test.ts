import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_ANSWER_SEPARATOR, CSV_COLUMNS, UTF8_BOM, exportCsv, guardFormula } from "@/lib/export/csv";
import { prepareSet } from "@/lib/export/prepared-question";
import type { ExportQuestion } from "@/lib/export/types";
import { alwaysSkippedKeys, nastySet } from "@/tests/fixtures/export/nasty-set";

const result = exportCsv(nastySet);
const text = result.body as string;
const items = prepareSet(nastySet).items;

/** Undo the apostrophe that keeps spreadsheets from running a cell as a formula. */
const unguard = (cell: string) => (/^'[\t\r\n]*[=+\-@]/.test(cell) ? cell.slice(1) : cell);

describe("CSV export", () => {
  const parsed = Papa.parse<Record<string, string>>(text.slice(UTF8_BOM.length), { header: true, skipEmptyLines: true });

  it("starts with a UTF-8 BOM and the header row", () => {
    expect(text.startsWith(`${UTF8_BOM}${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  });

  it("round-trips every exported question, quotes, tabs and line breaks included", () => {
    expect(parsed.data).toHaveLength(items.length);
    parsed.data.forEach((row, i) => {
      const q: ExportQuestion = items[i].question;
      const cells = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguard(v)]));
      expect(cells.type).toBe(q.type);
      expect(cells.question).toBe(q.prompt);
      expect(cells.explanation).toBe(q.explanation);
      expect(cells.source).toBe(q.sourceSentence);
      expect(cells.article).toBe(q.articleTitle);
      if (q.type === "MCQ") {
        expect([cells.choice_1, cells.choice_2, cells.choice_3, cells.choice_4]).toEqual(items[i].choices);
        // Choices and answer are written trimmed, so the answer always equals one choice cell.
        expect(cells.answer).toBe(q.answer.trim());
        expect(items[i].choices).toContain(cells.answer);
      } else if (q.type === "TRUE_FALSE") {
        expect([cells.choice_1, cells.choice_2]).toEqual(["True", "False"]);
        expect(cells.answer).toBe(items[i].isTrue ? "True" : "False");
      } else {
        expect(cells.answer).toBe(q.answer);
        expect(cells.accepted_answers.split(CSV_ANSWER_SEPARATOR).filter(Boolean)).toEqual(items[i].typedAnswers.slice(1));
      }
    });
    expect(result.skipped.map((s) => s.key)).toEqual(alwaysSkippedKeys);
  });

  it("keeps formula-like cells as text (CSV injection) and quotes what needs quoting", () => {
    const first = parsed.data[0];
    expect(first.choice_2).toBe("'=equals");
    expect(text).toContain('"Line one\nLine two with a back\\slash and a tab\there?"');
    expect(text).toContain('"Sudani, ""the PM"""');
  });
});

describe("CSV injection guard (OWASP): only cells a spreadsheet would evaluate change", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["@cmd", "'@cmd"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    // Excel shows 1 for this cell: it is a formula, however harmless it looks.
    ["-2+3", "'-2+3"],
    ["- a list item", "'- a list item"],
    ["\t=1+1", "'\t=1+1"],
    ["\r-2+3", "'\r-2+3"],
  ])("%j is guarded", (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
  });

  it.each(["-2", "-2.5", "+3", "-1,000", "-.5", "-12%", "2,500", "a-b", "\tplain text", "", "It's =fine"])("%j stays as it is", (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });

  it("writes negative numbers as numbers in the file", () => {
    const q = { ...nastySet.questions[4], key: "neg", prompt: "What was the temperature?", answer: "-2", acceptedAnswers: ["-2+3"] };
    const out = exportCsv({ ...nastySet, questions: [q] }).body as string;
    const row = Papa.parse<Record<string, string>>(out.slice(UTF8_BOM.length), { header: true, skipEmptyLines: true }).data[0];
    expect(row.answer).toBe("-2");
    expect(row.accepted_answers).toBe("'-2+3");
  });
});
