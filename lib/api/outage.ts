// Pages during a database outage. Next.js answers a page whose render threw with 500, and a page
// cannot choose its own status; so proxy.ts asks first: one cheap probe per page request (concurrent
// requests share the probe in flight) and, while the database does not answer, a 503 page with
// Retry-After instead of a render. Once the probe answers again, pages render again: no restart.
// The probe is registered by instrumentation.ts on the server side, so the proxy's bundle never loads
// the database client; without one (tests, a bare proxy) every page is let through.
import { retryAfterSeconds } from "../config.ts";

type Probe = () => Promise<boolean>;
const shared = globalThis as unknown as { factdeckDatabaseProbe?: Probe; factdeckDatabaseProbeInFlight?: Promise<boolean> };

export function registerDatabaseProbe(probe: Probe | undefined): void {
  shared.factdeckDatabaseProbe = probe;
}

/** Whether the database answers right now (true when no probe is registered). */
export function databaseAnswers(): Promise<boolean> {
  const probe = shared.factdeckDatabaseProbe;
  if (!probe) return Promise.resolve(true);
  if (shared.factdeckDatabaseProbeInFlight) return shared.factdeckDatabaseProbeInFlight;
  const inFlight = probe()
    .catch(() => false)
    .finally(() => {
      if (shared.factdeckDatabaseProbeInFlight === inFlight) shared.factdeckDatabaseProbeInFlight = undefined;
    });
  shared.factdeckDatabaseProbeInFlight = inFlight;
  return inFlight;
}

/** The page a browser gets while the database is unreachable: 503, Retry-After, and it reloads itself. */
export function outagePage(nonce: string | undefined): Response {
  const seconds = retryAfterSeconds();
  const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d1d1f}h1{font-size:1.5rem}`;
  const html = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    // No script needed: the browser reloads the page itself once the wait is over.
    `<meta http-equiv="refresh" content="${seconds}">`,
    `<title>Factdeck is briefly unavailable</title>`,
    nonce ? `<style nonce="${nonce}">${style}</style>` : "",
    `</head><body><main><h1>Factdeck can't reach its database</h1>`,
    `<p>Try again in a moment: this page reloads by itself in ${seconds} seconds. Nothing you did caused this, and nothing was lost.</p>`,
    `</main></body></html>`,
  ].join("");
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(seconds), "cache-control": "no-store" },
  });
}
