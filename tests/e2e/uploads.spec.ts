// Files through the typed client's multipart body, end to end: a teacher uploads a .md article and
// is told why a .pdf is refused (next to the file field); a learner uploads their own .txt; a
// teacher deletes a set. No other spec covers these paths (they paste text or never delete).
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, grantRole, signInAsAdmin, signUp, unique } from "./helpers";

const SHOTS = process.env.SETS_SHOTS ?? "test-results/shots";
const FACTS = [
  "Mount Tambora erupted in April 1815 on the island of Sumbawa in Indonesia.",
  "The eruption was the most powerful in recorded human history and killed at least 71,000 people.",
  "The following year, 1816, became known as the Year Without a Summer.",
  "Crops failed across Europe and North America, and food prices rose sharply.",
].join(" ");

test("uploads go as multipart and refusals name the file field; deleting a set goes back to the list", async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const adminPage = await (await browser.newContext()).newPage();
  await signInAsAdmin(adminPage);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const email = unique("uploader");
  await signUp(page, email, "Una Uploader");

  // A learner's own text, as a .txt file.
  await page.goto("/my-articles");
  await page.getByLabel(/^Or upload a file/).setInputFiles({ name: "tambora.txt", mimeType: "text/plain", buffer: Buffer.from(`Tambora notes ${Date.now()}\n\n${FACTS}\n`) });
  await page.getByRole("button", { name: "Make questions" }).click();
  await expect(page.getByRole("status")).toContainText(/Added: Tambora notes \d+ — \d+ questions? ready\./, { timeout: 60_000 });

  // A teacher's import, as a .md file with front matter; then a refused .pdf.
  await grantRole(adminPage, email, "teacher");
  await page.goto("/teacher");
  const importer = page.getByRole("region", { name: "Import an article" });
  await importer.getByRole("button", { name: "Upload a file" }).click();
  const title = `The Tambora eruption ${Date.now()}`;
  const file = page.getByLabel(/^Article file/);
  await file.setInputFiles({ name: "tambora.md", mimeType: "text/markdown", buffer: Buffer.from(`---\ntitle: ${title}\nsource: Probe\n---\n${FACTS}\n`) });
  await page.getByRole("button", { name: "Upload and generate questions" }).click();
  await expect(page.getByRole("status")).toContainText(new RegExp(`Imported ${title} with \\d+ draft questions\\.`), { timeout: 60_000 });

  await file.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") });
  await page.getByRole("button", { name: "Upload and generate questions" }).click();
  await expect(importer.getByRole("alert")).toHaveText("Only .md and .txt files can be imported.");
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(file).toHaveAccessibleDescription("scan.pdf: not a .md or .txt file");
  await expectAccessible(page);
  await importer.screenshot({ path: `${SHOTS}/import-file-refused.png` });

  // Deleting a set: the confirmation, then the list without it.
  await page.goto("/teacher/sets");
  const setTitle = `Doomed set ${Date.now()}`;
  await page.getByLabel("Set title").fill(setTitle);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete set" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets$/);
  await expect(page.getByText(setTitle)).toHaveCount(0);
});
