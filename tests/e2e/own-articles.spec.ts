// Issue 14, learners bring their own text: a learner pastes their notes at /my-articles (a
// markdown heading and list, shown as such when they read it), gets questions, quizzes on them and
// adds the cards to their deck; another learner cannot open it (404).
// Screenshots at 1280 and 390 px with ASSIGN_SHOTS=<folder>.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, unique } from "./helpers";

const SHOTS = process.env.ASSIGN_SHOTS;
const TITLE = "My notes on the Suez Canal";
const TEXT = [
  "The Suez Canal connects the Mediterranean Sea to the Red Sea. It was opened in 1869 after ten years of work.",
  "Ferdinand de Lesseps, a French diplomat, led the company that built the canal. About 1.5 million workers took part.",
  "In 1956 Egypt's president Gamal Abdel Nasser nationalised the canal, which led to the Suez Crisis with Britain, France and Israel.",
  "## The canal today",
  "The canal is about 193 kilometres long. In 2021 the container ship Ever Given blocked it for six days.",
  "Ships that use it include:\n\n- container ships\n- oil tankers",
].join("\n\n");

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a learner brings their own text, quizzes on it and adds its cards; nobody else can open it", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signUp(page, unique("own"), "Ona Own");
  await page.goto("/");
  await page.getByRole("link", { name: "Bring your own text →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your own texts" })).toBeVisible();
  await page.getByLabel(/^Title/).fill(TITLE);
  await page.getByLabel(/^Text/).fill(TEXT);
  await page.getByRole("button", { name: "Make questions" }).click();
  const done = page.getByRole("status").filter({ hasText: "Added:" });
  await expect(done).toContainText(TITLE, { timeout: 30_000 });
  const ready = Number((await done.innerText()).match(/(\d+) questions? ready/)![1]);
  expect(ready).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { level: 3, name: TITLE })).toBeVisible();
  await expect(page.getByText("private", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "own-text-1280");

  await done.getByRole("link", { name: "Read it" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  const articleUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  // The text's own heading and list, as written (markdown in the paste).
  await expect(page.getByRole("heading", { level: 2, name: "The canal today" })).toBeVisible();
  await expect(page.locator(".reader li")).toHaveText(["container ships", "oil tankers"]);
  await page.goto(`/quiz/new?article=${articleUrl.split("/").pop()}`);
  await page.getByRole("button", { name: /^Start/ }).click();
  await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
  await expect(page.locator("form[data-question-id]")).toBeVisible();

  // Its cards go to the learner's deck through the API the article page uses.
  const slug = articleUrl.split("/").pop()!;
  const origin = new URL(articleUrl).origin;
  const deck = await page.request.post("/api/deck", { headers: { origin }, data: { articleSlug: slug } });
  expect(deck.status()).toBe(201);
  expect((await deck.json()).added).toBeGreaterThan(0);

  // Another learner, on a phone: the article is not there for them.
  const other = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signUp(other, unique("other"), "Otto Other");
  const res = await other.goto(articleUrl);
  expect(res?.status()).toBe(404);
  expect((await other.request.get(`/api/articles/${slug}`)).status()).toBe(404);
  await other.goto("/");
  await expect(other.getByRole("link", { name: TITLE })).toHaveCount(0);
  await other.goto("/my-articles");
  await expect(other.getByText("Nothing yet.")).toBeVisible();
  await expectAccessible(other);
  await shoot(other, "own-text-other-390");
});
