import { expect, test } from "@playwright/test";
import { expectAccessible, signOut, signUp, unique } from "./helpers";

const SEED = "Iraq is calling for the rapid withdrawal of US troops";

test("a newcomer signs up, reads the seed article without page furniture, and signs out", async ({ page, request }) => {
  const email = unique("reader");
  await signUp(page, email, "Rita Reader");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Learn from what you read" })).toBeVisible();
  const list = page.getByRole("list", { name: "Articles" });
  await expect(list.getByRole("link", { name: SEED, exact: true })).toBeVisible();
  expect(await list.getByRole("listitem").count()).toBeGreaterThanOrEqual(1);
  await expectAccessible(page);

  await list.getByRole("link", { name: SEED, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED })).toBeVisible();
  const text = await page.locator("article").innerText();
  expect(text).toContain("Mohammed Shia al-Sudani");
  expect(text).toContain("approximately 2,500 US troops");
  for (const furniture of ["LYNXMPEK", "RTROPTP", "FILE PHOTO", "REUTERS", "More from Qonversations", "Putin denies", "Global gender pay gap"]) {
    expect(text).not.toContain(furniture);
  }
  await expectAccessible(page);

  // The server caches session lookups: the signed-out cookie must still be refused at once.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  expect((await request.get("/api/me/attempts", { headers: { cookie } })).status()).toBe(200);
  await signOut(page);
  await expect(page.getByText("Signed in as")).toHaveCount(0);
  expect((await request.get("/api/me/attempts", { headers: { cookie } })).status()).toBe(401);
});

test("wrong password shows a clear message; the API answers problem+json", async ({ page, request }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(unique("nobody"));
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await expectAccessible(page);

  const missing = await request.get("/api/articles/no-such-article");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");
  const health = await request.get("/api/health");
  const body = await health.json();
  expect(body).toMatchObject({ status: "ok", database: "sqlite", migrations: { pending: 0 } });
  expect(body.migrations.last).toMatch(/^\d{14}_/);
});

test("the home page reads well on a phone", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: SEED, exact: true })).toBeVisible();
  await page.close();
});

test("after signing in or up, next= never leaves the site (//, /\\, encoded, javascript:)", async ({ page }) => {
  const email = unique("redirect");
  // sign up with a protocol-relative next: the user lands on our home page, not on another site
  await page.goto("/sign-up?next=//evil.example/x");
  await page.getByLabel("Name").fill("Rory Redirect");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse 1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Signed in as Rory Redirect")).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  await signOut(page);

  for (const next of ["//evil.example/x", "/\\evil.example", "%2F%2Fevil.example", "javascript:alert(1)", "/.//evil.example"]) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse 1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const url = new URL(page.url());
    expect(url.host, `next=${next}`).toBe(new URL(test.info().project.use.baseURL!).host);
    expect(url.pathname.startsWith("//"), `next=${next}`).toBe(false);
    await signOut(page);
  }

  // a path on the site is still honoured
  await page.goto(`/sign-in?next=${encodeURIComponent("/stats")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse 1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/stats$/);
});
