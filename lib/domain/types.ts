// Domain types shared by the pure core (content, generate, quiz, srs, export).
// Plain data only: no Prisma, no React. lib/db maps rows to and from these.

/** One sentence of a clean article body, with character offsets into `CleanArticle.body`. */
export interface Sentence {
  index: number;
  /** Paragraph number (0-based) the sentence belongs to. */
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

/** Front matter of an article file. */
export interface ArticleMeta {
  title: string;
  source?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD), the article's publication date: relative dates resolve against it. */
  published?: string;
  tags: string[];
}

/** A heading of the article's file, standing before paragraph `paragraph` (0-based). */
export interface OutlineHeading {
  paragraph: number;
  /** 1 for "#", 2 for "##", … (the article page shows them under its title). */
  level: number;
  text: string;
}

/**
 * How the body was laid out in its file: the headings between paragraphs and the paragraphs that
 * were list items. Layout, not text: no heading is a sentence, and the paragraphs stand alone.
 */
export interface ArticleOutline {
  headings: OutlineHeading[];
  /** Paragraph numbers (0-based, ascending) that were list items ("- …", "1. …"). */
  listItems: number[];
}

/** An article after cleaning: what the generator reads and the article page shows. */
export interface CleanArticle extends ArticleMeta {
  slug: string;
  /** Clean body: paragraphs joined by a blank line ("\n\n"). No page furniture. */
  body: string;
  paragraphs: string[];
  sentences: Sentence[];
  /** Headings and list items; absent for an article stored before they were kept. */
  outline?: ArticleOutline;
  /** sha256 (hex) of the raw file contents, for idempotent import. */
  checksum: string;
}

export const QUESTION_TYPES = ["MCQ", "TRUE_FALSE", "CLOZE", "SHORT_ANSWER"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_STATUSES = ["DRAFT", "APPROVED", "REJECTED", "RETIRED"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** Where a question comes from in its article. */
export interface Provenance {
  sentenceIndex: number;
  /** Character span of the answer inside `sentence` (0-based, end exclusive). */
  start: number;
  end: number;
  sentence: string;
}

/**
 * A question as the generator emits it (and as the teacher edits it).
 * - MCQ: `choices` holds the answer and three distractors, in display order.
 * - TRUE_FALSE: `prompt` is the statement; `answer` is "True" or "False"; `choices` is ["True", "False"].
 * - CLOZE: `prompt` contains one gap written "_____"; `answer` fills it.
 * - SHORT_ANSWER: a wh-question; `answer` plus `acceptedAnswers` are graded leniently.
 */
export interface QuestionDraft {
  /** Stable hash of what the question asks (type + stem + answer); survives regeneration. */
  key: string;
  type: QuestionType;
  prompt: string;
  answer: string;
  /** Other forms accepted for typed answers (aliases, surname, "2500" for "2,500"). Excludes `answer`. */
  acceptedAnswers: string[];
  choices?: string[];
  explanation: string;
  source: Provenance;
  /** Fine type of the answer, e.g. "person", "country", "city", "organization", "year", "date", "count", "term". */
  answerType: string;
  /** Questions asking about the same fact share a factKey (flashcard siblings). */
  factKey: string;
  /** 0 (easy) … 1 (hard). */
  difficulty: number;
  /** 0 … 1, higher is better; explainable ranking score. */
  score: number;
  generatorVersion: string;
}

/** A stored question: a draft plus identity and review status. */
export interface Question extends QuestionDraft {
  id: string;
  articleId: string;
  status: QuestionStatus;
  /** True once a teacher edited it: regeneration never overwrites it. */
  edited: boolean;
}
