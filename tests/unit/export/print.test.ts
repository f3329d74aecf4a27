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

describe("print options: paper, versions, answer grid", () => {
  it("sets the paper size, and prints the footer in the page margin, never as a fixed block over the text", () => {
    expect(exportPrint(nastySet, "worksheet", { paper: "letter" }).body).toMatch(/@page \{\s*size: letter;/);
    expect(sheetHtml).toMatch(/@page \{\s*size: A4;/);
    for (const html of [sheetHtml, keyHtml]) {
      expect(html).not.toMatch(/position:\s*fixed/);
      expect(html).toMatch(/@bottom-right \{ content: "Page " counter\(page\)/);
    }
  });

  it("prints the source sentence once in the key, even when the explanation quotes it", () => {
    const sentence = "Iraq's parliament voted in 2020 to end the coalition's mission.";
    const q = { ...nastySet.questions[6], explanation: `The article says: “${sentence}”`, sourceSentence: sentence };
    const html = exportPrint({ ...nastySet, questions: [q] }, "key").body as string;
    expect(html.split(escapeMarkup(sentence)).length - 1).toBe(1);
  });

  it("version B shuffles questions and options the same way every time, and its key and grid match", () => {
    const b = exportPrint(nastySet, "worksheet", { version: "B" });
    const bKey = exportPrint(nastySet, "key", { version: "B" });
    const bGrid = exportPrint(nastySet, "grid", { version: "B" });
    expect(b.filename).toMatch(/-worksheet-b\.html$/);
    expect(exportPrint(nastySet, "worksheet", { version: "B" }).body).toBe(b.body);
    const prompts = (html: string) => questionBlocks(html).map((blk) => /<p class="prompt"[^>]*>([\s\S]*?)<\/p>/.exec(blk)![1]);
    const aOrder = prompts(sheetHtml);
    const bOrder = prompts(b.body as string);
    expect(bOrder).not.toEqual(aOrder);
    expect([...bOrder].sort()).toEqual([...aOrder].sort());
    expect(prompts(bKey.body as string)).toEqual(bOrder);
    expect(b.body).toContain("Version B");
    // Each multiple-choice answer in B's key is the right option, under its B letter.
    questionBlocks(b.body as string).forEach((blk, i) => {
      const options = [...blk.matchAll(/<li dir="auto">([\s\S]*?)<\/li>/g)].map((m) => m[1]);
      if (options.length < 3) return;
      const keyAnswer = /<p class="answer"[^>]*>([A-Z])\. ([\s\S]*?)<\/p>/.exec(questionBlocks(bKey.body as string)[i])!;
      expect(options[keyAnswer[1].charCodeAt(0) - 65]).toBe(keyAnswer[2]);
      const grid = [...(bGrid.body as string).matchAll(/<span class="n">(\d+)\.<\/span><span class="a" dir="auto">([^<]*)<\/span>/g)];
      expect(grid[i][2]).toBe(keyAnswer[1]);
    });
  });

  it("the grid lists every answer, one short entry each, in a three-column list", () => {
    const grid = exportPrint(nastySet, "grid").body as string;
    const entries = [...grid.matchAll(/<li><span class="n">(\d+)\.<\/span><span class="a" dir="auto">([^<]*)<\/span><\/li>/g)];
    expect(entries.map((e) => Number(e[1]))).toEqual(items.map((_, i) => i + 1));
    expect(grid).toContain('<ol class="grid" style="columns: 3; font-size: 10pt">');
    for (const e of entries) expect(Array.from(e[2]).length).toBeLessThanOrEqual(28 + 10);
  });
});
