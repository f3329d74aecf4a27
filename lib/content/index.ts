// Public API of lib/content: raw text / markdown → clean Article. Pure (no I/O, no clock).
export { splitSentences, splitParagraph, PARAGRAPH_SEPARATOR } from "./sentences";
export { parseArticleFile, parseArticleText, checksumOf, firstInvalidUtf8Byte, MAX_ARTICLE_BYTES } from "./parse";
export type { ContentError, ParseResult } from "./parse";
export { cleanBody, readBody, dropUnmatchedEdgeQuotes, takeTitleLine } from "./body";
export { removeFurniture, removeFurnitureLines, furnitureMask, isFurnitureLine, isSectionHeader } from "./furniture";
export { slugify, slugFromPath, articleSlug } from "./slug";
export { decodeEntities, stripHtml, stripInlineMarkdown, normalizeSpaces } from "./markup";
