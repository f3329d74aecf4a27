// A teacher pastes a long document (~30,000 words, written here): the import runs as a job, the form
// shows a progress bar with "Analysing sentence N of M", and the page moves to the new article once
// its questions are stored.
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, grantRole, signInAsAdmin, signUp, unique } from "./helpers";

const SHOTS = process.env.SETS_SHOTS ?? "test-results/shots";

/** Some `words` words of plain factual prose: paragraphs about invented towns, people, years and numbers. */
function longDocument(title: string, words: number): string {
  const towns = ["Arlen", "Brisk", "Corvale", "Dunmore", "Eskar", "Fennick", "Galloway", "Harrow", "Isel", "Jarrow", "Kestrel", "Lomond"];
  const rivers = ["Tamsin", "Orrel", "Vesk", "Marrow", "Quill", "Sable"];
  const people = ["Ada Brennan", "Tomas Varga", "Lena Holt", "Piet Moller", "Rosa Alvarez", "Ivan Petrov", "Mei Tanaka", "Omar Haddad"];
  const trades = ["wool", "salt", "timber", "copper", "grain", "glass"];
  const paragraphs: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const town = towns[i % towns.length];
    const river = rivers[(i * 5) % rivers.length];
    const person = people[(i * 3) % people.length];
    const trade = trades[(i * 7) % trades.length];
    const year = 1400 + ((i * 37) % 500);
    const paragraph = [
      `In ${year}, ${person} founded a ${trade} market in ${town} on the ${river} River.`,
      `By ${year + 20}, the town had about ${(1000 + ((i * 7919) % 90000)).toLocaleString("en-US")} inhabitants and ${3 + (i % 9)} bridges.`,
      `The market of ${town} traded ${trade} with merchants from ${towns[(i + 4) % towns.length]} because the road over the hills was closed in winter.`,
      `${person} later served as mayor of ${town} for ${2 + (i % 11)} years.`,
      `A flood of the ${river} destroyed the old harbour in ${year + 45}, and the council rebuilt it in stone.`,
    ].join(" ");
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return `${title}\n\n${paragraphs.join("\n\n")}\n`;
}

test("a long import shows its progress, then opens the article", async ({ browser }) => {
  test.setTimeout(420_000);
  mkdirSync(SHOTS, { recursive: true });
  const adminPage = await (await browser.newContext()).newPage();
  await signInAsAdmin(adminPage);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const email = unique("long-import");
  await signUp(page, email, "Lars Longform");
  await grantRole(adminPage, email, "teacher");

  const title = `River towns ${Date.now()}`;
  const text = longDocument(title, 30_000);
  expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(30_000);
  await page.goto("/teacher");
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Import and generate questions" }).click();

  const importer = page.getByRole("region", { name: "Import an article" });
  const bar = importer.getByRole("progressbar");
  await expect(bar).toBeVisible({ timeout: 30_000 });
  const total = Number(await bar.getAttribute("aria-valuemax"));
  expect(total).toBeGreaterThan(1000);
  // The bar moves: a chunk of sentences is analysed every few seconds, the form polls twice a second.
  await expect(importer.getByText(new RegExp(`^Analysing sentence [1-9]\\d* of ${total}…$`))).toBeVisible({ timeout: 120_000 });
  await importer.screenshot({ path: `${SHOTS}/import-progress.png` });
  await expectAccessible(page);

  await expect(page).toHaveURL(/\/teacher\/articles\/river-towns-\d+$/, { timeout: 300_000 });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("[data-question-card]").first()).toBeVisible();
});
