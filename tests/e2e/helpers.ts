import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;

export async function signUp(page: Page, email: string, name = "Test Learner", password = "correct horse 1") {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}

export async function signIn(page: Page, email: string, password = "correct horse 1") {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** axe-core: no serious or critical violations on the current page. */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/); // every page has a title, and axe reads the page once it has one
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Grants a role through the admin API with an admin's page (same browser context cookies). */
export async function grantRole(adminPage: Page, email: string, role: "teacher" | "admin" | "learner") {
  await adminPage.goto("/admin");
  await adminPage.getByLabel(`Role of ${email}`).selectOption(role);
  await expect(adminPage.getByText("Saved")).toBeVisible();
}

export const ADMIN_EMAIL = "admin@factdeck.test";
const ADMIN_PASSWORD = "admin password 1";

/** Signs this page's context in as the e2e server's admin (FACTDECK_ADMIN_EMAIL), creating the
 * account on first use, whichever spec runs first. */
export async function signInAsAdmin(page: Page) {
  const origin = new URL(page.url() === "about:blank" ? "http://localhost/" : page.url()).origin;
  await page.goto("/");
  const base = new URL(page.url()).origin || origin;
  const headers = { origin: base, "content-type": "application/json" };
  const signIn = await page.request.post("/api/auth/sign-in/email", { headers, data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  if (!signIn.ok()) {
    const signUp = await page.request.post("/api/auth/sign-up/email", {
      headers,
      data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: "Ada Admin" },
    });
    expect(signUp.ok(), await signUp.text()).toBe(true);
  }
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
}
