import type { ArticleOutline, CleanArticle, Sentence } from "../domain/types.ts";
import type { ArticleScope } from "../domain/permissions.ts";
import { noOutline } from "../domain/outline.ts";
import type { ArticleSummary, StatusCounts, WorkspaceArticle } from "../domain/articles.ts";

export type { ArticleSummary, StatusCounts, WorkspaceArticle } from "../domain/articles.ts";
import { getDb } from "./client.ts";


export interface StoredArticle extends CleanArticle {
  /** Always read back: an article stored before outlines were kept reads as having none. */
  outline: ArticleOutline;
  id: string;
  origin: string;
  ownerId: string | null;
}

const parseList = <T>(s: string | null | undefined): T[] => {
  try {
    const v = JSON.parse(s ?? "[]");
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
};

/** The stored outline; anything unreadable reads as none (the text stands without it). */
function parseOutline(s: string): ArticleOutline {
  try {
    const v = JSON.parse(s) as Partial<ArticleOutline> | null;
    return { headings: Array.isArray(v?.headings) ? v.headings : [], listItems: Array.isArray(v?.listItems) ? v.listItems : [] };
  } catch {
    return noOutline();
  }
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type ArticleRow = Awaited<ReturnType<ReturnType<typeof getDb>["article"]["findFirstOrThrow"]>>;

function toStored(row: ArticleRow): StoredArticle {
  const body = row.body;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    source: row.source ?? undefined,
    url: row.url ?? undefined,
    published: isoDate(row.publishedAt) ?? undefined,
    tags: parseList<string>(row.tags),
    body,
    paragraphs: body.split("\n\n"),
    sentences: parseList<Sentence>(row.sentences),
    outline: parseOutline(row.outline),
    checksum: row.checksum,
    origin: row.origin,
    ownerId: row.ownerId,
  };
}

/** A list filter from lib/domain's articleScope: every article, or bundled ones plus one owner's. */
function inScope(scope: ArticleScope) {
  if (scope.all) return {};
  return scope.ownerId ? { OR: [{ origin: "BUNDLED" }, { ownerId: scope.ownerId }] } : { origin: "BUNDLED" };
}

/** The list view of an article row: the body is only counted, never sent. */
function summaryOf(r: ArticleRow, questionCount: number): ArticleSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    source: r.source,
    url: r.url,
    published: isoDate(r.publishedAt),
    tags: parseList<string>(r.tags),
    origin: r.origin,
    ownerId: r.ownerId,
    words: r.body.split(/\s+/).filter(Boolean).length,
    questionCount,
  };
}

export async function listArticles(scope: ArticleScope): Promise<ArticleSummary[]> {
  const rows = await getDb().article.findMany({
    where: inScope(scope),
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    include: { _count: { select: { questions: { where: { status: "APPROVED" } } } } },
  });
  return rows.map((r) => summaryOf(r, r._count.questions));
}

export async function findArticleBySlug(slug: string): Promise<StoredArticle | null> {
  const row = await getDb().article.findUnique({ where: { slug } });
  return row ? toStored(row) : null;
}

/**
 * The article by slug within a scope. Still called by lib/db/attempts.ts (the learner side moves
 * it to a use case); new callers load with findArticleBySlug and apply mayReadArticle themselves.
 */
export async function findArticle(slug: string, viewer?: { id: string; role: string } | null): Promise<StoredArticle | null> {
  const scope: ArticleScope = viewer?.role === "admin" ? { all: true } : { all: false, ownerId: viewer?.id ?? null };
  const row = await getDb().article.findFirst({ where: { slug, ...inScope(scope) } });
  return row ? toStored(row) : null;
}

export async function findArticleById(id: string): Promise<StoredArticle | null> {
  const row = await getDb().article.findUnique({ where: { id } });
  return row ? toStored(row) : null;
}

export async function allArticles(): Promise<StoredArticle[]> {
  return (await getDb().article.findMany({ orderBy: { slug: "asc" } })).map(toStored);
}

export type UpsertOutcome = "created" | "updated" | "unchanged";

/** The stored columns of a clean article (slug, origin and owner aside). */
export function articleColumns(article: CleanArticle) {
  return {
    title: article.title,
    source: article.source ?? null,
    url: article.url ?? null,
    publishedAt: article.published ? new Date(`${article.published}T00:00:00Z`) : null,
    tags: JSON.stringify(article.tags ?? []),
    body: article.body,
    sentences: JSON.stringify(article.sentences),
    outline: JSON.stringify(article.outline ?? noOutline()),
    checksum: article.checksum,
  };
}

/** The stored article with this slug: its id and checksum (null: none). */
export async function findArticleChecksum(slug: string): Promise<{ id: string; checksum: string } | null> {
  return getDb().article.findUnique({ where: { slug }, select: { id: true, checksum: true } });
}

/** Import is idempotent: the same file (same checksum) changes nothing. */
export async function upsertArticle(
  article: CleanArticle,
  opts: { origin?: "BUNDLED" | "IMPORTED"; ownerId?: string | null } = {},
): Promise<{ id: string; outcome: UpsertOutcome }> {
  const db = getDb();
  const existing = await db.article.findUnique({ where: { slug: article.slug } });
  if (existing && existing.checksum === article.checksum) return { id: existing.id, outcome: "unchanged" };
  const data = articleColumns(article);
  if (existing) {
    await db.article.update({ where: { id: existing.id }, data });
    return { id: existing.id, outcome: "updated" };
  }
  const created = await db.article.create({
    data: { ...data, slug: article.slug, origin: opts.origin ?? "BUNDLED", ownerId: opts.ownerId ?? null },
  });
  return { id: created.id, outcome: "created" };
}

export async function slugTaken(slug: string): Promise<boolean> {
  return (await getDb().article.count({ where: { slug } })) > 0;
}

export async function markGenerated(articleId: string, at: Date): Promise<void> {
  await getDb().article.update({ where: { id: articleId }, data: { generatedAt: at } });
}

// ---------- teacher workspace ----------

/** The first of `base`, `base-2`, `base-3` … that no article has, nor `alsoTaken` (a new import's slug). */
export async function freeSlug(base: string, alsoTaken: ReadonlySet<string> = new Set()): Promise<string> {
  const taken = new Set(
    (await getDb().article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug),
  );
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug) && !alsoTaken.has(slug)) return slug;
  }
}

/** The teacher's own earlier import of the very same text (same checksum), if any. */
/** Writes an article's outline (an article stored before outlines were kept gets its own). */
export async function saveOutline(articleId: string, outline: ArticleOutline): Promise<void> {
  await getDb().article.update({ where: { id: articleId }, data: { outline: JSON.stringify(outline) } });
}

export async function findOwnImportByChecksum(ownerId: string, checksum: string): Promise<{ id: string; slug: string } | null> {
  return getDb().article.findFirst({ where: { ownerId, checksum, origin: "IMPORTED" }, select: { id: true, slug: true } });
}

const noCounts = (): StatusCounts => ({ DRAFT: 0, APPROVED: 0, REJECTED: 0, RETIRED: 0 });

async function workspaceRows(viewerId: string, scope: ArticleScope, where: { id?: string } = {}): Promise<WorkspaceArticle[]> {
  const db = getDb();
  const rows = await db.article.findMany({
    where: { ...inScope(scope), ...where },
    orderBy: [{ createdAt: "desc" }, { title: "asc" }],
  });
  const grouped = await db.question.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const counts = new Map<string, StatusCounts>();
  for (const g of grouped) {
    const c = counts.get(g.articleId) ?? noCounts();
    if (g.status in c) c[g.status as keyof StatusCounts] = g._count._all;
    counts.set(g.articleId, c);
  }
  const rank = (r: (typeof rows)[number]) => (r.ownerId === viewerId && r.origin === "IMPORTED" ? 0 : r.origin === "IMPORTED" ? 1 : 2);
  return [...rows]
    .sort((a, b) => rank(a) - rank(b))
    .map((r) => {
      const c = counts.get(r.id) ?? noCounts();
      return {
        ...summaryOf(r, c.APPROVED),
        mine: r.origin === "IMPORTED" && r.ownerId === viewerId,
        counts: c,
        generatedAt: r.generatedAt ? r.generatedAt.toISOString() : null,
      };
    });
}

/**
 * The teacher workspace list: the viewer's own imports and every bundled article (admins: every
 * article), each with its question counts by status. Own imports first, then newest first.
 */
export const listWorkspaceArticles = (viewerId: string, scope: ArticleScope): Promise<WorkspaceArticle[]> => workspaceRows(viewerId, scope);

/** One workspace article by id, within the scope. */
export async function findWorkspaceArticle(id: string, viewerId: string, scope: ArticleScope): Promise<WorkspaceArticle | null> {
  return (await workspaceRows(viewerId, scope, { id }))[0] ?? null;
}
