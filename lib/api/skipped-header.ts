// The X-Factdeck-Skipped header of an export response: URL-encoded JSON of the skipped items.
import type { SkippedQuestion } from "../export/types.ts";

/** Proxies commonly refuse response headers over 8 KB: shorten the prompts, then list fewer
 * items with a final "and N more" entry. The reason is what the teacher needs most. */
const HEADER_BUDGET = 7_000;

export function skippedHeader(skipped: SkippedQuestion[]): string {
  for (const limit of [160, 60]) {
    const short = skipped.map((s) => ({ ...s, prompt: s.prompt.length > limit ? `${s.prompt.slice(0, limit - 1)}…` : s.prompt }));
    const encoded = encodeURIComponent(JSON.stringify(short));
    if (encoded.length <= HEADER_BUDGET || limit === 60) {
      if (encoded.length <= HEADER_BUDGET) return encoded;
      for (let n = short.length - 1; n > 0; n--) {
        const cut = [...short.slice(0, n), { key: "", prompt: "", reason: `and ${short.length - n} more` }];
        const text = encodeURIComponent(JSON.stringify(cut));
        if (text.length <= HEADER_BUDGET) return text;
      }
    }
  }
  return encodeURIComponent(JSON.stringify([{ key: "", prompt: "", reason: `${skipped.length} questions left out` }]));
}

/** `Content-Disposition` for a download: an ASCII fallback and the UTF-8 name. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
