// The server's response hook (installed by instrumentation.ts): one JSON log line for every response
// nobody else logged — pages (whose status Next.js decides after the render), static files, paths no
// route matches. API routes and the proxy's own answers log themselves (lib/api/log.ts) and are
// skipped here by their request id. Node's http diagnostics channels see every request the server
// answers without patching anything.
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { alreadyLogged, assignRequestId, REQUEST_ID_HEADER, writeLogLine } from "./log.ts";
import { routeOfPath } from "./route-table.ts";

interface HttpMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

const shared = globalThis as unknown as { factdeckAccessLog?: boolean; factdeckRequestStarts?: WeakMap<ServerResponse, number> };

export function installAccessLog(): void {
  if (shared.factdeckAccessLog) return;
  shared.factdeckAccessLog = true;
  const starts = (shared.factdeckRequestStarts ??= new WeakMap());
  diagnostics.subscribe("http.server.request.start", (message) => {
    starts.set((message as HttpMessage).response, performance.now());
  });
  diagnostics.subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as HttpMessage;
    const header = response.getHeader(REQUEST_ID_HEADER);
    const requestId = typeof header === "string" ? header : assignRequestId(null);
    if (alreadyLogged(requestId)) return;
    const started = starts.get(response);
    const pathname = (request.url ?? "/").split("?")[0];
    const route = routeOfPath(pathname);
    writeLogLine(
      {
        requestId,
        method: request.method ?? "GET",
        route,
        status: response.statusCode,
        durationMs: started === undefined ? 0 : Math.round((performance.now() - started) * 10) / 10,
      },
      // Static files and Next's internals are many per page view: there when asked for (debug).
      route.startsWith("/_next/") && response.statusCode < 400 ? "debug" : undefined,
    );
  });
}
