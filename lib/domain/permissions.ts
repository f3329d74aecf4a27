import type { AppUser } from "./user.ts";

// One module answers "may they?", as pure rules. Route handlers declare the role rule on their
// wrapper (lib/api/handler.ts); a use case applies the rule on the object it loads as its first step.
// A `false` on someone else's data becomes a 404 so ids cannot be probed.

export const isAdmin = (user: AppUser | null): boolean => user?.role === "admin";

/** Teachers and admins curate questions, build sets and classes, and export. */
export const canTeach = (user: AppUser | null): boolean => user?.role === "teacher" || user?.role === "admin";

/** Guests and signed-in learners can study (quizzes, flashcards). */
export const canStudy = (user: AppUser | null): boolean => user !== null;

export const canManageRoles = isAdmin;

/** An owner, or an admin, may change a thing. */
export const ownsOrAdmin = (user: AppUser | null, ownerId: string | null | undefined): boolean =>
  user !== null && (user.role === "admin" || (ownerId != null && ownerId === user.id));

/** Who may take a quiz on a question set: its owner, an admin, anyone when PUBLIC, and members of a
 * class it is assigned to when CLASS. */
export const mayTakeSet = (
  user: AppUser | null,
  set: { ownerId: string; visibility: string },
  inAssignedClass: boolean,
): boolean =>
  user !== null &&
  (ownsOrAdmin(user, set.ownerId) || set.visibility === "PUBLIC" || (set.visibility === "CLASS" && inAssignedClass));

/** An attempt is its taker's alone (not even admins see another learner's answers through the quiz API). */
export const ownsAttempt = (user: AppUser | null, attempt: { userId: string }): boolean =>
  user !== null && attempt.userId === user.id;

/** Who may read a question set in full (answers included) and export it: its owner, an admin, and —
 * for a CLASS set — the teacher of a class it is assigned to. Everyone else gets a 404. */
export const mayExportSet = (
  user: AppUser | null,
  set: { ownerId: string; visibility: string },
  teachesAssignedClass: boolean,
): boolean =>
  user !== null && (ownsOrAdmin(user, set.ownerId) || (set.visibility === "CLASS" && teachesAssignedClass && canTeach(user)));

/** A class is managed (members, results, assignments) by its teacher and by admins. */
export const mayManageClass = (user: AppUser | null, klass: { teacherId: string }): boolean => ownsOrAdmin(user, klass.teacherId);

/** Who may take a class assignment: a member of the class, while the set is not PRIVATE (a set
 * made private again drops out of the class, as it does from the class page). The assignment's own
 * limits (attempts, time) are lib/domain/assignments.ts's. */
export const mayTakeAssignment = (user: AppUser | null, assignment: { set: { visibility: string } }, isMember: boolean): boolean =>
  user !== null && isMember && assignment.set.visibility !== "PRIVATE";

/** Who may curate an article's questions (edit, approve, write, regenerate): teachers and admins,
 * on bundled articles (shared by every teacher) and on their own imports; admins on any. Another
 * teacher's import is invisible to them (404). */
export const mayCurateArticle = (user: AppUser | null, article: { origin: string; ownerId: string | null }): boolean =>
  canTeach(user) && (article.origin === "BUNDLED" || ownsOrAdmin(user, article.ownerId));

/** Who may bring their own article (an import only they, and admins, can read — mayReadArticle):
 * any signed-up account, learners included. Not guests: a guest's articles would be left ownerless
 * when the guest signs up, so they are asked to sign up first. */
export const mayImportOwnArticle = (user: AppUser | null): boolean => user !== null && !user.isAnonymous;

/** Who may read an article: anyone for bundled ones; an import only its owner, and admins. */
export const mayReadArticle = (user: AppUser | null, article: { origin: string; ownerId: string | null }): boolean =>
  article.origin === "BUNDLED" || ownsOrAdmin(user, article.ownerId);

/** The articles a user may read, as a filter a repository can apply to a list: every article
 * (admins), bundled ones plus one owner's imports, or bundled ones only (no session). Agrees with
 * mayReadArticle. */
export type ArticleScope = { all: true } | { all: false; ownerId: string | null };
export const articleScope = (user: AppUser | null): ArticleScope =>
  isAdmin(user) ? { all: true } : { all: false, ownerId: user?.id ?? null };

/** A flashcard is its learner's alone (someone else's card id reads as missing). */
export const ownsCard = (user: Pick<AppUser, "id"> | null, card: { userId: string }): boolean => user !== null && card.userId === user.id;
