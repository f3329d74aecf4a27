// A teacher's import of a long document, as a job: starting answers at once, the questions are
// generated in a worker thread (generate-off-thread.ts) while the import form polls the job's
// progress ("Analysing sentence N of M"), and the article is stored with its questions in one
// transaction at the end. Like Optimize (optimize.ts), the job table lives on globalThis and is seen
// only by the instance that runs it: behind a load balancer, polling needs sticky sessions.
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import type { ParseResult } from "../content/parse.ts";
import type { CleanArticle, QuestionDraft } from "../domain/types.ts";
import type { AppUser } from "../domain/user.ts";
import type { RegenerateSummary } from "../db/questions.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { problemType } from "../api/problem.ts";
import { generateOwnQuestions, generationCorpus, prepareOwnImport, storeOwnArticle } from "./import-article.ts";

/** What went wrong, as the job reports it (the API adds the problem type). */
export interface JobProblem {
  status: number;
  title: string;
  detail: string;
}

export interface ImportJob {
  id: string;
  ownerId: string;
  status: "queued" | "running" | "done" | "failed";
  phase: string;
  /** Sentences analysed so far, of `total`. */
  done: number;
  total: number;
  startedAt: Date;
  finishedAt: Date | null;
  article: { id: string; slug: string; title: string } | null;
  questions: RegenerateSummary | null;
  duplicate: boolean;
  problem: JobProblem | null;
}

/** Finished jobs are forgotten this long after they finish (the form has gone to the article by then). */
export const IMPORT_JOB_KEEP_MS = 15 * 60_000;
/** Unfinished jobs one teacher may have at once: each holds a document of up to 1 MB until it is stored. */
export const MAX_UNFINISHED_IMPORTS = 2;
/** Generations at once in this process: each keeps a core busy for seconds. */
const CONCURRENT = Math.max(1, Math.min(2, availableParallelism() - 1));

interface Shared {
  factdeckImportJobs?: Map<string, ImportJob>;
  factdeckImportSlots?: { running: number; waiting: (() => void)[] };
}
const shared = globalThis as unknown as Shared;
const jobs = (shared.factdeckImportJobs ??= new Map<string, ImportJob>());
const slots = (shared.factdeckImportSlots ??= { running: 0, waiting: [] });

function sweep(now: number): void {
  for (const [id, job] of jobs) if (job.finishedAt && now - job.finishedAt.getTime() > IMPORT_JOB_KEEP_MS) jobs.delete(id);
}

export interface ImportJobDeps {
  /** The generation (default: generateOwnQuestions, a worker thread for long documents); tests pass their own. */
  generate?: (article: CleanArticle, corpus: CleanArticle[], onProgress: (done: number, total: number) => void) => Promise<QuestionDraft[]>;
  /** Stamped on the job and the stored article (default: the clock). */
  now?: () => Date;
}

export type StartImportOutcome = { kind: "started"; job: ImportJob } | { kind: "busy" };

/**
 * Starts importing a parsed document for this teacher: DRAFT questions, as importForTeacher. At most
 * MAX_UNFINISHED_IMPORTS of one teacher's jobs run or wait at once ("busy" beyond that).
 */
export function startImportJob(owner: Pick<AppUser, "id">, parsed: Extract<ParseResult, { ok: true }>, deps: ImportJobDeps = {}): StartImportOutcome {
  const now = deps.now ?? (() => new Date());
  sweep(now().getTime());
  const unfinished = [...jobs.values()].filter((j) => j.ownerId === owner.id && !j.finishedAt).length;
  if (unfinished >= MAX_UNFINISHED_IMPORTS) return { kind: "busy" };
  const job: ImportJob = {
    id: randomUUID(),
    ownerId: owner.id,
    status: "queued",
    phase: "Waiting to start",
    done: 0,
    total: parsed.article.sentences.length,
    startedAt: now(),
    finishedAt: null,
    article: null,
    questions: null,
    duplicate: false,
    problem: null,
  };
  jobs.set(job.id, job);
  // After this request has answered: the import never holds it.
  setTimeout(() => void runJob(job, parsed, deps, now), 0);
  return { kind: "started", job };
}

/** The teacher's own job, or null (someone else's job id reads as missing, admins' too). */
export function importJob(owner: Pick<AppUser, "id">, id: string, now = new Date()): ImportJob | null {
  sweep(now.getTime());
  const job = jobs.get(id);
  return job && job.ownerId === owner.id ? job : null;
}

/** Waits for a job to finish (tests; the form polls instead). */
export async function importSettled(job: ImportJob): Promise<ImportJob> {
  while (!job.finishedAt) await new Promise((r) => setTimeout(r, 20));
  return job;
}

async function withSlot<T>(job: ImportJob, work: () => Promise<T>): Promise<T> {
  if (slots.running >= CONCURRENT) {
    job.phase = "Waiting for another import to finish";
    await new Promise<void>((resolve) => slots.waiting.push(resolve));
  }
  slots.running++;
  try {
    return await work();
  } finally {
    slots.running--;
    slots.waiting.shift()?.();
  }
}

async function runJob(job: ImportJob, parsed: Extract<ParseResult, { ok: true }>, deps: ImportJobDeps, now: () => Date): Promise<void> {
  const generate = deps.generate ?? generateOwnQuestions;
  try {
    const prepared = await prepareOwnImport(parsed, job.ownerId);
    if (prepared.kind === "duplicate") {
      finish(job, now, { ...prepared.earlier, title: parsed.article.title });
      return;
    }
    const stored = await withSlot(job, async () => {
      Object.assign(job, { status: "running", phase: `Analysing sentence 0 of ${job.total}` });
      const corpus = await generationCorpus(prepared.article);
      const questions = await generate(prepared.article, corpus, (done, total) => {
        Object.assign(job, { done, total, phase: done < total ? `Analysing sentence ${done} of ${total}` : "Writing the questions" });
      });
      job.phase = "Saving the article and its questions";
      return storeOwnArticle(prepared, job.ownerId, questions, null, now());
    });
    finish(job, now, { ...stored, title: parsed.article.title });
  } catch (error) {
    console.error("[factdeck] import job failed:", error);
    const problem: JobProblem = isDatabaseUnavailable(error)
      ? { status: 503, title: "Service unavailable", detail: "The database could not be reached while storing the import. Try again shortly." }
      : { status: 500, title: "Internal error", detail: "The import failed on our side; it has been logged. Nothing was stored." };
    Object.assign(job, { status: "failed", phase: "Failed", finishedAt: now(), problem });
  }
}

function finish(job: ImportJob, now: () => Date, outcome: { id: string; slug: string; title: string; questions: RegenerateSummary; duplicate: boolean }): void {
  Object.assign(job, {
    status: "done",
    phase: outcome.duplicate ? "You had already imported this text" : "Done",
    done: job.total,
    finishedAt: now(),
    article: { id: outcome.id, slug: outcome.slug, title: outcome.title },
    questions: outcome.questions,
    duplicate: outcome.duplicate,
  });
}

/** The API's view of a job (lib/api/schemas/teacher.ts importJob); a failure reads as problem+json members. */
export function importJobView(job: ImportJob) {
  return {
    id: job.id,
    status: job.status,
    phase: job.phase,
    done: job.done,
    total: job.total,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    article: job.article ? { slug: job.article.slug, title: job.article.title } : null,
    questions: job.questions,
    duplicate: job.duplicate,
    problem: job.problem ? { type: problemType(job.problem.status), ...job.problem } : null,
  };
}
