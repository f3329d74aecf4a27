// Importing articles — at start-up (bundled content), from the CLI, and a teacher's upload:
// article files → lib/content (clean) → lib/db (store) → lib/generate (questions) → lib/db.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArticleFile, type ParseResult } from "../content/parse.ts";
import { articleSlug } from "../content/slug.ts";
import type { CleanArticle } from "../domain/types.ts";
import { GENERATOR_VERSION, generateQuestions } from "../generate/index.ts";
import {
  allArticles,
  createImportedArticle,
  deleteArticle,
  findOwnImportByChecksum,
  markGenerated,
  upsertArticle,
  type UpsertOutcome,
} from "../db/articles.ts";
import { planRegeneration } from "./regeneration.ts";
import { hasQuestionsFromGenerator, storeGeneratedQuestions, type RegenerateSummary } from "../db/questions.ts";

/** Generated questions on bundled articles scoring at least this start APPROVED; the rest DRAFT. */
export const BUNDLED_APPROVAL_THRESHOLD = 0.5;

const NOTHING: RegenerateSummary = { created: 0, updated: 0, kept: 0, retired: 0 };

/** Where question generation is in one article: sentences analysed of its total (long documents take seconds). */
export interface GenerateProgress {
  slug: string;
  done: number;
  total: number;
}

export interface FileOutcome {
  file: string;
  slug?: string;
  outcome?: UpsertOutcome;
  error?: { line: number; message: string };
  questions?: RegenerateSummary;
}

/** Article files under a path: the file itself, or every .md/.markdown/.txt file below a folder. */
export function articleFiles(target: string): string[] {
  const stat = statSync(target);
  if (stat.isFile()) return [target];
  const out: string[] = [];
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...articleFiles(full));
    else if (/\.(md|markdown|txt)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/**
 * Imports files one by one (a bad file is reported and the others still import), then
 * (re)generates questions for every article that changed, with all stored articles as corpus.
 */
export async function importArticleFiles(
  files: string[],
  opts: {
    origin?: "BUNDLED" | "IMPORTED";
    ownerId?: string | null;
    onProgress?: (done: number, file: string) => void;
    /** Called while each changed article's questions are generated. */
    onGenerate?: (progress: GenerateProgress) => void;
    now?: Date;
  } = {},
): Promise<FileOutcome[]> {
  const results: FileOutcome[] = [];
  const changed: string[] = [];
  for (const [i, file] of files.entries()) {
    const parsed = parseArticleFile({ path: file, bytes: new Uint8Array(readFileSync(file)) });
    if (!parsed.ok) {
      results.push({ file, error: { line: parsed.error.line, message: parsed.error.message } });
    } else {
      const { id, outcome } = await upsertArticle(parsed.article, { origin: opts.origin, ownerId: opts.ownerId });
      // Regenerate a changed article, and an unchanged one whose questions came from an older generator.
      if (outcome !== "unchanged" || !(await hasQuestionsFromGenerator(id, GENERATOR_VERSION))) changed.push(id);
      results.push({ file, slug: parsed.article.slug, outcome });
    }
    opts.onProgress?.(i + 1, file);
  }
  if (changed.length) {
    const summaries = await regenerate(changed, { approveAbove: opts.origin === "IMPORTED" ? null : BUNDLED_APPROVAL_THRESHOLD, now: opts.now, onGenerate: opts.onGenerate });
    for (const r of results) {
      const found = summaries.get(r.slug ?? "");
      if (found) r.questions = found;
    }
  }
  return results;
}

/** Regenerates questions for the given article ids; the corpus is every stored article. */
export async function regenerate(
  articleIds: string[],
  opts: { approveAbove?: number | null; now?: Date; onGenerate?: (progress: GenerateProgress) => void } = {},
): Promise<Map<string, RegenerateSummary>> {
  const corpus = await allArticles();
  const out = new Map<string, RegenerateSummary>();
  for (const article of corpus.filter((a) => articleIds.includes(a.id))) {
    const onGenerate = opts.onGenerate;
    const onProgress = onGenerate ? (done: number, total: number) => onGenerate({ slug: article.slug, done, total }) : undefined;
    const { questions } = generateQuestions(article as CleanArticle, { corpus, onProgress });
    const approveAbove = opts.approveAbove === undefined
      ? (article.origin === "BUNDLED" ? BUNDLED_APPROVAL_THRESHOLD : null)
      : opts.approveAbove;
    out.set(article.slug, await storeGeneratedQuestions(article.id, (existing) => planRegeneration(existing, questions, approveAbove)));
    await markGenerated(article.id, opts.now ?? new Date());
  }
  return out;
}

/** The start-up import: every article file under the content folder, as BUNDLED. */
export async function importBundledContent(dir: string): Promise<FileOutcome[]> {
  return importArticleFiles(articleFiles(dir), { origin: "BUNDLED" });
}

export interface TeacherImport {
  id: string;
  slug: string;
  questions: RegenerateSummary;
  duplicate: boolean;
}

/**
 * A teacher's import: stored as their IMPORTED article with DRAFT questions. The same text again
 * answers the earlier import (duplicate). When generation fails the article is removed again (its
 * questions go with it by cascade): nothing half-written remains.
 */
export async function importForTeacher(result: Extract<ParseResult, { ok: true }>, ownerId: string): Promise<TeacherImport> {
  return importOwnArticle(result, ownerId, null);
}

/**
 * A learner's own text (Quizlet-style "make your own set"): the same import, private to them
 * (mayReadArticle: owner and admins only). Nobody curates it, so the generated questions scoring at
 * least the bundled threshold start APPROVED, ready for their quizzes and flashcards.
 */
export async function importForLearner(result: Extract<ParseResult, { ok: true }>, ownerId: string): Promise<TeacherImport> {
  return importOwnArticle(result, ownerId, BUNDLED_APPROVAL_THRESHOLD);
}

async function importOwnArticle(result: Extract<ParseResult, { ok: true }>, ownerId: string, approveAbove: number | null): Promise<TeacherImport> {
  const article = { ...result.article, slug: articleSlug({ title: result.article.title }) };
  const existing = await findOwnImportByChecksum(ownerId, article.checksum);
  if (existing) return { ...existing, questions: NOTHING, duplicate: true };
  const { id, slug } = await createImportedArticle(article, ownerId);
  try {
    const summaries = await regenerate([id], { approveAbove });
    return { id, slug, questions: summaries.get(slug) ?? NOTHING, duplicate: false };
  } catch (error) {
    await deleteArticle(id);
    throw error;
  }
}
