// The deck browser by keyboard: suspend, reset and delete a card (one alone, two as a selection), and
// the review queue reflects each. Then Optimize on /settings: honestly "not enough reviews" for a
// fresh learner; and, when the spec can reach the server's SQLite file (E2E_DATABASE_URL), before/after
// figures on a simulated year of reviews seeded into it.
import { existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, unique } from "./helpers";
import { syntheticLog } from "../fixtures/synthetic-log";

const SEED_SLUG = "iraq-us-forces-withdrawal";
const SHOTS = process.env.DECK_SHOTS_DIR; // set to save screenshots (1280 and 390 px)

type Queue = { counts: { new: number; learning: number; review: number }; cards: { id: string }[]; learningLaterToday: number };
const serverQueue = async (page: Page): Promise<Queue> => (await page.request.get("/api/review/queue")).json();
const origin = (page: Page) => new URL(page.url()).origin;

async function addToDeck(page: Page, slug: string) {
  const res = await page.request.post("/api/deck", { headers: { origin: origin(page) }, data: { articleSlug: slug } });
  expect(res.ok(), await res.text()).toBe(true);
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The row the keyboard is on (its button has focus and aria-current). */
const activeRowId = (page: Page) => page.locator("li[data-card-id]:has(button[aria-current='true'])").getAttribute("data-card-id");

async function moveTo(page: Page, id: string) {
  await page.locator(`li[data-card-id="${id}"] button`).focus();
  await expect.poll(() => activeRowId(page)).toBe(id);
}

test("the deck browser suspends, resets and deletes cards, and the review queue reflects each", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (d) => void d.accept());
  await signUp(page, unique("decker"), "Dee Decker");
  await addToDeck(page, SEED_SLUG);
  // Every new card counts in today's queue (the default 20 a day is fewer than the seed's cards),
  // so the queue's new count is the deck's size and follows each suspend, reset and delete.
  const limit = await page.request.put("/api/settings/study", { headers: { origin: origin(page) }, data: { newPerDay: 9999 } });
  expect(limit.ok(), await limit.text()).toBe(true);

  // one card studied (Good on a new card: it waits for its 10-minute step)
  const start = await serverQueue(page);
  const total = start.counts.new;
  expect(total).toBeGreaterThan(3);
  await page.goto("/review");
  const studied = (await page.locator("[data-card-id]").getAttribute("data-card-id"))!;
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "Rated Good" })).toBeAttached();
  const afterGood = await serverQueue(page);
  expect(afterGood.counts.learning + afterGood.learningLaterToday).toBe(1);

  await page.goto("/deck");
  await expect(page.getByRole("heading", { name: "Your deck" })).toBeVisible();
  const rows = page.locator("li[data-card-id]");
  await expect(rows).toHaveCount(total);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "deck-1280");

  // keyboard: j/k move the focused, outlined row
  await rows.first().locator("button").focus();
  const first = await activeRowId(page);
  await page.keyboard.press("j");
  await expect.poll(() => activeRowId(page)).not.toBe(first);
  await expect(page.locator("li[data-card-id] button[aria-current='true']")).toBeFocused();
  await page.keyboard.press("k");
  await expect.poll(() => activeRowId(page)).toBe(first);

  // suspend one new card with "s": the queue no longer holds it
  const newIds = (await serverQueue(page)).cards.map((c) => c.id);
  const victim = newIds[0];
  await moveTo(page, victim);
  await page.keyboard.press("s");
  await expect(page.locator(`li[data-card-id="${victim}"]`).getByText("Suspended")).toBeVisible();
  await expect.poll(async () => (await serverQueue(page)).cards.map((c) => c.id)).not.toContain(victim);
  expect((await serverQueue(page)).counts.new).toBe(total - 2); // the studied card and the suspended one

  // the open card shows its memory state and history; reset it with "r": a learning card no more
  await moveTo(page, studied);
  const detail = page.getByTestId("card-detail");
  await expect(detail.getByText("Learning", { exact: true })).toBeVisible();
  await expect(detail.getByRole("cell", { name: "Good" })).toBeVisible();
  await expect(detail.getByText(/Recall now/)).toBeVisible();
  await shot(page, "deck-detail-1280");
  await page.keyboard.press("r");
  await expect(detail.getByRole("cell", { name: "Reset" })).toBeVisible();
  await expect(page.locator(`li[data-card-id="${studied}"]`).getByText("New", { exact: true })).toBeVisible();
  const afterReset = await serverQueue(page);
  expect(afterReset.counts.learning + afterReset.learningLaterToday).toBe(0);

  // select two cards with x and delete them with "#": gone from the list, the API and the queue
  const doomed = [newIds[1], newIds[2]];
  for (const id of doomed) {
    await moveTo(page, id);
    await page.keyboard.press("x");
  }
  await expect(page.getByRole("toolbar", { name: "Actions on the selected cards" })).toContainText("2 selected");
  await page.keyboard.press("#");
  await expect(page.getByRole("status").filter({ hasText: "Deleted 2 cards" })).toBeAttached();
  for (const id of doomed) {
    await expect(page.locator(`li[data-card-id="${id}"]`)).toHaveCount(0);
    expect((await page.request.get(`/api/cards/${id}`)).status()).toBe(404);
  }
  const end = await serverQueue(page);
  for (const id of [victim, ...doomed]) expect(end.cards.map((c) => c.id)).not.toContain(id);
  expect(end.counts.new).toBe(total - 4);

  // filters: only the suspended one
  await page.getByRole("combobox", { name: "State", exact: true }).selectOption("suspended");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-card-id", victim);

  // 390 px: the list still reads, the open card comes above it
  await page.getByRole("combobox", { name: "State", exact: true }).selectOption("");
  await expect(rows).toHaveCount(total - 2);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rows.first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await shot(page, "deck-390");
  const second = (await rows.nth(1).getAttribute("data-card-id"))!;
  await rows.nth(1).locator("button").click();
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText((await (await page.request.get(`/api/cards/${second}`)).json()).front);
  await shot(page, "deck-detail-390");
  await detail.getByRole("button", { name: "Back to list" }).click();
  await expect(detail).toBeHidden();
});

test("Optimize on a fresh learner's log says there are not enough reviews, and changes nothing", async ({ page }) => {
  await signUp(page, unique("optimizer"), "Opal Optimizer");
  await page.goto("/settings");
  await expect(page.getByTestId("parameters-in-use")).toHaveText("In use: FSRS’s default parameters.");
  await page.getByRole("button", { name: "Optimize" }).click();
  await expect(page.getByTestId("optimize-result")).toContainText("Not enough reviews to fit: 0 long-term reviews");
  await expect(page.getByTestId("parameters-in-use")).toHaveText("In use: FSRS’s default parameters.");
  await page.getByRole("button", { name: "Evaluate current parameters" }).click();
  await expect(page.getByTestId("evaluation")).toContainText("No long-term reviews yet");
  await expectAccessible(page);
});

const sqliteFile = (() => {
  const url = process.env.E2E_DATABASE_URL;
  return url?.startsWith("file:") ? url.slice("file:".length) : null;
})();

test("Optimize shows log loss and RMSE before and after on a simulated year of reviews", async ({ page }) => {
  test.skip(!sqliteFile || !existsSync(sqliteFile), "seeding a review log needs the server's SQLite file: run with E2E_DATABASE_URL=file:/abs/path.db");
  test.setTimeout(120_000);
  await signUp(page, unique("veteran"), "Vera Veteran");
  for (const slug of (await (await page.request.get("/api/articles")).json()).articles?.map((a: { slug: string }) => a.slug) ?? [SEED_SLUG]) await addToDeck(page, slug);
  const session = await (await page.request.get("/api/auth/get-session")).json();
  const userId = session.user.id as string;

  const db = new Database(sqliteFile!);
  try {
    const cards = db.prepare(`SELECT id, due FROM "Card" WHERE "userId" = ? ORDER BY id`).all(userId) as { id: string; due: unknown }[];
    // write dates the way the app's driver stored this card's due date
    const asStored = (d: Date) => (typeof cards[0].due === "number" ? d.getTime() : d.toISOString());
    const insert = db.prepare(
      `INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "clientKey")
       VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?, 0, ?)`,
    );
    db.transaction(() => {
      for (const r of syntheticLog(cards.map((c) => c.id), { reviewsPerCard: 15 })) {
        insert.run(randomUUID(), r.cardId, userId, r.rating, r.state, asStored(r.reviewedAt), asStored(r.reviewedAt), `seed-${randomUUID()}`);
      }
    })();
  } finally {
    db.close();
  }

  await page.goto("/settings");
  await page.getByRole("button", { name: "Evaluate current parameters" }).click();
  await expect(page.getByTestId("evaluation")).toContainText(/Your default parameters on your \d+ long-term reviews: log loss 0\.\d{4}, RMSE 0\.\d{4}/);
  await page.getByRole("button", { name: "Optimize" }).click();
  const result = page.getByTestId("optimize-result");
  await expect(result).toBeVisible({ timeout: 60_000 });
  for (const id of ["before-logloss", "before-rmse", "after-logloss", "after-rmse"]) await expect(page.getByTestId(id)).toHaveText(/^0\.\d{4}$/);
  const before = Number(await page.getByTestId("before-logloss").innerText());
  const after = Number(await page.getByTestId("after-logloss").innerText());
  if (after < before) {
    await expect(result).toContainText("Applied");
    await expect(page.getByTestId("parameters-in-use")).toContainText("fitted");
  } else {
    await expect(result).toContainText("Kept your current parameters");
  }
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "settings-optimize-1280");
});
