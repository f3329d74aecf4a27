// Anki text import file with the headers Anki ≥ 2.1.54 reads: tab-separated, HTML fields, and
// guid / note type / deck / tags columns, in the order Anki's own notes export writes them.
import { ankiDeckName, ankiNote } from "./anki-note";
import { fileBase, prepareSet } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet } from "./types";

export const ANKI_NOTETYPE = "Basic";
export const ANKI_COLUMNS = ["guid", "notetype", "deck", "front", "back", "tags"] as const;

/** CSV-style quoting Anki's reader understands: quote when the field holds a tab, a quote or a line break. */
export function ankiField(value: string): string {
  return /[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function exportAnki(set: ExportSet): ExportResult {
  const { items, skipped } = prepareSet(set);
  const deck = ankiDeckName(set);
  const header = [
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    `#tags column:${ANKI_COLUMNS.indexOf("tags") + 1}`,
  ];
  const rows = items.map((item) => {
    const note = ankiNote(item);
    // The GUID leads each row, so no data line can start with "#" and be read as a header.
    return [note.guid, ANKI_NOTETYPE, deck, note.front, note.back, note.tags.join(" ")].map(ankiField).join("\t");
  });
  const body = [...header, ...rows].join("\n") + "\n";
  return { filename: `${fileBase(set)}-anki.txt`, contentType: EXPORT_FORMAT_SPECS.anki.contentType, body, skipped };
}
