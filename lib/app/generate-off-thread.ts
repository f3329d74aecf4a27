// Question generation in a worker thread, for imports that run as jobs: the server keeps answering
// (the job's own progress polls included) while a long document is analysed.
import { Worker } from "node:worker_threads";
import type { CleanArticle, QuestionDraft } from "../domain/types.ts";

export type WorkerMessage = { kind: "progress"; done: number; total: number } | { kind: "done"; questions: QuestionDraft[] };

/**
 * The article's generated questions, made in a worker thread (generate-worker.ts) with the same
 * options as in-process generation.
 */
export function generateOffThread(
  article: CleanArticle,
  corpus: CleanArticle[],
  onProgress: (done: number, total: number) => void,
): Promise<QuestionDraft[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ article, corpus });
    let result: QuestionDraft[] | null = null;
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "progress") onProgress(message.done, message.total);
      else result = message.questions;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (result) resolve(result);
      else reject(new Error(`the generation worker stopped (exit code ${code}) before it answered`));
    });
  });
}

/** Loads the worker's TypeScript entry through tsx (Node cannot run a .ts worker entry itself). */
const TSX_BOOT = `const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));`;

/**
 * The worker's young generation: 3 × the 64 MB semi-space `npm start` gives the server
 * (scripts/server-node-flags.mjs), whatever started the process (`next start` by hand, a test
 * runner). Generation allocates a lot that lives for one article; with Node's default (16 MB
 * semi-spaces) its survivors were promoted and collected again, and the time per 1,000 words grew
 * with the document: bench:generate's 25,000-word document in a worker, 210 ms per 1,000 words
 * with the default, 175 ms with this.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * In the server (NEXT_RUNTIME is set), Next.js has bundled the worker from the `new Worker(new URL(…))`
 * below into a chunk of its own. Run from source (vitest) the entry is TypeScript, which tsx loads.
 */
function startWorker(workerData: { article: CleanArticle; corpus: CleanArticle[] }): Worker {
  if (!process.env.NEXT_RUNTIME) {
    // A plain string, not new URL(…): the bundler would copy the source file as an asset.
    const entry = import.meta.url.replace(/generate-off-thread\.ts$/, "generate-worker.ts");
    return new Worker(TSX_BOOT, { eval: true, workerData: { ...workerData, entry }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  }
  return new Worker(new URL("./generate-worker.ts", import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}
