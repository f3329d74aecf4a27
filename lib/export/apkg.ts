// A real Anki package (.apkg, the legacy "collection.anki2" flavour every Anki version imports):
// a zip holding a SQLite collection and an empty media map. The collection is built with
// better-sqlite3 in a temporary file, the only file-system work in lib/export; it is removed
// before returning.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { ankiDeckName, ankiNote } from "./anki-note";
import { fileBase, prepareSet } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet } from "./types";

/** Fixed for ever: Anki recognises our note type across imports by this id. */
export const APKG_MODEL_ID = 1_718_203_645_001;
export const APKG_MODEL_NAME = "Factdeck Basic";
/** Anki's cloze note type under our own name and id: one card per {{c1::…}} gap. */
export const APKG_CLOZE_MODEL_ID = 1_718_203_645_002;
export const APKG_CLOZE_MODEL_NAME = "Factdeck Cloze";

/** Stable per set (slug), so re-importing a set lands in the same deck. */
export function apkgDeckId(set: ExportSet): number {
  const hex = createHash("sha256").update(`factdeck-deck:${set.slug}`).digest("hex").slice(0, 12);
  // 1e12 … ~2.8e14: positive, well inside JavaScript's safe integers, never Anki's default deck 1.
  return 1_000_000_000_000 + (parseInt(hex, 16) % 281_474_976_710_655);
}

/** Anki's sort field: the field text without markup. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .trim();
}

/** Anki's duplicate checksum: the first 8 hex digits of sha1(sort field) as an integer. */
export function fieldChecksum(sortField: string): number {
  return parseInt(createHash("sha1").update(sortField).digest("hex").slice(0, 8), 16);
}

const SCHEMA = `
CREATE TABLE col (
    id              integer primary key,
    crt             integer not null,
    mod             integer not null,
    scm             integer not null,
    ver             integer not null,
    dty             integer not null,
    usn             integer not null,
    ls              integer not null,
    conf            text not null,
    models          text not null,
    decks           text not null,
    dconf           text not null,
    tags            text not null
);
CREATE TABLE notes (
    id              integer primary key,
    guid            text not null,
    mid             integer not null,
    mod             integer not null,
    usn             integer not null,
    tags            text not null,
    flds            text not null,
    sfld            integer not null,
    csum            integer not null,
    flags           integer not null,
    data            text not null
);
CREATE TABLE cards (
    id              integer primary key,
    nid             integer not null,
    did             integer not null,
    ord             integer not null,
    mod             integer not null,
    usn             integer not null,
    type            integer not null,
    queue           integer not null,
    due             integer not null,
    ivl             integer not null,
    factor          integer not null,
    reps            integer not null,
    lapses          integer not null,
    left            integer not null,
    odue            integer not null,
    odid            integer not null,
    flags           integer not null,
    data            text not null
);
CREATE TABLE revlog (
    id              integer primary key,
    cid             integer not null,
    usn             integer not null,
    ease            integer not null,
    ivl             integer not null,
    lastIvl         integer not null,
    factor          integer not null,
    time            integer not null,
    type            integer not null
);
CREATE TABLE graves (
    usn             integer not null,
    oid             integer not null,
    type            integer not null
);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n";
const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

function modelsJson(deckId: number, modSeconds: number): string {
  const field = (name: string, ord: number) => ({
    name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [],
  });
  const cloze = {
    id: APKG_CLOZE_MODEL_ID,
    name: APKG_CLOZE_MODEL_NAME,
    type: 1, // cloze: Anki makes one card per deletion number
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      { name: "Cloze", ord: 0, qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}", did: null, bqfmt: "", bafmt: "" },
    ],
    flds: [field("Text", 0), field("Back Extra", 1)],
    css: `${CSS}.cloze {\n font-weight: bold;\n color: blue;\n}\n`,
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    tags: [],
    vers: [],
  };
  const model = {
    id: APKG_MODEL_ID,
    name: APKG_MODEL_NAME,
    type: 0,
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: "Card 1",
        ord: 0,
        qfmt: "{{Front}}",
        afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}",
        did: null,
        bqfmt: "",
        bafmt: "",
      },
    ],
    flds: [field("Front", 0), field("Back", 1)],
    css: ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n",
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    req: [[0, "all", [0]]],
    tags: [],
    vers: [],
  };
  return JSON.stringify({ [String(APKG_MODEL_ID)]: model, [String(APKG_CLOZE_MODEL_ID)]: cloze });
}

function decksJson(deckId: number, name: string, description: string, modSeconds: number): string {
  const deck = (id: number, deckName: string, desc: string) => ({
    id, name: deckName, desc, mod: modSeconds, usn: -1, collapsed: false, dyn: 0, conf: 1,
    extendNew: 10, extendRev: 50, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  });
  return JSON.stringify({ "1": deck(1, "Default", ""), [String(deckId)]: deck(deckId, name, description) });
}

const DCONF = JSON.stringify({
  "1": {
    id: 1, name: "Default", mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true,
    new: { delays: [1, 10], ints: [1, 4, 7], initialFactor: 2500, order: 1, perDay: 20, separate: true },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 0 },
    rev: { perDay: 100, ease4: 1.3, fuzz: 0.05, minSpace: 1, ivlFct: 1, maxIvl: 36500 },
  },
});

export async function exportApkg(set: ExportSet): Promise<ExportResult> {
  const { items, skipped } = prepareSet(set);
  const { default: Database } = await import("better-sqlite3");
  const deckId = apkgDeckId(set);
  const nowMs = set.exportedAt.getTime();
  const nowSec = Math.floor(nowMs / 1000);
  const dir = mkdtempSync(join(tmpdir(), "factdeck-apkg-"));
  try {
    const path = join(dir, "collection.anki2");
    const db = new Database(path);
    try {
      db.exec(SCHEMA);
      const dayStart = Math.floor(nowSec / 86_400) * 86_400;
      const conf = {
        nextPos: items.length + 1, estTimes: true, activeDecks: [1], sortType: "noteFld", timeLim: 0,
        sortBackwards: false, addToCur: true, curDeck: 1, newSpread: 0, dueCounts: true,
        curModel: String(APKG_MODEL_ID), collapseTime: 1200,
      };
      db.prepare(
        "INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
      ).run(
        dayStart, nowMs, nowMs, JSON.stringify(conf), modelsJson(deckId, nowSec),
        decksJson(deckId, ankiDeckName(set), set.description ?? "", nowSec), DCONF,
      );
      const insertNote = db.prepare(
        "INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
      );
      const insertCard = db.prepare(
        "INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data) VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
      );
      db.transaction(() => {
        items.forEach((item, i) => {
          const note = ankiNote(item);
          // Ids only need to be unique within the package; Anki matches notes on the GUID.
          const id = nowMs + i;
          const [model, fields] = note.cloze ? [APKG_CLOZE_MODEL_ID, [note.cloze.text, note.cloze.extra]] : [APKG_MODEL_ID, [note.front, note.back]];
          const sortField = stripHtml(fields[0]);
          insertNote.run(id, note.guid, model, nowSec, ` ${note.tags.join(" ")} `,
            fields.join("\x1f"), sortField, fieldChecksum(sortField));
          insertCard.run(id, id, deckId, nowSec, i + 1);
        });
      })();
    } finally {
      db.close();
    }
    const mtime = set.exportedAt;
    const body = zipSync(
      { "collection.anki2": [readFileSync(path), { mtime }], media: [strToU8("{}"), { mtime }] },
      { level: 6, mtime },
    );
    return { filename: `${fileBase(set)}.apkg`, contentType: EXPORT_FORMAT_SPECS.apkg.contentType, body, skipped };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
