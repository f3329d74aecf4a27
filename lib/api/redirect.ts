// Where to go after signing in or up: only a path on this site. `next` comes from the query string,
// so anyone can craft it; "//evil.example", "/\evil.example" and "/.//evil.example" all start with
// "/" yet leave the site once a browser (or URL normalisation) has read them.

const BASE = "http://factdeck.invalid";

/** `next` when it is a path on this origin (normalised), else `fallback`. */
export function sameOriginPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/")) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines inside URLs: refuse both outright.
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Dot segments can collapse into a protocol-relative path ("/.//evil.example" → "//evil.example").
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
