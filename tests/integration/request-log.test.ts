// One JSON log line per request (issue 13): API handlers and better-auth's routes alike carry an
// X-Request-Id and write a line with that id, the route, the status and the duration. (Pages, static
// files and unknown paths get theirs from the server's response hook: tests/integration/faults-db.test.ts
// reads them from a running server.)
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, cookieFrom } from "./helpers/http";
import * as articles from "@/app/api/articles/route";
import { flushLogLines } from "@/lib/api/log";

let cleanup: () => Promise<void>;
let lines: string[] = [];
const write = process.stdout.write.bind(process.stdout);
const savedLevel = process.env.FACTDECK_LOG_LEVEL;

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  process.env.FACTDECK_LOG_LEVEL = "info";
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = String(chunk);
    // Lines of one event-loop turn arrive in one write (lib/api/log.ts batches them).
    if (text.startsWith("{")) lines.push(...text.split("\n").filter(Boolean));
    else return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  flushLogLines();
  lines = [];
});
afterAll(async () => {
  process.stdout.write = write;
  if (savedLevel === undefined) delete process.env.FACTDECK_LOG_LEVEL;
  else process.env.FACTDECK_LOG_LEVEL = savedLevel;
  await cleanup();
});

const logged = () => (flushLogLines(), lines).map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === "request");

describe("request log lines", () => {
  it("better-auth's routes: one line each, with the id the response carries, the endpoint, status and duration", async () => {
    const { GET, POST } = await auth();
    const signUp = await call(POST, "/api/auth/sign-up/email", { body: { email: "logged@example.com", password: "correct horse 1", name: "L" } });
    const session = await call(GET, "/api/auth/get-session", { cookie: cookieFrom(signUp) });
    const wrong = await call(POST, "/api/auth/sign-in/email", { body: { email: "logged@example.com", password: "not the password" } });
    const junk = await call(POST, "/api/auth/no-such-endpoint-" + "x".repeat(20), { body: {} });
    const responses = [signUp, session, wrong, junk];
    for (const r of responses) expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const got = logged();
    expect(got).toHaveLength(4);
    expect(got.map((l) => [l.requestId, l.method, l.route, l.status])).toEqual([
      [signUp.headers.get("x-request-id"), "POST", "/api/auth/sign-up/email", 200],
      [session.headers.get("x-request-id"), "GET", "/api/auth/get-session", 200],
      [wrong.headers.get("x-request-id"), "POST", "/api/auth/sign-in/email", 401],
      // An endpoint better-auth does not have is not a route of its own in the logs.
      [junk.headers.get("x-request-id"), "POST", "/api/auth/{...all}", junk.status],
    ]);
    for (const l of got) expect(typeof l.durationMs).toBe("number");
  });

  it("API route handlers: one line with the route pattern", async () => {
    const res = await call(articles.GET as Parameters<typeof call>[0], "/api/articles");
    expect(logged()).toEqual([expect.objectContaining({ requestId: res.headers.get("x-request-id"), method: "GET", route: "/api/articles", status: 200 })]);
  });
});
