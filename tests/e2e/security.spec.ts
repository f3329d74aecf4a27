// Security headers as a browser receives them, and the Content-Security-Policy held to zero violations:
// every main page loads and hydrates under the nonce'd CSP with nothing blocked (Chromium reports
// each blocked script, style or connection as a securitypolicyviolation event and a console error).
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./helpers";

const SLUG = "iraq-us-forces-withdrawal";

const COMMON = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

type Violation = { directive: string; blocked: string; sample: string };

/** Records CSP violations from the first script on, before any of the page's own code runs. */
async function watchCsp(page: Page): Promise<string[]> {
  const consoleReports: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())) consoleReports.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: `${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` }),
    );
  });
  return consoleReports;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);

/** React attached itself to the server-rendered DOM: the scripts ran under the CSP. (Polled with
 * page.evaluate: page.waitForFunction compiles its predicate with eval inside the page, which the CSP
 * rightly reports.) */
const hydrated = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.querySelector("header a, main a, main button");
        return !!el && Object.keys(el).some((k) => k.startsWith("__react"));
      }),
    )
    .toBe(true);

test("pages, API answers and static files carry the security headers", async ({ page, request }) => {
  const res = await page.goto("/");
  const headers = res!.headers();
  expect(headers).toMatchObject(COMMON);
  const csp = headers["content-security-policy"];
  const script = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
  expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(script).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-request-id"]).toBeTruthy();
  // The page's own scripts carry this response's nonce; a second load gets another.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const again = (await request.get("/")).headers()["content-security-policy"];
  expect(/'nonce-([^']+)'/.exec(again)![1]).not.toBe(nonce);

  const api = await request.get("/api/articles");
  expect(api.headers()).toMatchObject(COMMON);
  expect(api.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
  expect(api.headers()["x-request-id"]).toBeTruthy();

  const problem = await request.fetch("/api/sets", { method: "PUT" });
  expect(problem.status()).toBe(405);
  expect(problem.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  expect(problem.headers()).toMatchObject(COMMON);

  const broken = await request.get("/api/sets/%ff%fe");
  expect(broken.status()).toBe(400);
  expect(broken.headers()["content-type"]).toBe("application/problem+json");
  expect((await broken.json()).errors[0].field).toBe("id");

  // The study session's five calls skip the proxy (its matcher); their route files answer the same.
  for (const [method, path, allow] of [["GET", "/api/review", "OPTIONS, POST"], ["PUT", "/api/review/queue", "GET, HEAD, OPTIONS"], ["DELETE", "/api/attempts/x1/answers", "OPTIONS, POST"]]) {
    const refused = await request.fetch(path, { method, headers: { origin: new URL(page.url()).origin } });
    expect(refused.status(), `${method} ${path}`).toBe(405);
    expect(refused.headers()["allow"]).toBe(allow);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
    expect(refused.headers()).toMatchObject(COMMON);
  }
  const options = await request.fetch("/api/attempts", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("OPTIONS, POST");
  expect(options.headers()).toMatchObject(COMMON);
  const brokenHot = await request.post("/api/attempts/%ff%fe/finish", { headers: { origin: new URL(page.url()).origin } });
  expect(brokenHot.status()).toBe(400);
  expect((await brokenHot.json()).errors[0].field).toBe("id");

  const asset = page.locator("script[src^='/_next/static/']").first();
  const js = await request.get((await asset.getAttribute("src"))!);
  expect(js.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a page cannot be framed by another site", async ({ page, baseURL }) => {
  // about:blank is another origin than the app; frame-ancestors 'none' (and X-Frame-Options) make
  // Chromium replace the framed page with its own error page.
  await page.setContent(`<iframe id="f" src="${baseURL}/sign-in" width="400" height="300"></iframe>`);
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#f").getByRole("button", { name: "Sign in" })).toHaveCount(0);
});

test("every main page hydrates under the CSP with zero violations", async ({ page }) => {
  const consoleReports = await watchCsp(page);
  await signInAsAdmin(page);
  // Objects behind the id pages: a set, a class and a quiz of the admin's own.
  const headers = { origin: new URL(page.url()).origin, "content-type": "application/json" };
  const set = await (await page.request.post("/api/sets", { headers, data: { title: "CSP set" } })).json();
  const klass = await (await page.request.post("/api/classes", { headers, data: { name: "CSP class" } })).json();
  const attempt = await (await page.request.post("/api/attempts", { headers, data: { articleSlug: SLUG, mode: "PRACTICE" } })).json();
  expect(set.id && klass.id && attempt.id, JSON.stringify({ set, klass, attempt })).toBeTruthy();

  const pages = [
    "/",
    `/articles/${SLUG}`,
    `/quiz/new?article=${SLUG}`,
    `/quiz/${attempt.id}`,
    "/quiz/history",
    "/review",
    "/stats",
    "/classes",
    "/settings",
    "/teacher",
    `/teacher/articles/${SLUG}`,
    "/teacher/sets",
    `/teacher/sets/${set.id}`,
    "/teacher/classes",
    `/teacher/classes/${klass.id}`,
    "/admin",
    "/no-such-page",
  ];
  const found: string[] = [];
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res!.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    for (const v of await violations(page)) found.push(`${path}: ${v.directive} blocked ${v.blocked || "inline"} ${v.sample}`);
  }
  // Signed out: the sign-in and sign-up forms.
  await page.context().clearCookies();
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await hydrated(page);
    for (const v of await violations(page)) found.push(`${path}: ${v.directive} blocked ${v.blocked || "inline"} ${v.sample}`);
  }
  expect(found).toEqual([]);
  expect(consoleReports).toEqual([]);
});
