// One entry point for every export format. Formats with heavy or native dependencies (exceljs,
// better-sqlite3) are loaded only when asked for.
import { exportAnki } from "./anki";
import { exportCsv } from "./csv";
import { exportGift } from "./gift";
import { exportJson } from "./json";
import { exportMoodleXml } from "./moodle-xml";
import { exportPrint } from "./print";
import { exportQti } from "./qti";
import type { ExportFormat, ExportResult, ExportSet } from "./types";

export { EXPORT_FORMATS, EXPORT_FORMAT_SPECS } from "./types";
export type { ExportFormat, ExportQuestion, ExportResult, ExportSet, SkippedQuestion } from "./types";
export { parseSetJson, type ParseSetJsonResult, type SetJsonError } from "./json";

/** Every format's exporter; a format in lib/domain/export-formats.ts without one fails to compile. */
const EXPORTERS = {
  gift: exportGift,
  "moodle-xml": exportMoodleXml,
  qti: exportQti,
  anki: exportAnki,
  apkg: async (set) => (await import("./apkg")).exportApkg(set),
  csv: exportCsv,
  kahoot: async (set) => (await import("./kahoot")).exportKahoot(set),
  json: exportJson,
  print: (set) => exportPrint(set, false),
  "print-key": (set) => exportPrint(set, true),
} satisfies Record<ExportFormat, (set: ExportSet) => ExportResult | Promise<ExportResult>>;

export async function exportSet(set: ExportSet, format: ExportFormat): Promise<ExportResult> {
  const exporter = EXPORTERS[format] as ((set: ExportSet) => ExportResult | Promise<ExportResult>) | undefined;
  if (!exporter) throw new Error(`unknown export format: ${String(format)}`);
  return exporter(set);
}
