// Print-ready HTML: a worksheet to hand out, an answer key with the same numbering, and a one-page
// answer grid for marking. Self-contained (inline CSS, no scripts, no external resources); all
// content escaped.
//
// - Paper: `@page { size: A4 | letter }`; the page number and the set's name are printed in the
//   page's bottom margin (CSS page-margin boxes), never over the text: no fixed-position footer.
// - Versions: A is the set's order; B shuffles questions and options, seeded (versions.ts), and
//   its key and grid match it.
// - The key shows each question once with its answer, then the explanation and the source
//   sentence, the sentence never twice (explanationAndSource).
import type { PaperSize, PrintVersion } from "../domain/export-formats";
import { escapeMarkup, escapeMarkupLines } from "./escape";
import { choiceLetter, explanationAndSource, fileBase, prepareSet, truncate, type PreparedQuestion } from "./prepared-question";
import { versionItems } from "./versions";
import { EXPORT_FORMAT_SPECS, type ExportOptions, type ExportResult, type ExportSet } from "./types";

export type PrintKind = "worksheet" | "key" | "grid";

const PAGE_SIZE: Record<PaperSize, string> = { a4: "A4", letter: "letter" };

/** CSS strings are quoted with "…": escape backslashes, quotes and line breaks for `content:`. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ").replace(/</g, "\\3c ")}"`;
}

function style(paper: PaperSize, footer: string): string {
  return `
  :root { color-scheme: light; }
  body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45; color: #000;
         max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  header { border-bottom: 2px solid #000; margin-bottom: 1.5rem; padding-bottom: .5rem; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; }
  .version { font-size: 12pt; font-weight: normal; border: 1px solid #000; padding: 0 .4em; margin-left: .5em; }
  .meta { display: flex; gap: 2rem; margin-top: .75rem; }
  .meta span { flex: 1; border-bottom: 1px solid #000; padding-bottom: .1rem; }
  .description { margin: .25rem 0 0; }
  ol.questions { padding-left: 1.75rem; }
  ol.questions > li { margin: 0 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
  .prompt { margin: 0 0 .4rem; overflow-wrap: anywhere; }
  ol.choices { list-style: upper-alpha; margin: .25rem 0 0; padding-left: 1.75rem; }
  ol.choices li { margin: .15rem 0; }
  .tf { margin: .25rem 0 0; }
  .tf span { display: inline-block; margin-right: 2rem; }
  .line { border-bottom: 1px solid #000; height: 1.6rem; margin: .2rem 0; }
  .gap { display: inline-block; min-width: 8rem; border-bottom: 1px solid #000; }
  .kind-key ol.questions > li { margin-bottom: .7rem; }
  .kind-key .prompt { margin: 0 0 .1rem; font-size: 10.5pt; }
  .answer { font-weight: bold; margin: 0; overflow-wrap: anywhere; }
  .also { font-weight: normal; }
  .note { font-size: 9.5pt; color: #333; margin: .1rem 0 0; overflow-wrap: anywhere; }
  ol.grid { columns: 3; column-gap: 1.5rem; font-size: 10pt; line-height: 1.3; margin: 0; padding: 0; list-style: none; }
  ol.grid li { break-inside: avoid; display: flex; gap: .4rem; border-bottom: 1px solid #bbb; padding: .12rem 0; }
  ol.grid .n { min-width: 2.2em; text-align: right; font-weight: bold; }
  ol.grid .a { overflow-wrap: anywhere; }
  footer { margin-top: 1.5rem; font-size: 9pt; color: #444; }
  @page {
    size: ${PAGE_SIZE[paper]};
    margin: 16mm 16mm 20mm;
    @bottom-left { content: ${cssString(footer)}; font-size: 8pt; color: #444; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #444; }
  }
  @media print {
    body { margin: 0; max-width: none; padding: 0; }
    header { break-after: avoid; page-break-after: avoid; }
    footer { display: none; }
    a { color: inherit; text-decoration: none; }
  }
`;
}

function page(title: string, css: string, bodyClass: string, content: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${css}</style>`,
    "</head>",
    `<body class="kind-${bodyClass}">`,
    content,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Prompt text with the cloze gap drawn as a line to write on. */
function promptHtml(item: PreparedQuestion): string {
  const gap = item.cloze;
  if (gap) {
    return `${escapeMarkupLines(gap.before)}<span class="gap" aria-label="blank"></span>${escapeMarkupLines(gap.after)}`;
  }
  return escapeMarkupLines(item.question.prompt.trim());
}

function worksheetItem(item: PreparedQuestion): string {
  const parts = [`<p class="prompt" dir="auto">${promptHtml(item)}</p>`];
  if (item.shape === "options") {
    parts.push(`<ol class="choices">${item.choices.map((c) => `<li dir="auto">${escapeMarkupLines(c)}</li>`).join("")}</ol>`);
  } else if (item.shape === "truefalse") {
    parts.push(`<p class="tf"><span>&#9711; True</span><span>&#9711; False</span></p>`);
  } else if (!item.cloze) {
    // Typed answers get room to write; a cloze is answered in its gap.
    parts.push(`<div class="line"></div><div class="line"></div>`);
  }
  return `<li>${parts.join("\n")}</li>`;
}

/** The answer as text: "B. Baghdad", "True", or the typed answer. */
export function answerText(item: PreparedQuestion): string {
  if (item.shape === "options") return `${choiceLetter(item.correctIndex)}. ${item.choices[item.correctIndex]}`;
  if (item.shape === "truefalse") return item.isTrue ? "True" : "False";
  return item.typedAnswers[0];
}

function keyItem(item: PreparedQuestion): string {
  let answer = escapeMarkupLines(answerText(item));
  if (item.typedAnswers.length > 1) answer += ` <span class="also">(also accepted: ${item.typedAnswers.slice(1).map(escapeMarkup).join(", ")})</span>`;
  const parts = [`<p class="prompt" dir="auto">${promptHtml(item)}</p>`, `<p class="answer" dir="auto">${answer}</p>`];
  for (const note of explanationAndSource(item.question)) parts.push(`<p class="note" dir="auto">${escapeMarkupLines(note)}</p>`);
  return `<li>${parts.join("\n")}</li>`;
}

/**
 * How the grid fits one page: more questions, more and narrower columns in a smaller type.
 * 3 columns at 10pt hold about 130 short entries on A4 or Letter, 5 at 8pt about 300.
 */
export function gridLayout(count: number): { columns: number; fontPt: number; answerChars: number } {
  if (count <= 90) return { columns: 3, fontPt: 10, answerChars: 28 };
  if (count <= 180) return { columns: 4, fontPt: 9, answerChars: 22 };
  return { columns: 5, fontPt: 8, answerChars: 16 };
}

/** One cell of the grid: the letter alone for multiple choice, a short answer otherwise. */
function gridItem(item: PreparedQuestion, answerChars: number): string {
  const short = item.shape === "options" ? choiceLetter(item.correctIndex) : item.shape === "truefalse" ? (item.isTrue ? "T" : "F") : truncate(item.typedAnswers[0], answerChars);
  return `<li><span class="n">${item.number}.</span><span class="a" dir="auto">${escapeMarkup(short)}</span></li>`;
}

function header(set: ExportSet, heading: string, version: PrintVersion, withNameLine: boolean): string {
  const badge = version === "A" ? "" : ` <span class="version">Version ${version}</span>`;
  const lines = [`<header>`, `<h1 dir="auto">${escapeMarkup(heading)}${badge}</h1>`];
  if (set.description?.trim() && withNameLine) lines.push(`<p class="description" dir="auto">${escapeMarkupLines(set.description.trim())}</p>`);
  if (withNameLine) lines.push(`<div class="meta"><span>Name:</span><span>Date:</span><span>Score:</span></div>`);
  lines.push(`</header>`);
  return lines.join("\n");
}

const SUFFIX: Record<PrintKind, string> = { worksheet: "", key: " — answer key", grid: " — answer grid" };
const FILE: Record<PrintKind, string> = { worksheet: "worksheet", key: "answer-key", grid: "answer-grid" };
const FORMAT = { worksheet: "print", key: "print-key", grid: "print-grid" } as const;

export function exportPrint(set: ExportSet, kind: PrintKind, options: ExportOptions = {}): ExportResult {
  const { items: all, skipped } = prepareSet(set);
  const version = options.version ?? "A";
  const paper = options.paper ?? "a4";
  const items = versionItems(all, version, set.slug);
  const title = set.title.trim() || "Worksheet";
  const heading = `${title}${SUFFIX[kind]}`;
  const date = set.exportedAt.toISOString().slice(0, 10);
  const footer = `${truncate(title, 60)}${version === "A" ? "" : ` · version ${version}`} · ${date}`;
  const layout = gridLayout(items.length);
  const list =
    kind === "grid"
      ? [`<ol class="grid" style="columns: ${layout.columns}; font-size: ${layout.fontPt}pt">`, ...items.map((i) => gridItem(i, layout.answerChars)), `</ol>`]
      : [`<ol class="questions">`, ...items.map(kind === "key" ? keyItem : worksheetItem), `</ol>`];
  const content = [
    header(set, heading, version, kind === "worksheet"),
    ...list,
    // On screen only; in print the page's bottom margin carries it (see @page).
    `<footer>Factdeck · ${items.length} question${items.length === 1 ? "" : "s"} · ${date}</footer>`,
  ].join("\n");
  const versionPart = version === "A" ? "" : `-${version.toLowerCase()}`;
  return {
    filename: `${fileBase(set)}-${FILE[kind]}${versionPart}.html`,
    contentType: EXPORT_FORMAT_SPECS[FORMAT[kind]].contentType,
    body: page(`${heading}${version === "A" ? "" : ` (version ${version})`}`, style(paper, footer), kind, content),
    skipped,
  };
}
