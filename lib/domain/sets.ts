// Question sets and classes as the whole house sees them: plain data, no Prisma.
// Repositories (lib/db) return these; use cases (lib/app) and components read them.
import type { QuestionType } from "./types.ts";
import type { AssignmentSettingsView, AssignmentState } from "./assignments.ts";

export const VISIBILITIES = ["PRIVATE", "CLASS", "PUBLIC"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const toVisibility = (v: string): Visibility => (VISIBILITIES.includes(v as Visibility) ? (v as Visibility) : "PRIVATE");

export interface SetItemView {
  questionId: string;
  position: number;
  type: QuestionType;
  prompt: string;
  answer: string;
  choices?: string[];
  score: number;
  status: string;
  article: { slug: string; title: string };
}

export interface SetSummary {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
  owner: { id: string; name: string };
  questionCount: number;
  classes: { id: string; name: string }[];
  updatedAt: string;
}

export interface SetDetail extends SetSummary {
  items: SetItemView[];
  /** The owner or an admin: may edit, delete and assign (a class teacher may only read and export). */
  mayEdit: boolean;
}

export interface SetInput {
  title: string;
  description?: string;
  visibility?: Visibility;
  questionIds?: string[];
}

export type SetPatch = Partial<SetInput>;

export interface ItemError {
  field: string;
  message: string;
}

/** One question of the pool, with the questions it must not meet in a set (one item per fact). */
export interface PoolQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  score: number;
  /** Questions of the same article that ask the same fact or give this one's answer away (lib/quiz/siblings.ts). */
  siblingIds: string[];
}

/** The question pool a teacher builds sets from: articles with their APPROVED questions. */
export interface PoolArticle {
  slug: string;
  title: string;
  questions: PoolQuestion[];
}

export interface AssignedSet {
  id: string;
  slug: string;
  title: string;
  description: string;
  visibility: string;
  questionCount: number;
  assignedAt: string;
  /** What the teacher fixed for this class. */
  settings: AssignmentSettingsView;
}

/** An assignment as its learner sees it: settings, where they stand, what they can still do. */
export interface LearnerAssignment extends AssignedSet {
  classId: string;
  className: string;
  state: AssignmentState;
  attemptsStarted: number;
  /** null = unlimited */
  attemptsLeft: number | null;
  /** An attempt still open (resume it rather than start another). */
  openAttemptId: string | null;
  /** Fraction 0–1 of the attempt that counts; null before one is finished. */
  counted: number | null;
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

export interface SetScore {
  setId: string;
  title: string;
  /** Attempts started on the assignment. */
  attempts: number;
  /** Fraction 0–1 of the attempt that counts under the assignment's rule; null before one is finished. */
  counted: number | null;
  state: AssignmentState;
  /** When the counted attempt was finished (ISO). */
  countedAt: string | null;
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
  /** How many of the correct ones the learner marked right themselves ("I was right" in practice). */
  overridden?: number;
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
