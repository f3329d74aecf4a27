// The security headers of every response, written once: proxy.ts applies them to pages and static
// files, lib/api/handler.ts to the API's answers (a header the proxy adds to a passed-through
// request makes Next.js copy it onto the response at ~0.7 ms of CPU per call, a quarter of a
// rating's cost). Pages get a Content-Security-Policy with a fresh nonce per request
// (Next.js reads it from the request's CSP header and puts it on its own scripts; pages are rendered
// per request, since the root layout reads the session).

export type ResponseKind = "page" | "api" | "asset";

export interface HeaderOptions {
  kind: ResponseKind;
  /** Per-request nonce for pages' scripts and <style> elements. */
  nonce?: string;
  /** The public base URL (BETTER_AUTH_URL): HSTS only when it is https. */
  baseUrl: string;
  /** `next dev` needs eval for React's error overlays; production never does. */
  dev?: boolean;
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ kind, nonce, dev, baseUrl }: HeaderOptions): string {
  if (kind !== "page") {
    // JSON, files and assets render nothing: allow nothing, and nobody may frame them.
    return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  }
  if (!nonce) throw new Error("a page's CSP needs a nonce");
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd bootstrap loads (Next's chunks) are trusted; nothing inline
    // without the nonce. 'self' is ignored by browsers that understand strict-dynamic.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // <style>/<link> need the nonce or our origin (`next dev` injects un-nonced styles); style=""
    // attributes (React's inline styles) are allowed: they cannot run script.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps(baseUrl) ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (isHttps(options.baseUrl)) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}

const cache = globalThis as unknown as { factdeckApiHeaders?: { baseUrl: string; headers: Array<[string, string]> } };

/** An API answer's headers, built once per base URL (they hold no nonce). */
export function apiSecurityHeaders(baseUrl: string): ReadonlyArray<[string, string]> {
  if (cache.factdeckApiHeaders?.baseUrl !== baseUrl) {
    cache.factdeckApiHeaders = { baseUrl, headers: Object.entries(securityHeaders({ kind: "api", baseUrl })) };
  }
  return cache.factdeckApiHeaders.headers;
}
