// Learners bring their own text: a private article (paste or upload) → questions ready to quiz on →
// their quizzes and flashcards; nobody else sees it (404), guests are asked to sign up, and the
// teacher's import still starts every question as a DRAFT.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, guest, signUp, ORIGIN } from "./helpers/http";
import { getDb } from "@/lib/db/client";
import { setRole } from "@/lib/db/users";
import * as ownRoute from "@/app/api/me/articles/route";
import * as articlesRoute from "@/app/api/articles/route";
import * as articleRoute from "@/app/api/articles/[slug]/route";
import * as questionsRoute from "@/app/api/articles/[slug]/questions/route";
import * as attemptsRoute from "@/app/api/attempts/route";
import * as deckRoute from "@/app/api/deck/route";
import * as teacherImportRoute from "@/app/api/teacher/articles/route";

const route = (fn: unknown) => fn as Parameters<typeof import("./helpers/http").call>[0];
// The seed's body without its front matter: a learner pastes plain text.
const TEXT = readFileSync("content/articles/iraq-us-forces-withdrawal.md", "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");

let cleanup: () => Promise<void>;
let learner: string;
let other: string;
let teacher: string;
let slug: string;

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  await signUp("admin@example.com", "correct horse 1", "Ada Admin");
  learner = await signUp("learner@example.com", "correct horse 1", "Lea Learner");
  other = await signUp("other@example.com", "correct horse 1", "Oli Other");
  teacher = await signUp("teacher@example.com", "correct horse 1", "Tess Teacher");
  const { GET } = await auth();
  const teacherId = (await (await call(GET, "/api/auth/get-session", { cookie: teacher })).json()).user.id;
  await setRole(teacherId, "teacher");
});

afterAll(async () => cleanup?.());

const bring = (cookie: string, body: unknown) => call(route(ownRoute.POST), "/api/me/articles", { body, cookie });

describe("a learner brings their own text", () => {
  it("pastes it: a private article with approved questions, owned by the learner", async () => {
    const res = await bring(learner, { title: "My notes on Iraq", text: TEXT });
    expect(res.status, await res.clone().text()).toBe(201);
    const body = await res.json();
    expect(body.duplicate).toBe(false);
    expect(body.article.title).toBe("My notes on Iraq");
    expect(body.approved).toBeGreaterThan(5);
    slug = body.article.slug;
    const row = await getDb().article.findUnique({ where: { slug }, include: { owner: true } });
    expect(row).toMatchObject({ origin: "IMPORTED" });
    expect(row!.owner!.email).toBe("learner@example.com");
    // The same text again answers the earlier import.
    const again = await bring(learner, { title: "My notes on Iraq", text: TEXT });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true, article: { slug } });
  });

  it("pasting the same text again gives an article stored before outlines were kept its headings and lists", async () => {
    const text = "## Before the war\n\nThe Tigris flows through Baghdad. It floods in spring.\n\nIts floods bring:\n\n- silt\n- fish";
    const first = await (await bring(learner, { title: "River notes", text })).json();
    const where = { slug: first.article.slug };
    const outline = { headings: [{ paragraph: 0, level: 2, text: "Before the war" }], listItems: [2, 3] };
    expect(JSON.parse((await getDb().article.findUniqueOrThrow({ where })).outline)).toEqual(outline);
    await getDb().article.update({ where, data: { outline: '{"headings":[],"listItems":[]}' } });
    const again = await bring(learner, { title: "River notes", text });
    expect(await again.json()).toMatchObject({ duplicate: true, article: { slug: first.article.slug } });
    expect(JSON.parse((await getDb().article.findUniqueOrThrow({ where })).outline)).toEqual(outline);
  });

  it("takes their own quiz and adds the cards to their deck", async () => {
    const quiz = await call(attemptsRoute.POST, "/api/attempts", { body: { articleSlug: slug, mode: "PRACTICE", count: 3 }, cookie: learner });
    expect(quiz.status, await quiz.clone().text()).toBe(201);
    expect((await quiz.json()).questions).toHaveLength(3);
    const deck = await call(deckRoute.POST, "/api/deck", { body: { articleSlug: slug }, cookie: learner });
    expect(deck.status, await deck.clone().text()).toBe(201);
    expect((await deck.json()).added).toBeGreaterThan(0);
    const list = await (await call(articlesRoute.GET, "/api/articles", { cookie: learner })).json();
    expect(list.articles.map((a: { slug: string }) => a.slug)).toContain(slug);
  });

  it("nobody else sees it: another learner, a teacher and no session all read 404, and it is not in their lists", async () => {
    for (const cookie of [other, teacher, undefined]) {
      const who = cookie === other ? "other" : cookie === teacher ? "teacher" : "anonymous";
      expect((await call(route(articleRoute.GET), `/api/articles/${slug}`, { cookie, params: { slug } })).status, who).toBe(404);
      expect((await call(route(questionsRoute.GET), `/api/articles/${slug}/questions`, { cookie, params: { slug } })).status, who).toBe(404);
      const list = await (await call(articlesRoute.GET, "/api/articles", { cookie })).json();
      expect(list.articles.map((a: { slug: string }) => a.slug), who).not.toContain(slug);
    }
    for (const cookie of [other, teacher]) {
      expect((await call(attemptsRoute.POST, "/api/attempts", { body: { articleSlug: slug, mode: "PRACTICE" }, cookie })).status).toBe(404);
      expect((await call(deckRoute.POST, "/api/deck", { body: { articleSlug: slug }, cookie })).status).toBe(404);
    }
  });

  it("uploads a .txt file as multipart/form-data", async () => {
    const form = new FormData();
    form.set("file", new File(["The Nile is the longest river in Africa. It flows north into the Mediterranean Sea. Cairo lies on the Nile.\n\nThe Aswan High Dam was completed in 1970 and created Lake Nasser."], "nile.txt", { type: "text/plain" }));
    form.set("title", "The Nile, briefly");
    const request = new Request(new URL("/api/me/articles", ORIGIN), { method: "POST", body: form, headers: { cookie: other, origin: ORIGIN } });
    const res = await ownRoute.POST(request, { params: Promise.resolve({}) });
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await res.json()).article.title).toBe("The Nile, briefly");
  });

  it("answers 400/422 naming the field for empty or unusable text, and 403 for a guest", async () => {
    const empty = await bring(learner, { text: "" });
    expect(empty.status).toBe(400);
    expect((await empty.json()).errors.map((e: { field: string }) => e.field)).toContain("text");
    const guestCookie = await guest();
    const res = await bring(guestCookie, { text: TEXT });
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toMatch(/Sign up/);
    expect((await bring("", { text: TEXT })).status).toBe(401);
  });

  it("leaves the teacher's import as it was: every question a DRAFT for curation", async () => {
    const res = await call(teacherImportRoute.POST, "/api/teacher/articles", { body: { title: "Teacher copy", text: TEXT }, cookie: teacher });
    expect(res.status, await res.clone().text()).toBe(201);
    const { article } = await res.json();
    const statuses = await getDb().question.groupBy({ by: ["status"], where: { article: { slug: article.slug } } });
    expect(statuses.map((s) => s.status)).toEqual(["DRAFT"]);
  });
});
