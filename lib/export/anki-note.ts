// What an Anki note holds for one question: shared by the text export and the .apkg package, so
// both produce the same fields and the same GUID (a re-import of either updates the same notes).
import { createHash } from "node:crypto";
import { escapeMarkup, escapeMarkupLines } from "./escape";
import { choiceLetter, explanationAndSource, sourceLine, type PreparedQuestion } from "./prepared-question";
import type { ExportSet } from "./types";

export interface AnkiNote {
  guid: string;
  front: string;
  back: string;
  tags: string[];
  /**
   * A fill-in-the-blank question as Anki's own cloze: `text` with the gap written `{{c1::answer}}`,
   * `extra` on the back. Null when the question is not a cloze with a gap (or the answer holds
   * Anki's cloze syntax). The .apkg uses it; the text file keeps front/back (see anki.ts).
   */
  cloze: { text: string; extra: string } | null;
}

/** Stable per question key, so exporting the set again updates the notes instead of duplicating them. */
export function ankiGuid(key: string): string {
  return `fd-${createHash("sha256").update(key).digest("hex").slice(0, 20)}`;
}

/** `Factdeck::<title>`; "::" inside the title would create sub-decks, so it is flattened. */
export function ankiDeckName(set: ExportSet): string {
  const title = set.title.replace(/\s+/g, " ").replace(/:{2,}/g, ":").trim() || "Untitled set";
  return `Factdeck::${title}`;
}

/** Anki tags are space-separated words. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, "_");
}

function frontOf(item: PreparedQuestion): string {
  const q = item.question;
  const prompt = escapeMarkupLines(q.prompt.trim());
  switch (item.shape) {
    case "options":
      return `${prompt}<br/><ol type="A">${item.choices.map((c) => `<li>${escapeMarkupLines(c)}</li>`).join("")}</ol>`;
    case "truefalse":
      return `True or false? ${prompt}`;
    default:
      return prompt;
  }
}

/** Source and explanation (the sentence once), shown under the answer. */
function notesOf(item: PreparedQuestion): string[] {
  const q = item.question;
  const source = sourceLine(q);
  return explanationAndSource(q).map((t) => (t === source ? `<small>${escapeMarkupLines(t)}</small>` : escapeMarkupLines(t)));
}

function clozeOf(item: PreparedQuestion): AnkiNote["cloze"] {
  const gap = item.cloze;
  const answer = item.typedAnswers[0];
  // "::" starts a hint and "}}" ends the deletion: such an answer stays a basic card.
  if (!gap || !answer || /::|\{\{|\}\}/.test(answer)) return null;
  const text = `${escapeMarkupLines(gap.before)}{{c1::${escapeMarkup(answer)}}}${escapeMarkupLines(gap.after)}`;
  const also = item.typedAnswers.length > 1 ? [`Also accepted: ${item.typedAnswers.slice(1).map(escapeMarkup).join(", ")}`] : [];
  return { text, extra: [...also, ...notesOf(item)].join("<br/><br/>") };
}

function backOf(item: PreparedQuestion): string {
  let answer: string;
  if (item.shape === "options") {
    answer = `<b>${choiceLetter(item.correctIndex)}. ${escapeMarkupLines(item.choices[item.correctIndex])}</b>`;
  } else if (item.shape === "truefalse") {
    answer = `<b>${item.isTrue ? "True" : "False"}</b>`;
  } else {
    answer = `<b>${escapeMarkupLines(item.typedAnswers[0])}</b>`;
    if (item.typedAnswers.length > 1) {
      answer += `<br/>Also accepted: ${item.typedAnswers.slice(1).map(escapeMarkup).join(", ")}`;
    }
  }
  return [answer, ...notesOf(item)].join("<br/><br/>");
}

export function ankiNote(item: PreparedQuestion): AnkiNote {
  const q = item.question;
  const tags = [...new Set(["factdeck", ...q.tags.map(ankiTag).filter(Boolean)])];
  return { guid: ankiGuid(q.key), front: frontOf(item), back: backOf(item), tags, cloze: clozeOf(item) };
}
