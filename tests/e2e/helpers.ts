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
