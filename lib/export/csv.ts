// Spreadsheet-friendly CSV (RFC 4180 via papaparse): one row per question.
//
// - Starts with a UTF-8 byte-order mark: Excel otherwise reads UTF-8 as the local code page and
//   mangles accents, Arabic and emoji. Other readers (papaparse, LibreOffice, Sheets) ignore it.
// - Cells that begin with = + - @ (or a tab / carriage return) get a leading apostrophe, so a
//   spreadsheet shows them as text instead of running them as formulas (CSV injection).
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
    const answer = q.type === "MCQ" ? item.choices[item.correctIndex] : q.type === "TRUE_FALSE" ? (item.isTrue ? "True" : "False") : item.typedAnswers[0];
    const choices = Array.from({ length: CSV_MAX_CHOICES }, (_, i) => item.choices[i] ?? "");
    rows.push([
      q.type,
      q.prompt,
      answer,
      item.typedAnswers.slice(1).join(CSV_ANSWER_SEPARATOR),
      ...choices,
      q.explanation,
      q.sourceSentence,
      q.articleTitle,
    ]);
  }
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: "\r\n", quotes: false, escapeFormulae: true },
  );
  return {
    filename: `${fileBase(set)}.csv`,
    contentType: EXPORT_FORMAT_SPECS.csv.contentType,
    body: `${UTF8_BOM}${csv}\r\n`,
    skipped,
  };
}
