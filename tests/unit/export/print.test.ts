import { describe, expect, it } from "vitest";
import { escapeMarkup } from "@/lib/export/escape";
import { exportPrint } from "@/lib/export/print";
import { prepareSet } from "@/lib/export/prepared-question";
import { alwaysSkippedKeys, nastySet } from "@/tests/fixtures/export/nasty-set";

const items = prepareSet(nastySet).items;
const sheet = exportPrint(nastySet, "worksheet");
const key = exportPrint(nastySet, "key");
const sheetHtml = sheet.body as string;
const keyHtml = key.body as string;

/** The <li> blocks of the question list, in order. */
function questionBlocks(html: string): string[] {
  const list = /<ol class="questions">([\s\S]*?)\n<\/ol>/.exec(html)![1];
  return list.split(/\n(?=<li>)/).filter((b) => b.startsWith("<li>"));
}

describe("print worksheet and answer key", () => {
  it("are complete HTML documents with print CSS and a name/date header on the worksheet", () => {
    for (const html of [sheetHtml, keyHtml]) {
      expect(html.startsWith("<!DOCTYPE html>\n<html")).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain("@media print");
      expect(html).toMatch(/break-inside: avoid/);
    }
    expect(sheetHtml).toMatch(/<span>Name:<\/span><span>Date:<\/span>/);
    expect(keyHtml).not.toContain("Name:");
    expect(sheet.filename).not.toBe(key.filename);
  });

  it("number the same questions in the same order", () => {
    const sheetBlocks = questionBlocks(sheetHtml);
    const keyBlocks = questionBlocks(keyHtml);
    expect(sheetBlocks).toHaveLength(items.length);
    expect(keyBlocks).toHaveLength(items.length);
    expect(sheet.skipped.map((s) => s.key)).toEqual(alwaysSkippedKeys);
    items.forEach((item, i) => {
      const prompt = /<p class="prompt"[^>]*>([\s\S]*?)<\/p>/;
      expect(prompt.exec(sheetBlocks[i])![1]).toBe(prompt.exec(keyBlocks[i])![1]);
      if (item.question.type === "MCQ") {
        expect(sheetBlocks[i].match(/<li dir="auto">/g)).toHaveLength(item.choices.length);
      }
    });
  });

  it("shows answers only in the key", () => {
    items.forEach((item, i) => {
      const keyBlock = questionBlocks(keyHtml)[i];
      const sheetBlock = questionBlocks(sheetHtml)[i];
      expect(keyBlock).toContain('class="answer"');
      expect(sheetBlock).not.toContain('class="answer"');
      if (item.question.type === "CLOZE" || item.question.type === "SHORT_ANSWER") {
        expect(keyBlock).toContain(escapeMarkup(item.typedAnswers[0]));
        expect(sheetBlock).not.toContain(escapeMarkup(item.typedAnswers[0]));
      }
      if (item.question.sourceSentence) expect(keyBlock).toContain(escapeMarkup(item.question.sourceSentence));
    });
  });

  it("escapes all content: no script runs, no markup from questions survives", () => {
    for (const html of [sheetHtml, keyHtml]) {
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).not.toContain("<b>bold</b>");
      expect(html).toContain(escapeMarkup(nastySet.title.trim()));
    }
  });

  it("lets right-to-left text set its own direction", () => {
    const rtl = items.findIndex((i) => i.question.key === "k-short-rtl");
    expect(questionBlocks(sheetHtml)[rtl]).toContain('<p class="prompt" dir="auto">ما هي عاصمة العراق؟</p>');
  });
});
