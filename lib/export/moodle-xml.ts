// Moodle XML: the element layout Moodle's own exporter writes (see its multichoice, truefalse and
// shortanswer fixtures). HTML text goes in CDATA; plain text (names, short answers) is escaped.
import { cdata, escapeMarkup, escapeMarkupLines } from "./escape";
import { generalFeedbackText, moodleTags, trueFalseFeedback } from "./gift";
import { moodleCategoryPath } from "./moodle-category";
import { fileBase, prepareSet, truncate, type PreparedQuestion } from "./prepared-question";
import { numericAnswer, typedVariants } from "./typed-answers";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet } from "./types";

/** `<tag format="html"><text><![CDATA[…]]></text></tag>` with the text markup-escaped. */
function htmlText(tag: string, text: string, indent: string): string {
  const inner = text.trim() ? cdata(escapeMarkupLines(text.trim())) : "";
  return `${indent}<${tag} format="html">\n${indent}  <text>${inner}</text>\n${indent}</${tag}>`;
}

function answer(fraction: number, format: string, textXml: string, feedback: string, extra: string[] = []): string {
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      <text>${textXml}</text>`,
    htmlText("feedback", feedback, "      "),
    ...extra,
    `    </answer>`,
  ].join("\n");
}

/** Moodle's short-answer matching reads `*` as a wildcard; a literal one is `\*`. */
function shortAnswerXml(value: string): string {
  return escapeMarkup(value.replace(/\*/g, "\\*"));
}

function xmlComment(text: string): string {
  // "--" may not appear inside an XML comment.
  return `<!-- ${text.replace(/-{2,}/g, "-").replace(/-$/, "- ")} -->`;
}

export function moodleQuestion(item: PreparedQuestion): string {
  const q = item.question;
  const number = numericAnswer(item);
  // CLOZE becomes a short answer whose text shows the gap ("_____"), as Moodle's own GIFT import
  // does; a year or a count becomes a numerical question (any way of writing the number is right).
  const moodleType = item.shape === "options" ? "multichoice" : item.shape === "truefalse" ? "truefalse" : number !== null ? "numerical" : "shortanswer";
  const penalty = item.shape === "truefalse" ? "1.0000000" : "0.3333333";
  // Names and tags in CDATA: Moodle's XML reader trims the text around entity references, so an
  // escaped "&amp;" or "&lt;" would lose the spaces beside it.
  const lines = [
    `  <question type="${moodleType}">`,
    `    <name>`,
    `      <text>${cdata(`Q${item.number} ${truncate(q.prompt, 60)}`)}</text>`,
    `    </name>`,
    htmlText("questiontext", q.prompt, "    "),
    htmlText("generalfeedback", generalFeedbackText(item), "    "),
    `    <defaultgrade>1.0000000</defaultgrade>`,
    `    <penalty>${penalty}</penalty>`,
    `    <hidden>0</hidden>`,
    // The question key as Moodle's ID number: importing the file again finds the same question.
    `    <idnumber>${cdata(item.idNumber)}</idnumber>`,
  ];
  if (item.shape === "options") {
    lines.push(
      `    <single>true</single>`,
      `    <shuffleanswers>true</shuffleanswers>`,
      `    <answernumbering>abc</answernumbering>`,
      htmlText("correctfeedback", "", "    "),
      htmlText("partiallycorrectfeedback", "", "    "),
      htmlText("incorrectfeedback", "", "    "),
      ...item.choices.map((c, i) =>
        answer(i === item.correctIndex ? 100 : 0, "html", cdata(escapeMarkupLines(c)), ""),
      ),
    );
  } else if (item.shape === "truefalse") {
    const { wrong, right } = trueFalseFeedback(item.isTrue);
    lines.push(
      answer(item.isTrue ? 100 : 0, "moodle_auto_format", "true", item.isTrue ? right : wrong),
      answer(item.isTrue ? 0 : 100, "moodle_auto_format", "false", item.isTrue ? wrong : right),
    );
  } else if (number !== null) {
    lines.push(
      answer(100, "moodle_auto_format", String(number), "", [`      <tolerance>0</tolerance>`]),
      `    <unitgradingtype>0</unitgradingtype>`,
      `    <unitpenalty>0.1000000</unitpenalty>`,
      `    <showunits>3</showunits>`,
      `    <unitsleft>0</unitsleft>`,
    );
  } else {
    lines.push(
      `    <usecase>0</usecase>`,
      ...typedVariants(item).map((a) => answer(100, "moodle_auto_format", shortAnswerXml(a), "")),
    );
  }
  const tags = moodleTags(q);
  if (tags.length > 0) {
    lines.push(`    <tags>`, ...tags.map((t) => `      <tag><text>${cdata(t)}</text></tag>`), `    </tags>`);
  }
  lines.push(`  </question>`);
  return lines.join("\n");
}

export function exportMoodleXml(set: ExportSet): ExportResult {
  const { items, skipped } = prepareSet(set);
  const category = [
    `  <question type="category">`,
    `    <category>`,
    `      <text>${escapeMarkup(moodleCategoryPath(set.title))}</text>`,
    `    </category>`,
    ...(set.description?.trim() ? [htmlText("info", set.description, "    ")] : []),
    `  </question>`,
  ].join("\n");
  // The declaration must be the very first bytes: no BOM, no blank line before it.
  const body = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<quiz>`,
    `  ${xmlComment(`Factdeck question set exported ${set.exportedAt.toISOString()}`)}`,
    category,
    ...items.map(moodleQuestion),
    `</quiz>`,
    ``,
  ].join("\n");
  return { filename: `${fileBase(set)}-moodle.xml`, contentType: EXPORT_FORMAT_SPECS["moodle-xml"].contentType, body, skipped };
}
