// Articles as lists and the teacher workspace show them: plain data, no Prisma.

export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  tags: string[];
  origin: string;
  ownerId: string | null;
  words: number;
  questionCount: number;
}

export type StatusCounts = Record<"DRAFT" | "APPROVED" | "REJECTED" | "RETIRED", number>;

export interface WorkspaceArticle extends ArticleSummary {
  /** Imported by the viewer. */
  mine: boolean;
  /** Questions by status (RETIRED ones are kept for learners' history, never shown as live). */
  counts: StatusCounts;
  generatedAt: string | null;
}
