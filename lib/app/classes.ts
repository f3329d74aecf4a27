// Classes: create, list, join, read, results. The class is loaded, then the rule applied
// (mayManageClass, or membership) in plain sight; results are computed here from plain rows.
import { isAdmin, mayManageClass } from "../domain/permissions.ts";
import { ANSWER_GRACE_MS, assignmentState, countingAttempt, scoreFraction } from "../domain/assignments.ts";
import { expiredOpenAttempts } from "../db/attempts.ts";
import { closeAndScore } from "./quiz-answer.ts";
import { newJoinCode, normaliseJoinCode } from "../domain/join-code.ts";
import type { ClassDetail, ClassResults, ClassSummary, LearnerResult, QuestionResult } from "../domain/sets.ts";
import type { AppUser } from "../domain/user.ts";
import * as classes from "../db/classes.ts";
import type { ResultAnswer, ResultAttempt, ResultsSource, StoredClass } from "../db/classes.ts";

/** The join code only for the class's teacher (and admins). */
function toSummary(klass: StoredClass, user: AppUser): ClassSummary {
  const { id, name, teacher, memberCount, setCount } = klass;
  return { id, name, teacher, memberCount, setCount, ...(mayManageClass(user, klass) ? { joinCode: klass.joinCode } : {}) };
}

export async function createClass(user: AppUser, name: string): Promise<ClassSummary> {
  // 32^6 ≈ 10^9 codes: a clash is rare, and the unique index catches the one that happens.
  for (let attempt = 0; ; attempt++) {
    const created = await classes.insertClass(user.id, name, newJoinCode());
    if (created !== "code-taken") return toSummary(created, user);
    if (attempt >= 5) throw new Error("no free join code after 6 tries");
  }
}

/** Classes I teach (admins: all classes) and classes I joined. */
export async function listClasses(user: AppUser): Promise<{ teaching: ClassSummary[]; joined: ClassSummary[] }> {
  const [teaching, joined] = await Promise.all([
    classes.listClasses(isAdmin(user) ? {} : { teacherId: user.id }),
    classes.classesJoinedBy(user.id),
  ]);
  return { teaching: teaching.map((c) => toSummary(c, user)), joined: joined.map((c) => toSummary(c, user)) };
}

/** Joins the class with this code (idempotent); null when no class has it. */
export async function joinClass(user: AppUser, code: string): Promise<ClassSummary | null> {
  const id = await classes.findClassIdByCode(normaliseJoinCode(code));
  if (!id) return null;
  await classes.upsertMember(id, user.id);
  return toSummary((await classes.findClass(id))!, user);
}

/** The class as its teacher (members, code, sets) or a member (assigned sets) sees it; null for anyone else. */
export async function getClass(user: AppUser, id: string): Promise<ClassDetail | null> {
  const klass = await classes.findClass(id);
  if (!klass) return null;
  const teacher = mayManageClass(user, klass);
  if (!teacher && !(await classes.isMember(user.id, id))) return null;
  const sets = (await classes.setsAssignedTo(id))
    // A learner only sees sets they can actually take (a set made PRIVATE again drops out).
    .filter((s) => teacher || s.visibility !== "PRIVATE");
  const detail: ClassDetail = { ...toSummary(klass, user), viewer: teacher ? "teacher" : "member", sets };
  if (teacher) detail.members = await classes.membersOf(id);
  return detail;
}


/** Per learner (the attempt that counts on each assignment, under its rule; late and missing) and
 * per question (share correct and common wrong answers, from the attempts that count only). Only
 * attempts started from the assignment count: a learner's free practice on the set does not.
 * Null unless the user teaches the class (or is an admin). */
export async function classResults(user: AppUser, classId: string, now = new Date()): Promise<ClassResults | null> {
  const source = await classes.findResultsSource(classId);
  if (!source || !mayManageClass(user, source)) return null;
  const userIds = source.members.map((m) => m.userId);
  // An attempt whose time ran out ends with the answers it holds, before it is compared.
  for (const expired of await expiredOpenAttempts({ classId, userIds }, new Date(now.getTime() - ANSWER_GRACE_MS))) {
    await closeAndScore(expired.id, expired.questionIds, now);
  }
  const { attempts, answers } = await classes.attemptsOnAssignments(classId, userIds);
  return summariseResults(classId, source, attempts, answers, now);
}

// ---------- results, computed (pure) ----------

const TOP_WRONG = 3;

function scoresOf(attempts: ResultAttempt[]) {
  const finished = attempts.filter((a) => a.status === "FINISHED" && scoreFraction(a) !== null);
  finished.sort((a, b) => (a.finishedAt?.getTime() ?? 0) - (b.finishedAt?.getTime() ?? 0));
  const fractions = finished.map((a) => scoreFraction(a)!);
  return {
    finished: finished.length,
    best: fractions.length ? Math.max(...fractions) : null,
    last: fractions.length ? fractions[fractions.length - 1] : null,
  };
}

/** A class's results from its members, assignments, the attempts made on them and their answers. */
export function summariseResults(
  classId: string,
  source: Omit<ResultsSource, "teacherId">,
  attempts: ResultAttempt[],
  answers: ResultAnswer[],
  now: Date,
): ClassResults {
  const countedIds = new Set<string>();
  const learners: LearnerResult[] = source.members.map((m) => {
    const own = attempts.filter((a) => a.userId === m.userId);
    const overall = scoresOf(own);
    return {
      userId: m.userId,
      name: m.name,
      attempts: own.length,
      finished: overall.finished,
      best: overall.best,
      last: overall.last,
      sets: source.sets.map((set) => {
        const onSet = own.filter((a) => a.setId === set.id);
        const s = scoresOf(onSet);
        const counted = countingAttempt(onSet, set.settings.countedAttempt);
        if (counted) countedIds.add(counted.id);
        return {
          setId: set.id,
          title: set.title,
          attempts: onSet.length,
          best: s.best,
          last: s.last,
          counted: counted ? scoreFraction(counted) : null,
          state: assignmentState(set.settings, onSet, now),
          countedAt: counted?.finishedAt?.toISOString() ?? null,
        };
      }),
    };
  });

  const byQuestion = new Map<string, QuestionResult>();
  for (const set of source.sets) {
    for (const q of set.questions) {
      const known = byQuestion.get(q.id);
      if (known) {
        known.setTitles.push(set.title);
        continue;
      }
      byQuestion.set(q.id, {
        questionId: q.id,
        setTitles: [set.title],
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        answered: 0,
        correct: 0,
        shareCorrect: null,
        wrongAnswers: [],
      });
    }
  }
  const wrong = new Map<string, Map<string, { response: string; count: number }>>();
  for (const a of answers) {
    if (!countedIds.has(a.attemptId)) continue; // only the attempt that counts is compared
    const q = byQuestion.get(a.questionId);
    if (!q) continue; // answered on a question since removed from every assigned set
    q.answered++;
    if (a.correct) {
      q.correct++;
      if (a.overridden) q.overridden = (q.overridden ?? 0) + 1;
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
