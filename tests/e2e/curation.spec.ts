import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { SHARED_SEED } from "../fixtures/shared-dir";
import { expectAccessible, grantRole, signInAsAdmin, signUp, unique } from "./helpers";

const TITLE = "Iraq is calling for the rapid withdrawal of US troops";
// The seed as pasted from the web page (furniture and all); the bundled copy's body when ../shared is absent.
const SEED_TEXT = existsSync(SHARED_SEED)
  ? readFileSync(SHARED_SEED, "utf8")
  : `${TITLE}\n\n${readFileSync("content/articles/iraq-us-forces-withdrawal.md", "utf8").replace(/^---\n[\s\S]*?\n---\n/, "")}`;
const SHOTS = process.env.CURATE_SHOTS; // a folder: also save screenshots (desktop/phone, light/dark)

async function shoot(page: Page, name: string, fullPage = true) {
  if (!SHOTS) return;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("an admin makes a teacher, who imports the seed, edits, rejects and approves questions", async ({ browser }) => {
  test.setTimeout(120_000);
  const adminPage = await (await browser.newContext()).newPage();
  await signInAsAdmin(adminPage);

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const teacherEmail = unique("teacher");
  await signUp(page, teacherEmail, "Tess Teacher");
  await page.goto("/teacher");
  await expect(page.getByText("The workspace is for teachers")).toBeVisible();
  await grantRole(adminPage, teacherEmail, "teacher");

  await page.goto("/teacher");
  await expect(page.getByRole("heading", { level: 1, name: "Workspace" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Question sets and classes/ })).toHaveAttribute("href", "/teacher/sets");
  await expectAccessible(page);

  // An empty paste is refused with a message next to the field.
  await page.getByRole("button", { name: "Import and generate questions" }).click();
  await expect(page.getByText("Paste the article text first.")).toBeVisible();

  await page.getByLabel("Article text").fill(SEED_TEXT);
  await page.getByRole("button", { name: "Import and generate questions" }).click();
  const done = page.getByRole("status").filter({ hasText: "Imported" });
  await expect(done).toContainText(TITLE, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Your articles" }).getByRole("link", { name: TITLE })).toBeVisible();
  await shoot(page, "workspace");
  await expectAccessible(page);

  await done.getByRole("link", { name: "Review its questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const body = await page.locator("main").innerText();
  for (const furniture of ["LYNXMPEK", "RTROPTP", "FILE PHOTO", "REUTERS", "More from Qonversations", "Putin denies"]) {
    expect(body).not.toContain(furniture);
  }
  const cards = page.locator("[data-question-card]");
  expect(await cards.count()).toBeGreaterThan(5);
  await expect(cards.first().locator("mark")).toBeVisible(); // the answer highlighted in its source sentence
  await expectAccessible(page);

  // Edit one multiple-choice question: a duplicate choice is refused beside the field, then a fix saves.
  await page.getByLabel(/^Type/).first().selectOption("MCQ");
  const mcq = cards.first();
  const answer = (await mcq.locator("li", { hasText: "✓" }).innerText()).replace(/\s*✓.*$/s, "").trim();
  await mcq.getByRole("button", { name: /^Edit/ }).click();
  const choices = mcq.getByLabel(/^Choices/);
  const original = await choices.inputValue();
  await choices.fill(`${original}\n${answer.toUpperCase()}`);
  await mcq.getByRole("button", { name: "Save" }).click();
  await expect(mcq.locator(".field-error")).toContainText("choices repeat");
  await expect(choices).toHaveAttribute("aria-invalid", "true");
  await mcq.scrollIntoViewIfNeeded();
  await shoot(page, "edit-error", false);
  await choices.fill(original);
  const prompt = "According to the article, which is the right answer to this edited question?";
  await mcq.getByLabel(/^Question/).fill(prompt);
  await mcq.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  const edited = cards.filter({ hasText: prompt });
  await expect(edited.getByText("edited", { exact: true })).toBeVisible();

  // Reject one with the keyboard, approve one with its button, then bulk-approve the rest above 0.5.
  await page.getByLabel(/^Type/).first().selectOption("ALL");
  const second = cards.nth(1);
  await second.focus();
  await page.keyboard.press("r");
  await expect(second.getByText("Rejected", { exact: true })).toBeVisible();
  const third = cards.nth(2);
  await third.getByRole("button", { name: /^Approve/ }).click();
  await expect(third.getByText("Approved", { exact: true })).toBeVisible();
  await page.getByLabel("Approve drafts scoring at least").fill("0.5");
  await page.getByRole("button", { name: "Approve all above" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Approved \d+ draft questions/ })).toBeVisible();

  // Regenerating keeps the edit and the rejection.
  await page.getByRole("button", { name: "Regenerate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Regenerated:" })).toContainText("kept as you edited them");
  await page.reload();
  await expect(cards.filter({ hasText: prompt })).toHaveCount(1);
  await page.getByLabel(/^Status/).selectOption("REJECTED");
  await expect(cards).not.toHaveCount(0);
  await page.getByLabel(/^Status/).selectOption("LIVE");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "curate", false);
  await expectAccessible(page);

  // Write a question by hand.
  const write = page.locator("section", { has: page.getByRole("heading", { name: "Write a question" }) });
  await write.getByLabel("Type").selectOption("SHORT_ANSWER");
  await write.getByLabel(/^Question/).fill("Which city is the capital of Iraq?");
  await write.getByLabel(/^Answer/).fill("Baghdad");
  await write.getByRole("button", { name: "Add question" }).click();
  await expect(cards.filter({ hasText: "Which city is the capital of Iraq?" }).getByText("hand-written")).toBeVisible();

  await page.goto("/teacher");
  const counts = page.getByRole("list", { name: "Your articles" }).getByLabel(`Questions of ${TITLE}`);
  await expect(counts).toContainText(/[1-9]\d* approved/);
  await expect(counts).toContainText(/[1-9]\d* rejected/);

  // On a phone, light and dark: no sideways scrolling, axe clean.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ["/teacher", "/teacher/articles/iraq-us-forces-withdrawal"]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${url} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: "light" });
    await shoot(page, `phone-${url === "/teacher" ? "workspace" : "curate"}`, false);
  }
});
