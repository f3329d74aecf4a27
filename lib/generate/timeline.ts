// A timeline's lines are written in the historic present ("28 June: Franz Ferdinand and Sophie are
// assassinated in Sarajevo"). Asked as written, a question reads as if it were happening now ("On what
// date does Germany declare war on France?"); a statement from such a line is told in the past.
import { pastOf, toInfinitive } from "./nlp";
import { isAux, isFiniteVerb, type Tok } from "./statements";

const BE_PAST: Readonly<Record<string, string>> = { is: "was", are: "were" };

/**
 * The tokens with their first finite verb after the opening word put in the past ("declares" →
 * "declared", "are assassinated" → "were assassinated"); unchanged when that verb is already past, a
 * modal or a perfect's "has" (which would turn the line's event into something earlier still).
 */
export function toldInPast(toks: Tok[]): Tok[] {
  const k = toks.findIndex((_, i) => i > 0 && isFiniteVerb(toks, i));
  if (k < 0) return toks;
  const t = toks[k];
  const w = t.text.toLowerCase();
  let past: string | undefined = BE_PAST[w];
  if (!past) {
    if (isAux(t) || t.tags.has("PastTense") || !t.tags.has("PresentTense") || !/^\p{Ll}+$/u.test(t.text)) return toks;
    // ("German troops invade Belgium": a plural's present is its base form.)
    const base = /s$/.test(w) ? toInfinitive(w) : w;
    past = base ? pastOf(base) : undefined;
  }
  if (!past) return toks;
  const tags = new Set([...t.tags].filter((g) => g !== "PresentTense"));
  tags.add("PastTense");
  return [...toks.slice(0, k), { ...t, text: past, tags }, ...toks.slice(k + 1)];
}
