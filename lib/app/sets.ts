// Question sets: build, read, change, delete, assign. Each use case loads the set, applies the
// permission rule on its first line after loading, then reads or writes through lib/db/sets.
// Someone else's set is "not found", never "forbidden": ids cannot be probed.
import { slugify } from "../content/slug.ts";
import { isAdmin, mayExportSet, mayManageClass, ownsOrAdmin } from "../domain/permissions.ts";
import type { ItemError, PoolArticle, SetDetail, SetInput, SetPatch, SetSummary } from "../domain/sets.ts";
import type { AppUser } from "../domain/user.ts";
import { findAssignment, findClassHead } from "../db/classes.ts";
import { defaultSettings, resolveSettings, type AssignmentInput } from "./assignments.ts";
import * as sets from "../db/sets.ts";
import { siblingIndexes } from "../quiz/siblings.ts";
import type { CandidateQuestion, StoredSet } from "../db/sets.ts";

export type SetOutcome = { kind: "ok"; set: SetDetail } | { kind: "not-found" } | { kind: "invalid"; errors: ItemError[] };
export type AssignOutcome =
  | { kind: "ok"; set: SetDetail }
  | { kind: "no-set" }
  | { kind: "no-class" }
  | { kind: "invalid"; field: string; message: string };

function toDetail(set: StoredSet, user: AppUser): SetDetail {
  return {
    id: set.id,
    slug: set.slug,
    title: set.title,
    description: set.description,
    visibility: set.visibility,
    owner: set.owner,
    questionCount: set.questionCount,
    classes: set.classes,
    updatedAt: set.updatedAt,
    mayEdit: ownsOrAdmin(user, set.ownerId),
    items: set.items.map(({ questionId, position, type, prompt, answer, choices, score, status, article }) => ({
      questionId, position, type, prompt, answer, ...(choices ? { choices } : {}), score, status, article,
    })),
  };
}

/** The set when the user may read it in full (owner, admin, teacher of a class it is assigned to). */
export async function readableSet(user: AppUser, id: string): Promise<StoredSet | null> {
  const set = await sets.findSet(id);
  if (!set) return null;
  // Only a CLASS set someone else owns needs the extra lookup.
  const teaches = set.visibility === "CLASS" && !ownsOrAdmin(user, set.ownerId) ? await sets.teachesAssignedClass(user.id, id) : false;
  return mayExportSet(user, set, teaches) ? set : null;
}

export async function getSet(user: AppUser, id: string): Promise<SetDetail | null> {
  const set = await readableSet(user, id);
  return set ? toDetail(set, user) : null;
}

/** My sets (admins: everyone's), most recently changed first. */
export const listSets = (user: AppUser): Promise<SetSummary[]> => sets.listSets(isAdmin(user) ? {} : { ownerId: user.id });

/**
 * Articles the user may build from (bundled, own imports; admins: all), with their approved
 * questions and each one's siblings, so the builder can ask before a set repeats a fact.
 */
export async function questionPool(user: AppUser): Promise<PoolArticle[]> {
  const articles = await sets.questionPool(isAdmin(user) ? {} : { ownerId: user.id });
  return articles.map(({ slug, title, questions }) => {
    const siblings = siblingIndexes(questions);
    return {
      slug,
      title,
      questions: questions.map(({ id, type, prompt, answer, score }, i) => ({ id, type, prompt, answer, score, siblingIds: siblings[i].map((j) => questions[j].id) })),
    };
  });
}

/**
 * Checks the questions a set is given: each must exist, belong to an article the user may use
 * (bundled, their own import, or any for admins), appear once, and be APPROVED — unless it is
 * already in the set (a question rejected later can still be moved or removed).
 */
export function questionIdErrors(user: AppUser, ids: string[], found: CandidateQuestion[], already: Set<string>): ItemError[] {
  const byId = new Map(found.map((r) => [r.id, r]));
  const errors: ItemError[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const field = `questionIds.${i}`;
    const q = byId.get(id);
    const usable = q && (isAdmin(user) || q.article.origin === "BUNDLED" || q.article.ownerId === user.id);
    if (!q || !usable) errors.push({ field, message: "no such question" });
    else if (seen.has(id)) errors.push({ field, message: "this question is already in the set" });
    else if (q.status !== "APPROVED" && !already.has(id)) errors.push({ field, message: `only approved questions can be added (this one is ${q.status})` });
    seen.add(id);
  });
  return errors;
}

const checkQuestionIds = async (user: AppUser, ids: string[], already: Set<string>) =>
  ids.length ? questionIdErrors(user, ids, await sets.findCandidateQuestions(ids), already) : [];

/** The slug a set's title (or a wanted slug) starts from. */
export const setSlugBase = (title: string, wanted?: string): string => (wanted && slugify(wanted)) || slugify(title) || "set";

export async function createSet(user: AppUser, input: SetInput, opts: { slug?: string } = {}): Promise<SetOutcome> {
  const questionIds = input.questionIds ?? [];
  const errors = await checkQuestionIds(user, questionIds, new Set());
  if (errors.length) return { kind: "invalid", errors };
  const id = await sets.insertSet(
    user.id,
    { title: input.title, description: input.description ?? "", visibility: input.visibility ?? "PRIVATE", questionIds },
    setSlugBase(input.title, opts.slug),
  );
  return { kind: "ok", set: (await getSet(user, id))! };
}

export async function updateSet(user: AppUser, id: string, patch: SetPatch): Promise<SetOutcome> {
  const head = await sets.findSetHead(id);
  if (!head || !ownsOrAdmin(user, head.ownerId)) return { kind: "not-found" };
  if (patch.questionIds) {
    const errors = await checkQuestionIds(user, patch.questionIds, new Set(head.questionIds));
    if (errors.length) return { kind: "invalid", errors };
  }
  await sets.updateSetRow(id, patch);
  return { kind: "ok", set: (await getSet(user, id))! };
}

export async function deleteSet(user: AppUser, id: string): Promise<boolean> {
  const head = await sets.findSetHead(id);
  if (!head || !ownsOrAdmin(user, head.ownerId)) return false;
  await sets.deleteSetRow(id);
  return true;
}

/**
 * Assigns a set to one of the user's classes with the settings the teacher fixes (mode, count, due
 * date, attempts, time limit, which attempt counts). A PRIVATE set becomes CLASS, since
 * assigning it is sharing it with the class; PUBLIC stays PUBLIC.
 */
export async function assignSet(user: AppUser, setId: string, classId: string, input: AssignmentInput = {}): Promise<AssignOutcome> {
  const set = await sets.findSetHead(setId);
  if (!set || !ownsOrAdmin(user, set.ownerId)) return { kind: "no-set" };
  const klass = await findClassHead(classId);
  if (!klass || !mayManageClass(user, klass)) return { kind: "no-class" };
  // Assigning again edits the assignment: the settings given replace those stored, the rest stay.
  const current = (await findAssignment(classId, setId))?.settings ?? defaultSettings(user.timeZone);
  const resolved = resolveSettings(current, input);
  if (resolved.kind !== "ok") return resolved;
  await sets.insertAssignment(setId, classId, { makeClassVisible: set.visibility === "PRIVATE", settings: resolved.settings });
  return { kind: "ok", set: (await getSet(user, setId))! };
}
