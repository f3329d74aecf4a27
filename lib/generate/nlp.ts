// The one place that loads compromise: a single parse per article, read back as term tags and
// resolved dates keyed by character offset into the parsed text.
import nlp from "compromise";
import datesPlugin from "compromise-dates";

nlp.plugin(datesPlugin as any);

export interface ParsedText {
  /** Tags of the term starting at an absolute offset. */
  tagsAt(offset: number): ReadonlySet<string>;
  /** Dates compromise-dates found: absolute span and resolved ISO start. */
  dates: Array<{ start: number; end: number; text: string; iso?: string }>;
}

const EMPTY = new Set<string>();

export function parseText(text: string, today?: string): ParsedText {
  const tags = new Map<number, Set<string>>();
  const dates: ParsedText["dates"] = [];
  if (text.trim()) {
    const doc = nlp(text);
    const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number } }>;
    }>;
    for (const sentence of json) {
      for (const term of sentence.terms) tags.set(term.offset.start, new Set(term.tags));
    }
    // Without `today` compromise-dates reads the clock: only ask when the article has a date.
    if (today) {
      const found = (doc as any)
        .dates({ today, timezone: "UTC" })
        .json({ offset: true }) as Array<{
        text: string;
        offset: { start: number; length: number };
        dates?: { start?: string };
      }>;
      for (const d of found) {
        dates.push({
          start: d.offset.start,
          end: d.offset.start + d.offset.length,
          text: d.text,
          iso: d.dates?.start,
        });
      }
    }
  }
  return { tagsAt: (offset) => tags.get(offset) ?? EMPTY, dates };
}

/** Infinitive of a past-tense verb ("voted" → "vote"), or undefined when compromise cannot tell. */
export function toInfinitive(verb: string): string | undefined {
  const out = (nlp(verb) as any).verbs().toInfinitive().text() as string;
  return out && out !== verb ? out : undefined;
}
