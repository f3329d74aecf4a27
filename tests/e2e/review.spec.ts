// A learner adds the seed article to their flashcards and reviews by keyboard: show, rate, undo,
// finish the day. Every count and interval label on screen is checked against GET /api/review/queue.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, unique } from "./helpers";

const SEED_SLUG = "iraq-us-forces-withdrawal";
const SHOTS = process.env.REVIEW_SHOTS_DIR; // set to save screenshots (desktop/phone, light/dark)

type Queue = {
  counts: { new: number; learning: number; review: number };
  cards: { id: string; front: string; intervals: Record<"again" | "hard" | "good" | "easy", string> }[];
  tomorrow: { review: number; new: number };
};

test.use({ timezoneId: "Europe/Berlin" });

async function serverQueue(page: Page): Promise<Queue> {
  const res = await page.request.get("/api/review/queue");
  expect(res.status()).toBe(200);
  return res.json();
}

async function screenCounts(page: Page) {
  const n = async (id: string) => Number(await page.getByTestId(id).innerText());
  return { new: await n("count-new"), learning: await n("count-learning"), review: await n("count-review") };
}

/** The counts, the card and (when shown) the four labels on screen equal what the server says now. */
async function expectMatchesServer(page: Page, shown: boolean) {
  const cardId = await page.locator("[data-card-id]").getAttribute("data-card-id");
  const q = await serverQueue(page);
  expect(await screenCounts(page)).toEqual(q.counts);
  const card = q.cards.find((c) => c.id === cardId);
  expect(card, "the card on screen is among the server's next cards").toBeDefined();
  await expect(page.getByRole("heading", { level: 2, name: card!.front })).toBeVisible();
  if (shown) {
    const labels = async () => {
      const out: Record<string, string> = {};
      for (const k of ["again", "hard", "good", "easy"] as const) out[k] = await page.getByTestId(`interval-${k}`).innerText();
      return out;
    };
    let onScreen = await labels();
    let expected: Record<string, string> = card!.intervals;
    if (JSON.stringify(onScreen) !== JSON.stringify(expected)) {
      // Previews are computed for the current minute (fuzz is seeded by the review time): if the
      // minute turned between the screen's fetch and ours, a freshly loaded screen must agree.
      await page.reload();
      await page.keyboard.press("Space");
      await expect(page.getByTestId("card-back")).toBeVisible();
      await expect(page.locator("[data-card-id]")).toHaveAttribute("data-card-id", cardId!);
      onScreen = await labels();
      expected = (await serverQueue(page)).cards.find((c) => c.id === cardId)!.intervals;
    }
    expect(onScreen).toEqual(expected);
  }
  return q;
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a learner adds the seed article and reviews a day by keyboard: show, rate, undo, done", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, unique("reviewer"), "Rae Reviewer");

  // Fewer new cards a day so the day can be finished; a bad value is refused with its field named.
  await page.goto("/settings");
  await page.getByLabel("Desired retention").fill("0.5");
  await page.getByRole("button", { name: "Save settings" }).click();
  // The summary is at the top and takes focus; its link leads to the field.
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  const toField = summary.getByRole("link", { name: "Desired retention must be between 0.70 and 0.99" });
  await toField.click();
  await expect(page.getByLabel("Desired retention")).toBeFocused();
  await expect(page.getByLabel("Desired retention")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Desired retention").fill("0.9");
  await page.getByLabel("New cards per day").fill("3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "settings-desktop-light");

  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: /to my flashcards/ }).click();
  await expect(page.getByText(/Added \d+ cards? to your flashcards/)).toBeVisible();

  await page.goto("/review");
  // first visit: the browser's zone replaces the default UTC
  await expect.poll(async () => (await (await page.request.get("/api/settings/study")).json()).timeZone).toBe("Europe/Berlin");
  await page.reload();
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeFocused();
  const start = await expectMatchesServer(page, false);
  expect(start.counts.new).toBe(3);
  await expectAccessible(page);
  await shot(page, "review-front-desktop-light");

  // show → the answer and its source sentence
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(page.getByTestId("card-back").locator("blockquote")).not.toBeEmpty();
  await expect(page.getByRole("button", { name: /^Good\W+next in/ })).toBeFocused();
  const before = await expectMatchesServer(page, true);
  await expectAccessible(page);
  await shot(page, "review-back-desktop-light");

  // rate Good (a learning step), then undo: the same card comes back, counts as before
  const firstId = await page.locator("[data-card-id]").getAttribute("data-card-id");
  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "Rated Good" })).toBeAttached();
  await expect.poll(() => screenCounts(page)).toEqual({ new: 2, learning: 1, review: 0 });
  // the card waits for its step ("10m"): the next one shown is another card
  await expect(page.locator("[data-card-id]")).not.toHaveAttribute("data-card-id", firstId!);
  await expectMatchesServer(page, false);
  await page.keyboard.press("u");
  await expect(page.getByRole("status").filter({ hasText: "Undid Good" })).toBeAttached();
  await expect.poll(() => screenCounts(page)).toEqual(before.counts);
  await expect(page.locator("[data-card-id]")).toHaveAttribute("data-card-id", firstId!);
  await expectMatchesServer(page, false);

  // finish the day: Easy graduates each card at once
  for (let i = 0; i < 10 && (await page.locator("[data-card-id]").count()) > 0; i++) {
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    await expectMatchesServer(page, true);
    const id = await page.locator("[data-card-id]").getAttribute("data-card-id");
    await page.keyboard.press("4");
    await expect(page.locator(`[data-card-id="${id}"]`)).toHaveCount(0);
  }
  await expect(page.getByRole("heading", { name: "Done for today" })).toBeVisible();
  const done = await serverQueue(page);
  expect(done.counts).toEqual({ new: 0, learning: 0, review: 0 });
  expect(await screenCounts(page)).toEqual(done.counts);
  await expect(page.getByTestId("tomorrow-new")).toHaveText(String(done.tomorrow.new));
  await expect(page.getByTestId("tomorrow-review")).toHaveText(String(done.tomorrow.review));
  expect(done.tomorrow.new).toBe(3);
  await expectAccessible(page);
  await shot(page, "review-done-desktop-light");

  // stats: today's three ratings (the undone one does not count)
  await page.goto("/stats");
  await expect(page.getByTestId("streak-current")).toHaveText("1");
  await expect(page.getByTestId("state-review")).toHaveText("3");
  await expect(page.locator("canvas").first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "stats-desktop-light");

  if (SHOTS) {
    await page.emulateMedia({ colorScheme: "dark" });
    for (const path of ["/stats", "/settings", "/review"]) {
      await page.goto(path);
      await page.waitForTimeout(300);
      await shot(page, `${path.slice(1)}-desktop-dark`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    for (const scheme of ["dark", "light"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ["/stats", "/settings", "/review"]) {
        await page.goto(path);
        await page.waitForTimeout(300);
        await shot(page, `${path.slice(1)}-phone-${scheme}`);
      }
    }
  }
});

test("the review screen works on a phone and in dark mode, and Space does not scroll the page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: /to my flashcards/ }).click(); // a guest: the session starts here
  await expect(page.getByText(/Added \d+ cards?/)).toBeVisible();
  await page.goto("/review");
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeVisible();
  await expectMatchesServer(page, false);
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectMatchesServer(page, true);
  await expectAccessible(page);
  await shot(page, "review-back-phone-dark");
  await page.getByRole("button", { name: /^Again\W+next in/ }).click();
  await expect.poll(async () => (await screenCounts(page)).learning).toBe(1);
  await expectMatchesServer(page, false);
  await context.close();
});

test("when only a learning card is left, the screen says when it is due and shows it then, without a reload", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, unique("stepper"), "Stella Stepper");
  // one new card a day, a single 1-minute step, no learn-ahead: Again leaves only that card, due in a minute
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("1");
  await page.locator("#f-learningSteps").fill("1m");
  await page.getByLabel("Learn ahead (minutes)").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  const saved = await (await page.request.get("/api/settings/study")).json();
  expect(saved).toMatchObject({ newPerDay: 1, learningSteps: "1m", learnAheadMinutes: 0, newIgnoresReviewLimit: false });

  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: /to my flashcards/ }).click();
  await expect(page.getByText(/Added \d+ cards? to your flashcards/)).toBeVisible();
  await page.goto("/review");
  await expect.poll(async () => (await (await page.request.get("/api/settings/study")).json()).timeZone).toBe("Europe/Berlin");
  await page.reload();
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeFocused();
  const cardId = await page.locator("[data-card-id]").getAttribute("data-card-id");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("interval-again")).toHaveText("1m");
  // a marker that a reload would wipe
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.keyboard.press("1");

  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
  const q = await (await page.request.get("/api/review/queue")).json();
  expect(q.counts).toEqual({ new: 0, learning: 0, review: 0 });
  expect(q.learningLaterToday).toBe(1);
  const due = new Date(q.nextLearningDue);
  const local = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" }).format(due);
  await expect(page.getByTestId("next-learning")).toContainText(`due at ${local}`);
  await expect(page.getByTestId("next-learning")).toContainText("This page will show it then");
  await expectAccessible(page);
  await shot(page, "review-learning-wait-desktop-light");

  // about a minute later the same card is back on screen, by itself
  await expect(page.locator(`[data-card-id="${cardId}"]`)).toBeVisible({ timeout: 90_000 });
  expect(Date.now()).toBeGreaterThanOrEqual(due.getTime() - 1000);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expect(page.getByTestId("count-learning")).toHaveText("1");
});
