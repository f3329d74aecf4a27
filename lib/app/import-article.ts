// Importing articles — at start-up (bundled content), from the CLI, and a teacher's upload:
// article files → lib/content (clean) → lib/db (store) → lib/generate (questions) → lib/db.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArticleFile, type ParseResult } from "../content/parse.ts";
import { articleSlug } from "../content/slug.ts";
import type { CleanArticle, QuestionDraft } from "../domain/types.ts";
import { GENERATOR_VERSION, generateQuestions } from "../generate/index.ts";
import {
  allArticles,
  findArticleChecksum,
  findOwnImportByChecksum,
  freeSlug,
  markGenerated,
  saveOutline,
  type UpsertOutcome,
} from "../db/articles.ts";
import { planRegeneration } from "./regeneration.ts";
import { generateOffThread } from "./generate-off-thread.ts";
import { hasQuestionsFromGenerator, storeArticleWithQuestions, storeGeneratedQuestions, storeOwnImport, type RegenerateSummary } from "../db/questions.ts";

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
 * Imports files one by one (a bad file is reported and the others still import). Each article that
 * changed — or whose questions came from an older generator — is stored together with its
 * (re)generated questions in one transaction (storeArticleWithQuestions): an import killed midway
 * leaves whole articles or none, never one without questions. The generator's corpus is every
 * stored article with the files' versions in their place, as if all were stored first.
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
  const origin = opts.origin ?? "BUNDLED";
  const approveAbove = origin === "IMPORTED" ? null : BUNDLED_APPROVAL_THRESHOLD;
  const parsed = files.map((file) => ({ file, result: parseArticleFile({ path: file, bytes: new Uint8Array(readFileSync(file)) }) }));
  const incoming = new Map<string, CleanArticle>();
  for (const { result } of parsed) if (result.ok) incoming.set(result.article.slug, result.article);
  let corpus: CleanArticle[] | null = null;
  const corpusOf = async () =>
    (corpus ??= [
      ...(await allArticles()).filter((a) => !incoming.has(a.slug)),
      ...incoming.values(),
    ].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)));
  const results: FileOutcome[] = [];
  for (const [i, { file, result }] of parsed.entries()) {
    if (!result.ok) {
      results.push({ file, error: { line: result.error.line, message: result.error.message } });
    } else {
      const article = result.article;
      const stored = await findArticleChecksum(article.slug);
      if (stored && stored.checksum === article.checksum && (await hasQuestionsFromGenerator(stored.id, GENERATOR_VERSION))) {
        results.push({ file, slug: article.slug, outcome: "unchanged" });
      } else {
        const onGenerate = opts.onGenerate;
        const onProgress = onGenerate ? (done: number, total: number) => onGenerate({ slug: article.slug, done, total }) : undefined;
        const { questions } = generateQuestions(article, { corpus: await corpusOf(), onProgress });
        const { outcome, summary } = await storeArticleWithQuestions(
          article,
          { origin, ownerId: opts.ownerId ?? null },
          (existing) => planRegeneration(existing, questions, approveAbove),
          opts.now ?? new Date(),
        );
        results.push({ file, slug: article.slug, outcome, questions: summary });
      }
    }
    opts.onProgress?.(i + 1, file);
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
 * answers the earlier import (duplicate). The article and its questions are written in one
 * transaction once the questions exist: a failed or killed import leaves nothing, and nobody ever
 * sees the article without its questions.
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
  const prepared = await prepareOwnImport(result, ownerId);
  if (prepared.kind === "duplicate") return prepared.earlier;
  const questions = await generateOwnQuestions(prepared.article, await generationCorpus(prepared.article));
  return storeOwnArticle(prepared, ownerId, questions, approveAbove);
}

/**
 * A new import's questions. A long document takes seconds to analyse: from OFF_THREAD_MIN_SENTENCES
 * on, in a worker thread, so the server answers everyone else (and the job's polls) meanwhile.
 */
export async function generateOwnQuestions(
  article: CleanArticle,
  corpus: CleanArticle[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<QuestionDraft[]> {
  if (article.sentences.length >= OFF_THREAD_MIN_SENTENCES) return generateOffThread(article, corpus, onProgress);
  return generateQuestions(article, { corpus, onProgress }).questions;
}

/** From this many sentences (a few seconds of generation) an import's questions are made off the server's thread. */
export const OFF_THREAD_MIN_SENTENCES = 150;

/** A new own import made ready to generate (its slug free now), or the owner's earlier import of the same text. */
export type PreparedImport =
  | { kind: "new"; article: CleanArticle; baseSlug: string }
  | { kind: "duplicate"; earlier: TeacherImport };

export async function prepareOwnImport(result: Extract<ParseResult, { ok: true }>, ownerId: string): Promise<PreparedImport> {
  const baseSlug = articleSlug({ title: result.article.title });
  const earlier = await findOwnImportByChecksum(ownerId, result.article.checksum);
  if (earlier) {
    // The same text again: nothing new to store but its outline, which an import made before
    // headings and lists were kept lacks (the same text gives the same outline, so this is idempotent).
    if (result.article.outline) await saveOutline(earlier.id, result.article.outline);
    return { kind: "duplicate", earlier: { ...earlier, questions: NOTHING, duplicate: true } };
  }
  return { kind: "new", article: { ...result.article, slug: await freeSlug(baseSlug) }, baseSlug };
}

/** What a new article's questions are generated against: every stored article and the new one, by slug. */
export async function generationCorpus(article: CleanArticle): Promise<CleanArticle[]> {
  return [...(await allArticles()), article].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Stores a prepared import and its generated questions together (lib/db storeOwnImport: one transaction). */
export async function storeOwnArticle(
  prepared: Extract<PreparedImport, { kind: "new" }>,
  ownerId: string,
  questions: QuestionDraft[],
  approveAbove: number | null,
  now = new Date(),
): Promise<TeacherImport> {
  const { id, slug, summary, duplicate } = await storeOwnImport(
    prepared.article,
    { ownerId, baseSlug: prepared.baseSlug },
    (existing) => planRegeneration(existing, questions, approveAbove),
    now,
  );
  return { id, slug, questions: summary, duplicate };
}
