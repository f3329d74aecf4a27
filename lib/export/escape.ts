// Escaping shared by the HTML- and XML-based formats.

/** Characters XML 1.0 forbids outright (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters no XML or HTML consumer accepts; everything else passes through. */
export function stripForbiddenChars(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/** Text content and double-quoted attribute values for HTML and XML (named entities XML knows only). */
export function escapeMarkup(text: string): string {
  return stripForbiddenChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Escaped text with line breaks kept visible as `<br>` (void tag closed, so it is also valid XHTML). */
export function escapeMarkupLines(text: string): string {
  return escapeMarkup(text.replace(/\r\n?/g, "\n")).replace(/\n/g, "<br/>");
}

/**
 * Wraps content in CDATA. A literal `]]>` would end the section early, so it is split across two
 * sections: `]]` ends the first, `>` starts the second.
 */
export function cdata(text: string): string {
  return `<![CDATA[${stripForbiddenChars(text).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}
