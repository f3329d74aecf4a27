// IMS QTI 2.1 content package: one assessmentItem per question, an assessmentTest that lists them,
// and imsmanifest.xml (metadata first, as the QTI 2.1 package profile requires).
//
// Written for Canvas's QTI importer (gems/plugins/qti_exporter in canvas-lms), which reads QTI 2.x
// packages directly, as well as for any QTI 2.1 player:
// - every accepted typed answer is a `<correctResponse>` value (Canvas's text-entry reader takes
//   those and ignores `<mapping>`); the mapping, case-insensitive, is what players score with;
// - the explanation and source are a `modalFeedback` with identifier "general_fb", which Canvas
//   keeps as the question's general comments and players show after answering;
// - true/false answers to a response named "TF_RESPONSE" matched in a written-out response
//   condition: that is how Canvas recognises a true/false question (otherwise multiple choice);
// - the section is not `visible`: Canvas turns a visible section's title into a text-only item.
// Response processing is written out (it does what the standard templates do) because the
// templates cannot also set the FEEDBACK outcome that shows the explanation.
import { strToU8, zipSync } from "fflate";
import { escapeMarkup, escapeMarkupLines } from "./escape";
import { choiceLetter, explanationAndSource, fileBase, prepareSet, truncate, type PreparedQuestion } from "./prepared-question";
import { typedVariants } from "./typed-answers";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet } from "./types";
import { hasChoices } from "../domain/question-types";

const QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
const CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
const CP_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** An NCName (letters, digits, `_ - .`, starting with a letter) built from free text. */
export function ncName(prefix: string, text: string): string {
  const tail = text.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  return tail ? `${prefix}-${tail}` : prefix;
}

export function itemIdentifier(item: PreparedQuestion): string {
  return ncName(`q${item.number}`, item.question.key);
}

export function itemPath(item: PreparedQuestion): string {
  return `items/q${item.number}.xml`;
}

const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8"?>`;

interface ItemParts {
  declaration: string;
  body: string;
  processing: string;
}

/** Score 1 when `condition` holds, else 0; then the FEEDBACK outcome that shows the explanation. */
function processing(condition: string, score: string, withFeedback: boolean): string {
  return [
    `  <responseProcessing>`,
    `    <responseCondition>`,
    `      <responseIf>`,
    condition,
    `        <setOutcomeValue identifier="SCORE">`,
    score,
    `        </setOutcomeValue>`,
    `      </responseIf>`,
    `      <responseElse>`,
    `        <setOutcomeValue identifier="SCORE">`,
    `          <baseValue baseType="float">0</baseValue>`,
    `        </setOutcomeValue>`,
    `      </responseElse>`,
    `    </responseCondition>`,
    ...(withFeedback
      ? [
          `    <setOutcomeValue identifier="FEEDBACK">`,
          `      <baseValue baseType="identifier">${FEEDBACK_ID}</baseValue>`,
          `    </setOutcomeValue>`,
        ]
      : []),
    `  </responseProcessing>`,
  ].join("\n");
}

const ONE = `          <baseValue baseType="float">1</baseValue>`;
/** Canvas marks the feedback with this identifier as general ("neutral") comments. */
export const FEEDBACK_ID = "general_fb";
/** Canvas reads a choice question as true/false when its response variable's name starts with "TF". */
export const TF_RESPONSE = "TF_RESPONSE";

function choiceItemParts(item: PreparedQuestion, withFeedback: boolean): ItemParts {
  const isTrueFalse = item.shape === "truefalse";
  const response = isTrueFalse ? TF_RESPONSE : "RESPONSE";
  const ids = item.choices.map((_, i) => (isTrueFalse ? (i === 0 ? "TRUE" : "FALSE") : choiceLetter(i)));
  const declaration = [
    `  <responseDeclaration identifier="${response}" cardinality="single" baseType="identifier">`,
    `    <correctResponse>`,
    `      <value>${ids[item.correctIndex]}</value>`,
    `    </correctResponse>`,
    `  </responseDeclaration>`,
  ].join("\n");
  const body = [
    // True/false keeps its order; shuffling "False" above "True" only confuses.
    `    <choiceInteraction responseIdentifier="${response}" shuffle="${isTrueFalse ? "false" : "true"}" maxChoices="1">`,
    `      <prompt>${escapeMarkupLines(item.question.prompt.trim())}</prompt>`,
    ...item.choices.map((c, i) => `      <simpleChoice identifier="${ids[i]}">${escapeMarkupLines(c)}</simpleChoice>`),
    `    </choiceInteraction>`,
  ].join("\n");
  // The correct identifier as a literal: Canvas reads the matched value from the condition.
  const condition = [
    `        <match>`,
    `          <variable identifier="${response}"/>`,
    `          <baseValue baseType="identifier">${ids[item.correctIndex]}</baseValue>`,
    `        </match>`,
  ].join("\n");
  return { declaration, body, processing: processing(condition, ONE, withFeedback) };
}

function textEntryItemParts(item: PreparedQuestion, withFeedback: boolean): ItemParts {
  // Every form Factdeck accepts, the answer first: each one a correct response (Canvas) and a
  // case-insensitive mapping entry (players).
  const answers = typedVariants(item);
  const longest = Math.max(...answers.map((a) => Array.from(a).length));
  const declaration = [
    `  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">`,
    `    <correctResponse>`,
    ...answers.map((a) => `      <value>${escapeMarkup(a)}</value>`),
    `    </correctResponse>`,
    `    <mapping defaultValue="0" upperBound="1">`,
    ...answers.map((a) => `      <mapEntry mapKey="${escapeMarkup(a)}" mappedValue="1" caseSensitive="false"/>`),
    `    </mapping>`,
    `  </responseDeclaration>`,
  ].join("\n");
  const entry = `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(10, longest + 5)}"/>`;
  const gap = item.cloze;
  const body = gap
    ? `    <p>${escapeMarkupLines(gap.before)}${entry}${escapeMarkupLines(gap.after)}</p>`
    : `    <p>${escapeMarkupLines(item.question.prompt.trim())}</p>\n    <p>${entry}</p>`;
  const condition = [`        <not>`, `          <isNull>`, `            <variable identifier="RESPONSE"/>`, `          </isNull>`, `        </not>`].join("\n");
  const score = `          <mapResponse identifier="RESPONSE"/>`;
  return { declaration, body, processing: processing(condition, score, withFeedback) };
}

/** Explanation, then the source sentence: shown after answering. */
function feedbackText(item: PreparedQuestion): string[] {
  return explanationAndSource(item.question);
}

export function qtiItemXml(item: PreparedQuestion): string {
  const q = item.question;
  const feedback = feedbackText(item);
  const withFeedback = feedback.length > 0;
  const parts = hasChoices(q.type) ? choiceItemParts(item, withFeedback) : textEntryItemParts(item, withFeedback);
  return [
    XML_DECLARATION,
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `  identifier="${itemIdentifier(item)}" title="${escapeMarkup(`Q${item.number} ${truncate(q.prompt, 60)}`)}"`,
    `  adaptive="false" timeDependent="false">`,
    parts.declaration,
    `  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">`,
    `    <defaultValue>`,
    `      <value>0</value>`,
    `    </defaultValue>`,
    `  </outcomeDeclaration>`,
    ...(withFeedback ? [`  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>`] : []),
    `  <itemBody>`,
    parts.body,
    `  </itemBody>`,
    parts.processing,
    ...(withFeedback
      ? [
          `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="${FEEDBACK_ID}" showHide="show" title="Explanation">`,
          ...feedback.map((f) => `    <p>${escapeMarkupLines(f)}</p>`),
          `  </modalFeedback>`,
        ]
      : []),
    `</assessmentItem>`,
    ``,
  ].join("\n");
}

export const QTI_TEST_PATH = "assessment-test.xml";

export function qtiTestXml(set: ExportSet, items: PreparedQuestion[]): string {
  return [
    XML_DECLARATION,
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `  identifier="${ncName("test", fileBase(set))}" title="${escapeMarkup(set.title.trim() || "Question set")}">`,
    `  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>`,
    `  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="simultaneous">`,
    // Not visible: Canvas would add the section title as an extra text-only question.
    `    <assessmentSection identifier="section-1" title="${escapeMarkup(set.title.trim() || "Questions")}" visible="false">`,
    ...items.map((item) => `      <assessmentItemRef identifier="${itemIdentifier(item)}" href="${itemPath(item)}"/>`),
    `    </assessmentSection>`,
    `  </testPart>`,
    `  <outcomeProcessing>`,
    `    <setOutcomeValue identifier="SCORE">`,
    `      <sum>`,
    `        <testVariables variableIdentifier="SCORE"/>`,
    `      </sum>`,
    `    </setOutcomeValue>`,
    `  </outcomeProcessing>`,
    `</assessmentTest>`,
    ``,
  ].join("\n");
}

export function qtiManifestXml(set: ExportSet, items: PreparedQuestion[]): string {
  const resourceId = (item: PreparedQuestion) => `RES-${itemIdentifier(item)}`;
  return [
    XML_DECLARATION,
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${CP_NS} ${CP_XSD}"`,
    `  identifier="${ncName("MANIFEST", fileBase(set))}">`,
    `  <metadata>`,
    `    <schema>QTIv2.1 Package</schema>`,
    `    <schemaversion>1.0.0</schemaversion>`,
    `  </metadata>`,
    `  <organizations/>`,
    `  <resources>`,
    `    <resource identifier="RES-test" type="imsqti_test_xmlv2p1" href="${QTI_TEST_PATH}">`,
    `      <file href="${QTI_TEST_PATH}"/>`,
    ...items.map((item) => `      <dependency identifierref="${resourceId(item)}"/>`),
    `    </resource>`,
    ...items.flatMap((item) => [
      `    <resource identifier="${resourceId(item)}" type="imsqti_item_xmlv2p1" href="${itemPath(item)}">`,
      `      <file href="${itemPath(item)}"/>`,
      `    </resource>`,
    ]),
    `  </resources>`,
    `</manifest>`,
    ``,
  ].join("\n");
}

export function exportQti(set: ExportSet): ExportResult {
  const { items, skipped } = prepareSet(set);
  // Zip entries carry the export time, not the wall clock, so the same input gives the same bytes.
  const mtime = set.exportedAt;
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    "imsmanifest.xml": [strToU8(qtiManifestXml(set, items)), { mtime }],
    [QTI_TEST_PATH]: [strToU8(qtiTestXml(set, items)), { mtime }],
  };
  for (const item of items) files[itemPath(item)] = [strToU8(qtiItemXml(item)), { mtime }];
  const body = zipSync(files, { level: 6, mtime });
  return { filename: `${fileBase(set)}-qti21.zip`, contentType: EXPORT_FORMAT_SPECS.qti.contentType, body, skipped };
}
