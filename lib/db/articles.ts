import type { CleanArticle, Sentence } from "../domain/types.ts";
import { getDb } from "./client.ts";

export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  tags: string[];
  origin: string;
  ownerId: string | null;
  words: number;
  questionCount: number;
}

export interface StoredArticle extends CleanArticle {
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
    checksum: row.checksum,
    origin: row.origin,
    ownerId: row.ownerId,
  };
}

/** Articles a user may see: bundled ones, and imported ones they own (admins see all). */
function visibleTo(viewer?: { id: string; role: string } | null) {
  if (viewer?.role === "admin") return {};
  return viewer ? { OR: [{ origin: "BUNDLED" }, { ownerId: viewer.id }] } : { origin: "BUNDLED" };
}

export async function listArticles(viewer?: { id: string; role: string } | null): Promise<ArticleSummary[]> {
  const rows = await getDb().article.findMany({
    where: visibleTo(viewer),
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    include: { _count: { select: { questions: { where: { status: "APPROVED" } } } } },
  });
  return rows.map((r) => ({
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
    questionCount: r._count.questions,
  }));
}

export async function findArticle(
  slug: string,
  viewer?: { id: string; role: string } | null,
): Promise<StoredArticle | null> {
  const row = await getDb().article.findFirst({ where: { slug, ...visibleTo(viewer) } });
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

/** Import is idempotent: the same file (same checksum) changes nothing. */
export async function upsertArticle(
  article: CleanArticle,
  opts: { origin?: "BUNDLED" | "IMPORTED"; ownerId?: string | null } = {},
): Promise<{ id: string; outcome: UpsertOutcome }> {
  const db = getDb();
  const existing = await db.article.findUnique({ where: { slug: article.slug } });
  if (existing && existing.checksum === article.checksum) return { id: existing.id, outcome: "unchanged" };
  const data = {
    title: article.title,
    source: article.source ?? null,
    url: article.url ?? null,
    publishedAt: article.published ? new Date(`${article.published}T00:00:00Z`) : null,
    tags: JSON.stringify(article.tags ?? []),
    body: article.body,
    sentences: JSON.stringify(article.sentences),
    checksum: article.checksum,
  };
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
