// Print-ready HTML: a worksheet to hand out and a separate answer key with the same numbering.
// Self-contained (inline CSS, no scripts, no external resources); all content escaped.
import { escapeMarkup, escapeMarkupLines } from "./escape";
import { choiceLetter, fileBase, prepareSet, sourceLine, type PreparedQuestion } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet } from "./types";

const STYLE = `
  :root { color-scheme: light; }
  body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45; color: #000;
         max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  header { border-bottom: 2px solid #000; margin-bottom: 1.5rem; padding-bottom: .5rem; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; }
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
  .answer { font-weight: bold; margin: .2rem 0; }
  .source { font-size: 10pt; color: #333; margin: .2rem 0 0; }
  .explanation { font-size: 10.5pt; margin: .2rem 0 0; }
  footer { margin-top: 2rem; font-size: 9pt; color: #444; }
  @page { margin: 18mm 16mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; }
    header { break-after: avoid; page-break-after: avoid; }
    footer { position: fixed; bottom: 0; }
    a { color: inherit; text-decoration: none; }
  }
`;

function page(title: string, lang: string, content: string): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
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
  const q = item.question;
  const parts = [`<p class="prompt" dir="auto">${promptHtml(item)}</p>`];
  if (q.type === "MCQ") {
    parts.push(`<ol class="choices">${item.choices.map((c) => `<li dir="auto">${escapeMarkupLines(c)}</li>`).join("")}</ol>`);
  } else if (q.type === "TRUE_FALSE") {
    parts.push(`<p class="tf"><span>&#9711; True</span><span>&#9711; False</span></p>`);
  } else if (!item.cloze) {
    // Typed answers get room to write; a cloze is answered in its gap.
    parts.push(`<div class="line"></div><div class="line"></div>`);
  }
  return `<li>${parts.join("\n")}</li>`;
}

function keyItem(item: PreparedQuestion): string {
  const q = item.question;
  let answer: string;
  if (q.type === "MCQ") answer = `${choiceLetter(item.correctIndex)}. ${escapeMarkupLines(item.choices[item.correctIndex])}`;
  else if (q.type === "TRUE_FALSE") answer = item.isTrue ? "True" : "False";
  else {
    answer = escapeMarkupLines(item.typedAnswers[0]);
    if (item.typedAnswers.length > 1) answer += ` <span class="also">(also accepted: ${item.typedAnswers.slice(1).map(escapeMarkup).join(", ")})</span>`;
  }
  const parts = [`<p class="prompt" dir="auto">${promptHtml(item)}</p>`, `<p class="answer" dir="auto">${answer}</p>`];
  if (q.explanation.trim()) parts.push(`<p class="explanation" dir="auto">${escapeMarkupLines(q.explanation.trim())}</p>`);
  const source = sourceLine(q);
  if (source) parts.push(`<p class="source" dir="auto">${escapeMarkupLines(source)}</p>`);
  return `<li>${parts.join("\n")}</li>`;
}

function header(set: ExportSet, heading: string, withNameLine: boolean): string {
  const lines = [`<header>`, `<h1 dir="auto">${escapeMarkup(heading)}</h1>`];
  if (set.description?.trim()) lines.push(`<p class="description" dir="auto">${escapeMarkupLines(set.description.trim())}</p>`);
  if (withNameLine) lines.push(`<div class="meta"><span>Name:</span><span>Date:</span><span>Score:</span></div>`);
  lines.push(`</header>`);
  return lines.join("\n");
}

export function exportPrint(set: ExportSet, withAnswers: boolean): ExportResult {
  const { items, skipped } = prepareSet(set);
  const title = set.title.trim() || "Worksheet";
  const heading = withAnswers ? `${title} — answer key` : title;
  const content = [
    header(set, heading, !withAnswers),
    `<ol class="questions">`,
    ...items.map(withAnswers ? keyItem : worksheetItem),
    `</ol>`,
    `<footer>Factdeck · ${items.length} question${items.length === 1 ? "" : "s"} · ${set.exportedAt.toISOString().slice(0, 10)}</footer>`,
  ].join("\n");
  return {
    filename: `${fileBase(set)}-${withAnswers ? "answer-key" : "worksheet"}.html`,
    contentType: EXPORT_FORMAT_SPECS[withAnswers ? "print-key" : "print"].contentType,
    body: page(heading, "en", content),
    skipped,
  };
}
