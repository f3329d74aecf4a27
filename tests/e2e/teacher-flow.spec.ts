// Issue 6, done when: a teacher imports the seed article, edits one question and rejects one,
// publishes a set, creates a class; a learner joins with the code and takes the set; the teacher sees
// the result and downloads every export format (each file non-empty, parsed where cheap).
import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { SHARED_SEED } from "../fixtures/shared-dir";
import { unzipSync, strFromU8 } from "fflate";
import { parse as parseGift } from "gift-pegjs";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { expectAccessible, grantRole, signInAsAdmin, signUp, unique } from "./helpers";

const TITLE = "Iraq is calling for the rapid withdrawal of US troops";
const SEED_TEXT = existsSync(SHARED_SEED)
  ? readFileSync(SHARED_SEED, "utf8")
  : `${TITLE}\n\n${readFileSync("content/articles/iraq-us-forces-withdrawal.md", "utf8").replace(/^---\n[\s\S]*?\n---\n/, "")}`;
const SHOTS = process.env.SETS_SHOTS; // a folder: also save screenshots (desktop/phone, light/dark)
const FORMATS = ["gift", "moodle-xml", "qti", "anki", "apkg", "csv", "kahoot", "json", "print", "print-key"];

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Cheap structural checks of each downloaded file with a real parser where one is at hand. */
async function checkFile(format: string, bytes: Buffer) {
  expect(bytes.byteLength, format).toBeGreaterThan(0);
  const text = () => bytes.toString("utf8");
  switch (format) {
    case "gift":
      expect(parseGift(text()).filter((q) => q.type !== "Category").length).toBeGreaterThan(0);
      break;
    case "moodle-xml":
      expect(text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
      expect(text()).toMatch(/<question type="(multichoice|truefalse|shortanswer)">/);
      break;
    case "qti": {
      const files = unzipSync(new Uint8Array(bytes));
      expect(strFromU8(files["imsmanifest.xml"])).toMatch(/<manifest[^>]*>\s*<metadata>/);
      expect(Object.keys(files).some((f) => f.startsWith("items/"))).toBe(true);
      break;
    }
    case "anki":
      expect(text()).toMatch(/^#separator:tab\n/);
      expect(text()).toContain("#guid column:");
      break;
    case "apkg":
      expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toEqual(expect.arrayContaining(["collection.anki2", "media"]));
      break;
    case "csv": {
      const parsed = Papa.parse<string[]>(text().replace(/^\uFEFF/, ""), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBeGreaterThan(1);
      break;
    }
    case "kahoot": {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(book.worksheets.length).toBeGreaterThan(0);
      break;
    }
    case "json":
      expect(JSON.parse(text())).toMatchObject({ format: "factdeck.set", version: 1 });
      break;
    default:
      expect(text()).toMatch(/^<!doctype html>/i);
  }
}

test("teacher: import, curate, publish a set, class; learner takes it; teacher sees results and exports every format", async ({ browser }) => {
  test.setTimeout(300_000);
  const adminPage = await (await browser.newContext()).newPage();
  await signInAsAdmin(adminPage);

  const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await teacherContext.newPage();
  const teacherEmail = unique("teacher");
  await signUp(page, teacherEmail, "Tess Teacher");
  await grantRole(adminPage, teacherEmail, "teacher");

  // --- import the seed article, edit one question, reject one, approve the rest (part A's workspace) ---
  await page.goto("/teacher");
  await page.getByLabel("Article text").fill(SEED_TEXT);
  await page.getByRole("button", { name: "Import and generate questions" }).click();
  const done = page.getByRole("status").filter({ hasText: "Imported" });
  await expect(done).toContainText(TITLE, { timeout: 60_000 });
  await done.getByRole("link", { name: "Review its questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const articleSlug = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);

  const cards = page.locator("[data-question-card]");
  await page.getByLabel(/^Type/).first().selectOption("MCQ");
  const edited = cards.first();
  const editedPrompt = "Edited by the teacher: which answer does the article give?";
  await edited.getByRole("button", { name: /^Edit/ }).click();
  await edited.getByLabel(/^Question/).fill(editedPrompt);
  await edited.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved:/ })).toBeVisible();
  await expect(page.locator("[data-question-card]", { hasText: editedPrompt })).toBeVisible();
  await page.getByLabel(/^Type/).first().selectOption("ALL");
  const rejected = cards.nth(1);
  const rejectedPrompt = (await rejected.locator("p").first().innerText()).trim();
  await rejected.getByRole("button", { name: /^Reject/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Rejected:/ })).toBeVisible();
  await page.getByLabel("Approve drafts scoring at least").fill("0");
  await page.getByRole("button", { name: "Approve all above" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Approved \d+ draft questions/ })).toBeVisible();

  // --- a class ---
  await page.goto("/teacher/classes");
  await page.getByLabel("Class name").fill("Year 10 current affairs");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Year 10 current affairs" })).toBeVisible();
  const code = (await page.getByTestId("join-code").innerText()).trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  const classUrl = page.url();
  await expectAccessible(page);

  // --- a set: pick approved questions of the imported article, reorder by keyboard, publish to the class ---
  await page.goto("/teacher/sets");
  await expectAccessible(page);
  await page.getByLabel("Set title").fill("Iraq: the withdrawal debate");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Iraq: the withdrawal debate" })).toBeVisible();
  const setId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Article").selectOption(articleSlug);
  const pool = page.getByRole("list", { name: `Approved questions of ${TITLE}` });
  await expect(pool.getByText(rejectedPrompt, { exact: true })).toHaveCount(0); // rejected: not offered
  const editedAdd = pool.getByRole("button", { name: `Add: ${editedPrompt}` });
  await editedAdd.click();
  // Questions that do not repeat a fact already in the set (those ask first: set-siblings.spec.ts).
  const adds = pool.getByRole("listitem").filter({ hasNotText: "Asks the same fact" }).getByRole("button", { name: /^Add: / });
  await adds.first().click();
  await adds.first().click(); // the list's "Add" buttons shift as questions are added
  const items = page.getByRole("list").filter({ has: page.getByRole("button", { name: "Move question 1 down" }) }).getByRole("listitem");
  await expect(items).toHaveCount(3);
  const thirdPrompt = (await items.nth(2).locator("p").first().innerText()).trim();
  await page.getByRole("button", { name: "Move question 3 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(items.nth(1)).toContainText(thirdPrompt);
  await expect(page.getByRole("button", { name: "Move question 2 up" })).toBeFocused(); // focus follows the moved question
  await page.getByRole("radio", { name: /^Class/ }).check();
  await page.getByRole("button", { name: "Save set" }).click();
  await expect(page.getByText("All changes saved.")).toBeVisible();
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assigned to Year 10 current affairs." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Year 10 current affairs" })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "set-builder-desktop");

  // --- the learner joins with the code (on a phone) and takes the set as a test ---
  const learnerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const learner = await learnerContext.newPage();
  await signUp(learner, unique("learner"), "Lee Learner");
  await learner.goto("/classes");
  await learner.getByLabel("Class code").fill("ZZZZZZ");
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("alert").filter({ hasText: "No class has that code" })).toBeVisible();
  await learner.getByLabel("Class code").fill(code.toLowerCase());
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "You are in" })).toContainText("Year 10 current affairs");
  await expect(learner.getByRole("heading", { name: "Iraq: the withdrawal debate" })).toBeVisible();
  await noHorizontalScroll(learner);
  await expectAccessible(learner);
  await shoot(learner, "classes-learner-phone");
  await learner.getByRole("button", { name: "Add to my flashcards: Iraq: the withdrawal debate" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "to your flashcards" })).toHaveText(/^Added 3 cards to your flashcards\.$/);
  // The assignment's defaults: a test on every question, one attempt (assignments.spec.ts sets them all).
  await learner.getByRole("button", { name: "Start assignment: Iraq: the withdrawal debate" }).click();
  await expect(learner).toHaveURL(/\/quiz\/[^/]+$/);
  for (let i = 0; i < 3; i++) {
    const form = learner.locator("form[data-question-id]");
    await expect(form).toBeVisible();
    if ((await form.getByRole("radio").count()) > 0) await form.getByRole("radio").first().check();
    else await form.getByLabel("Your answer").fill("I am not sure");
    await form.getByRole("button", { name: "Save answer" }).click();
    if (i < 2) await expect(learner.getByTestId("position")).toHaveText(`Question ${i + 2} of 3`);
  }
  await learner.getByRole("button", { name: "Submit test" }).click();
  await expect(learner.getByTestId("score")).toHaveText(/^\d+ \/ 3$/);
  const score = Number((await learner.getByTestId("score").innerText()).split(" / ")[0]);

  // --- the teacher sees the result on the class page ---
  await page.goto(classUrl);
  const learnersTable = page.getByRole("table", { name: /Results per learner/ });
  const row = learnersTable.getByRole("row", { name: /Lee Learner/ });
  await expect(row).toContainText(`${Math.round((score / 3) * 100)}%`);
  await expect(row.getByRole("cell").last()).toHaveText("1");
  const questionsTable = page.getByRole("table", { name: /Results per question/ });
  await expect(questionsTable.getByRole("row")).toHaveCount(4);
  await expect(questionsTable).toContainText(editedPrompt);
  await expectAccessible(page);
  await shoot(page, "class-desktop");

  // --- every export format downloads, non-empty, and parses ---
  await page.goto(`/teacher/sets/${setId}`);
  for (const format of FORMATS) {
    const downloadEvent = page.waitForEvent("download");
    await page.locator(`button[data-format="${format}"]`).click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(/^iraq-the-withdrawal-debate/);
    const path = await download.path();
    await checkFile(format, readFileSync(path!));
    await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toContainText(download.suggestedFilename());
    if (format === "kahoot") await shoot(page, "export-skipped");
  }
  await expectAccessible(page);

  // --- phone and dark-mode views of the teacher pages ---
  if (SHOTS) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await noHorizontalScroll(page);
    await shoot(page, "set-builder-phone");
    await page.screenshot({ path: `${SHOTS}/set-builder-phone-top.png` });
    await page.goto(classUrl);
    await noHorizontalScroll(page);
    await shoot(page, "class-phone");
    await page.goto("/teacher/sets");
    await shoot(page, "sets-phone");
  }
});
