// The export formats, written once: what teachers see (label), what the file is (content type,
// extension) and which question types it can express. The API's format enum, the CLI's --format
// list and the set page's export buttons derive from this table; lib/export/index.ts pairs every
// key with its exporter (`satisfies Record<ExportFormat, …>`), so a format without an exporter, or
// an exporter without an entry here, fails to compile. Pure and browser-safe.
import { QUESTION_TYPES, type QuestionType } from "./question-types.ts";

export interface ExportFormatSpec {
  /** On the set page's button and in its report. */
  label: string;
  /** The Content-Type the API answers with. */
  contentType: string;
  /** How the file name ends (shown beside the label). */
  extension: string;
  /** Question types the format can express; others are listed as skipped, with the reason. */
  questionTypes: readonly QuestionType[];
}

const ALL = QUESTION_TYPES;

export const EXPORT_FORMAT_SPECS = {
  gift: { label: "Moodle GIFT", contentType: "text/plain; charset=utf-8", extension: ".txt", questionTypes: ALL },
  "moodle-xml": { label: "Moodle XML", contentType: "application/xml; charset=utf-8", extension: ".xml", questionTypes: ALL },
  qti: { label: "QTI 2.1 (Canvas, Blackboard)", contentType: "application/zip", extension: ".zip", questionTypes: ALL },
  anki: { label: "Anki text", contentType: "text/plain; charset=utf-8", extension: ".txt", questionTypes: ALL },
  apkg: { label: "Anki package", contentType: "application/octet-stream", extension: ".apkg", questionTypes: ALL },
  csv: { label: "CSV (Quizlet, Blooket)", contentType: "text/csv; charset=utf-8", extension: ".csv", questionTypes: ALL },
  kahoot: {
    label: "Kahoot spreadsheet",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: ".xlsx",
    // Choice questions only in Kahoot; a typed question goes in as multiple choice when the set
    // offers fair options (lib/export/as-choice.ts), otherwise it is skipped with the reason.
    questionTypes: ALL,
  },
  json: { label: "Factdeck JSON", contentType: "application/json; charset=utf-8", extension: ".json", questionTypes: ALL },
  print: { label: "Printable worksheet", contentType: "text/html; charset=utf-8", extension: ".html", questionTypes: ALL },
  "print-key": { label: "Printable answer key", contentType: "text/html; charset=utf-8", extension: ".html", questionTypes: ALL },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_SPECS;
/** Every format, in the order the set page shows them. */
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_SPECS) as [ExportFormat, ...ExportFormat[]];

/** Whether `format` can express a question of `type` at all (limits of length or choices aside). */
export const canExpress = (format: ExportFormat, type: QuestionType): boolean =>
  (EXPORT_FORMAT_SPECS[format].questionTypes as readonly QuestionType[]).includes(type);
