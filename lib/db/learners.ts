// Looking a learner up by email (the fit command). Beside lib/db/users.ts, which the accounts side owns.
import { getDb } from "./client.ts";

export async function findLearnerByEmail(email: string): Promise<{ id: string; email: string; timeZone: string; dayStartHour: number } | null> {
  return getDb().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, email: true, timeZone: true, dayStartHour: true } });
}
