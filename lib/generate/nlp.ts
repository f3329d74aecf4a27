// The one place that loads compromise: a single parse per article, read back as term tags keyed by
// character offset into the parsed text. The compromise-dates plugin tags date phrases in that
// parse; resolving "January 5" against the article's date is ours (lib/generate/facts.ts).
import nlp from "compromise";
import datesPlugin from "compromise-dates";

// compromise-dates ships loose types: describe the call we make and no more.
type Plugin = Parameters<typeof nlp.plugin>[0];
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

/** Infinitive of a past-tense verb ("voted" → "vote"), or undefined when compromise cannot tell. */
export function toInfinitive(verb: string): string | undefined {
  const out = (nlp(verb) as unknown as VerbsView).verbs().toInfinitive().text() as string;
  if (out && out !== verb) return out;
  // Alone, "proposed" reads as an adjective; after a subject it is a verb ("they proposed it").
  if (!/^\p{Ll}+ed$/u.test(verb)) return undefined;
  const inContext = ((nlp(`they ${verb} it`) as unknown as VerbsView).verbs().toInfinitive().text() as string).trim();
  return /^\p{Ll}+$/u.test(inContext) && inContext !== verb ? inContext : undefined;
}

const genderMemo = new Map<string, "male" | "female" | undefined>();
/** "he" or "she" by the first name compromise knows ("Pierre" → male); undefined when it does not. */
export function genderOfName(name: string): "male" | "female" | undefined {
  if (!genderMemo.has(name)) {
    if (genderMemo.size > 4096) genderMemo.clear();
    const first = (nlp(name).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    genderMemo.set(name, first.includes("MaleName") ? "male" : first.includes("FemaleName") ? "female" : undefined);
  }
  return genderMemo.get(name);
}
