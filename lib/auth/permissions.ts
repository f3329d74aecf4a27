import type { AppUser } from "../db/users.ts";

// One module answers "may they?". Route handlers call these; a `false` on someone else's data
// becomes a 404 so ids cannot be probed.

export const isAdmin = (user: AppUser | null): boolean => user?.role === "admin";

/** Teachers and admins curate questions, build sets and classes, and export. */
export const canTeach = (user: AppUser | null): boolean => user?.role === "teacher" || user?.role === "admin";

/** Guests and signed-in learners can study (quizzes, flashcards). */
export const canStudy = (user: AppUser | null): boolean => user !== null;

export const canManageRoles = isAdmin;

/** An owner, or an admin, may change a thing. */
export const ownsOrAdmin = (user: AppUser | null, ownerId: string | null | undefined): boolean =>
  user !== null && (user.role === "admin" || (ownerId != null && ownerId === user.id));
