// Spreadsheet-friendly CSV (RFC 4180 via papaparse): one row per question.
//
// - Starts with a UTF-8 byte-order mark: Excel otherwise reads UTF-8 as the local code page and
//   mangles accents, Arabic and emoji. Other readers (papaparse, LibreOffice, Sheets) ignore it.
// - Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection, after
//   OWASP's guidance): see `guardFormula` for which ones; every other cell is written unchanged.
// - Accepted answers share one cell, separated by " | ".
import Papa from "papaparse";
import { fileBase, prepareSet, skip } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet, type SkippedQuestion } from "./types";

export const CSV_COLUMNS = [
  "type",
  "question",
  "answer",
  "accepted_answers",
  "choice_1",
  "choice_2",
  "choice_3",
  "choice_4",
  "explanation",
  "source",
  "article",
] as const;
export const CSV_MAX_CHOICES = 4;
export const CSV_ANSWER_SEPARATOR = " | ";
export const UTF8_BOM = "\uFEFF";

/** A plain number, as spreadsheets read one: -2, +3.5, -1,000, -.5, 12%. Not a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?%?$/;

/**
 * The cell as a spreadsheet should show it. Excel and LibreOffice evaluate a cell that starts with
 * `=`, `@`, `+` or `-` (after any leading tab, carriage return or spaces): `-2+3` shows 1 and
 * `+cmd|…` can launch a program, so those get an apostrophe, which the spreadsheet hides and which
 * makes the cell text. A plain number with a sign (`-2`, `+3.5`) is read as that number, never as
 * a formula, so it stays as it is — and stays a number in the sheet.
 */
export function guardFormula(cell: string): string {
  const start = cell.replace(/^[\t\r\n]+/, "");
  if (start === "") return cell;
  const first = start[0];
  if (first === "=" || first === "@") return `'${cell}`;
  if ((first === "+" || first === "-") && !(PLAIN_NUMBER.test(start) && /\d/.test(start))) return `'${cell}`;
  return cell;
}

export function exportCsv(set: ExportSet): ExportResult {
  const prepared = prepareSet(set);
  const skipped: SkippedQuestion[] = [...prepared.skipped];
  const rows: string[][] = [];
  for (const item of prepared.items) {
    const q = item.question;
    if (item.choices.length > CSV_MAX_CHOICES) {
      skipped.push(skip(q, `the CSV layout has ${CSV_MAX_CHOICES} choice columns; this question has ${item.choices.length} choices`));
      continue;
    }
    const answer = item.shape === "options" ? item.choices[item.correctIndex] : item.shape === "truefalse" ? (item.isTrue ? "True" : "False") : item.typedAnswers[0];
    const choices = Array.from({ length: CSV_MAX_CHOICES }, (_, i) => item.choices[i] ?? "");
    rows.push(([
      q.type,
      q.prompt,
      answer,
      item.typedAnswers.slice(1).join(CSV_ANSWER_SEPARATOR),
      ...choices,
      q.explanation,
      q.sourceSentence,
      q.articleTitle,
    ] as string[]).map(guardFormula));
  }
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  );
  return {
    filename: `${fileBase(set)}.csv`,
    contentType: EXPORT_FORMAT_SPECS.csv.contentType,
    body: `${UTF8_BOM}${csv}\r\n`,
    skipped,
  };
}
