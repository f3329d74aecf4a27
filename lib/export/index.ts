// One entry point for every export format. Formats with heavy or native dependencies (exceljs,
// better-sqlite3, docx) are loaded only when asked for.
import { exportAiken } from "./aiken";
import { exportAnki } from "./anki";
import { exportCsv } from "./csv";
import { exportBlooket, exportGimkit } from "./game-csv";
import { exportGift } from "./gift";
import { exportJson } from "./json";
import { exportMoodleXml } from "./moodle-xml";
import { exportPrint } from "./print";
import { exportQti } from "./qti";
import { exportQuizlet } from "./quizlet";
import type { ExportFormat, ExportOptions, ExportResult, ExportSet } from "./types";

export { EXPORT_FORMATS, EXPORT_FORMAT_SPECS } from "./types";
export type { ExportFormat, ExportOptions, ExportQuestion, ExportResult, ExportSet, SkippedQuestion } from "./types";
export { parseSetJson, type ParseSetJsonResult, type SetJsonError } from "./json";

type Exporter = (set: ExportSet, options: ExportOptions) => ExportResult | Promise<ExportResult>;

/** Every format's exporter; a format in lib/domain/export-formats.ts without one fails to compile. */
const EXPORTERS = {
  gift: exportGift,
  "moodle-xml": exportMoodleXml,
  qti: exportQti,
  anki: exportAnki,
  apkg: async (set) => (await import("./apkg")).exportApkg(set),
  csv: exportCsv,
  kahoot: async (set) => (await import("./kahoot")).exportKahoot(set),
  quizlet: exportQuizlet,
  aiken: exportAiken,
  blooket: exportBlooket,
  gimkit: exportGimkit,
  docx: async (set, options) => (await import("./docx")).exportDocx(set, options),
  json: exportJson,
  print: (set, options) => exportPrint(set, "worksheet", options),
  "print-key": (set, options) => exportPrint(set, "key", options),
  "print-grid": (set, options) => exportPrint(set, "grid", options),
} satisfies Record<ExportFormat, Exporter>;

export async function exportSet(set: ExportSet, format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
  const exporter = EXPORTERS[format] as Exporter | undefined;
  if (!exporter) throw new Error(`unknown export format: ${String(format)}`);
  return exporter(set, options);
}
