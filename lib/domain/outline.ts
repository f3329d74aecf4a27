// The article page's blocks: paragraphs with the file's headings between them and runs of list
// items gathered into lists. Pure: the page maps blocks to elements.
import type { ArticleOutline } from "./types";

export type ArticleBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] };

/** No headings and no list items: a plain text, or an article stored before outlines were kept. */
export const noOutline = (): ArticleOutline => ({ headings: [], listItems: [] });

export function articleBlocks(paragraphs: readonly string[], outline: ArticleOutline | undefined): ArticleBlock[] {
  const headingsBefore = new Map<number, ArticleOutline["headings"]>();
  for (const h of outline?.headings ?? []) headingsBefore.set(h.paragraph, [...(headingsBefore.get(h.paragraph) ?? []), h]);
  const items = new Set(outline?.listItems ?? []);
  const blocks: ArticleBlock[] = [];
  paragraphs.forEach((text, i) => {
    for (const h of headingsBefore.get(i) ?? []) blocks.push({ kind: "heading", level: h.level, text: h.text });
    const last = blocks[blocks.length - 1];
    if (!items.has(i)) blocks.push({ kind: "paragraph", text });
    else if (last?.kind === "list") last.items.push(text);
    else blocks.push({ kind: "list", items: [text] });
  });
  return blocks;
}
