// An editable worksheet (.docx) built with the `docx` library: the set's title, a name/date line,
// numbered questions (Word's own numbering, so inserting a question renumbers the rest), lettered
// options, lines to write on, and the answer key after a page break. A4 or Letter; version A or B
// (shuffled, see versions.ts). The zip's dates are the export time, so the same input gives the
// same bytes.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { PaperSize } from "../domain/export-formats";
import { choiceLetter, fileBase, prepareSet, sourceLine, type PreparedQuestion } from "./prepared-question";
import { versionItems } from "./versions";
import { EXPORT_FORMAT_SPECS, type ExportOptions, type ExportResult, type ExportSet } from "./types";

/** Page size in twentieths of a point (Word's unit). */
export const PAGE_TWIPS: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The answer as the key prints it. */
export function keyAnswer(item: PreparedQuestion): string {
  if (item.shape === "options") return `${choiceLetter(item.correctIndex)}. ${oneLine(item.choices[item.correctIndex])}`;
  if (item.shape === "truefalse") return item.isTrue ? "True" : "False";
  const also = item.typedAnswers.length > 1 ? ` (also accepted: ${item.typedAnswers.slice(1).join(", ")})` : "";
  return `${item.typedAnswers[0]}${also}`;
}

export async function exportDocx(set: ExportSet, options: ExportOptions = {}): Promise<ExportResult> {
  const docx = await import("docx");
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, LevelFormat, AlignmentType, PageBreak } = docx;
  const prepared = prepareSet(set);
  const version = options.version ?? "A";
  const items = versionItems(prepared.items, version, set.slug);
  const paper = options.paper ?? "a4";
  const title = oneLine(set.title) || "Worksheet";
  const heading = version === "A" ? title : `${title} (version ${version})`;

  const question = (item: PreparedQuestion) => {
    const q = item.question;
    const text = item.cloze ? `${oneLine(item.cloze.before)} __________ ${oneLine(item.cloze.after)}`.trim() : q.prompt.trim();
    const out = [
      new Paragraph({
        numbering: { reference: "questions", level: 0 },
        spacing: { before: 200, after: 80 },
        keepNext: true,
        children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      }),
    ];
    if (item.shape === "options") {
      item.choices.forEach((c, i) =>
        out.push(new Paragraph({ numbering: { reference: "choices", level: 0, instance: item.number }, keepNext: i < item.choices.length - 1, children: [new TextRun(oneLine(c))] })),
      );
    } else if (item.shape === "truefalse") {
      out.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun("☐ True        ☐ False")] }));
    } else if (!item.cloze) {
      out.push(new Paragraph({ indent: { left: 720 }, spacing: { before: 120 }, children: [new TextRun("_".repeat(60))] }));
    }
    return out;
  };

  const keyEntry = (item: PreparedQuestion) => {
    const source = sourceLine(item.question);
    return [
      new Paragraph({ numbering: { reference: "key", level: 0 }, spacing: { before: 120 }, children: [new TextRun({ text: keyAnswer(item), bold: true })] }),
      ...(item.question.explanation.trim() ? [new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: oneLine(item.question.explanation), size: 20 })] })] : []),
      ...(source ? [new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: source, size: 18, italics: true })] })] : []),
    ];
  };

  const numbered = (reference: string, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, indent: number) => ({
    reference,
    levels: [{ level: 0, format, text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: indent, hanging: 360 } } } }],
  });

  const doc = new Document({
    creator: "Factdeck",
    title: heading,
    description: set.description ?? "",
    styles: { default: { document: { run: { font: "Calibri", size: 24 } } } },
    numbering: {
      config: [
        numbered("questions", LevelFormat.DECIMAL, "%1.", 360),
        numbered("choices", LevelFormat.UPPER_LETTER, "%1.", 1080),
        numbered("key", LevelFormat.DECIMAL, "%1.", 360),
      ],
    },
    sections: [
      {
        properties: { page: { size: PAGE_TWIPS[paper], margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }),
          ...(set.description?.trim() ? [new Paragraph({ children: [new TextRun(oneLine(set.description))] })] : []),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun("Name: ______________________    Date: ____________    Score: ______")] }),
          ...items.flatMap(question),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${heading} — answer key`)] }),
          ...items.flatMap(keyEntry),
        ],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  return {
    filename: `${fileBase(set)}-worksheet${version === "A" ? "" : `-${version.toLowerCase()}`}.docx`,
    contentType: EXPORT_FORMAT_SPECS.docx.contentType,
    body: stableZip(packed, set.exportedAt),
    skipped: prepared.skipped,
  };
}

/** The same package with the export time as every date (core.xml and zip entries). */
function stableZip(packed: Uint8Array, at: Date): Uint8Array {
  const files = unzipSync(packed);
  const iso = `${at.toISOString().slice(0, 19)}Z`;
  const core = files["docProps/core.xml"];
  if (core) {
    files["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`),
    );
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: at }]])), { level: 6, mtime: at });
}
