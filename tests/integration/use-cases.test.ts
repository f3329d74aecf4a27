// The use cases themselves (lib/app), called without HTTP: another teacher's private set and
// private article import answer "not found" — the same as an id that does not exist — while the
// owner and an admin get them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { getDb } from "@/lib/db/client";
import { findUser } from "@/lib/db/users";
import type { AppUser } from "@/lib/domain/user";
import { importArticleFiles, importForTeacher } from "@/lib/app/import-article";
import { parseArticleText } from "@/lib/content";
import { assignSet, createSet, deleteSet, getSet, updateSet } from "@/lib/app/sets";
import { exportableSet } from "@/lib/app/export";
import { createClass } from "@/lib/app/classes";
import { articleQuestions, readArticle } from "@/lib/app/articles";
import { approveDraftsAbove, curatableArticle, editQuestion, regenerateArticle, setQuestionStatus, writeQuestion } from "@/lib/app/curation";

let cleanup: () => Promise<void>;
let owner: AppUser, other: AppUser, admin: AppUser;
let setId: string;
let articleSlug: string;
let draftId: string;

async function account(id: string, role: string): Promise<AppUser> {
  await getDb().user.create({ data: { id, name: id, email: `${id}@example.org`, role } });
  return (await findUser(id))!;
}

beforeAll(async () => {
  ({ cleanup } = await useFreshDatabase());
  await importArticleFiles(["content/articles/the-nile-river-basin.md"], { origin: "BUNDLED" });
  [owner, other, admin] = [await account("owner", "teacher"), await account("other", "teacher"), await account("boss", "admin")];
  const approved = await getDb().question.findFirstOrThrow({ where: { status: "APPROVED" } });
  const made = await createSet(owner, { title: "Private set", questionIds: [approved.id] });
  if (made.kind !== "ok") throw new Error(`set not created: ${made.kind}`);
  setId = made.set.id;
  const parsed = parseArticleText({ text: "A private handout\n\nThe Danube flows through Vienna. Vienna is the capital of Austria. The river reaches the Black Sea in Romania." });
  if (!parsed.ok) throw new Error("handout did not parse");
  const imported = await importForTeacher(parsed, owner.id);
  articleSlug = imported.slug;
  draftId = (await getDb().question.create({
    data: {
      key: "k-private", articleId: imported.id, type: "SHORT_ANSWER", prompt: "Which city is the capital of Austria?", answer: "Vienna",
      acceptedAnswers: "[]", explanation: "", sentenceIndex: 1, spanStart: 0, spanEnd: 6, sourceSentence: "Vienna is the capital of Austria.",
      answerType: "city", factKey: "f", difficulty: 0.5, score: 0.9, generatorVersion: "test", status: "DRAFT",
    },
  })).id;
}, 120_000);

afterAll(async () => cleanup?.());

describe("another teacher's private set is not found", () => {
  it("reads, exports, changes, assigns and deletes as if the id did not exist", async () => {
    expect(await getSet(owner, setId)).not.toBeNull();
    expect(await getSet(admin, setId)).not.toBeNull();
    for (const id of [setId, "c0000000000000000000000000"]) {
      expect(await getSet(other, id)).toBeNull();
      expect(await exportableSet(other, id, new Date())).toBeNull();
      expect(await updateSet(other, id, { title: "mine now" })).toEqual({ kind: "not-found" });
      expect(await deleteSet(other, id)).toBe(false);
    }
    const klass = await createClass(other, "Other's class");
    expect(await assignSet(other, setId, klass.id)).toEqual({ kind: "no-set" });
    expect(await assignSet(owner, setId, klass.id)).toEqual({ kind: "no-class" }); // and not into someone else's class
    expect((await getSet(owner, setId))?.title).toBe("Private set");
  });
});

describe("another teacher's article import is not found", () => {
  it("cannot be read, listed for questions or curated by another teacher", async () => {
    expect(await readArticle(owner, articleSlug)).not.toBeNull();
    expect(await curatableArticle(admin, articleSlug)).not.toBeNull();
    expect(await readArticle(other, articleSlug)).toBeNull();
    expect(await readArticle(null, articleSlug)).toBeNull();
    expect(await articleQuestions(other, articleSlug)).toBeNull();
    expect(await curatableArticle(other, articleSlug)).toBeNull();
    expect(await regenerateArticle(other, articleSlug)).toBeNull();
    expect(await approveDraftsAbove(other, articleSlug, 0)).toBeNull();
    expect(await writeQuestion(other, articleSlug, { type: "SHORT_ANSWER", prompt: "Where?", answer: "Here", acceptedAnswers: [], explanation: "", status: "APPROVED" })).toEqual({ kind: "not-found" });
    expect(await editQuestion(other, draftId, { prompt: "Hijacked?" })).toEqual({ kind: "not-found" });
    expect(await setQuestionStatus(other, draftId, "APPROVED")).toBeNull();
    const untouched = await getDb().question.findUniqueOrThrow({ where: { id: draftId } });
    expect([untouched.prompt, untouched.status]).toEqual(["Which city is the capital of Austria?", "DRAFT"]);
    expect(await setQuestionStatus(owner, draftId, "APPROVED")).toMatchObject({ status: "APPROVED" });
  });
});
