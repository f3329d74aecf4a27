// Causes and consequences the general statement split does not reach: "A, which is why B" (A is the
// reason for B), and the clauses a why-question's options are drawn from ("because …", "so that …",
// ", so …", "…, which is why"). Pure text and token work; generate.ts turns them into questions.
import type { Tok } from "./statements";

const BECAUSE: Tok = { text: "because", from: -1, end: -1, tags: new Set(["Conjunction"]) };

/**
 * "Human cells have no cell walls, which is why penicillin harms bacteria …" → the tokens of
 * "penicillin harms bacteria … because human cells have no cell walls", for the why-question maker.
 * Only a reason that opens the sentence as a whole clause (a subject and more), never a quotation.
 */
export function whichIsWhy(toks: Tok[]): Tok[] | undefined {
  const at = toks.findIndex((t, i) => t.text === "," && /^(which|that)$/i.test(toks[i + 1]?.text ?? "") && /^(is|was)$/i.test(toks[i + 2]?.text ?? "") && /^why$/i.test(toks[i + 3]?.text ?? ""));
  if (at < 3) return undefined;
  const reason = toks.slice(0, at);
  let main = toks.slice(at + 4);
  while (main.length && /^[.!?;]$/.test(main[main.length - 1].text)) main = main.slice(0, -1);
  if (main.length < 3 || reason.some((t) => /["“”]/.test(t.text)) || main.some((t) => /["“”;]/.test(t.text))) return undefined;
  // A reason clause with a comma of its own ("After the war, prices rose, which is why …") is not one clause.
  if (reason.some((t) => t.text === ",")) return undefined;
  return [...main, BECAUSE, ...reason];
}

/** Longest option Kahoot takes. */
export const CLAUSE_OPTION_MAX = 75;

/**
 * The answer clause as an option: whole when it fits; else without a trailing time phrase ("… when
 * the gates are raised"), else its first half before "and" + verb ("the United States was by far the
 * largest creditor and held most of …" → "the United States was by far the largest creditor"), which
 * is still a true reason; undefined when none fits.
 */
export function clauseOption(text: string): string | undefined {
  const t = text.trim();
  if (t.length <= CLAUSE_OPTION_MAX) return t;
  const cut = t.replace(/\s+(?:for about|for some|for over|for more than|when|while|until|after|before)\s+[^]*$/i, "");
  if (cut !== t && cut.length <= CLAUSE_OPTION_MAX && cut.split(/\s+/).length >= 4) return cut;
  // "… and held …", "… and then …": a second verb phrase of the same subject.
  const half = t.match(/^(.{20,}?)\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:\p{Ll}+ed|held|made|took|gave|kept|built|found|led|left|won|became|began|brought|fell|rose|grew|ran|sent|spent|lost|paid|sold|told|went|came|saw|knew|stood|could|would|can|will)\b/u)?.[1];
  if (half && half.length <= CLAUSE_OPTION_MAX && half.split(/\s+/).length >= 4) return half;
  return undefined;
}

const REASON_MARKERS = /\b(?:because|so that)\s+(?!of\b)([^,;:.!?()"“”]+)/gi;
/** ", so boats can pass over them": a consequence clause (a subject, then a modal or a verb). */
const CONSEQUENCE = /,\s+so\s+(?!that\b|far\b|much\b|many\b|long\b|as\b)((?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:can|could|would|will|must|may|might|had|has|have|was|were|is|are|\p{Ll}+ed)\b[^,;:.!?()"“”]*)/giu;
/** "Human cells have no cell walls, which is why …": the clause before. */
const WHICH_IS_WHY = /^([^,;:"“”]+),\s+(?:which|that)\s+(?:is|was)\s+why\b/i;

/**
 * Reason and consequence clauses of one sentence, as options for why-questions: "because …",
 * "so that …", ", so …", "X, which is why …". A non-restrictive aside is skipped first.
 */
export function reasonClauses(text: string): string[] {
  const plain = text.replace(/,\s+(?:which|who)\s(?!is why|was why)[^,;:.]*,/g, "");
  const out: string[] = [];
  for (const m of plain.matchAll(REASON_MARKERS)) out.push(m[1]);
  for (const m of plain.matchAll(CONSEQUENCE)) out.push(m[1]);
  const why = plain.match(WHICH_IS_WHY);
  if (why) out.push(why[1]);
  return out.map((c) => c.trim());
}
