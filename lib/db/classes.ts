// Classes repository: reads and writes only. Who sees a class, its code and its results is decided
// by lib/app/classes.ts; the results are computed there too.
import type { QuestionType } from "../domain/types.ts";
import type { AssignedSet, ClassMemberView } from "../domain/sets.ts";
import { settingsView, toCountedAttempt, type AssignmentAttempt, type AssignmentSettings } from "../domain/assignments.ts";
import { getDb } from "./client.ts";

type SettingsRow = {
  mode: string;
  questionCount: number | null;
  dueAt: Date | null;
  dueTimeZone: string;
  attemptsAllowed: number | null;
  timeLimitMinutes: number | null;
  countedAttempt: string;
};

export const toSettings = (row: SettingsRow): AssignmentSettings => ({
  mode: row.mode === "TEST" ? "TEST" : "PRACTICE",
  questionCount: row.questionCount,
  dueAt: row.dueAt,
  dueTimeZone: row.dueTimeZone,
  attemptsAllowed: row.attemptsAllowed,
  timeLimitMinutes: row.timeLimitMinutes,
  countedAttempt: toCountedAttempt(row.countedAttempt),
});

/** One assignment with what its rules need: the class's teacher and the set's owner and visibility. */
export interface StoredAssignment {
  classId: string;
  className: string;
  teacherId: string;
  set: { id: string; title: string; ownerId: string; visibility: string };
  assignedAt: Date;
  settings: AssignmentSettings;
}

export async function findAssignment(classId: string, setId: string): Promise<StoredAssignment | null> {
  const row = await getDb().classAssignment.findUnique({
    where: { classId_setId: { classId, setId } },
    include: { class: { select: { name: true, teacherId: true } }, set: { select: { id: true, title: true, ownerId: true, visibility: true } } },
  });
  if (!row) return null;
  return { classId, className: row.class.name, teacherId: row.class.teacherId, set: row.set, assignedAt: row.assignedAt, settings: toSettings(row) };
}

/** Writes an assignment's settings (the assignment must exist). */
export async function updateAssignmentSettings(classId: string, setId: string, settings: AssignmentSettings): Promise<void> {
  await getDb().classAssignment.update({ where: { classId_setId: { classId, setId } }, data: settings });
}

/** Removes an assignment; its attempts stay the learners' (as attempts on the set). */
export async function deleteAssignment(classId: string, setId: string): Promise<boolean> {
  return (await getDb().classAssignment.deleteMany({ where: { classId, setId } })).count === 1;
}

/** A learner's attempts on every assignment of the classes they are in, keyed "classId:setId". */
export async function assignmentAttemptsByAssignment(userId: string): Promise<Map<string, AssignmentAttempt[]>> {
  const rows = await getDb().attempt.findMany({
    where: { userId, assignmentClassId: { not: null } },
    select: { id: true, setId: true, assignmentClassId: true, status: true, score: true, max: true, startedAt: true, finishedAt: true, deadlineAt: true },
  });
  const out = new Map<string, AssignmentAttempt[]>();
  for (const r of rows) {
    const key = `${r.assignmentClassId}:${r.setId}`;
    const list = out.get(key) ?? [];
    list.push({ ...r, status: r.status === "FINISHED" ? "FINISHED" : "IN_PROGRESS" });
    out.set(key, list);
  }
  return out;
}

export type { AssignedSet, ClassDetail, ClassMemberView, ClassSummary } from "../domain/sets.ts";

/** A stored class, join code included (the use case decides who sees it). */
export interface StoredClass {
  id: string;
  name: string;
  joinCode: string;
  teacherId: string;
  teacher: { id: string; name: string };
  memberCount: number;
  setCount: number;
}

const summaryInclude = {
  teacher: { select: { id: true, name: true } },
  _count: { select: { members: true, assignments: true } },
} as const;

type SummaryRow = {
  id: string;
  name: string;
  joinCode: string;
  teacherId: string;
  teacher: { id: string; name: string };
  _count: { members: number; assignments: number };
};

const toStored = (row: SummaryRow): StoredClass => ({
  id: row.id,
  name: row.name,
  joinCode: row.joinCode,
  teacherId: row.teacherId,
  teacher: row.teacher,
  memberCount: row._count.members,
  setCount: row._count.assignments,
});

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/** Creates a class; "code-taken" when another class already has this join code. */
export async function insertClass(teacherId: string, name: string, joinCode: string): Promise<StoredClass | "code-taken"> {
  try {
    return toStored(await getDb().class.create({ data: { name, joinCode, teacherId }, include: summaryInclude }));
  } catch (error) {
    if (isUniqueViolation(error)) return "code-taken";
    throw error;
  }
}

const newestFirst = [{ createdAt: "desc" as const }, { id: "asc" as const }];

/** Classes one teacher teaches, or every class when no teacher is given. */
export async function listClasses(filter: { teacherId?: string }): Promise<StoredClass[]> {
  const rows = await getDb().class.findMany({ where: filter.teacherId ? { teacherId: filter.teacherId } : {}, include: summaryInclude, orderBy: newestFirst });
  return rows.map(toStored);
}

export async function classesJoinedBy(userId: string): Promise<StoredClass[]> {
  const rows = await getDb().class.findMany({ where: { members: { some: { userId } } }, include: summaryInclude, orderBy: newestFirst });
  return rows.map(toStored);
}

export async function findClassIdByCode(joinCode: string): Promise<string | null> {
  return (await getDb().class.findUnique({ where: { joinCode }, select: { id: true } }))?.id ?? null;
}

/** Adds a member (idempotent). */
export async function upsertMember(classId: string, userId: string): Promise<void> {
  await getDb().classMember.upsert({ where: { classId_userId: { classId, userId } }, create: { classId, userId }, update: {} });
}

export async function findClass(id: string): Promise<StoredClass | null> {
  const row = await getDb().class.findUnique({ where: { id }, include: summaryInclude });
  return row ? toStored(row) : null;
}

/** Who teaches a class; null for an unknown id. */
export async function findClassHead(id: string): Promise<{ teacherId: string } | null> {
  return getDb().class.findUnique({ where: { id }, select: { teacherId: true } });
}

export async function isMember(userId: string, classId: string): Promise<boolean> {
  return (await getDb().classMember.count({ where: { classId, userId } })) > 0;
}

/** A class's assigned sets, first assigned first, PRIVATE ones included. */
export async function setsAssignedTo(classId: string): Promise<AssignedSet[]> {
  const rows = await getDb().classAssignment.findMany({
    where: { classId },
    orderBy: { assignedAt: "asc" },
    include: { set: { include: { _count: { select: { items: true } } } } },
  });
  return rows.map((a) => ({
    id: a.set.id,
    slug: a.set.slug,
    title: a.set.title,
    description: a.set.description,
    visibility: a.set.visibility,
    questionCount: a.set._count.items,
    assignedAt: a.assignedAt.toISOString(),
    settings: settingsView(toSettings(a)),
  }));
}

export async function membersOf(classId: string): Promise<ClassMemberView[]> {
  const members = await getDb().classMember.findMany({
    where: { classId },
    include: { user: { select: { id: true, name: true, email: true, isAnonymous: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return members.map((m) => ({
    id: m.user.id,
    name: m.user.name || "Guest",
    email: m.user.isAnonymous ? "" : m.user.email,
    joinedAt: m.joinedAt.toISOString(),
  }));
}

/** Every non-PRIVATE set assigned to a class the user is a member of, with the class it came through. */
export async function assignedSetsOf(userId: string): Promise<(AssignedSet & { classId: string; className: string })[]> {
  const rows = await getDb().classAssignment.findMany({
    where: { class: { members: { some: { userId } } }, set: { visibility: { not: "PRIVATE" } } },
    include: { class: { select: { id: true, name: true } }, set: { include: { _count: { select: { items: true } } } } },
    orderBy: { assignedAt: "desc" },
  });
  return rows.map((a) => ({
    id: a.set.id,
    slug: a.set.slug,
    title: a.set.title,
    description: a.set.description,
    visibility: a.set.visibility,
    questionCount: a.set._count.items,
    assignedAt: a.assignedAt.toISOString(),
    settings: settingsView(toSettings(a)),
    classId: a.class.id,
    className: a.class.name,
  }));
}

// ---------- what the results are computed from ----------

export interface ResultsSource {
  teacherId: string;
  members: { userId: string; name: string }[];
  sets: { id: string; title: string; settings: AssignmentSettings; questions: { id: string; type: QuestionType; prompt: string; answer: string }[] }[];
}

export interface ResultAttempt extends AssignmentAttempt {
  userId: string;
  setId: string | null;
}

export interface ResultAnswer {
  attemptId: string;
  questionId: string;
  response: string;
  correct: boolean;
  /** Counted correct because the learner said "I was right" (PRACTICE). */
  overridden?: boolean;
}

/** A class's members and assigned sets (with their questions in order); null for an unknown id. */
export async function findResultsSource(classId: string): Promise<ResultsSource | null> {
  const klass = await getDb().class.findUnique({
    where: { id: classId },
    select: {
      teacherId: true,
      members: { include: { user: { select: { id: true, name: true } } }, orderBy: { joinedAt: "asc" } },
      assignments: {
        orderBy: { assignedAt: "asc" },
        include: {
          set: {
            select: {
              id: true,
              title: true,
              items: { orderBy: { position: "asc" }, include: { question: { select: { id: true, type: true, prompt: true, answer: true } } } },
            },
          },
        },
      },
    },
  });
  if (!klass) return null;
  return {
    teacherId: klass.teacherId,
    members: klass.members.map((m) => ({ userId: m.userId, name: m.user.name || "Guest" })),
    sets: klass.assignments.map(({ set, ...assignment }) => ({
      id: set.id,
      title: set.title,
      settings: toSettings(assignment),
      questions: set.items.map((i) => ({ ...i.question, type: i.question.type as QuestionType })),
    })),
  };
}

/** The attempts these users made on this class's assignments (attempts on the same sets outside
 * the assignment are practice and do not count), with their answers. */
export async function attemptsOnAssignments(classId: string, userIds: string[]): Promise<{ attempts: ResultAttempt[]; answers: ResultAnswer[] }> {
  if (!userIds.length) return { attempts: [], answers: [] };
  const db = getDb();
  const rows = await db.attempt.findMany({
    where: { userId: { in: userIds }, assignmentClassId: classId },
    select: { id: true, userId: true, setId: true, status: true, score: true, max: true, startedAt: true, finishedAt: true, deadlineAt: true },
  });
  const attempts: ResultAttempt[] = rows.map((r) => ({ ...r, status: r.status === "FINISHED" ? "FINISHED" : "IN_PROGRESS" }));
  const answers = attempts.length
    ? await db.attemptAnswer.findMany({ where: { attemptId: { in: attempts.map((a) => a.id) } }, select: { attemptId: true, questionId: true, response: true, correct: true, overridden: true } })
    : [];
  return { attempts, answers };
}
