// The export module's own vocabulary: what goes in (a question set) and what comes out (a file).
import type { QuestionDraft } from "../domain/types";

export interface ExportQuestion
  extends Pick<
    QuestionDraft,
    "key" | "type" | "prompt" | "answer" | "acceptedAnswers" | "choices" | "explanation" | "answerType"
  > {
  id: string;
  sourceSentence: string;
  articleTitle: string;
  tags: string[];
}

export interface ExportSet {
  slug: string;
  title: string;
  description?: string;
  questions: ExportQuestion[];
  /** Passed in so every export is a pure function of its input. */
  exportedAt: Date;
}

// The format table (labels, content types, what each can express) is a domain registry.
export { EXPORT_FORMATS, EXPORT_FORMAT_SPECS, type ExportFormat, type ExportOptions } from "../domain/export-formats";

/** A question a format could not express, with the reason shown to the teacher. */
export interface SkippedQuestion {
  key: string;
  prompt: string;
  reason: string;
}

export interface ExportResult {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
  skipped: SkippedQuestion[];
}
