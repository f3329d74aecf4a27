import { getDb } from "./client.ts";
import { toRole, type AppUser, type Role } from "../domain/user.ts";

export { ROLES, toRole, type AppUser, type Role } from "../domain/user.ts";

export async function findUser(id: string): Promise<AppUser | null> {
  const u = await getDb().user.findUnique({ where: { id } });
  if (!u) return null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: toRole(u.role),
    isAnonymous: Boolean(u.isAnonymous),
    timeZone: u.timeZone,
    dayStartHour: u.dayStartHour,
  };
}

/** Accounts that are not guests. */
export async function countRealUsers(): Promise<number> {
  return getDb().user.count({ where: { OR: [{ isAnonymous: false }, { isAnonymous: null }] } });
}

/** Sets a signed-up account's role; null for an unknown id or a guest (guests stay learners). */
export async function setRole(userId: string, role: Role): Promise<AppUser | null> {
  const found = await getDb().user.findUnique({ where: { id: userId } });
  if (!found || found.isAnonymous) return null;
  await getDb().user.update({ where: { id: userId }, data: { role } });
  return findUser(userId);
}

export async function findUserByEmail(email: string): Promise<{ id: string; email: string } | null> {
  return getDb().user.findFirst({ where: { email: email.toLowerCase() }, select: { id: true, email: true } });
}

/** The earliest admin account, if any. */
export async function firstAdmin(): Promise<{ id: string; email: string } | null> {
  return getDb().user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { id: true, email: true } });
}

export async function listUsers(): Promise<AppUser[]> {
  const rows = await getDb().user.findMany({
    where: { OR: [{ isAnonymous: false }, { isAnonymous: null }] },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: toRole(u.role),
    isAnonymous: false,
    timeZone: u.timeZone,
    dayStartHour: u.dayStartHour,
  }));
}

export async function updateUserDay(userId: string, timeZone: string, dayStartHour: number): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { timeZone, dayStartHour } });
}

/** A guest signs up: everything they did moves to the new account, in one transaction. Cards the
 * new account already has for the same question are kept (the guest's duplicates are dropped). */
export async function moveGuestData(fromUserId: string, toUserId: string): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.attempt.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    const existing = new Set(
      (await tx.card.findMany({ where: { userId: toUserId }, select: { questionId: true } })).map((c) => c.questionId),
    );
    const guestCards = await tx.card.findMany({ where: { userId: fromUserId }, select: { id: true, questionId: true } });
    const clash = guestCards.filter((c) => existing.has(c.questionId)).map((c) => c.id);
    if (clash.length) await tx.card.deleteMany({ where: { id: { in: clash } } });
    await tx.card.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    await tx.reviewLog.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } });
    const memberships = await tx.classMember.findMany({ where: { userId: fromUserId } });
    for (const m of memberships) {
      await tx.classMember.upsert({
        where: { classId_userId: { classId: m.classId, userId: toUserId } },
        create: { classId: m.classId, userId: toUserId, joinedAt: m.joinedAt },
        update: {},
      });
    }
    await tx.classMember.deleteMany({ where: { userId: fromUserId } });
    const guestSettings = await tx.studySettings.findUnique({ where: { userId: fromUserId } });
    const ownSettings = await tx.studySettings.findUnique({ where: { userId: toUserId } });
    if (guestSettings && !ownSettings) {
      await tx.studySettings.update({ where: { userId: fromUserId }, data: { userId: toUserId } });
    }
    const guest = await tx.user.findUnique({ where: { id: fromUserId } });
    if (guest) {
      await tx.user.update({
        where: { id: toUserId },
        data: { timeZone: guest.timeZone, dayStartHour: guest.dayStartHour },
      });
    }
  });
}
