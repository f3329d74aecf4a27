// Anki text import file with the headers Anki ≥ 2.1.54 reads: tab-separated, HTML fields, and
// guid / deck / tags columns, in the order Anki's own notes export writes them.
//
// No note-type column: Anki looks a note type up by its name, and the stock "Basic" is named in
// the interface language ("Einfach", "Basique", …), so a fixed name imports nothing in most
// collections. Without it every row goes into the note type chosen in Anki's import dialog (Basic,
// whatever its name there), front and back as its first two fields. Cloze cards need a Cloze note
// type per row, which only the .apkg (with its own "Factdeck Cloze" type) carries reliably: in
// this file a fill-in-the-blank question is a front/back card showing the gap.
import { ankiDeckName, ankiNote } from "./anki-note";
import { fileBase, prepareSet } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet } from "./types";

export const ANKI_COLUMNS = ["guid", "deck", "front", "back", "tags"] as const;

/** CSV-style quoting Anki's reader understands: quote when the field holds a tab, a quote or a line break. */
export function ankiField(value: string): string {
  return /[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const column = (name: (typeof ANKI_COLUMNS)[number]) => ANKI_COLUMNS.indexOf(name) + 1;

export function exportAnki(set: ExportSet): ExportResult {
  const { items, skipped } = prepareSet(set);
  const deck = ankiDeckName(set);
  const header = ["#separator:tab", "#html:true", `#guid column:${column("guid")}`, `#deck column:${column("deck")}`, `#tags column:${column("tags")}`];
  const rows = items.map((item) => {
    const note = ankiNote(item);
    // The GUID leads each row, so no data line can start with "#" and be read as a header.
    return [note.guid, deck, note.front, note.back, note.tags.join(" ")].map(ankiField).join("\t");
  });
  const body = [...header, ...rows].join("\n") + "\n";
  return { filename: `${fileBase(set)}-anki.txt`, contentType: EXPORT_FORMAT_SPECS.anki.contentType, body, skipped };
}
