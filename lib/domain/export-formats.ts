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
  /** What the teacher should know before importing it (shown on the set page after the download). */
  advice?: string;
  /** The export options the format reads (the set page shows their controls beside it). */
  options?: readonly ExportOptionName[];
}

// ---------- export options ----------

/** Paper for the printable worksheet and key. */
export const PAPER_SIZES = ["a4", "letter"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Printable versions: A keeps the set's order; B shuffles questions and choices (seeded by the set). */
export const PRINT_VERSIONS = ["A", "B"] as const;
export type PrintVersion = (typeof PRINT_VERSIONS)[number];
/** Quizlet's paste import: between term and definition, and between cards (named, or a custom string). */
export const QUIZLET_TERM_SEPARATORS = { tab: "\t", comma: "," } as const;
export const QUIZLET_CARD_SEPARATORS = { newline: "\n", semicolon: ";" } as const;
/** A custom separator: 1–5 characters, none a letter, digit or space (they would split the text itself). */
export const CUSTOM_SEPARATOR = /^[^\p{L}\p{N}\s]{1,5}$/u;

export type ExportOptionName = "paper" | "version" | "termSeparator" | "cardSeparator";

export interface ExportOptions {
  paper?: PaperSize;
  version?: PrintVersion;
  /** A key of QUIZLET_TERM_SEPARATORS or a custom string matching CUSTOM_SEPARATOR. */
  termSeparator?: string;
  /** A key of QUIZLET_CARD_SEPARATORS or a custom string matching CUSTOM_SEPARATOR. */
  cardSeparator?: string;
}

const ALL = QUESTION_TYPES;

export const EXPORT_FORMAT_SPECS = {
  gift: { label: "Moodle GIFT", contentType: "text/plain; charset=utf-8", extension: ".txt", questionTypes: ALL },
  "moodle-xml": { label: "Moodle XML", contentType: "application/xml; charset=utf-8", extension: ".xml", questionTypes: ALL },
  qti: { label: "QTI 2.1 (Canvas, Blackboard)", contentType: "application/zip", extension: ".zip", questionTypes: ALL },
  anki: {
    label: "Anki text",
    contentType: "text/plain; charset=utf-8",
    extension: ".txt",
    questionTypes: ALL,
    advice:
      "Prefer the Anki package: it brings its own note types, so fill-in-the-blank questions become cloze cards. " +
      "This text file goes into the note type you pick in Anki's import dialog (Basic, in any language), with blanks shown as ____.",
  },
  apkg: {
    label: "Anki package",
    contentType: "application/octet-stream",
    extension: ".apkg",
    questionTypes: ALL,
    advice: "Recommended for Anki: open the file with Anki. Fill-in-the-blank questions are cloze cards; importing a newer export updates the same notes.",
  },
  csv: { label: "CSV spreadsheet", contentType: "text/csv; charset=utf-8", extension: ".csv", questionTypes: ALL },
  kahoot: {
    label: "Kahoot spreadsheet",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: ".xlsx",
    // Choice questions only in Kahoot; a typed question goes in as multiple choice when the set
    // offers fair options (lib/export/as-choice.ts), otherwise it is skipped with the reason.
    questionTypes: ALL,
  },
  quizlet: {
    label: "Quizlet import text",
    contentType: "text/plain; charset=utf-8",
    extension: ".txt",
    questionTypes: ALL,
    options: ["termSeparator", "cardSeparator"],
    advice: "In Quizlet, create a set, choose Import, paste the file's text and pick the same separators as here.",
  },
  aiken: {
    label: "Aiken (Moodle)",
    contentType: "text/plain; charset=utf-8",
    extension: ".txt",
    // Multiple choice only; typed questions go in as multiple choice when the set offers options.
    questionTypes: ALL,
    advice: "Moodle's simplest format: multiple choice only, no feedback. Moodle GIFT or XML keep more.",
  },
  blooket: { label: "Blooket spreadsheet", contentType: "text/csv; charset=utf-8", extension: ".csv", questionTypes: ALL },
  gimkit: { label: "Gimkit spreadsheet", contentType: "text/csv; charset=utf-8", extension: ".csv", questionTypes: ALL },
  docx: {
    label: "Word worksheet",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: ".docx",
    questionTypes: ALL,
    options: ["paper", "version"],
    advice: "An editable worksheet with the answer key on the last page; opens in Word, LibreOffice and Google Docs.",
  },
  json: { label: "Factdeck JSON", contentType: "application/json; charset=utf-8", extension: ".json", questionTypes: ALL },
  print: { label: "Printable worksheet", contentType: "text/html; charset=utf-8", extension: ".html", questionTypes: ALL, options: ["paper", "version"] },
  "print-key": { label: "Printable answer key", contentType: "text/html; charset=utf-8", extension: ".html", questionTypes: ALL, options: ["paper", "version"] },
  "print-grid": {
    label: "Printable answer grid",
    contentType: "text/html; charset=utf-8",
    extension: ".html",
    questionTypes: ALL,
    options: ["paper", "version"],
    advice: "Every answer on one page, for marking at a glance.",
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_SPECS;
/** Every format, in the order the set page shows them. */
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_SPECS) as [ExportFormat, ...ExportFormat[]];

/** Whether `format` can express a question of `type` at all (limits of length or choices aside). */
export const canExpress = (format: ExportFormat, type: QuestionType): boolean =>
  (EXPORT_FORMAT_SPECS[format].questionTypes as readonly QuestionType[]).includes(type);

/** A format's entry with every optional field visible (the table's literal types hide absent ones). */
export const formatSpec = (format: ExportFormat): ExportFormatSpec => EXPORT_FORMAT_SPECS[format];
