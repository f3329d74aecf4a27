// "Optimize" in the app: fit FSRS parameters to the learner's own log without holding the request.
// Starting answers at once with a job; the job runs in this process and the page polls it. The job
// table lives on globalThis (Next.js may load this module in several chunks), so a job is visible
// only to the instance that runs it: behind a load balancer, polling needs sticky sessions.
//
// The fitted parameters are applied automatically, and the learner's cards rescheduled, only when
// they predict the learner's log better (lower log loss) than the parameters in use now; otherwise
// the current ones stay and the report says why.
import { randomUUID } from "node:crypto";
import type { AppUser } from "../domain/user.ts";
import { parseSteps } from "../domain/study-steps.ts";
import { buildHistories, evaluateParameters, fitParameters, type Evaluation } from "../srs/fit.ts";
import { logsByCard } from "../db/reviews.ts";
import { storeFit } from "./fit.ts";
import { loadStudySettings } from "./study-settings.ts";

type Learner = Pick<AppUser, "id" | "timeZone" | "dayStartHour">;

export interface OptimizeResult {
  before: Evaluation;
  /** null when no fit ran (too few reviews, no optimizer) */
  after: Evaluation | null;
  applied: boolean;
  rescheduled: number;
  message: string;
}

export interface OptimizeJob {
  id: string;
  userId: string;
  status: "queued" | "running" | "done" | "failed";
  phase: string;
  progress: number;
  startedAt: Date;
  finishedAt: Date | null;
  result: OptimizeResult | null;
  error: string | null;
}

/** Finished jobs are forgotten after this long. */
const KEEP_MS = 60 * 60_000;

const shared = globalThis as unknown as { factdeckOptimizeJobs?: Map<string, OptimizeJob> };
const jobs = (shared.factdeckOptimizeJobs ??= new Map<string, OptimizeJob>());

function sweep(now: number): void {
  for (const [id, job] of jobs) if (job.finishedAt && now - job.finishedAt.getTime() > KEEP_MS) jobs.delete(id);
}

export interface OptimizeDeps {
  fit?: typeof fitParameters;
}

/**
 * Starts fitting for this learner, or hands back the job already running for them (one at a time:
 * two fits of one log would race to apply).
 */
export function startOptimize(user: Learner, now: Date, deps: OptimizeDeps = {}): OptimizeJob {
  sweep(now.getTime());
  for (const job of jobs.values()) if (job.userId === user.id && (job.status === "queued" || job.status === "running")) return job;
  const job: OptimizeJob = { id: randomUUID(), userId: user.id, status: "queued", phase: "Waiting to start", progress: 0, startedAt: now, finishedAt: null, result: null, error: null };
  jobs.set(job.id, job);
  // After this request has answered: the fit never holds it.
  setTimeout(() => void runJob(job, user, deps), 0);
  return job;
}

/** The learner's own job, or null (someone else's job id reads as missing). */
export function optimizeJob(user: Pick<AppUser, "id">, id: string): OptimizeJob | null {
  const job = jobs.get(id);
  return job && job.userId === user.id ? job : null;
}

/** Waits for a job to finish (tests and the CLI; the page polls instead). */
export async function settled(job: OptimizeJob): Promise<OptimizeJob> {
  while (job.status === "queued" || job.status === "running") await new Promise((r) => setTimeout(r, 20));
  return job;
}

async function runJob(job: OptimizeJob, user: Learner, deps: OptimizeDeps): Promise<void> {
  const step = (phase: string, progress: number) => Object.assign(job, { status: "running", phase, progress });
  try {
    step("Reading your review log", 0.05);
    const [byCard, settings] = await Promise.all([logsByCard(user.id), loadStudySettings(user.id)]);
    step("Measuring your current parameters", 0.15);
    const histories = buildHistories(byCard, user.timeZone, user.dayStartHour);
    const relearning = parseSteps(settings.relearningSteps).length;
    const current = settings.parameters ?? null;
    const before = evaluateParameters(histories, current, relearning);
    step("Fitting new parameters", 0.3);
    const report = await (deps.fit ?? fitParameters)(byCard, {
      timeZone: user.timeZone,
      dayStartHour: user.dayStartHour,
      currentParameters: current,
      numRelearningSteps: relearning,
    });
    const fitted = report.logLossFitted !== null;
    step("Measuring the fitted parameters", 0.9);
    // The fit's own verdict is measured again here before anything is applied: the parameters
    // written are always ones that predict this log better than those in use.
    const after = !fitted
      ? null
      : report.applied
        ? evaluateParameters(histories, report.parameters, relearning)
        : { reviews: report.reviews, logLoss: report.logLossFitted, rmse: report.rmseFitted };
    const beats = report.applied && after?.logLoss != null && before.logLoss !== null && after.logLoss < before.logLoss;
    const message = !fitted
      ? report.message
      : beats
        ? `Applied: the fitted parameters predict your ${before.reviews} reviews better (log loss ${after!.logLoss!.toFixed(4)} vs ${before.logLoss!.toFixed(4)}).`
        : `Kept your current parameters: the fitted ones are not better on your log (log loss ${after?.logLoss?.toFixed(4) ?? "—"} vs ${before.logLoss?.toFixed(4) ?? "—"}).`;
    step(beats ? "Applying and rescheduling your cards" : "Saving the report", 0.95);
    const stored = await storeFit(
      user.id,
      {
        ...report,
        applied: beats,
        logLossCurrent: before.logLoss,
        rmseCurrent: before.rmse,
        logLossFitted: after?.logLoss ?? null,
        rmseFitted: after?.rmse ?? null,
        message,
      },
      new Date(),
    );
    Object.assign(job, {
      status: "done",
      phase: "Done",
      progress: 1,
      finishedAt: new Date(),
      result: { before, after, applied: beats, rescheduled: stored.rescheduled, message },
    });
  } catch (error) {
    console.error("[factdeck] optimize job failed:", error);
    Object.assign(job, { status: "failed", phase: "Failed", finishedAt: new Date(), error: "The fit failed on our side; it has been logged." });
  }
}

/** Log loss and RMSE of the parameters in use now, on the learner's own log. */
export async function evaluateCurrent(user: Learner): Promise<Evaluation & { parameters: "default" | "fitted" }> {
  const [byCard, settings] = await Promise.all([logsByCard(user.id), loadStudySettings(user.id)]);
  const histories = buildHistories(byCard, user.timeZone, user.dayStartHour);
  const evaluation = evaluateParameters(histories, settings.parameters ?? null, parseSteps(settings.relearningSteps).length);
  return { ...evaluation, parameters: settings.parameters ? "fitted" : "default" };
}

/** The API's view of a job. */
export function jobView(job: OptimizeJob) {
  return {
    id: job.id,
    status: job.status,
    phase: job.phase,
    progress: job.progress,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    result: job.result,
    error: job.error,
  };
}
