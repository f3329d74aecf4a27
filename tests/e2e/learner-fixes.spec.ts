// Issue 14's learner items in the browser: typed answers (Enter on empty asks, "I don't know",
// "I was right"), an ended session on /review and mid-quiz, the home page for a newcomer, the
// favicon, a 2 MB paste refused before upload, and axe with no violations at all on every main page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signInAsAdmin, signUp, unique } from "./helpers";

const SEED = "iraq-us-forces-withdrawal";
const json = (page: Page) => ({ origin: new URL(page.url()).origin, "content-type": "application/json" });

async function startTyped(page: Page, mode: "PRACTICE" | "TEST" = "PRACTICE"): Promise<string> {
  const res = await page.request.post("/api/attempts", { headers: json(page), data: { articleSlug: SEED, mode, types: ["CLOZE", "SHORT_ANSWER"], count: 3 } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

/** Ends every session of this account but the one in `keeper` (as "sign out other sessions" does). */
async function endOtherSessions(keeper: Page) {
  const res = await keeper.request.post("/api/auth/revoke-other-sessions", { headers: json(keeper), data: {} });
  expect(res.ok()).toBe(true);
}

async function twoBrowsers(browser: Browser, name: string) {
  const a = await (await browser.newContext()).newPage();
  const email = unique(name);
  await signUp(a, email, "Sam Session");
  const b = await (await browser.newContext()).newPage();
  await signIn(b, email);
  return { a, b, email };
}

test("typed answers: Enter on an empty field asks first, \"I don't know\" leaves it blank, \"I was right\" counts it", async ({ page }) => {
  await signUp(page, unique("typer"), "Tia Typer");
  const id = await startTyped(page);
  await page.goto(`/quiz/${id}`);
  const answerBox = page.getByLabel("Your answer");
  await expect(answerBox).toBeFocused();

  let answered = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && /\/api\/attempts\/[^/]+\/answers$/.test(new URL(r.url()).pathname)) answered++;
  });
  await page.keyboard.press("Enter");
  await expect(page.getByText("Type an answer first, or choose “I don't know” to leave it blank.")).toBeVisible();
  await expect(answerBox).toHaveAttribute("aria-invalid", "true");
  expect(answered).toBe(0);

  await page.getByRole("button", { name: "I don't know" }).click();
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toHaveAttribute("data-verdict", "wrong");
  await expect(feedback).toContainText("(left blank)");
  expect(answered).toBe(1);
  await page.getByRole("button", { name: "Next question" }).click();

  // A wrong typed answer, then the learner says it was right: it counts.
  await page.getByLabel("Your answer").fill("Zzyzx Quorrel");
  await page.keyboard.press("Enter");
  await expect(feedback).toHaveAttribute("data-verdict", "wrong");
  await page.getByRole("button", { name: "I was right" }).click();
  await expect(page.getByTestId("overridden")).toContainText("You marked this right");
  await expect(page.getByRole("button", { name: "I was right" })).toHaveCount(0);
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Next question" }).click();
  await page.getByRole("button", { name: "I don't know" }).click();
  await page.getByRole("button", { name: "See results" }).click();
  await expect(page.getByText(/Score|score/).first()).toBeVisible();
  const results = await (await page.request.post(`/api/attempts/${id}/finish`, { headers: json(page), data: {} })).json();
  expect(results.score).toBe(1);
  expect(results.items.filter((i: { overridden?: boolean }) => i.overridden)).toHaveLength(1);
  await expect(page.getByTestId("overridden")).toHaveCount(1);
});

test("an ended session says so on /review and mid-quiz, with a sign-in link back", async ({ browser }) => {
  const { a, b, email } = await twoBrowsers(browser, "ended");
  const id = await startTyped(b);
  await b.goto(`/quiz/${id}`);
  await expect(b.getByLabel("Your answer")).toBeFocused();
  await endOtherSessions(a);

  // Mid-quiz: the next answer meets the ended session.
  await b.getByLabel("Your answer").fill("anything");
  await b.keyboard.press("Enter");
  const ended = b.getByTestId("session-ended");
  await expect(ended).toContainText("Your session has ended — sign in");
  await expect(b.locator(".signed-in-label")).toHaveCount(0); // the header no longer says signed in
  await expectNoViolations(b);
  await ended.getByRole("link", { name: "Sign in" }).click();
  await b.getByLabel("Email").fill(email);
  await b.getByLabel("Password").fill("correct horse 1");
  await b.getByRole("button", { name: "Sign in" }).click();
  await expect(b).toHaveURL(new RegExp(`/quiz/${id}$`));
  await expect(b.getByLabel("Your answer")).toBeVisible();

  // /review: an ended session is not "no flashcards yet".
  await endOtherSessions(a);
  await b.goto("/review");
  await expect(b.getByTestId("session-ended")).toContainText("Your session has ended — sign in");
  await expect(b.getByText("You have no flashcards yet")).toHaveCount(0);
  await expect(b.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute("href", "/sign-in?next=%2Freview");
});

test("an ended session on an article page: \"Add to my flashcards\" says so and makes no guest", async ({ browser }) => {
  const { a, b, email } = await twoBrowsers(browser, "article-ended");
  await b.goto(`/articles/${SEED}`);
  await endOtherSessions(a);
  await b.getByRole("button", { name: /^Add to my flashcards: / }).click();
  const ended = b.getByTestId("session-ended");
  await expect(ended).toContainText("Your session has ended — sign in");
  await expect(ended.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/sign-in?next=%2Farticles%2F${SEED}`);
  // no guest account was started behind the learner's back
  expect(await (await b.request.get("/api/auth/get-session")).json()).toBeNull();
  await ended.getByRole("link", { name: "Sign in" }).click();
  await b.getByLabel("Email").fill(email);
  await b.getByLabel("Password").fill("correct horse 1");
  await b.getByRole("button", { name: "Sign in" }).click();
  await expect(b).toHaveURL(new RegExp(`/articles/${SEED}$`));
  await b.getByRole("button", { name: /^Add to my flashcards: / }).click();
  await expect(b.getByRole("status").filter({ hasText: "to your flashcards" })).toContainText(/Added \d+ cards? to your flashcards\./);
});

test("a newcomer's home: the seed article first, the primary button opens it; /favicon.ico is there", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/");
  await expect(page.locator(".article-card").first()).toContainText("Iraq is calling for the rapid withdrawal");
  const primary = page.locator(".hero .btn-primary");
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveAttribute("href", `/articles/${SEED}`);
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\//);
});

// A page whose title comes from the database (generateMetadata) had it streamed into the body after
// the content, so a screen reader announced a page without a title, and axe, run a moment too early,
// failed CI with "document-title". A browser now gets the title in <head> in the first bytes.
test("a page's title from the database is in <head> as a browser receives it, not streamed in later", async ({ page }) => {
  const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
  const html = await (await page.request.get(`/articles/${SEED}`, { headers: { "user-agent": chrome } })).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head).toMatch(/<title>Iraq is calling for the rapid withdrawal of US troops[^<]*<\/title>/);
  expect(html.match(/<title>/g)).toHaveLength(1);
});

test("a 2 MB paste is refused before upload, the message on the field; the tab states the 1 MB limit", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/teacher");
  await expect(page.getByText("Up to 1 MB.")).toBeVisible();
  let uploads = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/teacher/articles") uploads++;
  });
  const text = page.getByLabel("Article text");
  await text.evaluate((el, size) => {
    const area = el as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setter.call(area, "All the facts. ".repeat(Math.ceil(size / 15)));
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, 2 * 1_048_576);
  await page.getByRole("button", { name: "Import and generate questions" }).click();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await text.getAttribute("aria-describedby"))!;
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText("the limit is 1 MB");
  expect(uploads).toBe(0);
  expect((await text.inputValue()).length).toBeGreaterThan(2_000_000); // the paste is kept to trim
});

/** axe with every rule and no impact filter: zero violations. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("axe: no violations at all on every main page, signed out, as a learner and as an admin", async ({ browser }) => {
  test.setTimeout(180_000);
  const visitor = await (await browser.newContext()).newPage();
  for (const path of ["/", `/articles/${SEED}`, "/sign-in", "/sign-up", "/forgot-password", "/reset-password?token=x", "/account", "/review", "/classes"]) {
    await visitor.goto(path);
    await expectNoViolations(visitor);
  }

  const admin = await (await browser.newContext()).newPage();
  await signInAsAdmin(admin);
  const set = await admin.request.post("/api/sets", { headers: json(admin), data: { title: `Axe set ${Date.now()}` } });
  expect(set.status(), await set.text()).toBe(201);
  const setId = (await set.json()).id as string;
  const quizId = await startTyped(admin);
  for (const path of [
    "/",
    `/articles/${SEED}`,
    `/quiz/new?article=${SEED}`,
    `/quiz/${quizId}`,
    "/quiz/history",
    "/review",
    "/stats",
    "/deck",
    "/my-articles",
    "/settings",
    "/classes",
    "/account",
    "/teacher",
    "/teacher/sets",
    `/teacher/sets/${setId}`,
    "/teacher/classes",
    "/admin",
  ]) {
    await admin.goto(path);
    await admin.waitForLoadState("networkidle");
    await expectNoViolations(admin);
  }
});
