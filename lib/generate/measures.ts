// How long something takes or lasts, asked from a simplified statement: "Closing the gates takes
// about 40 minutes" → "How long does closing the gates take?" (answer "about 40 minutes"). The
// general wh-maker has no "how long" form for a quantity in object position; this reads only the
// plain shape subject + take/last + (about) number + unit of time, and asks nothing else. Two more
// measures of time the general wh-maker misses live here too: the minute of a match report and the
// age at which a named person died.
import { render, type Tok } from "./statements";

export interface StatementQuestion {
  prompt: string;
  /** The answer's tokens in the statement (offsets in the sentence as the statement has them). */
  answer: Tok[];
  form: "duration" | "coined" | "minute" | "age" | "relation" | "dimension" | "frequency";
}

const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
const APPROX = /^(?:about|around|roughly|nearly|almost|approximately|some|over|under|just|only|up)$/i;
const NUMBER = /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a few|several)$/i;
export const POINTING = /^(?:it|this|that|these|those|they|them|he|she|him|her|his|its|their)$/i;

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
  // A capital only because the statement starts there ("Closing the gates").
  const lowered = (ts: Tok[]) => (ts[0].tags.has("ProperNoun") || ts[0].tags.has("Fact") || /^\p{Lu}{2,}/u.test(ts[0].text) ? render(ts) : `${render(ts)[0].toLowerCase()}${render(ts).slice(1)}`);
  // "Draining is expected to take about ten weeks" → "How long is draining expected to take?": the
  // statement's own "is" goes before the subject; no do-support.
  const be = subject.findIndex((t, k) => k > 0 && /^(?:is|are|was|were)$/i.test(t.text));
  if (be > 0) {
    const rest = subject.slice(be + 1);
    if (!rest.length || !/^to$/i.test(rest[rest.length - 1].text) || rest.length > 3) return undefined;
    const prompt = `How long ${subject[be].text.toLowerCase()} ${lowered(subject.slice(0, be))} ${render(rest)} ${base}?`;
    return prompt.length <= 120 ? { prompt, answer: toks.slice(answerStart, end), form: "duration" } : undefined;
  }
  const lead = lowered(subject);
  const prompt = `How long ${past ? "did" : plural ? "do" : "does"} ${lead} ${base}?`;
  return prompt.length <= 120 ? { prompt, answer: toks.slice(answerStart, end), form: "duration" } : undefined;
}

const LENGTH_UNIT = /^(?:met(?:re|er)s?|m|kilomet(?:re|er)s?|km|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|feet|foot|ft|inches|miles?)$/i;
const DIMENSION = /^(?:high|tall|long|wide|deep|thick)$/i;

/**
 * "The tower is 31 metres high" → "How high is the tower?" (answer "31 metres"). A size said as
 * number, unit of length and the dimension's adjective, ending the statement; the general wh-maker
 * asks only the number's gap. Subject with nothing pointing outside it (a resolved statement).
 */
export function dimensionQuestion(toks: Tok[]): StatementQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  if (end < 5 || !DIMENSION.test(toks[end - 1].text) || !LENGTH_UNIT.test(toks[end - 2].text)) return undefined;
  let n = end - 3;
  if (!/^\d[\d,.]*$/.test(toks[n].text) && !NUMBER.test(toks[n].text)) return undefined;
  while (n > 0 && APPROX.test(toks[n - 1].text)) n--;
  const be = n - 1;
  if (be < 1 || be > 8 || !/^(?:is|are|was|were)$/i.test(toks[be].text)) return undefined;
  const subject = toks.slice(0, be);
  // ("Its spire is 90 metres high", "The wall, which …": a subject that needs more than itself.)
  // ("Some fulgurites are several metres long": a size of some of them is no fact about a thing.)
  if (subject.some((t) => POINTING.test(t.text) || /^[,;:()"“”]$/.test(t.text) || t.tags.has("Verb")) || /^(?:a|an|some|many|most|few|several|all|each|one)$/i.test(subject[0].text)) return undefined;
  const first = subject[0];
  // ("The Panama Canal": "the" opens a name only at the sentence's start.)
  const shown = /^the$/i.test(first.text) || !(first.tags.has("ProperNoun") || first.tags.has("Person") || first.tags.has("Fact") || /^\p{Lu}{2,}/u.test(first.text)) ? `${render(subject)[0].toLowerCase()}${render(subject).slice(1)}` : render(subject);
  const prompt = `How ${toks[end - 1].text.toLowerCase()} ${toks[be].text.toLowerCase()} ${shown}?`;
  return prompt.length <= 120 ? { prompt, answer: toks.slice(n, end - 1), form: "dimension" } : undefined;
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Words that end the clause a "which minute" question keeps. */
const CLAUSE_END = /^(?:[,;:()"“”]|and|but|while|when|as|after|before|because|to|which|who|tipping|making|giving)$/i;

/**
 * "The winning goal came in the 113th minute from the substitute Kofi Mensah" → "In which minute did
 * the winning goal come from the substitute Kofi Mensah?" (answer "113th"); "In the 38th minute the
 * winger Priya Anand cut inside …" likewise. A match report times its events by the minute; the
 * general wh-maker reads "113th" as no fact. Subject + one past verb (or was/were + participle) only.
 */
export function minuteQuestion(toks: Tok[], infinitive: (verb: string) => string | undefined): StatementQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const at = toks.findIndex((t, i) => /^in$/i.test(t.text) && /^the$/i.test(toks[i + 1]?.text ?? "") && ORDINAL.test(toks[i + 2]?.text ?? "") && /^minute$/i.test(toks[i + 3]?.text ?? ""));
  if (at < 0) return undefined;
  // The clause without the time: "the winning goal came … from the substitute Kofi Mensah".
  const clause = at === 0 ? toks.slice(4, end) : [...toks.slice(0, at), ...toks.slice(at + 4, end)];
  if (at === 0 && clause[0]?.text === ",") clause.shift();
  let stop = clause.findIndex((t, i) => i > 1 && CLAUSE_END.test(t.text));
  if (stop < 0) stop = clause.length;
  const kept = clause.slice(0, stop);
  const v = kept.findIndex((t) => t.tags.has("Verb") && (t.tags.has("PastTense") || /^(?:was|were)$/i.test(t.text)) && !t.tags.has("Fact"));
  if (v < 1 || v > 6) return undefined;
  const subject = kept.slice(0, v);
  if (subject.some((t) => POINTING.test(t.text) || /^[,;:()"“”]$/.test(t.text) || t.tags.has("Preposition"))) return undefined;
  const first = subject[0];
  const shown = first.tags.has("ProperNoun") || first.tags.has("Person") || first.tags.has("Fact") || /^\p{Lu}{2,}/u.test(first.text) ? render(subject) : `${render(subject)[0].toLowerCase()}${render(subject).slice(1)}`;
  const rest = render(kept.slice(v + 1));
  const verb = kept[v].text;
  let prompt: string;
  if (/^(?:was|were)$/i.test(verb)) prompt = `In which minute ${verb.toLowerCase()} ${shown}${rest ? ` ${rest}` : ""}?`;
  else {
    const base = infinitive(verb);
    if (!base || base === verb && /ed$/.test(verb)) return undefined;
    prompt = `In which minute did ${shown} ${base}${rest ? ` ${rest}` : ""}?`;
  }
  if (kept.slice(v + 1).some((t) => POINTING.test(t.text)) || prompt.length > 120) return undefined;
  return { prompt, answer: [toks[at + 2]], form: "minute" };
}

/**
 * "She died in London on 16 April 1958, aged 37" (her name resolved) → "At what age did Rosalind
 * Franklin die?" (answer 37); "… at the age of 71" likewise. A biography's classic question; the
 * general wh-maker reads "aged 37" as no fact. `text` is the text the statement's offsets index: the
 * age may sit in an aside the statement left out ("… in Ramsbury, Wiltshire, aged 95").
 */
export function ageAtDeathQuestion(toks: Tok[], text: string): { prompt: string; start: number; end: number } | undefined {
  const v = toks.findIndex((t) => /^died$/i.test(t.text));
  if (v < 1 || v > 8 || toks[v].from < 0) return undefined;
  let subject = toks.slice(0, v);
  if (/^(?:has|had)$/i.test(subject[subject.length - 1].text)) subject = subject.slice(0, -1);
  if (!subject.length || subject.some((t) => POINTING.test(t.text) || /^[,;:()"“”]$/.test(t.text) || t.tags.has("Preposition"))) return undefined;
  // Only a named person: "Her father died …, aged 44" asks of someone the stem would have to introduce.
  if (!subject.every((t) => /^\p{Lu}/u.test(t.text)) || !subject.some((t) => t.tags.has("Person") || t.tags.has("ProperNoun") || t.tags.has("Fact"))) return undefined;
  const m = text.slice(toks[v].end).match(/^[^.;:()"“”]*?(?:,\s+aged|\bat the age of)\s+(\d{1,3})\b(?!\s*(?:%|per\b|years? (?:later|after|before)))/);
  if (!m) return undefined;
  const start = toks[v].end + m[0].length - m[1].length;
  return { prompt: `At what age did ${render(subject)} die?`, start, end: start + m[1].length };
}
