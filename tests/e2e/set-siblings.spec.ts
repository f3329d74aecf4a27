// Issue 10, item 5 (one item per fact): the set builder asks before adding a question that asks the
// same fact as one already in the set, and "add all" adds one per fact and says what it skipped.
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, grantRole, signInAsAdmin, signUp, unique } from "./helpers";

const SEED_TITLE = "Iraq is calling for the rapid withdrawal of US troops";
const SHOTS = process.env.SETS_SHOTS ?? "test-results/shots";

test("set builder: a sibling asks first (keyboard, Escape, add anyway); add all keeps one per fact", async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const adminPage = await (await browser.newContext()).newPage();
  await signInAsAdmin(adminPage);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const email = unique("teacher");
  await signUp(page, email, "Sib Teacher");
  await grantRole(adminPage, email, "teacher");

  await page.goto("/teacher/sets");
  await page.getByLabel("Set title").fill("One item per fact");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "One item per fact" })).toBeVisible();
  const articles = page.getByLabel("Article");
  // the bundled seed (imported and approved at server start); its option reads "<title> (<count>)"
  await articles.selectOption((await articles.locator("option", { hasText: SEED_TITLE }).getAttribute("value"))!);
  const pool = page.getByRole("list", { name: `Approved questions of ${SEED_TITLE}` });
  const setItems = page.getByRole("list").filter({ has: page.getByRole("button", { name: /^Remove question 1$/ }) }).getByRole("listitem");

  // The seed's bundled questions hold siblings: add questions until the pool marks one.
  const marked = pool.getByRole("listitem").filter({ hasText: /Asks the same fact as question \d+ in the set/ });
  const plainAdds = pool.getByRole("listitem").filter({ hasNotText: "Asks the same fact" }).getByRole("button", { name: /^Add: / });
  for (let i = 0; i < 10 && (await marked.count()) === 0; i++) await plainAdds.first().click();
  await expect(marked.first()).toBeVisible();
  const before = await setItems.count();

  // Asking first, by keyboard: the warning takes focus, names the question already in the set.
  // pinned by its prompt: "marked" is re-read on every use and the list changes as questions go in
  const siblingPrompt = (await marked.first().locator("p").first().innerText()).trim();
  const sibling = pool.getByRole("listitem").filter({ has: page.getByText(siblingPrompt, { exact: true }) });
  const siblingAdd = sibling.getByRole("button", { name: /^Add: / });
  await siblingAdd.focus();
  await page.keyboard.press("Enter");
  const warning = page.getByRole("alertdialog");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/This asks the same fact as “.+” already in the set — add anyway\?/);
  await expect(warning.getByRole("button", { name: "Add anyway" })).toBeFocused();
  await expect(setItems).toHaveCount(before); // nothing added yet
  await expectAccessible(page);
  await warning.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/set-builder-sibling-warning.png` });
  await warning.screenshot({ path: `${SHOTS}/set-builder-sibling-warning-close.png` });

  // Escape says no, and focus goes back to the Add button.
  await page.keyboard.press("Escape");
  await expect(warning).toHaveCount(0);
  await expect(siblingAdd).toBeFocused();
  await expect(setItems).toHaveCount(before);

  // The teacher insists: "Add anyway" adds it (the server keeps what the teacher chose).
  await page.keyboard.press("Enter");
  await expect(warning.getByRole("button", { name: "Add anyway" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(warning).toHaveCount(0);
  await expect(setItems).toHaveCount(before + 1);

  // "Add all" adds one per fact and says how many it skipped and why.
  await page.getByRole("button", { name: /^Add all shown/ }).click();
  const status = page.getByRole("status").filter({ hasText: /^Added \d+ questions?\./ });
  await expect(status).toContainText(/Skipped \d+ that asks? the same fact as a question in the set \(one item per fact\)/);
  const added = Number(/^Added (\d+)/.exec(await status.innerText())![1]);
  const skipped = Number(/Skipped (\d+)/.exec(await status.innerText())![1]);
  expect(added).toBeGreaterThan(0);
  expect(skipped).toBeGreaterThan(0);
  await expect(setItems).toHaveCount(before + 1 + added);
  await expect(page.getByRole("button", { name: /^Add all shown/ })).toBeEnabled(); // the skipped ones are still there to add by hand
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/set-builder-add-all-skipped.png` });
  await page.getByRole("button", { name: "Save set" }).click();
  await expect(page.getByText("All changes saved.")).toBeVisible();
  await expect(setItems).toHaveCount(before + 1 + added);
  // the status re-renders as saving settles: a full-page shot instead of scrolling to it
  await page.screenshot({ path: `${SHOTS}/set-builder-after-add-all.png`, fullPage: true });
});
