import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { call, signUp } from "./helpers/http";
import { articleFiles, importArticleFiles } from "@/lib/app/import-article";
import { getDb } from "@/lib/db/client";
import { findArticle } from "@/lib/db/articles";
import { bootstrap } from "@/lib/bootstrap";

let cleanup: () => Promise<void>;
let dir: string;
const SEED = "content/articles/iraq-us-forces-withdrawal.md";

beforeAll(async () => {
  ({ cleanup } = await useFreshDatabase());
  dir = mkdtempSync(path.join(tmpdir(), "factdeck-import-"));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await cleanup();
});

const articlesRoute = () => import("@/app/api/articles/route");
const articleRoute = () => import("@/app/api/articles/[slug]/route");
const questionsRoute = () => import("@/app/api/articles/[slug]/questions/route");

describe("importing articles", () => {
  it("imports the seed article clean, generates questions, and a second import changes nothing", async () => {
    const [first] = await importArticleFiles([SEED]);
    expect(first.error).toBeUndefined();
    expect(first.outcome).toBe("created");
    expect(first.questions!.created).toBeGreaterThan(10);
    const article = await getDb().article.findUniqueOrThrow({ where: { slug: first.slug! } });
    for (const furniture of ["LYNXMPEK", "REUTERS", "FILE PHOTO", "More from", "Putin denies"]) {
      expect(article.body).not.toContain(furniture);
    }
    const approved = await getDb().question.count({ where: { articleId: article.id, status: "APPROVED" } });
    expect(approved).toBeGreaterThan(0);
    const before = await getDb().question.count();
    const [again] = await importArticleFiles([SEED]);
    expect(again.outcome).toBe("unchanged");
    expect(await getDb().question.count()).toBe(before);
  });

  it("keeps the file's headings and list items, and an upgrade adds them to an article stored before", async () => {
    const file = path.join(dir, "measles-faq.md");
    writeFileSync(file, "---\ntitle: Measles questions\n---\n\nMeasles is an illness caused by a virus.\n\n## What are the symptoms?\n\nThey include:\n\n- a high temperature\n- a cough\n\nA rash appears in 1954 or later.\n");
    const [first] = await importArticleFiles([file]);
    expect(first.error).toBeUndefined();
    const expected = { headings: [{ paragraph: 1, level: 2, text: "What are the symptoms?" }], listItems: [2, 3] };
    expect((await findArticle(first.slug!))!.outline).toEqual(expected);
    // An install from before outlines: the default column, and questions of an older generator.
    const row = await getDb().article.findUniqueOrThrow({ where: { slug: first.slug! } });
    await getDb().article.update({ where: { id: row.id }, data: { outline: '{"headings":[],"listItems":[]}' } });
    await getDb().question.updateMany({ where: { articleId: row.id }, data: { generatorVersion: "0.0.1" } });
    expect((await findArticle(first.slug!))!.outline).toEqual({ headings: [], listItems: [] });
    const [again] = await importArticleFiles([file]);
    expect(again.outcome).toBe("unchanged");
    expect((await findArticle(first.slug!))!.outline).toEqual(expected);
    const slug = first.slug!;
    const detail = await call((await articleRoute()).GET, `/api/articles/${slug}`, { params: { slug } });
    expect((await detail.json()).outline).toEqual(expected);
  });

  it("reports each bad file with its line and still imports the good ones", async () => {
    const sub = path.join(dir, "batch");
    mkdirSync(sub);
    writeFileSync(path.join(sub, "a-good.md"), "---\ntitle: Good one\npublished: 2024-02-01\n---\nThe Danube flows through Vienna. It reaches the Black Sea in Romania after about 2,850 kilometres.\n");
    writeFileSync(path.join(sub, "b-no-title.md"), "---\nsource: Somewhere\n---\nBody text here that is long enough.\n");
    writeFileSync(path.join(sub, "c-broken.md"), "---\ntitle: Broken\ntags: [a, b\n---\nBody.\n");
    writeFileSync(path.join(sub, "d-binary.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(sub, "e-latin1.md"), Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\nBody.\n")]));
    writeFileSync(path.join(sub, "f-empty.md"), "---\ntitle: Empty\n---\n\n   \n");
    writeFileSync(path.join(sub, "g-huge.md"), `---\ntitle: Huge\n---\n${"word ".repeat(220_000)}`);
    const results = await importArticleFiles(articleFiles(sub));
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byName["a-good.md"].outcome).toBe("created");
    for (const bad of ["b-no-title.md", "c-broken.md", "d-binary.md", "e-latin1.md", "f-empty.md", "g-huge.md"]) {
      expect(byName[bad].error, bad).toBeDefined();
      expect(byName[bad].error!.line, bad).toBeGreaterThanOrEqual(1);
      expect(byName[bad].error!.message.length, bad).toBeGreaterThan(5);
    }
    expect(byName["c-broken.md"].error!.line).toBeGreaterThanOrEqual(3);
    expect(byName["e-latin1.md"].error!.line).toBe(2);
    expect(await getDb().article.count({ where: { title: { in: ["Broken", "Empty", "Huge"] } } })).toBe(0);
  });

  it("imports content at start (bootstrap) and serves the articles over the API", async () => {
    process.env.FACTDECK_CONTENT_DIR = path.resolve("content/articles");
    await bootstrap();
    const list = await (await call((await articlesRoute()).GET, "/api/articles")).json();
    expect(list.articles.length).toBeGreaterThanOrEqual(1);
    const slug = list.articles.find((a: { title: string }) => a.title.startsWith("Iraq is calling")).slug;
    const detail = await call((await articleRoute()).GET, `/api/articles/${slug}`, { params: { slug } });
    expect(detail.status).toBe(200);
    const body = await detail.json();
    expect(body.paragraphs.join("\n")).toContain("approximately 2,500 US troops");
    // the detail counts the article's approved questions, as the list does
    const listed = list.articles.find((a: { slug: string }) => a.slug === slug);
    expect(body.questionCount).toBeGreaterThan(0);
    expect(body.questionCount).toBe(listed.questionCount);
    const missing = await call((await articleRoute()).GET, "/api/articles/nope", { params: { slug: "nope" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
  });

  it("shows learners approved questions without answers, and teachers everything", async () => {
    const slug = "iraq-us-forces-withdrawal";
    const { GET } = await questionsRoute();
    await signUp(`first-admin-${Date.now()}@example.com`); // the first account is the admin
    const learner = await signUp(`learner-${Date.now()}@example.com`);
    const asLearner = await (await call(GET, `/api/articles/${slug}/questions`, { params: { slug }, cookie: learner })).json();
    expect(asLearner.questions.length).toBeGreaterThan(0);
    for (const q of asLearner.questions) {
      expect(q).not.toHaveProperty("answer");
      expect(q).not.toHaveProperty("acceptedAnswers");
      expect(q).not.toHaveProperty("source");
    }
    await getDb().user.updateMany({ where: { email: { startsWith: "learner-" } }, data: { role: "teacher" } });
    const asTeacher = await (await call(GET, `/api/articles/${slug}/questions`, { params: { slug }, cookie: learner })).json();
    expect(asTeacher.questions.length).toBeGreaterThanOrEqual(asLearner.questions.length);
    expect(asTeacher.questions[0]).toHaveProperty("answer");
    expect(asTeacher.questions[0]).toHaveProperty("status");
  });
});
