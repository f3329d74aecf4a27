// The targets added for teachers: Quizlet's paste import, Moodle's Aiken, the Blooket and Gimkit
// templates and the Word worksheet, each read back by the target's published rules.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { aikenText, exportAiken } from "@/lib/export/aiken";
import { exportDocx, keyAnswer, PAGE_TWIPS } from "@/lib/export/docx";
import { BLOOKET_HEADERS, BLOOKET_TITLE, exportBlooket, exportGimkit, GIMKIT_HEADERS, GIMKIT_TITLE } from "@/lib/export/game-csv";
import { prepareSet } from "@/lib/export/prepared-question";
import { exportQuizlet, quizletCard } from "@/lib/export/quizlet";
import type { ExportQuestion } from "@/lib/export/types";
import { nastySet } from "@/tests/fixtures/export/nasty-set";
import { unzipSync, strFromU8 } from "fflate";
import { docxParagraphs, parseAiken } from "./reference";

const items = prepareSet(nastySet).items;
const oneLine = (t: string) => t.replace(/\s+/g, " ").trim();

/**
 * Quizlet's import as its dialog describes it: rows split by the row separator, each row split at
 * the first term/definition separator.
 */
function parseQuizlet(text: string, term: string, card: string): { term: string; definition: string }[] {
  return text
    .split(card)
    .filter((row) => row.trim())
    .map((row) => {
      const at = row.indexOf(term);
      return { term: row.slice(0, at), definition: row.slice(at + term.length) };
    });
}

describe("Quizlet import text", () => {
  it("gives one card per question with Tab and New line (the defaults), nothing skipped", () => {
    const result = exportQuizlet(nastySet);
    const cards = parseQuizlet(result.body as string, "\t", "\n");
    expect(result.skipped.map((s) => s.key)).toEqual(["k-broken-mcq"]);
    expect(cards).toEqual(items.map(quizletCard));
    // No card spans two rows or holds a second tab: the newline and tab inside texts are spaces.
    for (const c of cards) expect(`${c.term}${c.definition}`).not.toMatch(/[\t\n]/);
    const mcq = cards[0];
    expect(mcq.definition).toBe("=equals");
    expect(mcq.term).toContain("b) =equals");
  });

  it("uses the chosen separators, and skips (with why) a card that contains one", () => {
    const result = exportQuizlet(nastySet, { termSeparator: "comma", cardSeparator: "semicolon" });
    const text = result.body as string;
    const cards = parseQuizlet(text, ",", ";");
    const withComma = items.filter((i) => { const c = quizletCard(i); return `${c.term}${c.definition}`.includes(",") || `${c.term}${c.definition}`.includes(";"); });
    expect(withComma.length).toBeGreaterThan(0);
    expect(cards).toHaveLength(items.length - withComma.length);
    for (const i of withComma) expect(result.skipped.find((s) => s.key === i.question.key)?.reason).toMatch(/separator/);
    const custom = exportQuizlet(nastySet, { termSeparator: "::", cardSeparator: "##" });
    expect(parseQuizlet(custom.body as string, "::", "##").length + custom.skipped.length).toBe(nastySet.questions.length);
  });
});

describe("Aiken (Moodle's reader rules)", () => {
  const result = exportAiken(nastySet);
  const parsed = parseAiken(result.body as string);

  it("gives Moodle one multiple-choice question per exported item, with the right answer", () => {
    expect(parsed.length + result.skipped.length).toBe(nastySet.questions.length);
    const exported = items.filter((i) => !result.skipped.some((s) => s.key === i.question.key));
    expect(parsed).toHaveLength(exported.length);
    parsed.forEach((p, i) => {
      const item = exported[i];
      expect(p.text).toBe(aikenText(item.question.prompt));
      expect(p.options.length).toBeGreaterThanOrEqual(2);
      const right = item.question.type === "MCQ" || item.question.type === "TRUE_FALSE" ? item.choices[item.correctIndex] : item.typedAnswers[0];
      expect(p.options[p.answer]).toBe(aikenText(right));
    });
    expect(parsed[0].options).toEqual(["x {y}", "=equals", "~tilde", "#hash: colon"]);
  });

  it("never lets a question or an option read as an option line or the ANSWER line", () => {
    const tricky: ExportQuestion = { ...nastySet.questions[0], key: "tricky", prompt: "A. Lincoln said what?", choices: ["ANSWER: none", "B) two", "=equals", "x"], answer: "B) two" };
    const [q] = parseAiken(exportAiken({ ...nastySet, questions: [tricky] }).body as string);
    expect(q.text).toBe("A.\u00a0Lincoln said what?");
    expect(q.options).toHaveLength(4);
    expect(q.options[q.answer]).toBe("B)\u00a0two");
  });
});

describe("Blooket and Gimkit spreadsheets", () => {
  it("fill Blooket's template: title row, its header row, then numbered questions with the answer number", () => {
    const rows = Papa.parse<string[]>((exportBlooket(nastySet).body as string).slice(1), { skipEmptyLines: true }).data;
    expect(rows[0][0]).toBe(BLOOKET_TITLE);
    expect(rows[1]).toEqual([...BLOOKET_HEADERS]);
    const data = rows.slice(2);
    data.forEach((r, i) => {
      expect(r).toHaveLength(BLOOKET_HEADERS.length);
      expect(r[0]).toBe(String(i + 1));
      const answers = r.slice(2, 6).filter(Boolean);
      expect(answers.length).toBeGreaterThanOrEqual(2);
      expect(Number(r[6])).toBeLessThanOrEqual(300);
      expect(Number(r[7])).toBeGreaterThanOrEqual(1);
      expect(Number(r[7])).toBeLessThanOrEqual(answers.length);
    });
    const tf = data.find((r) => r[1].startsWith("Iraq's parliament voted"))!;
    expect([tf[2], tf[3], tf[7]]).toEqual(["True", "False", "1"]);
  });

  it("fill Gimkit's template: the correct answer first, then the incorrect ones", () => {
    const rows = Papa.parse<string[]>((exportGimkit(nastySet).body as string).slice(1), { skipEmptyLines: true }).data;
    expect(rows[0][0]).toBe(GIMKIT_TITLE);
    expect(rows[1]).toEqual([...GIMKIT_HEADERS]);
    const mcq = rows.find((r) => r[0].includes("what does"))!;
    expect(mcq[1]).toBe("'=equals"); // guarded as in csv.ts: it would run as a formula
    expect(mcq.slice(2)).toEqual(["x {y}", "~tilde", "#hash: colon"]);
  });
});

describe("Word worksheet (.docx)", async () => {
  const result = await exportDocx(nastySet, { paper: "letter" });
  const paragraphs = docxParagraphs(result.body as Uint8Array);
  const files = unzipSync(result.body as Uint8Array);

  it("is a Word package with the worksheet, then the key after a page break", () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/numbering.xml"]));
    const texts = paragraphs.map((p) => p.text);
    expect(texts[0]).toBe(oneLine(nastySet.title));
    expect(texts.some((t) => t.startsWith("Name:"))).toBe(true);
    const keyAt = texts.findIndex((t) => t.endsWith("answer key"));
    expect(keyAt).toBeGreaterThan(0);
    expect(strFromU8(files["word/document.xml"])).toContain('<w:br w:type="page"/>');
    // The key lists every exported question's answer, in order, in bold.
    const answers = paragraphs.slice(keyAt + 1).filter((p) => p.bold).map((p) => p.text);
    expect(answers).toEqual(items.map(keyAnswer));
  });

  it("uses Word's own numbering for questions and a fresh A, B, C… list per question", () => {
    const numbering = strFromU8(files["word/numbering.xml"]);
    expect(numbering).toContain('w:val="upperLetter"');
    expect(numbering).toContain('w:val="decimal"');
    // Each multiple-choice question's options are one list of their own (so each starts at A).
    const mcqs = items.filter((i) => i.shape === "options");
    expect(mcqs.length).toBeGreaterThan(1);
    const listOf = mcqs.map((item) => {
      const ids = new Set(paragraphs.filter((p) => p.numId && item.choices.map(oneLine).includes(p.text)).map((p) => p.numId));
      expect(ids.size).toBe(1);
      return [...ids][0];
    });
    expect(new Set(listOf).size).toBe(mcqs.length);
  });

  it("version B is shuffled, named -b, and its key follows its order", async () => {
    const b = await exportDocx(nastySet, { version: "B" });
    expect(b.filename).toMatch(/-worksheet-b\.docx$/);
    const bParagraphs = docxParagraphs(b.body as Uint8Array);
    const keyAt = (ps: typeof paragraphs) => ps.findIndex((p) => p.text.endsWith("answer key"));
    const answers = (ps: typeof paragraphs) => ps.slice(keyAt(ps) + 1).filter((p) => p.bold).map((p) => p.text);
    expect(answers(bParagraphs)).not.toEqual(answers(paragraphs));
    expect(answers(bParagraphs).map((a) => a.replace(/^[A-Z]\. /, "")).sort()).toEqual(answers(paragraphs).map((a) => a.replace(/^[A-Z]\. /, "")).sort());
  });

  it("sets the chosen paper size", async () => {
    expect(strFromU8(files["word/document.xml"])).toContain(`w:w="${PAGE_TWIPS.letter.width}"`);
    const a4 = unzipSync((await exportDocx(nastySet, { paper: "a4" })).body as Uint8Array);
    expect(strFromU8(a4["word/document.xml"])).toContain(`w:h="${PAGE_TWIPS.a4.height}"`);
  });
});
