// Markup → plain text: HTML tags and entities, markdown inline syntax, odd whitespace.
// Line structure is preserved (the furniture filter and the paragraph grouping work on lines).

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”",
  bdquo: "„", laquo: "«", raquo: "»", bull: "•", middot: "·", copy: "©", reg: "®", trade: "™",
  deg: "°", plusmn: "±", times: "×", divide: "÷", minus: "−", frac12: "½", frac14: "¼", frac34: "¾",
  sup2: "²", sup3: "³", micro: "µ", para: "¶", sect: "§", cent: "¢", pound: "£", euro: "€", yen: "¥",
  shy: "\u00ad", zwj: "\u200d", zwnj: "\u200c", prime: "′", Prime: "″", larr: "←", rarr: "→",
  aacute: "á", eacute: "é", iacute: "í", oacute: "ó", uacute: "ú", Aacute: "Á", Eacute: "É",
  Iacute: "Í", Oacute: "Ó", Uacute: "Ú", agrave: "à", egrave: "è", igrave: "ì", ograve: "ò",
  ugrave: "ù", acirc: "â", ecirc: "ê", icirc: "î", ocirc: "ô", ucirc: "û", auml: "ä", euml: "ë",
  iuml: "ï", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß", ccedil: "ç",
  Ccedil: "Ç", ntilde: "ñ", Ntilde: "Ñ", atilde: "ã", otilde: "õ", aring: "å", Aring: "Å",
  aelig: "æ", AElig: "Æ", oslash: "ø", Oslash: "Ø",
};

/** Decode HTML character references (named ones we know, and all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const BLOCK_TAGS =
  "p|div|section|article|aside|header|footer|nav|figure|figcaption|blockquote|ul|ol|li|table|tr|h[1-6]|pre|hr|main|dl|dt|dd";

/**
 * Remove every `open … close` span (case-insensitive). An unclosed span runs to the end of the
 * text. Linear: no regex backtracking over a megabyte of unclosed tags.
 */
function removeSpans(text: string, open: string, close: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let from = 0;
  for (;;) {
    const start = lower.indexOf(open, from);
    if (start < 0) return out + text.slice(from);
    out += text.slice(from, start);
    const end = lower.indexOf(close, start + open.length);
    if (end < 0) return out;
    from = end + close.length;
  }
}

/** Strip HTML: drop scripts, styles and comments; block elements become paragraph breaks. */
export function stripHtml(text: string): string {
  if (!/<[A-Za-z!/]/.test(text)) return text;
  let out = removeSpans(text, "<!--", "-->");
  for (const tag of ["script", "style", "noscript", "template", "svg"]) out = removeSpans(out, `<${tag}`, `</${tag}>`);
  return (
    out
      // An HTML heading becomes a markdown heading, which the cleaner drops like any heading.
      .replace(/<h[1-6]\b[^<>]{0,500}>((?:(?!<\/?h[1-6])[^]){0,1000}?)<\/h[1-6]\s*>/gi, (_m, inner: string) => `\n\n# ${inner.replace(/\s+/g, " ")}\n\n`)
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^<>]{0,2000}>`, "gi"), "\n\n")
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,2000})?\/?>/g, "")
  );
}

/** Markdown inline syntax → plain text, for one line. */
export function stripInlineMarkdown(line: string): string {
  // Every repetition is bounded and brackets cannot nest, so a pathological line stays linear.
  return (
    line
      .replace(/!\[[^[\]\n]{0,500}\]\([^()\s]{0,2048}(?:\s+"[^"\n]{0,300}")?\)/g, "") // images
      .replace(/\[\^[^[\]\s]{1,100}\]/g, "") // footnote references
      .replace(/\[([^[\]\n]{1,500})\]\((?:[^()[\]\s]|\([^()[\]\s]{0,200}\)){0,2048}(?:\s+"[^"\n]{0,300}")?\)/g, "$1") // [text](url "title")
      .replace(/\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g, "$1") // [text][ref]
      .replace(/<(?:https?:\/\/|mailto:)[^<>\s]{1,2048}>/g, "") // autolinks
      .replace(/\[(?:\d{1,3}|citation needed|clarification needed)\]/gi, "") // pasted encyclopedia markers
      .replace(/`([^`\n]{1,500})`/g, "$1")
      .replace(/\*\*(?=\S)([^*\n]{0,500}?\S)\*\*/g, "$1")
      .replace(/__(?=\S)([^_\n]{0,500}?\S)__/g, "$1")
      .replace(/~~(?=\S)([^~\n]{0,500}?\S)~~/g, "$1")
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]{0,500}?\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]{0,500}?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
  );
}

/** Normalise spaces within a line: exotic spaces → " ", invisible characters dropped, runs collapsed. */
export function normalizeSpaces(line: string): string {
  return line
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}
