// Classes: a teacher's group of learners, joined with a short code; sets are assigned to them and
// the teacher reads results per learner and per question from the members' attempts.
import { randomInt } from "node:crypto";
import type { QuestionType } from "../domain/types.ts";
import { mayManageClass } from "../domain/permissions.ts";
import { getDb } from "./client.ts";
import type { AppUser } from "./users.ts";

/** Join-code alphabet: no 0/O or 1/I, which are misread when a code is copied from a board. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(random: (n: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a learner typed → the stored form: upper case, spaces and dashes dropped. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export interface AssignedSet {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: string;
  questionCount: number;
  assignedAt: string;
}

export interface ClassSummary {
  id: string;
  name: string;
  teacher: { id: string; name: string };
  memberCount: number;
  setCount: number;
  /** Only for the class's teacher (and admins). */
  joinCode?: string;
}

export interface ClassMemberView {
  id: string;
  name: string;
  email: string;
  joinedAt: string;
}

export interface ClassDetail extends ClassSummary {
  /** "teacher" for its teacher and admins; "member" for a learner in it. */
  viewer: "teacher" | "member";
  sets: AssignedSet[];
  /** Teacher view only. */
  members?: ClassMemberView[];
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

function toSummary(row: SummaryRow, user: AppUser): ClassSummary {
  return {
    id: row.id,
    name: row.name,
    teacher: row.teacher,
    memberCount: row._count.members,
    setCount: row._count.assignments,
    ...(mayManageClass(user, row) ? { joinCode: row.joinCode } : {}),
  };
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

export async function createClass(user: AppUser, name: string): Promise<ClassSummary> {
  const db = getDb();
  // 32^6 ≈ 10^9 codes: a clash is rare, and the unique index catches the one that happens.
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.class.create({ data: { name, joinCode: newJoinCode(), teacherId: user.id }, include: summaryInclude });
      return toSummary(row, user);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/** Classes I teach (admins: all classes) and classes I joined. */
export async function listClasses(user: AppUser): Promise<{ teaching: ClassSummary[]; joined: ClassSummary[] }> {
  const db = getDb();
  const [teaching, joined] = await Promise.all([
    db.class.findMany({
      where: user.role === "admin" ? {} : { teacherId: user.id },
      include: summaryInclude,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
    db.class.findMany({
      where: { members: { some: { userId: user.id } } },
      include: summaryInclude,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
  ]);
  return { teaching: teaching.map((r) => toSummary(r, user)), joined: joined.map((r) => toSummary(r, user)) };
}

/** Joins the class with this code (idempotent); null when no class has it. */
export async function joinClass(user: AppUser, code: string): Promise<ClassSummary | null> {
  const db = getDb();
  const row = await db.class.findUnique({ where: { joinCode: normaliseJoinCode(code) }, select: { id: true } });
  if (!row) return null;
  await db.classMember.upsert({
    where: { classId_userId: { classId: row.id, userId: user.id } },
    create: { classId: row.id, userId: user.id },
    update: {},
  });
  const full = await db.class.findUniqueOrThrow({ where: { id: row.id }, include: summaryInclude });
  return toSummary(full, user);
}

async function isMember(userId: string, classId: string): Promise<boolean> {
  return (await getDb().classMember.count({ where: { classId, userId } })) > 0;
}

/** The class as its teacher (members, code, sets) or a member (assigned sets) sees it; null for anyone else. */
export async function getClass(user: AppUser, id: string): Promise<ClassDetail | null> {
  const db = getDb();
  const row = await db.class.findUnique({
    where: { id },
    include: {
      ...summaryInclude,
      assignments: {
        orderBy: { assignedAt: "asc" },
        include: { set: { include: { _count: { select: { items: true } } } } },
      },
    },
  });
  if (!row) return null;
  const teacher = mayManageClass(user, row);
  if (!teacher && !(await isMember(user.id, id))) return null;
  const sets = row.assignments
    // A learner only sees sets they can actually take (a set made PRIVATE again drops out).
    .filter((a) => teacher || a.set.visibility !== "PRIVATE")
    .map((a) => ({
      id: a.set.id,
      slug: a.set.slug,
      title: a.set.title,
      description: a.set.description,
      visibility: a.set.visibility,
      questionCount: a.set._count.items,
      assignedAt: a.assignedAt.toISOString(),
    }));
  const detail: ClassDetail = { ...toSummary(row, user), viewer: teacher ? "teacher" : "member", sets };
  if (teacher) {
    const members = await db.classMember.findMany({
      where: { classId: id },
      include: { user: { select: { id: true, name: true, email: true, isAnonymous: true } } },
      orderBy: { joinedAt: "asc" },
    });
    detail.members = members.map((m) => ({
      id: m.user.id,
      name: m.user.name || "Guest",
      email: m.user.isAnonymous ? "" : m.user.email,
      joinedAt: m.joinedAt.toISOString(),
    }));
  }
  return detail;
}

/** Every set assigned to a class the user is a member of, with the class it came through. */
export async function assignedSetsOf(user: AppUser): Promise<(AssignedSet & { classId: string; className: string })[]> {
  const rows = await getDb().classAssignment.findMany({
    where: { class: { members: { some: { userId: user.id } } }, set: { visibility: { not: "PRIVATE" } } },
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
    classId: a.class.id,
    className: a.class.name,
  }));
}

// ---------- results ----------

export interface SetScore {
  setId: string;
  title: string;
  attempts: number;
  /** Fractions 0–1 of finished attempts; null before the first finished one. */
  best: number | null;
  last: number | null;
}

export interface LearnerResult {
  userId: string;
  name: string;
  attempts: number;
  finished: number;
  best: number | null;
  last: number | null;
  sets: SetScore[];
}

export interface QuestionResult {
  questionId: string;
  setTitles: string[];
  type: QuestionType;
  prompt: string;
  answer: string;
  answered: number;
  correct: number;
  /** correct / answered; null when nobody answered. */
  shareCorrect: number | null;
  /** The most frequent wrong responses (case and spacing folded), most common first. */
  wrongAnswers: { response: string; count: number }[];
}

export interface ClassResults {
  classId: string;
  learners: LearnerResult[];
  questions: QuestionResult[];
}

const TOP_WRONG = 3;

const fraction = (a: { score: number | null; max: number | null }) => (a.score != null && a.max ? a.score / a.max : null);

function scoresOf(attempts: { status: string; score: number | null; max: number | null; finishedAt: Date | null }[]) {
  const finished = attempts.filter((a) => a.status === "FINISHED" && fraction(a) !== null);
  finished.sort((a, b) => (a.finishedAt?.getTime() ?? 0) - (b.finishedAt?.getTime() ?? 0));
  const fractions = finished.map((a) => fraction(a)!);
  return {
    finished: finished.length,
    best: fractions.length ? Math.max(...fractions) : null,
    last: fractions.length ? fractions[fractions.length - 1] : null,
  };
}

/** Per learner (attempts on the assigned sets: best and last score) and per question (share
 * correct, common wrong answers). Null unless the user teaches the class (or is an admin). */
export async function classResults(user: AppUser, classId: string): Promise<ClassResults | null> {
  const db = getDb();
  const klass = await db.class.findUnique({
    where: { id: classId },
    select: {
      teacherId: true,
      members: { include: { user: { select: { id: true, name: true, isAnonymous: true } } }, orderBy: { joinedAt: "asc" } },
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
  if (!klass || !mayManageClass(user, klass)) return null;
  const memberIds = klass.members.map((m) => m.userId);
  const setIds = klass.assignments.map((a) => a.set.id);
  const attempts =
    memberIds.length && setIds.length
      ? await db.attempt.findMany({
          where: { userId: { in: memberIds }, setId: { in: setIds } },
          select: { id: true, userId: true, setId: true, status: true, score: true, max: true, finishedAt: true },
        })
      : [];
  const answers = attempts.length
    ? await db.attemptAnswer.findMany({
        where: { attemptId: { in: attempts.map((a) => a.id) } },
        select: { questionId: true, response: true, correct: true },
      })
    : [];

  const learners: LearnerResult[] = klass.members.map((m) => {
    const own = attempts.filter((a) => a.userId === m.userId);
    const overall = scoresOf(own);
    return {
      userId: m.userId,
      name: m.user.name || "Guest",
      attempts: own.length,
      finished: overall.finished,
      best: overall.best,
      last: overall.last,
      sets: klass.assignments.map(({ set }) => {
        const onSet = own.filter((a) => a.setId === set.id);
        const s = scoresOf(onSet);
        return { setId: set.id, title: set.title, attempts: onSet.length, best: s.best, last: s.last };
      }),
    };
  });

  const byQuestion = new Map<string, QuestionResult>();
  for (const { set } of klass.assignments) {
    for (const item of set.items) {
      const known = byQuestion.get(item.questionId);
      if (known) {
        known.setTitles.push(set.title);
        continue;
      }
      byQuestion.set(item.questionId, {
        questionId: item.questionId,
        setTitles: [set.title],
        type: item.question.type as QuestionType,
        prompt: item.question.prompt,
        answer: item.question.answer,
        answered: 0,
        correct: 0,
        shareCorrect: null,
        wrongAnswers: [],
      });
    }
  }
  const wrong = new Map<string, Map<string, { response: string; count: number }>>();
  for (const a of answers) {
    const q = byQuestion.get(a.questionId);
    if (!q) continue; // answered on a question since removed from every assigned set
    q.answered++;
    if (a.correct) {
      q.correct++;
      continue;
    }
    const folded = a.response.trim().replace(/\s+/g, " ").toLowerCase();
    const counts = wrong.get(a.questionId) ?? new Map<string, { response: string; count: number }>();
    const entry = counts.get(folded) ?? { response: a.response.trim() || "(no answer)", count: 0 };
    entry.count++;
    counts.set(folded, entry);
    wrong.set(a.questionId, counts);
  }
  for (const q of byQuestion.values()) {
    q.shareCorrect = q.answered ? q.correct / q.answered : null;
    q.wrongAnswers = [...(wrong.get(q.questionId)?.values() ?? [])]
      .sort((a, b) => b.count - a.count || a.response.localeCompare(b.response))
      .slice(0, TOP_WRONG);
  }
  return { classId, learners, questions: [...byQuestion.values()] };
}
