// Stubs fetch at the network edge: each call is matched to "METHOD /path" and answered with a
// JSON body (or a raw one, e.g. a file) and status; every call is recorded with its parsed JSON body
// (a multipart body as the FormData itself) and the headers it was sent with.
import { vi } from "vitest";

export type Reply = { status?: number; body?: unknown; raw?: BodyInit; headers?: Record<string, string> };
export type Routes = Record<string, Reply | ((body: unknown) => Reply)>;

export interface Call {
  route: string;
  body: unknown;
}

/** A call with what else it carried (kept apart so `calls` compares as { route, body }). */
export interface SentRequest extends Call {
  query: Record<string, string>;
  headers: Headers;
}

export function stubFetch(routes: Routes) {
  const calls: Call[] = [];
  const requests: SentRequest[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const route = `${(init.method ?? "GET").toUpperCase()} ${url.pathname}`;
    const body = typeof init.body === "string" ? JSON.parse(init.body) : init.body instanceof FormData ? init.body : undefined;
    calls.push({ route, body });
    requests.push({ route, body, query: Object.fromEntries(url.searchParams), headers: new Headers(init.headers) });
    const handler = routes[route];
    if (!handler) throw new Error(`unexpected request: ${route}`);
    const reply = typeof handler === "function" ? handler(body) : handler;
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : (reply.raw ?? JSON.stringify(reply.body ?? {})), {
      status,
      headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json", ...reply.headers },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { calls, requests, fetch, to: (route: string) => calls.filter((c) => c.route === route) };
}
