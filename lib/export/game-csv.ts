// Spreadsheet templates of the classroom quiz games, filled in: Blooket ("Blooket Import
// Template": question number, text, up to 4 answers, time limit, correct answer numbers) and
// Gimkit ("Gimkit Spreadsheet Import Template": question, correct answer, up to 3 incorrect
// answers). Both are choice games: true/false is a two-answer question, a typed question goes in as
// multiple choice when the set offers fair options (as-choice.ts), anything else is skipped with
// why. Cells are CSV-quoted (RFC 4180, UTF-8 with BOM), formula-like cells guarded as in csv.ts.
import Papa from "papaparse";
import { answerPools, asChoice } from "./as-choice";
import { guardFormula, UTF8_BOM } from "./csv";
import { fileBase, prepareSet, skip } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet, type SkippedQuestion } from "./types";

export const BLOOKET_TITLE = "Blooket Import Template";
export const BLOOKET_HEADERS = [
  "Question #",
  "Question Text",
  "Answer 1",
  "Answer 2",
  "Answer 3 (Optional)",
  "Answer 4 (Optional)",
  "Time Limit (sec) (Max: 300 seconds)",
  "Correct Answer(s) (Only include Answer #)",
] as const;
export const BLOOKET_TIME_LIMIT = 20;

export const GIMKIT_TITLE = "Gimkit Spreadsheet Import Template";
export const GIMKIT_HEADERS = ["Question", "Correct Answer", "Incorrect Answer 1", "Incorrect Answer 2 (Optional)", "Incorrect Answer 3 (Optional)"] as const;

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function choiceRows(set: ExportSet, game: string): { rows: { choices: string[]; correctIndex: number; prompt: string }[]; skipped: SkippedQuestion[] } {
  const prepared = prepareSet(set);
  const skipped: SkippedQuestion[] = [...prepared.skipped];
  const pools = answerPools(prepared.items);
  const rows: { choices: string[]; correctIndex: number; prompt: string }[] = [];
  for (const item of prepared.items) {
    const form = asChoice(item, pools, 4);
    if (!form) {
      skipped.push(skip(item.question, `${game} has choice questions only, and the set offers no other answers of this kind to choose from`));
      continue;
    }
    rows.push({ prompt: oneLine(item.question.prompt), choices: form.choices.map(oneLine), correctIndex: form.correctIndex });
  }
  return { rows, skipped };
}

function csv(rows: string[][]): string {
  return `${UTF8_BOM}${Papa.unparse(rows.map((r) => r.map(guardFormula)), { newline: "\r\n", escapeFormulae: false })}\r\n`;
}

export function exportBlooket(set: ExportSet): ExportResult {
  const { rows, skipped } = choiceRows(set, "Blooket");
  const width = BLOOKET_HEADERS.length;
  const data = rows.map((r, i) => [
    String(i + 1),
    r.prompt,
    ...Array.from({ length: 4 }, (_, j) => r.choices[j] ?? ""),
    String(BLOOKET_TIME_LIMIT),
    String(r.correctIndex + 1),
  ]);
  const title = [BLOOKET_TITLE, ...Array.from({ length: width - 1 }, () => "")];
  return {
    filename: `${fileBase(set)}-blooket.csv`,
    contentType: EXPORT_FORMAT_SPECS.blooket.contentType,
    body: csv([title, [...BLOOKET_HEADERS], ...data]),
    skipped,
  };
}

export function exportGimkit(set: ExportSet): ExportResult {
  const { rows, skipped } = choiceRows(set, "Gimkit");
  const data = rows.map((r) => {
    const wrong = r.choices.filter((_, i) => i !== r.correctIndex);
    return [r.prompt, r.choices[r.correctIndex], ...Array.from({ length: 3 }, (_, j) => wrong[j] ?? "")];
  });
  const title = [GIMKIT_TITLE, ...Array.from({ length: GIMKIT_HEADERS.length - 1 }, () => "")];
  return {
    filename: `${fileBase(set)}-gimkit.csv`,
    contentType: EXPORT_FORMAT_SPECS.gimkit.contentType,
    body: csv([title, [...GIMKIT_HEADERS], ...data]),
    skipped,
  };
}
