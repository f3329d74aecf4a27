// Question sets repository: reads and writes only. Who may see or change a set, and which
// questions may go in, is decided by the use cases in lib/app/sets.ts.
// Items are replaced as a whole inside one transaction, so a set is never half-reordered.
import type { AssignmentSettings } from "../domain/assignments.ts";
import { randomInt } from "node:crypto";
import type { QuestionType } from "../domain/types.ts";
import { toVisibility, type SetItemView, type SetSummary, type Visibility } from "../domain/sets.ts";
import { getDb, type Prisma } from "./client.ts";

export { VISIBILITIES, type PoolArticle, type SetDetail, type SetItemView, type SetSummary, type Visibility } from "../domain/sets.ts";

/** A set item with what the set page and the exporters read of its question. */
export interface StoredSetItem extends SetItemView {
  key: string;
  acceptedAnswers: string[];
  explanation: string;
  answerType: string;
  sourceSentence: string;
  articleTags: string[];
}

/** A stored set with its owner id (for the permission rules) and its items in order. */
export interface StoredSet extends SetSummary {
  ownerId: string;
  items: StoredSetItem[];
}

const list = (s: string | null | undefined): string[] => {
  if (s == null) return [];
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

const detailInclude = {
  owner: { select: { id: true, name: true } },
  items: {
    orderBy: { position: "asc" },
    include: { question: { include: { article: { select: { slug: true, title: true, tags: true } } } } },
  },
  assignments: { include: { class: { select: { id: true, name: true } } }, orderBy: { assignedAt: "asc" } },
} satisfies Prisma.QuestionSetInclude;

type SetRow = Prisma.QuestionSetGetPayload<{ include: typeof detailInclude }>;

function toStoredSet(row: SetRow): StoredSet {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    visibility: toVisibility(row.visibility),
    ownerId: row.ownerId,
    owner: { id: row.owner.id, name: row.owner.name },
    questionCount: row.items.length,
    classes: row.assignments.map((a) => ({ id: a.class.id, name: a.class.name })),
    updatedAt: row.updatedAt.toISOString(),
    items: row.items.map((item) => {
      const q = item.question;
      return {
        questionId: item.questionId,
        position: item.position,
        type: q.type as QuestionType,
        prompt: q.prompt,
        answer: q.answer,
        ...(q.choices != null ? { choices: list(q.choices) } : {}),
        score: q.score,
        status: q.status,
        article: { slug: q.article.slug, title: q.article.title },
        key: q.key,
        acceptedAnswers: list(q.acceptedAnswers),
        explanation: q.explanation,
        answerType: q.answerType,
        sourceSentence: q.sourceSentence,
        articleTags: list(q.article.tags),
      };
    }),
  };
}

export async function findSet(id: string): Promise<StoredSet | null> {
  const row = await getDb().questionSet.findUnique({ where: { id }, include: detailInclude });
  return row ? toStoredSet(row) : null;
}

export async function findSetBySlug(slug: string): Promise<StoredSet | null> {
  const row = await getDb().questionSet.findUnique({ where: { slug }, include: detailInclude });
  return row ? toStoredSet(row) : null;
}

/** Who owns a set, its visibility and its question ids; null for an unknown id. */
export async function findSetHead(id: string): Promise<{ ownerId: string; visibility: Visibility; questionIds: string[] } | null> {
  const row = await getDb().questionSet.findUnique({
    where: { id },
    select: { ownerId: true, visibility: true, items: { select: { questionId: true } } },
  });
  return row ? { ownerId: row.ownerId, visibility: toVisibility(row.visibility), questionIds: row.items.map((i) => i.questionId) } : null;
}

/** True when this user teaches a class the set is assigned to. */
export async function teachesAssignedClass(userId: string, setId: string): Promise<boolean> {
  return (await getDb().classAssignment.count({ where: { setId, class: { teacherId: userId } } })) > 0;
}

/** Sets, most recently changed first: one owner's, or every set when no owner is given. */
export async function listSets(filter: { ownerId?: string }): Promise<SetSummary[]> {
  const rows = await getDb().questionSet.findMany({
    where: filter.ownerId ? { ownerId: filter.ownerId } : {},
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

/** What a set's item check needs of each question: its status and whose article it is. */
export interface CandidateQuestion {
  id: string;
  status: string;
  article: { origin: string; ownerId: string | null };
}

export async function findCandidateQuestions(ids: string[]): Promise<CandidateQuestion[]> {
  return getDb().question.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, status: true, article: { select: { origin: true, ownerId: true } } },
  });
}

/** The first free slug from `base`: base, base-2, base-3 … */
export async function freeSetSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set(
    (await tx.questionSet.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomInt(1000, 1_000_000)}`;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/** Creates a set and its items in one transaction; `slugBase` is already a slug. */
export async function insertSet(
  ownerId: string,
  data: { title: string; description: string; visibility: Visibility; questionIds: string[] },
  slugBase: string,
): Promise<string> {
  const db = getDb();
  // Two teachers may pick the same title at once: the unique slug decides, the loser retries.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await freeSetSlug(tx, attempt === 0 ? slugBase : `${slugBase}-${randomInt(100, 10_000)}`);
        const set = await tx.questionSet.create({
          data: { slug, title: data.title, description: data.description, visibility: data.visibility, ownerId },
        });
        if (data.questionIds.length) {
          await tx.questionSetItem.createMany({ data: data.questionIds.map((questionId, position) => ({ setId: set.id, questionId, position })) });
        }
        return set.id;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Changes a set's fields and, when given, replaces its ordered items — one transaction. */
export async function updateSetRow(
  id: string,
  patch: { title?: string; description?: string; visibility?: Visibility; questionIds?: string[] },
): Promise<void> {
  await getDb().$transaction(async (tx) => {
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
}

export async function deleteSetRow(id: string): Promise<void> {
  await getDb().questionSet.delete({ where: { id } });
}

/** Assigns a set to a class (idempotent), and makes it CLASS-visible when asked — one transaction. */
export async function insertAssignment(
  setId: string,
  classId: string,
  opts: { makeClassVisible: boolean; settings?: AssignmentSettings },
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    // Assigning again keeps the assignment (and its attempts); given settings replace the old ones.
    const settings = opts.settings ?? {};
    await tx.classAssignment.upsert({ where: { classId_setId: { classId, setId } }, create: { classId, setId, ...settings }, update: settings });
    if (opts.makeClassVisible) await tx.questionSet.update({ where: { id: setId }, data: { visibility: "CLASS" } });
  });
}

// ---------- the question pool a teacher builds from ----------

/** A pool question as stored, with what the sibling rule reads (lib/app/sets.ts works out the siblings). */
export interface PoolQuestionRow {
  id: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  score: number;
  factKey: string;
  articleId: string;
  acceptedAnswers: string[];
  choices?: string[];
  explanation: string;
  source: { sentenceIndex: number };
}

/** Articles (bundled and one owner's imports, or every article) with their APPROVED questions, best first. */
export async function questionPool(filter: { ownerId?: string }): Promise<{ slug: string; title: string; questions: PoolQuestionRow[] }[]> {
  const rows = await getDb().article.findMany({
    where: filter.ownerId ? { OR: [{ origin: "BUNDLED" }, { ownerId: filter.ownerId }] } : {},
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      questions: {
        where: { status: "APPROVED" },
        orderBy: [{ score: "desc" }, { createdAt: "asc" }],
        select: { id: true, type: true, prompt: true, answer: true, score: true, factKey: true, articleId: true, sentenceIndex: true, acceptedAnswers: true, choices: true, explanation: true },
      },
    },
  });
  return rows
    .filter((a) => a.questions.length > 0)
    .map((a) => ({
      slug: a.slug,
      title: a.title,
      questions: a.questions.map(({ sentenceIndex, acceptedAnswers, choices, ...q }) => ({
        ...q,
        type: q.type as QuestionType,
        acceptedAnswers: list(acceptedAnswers),
        ...(choices != null ? { choices: list(choices) } : {}),
        source: { sentenceIndex },
      })),
    }));
}

// ---------- storing a set read from a file ----------

/** One article of an imported set, planned by lib/app/import-set.ts. */
export interface PlannedArticle {
  title: string;
  tags: string[];
  body: string;
  sentences: { index: number; paragraph: number; text: string; start: number; end: number }[];
  slugBase: string;
  checksum: (slug: string) => string;
  questions: PlannedQuestion[];
}

export interface PlannedQuestion {
  /** The id in the file: kept when free, so a re-export reads the same. */
  fileId: string;
  key: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  choices?: string[];
  explanation: string;
  sentenceIndex: number;
  spanStart: number;
  spanEnd: number;
  sourceSentence: string;
  answerType: string;
}

export interface PlannedSet {
  title: string;
  description: string;
  slugBase: string;
  /** File ids in set order; reused ids map to themselves. */
  order: string[];
  reused: string[];
  articles: PlannedArticle[];
}

/** Ids among these that already exist, with their keys. */
export async function existingQuestionKeys(ids: string[]): Promise<Map<string, string>> {
  const rows = await getDb().question.findMany({ where: { id: { in: ids } }, select: { id: true, key: true } });
  return new Map(rows.map((q) => [q.id, q.key]));
}

async function freeArticleSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set((await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Writes a planned set import — new articles, their questions, the set and its items — in one transaction. */
export async function insertImportedSet(plan: PlannedSet, ownerId: string): Promise<{ id: string; slug: string; questions: number; articles: string[] }> {
  return getDb().$transaction(async (tx) => {
    const idFor = new Map<string, string>(plan.reused.map((id) => [id, id]));
    const takenIds = new Set((await tx.question.findMany({ where: { id: { in: plan.articles.flatMap((a) => a.questions.map((q) => q.fileId)) } }, select: { id: true } })).map((q) => q.id));
    const articles: string[] = [];
    for (const planned of plan.articles) {
      const slug = await freeArticleSlug(tx, planned.slugBase);
      const article = await tx.article.create({
        data: {
          slug,
          title: planned.title,
          tags: JSON.stringify(planned.tags),
          body: planned.body,
          sentences: JSON.stringify(planned.sentences),
          checksum: planned.checksum(slug),
          origin: "IMPORTED",
          ownerId,
        },
      });
      articles.push(slug);
      for (const q of planned.questions) {
        const created = await tx.question.create({
          data: {
            ...(takenIds.has(q.fileId) ? {} : { id: q.fileId }),
            key: q.key,
            articleId: article.id,
            type: q.type,
            prompt: q.prompt,
            answer: q.answer,
            acceptedAnswers: JSON.stringify(q.acceptedAnswers),
            choices: q.choices ? JSON.stringify(q.choices) : null,
            explanation: q.explanation,
            sentenceIndex: q.sentenceIndex,
            spanStart: q.spanStart,
            spanEnd: q.spanEnd,
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
        idFor.set(q.fileId, created.id);
      }
    }
    const slug = await freeSetSlug(tx, plan.slugBase);
    const orderedIds = [...new Set(plan.order.map((id) => idFor.get(id)).filter((x): x is string => Boolean(x)))];
    const created = await tx.questionSet.create({
      data: { slug, title: plan.title, description: plan.description, ownerId, visibility: "PRIVATE" },
    });
    if (orderedIds.length) {
      await tx.questionSetItem.createMany({ data: orderedIds.map((questionId, position) => ({ setId: created.id, questionId, position })) });
    }
    return { id: created.id, slug, questions: orderedIds.length, articles };
  });
}
