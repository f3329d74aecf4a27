// Fitting personal FSRS parameters to a learner's stored log (off the request path: the CLI runs
// it). The report is kept; the parameters are applied, and the cards rescheduled, only when they
// predict that log better than the defaults.
import { fitParameters, type FitReport } from "../srs/fit.ts";
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

export async function fitLearnerParameters(
  email: string,
  now: Date,
  options: { minReviews?: number; dryRun?: boolean; fit?: typeof fitParameters } = {},
): Promise<UserFitOutcome> {
  const user = await findLearnerByEmail(email);
  if (!user) return { kind: "no-user" };
  const fit = options.fit ?? fitParameters;
  const byCard = await logsByCard(user.id);
  const report = await fit(byCard, { timeZone: user.timeZone, dayStartHour: user.dayStartHour, minReviews: options.minReviews });
  const rescheduled = options.dryRun ? 0 : (await storeFit(user.id, report, now)).rescheduled;
  return { kind: "ok", email: user.email, cards: byCard.size, report, rescheduled };
}
