// Stubs fetch at the network edge: each call is matched to "METHOD /path" and answered with a
// JSON body and status; every call is recorded with its parsed JSON body.
import { vi } from "vitest";

export type Reply = { status?: number; body?: unknown };
export type Routes = Record<string, Reply | ((body: unknown) => Reply)>;

export interface Call {
  route: string;
  body: unknown;
}

export function stubFetch(routes: Routes) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const route = `${(init.method ?? "GET").toUpperCase()} ${url.pathname}`;
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    calls.push({ route, body });
    const handler = routes[route];
    if (!handler) throw new Error(`unexpected request: ${route}`);
    const reply = typeof handler === "function" ? handler(body) : handler;
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { calls, fetch, to: (route: string) => calls.filter((c) => c.route === route) };
}
