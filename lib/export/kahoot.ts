// Kahoot quiz spreadsheet (.xlsx) in the layout of Kahoot's import template: a few title and
// instruction rows, the header on row 8, one question per row from row 9. Kahoot's template has
// only choice questions (2–4 answers, max 120 / 75 characters): true/false becomes a two-answer
// question, a typed question becomes multiple choice when fair options exist (as-choice.ts), long
// options are shortened where that keeps them distinct; anything else is in `skipped`, with why.
import { answerPools, asChoice, shortenChoices, type ChoiceForm } from "./as-choice";
import { charCount, fileBase, prepareSet, skip } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet, type SkippedQuestion } from "./types";

export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_HEADERS = [
  "",
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;
export const KAHOOT_MAX_QUESTION = 120;
export const KAHOOT_MAX_ANSWER = 75;

export interface KahootRow {
  number: number;
  question: string;
  answers: string[];
  timeLimit: number;
  /** 1-based answer numbers, comma-separated ("2"). */
  correct: string;
  key: string;
  /** Where the options came from: the question's choices, or a typed question turned into choices. */
  via: ChoiceForm["via"];
}

/** Kahoot shows plain single-line text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function kahootRows(set: ExportSet): { rows: KahootRow[]; skipped: SkippedQuestion[] } {
  const prepared = prepareSet(set);
  const skipped: SkippedQuestion[] = [...prepared.skipped];
  const rows: KahootRow[] = [];
  const pools = answerPools(prepared.items);
  for (const item of prepared.items) {
    const q = item.question;
    // The statement itself: Kahoot's two answers already say "True" and "False".
    const question = oneLine(q.prompt);
    if (charCount(question) > KAHOOT_MAX_QUESTION) {
      skipped.push(skip(q, `the question is ${charCount(question)} characters; Kahoot allows ${KAHOOT_MAX_QUESTION}`));
      continue;
    }
    const form = asChoice(item, pools, 4);
    if (!form) {
      skipped.push(skip(q, "Kahoot has no typed answers, and the set offers no other answers of this kind to choose from"));
      continue;
    }
    const answers = shortenChoices(form.choices, KAHOOT_MAX_ANSWER);
    if (!answers) {
      const long = form.choices.findIndex((a) => charCount(oneLine(a)) > KAHOOT_MAX_ANSWER);
      skipped.push(skip(q, `answer ${long + 1} is ${charCount(oneLine(form.choices[long] ?? ""))} characters; Kahoot allows ${KAHOOT_MAX_ANSWER} and a shorter form would change it`));
      continue;
    }
    // True/false is read at a glance; four options and a longer stem need more time.
    const timeLimit = item.shape === "truefalse" && charCount(question) <= 80 ? 20 : 30;
    rows.push({ number: rows.length + 1, question, answers, timeLimit, correct: String(form.correctIndex + 1), key: q.key, via: form.via });
  }
  return { rows, skipped };
}

export async function exportKahoot(set: ExportSet): Promise<ExportResult> {
  const { rows, skipped } = kahootRows(set);
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata dates keep the file a function of the input.
  workbook.created = set.exportedAt;
  workbook.modified = set.exportedAt;
  workbook.creator = "Factdeck";
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.getCell("B1").value = "Kahoot quiz";
  sheet.getCell("B1").font = { bold: true, size: 16 };
  sheet.getCell("B2").value = oneLine(set.title);
  sheet.getCell("B3").value = "Each row is one question with 2 to 4 answers, a time limit and the number(s) of the correct answer(s).";
  sheet.getCell("B4").value = `Exported by Factdeck on ${set.exportedAt.toISOString().slice(0, 10)}.`;
  const header = sheet.getRow(KAHOOT_HEADER_ROW);
  header.values = KAHOOT_HEADERS.map((h) => h || null);
  header.font = { bold: true };
  rows.forEach((row, i) => {
    const answers = Array.from({ length: 4 }, (_, j) => row.answers[j] ?? null);
    // A single correct answer is written as a number, as in Kahoot's own template.
    const correct = /^\d+$/.test(row.correct) ? Number(row.correct) : row.correct;
    sheet.getRow(KAHOOT_HEADER_ROW + 1 + i).values = [row.number, row.question, ...answers, row.timeLimit, correct];
  });
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 60;
  for (let c = 3; c <= 6; c++) sheet.getColumn(c).width = 30;
  sheet.getColumn(7).width = 16;
  sheet.getColumn(8).width = 16;
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${fileBase(set)}-kahoot.xlsx`,
    contentType: EXPORT_FORMAT_SPECS.kahoot.contentType,
    body: new Uint8Array(buffer as ArrayBuffer),
    skipped,
  };
}
