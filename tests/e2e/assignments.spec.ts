// Issue 14, assignments: a teacher assigns a set with fixed mode, count, due date (in a named zone),
// attempts and time limit; a learner sees it due on the home page, takes it without choosing mode
// or count (a countdown runs), cannot start a second attempt; the teacher sees the result that
// counts and downloads the class results as CSV. Screenshots at 1280 and 390 px with
// ASSIGN_SHOTS=<folder>.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectAccessible, grantRole, signInAsAdmin, signUp, unique } from "./helpers";

const SHOTS = process.env.ASSIGN_SHOTS;
const SEED = "iraq-us-forces-withdrawal";
const SET_TITLE = "Week 1: Iraq quiz";
const CLASS_NAME = "Year 11 politics";

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Opens an assignment's "Change settings" on the class page and allows two attempts. */
async function assignmentSettings(page: Page, title: string) {
  const row = page.getByTestId("assignment").filter({ hasText: title });
  await row.getByText("Change settings").click();
  const form = row.getByRole("form", { name: "Assignment settings" });
  await expect(form.getByLabel("Attempts allowed")).toHaveValue("1");
  await expect(form.getByLabel(/^Due/)).toHaveValue("2099-12-04T17:00"); // shown in its own zone
  await form.getByLabel("Attempts allowed").fill("2");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("assignments: the teacher fixes the settings, the learner takes it as set, the teacher sees what counts and exports CSV", async ({ browser }) => {
  test.setTimeout(240_000);
  const adminPage = await (await browser.newContext()).newPage();
  await signInAsAdmin(adminPage);

  // --- teacher: a class and a set of approved questions from the bundled seed article ---
  const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await teacherContext.newPage();
  const teacherEmail = unique("teacher");
  await signUp(page, teacherEmail, "Tia Teacher");
  await grantRole(adminPage, teacherEmail, "teacher");
  await page.goto("/teacher/classes");
  await page.getByLabel("Class name").fill(CLASS_NAME);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: CLASS_NAME })).toBeVisible();
  const code = (await page.getByTestId("join-code").innerText()).trim();
  const classUrl = page.url();

  const origin = new URL(page.url()).origin;
  const questions = (await (await page.request.get(`/api/articles/${SEED}/questions`)).json()).questions as { id: string; status: string }[];
  const approved = questions.filter((q) => q.status === "APPROVED").slice(0, 8).map((q) => q.id);
  expect(approved.length).toBeGreaterThanOrEqual(4);
  const created = await page.request.post("/api/sets", { headers: { origin }, data: { title: SET_TITLE, questionIds: approved } });
  expect(created.ok(), await created.text()).toBe(true);
  const setId = (await created.json()).id as string;

  // --- teacher: assign it with every setting fixed ---
  await page.goto(`/teacher/sets/${setId}`);
  const form = page.getByRole("form", { name: "Assign to a class" });
  await form.getByRole("radio", { name: /^Test/ }).check();
  await form.getByLabel("Questions").fill("3");
  await form.getByLabel("Attempts allowed").fill("1");
  await form.getByLabel("Time limit (minutes)").fill("5");
  await form.getByLabel("Which attempt counts").selectOption("FIRST");
  await form.getByLabel(/^Due/).fill("2099-12-04T17:00");
  await form.getByLabel("Time zone of the due date").selectOption("Europe/Berlin");
  await shoot(page, "assign-form-1280");
  await form.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Assigned to ${CLASS_NAME}.` })).toBeVisible();
  await expectAccessible(page);

  await page.goto(classUrl);
  const assignment = page.getByTestId("assignment").filter({ hasText: SET_TITLE });
  await expect(assignment).toContainText("Test · 3 questions · 1 attempt · 5-minute limit · first attempt counts");
  await expect(assignment).toContainText("Due Fri 4 Dec 2099, 17:00 (Europe/Berlin)");
  await expectAccessible(page);

  // --- learner on a phone: joins, sees it due on the home page ---
  const learnerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const learner = await learnerContext.newPage();
  await signUp(learner, unique("learner"), "Lou Learner");
  await learner.goto("/classes");
  await learner.getByLabel("Class code").fill(code);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "You are in" })).toBeVisible();
  await learner.goto("/");
  const due = learner.getByRole("list", { name: "Due assignments" }).getByTestId("learner-assignment").filter({ hasText: SET_TITLE });
  await expect(due).toContainText("Due Fri 4 Dec 2099, 17:00 (Europe/Berlin)");
  await expect(due).toContainText("1 of 1 attempt left");
  await expect(due.locator("[data-state]")).toHaveText("To do");
  await noHorizontalScroll(learner);
  await expectAccessible(learner);
  await shoot(learner, "home-due-390");

  // --- learner: takes it with the teacher's settings (no mode or count to choose) ---
  await due.getByRole("button", { name: `Start assignment: ${SET_TITLE}` }).click();
  await expect(learner).toHaveURL(/\/quiz\/[^/]+$/);
  await expect(learner.getByTestId("fixed-settings")).toHaveText("Set by your teacher: Test · 3 questions · time limit");
  await expect(learner.getByTestId("countdown")).toHaveText(/^Time left [45]:\d\d$/);
  await expect(learner.getByRole("radio", { name: /^Practice/ })).toHaveCount(0);
  await expect(learner.getByLabel("Number of questions")).toHaveCount(0);
  await expectAccessible(learner);
  await shoot(learner, "quiz-countdown-390");
  for (let i = 0; i < 3; i++) {
    const q = learner.locator("form[data-question-id]");
    await expect(q).toBeVisible();
    if ((await q.getByRole("radio").count()) > 0) await q.getByRole("radio").first().check();
    else await q.getByLabel("Your answer").fill("I am not sure");
    await q.getByRole("button", { name: "Save answer" }).click();
    if (i < 2) await expect(learner.getByTestId("position")).toHaveText(`Question ${i + 2} of 3`);
  }
  await learner.getByRole("button", { name: "Submit test" }).click();
  await expect(learner.getByTestId("score")).toHaveText(/^\d+ \/ 3$/);
  const score = Number((await learner.getByTestId("score").innerText()).split(" / ")[0]);

  // Done: no longer due on the home page; no second attempt.
  await learner.goto("/");
  await expect(learner.getByRole("list", { name: "Due assignments" })).toHaveCount(0);
  await learner.goto("/classes");
  const card = learner.getByTestId("learner-assignment").filter({ hasText: SET_TITLE });
  await expect(card.locator("[data-state]")).toHaveText("Done");
  await expect(card).toContainText("No attempts left.");
  await expect(card.getByRole("button", { name: /Start assignment/ })).toHaveCount(0);
  const again = await learner.request.post(`/api/classes/${new URL(classUrl).pathname.split("/").pop()}/assignments/${setId}/attempts`, { headers: { origin } });
  expect(again.status()).toBe(409);
  await shoot(learner, "classes-done-390");

  // --- teacher: the result that counts, then the CSV ---
  await page.goto(classUrl);
  const row = page.getByRole("table", { name: /Results per learner/ }).getByRole("row", { name: /Lou Learner/ });
  await expect(row).toContainText(`${Math.round((score / 3) * 100)}%`);
  await expect(row.locator("[data-state]")).toHaveText("Done");
  await expectAccessible(page);
  await shoot(page, "class-results-1280");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download results (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("year-11-politics-results.csv");
  const text = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toEqual([
    expect.objectContaining({
      learner: "Lou Learner",
      assignment: SET_TITLE,
      mode: "Test",
      questions: "3",
      due: "2099-12-04T16:00:00.000Z",
      time_zone: "Europe/Berlin",
      status: "Done",
      attempts: "1",
      attempts_allowed: "1",
      counts: "First attempt",
      score_percent: String(Math.round((score / 3) * 1000) / 10),
    }),
  ]);

  // The teacher allows a second attempt from the class page; the learner can start again.
  await assignmentSettings(page, SET_TITLE);
  await expect(page.getByTestId("assignment").filter({ hasText: SET_TITLE })).toContainText("Test · 3 questions · 2 attempts");
  await learner.goto("/");
  await expect(learner.getByRole("list", { name: "Due assignments" })).toHaveCount(0); // done: the first attempt counts
  await learner.goto("/classes");
  await expect(learner.getByTestId("learner-assignment").filter({ hasText: SET_TITLE })).toContainText("1 of 2 attempts left");

  // The class page on a phone too.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await noHorizontalScroll(page);
  await shoot(page, "class-results-390");
});
