// A worker thread's entry (lib/app/generate-off-thread.ts starts it): generates one article's questions
// and reports the analysis as it goes. Generation is synchronous CPU work; in the server's own thread a
// long document would hold every other request — the polls of its own progress included — for seconds.
import { parentPort, workerData } from "node:worker_threads";
import type { CleanArticle } from "../domain/types.ts";
import { generateQuestions } from "../generate/index.ts";
import type { WorkerMessage } from "./generate-off-thread.ts";

const { article, corpus } = workerData as { article: CleanArticle; corpus: CleanArticle[] };
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

const { questions } = generateQuestions(article, { corpus, onProgress: (done, total) => post({ kind: "progress", done, total }) });
post({ kind: "done", questions });
