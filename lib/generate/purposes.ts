// What a thing was made for, from a simplified statement: "The dam was built to control floods" or
// "Methicillin is a penicillin designed to resist penicillinase" → "What was the dam built to do?",
// "What was methicillin designed to do?" (answer "control floods"; "to control floods" accepted).
// Only a short purpose that ends the statement, and a subject that needs nothing before it.
import { POINTING } from "./measures";
import { render, type Tok } from "./statements";

const MADE = /^(?:designed|built|used|intended|meant|made|developed|created|invented|engineered)$/i;

/**
 * "The crews were meant to start the next day": "meant to" with a time is a plan or a timetable, not
 * what a thing is for — no purpose to ask, or to offer as another purpose's option.
 */
export function plannedNotPurpose(verb: string, phrase: string): boolean {
  return /^meant$/i.test(verb) && TIME_WORDS.test(phrase);
}
const TIME_WORDS = /\b(?:next|tomorrow|today|tonight|day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|(?:on|by|in|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b/;

export function purposeQuestion(toks: Tok[]): { prompt: string; answer: Tok[]; form: "purpose-to" } | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const be = toks.findIndex((t) => /^(?:is|are|was|were)$/i.test(t.text));
  if (be < 1 || be > 5) return undefined;
  const subject = toks.slice(0, be);
  if (subject.some((t) => POINTING.test(t.text) || /^[,;:()"“”]$/.test(t.text)) || /^(?:A|An)$/.test(subject[0].text)) return undefined;
  // "was built to …" or "is a penicillin designed to …" (a noun phrase of at most four words between).
  let m = be + 1;
  if (!MADE.test(toks[m]?.text ?? "")) {
    if (!/^(?:a|an|the)$/i.test(toks[m]?.text ?? "")) return undefined;
    let k = m + 1;
    while (k < end && k <= m + 4 && !MADE.test(toks[k].text)) k++;
    if (!MADE.test(toks[k]?.text ?? "")) return undefined;
    m = k;
  }
  if (toks[m + 1]?.text.toLowerCase() !== "to" || !toks[m + 2]?.tags.has("Verb")) return undefined;
  const answer = toks.slice(m + 2, end);
  if (plannedNotPurpose(toks[m].text, render(answer))) return undefined;
  if (answer.length < 2 || answer.length > 6 || answer.some((t) => t.from < 0 || /^[,;:()"“”]$/.test(t.text) || POINTING.test(t.text))) return undefined;
  const first = subject[0];
  const name = first.tags.has("ProperNoun") || first.tags.has("Fact") || /^\p{Lu}{2,}/u.test(first.text);
  const shown = name ? render(subject) : `${render(subject)[0].toLowerCase()}${render(subject).slice(1)}`;
  const aux = toks[be].text.toLowerCase();
  const made = toks[m].text.toLowerCase();
  // "What was the tower used for?" reads better than "used to do", which also means "once did".
  const prompt = made === "used" ? `What ${aux} ${shown} used for?` : `What ${aux} ${shown} ${made} to do?`;
  return prompt.length <= 120 ? { prompt, answer, form: "purpose-to" } : undefined;
}
