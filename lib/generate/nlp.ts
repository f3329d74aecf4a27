// The one place that loads compromise: a single parse per article, read back as term tags and
// resolved dates keyed by character offset into the parsed text.
import nlp from "compromise";
import datesPlugin from "compromise-dates";

// compromise-dates ships loose types: describe the two calls we make and no more.
type Plugin = Parameters<typeof nlp.plugin>[0];
interface DatesView {
  dates(opts: { today: string; timezone: string }): { json(): unknown };
}
interface VerbsView {
  verbs(): { toInfinitive(): { text(): string } };
}

nlp.plugin(datesPlugin as unknown as Plugin);

export interface ParsedText {
  /** Tags of the term starting at an absolute offset. */
  tagsAt(offset: number): ReadonlySet<string>;
}

const EMPTY = new Set<string>();

export function parseText(text: string): ParsedText {
  const tags = new Map<number, Set<string>>();
  if (text.trim()) {
    const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number } }>;
    }>;
    for (const sentence of json) {
      for (const term of sentence.terms) tags.set(term.offset.start, new Set(term.tags));
    }
  }
  return { tagsAt: (offset) => tags.get(offset) ?? EMPTY };
}

/**
 * Resolve a date phrase ("January 5") with compromise-dates against the article's date. Run on
 * the phrase alone: over a whole article `.dates()` costs more than the parse itself.
 * Without `today` compromise-dates reads the clock, so callers must pass one.
 */
export function resolveDatePhrase(phrase: string, today: string): string | undefined {
  const found = (nlp(phrase) as unknown as DatesView).dates({ today, timezone: "UTC" }).json() as Array<{ dates?: { start?: string } }>;
  return found[0]?.dates?.start?.slice(0, 10);
}

/** Infinitive of a past-tense verb ("voted" → "vote"), or undefined when compromise cannot tell. */
export function toInfinitive(verb: string): string | undefined {
  const out = (nlp(verb) as unknown as VerbsView).verbs().toInfinitive().text() as string;
  return out && out !== verb ? out : undefined;
}
