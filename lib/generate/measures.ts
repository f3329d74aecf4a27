// How long something takes or lasts, asked from a simplified statement: "Closing the gates takes
// about 40 minutes" → "How long does closing the gates take?" (answer "about 40 minutes"). The
// general wh-maker has no "how long" form for a quantity in object position; this reads only the
// plain shape subject + take/last + (about) number + unit of time, and asks nothing else.
import { render, type Tok } from "./statements";

export interface StatementQuestion {
  prompt: string;
  /** The answer's tokens in the statement (offsets in the sentence as the statement has them). */
  answer: Tok[];
  form: "duration" | "coined";
}

const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
const APPROX = /^(?:about|around|roughly|nearly|almost|some|over|under|just|only|up)$/i;
const NUMBER = /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a few|several)$/i;
const POINTING = /^(?:it|this|that|these|those|they|them|he|she|him|her|his|its|their)$/i;

/** "Closing the gates takes about 40 minutes" → "How long does closing the gates take?". */
export function durationQuestion(toks: Tok[]): StatementQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const v = toks.findIndex((t) => /^(?:takes|took|lasts|lasted|take|last)$/i.test(t.text));
  if (v < 1 || v > 8) return undefined;
  const subject = toks.slice(0, v);
  if (subject.some((t) => POINTING.test(t.text) || /^[,;:()"“”]$/.test(t.text))) return undefined;
  let a = v + 1;
  // "(takes) up to 40 minutes", "(lasted) just over a year"
  const answerStart = a;
  while (a < end && APPROX.test(toks[a].text)) a++;
  if (a >= end || !NUMBER.test(toks[a].text) || !TIME_UNIT.test(toks[a + 1]?.text ?? "")) return undefined;
  // The quantity ends the statement: "takes 40 minutes to fill the lock" is another shape.
  if (a + 2 !== end) return undefined;
  const verb = toks[v].text.toLowerCase();
  const past = /^(?:took|lasted)$/.test(verb);
  const plural = /^(?:take|last)$/.test(verb);
  const base = /^(?:takes|took|take)$/.test(verb) ? "take" : "last";
  const first = subject[0];
  // A capital only because the statement starts there ("Closing the gates").
  const lead = first.tags.has("ProperNoun") || first.tags.has("Fact") || /^\p{Lu}{2,}/u.test(first.text) ? render(subject) : `${render(subject)[0].toLowerCase()}${render(subject).slice(1)}`;
  const prompt = `How long ${past ? "did" : plural ? "do" : "does"} ${lead} ${base}?`;
  return prompt.length <= 120 ? { prompt, answer: toks.slice(answerStart, end), form: "duration" } : undefined;
}
