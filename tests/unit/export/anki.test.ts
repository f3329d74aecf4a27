import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ANKI_COLUMNS, exportAnki } from "@/lib/export/anki";
import { ankiDeckName, ankiGuid, ankiNote } from "@/lib/export/anki-note";
import { APKG_CLOZE_MODEL_ID, APKG_MODEL_ID, apkgDeckId, exportApkg } from "@/lib/export/apkg";
import { prepareSet } from "@/lib/export/prepared-question";
import { alwaysSkippedKeys, nastySet } from "@/tests/fixtures/export/nasty-set";
import { ANKI_REFERENCE_APKG, withTempFiles } from "./reference";
import { unzipSync } from "fflate";

const items = prepareSet(nastySet).items;

/** The header lines Anki reads (leading "#key:value" lines), parsed the way Anki does. */
function ankiHeaders(text: string): { headers: Map<string, string>; rest: string } {
  const headers = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  let i = 0;
  for (; i < lines.length && lines[i].startsWith("#"); i++) {
    const [key, ...value] = lines[i].slice(1).split(":");
    headers.set(key.trim().toLowerCase(), value.join(":"));
  }
  return { headers, rest: lines.slice(i).join("\n") };
}

describe("Anki text export", () => {
  const text = exportAnki(nastySet).body as string;
  const { headers, rest } = ankiHeaders(text);
  const rows = Papa.parse<string[]>(rest.trimEnd(), { delimiter: "\t", quoteChar: '"', newline: "\n" });

  it("declares separator, html and the guid / deck / tags columns in Anki's order, and no note type", () => {
    // A note type is looked up by name, and "Basic" is named in the interface language: without
    // one, rows go into the note type picked in Anki's import dialog, in any language.
    expect([...headers.keys()]).toEqual(["separator", "html", "guid column", "deck column", "tags column"]);
    expect(headers.has("notetype")).toBe(false);
    expect(headers.get("separator")).toBe("tab");
    expect(headers.get("html")).toBe("true");
    expect(Number(headers.get("guid column"))).toBe(1);
    expect(Number(headers.get("tags column"))).toBe(ANKI_COLUMNS.length);
  });

  it("has one row per exported question, each with as many fields as the header columns", () => {
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(items.length);
    rows.data.forEach((row) => expect(row).toHaveLength(ANKI_COLUMNS.length));
    // No data line may start with "#": Anki would read it as a header or comment.
    expect(rest.split("\n").filter((l) => l.startsWith("#"))).toEqual([]);
  });

  it("writes guid, note type, deck, HTML-escaped fields and tags", () => {
    rows.data.forEach((row, i) => {
      const note = ankiNote(items[i]);
      expect(row).toEqual([note.guid, ankiDeckName(nastySet), note.front, note.back, note.tags.join(" ")]);
      expect(row[2]).not.toMatch(/<script/);
      expect(row[3]).toContain(items[i].question.type === "MCQ" || items[i].question.type === "TRUE_FALSE" ? "<b>" : "");
      // No word in the file names a note type.
      expect(row).not.toContain("Basic");
    });
    expect(rows.data[0][2]).toContain("&lt;script&gt;");
    expect(rows.data[0][2]).toContain('<ol type="A">');
    expect(rows.data.every((r) => !r[4].split(" ").some((t) => t === ""))).toBe(true);
  });

  it("keeps each question's GUID across exports (so a re-import updates notes)", () => {
    const later = exportAnki({ ...nastySet, exportedAt: new Date("2027-01-01T00:00:00Z"), questions: [...nastySet.questions].reverse() });
    const rowsLater = Papa.parse<string[]>(ankiHeaders(later.body as string).rest.trimEnd(), { delimiter: "\t" }).data;
    const guids = new Map(rows.data.map((r) => [r[2], r[0]]));
    rowsLater.forEach((r) => expect(r[0]).toBe(guids.get(r[2])));
    expect(new Set(rows.data.map((r) => r[0])).size).toBe(rows.data.length);
    expect(ankiGuid("k-tf-true")).toBe(ankiGuid("k-tf-true"));
    expect(ankiGuid("k-tf-true")).not.toBe(ankiGuid("k-tf-false"));
  });
});

function openCollection(body: Uint8Array | string): { db: Database.Database; media: string; close: () => void } {
  const zip = unzipSync(body as Uint8Array);
  expect(Object.keys(zip).sort()).toEqual(["collection.anki2", "media"]);
  const media = new TextDecoder().decode(zip.media);
  return withTempFiles({ "collection.anki2": zip["collection.anki2"] }, (dir) => {
    // Read into memory so the temp folder can go: serialize/deserialize keeps everything.
    const fileDb = new Database(join(dir, "collection.anki2"), { readonly: true });
    const db = new Database(fileDb.serialize());
    fileDb.close();
    return { db, media, close: () => db.close() };
  });
}

describe(".apkg export", async () => {
  const result = await exportApkg(nastySet);
  const { db, media, close } = openCollection(result.body);
  type Row = Record<string, unknown>;
  const notes = db.prepare("SELECT * FROM notes ORDER BY id").all() as Row[];
  const cards = db.prepare("SELECT * FROM cards ORDER BY id").all() as Row[];
  const col = db.prepare("SELECT * FROM col").get() as Row;

  it("is a zip with collection.anki2 and an empty media map", () => {
    expect(result.filename).toMatch(/\.apkg$/);
    expect(media).toBe("{}");
    expect(result.skipped.map((s) => s.key)).toEqual(alwaysSkippedKeys);
  });

  it("holds one note and one new card per exported question", () => {
    expect(notes).toHaveLength(items.length);
    expect(cards).toHaveLength(items.length);
    const deckId = apkgDeckId(nastySet);
    cards.forEach((card, i) => {
      expect(card.nid).toBe(notes[i].id);
      expect(card.did).toBe(deckId);
      expect([card.type, card.queue, card.ord]).toEqual([0, 0, 0]);
    });
  });

  it("stores the same fields and GUIDs as the text export, joined by \\x1f, with Anki's checksum", () => {
    notes.forEach((note, i) => {
      const expected = ankiNote(items[i]);
      expect(note.guid).toBe(ankiGuid(items[i].question.key));
      if (expected.cloze) {
        expect(String(note.flds).split("\x1f")).toEqual([expected.cloze.text, expected.cloze.extra]);
        expect(note.mid).toBe(APKG_CLOZE_MODEL_ID);
      } else {
        expect(String(note.flds).split("\x1f")).toEqual([expected.front, expected.back]);
        expect(note.mid).toBe(APKG_MODEL_ID);
      }
      expect(note.tags).toBe(` ${expected.tags.join(" ")} `);
      const sfld = String(note.sfld);
      expect(note.csum).toBe(parseInt(createHash("sha1").update(sfld).digest("hex").slice(0, 8), 16));
      // Markup we wrote is stripped; escaped text comes back as the characters it stands for.
      expect(sfld).not.toMatch(/<br\/>|<ol |<li>/);
      expect(sfld).not.toContain("&lt;");
    });
  });

  it("makes fill-in-the-blank questions Anki cloze notes: the gap as {{c1::answer}}, a cloze note type", () => {
    const models = JSON.parse(String(col.models));
    const cloze = models[String(APKG_CLOZE_MODEL_ID)];
    expect(cloze.type).toBe(1);
    expect(cloze.flds.map((f: { name: string }) => f.name)).toEqual(["Text", "Back Extra"]);
    expect(cloze.tmpls[0].qfmt).toBe("{{cloze:Text}}");
    const clozeNotes = notes.filter((n) => n.mid === APKG_CLOZE_MODEL_ID);
    const gapped = items.filter((i) => i.question.type === "CLOZE" && i.cloze);
    expect(clozeNotes).toHaveLength(gapped.length);
    expect(gapped.length).toBeGreaterThan(0);
    const mid = notes[items.findIndex((i) => i.question.key === "k-cloze-mid")];
    expect(String(mid.flds).split("\x1f")[0]).toBe("The 🇮🇶 prime minister is {{c1::Mohammed Shia al-Sudani}}, elected in 2022.");
    // Every cloze note's card is card 1 (c1), like Anki makes it.
    for (const n of clozeNotes) expect(String(n.flds)).toMatch(/\{\{c1::[^}]+\}\}/);
    // Typed questions without a gap stay basic cards.
    expect(notes[items.findIndex((i) => i.question.key === "k-short-rtl")].mid).toBe(APKG_MODEL_ID);
  });

  it("declares the note type and deck in col, as a legacy (schema 11) collection", () => {
    expect(col.ver).toBe(11);
    const models = JSON.parse(String(col.models));
    const model = models[String(APKG_MODEL_ID)];
    expect(model.flds.map((f: { name: string }) => f.name)).toEqual(["Front", "Back"]);
    expect(model.tmpls[0].qfmt).toBe("{{Front}}");
    const decks = JSON.parse(String(col.decks));
    expect(decks[String(apkgDeckId(nastySet))].name).toBe(ankiDeckName(nastySet));
    expect(decks["1"].name).toBe("Default");
  });

  it.skipIf(!existsSync(ANKI_REFERENCE_APKG))("has the tables, columns and indexes of Anki's own update1.apkg", () => {
    const reference = openCollection(new Uint8Array(readFileSync(ANKI_REFERENCE_APKG)));
    const schema = (d: Database.Database) =>
      (d.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as Row[]).map(
        (r) => `${r.type}:${r.name}`,
      );
    const columns = (d: Database.Database, table: string) =>
      (d.prepare(`PRAGMA table_info(${table})`).all() as Row[]).map((c) => `${c.name}:${c.type}:${c.notnull}`);
    try {
      expect(schema(db)).toEqual(schema(reference.db));
      for (const table of ["col", "notes", "cards", "revlog", "graves"]) {
        expect(columns(db, table)).toEqual(columns(reference.db, table));
      }
      const refCol = reference.db.prepare("SELECT ver FROM col").get() as Row;
      expect(col.ver).toBe(refCol.ver);
    } finally {
      reference.close();
    }
  });

  it("keeps GUIDs, model id and deck id across exports", async () => {
    const again = openCollection((await exportApkg({ ...nastySet, exportedAt: new Date("2027-05-05T00:00:00Z") })).body);
    try {
      const guids = (again.db.prepare("SELECT guid FROM notes ORDER BY id").all() as Row[]).map((r) => r.guid);
      expect(guids).toEqual(notes.map((n) => n.guid));
      expect((again.db.prepare("SELECT DISTINCT did FROM cards").all() as Row[]).map((r) => r.did)).toEqual([apkgDeckId(nastySet)]);
    } finally {
      again.close();
    }
    close();
  });
});
