// Reading a set in Factdeck's JSON format back (`factdeck import-set`). The plan — which questions
// are reused, which new articles hold the rest — is pure; lib/db writes it in one transaction.
import { slugify } from "../content/slug.ts";
import type { ExportQuestion, ExportSet } from "../export/types.ts";
import { existingQuestionKeys, insertImportedSet, type PlannedArticle, type PlannedSet } from "../db/sets.ts";
import { findUserByEmail, firstAdmin } from "../db/users.ts";
import { setSlugBase } from "./sets.ts";

export interface ImportedSet {
  id: string;
  slug: string;
  questions: number;
  articles: string[];
}

/**
 * A question whose id still exists with the same key is reused; the others go into one IMPORTED
 * article per article title and tag list (its body: their source sentences, one paragraph each),
 * one question per key within an article. Tags live on articles, so questions of one title with
 * different tags get an article each: a re-export gives every question its own tags back.
 */
export function planSetImport(set: ExportSet, existing: Map<string, string>): PlannedSet {
  const isReused = (q: ExportQuestion) => existing.get(q.id) === q.key;
  const byArticle = new Map<string, ExportQuestion[]>();
  for (const q of set.questions) {
    if (isReused(q)) continue;
    const group = JSON.stringify([q.articleTitle, q.tags]);
    byArticle.set(group, [...(byArticle.get(group) ?? []), q]);
  }
  const articles: PlannedArticle[] = [...byArticle.values()].map((questions) => {
    const title = questions[0].articleTitle;
    const sentences = [...new Set(questions.map((q) => q.sourceSentence))];
    let offset = 0;
    const sentenceRows = sentences.map((text, index) => {
      const row = { index, paragraph: index, text, start: offset, end: offset + text.length };
      offset += text.length + 2;
      return row;
    });
    const keys = new Set<string>();
    const planned = questions.filter((q) => !keys.has(q.key) && keys.add(q.key));
    return {
      title,
      tags: questions[0].tags,
      body: sentences.join("\n\n"),
      sentences: sentenceRows,
      slugBase: `${slugify(title) || "article"}-imported`,
      checksum: (slug: string) => `import:${set.slug}:${slug}`,
      questions: planned.map((q) => {
        const at = q.sourceSentence.indexOf(q.answer);
        return {
          fileId: q.id,
          key: q.key,
          type: q.type,
          prompt: q.prompt,
          answer: q.answer,
          acceptedAnswers: q.acceptedAnswers,
          ...(q.choices ? { choices: q.choices } : {}),
          explanation: q.explanation,
          sentenceIndex: sentences.indexOf(q.sourceSentence),
          spanStart: Math.max(at, 0),
          spanEnd: at >= 0 ? at + q.answer.length : 0,
          sourceSentence: q.sourceSentence,
          answerType: q.answerType,
        };
      }),
    };
  });
  return {
    title: set.title,
    description: set.description ?? "",
    slugBase: setSlugBase(set.title, set.slug),
    order: set.questions.map((q) => q.id),
    reused: set.questions.filter(isReused).map((q) => q.id),
    articles,
  };
}

export async function importSet(set: ExportSet, ownerId: string): Promise<ImportedSet> {
  const existing = await existingQuestionKeys(set.questions.map((q) => q.id));
  return insertImportedSet(planSetImport(set, existing), ownerId);
}

/** The account a CLI import is owned by: the given email, or the first admin. */
export async function importOwner(email?: string): Promise<{ id: string; email: string } | null> {
  return email ? findUserByEmail(email) : firstAdmin();
}
