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

export { EXPORT_FORMATS } from "./types";
export type { ExportFormat, ExportQuestion, ExportResult, ExportSet, SkippedQuestion } from "./types";
export { parseSetJson, type ParseSetJsonResult, type SetJsonError } from "./json";

export async function exportSet(set: ExportSet, format: ExportFormat): Promise<ExportResult> {
  switch (format) {
    case "gift":
      return exportGift(set);
    case "moodle-xml":
      return exportMoodleXml(set);
    case "qti":
      return exportQti(set);
    case "anki":
      return exportAnki(set);
    case "apkg":
      return (await import("./apkg")).exportApkg(set);
    case "csv":
      return exportCsv(set);
    case "kahoot":
      return (await import("./kahoot")).exportKahoot(set);
    case "json":
      return exportJson(set);
    case "print":
      return exportPrint(set, false);
    case "print-key":
      return exportPrint(set, true);
    default: {
      const unknown: never = format;
      throw new Error(`unknown export format: ${String(unknown)}`);
    }
  }
}
