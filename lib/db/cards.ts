import { newCard } from "../srs/scheduler.ts";
import { getDb } from "./client.ts";

/**
 * Adds questions to a learner's deck as new cards (one per question; a question already in the
 * deck is left as it is). Only APPROVED questions become cards. Returns how many were added.
 */
export async function addQuestionsToDeck(userId: string, questionIds: string[], now: Date): Promise<{ added: number; already: number }> {
  const db = getDb();
  const questions = await db.question.findMany({
    where: { id: { in: [...new Set(questionIds)] }, status: "APPROVED" },
    select: { id: true, factKey: true },
  });
  const existing = new Set(
    (await db.card.findMany({ where: { userId, questionId: { in: questions.map((q) => q.id) } }, select: { questionId: true } })).map(
      (c) => c.questionId,
    ),
  );
  const fresh = questions.filter((q) => !existing.has(q.id));
  const empty = newCard(now);
  await db.$transaction(
    fresh.map((q) =>
      db.card.upsert({
        where: { userId_questionId: { userId, questionId: q.id } },
        create: {
          userId,
          questionId: q.id,
          factKey: q.factKey,
          due: empty.due,
          stability: empty.stability,
          difficulty: empty.difficulty,
          elapsedDays: empty.elapsedDays,
          scheduledDays: empty.scheduledDays,
          learningSteps: empty.learningSteps,
          reps: empty.reps,
          lapses: empty.lapses,
          state: empty.state,
        },
        update: {},
      }),
    ),
  );
  return { added: fresh.length, already: questions.length - fresh.length };
}
