// Question sets: a teacher's ordered selection of approved questions from one or more articles,
// published PRIVATE | CLASS | PUBLIC, assigned to classes, exported to other tools.
// Items are replaced as a whole inside one transaction, so a set is never half-reordered.
import { randomInt } from "node:crypto";
import type { QuestionType } from "../domain/types.ts";
import type { ExportQuestion, ExportSet } from "../export/types.ts";
import { slugify } from "../content/slug.ts";
import { isAdmin, mayExportSet, mayManageClass, ownsOrAdmin } from "../domain/permissions.ts";
import { getDb, type Prisma } from "./client.ts";
import type { AppUser } from "./users.ts";

export const VISIBILITIES = ["PRIVATE", "CLASS", "PUBLIC"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface SetItemView {
  questionId: string;
  position: number;
  type: QuestionType;
  prompt: string;
  answer: string;
  choices?: string[];
  score: number;
  status: string;
  article: { slug: string; title: string };
}

export interface SetSummary {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
  owner: { id: string; name: string };
  questionCount: number;
  classes: { id: string; name: string }[];
  updatedAt: string;
}

export interface SetDetail extends SetSummary {
  items: SetItemView[];
  /** The owner or an admin: may edit, delete and assign (a class teacher may only read and export). */
  mayEdit: boolean;
}

export interface SetInput {
  title: string;
  description?: string;
  visibility?: Visibility;
  questionIds?: string[];
}

export type SetPatch = Partial<SetInput>;

export interface ItemError {
  field: string;
  message: string;
}

export type SetOutcome = { kind: "ok"; set: SetDetail } | { kind: "not-found" } | { kind: "invalid"; errors: ItemError[] };

const list = (s: string | null | undefined): string[] => {
  if (s == null) return [];
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

const toVisibility = (v: string): Visibility => (VISIBILITIES.includes(v as Visibility) ? (v as Visibility) : "PRIVATE");

const detailInclude = {
  owner: { select: { id: true, name: true } },
  items: {
    orderBy: { position: "asc" },
    include: { question: { include: { article: { select: { slug: true, title: true, tags: true } } } } },
  },
  assignments: { include: { class: { select: { id: true, name: true } } }, orderBy: { assignedAt: "asc" } },
} satisfies Prisma.QuestionSetInclude;

type SetRow = Prisma.QuestionSetGetPayload<{ include: typeof detailInclude }>;

function toDetail(row: SetRow, user: AppUser | null): SetDetail {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    visibility: toVisibility(row.visibility),
    owner: { id: row.owner.id, name: row.owner.name },
    questionCount: row.items.length,
    classes: row.assignments.map((a) => ({ id: a.class.id, name: a.class.name })),
    updatedAt: row.updatedAt.toISOString(),
    mayEdit: ownsOrAdmin(user, row.ownerId),
    items: row.items.map((item) => ({
      questionId: item.questionId,
      position: item.position,
      type: item.question.type as QuestionType,
      prompt: item.question.prompt,
      answer: item.question.answer,
      ...(item.question.choices != null ? { choices: list(item.question.choices) } : {}),
      score: item.question.score,
      status: item.question.status,
      article: { slug: item.question.article.slug, title: item.question.article.title },
    })),
  };
}

/** True when the user teaches a class this set is assigned to. */
async function teachesAssignedClass(user: AppUser, setId: string): Promise<boolean> {
  return (await getDb().classAssignment.count({ where: { setId, class: { teacherId: user.id } } })) > 0;
}

/** The set row when the user may read it in full (owner, admin, teacher of an assigned class). */
async function readableRow(user: AppUser, id: string): Promise<SetRow | null> {
  const row = await getDb().questionSet.findUnique({ where: { id }, include: detailInclude });
  if (!row) return null;
  const teaches = row.visibility === "CLASS" && !ownsOrAdmin(user, row.ownerId) ? await teachesAssignedClass(user, id) : false;
  return mayExportSet(user, row, teaches) ? row : null;
}

export async function getSet(user: AppUser, id: string): Promise<SetDetail | null> {
  const row = await readableRow(user, id);
  return row ? toDetail(row, user) : null;
}

/** My sets (admins: everyone's), most recently changed first. */
export async function listSets(user: AppUser): Promise<SetSummary[]> {
  const rows = await getDb().questionSet.findMany({
    where: isAdmin(user) ? {} : { ownerId: user.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    include: {
      owner: { select: { id: true, name: true } },
      _count: { select: { items: true } },
      assignments: { include: { class: { select: { id: true, name: true } } }, orderBy: { assignedAt: "asc" } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    visibility: toVisibility(r.visibility),
    owner: r.owner,
    questionCount: r._count.items,
    classes: r.assignments.map((a) => ({ id: a.class.id, name: a.class.name })),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * Checks the questions a set is given: each must exist, belong to an article the user may use
 * (bundled, their own import, or any for admins), appear once, and be APPROVED — unless it is
 * already in the set (a question rejected later can still be moved or removed).
 */
async function checkQuestionIds(user: AppUser, ids: string[], already: Set<string>): Promise<ItemError[]> {
  const rows = await getDb().question.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, status: true, article: { select: { origin: true, ownerId: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: ItemError[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const field = `questionIds.${i}`;
    const q = byId.get(id);
    const usable = q && (isAdmin(user) || q.article.origin === "BUNDLED" || q.article.ownerId === user.id);
    if (!q || !usable) errors.push({ field, message: "no such question" });
    else if (seen.has(id)) errors.push({ field, message: "this question is already in the set" });
    else if (q.status !== "APPROVED" && !already.has(id)) errors.push({ field, message: `only approved questions can be added (this one is ${q.status})` });
    seen.add(id);
  });
  return errors;
}

async function freeSlug(tx: Prisma.TransactionClient, title: string, wanted?: string): Promise<string> {
  const base = (wanted && slugify(wanted)) || slugify(title) || "set";
  const taken = new Set(
    (await tx.questionSet.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomInt(1000, 1_000_000)}`;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

export async function createSet(user: AppUser, input: SetInput, opts: { slug?: string } = {}): Promise<SetOutcome> {
  const ids = input.questionIds ?? [];
  const errors = await checkQuestionIds(user, ids, new Set());
  if (errors.length) return { kind: "invalid", errors };
  const db = getDb();
  // Two teachers may pick the same title at once: the unique slug decides, the loser retries.
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await db.$transaction(async (tx) => {
        const slug = await freeSlug(tx, input.title, attempt === 0 ? opts.slug : `${opts.slug ?? input.title}-${randomInt(100, 10_000)}`);
        const set = await tx.questionSet.create({
          data: {
            slug,
            title: input.title,
            description: input.description ?? "",
            visibility: input.visibility ?? "PRIVATE",
            ownerId: user.id,
          },
        });
        if (ids.length) await tx.questionSetItem.createMany({ data: ids.map((questionId, position) => ({ setId: set.id, questionId, position })) });
        return set.id;
      });
      return { kind: "ok", set: (await getSet(user, id))! };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export async function updateSet(user: AppUser, id: string, patch: SetPatch): Promise<SetOutcome> {
  const db = getDb();
  const row = await db.questionSet.findUnique({ where: { id }, include: { items: { select: { questionId: true } } } });
  if (!row || !ownsOrAdmin(user, row.ownerId)) return { kind: "not-found" };
  if (patch.questionIds) {
    const errors = await checkQuestionIds(user, patch.questionIds, new Set(row.items.map((i) => i.questionId)));
    if (errors.length) return { kind: "invalid", errors };
  }
  await db.$transaction(async (tx) => {
    await tx.questionSet.update({
      where: { id },
      data: {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.visibility !== undefined ? { visibility: patch.visibility } : {}),
        updatedAt: new Date(),
      },
    });
    if (patch.questionIds) {
      await tx.questionSetItem.deleteMany({ where: { setId: id } });
      if (patch.questionIds.length) {
        await tx.questionSetItem.createMany({ data: patch.questionIds.map((questionId, position) => ({ setId: id, questionId, position })) });
      }
    }
  });
  return { kind: "ok", set: (await getSet(user, id))! };
}

export async function deleteSet(user: AppUser, id: string): Promise<boolean> {
  const db = getDb();
  const row = await db.questionSet.findUnique({ where: { id }, select: { ownerId: true } });
  if (!row || !ownsOrAdmin(user, row.ownerId)) return false;
  await db.questionSet.delete({ where: { id } });
  return true;
}

export type AssignOutcome = { kind: "ok"; set: SetDetail } | { kind: "no-set" } | { kind: "no-class" };

/**
 * Assigns a set to one of the user's classes (idempotent). A PRIVATE set becomes CLASS, since
 * assigning it is sharing it with the class; PUBLIC stays PUBLIC.
 */
export async function assignSet(user: AppUser, setId: string, classId: string): Promise<AssignOutcome> {
  const db = getDb();
  const set = await db.questionSet.findUnique({ where: { id: setId }, select: { ownerId: true, visibility: true } });
  if (!set || !ownsOrAdmin(user, set.ownerId)) return { kind: "no-set" };
  const klass = await db.class.findUnique({ where: { id: classId }, select: { teacherId: true } });
  if (!klass || !mayManageClass(user, klass)) return { kind: "no-class" };
  await db.$transaction(async (tx) => {
    await tx.classAssignment.upsert({ where: { classId_setId: { classId, setId } }, create: { classId, setId }, update: {} });
    if (set.visibility === "PRIVATE") await tx.questionSet.update({ where: { id: setId }, data: { visibility: "CLASS" } });
  });
  return { kind: "ok", set: (await getSet(user, setId))! };
}

// ---------- exports ----------

function toExportSet(row: SetRow, now: Date): { set: ExportSet; notApproved: { key: string; prompt: string; reason: string }[] } {
  const questions: ExportQuestion[] = [];
  const notApproved: { key: string; prompt: string; reason: string }[] = [];
  for (const item of row.items) {
    const q = item.question;
    if (q.status !== "APPROVED") {
      notApproved.push({ key: q.key, prompt: q.prompt, reason: `the question is ${q.status.toLowerCase()}, not approved` });
      continue;
    }
    questions.push({
      id: q.id,
      key: q.key,
      type: q.type as QuestionType,
      prompt: q.prompt,
      answer: q.answer,
      acceptedAnswers: list(q.acceptedAnswers),
      ...(q.choices != null ? { choices: list(q.choices) } : {}),
      explanation: q.explanation,
      answerType: q.answerType,
      sourceSentence: q.sourceSentence,
      articleTitle: q.article.title,
      tags: list(q.article.tags),
    });
  }
  return {
    set: { slug: row.slug, title: row.title, ...(row.description ? { description: row.description } : {}), questions, exportedAt: now },
    notApproved,
  };
}

export interface ExportableSet {
  set: ExportSet;
  /** Items left out before formatting (no longer approved), reported like a format's own skips. */
  notApproved: { key: string; prompt: string; reason: string }[];
}

/** The set as lib/export wants it, when the user may export it; null otherwise. */
export async function exportableSet(user: AppUser, id: string, now: Date): Promise<ExportableSet | null> {
  const row = await readableRow(user, id);
  return row ? toExportSet(row, now) : null;
}

/** The CLI's way in: a set by slug, no user (the operator runs the command). */
export async function exportableSetBySlug(slug: string, now: Date): Promise<ExportableSet | null> {
  const row = await getDb().questionSet.findUnique({ where: { slug }, include: detailInclude });
  return row ? toExportSet(row, now) : null;
}

// ---------- the question pool a teacher builds from ----------

export interface PoolArticle {
  slug: string;
  title: string;
  questions: { id: string; type: QuestionType; prompt: string; answer: string; score: number }[];
}

/** Articles the user may build from, each with its APPROVED questions (best first). */
export async function questionPool(user: AppUser): Promise<PoolArticle[]> {
  const rows = await getDb().article.findMany({
    where: isAdmin(user) ? {} : { OR: [{ origin: "BUNDLED" }, { ownerId: user.id }] },
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      questions: {
        where: { status: "APPROVED" },
        orderBy: [{ score: "desc" }, { createdAt: "asc" }],
        select: { id: true, type: true, prompt: true, answer: true, score: true },
      },
    },
  });
  return rows
    .filter((a) => a.questions.length > 0)
    .map((a) => ({ ...a, questions: a.questions.map((q) => ({ ...q, type: q.type as QuestionType })) }));
}

// ---------- reading our JSON format back ----------

export interface ImportedSet {
  id: string;
  slug: string;
  questions: number;
  articles: string[];
}

/**
 * Stores a set read from our JSON format. A question whose id still exists with the same key is
 * reused; the others go into one IMPORTED article per article title (its body: their source
 * sentences), keeping the file's ids where they are free so a re-export reads the same.
 */
export async function importSet(set: ExportSet, ownerId: string): Promise<ImportedSet> {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.question.findMany({ where: { id: { in: set.questions.map((q) => q.id) } }, select: { id: true, key: true } });
    const reusable = new Map(existing.map((q) => [q.id, q.key]));
    const takenIds = new Set(existing.map((q) => q.id));
    const byTitle = new Map<string, ExportQuestion[]>();
    for (const q of set.questions) {
      if (reusable.get(q.id) === q.key) continue;
      byTitle.set(q.articleTitle, [...(byTitle.get(q.articleTitle) ?? []), q]);
    }
    const idFor = new Map<string, string>();
    for (const q of set.questions) if (reusable.get(q.id) === q.key) idFor.set(q.id, q.id);
    const articles: string[] = [];
    for (const [title, questions] of byTitle) {
      const sentences = [...new Set(questions.map((q) => q.sourceSentence))];
      const body = sentences.join("\n\n");
      let offset = 0;
      const sentenceRows = sentences.map((text, index) => {
        const row = { index, paragraph: index, text, start: offset, end: offset + text.length };
        offset += text.length + 2;
        return row;
      });
      const slug = await freeArticleSlug(tx, `${slugify(title) || "article"}-imported`);
      const article = await tx.article.create({
        data: {
          slug,
          title,
          tags: JSON.stringify(questions[0].tags),
          body,
          sentences: JSON.stringify(sentenceRows),
          checksum: `import:${set.slug}:${slug}`,
          origin: "IMPORTED",
          ownerId,
        },
      });
      articles.push(slug);
      const keys = new Set<string>();
      for (const q of questions) {
        if (keys.has(q.key)) continue; // one question per key in an article
        keys.add(q.key);
        const sentenceIndex = sentences.indexOf(q.sourceSentence);
        const at = q.sourceSentence.indexOf(q.answer);
        const created = await tx.question.create({
          data: {
            ...(takenIds.has(q.id) ? {} : { id: q.id }),
            key: q.key,
            articleId: article.id,
            type: q.type,
            prompt: q.prompt,
            answer: q.answer,
            acceptedAnswers: JSON.stringify(q.acceptedAnswers),
            choices: q.choices ? JSON.stringify(q.choices) : null,
            explanation: q.explanation,
            sentenceIndex,
            spanStart: Math.max(at, 0),
            spanEnd: at >= 0 ? at + q.answer.length : 0,
            sourceSentence: q.sourceSentence,
            answerType: q.answerType,
            factKey: q.key,
            status: "APPROVED",
            edited: true, // the file's wording is the teacher's: never regenerated over
            generatorVersion: "import",
            authorId: ownerId,
          },
        });
        takenIds.add(created.id);
        idFor.set(q.id, created.id);
      }
    }
    const slug = await freeSlug(tx, set.title, set.slug);
    const orderedIds = [...new Set(set.questions.map((q) => idFor.get(q.id)).filter((x): x is string => Boolean(x)))];
    const created = await tx.questionSet.create({
      data: { slug, title: set.title, description: set.description ?? "", ownerId, visibility: "PRIVATE" },
    });
    if (orderedIds.length) {
      await tx.questionSetItem.createMany({ data: orderedIds.map((questionId, position) => ({ setId: created.id, questionId, position })) });
    }
    return { id: created.id, slug, questions: orderedIds.length, articles };
  });
}

async function freeArticleSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set((await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The account a CLI import is owned by: the given email, or the first admin. */
export async function importOwner(email?: string): Promise<{ id: string; email: string } | null> {
  const db = getDb();
  if (email) return db.user.findFirst({ where: { email: email.toLowerCase() }, select: { id: true, email: true } });
  return db.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { id: true, email: true } });
}
