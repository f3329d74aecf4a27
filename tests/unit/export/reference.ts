// Helpers for the export tests: where the shared reference material lives, whether xmllint is
// installed, and small readers for the files the exporters produce.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { FORMATS_DIR as SHARED_FORMATS_DIR } from "../../fixtures/shared-dir";

// ../shared/formats (tests/fixtures/shared-dir.ts says where); FACTDECK_FORMATS_DIR pointed at
// nothing checks that the tests skip cleanly.
export const FORMATS_DIR = SHARED_FORMATS_DIR;
export const QTI_DIR = join(FORMATS_DIR, "qti");
export const GIFT_CASES_DIR = join(FORMATS_DIR, "gift/cases/questions");
export const MOODLE_FIXTURES_DIR = join(FORMATS_DIR, "moodle-xml/fixtures");
export const ANKI_REFERENCE_APKG = join(FORMATS_DIR, "anki/update1.apkg");

export const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

export function unzipText(body: Uint8Array | string): Record<string, string> {
  if (typeof body === "string") throw new Error("expected a binary (zip) body");
  const files = unzipSync(body);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Writes files into a fresh temp folder, runs `fn`, removes the folder. */
export function withTempFiles<T>(files: Record<string, string | Uint8Array>, fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "factdeck-export-test-"));
  try {
    for (const [name, content] of Object.entries(files)) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface XmllintResult {
  ok: boolean;
  output: string;
}

/** Runs xmllint offline, resolving schema addresses through the QTI catalog when it is present. */
export function xmllint(args: string[], cwd?: string): XmllintResult {
  const catalog = join(QTI_DIR, "catalog.xml");
  const result = spawnSync("xmllint", ["--nonet", ...args], {
    cwd,
    env: existsSync(catalog) ? { ...process.env, XML_CATALOG_FILES: catalog } : process.env,
    encoding: "utf8",
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export interface ElementNode {
  name: string;
  attributes: string;
  children: ElementNode[];
}

/**
 * Element tree of a well-formed XML document, ignoring text, comments, CDATA and processing
 * instructions. Enough to compare our element layout with Moodle's fixtures.
 */
export function elementTree(xml: string): ElementNode {
  const cleaned = xml
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")
    .replace(/<\?[\s\S]*?\?>/g, "");
  const root: ElementNode = { name: "#document", attributes: "", children: [] };
  const stack: ElementNode[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>\/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (const m of cleaned.matchAll(tag)) {
    const [, closing, name, attributes, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`mismatched </${name}>`);
      continue;
    }
    const node: ElementNode = { name, attributes, children: [] };
    stack[stack.length - 1].children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  return root;
}

export function childNames(node: ElementNode): string[] {
  return node.children.map((c) => c.name);
}

export function attribute(node: ElementNode, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(node.attributes)?.[1];
}

export interface AikenQuestion {
  text: string;
  options: string[];
  /** Index of the option ANSWER names. */
  answer: number;
}

/**
 * Moodle's Aiken reader (question/format/aiken/format.php), rule for rule: lines trimmed; lines
 * under 2 characters skipped; /^[A-Z][).][ \t]/ is an option (text after the label, trimmed);
 * /^ANSWER:/ ends the question (first character after the colon, A = 0); any other line starts
 * the question's text.
 */
export function parseAiken(text: string): AikenQuestion[] {
  const out: AikenQuestion[] = [];
  let current: AikenQuestion = { text: "", options: [], answer: -1 };
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line.length < 2) continue;
    if (/^[A-Z][).][ \t]/.test(line)) {
      current.options.push(line.slice(2).trim());
    } else if (/^ANSWER:/.test(line)) {
      const letter = line.slice(line.indexOf(":") + 1).trim().slice(0, 1);
      current.answer = letter.charCodeAt(0) - 65;
      out.push(current);
      current = { text: "", options: [], answer: -1 };
    } else {
      current.text = line;
    }
  }
  return out;
}

/** The paragraphs of a .docx body: text and numbering id (numId), read from word/document.xml. */
export function docxParagraphs(body: Uint8Array): { text: string; numId: string | null; bold: boolean }[] {
  const xml = new TextDecoder().decode(unzipSync(body)["word/document.xml"]);
  const decode = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    text: [...m[1].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(""),
    numId: /<w:numId w:val="(\d+)"\/>/.exec(m[1])?.[1] ?? null,
    bold: /<w:b\/>|<w:b w:val="true"\/>/.test(m[1]),
  }));
}

/** Questions on the worksheet part: paragraphs in the first numbered list (before the page break). */
export function docxQuestionCount(body: Uint8Array): number {
  const paragraphs = docxParagraphs(body);
  const first = paragraphs.find((p) => p.numId)?.numId;
  const keyAt = paragraphs.findIndex((p) => p.text.endsWith("answer key"));
  return first ? paragraphs.slice(0, keyAt).filter((p) => p.numId === first).length : 0;
}
