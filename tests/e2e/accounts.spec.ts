// Accounts in the browser: an admin's one-time reset link, changing a password (other sessions end),
// and the sign-in wait shown in seconds.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signInAsAdmin, signOut, signUp, unique } from "./helpers";

// Screenshots to look at, when asked for: SHOTS=<folder>.
const SHOTS = process.env.SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

test("an admin's reset link lets a locked-out learner choose a new password, once", async ({ browser }) => {
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const email = unique("locked");
  await signUp(learner, email, "Lena Locked");
  await signOut(learner);

  // Someone guesses her password: the form says how long to wait, counting down.
  await learner.goto("/sign-in");
  for (let i = 0; i < 6; i++) {
    await learner.getByLabel("Email").fill(email);
    await learner.getByLabel("Password").fill(`wrong guess ${i}`);
    const answered = learner.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email"));
    await learner.getByRole("button", { name: "Sign in" }).click();
    expect((await answered).status()).toBe(i < 5 ? 401 : 429);
    // The form action resets the fields once it is done: wait for that before typing again.
    await expect(learner.getByLabel("Password")).toHaveValue("");
  }
  await expect(learner.locator("#auth-error")).toContainText(/Try again in \d+ s\./);
  await expect(learner.getByRole("button", { name: "Sign in" })).toBeDisabled();
  await expectAccessible(learner);
  await shot(learner, "sign-in-wait");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.getByRole("button", { name: `Make a reset link for ${email}` }).click();
  const linkField = admin.getByRole("textbox", { name: `Reset link for ${email}`, exact: true });
  await expect(linkField).toHaveValue(/\/reset-password\?token=/);
  await expectAccessible(admin);
  await shot(admin, "admin-reset-link");
  const url = await linkField.inputValue();

  await learner.goto(url);
  await learner.getByLabel("New password", { exact: true }).fill("fresh start 123");
  await learner.getByLabel("New password again").fill("fresh start 123");
  await learner.getByRole("button", { name: "Set new password" }).click();
  await expect(learner.locator(".alert-ok")).toContainText("Your password is changed");
  await expectAccessible(learner);
  await signIn(learner, email, "fresh start 123");

  // The same link again: refused, with a way to ask for another.
  await learner.goto(url);
  await learner.getByLabel("New password", { exact: true }).fill("another one 123");
  await learner.getByLabel("New password again").fill("another one 123");
  await learner.getByRole("button", { name: "Set new password" }).click();
  await expect(learner.locator(".alert-error")).toContainText("expired or was used already");
  await learnerContext.close();
  await adminContext.close();
});

test("a learner changes the password on /account and the other browser is signed out", async ({ browser }) => {
  const laptopContext = await browser.newContext();
  const laptop = await laptopContext.newPage();
  const email = unique("mover");
  await signUp(laptop, email, "Max Mover");
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await signIn(phone, email);

  await laptop.getByRole("link", { name: "Max Mover" }).click();
  await expect(laptop.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(laptop.getByText("(this browser)")).toBeVisible();
  await expect(laptop.getByRole("button", { name: "Sign out other sessions (1)" })).toBeVisible();
  await expectAccessible(laptop);

  await laptop.getByLabel("Current password").fill("not my password");
  await laptop.getByLabel("New password", { exact: true }).fill("moved on 12345");
  await laptop.getByLabel("New password again").fill("moved on 12345");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.locator(".alert-error")).toContainText("not your current password");
  await expect(laptop.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await laptop.getByLabel("Current password").fill("correct horse 1");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("Every other session is signed out.")).toBeVisible();
  await expect(laptop.getByRole("button", { name: "Sign out other sessions" })).toBeDisabled();
  await shot(laptop, "account-after-change");

  await phone.goto("/account");
  await expect(phone.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expect(phone.locator(".signed-in-label")).toHaveCount(0);
  await laptop.reload();
  await expect(laptop.locator(".signed-in-label")).toBeVisible();
  await laptopContext.close();
  await phoneContext.close();
});
