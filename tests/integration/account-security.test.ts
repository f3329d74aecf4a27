// Issue 13 item 8: lockout that cannot be weaponised, reset links, uniform sign-up, password change,
// and better-auth's errors as problem+json.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, cookieFrom, guest, signIn, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { mailQueueDrained } from "@/lib/auth/mail";
import * as resetLinkRoute from "@/app/api/admin/users/[id]/reset-link/route";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  delete process.env.FACTDECK_TRUSTED_PROXIES;
  delete process.env.FACTDECK_SMTP_URL;
  ({ cleanup } = await useFreshDatabase());
  await signUp("admin@example.com"); // the first account is the admin
});
afterAll(async () => cleanup());

const userId = async (email: string) => (await getDb().user.findUniqueOrThrow({ where: { email } })).id;
const signInRaw = async (email: string, password: string, extra: { cookie?: string; headers?: Record<string, string> } = {}) =>
  call((await auth()).POST, "/api/auth/sign-in/email", { body: { email, password }, ...extra });
const sessionOf = async (cookie: string) => (await call((await auth()).GET, "/api/auth/get-session", { cookie })).json();
/** Moves every sign-in streak of the test's accounts `ms` into the past, as if that time had passed. */
const age = async (ms: number) => getDb().$executeRaw`UPDATE "rateLimit" SET "lastRequest" = "lastRequest" - ${BigInt(ms)} WHERE "key" LIKE 'signin:%'`;
const issueLink = async (cookie: string, id: string) =>
  call(resetLinkRoute.POST as Parameters<typeof call>[0], `/api/admin/users/${id}/reset-link`, { method: "POST", cookie, params: { id } });

describe("sign-in delays", () => {
  it("doubles the wait after five failures and says how long, in seconds", async () => {
    await signUp("progress@example.com");
    for (let i = 0; i < 5; i++) expect((await signInRaw("progress@example.com", `wrong-${i}-wrong`)).status).toBe(401);
    const first = await signInRaw("progress@example.com", "correct horse 1");
    expect(first.status).toBe(429);
    expect(first.headers.get("content-type")).toContain("application/problem+json");
    const body = await first.json();
    expect(body.retryAfter).toBe(10);
    expect(first.headers.get("retry-after")).toBe("10");
    expect(body.detail).toMatch(/Try again in 10 s\./);

    await age(11_000); // the 10 s pass: one more try is heard, and fails
    expect((await signInRaw("progress@example.com", "wrong-6-wrong")).status).toBe(401);
    const second = await (await signInRaw("progress@example.com", "correct horse 1")).json();
    expect(second.retryAfter).toBe(20);
    await age(21_000);
    expect((await signInRaw("progress@example.com", "wrong-7-wrong")).status).toBe(401);
    expect((await (await signInRaw("progress@example.com", "x-wrong-x")).json()).retryAfter).toBe(40);
    // Once the wait is over, the right password gets in and the streak is gone.
    await age(41_000);
    expect((await signInRaw("progress@example.com", "correct horse 1")).status).toBe(200);
    expect((await signInRaw("progress@example.com", "wrong-8-wrong")).status).toBe(401);
  });

  it("hears only the free tries, then one attempt per wait, from guesses sent in parallel", async () => {
    await signUp("flood@example.com");
    const flood = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => signInRaw("flood@example.com", `flood-${i}-flood`)));
    const first = (await flood(10)).map((r) => r.status);
    expect(first.filter((s) => s === 401)).toHaveLength(5);
    expect(first.filter((s) => s === 429)).toHaveLength(5);
    await age(10 * 60_000); // every wait so far is over
    const second = (await flood(6)).map((r) => r.status);
    expect(second.filter((s) => s === 401)).toHaveLength(1);
    expect(second.filter((s) => s === 429)).toHaveLength(5);
  });

  it("caps the account's wait at five minutes however long the attack", async () => {
    await signUp("capped@example.com");
    for (let i = 0; i < 5; i++) await signInRaw("capped@example.com", `wrong-${i}-wrong`);
    await getDb().$executeRaw`UPDATE "rateLimit" SET "count" = 500 WHERE "key" LIKE 'signin:account:%' AND "count" >= 5`;
    const res = await signInRaw("capped@example.com", "correct horse 1");
    expect(res.status).toBe(429);
    expect((await res.json()).retryAfter).toBeLessThanOrEqual(300);
  });

  it("lets the owner's own browser in with the right password while an attacker holds the account", async () => {
    await signUp("teacher@example.com");
    const owner = await signInRaw("teacher@example.com", "correct horse 1");
    expect(owner.status).toBe(200);
    const device = owner.headers.getSetCookie().find((c) => c.startsWith("factdeck_device="))!;
    expect(device).toMatch(/HttpOnly/i);
    const ownerCookie = cookieFrom(owner);
    // The attacker, from anywhere, runs the account into a wait.
    for (let i = 0; i < 8; i++) await signInRaw("teacher@example.com", `guess-${i}-guess`);
    expect((await signInRaw("teacher@example.com", "correct horse 1")).status).toBe(429);
    // The owner's browser is not held by those failures.
    const again = await signInRaw("teacher@example.com", "correct horse 1", { cookie: ownerCookie });
    expect(again.status).toBe(200);
    // A device token is bound to its account: it does not lift another account's wait.
    await signUp("other-teacher@example.com");
    for (let i = 0; i < 6; i++) await signInRaw("other-teacher@example.com", `guess-${i}-guess`);
    expect((await signInRaw("other-teacher@example.com", "correct horse 1", { cookie: ownerCookie })).status).toBe(429);
    // …and a forged token is worth nothing.
    const forged = `factdeck_device=${"A".repeat(22)}.${"B".repeat(32)}`;
    expect((await signInRaw("teacher@example.com", "correct horse 1", { cookie: forged })).status).toBe(429);
  });

  it("holds a known browser to its own failures", async () => {
    await signUp("own@example.com");
    const cookie = cookieFrom(await signInRaw("own@example.com", "correct horse 1"));
    for (let i = 0; i < 5; i++) expect((await signInRaw("own@example.com", `wrong-${i}-wrong`, { cookie })).status).toBe(401);
    expect((await signInRaw("own@example.com", "correct horse 1", { cookie })).status).toBe(429);
  });

  it("behind a trusted proxy, slows the guessing address across accounts and not other addresses on the account's own count", async () => {
    process.env.FACTDECK_TRUSTED_PROXIES = "1";
    try {
      await signUp("proxied@example.com");
      const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
      for (let i = 0; i < 5; i++) await signInRaw("proxied@example.com", `guess-${i}-guess`, from("203.0.113.9"));
      const attacker = await signInRaw("proxied@example.com", "guess-x-guess", from("203.0.113.9"));
      expect(attacker.status).toBe(429);
      // A different address from an unknown browser waits only the account's (capped) delay…
      const other = await signInRaw("proxied@example.com", "correct horse 1", from("198.51.100.20"));
      expect(other.status).toBe(429);
      expect((await other.json()).retryAfter).toBeLessThanOrEqual(300);
      // …and once that short wait is over it gets in, while the attacker's address still waits
      // (CLIENT_DELAY counts the attacker's own streak too).
      await age(11_000);
      expect((await signInRaw("proxied@example.com", "correct horse 1", from("198.51.100.20"))).status).toBe(200);
    } finally {
      delete process.env.FACTDECK_TRUSTED_PROXIES;
    }
  });
});

describe("password reset links", () => {
  it("an admin issues a one-time link; it sets a new password once, ends old sessions and clears the wait", async () => {
    const adminCookie = await signIn("admin@example.com");
    await signUp("forgetful@example.com");
    const oldSession = await signIn("forgetful@example.com");
    for (let i = 0; i < 6; i++) await signInRaw("forgetful@example.com", `wrong-${i}-wrong`);
    expect((await signInRaw("forgetful@example.com", "correct horse 1")).status).toBe(429);

    const res = await issueLink(adminCookie, await userId("forgetful@example.com"));
    expect(res.status).toBe(200);
    const { url, expiresAt } = await res.json();
    expect(url).toMatch(/^http:\/\/localhost:\d+\/reset-password\?token=[A-Za-z0-9_-]{20,}$/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    const token = new URL(url).searchParams.get("token")!;

    const { POST } = await auth();
    const used = await call(POST, "/api/auth/reset-password", { body: { token, newPassword: "a brand new one" } });
    expect(used.status).toBe(200);
    expect(await sessionOf(oldSession)).toBeNull(); // sessions signed in with the old password end
    expect((await signInRaw("forgetful@example.com", "correct horse 1")).status).toBe(401); // and the wait is gone
    expect((await signInRaw("forgetful@example.com", "a brand new one")).status).toBe(200);

    const again = await call(POST, "/api/auth/reset-password", { body: { token, newPassword: "yet another one" } });
    expect(again.status).toBe(400);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    expect((await again.json()).errors).toEqual([{ field: "token", message: "Invalid token" }]);
  });

  it("refuses an expired link", async () => {
    const adminCookie = await signIn("admin@example.com");
    await signUp("late@example.com");
    const { url } = await (await issueLink(adminCookie, await userId("late@example.com"))).json();
    const token = new URL(url).searchParams.get("token")!;
    await getDb().verification.updateMany({ where: { identifier: `reset-password:${token}` }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await call((await auth()).POST, "/api/auth/reset-password", { body: { token, newPassword: "a brand new one" } });
    expect(res.status).toBe(400);
    expect((await signInRaw("late@example.com", "correct horse 1")).status).toBe(200);
  });

  it("only an admin issues links, and only for real accounts", async () => {
    const learner = await signUp("nosy@example.com");
    const target = await userId("forgetful@example.com");
    expect((await issueLink(learner, target)).status).toBe(403);
    expect((await issueLink("", target)).status).toBe(401);
    const adminCookie = await signIn("admin@example.com");
    expect((await issueLink(adminCookie, "no-such-user")).status).toBe(404);
    expect(await getDb().verification.count({ where: { value: target, expiresAt: { gt: new Date() } } })).toBe(0);
  });

  it("forgot-password is off without SMTP, and e-mails a link when FACTDECK_SMTP_URL is set, answering alike for unknown emails", async () => {
    const { POST } = await auth();
    const off = await call(POST, "/api/auth/request-password-reset", { body: { email: "forgetful@example.com" } });
    expect(off.status).toBe(404);
    expect(off.headers.get("content-type")).toContain("application/problem+json");

    process.env.FACTDECK_SMTP_URL = "smtp://mail.invalid:2525";
    const slot = globalThis as { factdeckMailTransport?: unknown };
    const sent: { to: string; text: string }[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const send = transport.sendMail.bind(transport);
    slot.factdeckMailTransport = Object.assign(transport, {
      sendMail: async (mail: { to: string; text: string }) => {
        sent.push({ to: mail.to, text: mail.text });
        return send(mail);
      },
    });
    try {
      const known = await call(POST, "/api/auth/request-password-reset", { body: { email: "forgetful@example.com" } });
      const unknown = await call(POST, "/api/auth/request-password-reset", { body: { email: "nobody@example.com" } });
      expect(known.status).toBe(200);
      expect(unknown.status).toBe(200);
      expect(await known.json()).toEqual(await unknown.json());
      await mailQueueDrained();
      expect(sent.map((m) => m.to)).toEqual(["forgetful@example.com"]);
      const link = sent[0].text.match(/http:\/\/\S+\/reset-password\?token=\S+/)![0];
      const token = new URL(link).searchParams.get("token")!;
      expect((await call(POST, "/api/auth/reset-password", { body: { token, newPassword: "mailed new one" } })).status).toBe(200);
      expect((await signInRaw("forgetful@example.com", "mailed new one")).status).toBe(200);
    } finally {
      delete process.env.FACTDECK_SMTP_URL;
      slot.factdeckMailTransport = undefined;
    }
  });
});

/** What a client can see of a response without knowing any secret: status, header names, body
 * keys, and each cookie's name, value format and attributes. */
async function visibleShape(res: Response) {
  const body = await res.json();
  return {
    status: res.status,
    headers: [...res.headers.keys()].sort(),
    contentType: res.headers.get("content-type"),
    body: Object.keys(body).sort(),
    user: Object.keys(body.user ?? {}).sort(),
    token: body.token,
    cookies: res.headers.getSetCookie().map((c) => {
      const [pair, ...attributes] = c.split("; ");
      const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
      return { name, value: decodeURIComponent(value).replace(/[A-Za-z0-9+/]/g, "x"), attributes };
    }),
  };
}

describe("sign-up", () => {
  it("answers a taken email exactly like a new one — status, headers, body, cookie shape — and signs in only the new one", async () => {
    const { POST } = await auth();
    const fresh = await call(POST, "/api/auth/sign-up/email", { body: { email: "brand-new@example.com", password: "some password", name: "N" } });
    const taken = await call(POST, "/api/auth/sign-up/email", { body: { email: "admin@example.com", password: "some password", name: "N" } });
    expect(fresh.status).toBe(200);
    const [a, b] = [await visibleShape(fresh.clone()), await visibleShape(taken.clone())];
    expect(a.cookies).toHaveLength(1);
    expect(b).toEqual(a);
    expect(a.token).toBeNull();
    expect((await sessionOf(cookieFrom(fresh))).user.email).toBe("brand-new@example.com");
    // The taken email's cookie looks the same and names no session.
    expect(await sessionOf(cookieFrom(taken))).toBeNull();
    // The existing account is untouched.
    expect((await signInRaw("admin@example.com", "correct horse 1")).status).toBe(200);
    expect(await getDb().user.count({ where: { email: "admin@example.com" } })).toBe(1);
  });

  it("keeps a guest who tries a taken email the guest they were, with the same answer a new email gets", async () => {
    const { POST } = await auth();
    const guestCookie = await guest();
    const guestId = (await sessionOf(guestCookie)).user.id;
    const fresh = await call(POST, "/api/auth/sign-up/email", { body: { email: "guest-new@example.com", password: "some password", name: "N" }, cookie: await guest() });
    const taken = await call(POST, "/api/auth/sign-up/email", { body: { email: "admin@example.com", password: "some password", name: "N" }, cookie: guestCookie });
    expect(await visibleShape(taken.clone())).toEqual(await visibleShape(fresh.clone()));
    expect((await sessionOf(cookieFrom(taken, guestCookie))).user.id).toBe(guestId);
  });
});

describe("change password", () => {
  it("changes it with the current one and signs out every other session", async () => {
    await signUp("mover@example.com");
    const laptop = await signIn("mover@example.com");
    const phone = await signIn("mover@example.com");
    const { POST } = await auth();
    const wrong = await call(POST, "/api/auth/change-password", {
      body: { currentPassword: "not it at all", newPassword: "moved on 1234", revokeOtherSessions: true },
      cookie: laptop,
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors[0].field).toBe("currentPassword");
    const res = await call(POST, "/api/auth/change-password", {
      body: { currentPassword: "correct horse 1", newPassword: "moved on 1234", revokeOtherSessions: true },
      cookie: laptop,
    });
    expect(res.status).toBe(200);
    expect(await sessionOf(phone)).toBeNull();
    expect((await sessionOf(cookieFrom(res, laptop))).user.email).toBe("mover@example.com");
    expect((await signInRaw("mover@example.com", "moved on 1234")).status).toBe(200);
  });

  it("lists sessions and revokes the others on request", async () => {
    await signUp("many@example.com");
    const a = await signIn("many@example.com");
    const b = await signIn("many@example.com");
    const { GET, POST } = await auth();
    const list = await (await call(GET, "/api/auth/list-sessions", { cookie: a })).json();
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect((await call(POST, "/api/auth/revoke-other-sessions", { body: {}, cookie: a })).status).toBe(200);
    expect(await sessionOf(b)).toBeNull();
    expect((await sessionOf(a)).user.email).toBe("many@example.com");
    expect(await (await call(GET, "/api/auth/list-sessions", { cookie: a })).json()).toHaveLength(1);
  });
});

describe("better-auth's errors as problem+json", () => {
  it("names the field at fault", async () => {
    const { POST, GET } = await auth();
    const short = await call(POST, "/api/auth/sign-up/email", { body: { email: "short@example.com", password: "abc", name: "S" } });
    expect(short.status).toBe(400);
    expect(short.headers.get("content-type")).toContain("application/problem+json");
    const body = await short.json();
    expect(body).toMatchObject({ status: 400, title: "Bad request", code: "PASSWORD_TOO_SHORT" });
    expect(body.errors[0].field).toBe("password");

    const badEmail = await (await call(POST, "/api/auth/sign-up/email", { body: { email: "not-an-email", password: "long enough 1", name: "S" } })).json();
    expect(badEmail.errors[0].field).toBe("email");

    const wrong = await signInRaw("admin@example.com", "nope nope nope");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect((await wrong.json()).detail).toBe("Invalid email or password");

    const unauth = await call(GET, "/api/auth/list-sessions");
    expect(unauth.status).toBe(401);
    expect(unauth.headers.get("content-type")).toContain("application/problem+json");
  });
});

