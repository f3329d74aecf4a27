// Fitting personal FSRS parameters to a learner's stored log (off the request path: the CLI runs
// it; the settings page's Optimize calls `fitLearnerParameters` / `fitForLearner`). The report is
// kept; the parameters are applied, and the cards rescheduled, only when they predict that log
// better than the learner's CURRENT parameters. The fit counts gaps in the learner's study days and
// knows their relearning-step count, as the scheduler does.
import { fitParameters, type FitReport } from "../srs/fit.ts";
import { parseSteps } from "../domain/study-steps.ts";
import type { AppUser } from "../domain/user.ts";
import { findLearnerByEmail } from "../db/learners.ts";
import { logsByCard } from "../db/reviews.ts";
import { saveFit } from "../db/study-settings.ts";
import { loadStudySettings, rescheduleAllCards } from "./study-settings.ts";

/** Stores a fit report; the parameters are stored (and the cards rescheduled) only when applied. */
export async function storeFit(userId: string, report: FitReport, now: Date): Promise<{ rescheduled: number }> {
  const before = await loadStudySettings(userId);
  if (!report.applied) {
    await saveFit(userId, before, report, null);
    return { rescheduled: 0 };
  }
  await saveFit(userId, before, report, { parameters: report.parameters, at: now });
  return { rescheduled: await rescheduleAllCards(userId, { ...before, parameters: report.parameters }, now) };
}

export type UserFitOutcome = { kind: "no-user" } | { kind: "ok"; email: string; cards: number; report: FitReport; rescheduled: number };

export interface FitRunOptions {
  minReviews?: number;
  /** fit and report, store nothing */
  dryRun?: boolean;
  /** the fit function (tests pass a stub) */
  fit?: typeof fitParameters;
}

/** Fits a learner's parameters on their own log, compared with their current parameters. */
export async function fitForLearner(
  user: Pick<AppUser, "id" | "timeZone" | "dayStartHour">,
  now: Date,
  options: FitRunOptions = {},
): Promise<{ cards: number; report: FitReport; rescheduled: number }> {
  const fit = options.fit ?? fitParameters;
  const [byCard, settings] = await Promise.all([logsByCard(user.id), loadStudySettings(user.id)]);
  const report = await fit(byCard, {
    timeZone: user.timeZone,
    dayStartHour: user.dayStartHour,
    minReviews: options.minReviews,
    currentParameters: settings.parameters ?? null,
    numRelearningSteps: parseSteps(settings.relearningSteps).length,
  });
  const rescheduled = options.dryRun ? 0 : (await storeFit(user.id, report, now)).rescheduled;
  return { cards: byCard.size, report, rescheduled };
}

export async function fitLearnerParameters(email: string, now: Date, options: FitRunOptions = {}): Promise<UserFitOutcome> {
  const user = await findLearnerByEmail(email);
  if (!user) return { kind: "no-user" };
  return { kind: "ok", email: user.email, ...(await fitForLearner(user, now, options)) };
}
