import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, cookieFrom, guest, signIn, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { setRole } from "@/lib/db/users";
import * as myAttempts from "@/app/api/me/attempts/route";
import * as roleRoute from "@/app/api/admin/users/[id]/role/route";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
});
afterAll(async () => cleanup());

const role = async (email: string) => (await getDb().user.findUniqueOrThrow({ where: { email } })).role;

describe("accounts", () => {
  it("makes the first real account admin and later ones learners; guests never count as first", async () => {
    await guest();
    await signUp("first@example.com");
    await signUp("second@example.com");
    expect(await role("first@example.com")).toBe("admin");
    expect(await role("second@example.com")).toBe("learner");
  });

  it("gives FACTDECK_ADMIN_EMAIL the admin role", async () => {
    process.env.FACTDECK_ADMIN_EMAIL = "Boss@Example.com";
    try {
      await signUp("boss@example.com");
      await signUp("other@example.com");
      expect(await role("boss@example.com")).toBe("admin");
      expect(await role("other@example.com")).toBe("learner");
    } finally {
      delete process.env.FACTDECK_ADMIN_EMAIL;
    }
  });

  it("sets an httpOnly SameSite=Lax session cookie and rotates the session on each sign-in", async () => {
    const { POST } = await auth();
    await signUp("rotate@example.com");
    const a = await call(POST, "/api/auth/sign-in/email", { body: { email: "rotate@example.com", password: "correct horse 1" } });
    const b = await call(POST, "/api/auth/sign-in/email", { body: { email: "rotate@example.com", password: "correct horse 1" } });
    const setCookie = a.headers.getSetCookie().find((c) => c.includes("session_token"));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(cookieFrom(a)).not.toBe(cookieFrom(b));
    const sessions = await getDb().session.count({ where: { user: { email: "rotate@example.com" } } });
    expect(sessions).toBeGreaterThanOrEqual(3);
  });

  it("marks cookies Secure with the __Secure- prefix when served over https", async () => {
    const cache = globalThis as { factdeckAuth?: unknown };
    const saved = process.env.BETTER_AUTH_URL;
    process.env.BETTER_AUTH_URL = "https://factdeck.example";
    cache.factdeckAuth = undefined;
    try {
      const { POST } = await auth();
      const res = await call(POST, "https://factdeck.example/api/auth/sign-up/email", {
        body: { email: "https@example.com", password: "correct horse 1", name: "Secure" },
        origin: "https://factdeck.example",
      });
      expect(res.status).toBe(200);
      const session = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
      expect(session.startsWith("__Secure-")).toBe(true);
      expect(session).toMatch(/;\s*Secure/i);
    } finally {
      if (saved === undefined) delete process.env.BETTER_AUTH_URL;
      else process.env.BETTER_AUTH_URL = saved;
      cache.factdeckAuth = undefined;
    }
  });

  it("answers a wrong password with 401", async () => {
    const { POST } = await auth();
    await signUp("wrong@example.com");
    const res = await call(POST, "/api/auth/sign-in/email", { body: { email: "wrong@example.com", password: "nope nope nope" } });
    expect(res.status).toBe(401);
  });

  it("rate-limits repeated failures per account even when X-Forwarded-For changes every time", async () => {
    const { POST } = await auth();
    await signUp("target@example.com");
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await call(POST, "/api/auth/sign-in/email", {
        body: { email: "target@example.com", password: `guess-${i}-guess` },
        headers: { "x-forwarded-for": `203.0.113.${i + 1}` },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await call(POST, "/api/auth/sign-in/email", {
      body: { email: "target@example.com", password: "correct horse 1" },
      headers: { "x-forwarded-for": "198.51.100.7" },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The limit lives in the database, so another instance sees it too.
    const rows = await getDb().rateLimit.count({ where: { key: { startsWith: "signin:account:" } } });
    expect(rows).toBeGreaterThan(0);
  });

  it("refuses cross-origin sign-in with 403", async () => {
    const { POST } = await auth();
    await signUp("xorigin@example.com");
    const res = await call(POST, "/api/auth/sign-in/email", {
      body: { email: "xorigin@example.com", password: "correct horse 1" },
      origin: "https://evil.example",
    });
    expect(res.status).toBe(403);
  });

  it("answers malformed JSON with 400 problem+json and oversized bodies with 413", async () => {
    const { POST } = await auth();
    const bad = await call(POST, "/api/auth/sign-in/email", { rawBody: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    const big = await call(POST, "/api/auth/sign-up/email", {
      rawBody: JSON.stringify({ email: "big@example.com", password: "x".repeat(1_100_000), name: "b" }),
      headers: { "content-type": "application/json" },
    });
    expect(big.status).toBe(413);
  });

  it("keeps what a guest did when the guest signs up", async () => {
    const guestCookie = await guest();
    const { GET } = await auth();
    const session = await (await call(GET, "/api/auth/get-session", { cookie: guestCookie })).json();
    const guestId = session.user.id as string;
    await getDb().attempt.create({ data: { userId: guestId, mode: "PRACTICE", seed: 1, questionIds: "[]" } });
    const cookie = await signUp("converted@example.com", "correct horse 1", "Converted", guestCookie);
    const after = await (await call(GET, "/api/auth/get-session", { cookie })).json();
    expect(after.user.email).toBe("converted@example.com");
    expect(await getDb().attempt.count({ where: { userId: after.user.id } })).toBe(1);
    expect(await getDb().user.findUnique({ where: { id: guestId } })).toBeNull();
  });

  it("signs out", async () => {
    const { POST, GET } = await auth();
    const cookie = await signIn("second@example.com");
    const out = await call(POST, "/api/auth/sign-out", { body: {}, cookie });
    expect(out.status).toBe(200);
    const session = await (await call(GET, "/api/auth/get-session", { cookie: cookieFrom(out, cookie) })).json();
    expect(session).toBeNull();
  });
});

// Session lookups are cached per instance (lib/auth/session.ts); these prove the cache is there
// and that nothing done on this instance can be served stale from it.
describe("cached session lookups", () => {
  const history = (cookie: string) => call(myAttempts.GET as Parameters<typeof call>[0], "/api/me/attempts", { cookie });

  it("refuses a signed-out session at once", async () => {
    await signUp("cache-out@example.com");
    const cookie = await signIn("cache-out@example.com");
    expect((await history(cookie)).status).toBe(200); // now cached
    const { POST } = await auth();
    expect((await call(POST, "/api/auth/sign-out", { body: {}, cookie })).status).toBe(200);
    expect((await history(cookie)).status).toBe(401);
  });

  it("shows a role change on the very next request", async () => {
    const cookie = await signUp("cache-role@example.com");
    const me = await getDb().user.findUniqueOrThrow({ where: { email: "cache-role@example.com" } });
    const grant = () =>
      call(roleRoute.PUT as Parameters<typeof call>[0], `/api/admin/users/${me.id}/role`, { method: "PUT", body: { role: "learner" }, cookie, params: { id: me.id } });
    expect((await grant()).status).toBe(403); // a learner, and now cached as one
    await setRole(me.id, "admin");
    expect((await grant()).status).toBe(200);
    await getDb().user.update({ where: { id: me.id }, data: { role: "learner" } }); // a write straight to the table
    expect((await grant()).status).toBe(403);
  });

  it("reuses a lookup for FACTDECK_SESSION_CACHE_SECONDS; 0 looks up every request", async () => {
    const cookie = await signUp("cache-ttl@example.com");
    expect((await history(cookie)).status).toBe(200);
    // Another instance signs the session out: this one never sees the write, only its cache expiring.
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "cache-ttl@example.com" } });
    await getDb().$executeRaw`DELETE FROM "session" WHERE "userId" = ${user.id}`;
    expect((await history(cookie)).status).toBe(200);
    process.env.FACTDECK_SESSION_CACHE_SECONDS = "0";
    try {
      expect((await history(cookie)).status).toBe(401);
    } finally {
      delete process.env.FACTDECK_SESSION_CACHE_SECONDS;
    }
  });
});
