// Feedback after an answer: the answer key, other accepted forms, the explanation and the source
// sentence placed in its paragraph of the article. Pure: the article text comes in as a parameter.
import { hasChoices } from "../domain/question-types.ts";
import { QUESTION_TYPES, type Question, type QuestionType, type Sentence } from "../domain/types.ts";

/** The sentence a question comes from, with its paragraph so it can be highlighted in context. */
export interface SourceContext {
  sentenceIndex: number;
  sentence: string;
  start: number;
  end: number;
  paragraph: string | null;
  sentenceStart: number | null;
  article: { slug: string; title: string } | null;
}

/** An article as feedback needs it: split into paragraphs and sentences once, not per answer. */
export interface ArticleContext {
  slug: string;
  title: string;
  paragraphs: string[];
  sentences: Map<number, Sentence>;
}

export function articleContext(article: { slug: string; title: string; body: string; sentences: Sentence[] }): ArticleContext {
  return {
    slug: article.slug,
    title: article.title,
    paragraphs: article.body.split("\n\n"),
    sentences: new Map(article.sentences.map((x) => [x.index, x])),
  };
}

/** The sentence a question comes from, placed in its paragraph of the article (when found). */
export function contextOf(q: Pick<Question, "source">, article: ArticleContext | undefined): SourceContext {
  const context: SourceContext = {
    sentenceIndex: q.source.sentenceIndex,
    sentence: q.source.sentence,
    start: q.source.start,
    end: q.source.end,
    paragraph: null,
    sentenceStart: null,
    article: article ? { slug: article.slug, title: article.title } : null,
  };
  if (!article) return context;
  const s = article.sentences.get(q.source.sentenceIndex);
  const paragraph = s ? article.paragraphs[s.paragraph] : article.paragraphs.find((p) => p.includes(q.source.sentence));
  if (paragraph !== undefined) {
    const at = paragraph.indexOf(q.source.sentence);
    context.paragraph = paragraph;
    context.sentenceStart = at >= 0 ? at : null;
  }
  return context;
}

export interface Feedback {
  expected: string;
  alsoAccepted: string[];
  explanation: string;
  source?: SourceContext;
}

/** What an answered question reveals. Choice questions list no other accepted forms. */
export function feedback(q: Pick<Question, "type" | "answer" | "acceptedAnswers" | "explanation">, context: SourceContext | undefined): Feedback {
  return {
    expected: q.answer,
    alsoAccepted: hasChoices(q.type) ? [] : [...q.acceptedAnswers],
    explanation: q.explanation,
    ...(context ? { source: context } : {}),
  };
}

/** How many questions of each type a source has (the start screen offers these). */
export function countByType(questions: Pick<Question, "type">[]): Record<QuestionType, number> {
  const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
  for (const q of questions) counts[q.type]++;
  return counts;
}
