// What the stats page shows, for this learner only.
import type { AppUser } from "../domain/user.ts";
import { studyStats, type StudyStats } from "../srs/stats.ts";
import { cardsForStats } from "../db/cards.ts";
import { logsForStats } from "../db/reviews.ts";

export async function learnerStats(user: Pick<AppUser, "id" | "timeZone" | "dayStartHour">, now: Date): Promise<StudyStats & { totalCards: number; totalReviews: number }> {
  const [cards, logs] = await Promise.all([cardsForStats(user.id), logsForStats(user.id)]);
  const stats = studyStats(cards, logs, { now, timeZone: user.timeZone, dayStartHour: user.dayStartHour });
  return { ...stats, totalCards: cards.length, totalReviews: logs.filter((l) => l.rating > 0).length };
}
