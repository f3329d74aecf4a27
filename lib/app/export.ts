// Exporting a question set: who may (mayExportSet, via readableSet), which items are left out
// before formatting (no longer approved), then lib/export writes the file.
import { exportSet, type ExportFormat, type ExportOptions, type ExportQuestion, type ExportResult, type ExportSet, type SkippedQuestion } from "../export/index.ts";
import type { AppUser } from "../domain/user.ts";
import { findSetBySlug, type StoredSet } from "../db/sets.ts";
import { readableSet } from "./sets.ts";

export interface ExportableSet {
  set: ExportSet;
  /** Items left out before formatting (no longer approved), reported like a format's own skips. */
  notApproved: SkippedQuestion[];
}

/** A stored set as lib/export wants it: approved questions only, the others listed with why. */
export function toExportSet(stored: StoredSet, now: Date): ExportableSet {
  const questions: ExportQuestion[] = [];
  const notApproved: SkippedQuestion[] = [];
  for (const q of stored.items) {
    if (q.status !== "APPROVED") {
      notApproved.push({ key: q.key, prompt: q.prompt, reason: `the question is ${q.status.toLowerCase()}, not approved` });
      continue;
    }
    questions.push({
      id: q.questionId,
      key: q.key,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      acceptedAnswers: q.acceptedAnswers,
      ...(q.choices ? { choices: q.choices } : {}),
      explanation: q.explanation,
      answerType: q.answerType,
      sourceSentence: q.sourceSentence,
      articleTitle: q.article.title,
      tags: q.articleTags,
    });
  }
  return {
    set: { slug: stored.slug, title: stored.title, ...(stored.description ? { description: stored.description } : {}), questions, exportedAt: now },
    notApproved,
  };
}

/** The set as lib/export wants it, when the user may export it; null otherwise. */
export async function exportableSet(user: AppUser, id: string, now: Date): Promise<ExportableSet | null> {
  const stored = await readableSet(user, id);
  return stored ? toExportSet(stored, now) : null;
}

/** The CLI's way in: a set by slug, no user (the operator runs the command). */
export async function exportableSetBySlug(slug: string, now: Date): Promise<ExportableSet | null> {
  const stored = await findSetBySlug(slug);
  return stored ? toExportSet(stored, now) : null;
}

/** The file for a set the user may export, with every skipped item (not approved, or not expressible). */
export async function exportSetFile(
  user: AppUser,
  id: string,
  format: ExportFormat,
  now: Date,
  options: ExportOptions = {},
): Promise<{ file: ExportResult; skipped: SkippedQuestion[] } | null> {
  const found = await exportableSet(user, id, now);
  if (!found) return null;
  const file = await exportSet(found.set, format, options);
  return { file, skipped: [...found.notApproved, ...file.skipped] };
}
