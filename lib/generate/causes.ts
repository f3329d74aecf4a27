// Causes and consequences the general statement split does not reach: "A, which is why B" (A is the
// reason for B), and the clauses a why-question's options are drawn from ("because …", "so that …",
// ", so …", "…, which is why"). Pure text and token work; generate.ts turns them into questions.
import { dateRunEnd, isFiniteVerb, pluralSubject, render, subjectOf, type Tok } from "./statements";
import { subjectText } from "./questions";
import { contentWords, escapeRegExp } from "./text";

const BECAUSE: Tok = { text: "because", from: -1, end: -1, tags: new Set(["Conjunction"]) };

/**
 * "Human cells have no cell walls, which is why penicillin harms bacteria …" → the tokens of
 * "penicillin harms bacteria … because human cells have no cell walls", for the why-question maker.
 * Only a reason that opens the sentence as a whole clause (a subject and more), never a quotation.
 */
export function whichIsWhy(toks: Tok[]): Tok[] | undefined {
  const at = toks.findIndex((t, i) => t.text === "," && /^(which|that)$/i.test(toks[i + 1]?.text ?? "") && /^(is|was)$/i.test(toks[i + 2]?.text ?? "") && /^why$/i.test(toks[i + 3]?.text ?? ""));
  if (at < 3) return undefined;
  return becauseClause(toks.slice(0, at), toks.slice(at + 4));
}

/**
 * "main because reason" for a reason said first, or undefined: the consequence at least three
 * tokens (its closing stop dropped), no quotation in either, and a reason with a comma of its own
 * ("After the war, prices rose, which is why …") is not one clause.
 */
function becauseClause(reason: Tok[], consequence: Tok[]): Tok[] | undefined {
  let main = consequence;
  // ("…, which is why stations are built beside the sea; Sizewell draws …": the clause ends at its semicolon.)
  const semicolon = main.findIndex((t) => t.text === ";");
  if (semicolon > 0) main = main.slice(0, semicolon);
  while (main.length && /^[.!?;]$/.test(main[main.length - 1].text)) main = main.slice(0, -1);
  if (main.length < 3 || reason.some((t) => t.text === "," || /["“”]/.test(t.text)) || main.some((t) => /["“”;]/.test(t.text))) return undefined;
  return [...main, BECAUSE, ...reason];
}

/**
 * "Air is a good insulator, so the charge builds up until …" → the tokens of "the charge builds up
 * until … because air is a good insulator": a whole clause, then ", so" and the clause it leads to.
 * Not "so that" (a purpose), "so much/many/far/…" (a degree), nor a reason with a comma of its own.
 */
export function soWhy(toks: Tok[]): Tok[] | undefined {
  const at = toks.findIndex((t, i) => i >= 3 && t.text === "," && /^so$/i.test(toks[i + 1]?.text ?? "") && !/^(that|much|many|far|long|as|too|few|little|on)$/i.test(toks[i + 2]?.text ?? ""));
  if (at < 0) return undefined;
  let reason = toks.slice(0, at);
  // "Such differences arise because continents block the bulges, so the tide travels …": the reason
  // is the "because" clause, not the clause that only sums up what came before.
  const because = reason.findIndex((t, k) => k >= 2 && /^because$/i.test(t.text));
  if (because > 0 && reason.slice(because + 1).some((_, k, r) => k > 0 && isFiniteVerb(r, k))) reason = reason.slice(because + 1);
  // "…, so the program was never run, but the method was sound": the consequence ends at its "but".
  const but = toks.findIndex((t, i) => i > at + 2 && t.text === "," && /^(but|yet|although|though)$/i.test(toks[i + 1]?.text ?? ""));
  const main = toks.slice(at + 2, but > 0 ? but : undefined);
  // Both sides whole clauses: a verb after their first word.
  if (!reason.some((_, k) => k > 0 && isFiniteVerb(reason, k)) || !main.some((_, k) => k > 0 && isFiniteVerb(main, k))) return undefined;
  return becauseClause(reason, themNamed(reason, main));
}

/**
 * "Human cells do not have a cell wall, so penicillin leaves them alone": "them" is the reason's
 * plural subject when the consequence names no plural before it — "Why does penicillin leave human
 * cells alone?", not "… leave them alone?".
 */
function themNamed(reason: Tok[], main: Tok[]): Tok[] {
  const p = main.findIndex((t, k) => k > 0 && /^them$/i.test(t.text));
  const subject = subjectOf(reason);
  if (p < 0 || !subject || subject.length > 4 || !pluralSubject(subject) || subject.some((t) => t.tags.has("Pronoun")) || main.slice(0, p).some((t) => t.tags.has("Plural"))) return main;
  if (main.slice(p + 1).some((t) => /^(them|they|their)$/i.test(t.text))) return main;
  const named = subject.map((t, k) => ({ ...t, from: -1, end: -1, text: k === 0 && !t.tags.has("ProperNoun") && !t.tags.has("Person") ? t.text.toLowerCase() : t.text }));
  return [...main.slice(0, p), ...named, ...main.slice(p + 1)];
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
  // ("… than new snow replaces each winter as the climate warms": a closing "as" clause is a time too.)
  const cut = t.replace(/\s+(?:for about|for some|for over|for more than|when|while|until|after|before|as(?= (?:the|a|an|it|they|its|their) ))\s+[^]*$/i, "");
  if (cut !== t && cut.length <= CLAUSE_OPTION_MAX && cut.split(/\s+/).length >= 4) return cut;
  // "… and held …", "… and then …": a second verb phrase of the same subject.
  const half = t.match(/^(.{20,}?)\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:\p{Ll}+ed|held|made|took|gave|kept|built|found|led|left|won|became|began|brought|fell|rose|grew|ran|sent|spent|lost|paid|sold|told|went|came|saw|knew|stood|could|would|can|will)\b/u)?.[1];
  if (half && half.length <= CLAUSE_OPTION_MAX && half.split(/\s+/).length >= 4) return half;
  // "the guards had no clear orders and the crowds were far too large …": a second reason with a
  // subject of its own; the first is a true reason alone.
  const first = t.match(/^(.{20,}?)\s+and\s+(?:the|a|an|its|their|his|her|many|most)\s+(?:\p{Ll}+\s+){0,2}?(?:was|were|is|are|had|has|have|could|would|\p{Ll}+ed)\b/u)?.[1];
  if (first && first.length <= CLAUSE_OPTION_MAX && first.split(/\s+/).length >= 4 && /\b(?:was|were|is|are|had|has|have|could|would|did|\p{Ll}+ed)\b/u.test(first)) return first;
  return undefined;
}

const REASON_MARKERS = /\b(?:because|so that)\s+(?!of\b)((?:[^,;:.!?()"“”]|[,.](?=\d))+)/gi;
/** ", so boats can pass over them": a consequence clause (a subject, then a modal or a verb). */
const CONSEQUENCE = /,\s+so\s+(?!that\b|far\b|much\b|many\b|long\b|as\b)((?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:can|could|would|will|must|may|might|had|has|have|was|were|is|are|\p{Ll}+ed|burst|cut|put|set|hit|began|rose|fell|grew|took|made|came|went|broke|left|won|lost|sank|met)\b(?:[^,;:.!?()"“”]|[,.](?=\d))*)/giu;
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

/** Clauses a finding or a condition states ("found that the mould killed …", "happens when prices rise"): more same-article options for a why-question. */
const STATED_THAT = /\b(?:found|showed|shown|discovered|noticed|realised|realized|proved|learned|learnt|argued|feared|believed|knew|suggested)\s+that\s+((?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:can|could|would|will|must|may|might|had|has|have|was|were|is|are|did|does|\p{Ll}+ed|\p{Ll}+s)\b(?:[^,;:.!?()"“”]|[,.](?=\d))*)/giu;
const HAPPENS_WHEN = /\b(?:happens|happened|occurs|occurred|follows|followed|arises|arose)\s+when\s+((?:[^,;:.!?()"“”]|[,.](?=\d))+)/giu;
/** "… after Arab oil producers cut supplies", "… when a storm surge overtopped the wall": an event the article states, a subject (lower-case words or "the"/"a" + any) and a verb; not "after Queen Victoria and declared …" (a second verb of the sentence's subject). */
const EVENT_CLAUSE = /\b(?:after|when|while|until|before|although|though)\s+((?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+(?!(?:it|he|she|they|we)\b)[\p{L}-]+){0,3}(?<!\s(?:and|or))\s+(?:could|would|had|has|have|was|were|is|are|did|does|[a-z]+ed|cut|put|set|hit|began|rose|fell|grew|took|made|came|went|broke|left|won|lost|sank|met)\b(?:[^,;:.!?()"“”]|[,.](?=\d))*)/gu;

/**
 * Reason clauses (reasonClauses) and, after them, the findings and conditions the article states,
 * as the option pool of its why-questions: each a whole clause of the article, none a reason
 * for the question asked unless the article says so in the question's own sentence (excluded by the caller).
 */
export function optionClauses(text: string): string[] {
  const plain = text.replace(/,\s+(?:which|who)\s(?!is why|was why)[^,;:.]*,/g, "");
  const out = reasonClauses(text);
  for (const m of plain.matchAll(STATED_THAT)) out.push(m[1].trim());
  for (const m of plain.matchAll(HAPPENS_WHEN)) out.push(m[1].trim());
  // ("when Florence was still a baby and divided its time …": the second verb is the sentence's own subject's.)
  for (const m of plain.matchAll(EVENT_CLAUSE)) if (!/\b(?:happens|happened|occurs|occurred|follows|followed|arises|arose)\s+when\s+$/i.test(plain.slice(0, m.index! + m[0].length - m[1].length))) out.push(m[1].replace(/^(.+?\b(?:was|were|is|are|had|has)\b.+?)\s+and\s+\p{Ll}+ed\b.*$/u, "$1").trim());
  // A clause opening on a pronoun or "this" means nothing out of its sentence.
  // ("long before any electronic computer existed": "any" needs its "before"; alone it is a fragment.)
  return [...new Set(out)].filter((c) => !/^any\b/i.test(c) && (!/^(?:it|they|them|this|these|those|he|she|we|you|i)\b/i.test(c) || reasonClauses(text).includes(c)));
}

const ING = /^\p{Ll}{2,}ing$/u;

/**
 * "Ada repainted the shed in May, using a darker green so that the wood would last longer." →
 * "Why did Ada use a darker green?" (answer "the wood would last longer"): a participle after the
 * main clause shares its subject, and its "so that" clause says what it was for. Only a named or
 * "the …" subject and a past or present main verb; anything less clear asks nothing.
 */
export function participlePurpose(toks: Tok[], infinitive: (verb: string) => string | undefined): { prompt: string; answer: Tok[]; marker: string } | undefined {
  const verbAt = toks.findIndex((t, i) => i > 0 && t.tags.has("Verb") && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !ING.test(t.text));
  if (verbAt < 1 || verbAt > 5) return undefined;
  const subject = toks.slice(0, verbAt);
  const named = subject.every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Pronoun")) && !/^(?:The|A|An|This|These|That|Those|It|He|She|They|In|On|At|By|After|Before|When|While)$/.test(subject[0].text);
  const definite = /^The$/.test(subject[0].text) && subject.length >= 2 && subject.slice(1).every((t) => t.tags.has("Noun") && !t.tags.has("Pronoun"));
  if (!named && !definite) return undefined;
  const past = toks[verbAt].tags.has("PastTense");
  const plural = definite && subject[subject.length - 1].tags.has("Plural");
  if (!past && plural) return undefined;
  const comma = toks.findIndex((t, i) => i > verbAt && t.text === ",");
  const ving = toks[comma + 1];
  if (comma < 0 || !ving || !ING.test(ving.text)) return undefined;
  let so = -1;
  for (let i = comma + 2; i < toks.length - 2 && i <= comma + 16; i++) {
    if (/^[,;:()"“”]$/.test(toks[i].text)) return undefined;
    if (toks[i].text.toLowerCase() === "so" && toks[i + 1].text.toLowerCase() === "that") {
      so = i;
      break;
    }
  }
  if (so < comma + 3) return undefined;
  let end = so + 2;
  while (end < toks.length && !/^[,;:.!?()"“”]$/.test(toks[end].text)) end++;
  const answer = toks.slice(so + 2, end);
  // compromise knows "using" but not "moving": the past form ("moved") tells it the verb.
  const stem = ving.text.slice(0, -3);
  const base = infinitive(ving.text) ?? infinitive(`${stem}ed`);
  if (answer.length < 2 || !base || base === ving.text || !base.startsWith(stem.slice(0, 2)) || answer.some((t) => t.from < 0)) return undefined;
  // "Why did Ada use them?" leans on what came before.
  const object = toks.slice(comma + 2, so);
  if (object.some((t) => /^(it|them|this|these|those|him|her)$/i.test(t.text))) return undefined;
  const shown = definite ? `the ${render(subject.slice(1))}` : subjectText(subject);
  const aux = past ? "did" : "does";
  return { prompt: `Why ${aux} ${shown} ${base} ${render(object)}?`, answer, marker: "so that" };
}

const FINITE = /^(?:is|are|was|were|has|have|had|did|does|could|would|can|will|must|may|might)$/i;
/** Words that point outside their clause: an option holding one means nothing on its own. */
const POINTER = /\b(?:it|its|they|their|them|this|these|those|he|she|his|her|him|we|you|i|such|which|who)\b/i;

/**
 * "The conference created two institutions, …" → "the conference created two institutions": a
 * sentence's opening clause when it opens on its subject (a noun phrase of at most five words, no
 * time or place phrase first) and a finite verb follows — an event the article states, a
 * last-resort option for a why-question. Nothing pointing outside it, no reason or quotation inside.
 */
export function openingClause(text: string, tagsAt: (offset: number) => ReadonlySet<string>): string | undefined {
  // To its first comma, not one inside a number ("6,650 kilometres").
  const clause = text.match(/^(?:[^,;:()"“”]|,(?=\d{3}\b))+/)?.[0].replace(/[.!?]+$/, "").trim();
  if (!clause || POINTER.test(clause) || /\b(?:because|so|why|therefore|thus|since|as a result)\b/i.test(clause)) return undefined;
  const words = [...clause.matchAll(/[\p{L}\p{N}’'-]+/gu)];
  if (words.length < 4) return undefined;
  // Cut at a comma, it must end on a whole phrase: not "Loreen became the second" (", and the first woman, to win twice").
  const last = words[words.length - 1];
  const whole = clause.length >= text.replace(/[.!?]+$/, "").trim().length;
  if (!whole && ["Adjective", "Value", "Determiner", "Preposition", "Conjunction", "Ordinal"].some((t) => tagsAt(last.index!).has(t))) return undefined;
  // "the experience convinced Nightingale that poor sanitation" (", not poor food, was …"): a
  // "that" clause cut before its verb says nothing.
  const that = words.findLastIndex((w) => /^(?:that|which|who|whether|if|when)$/i.test(w[0]));
  if (!whole && that > 0 && !words.slice(that + 1).some((w) => FINITE.test(w[0]) || (tagsAt(w.index!).has("Verb") && !tagsAt(w.index!).has("Noun")))) return undefined;
  const first = tagsAt(0);
  if (!/^(?:The|A|An)$/.test(words[0][0]) && !first.has("ProperNoun") && !(first.has("Noun") && !first.has("Preposition"))) return undefined;
  for (let i = 1; i < Math.min(words.length, 7); i++) {
    const w = words[i];
    const tags = tagsAt(w.index!);
    if (tags.has("Preposition") && i < 2) return undefined;
    const finite = FINITE.test(w[0]) || (tags.has("Verb") && (tags.has("PastTense") || tags.has("PresentTense")) && !tags.has("Gerund") && !tags.has("Participle"));
    if (!finite) continue;
    // The verb ends the clause or something follows it; a subject of at most five words before it.
    return i <= 5 && (i < words.length - 1 || words.length >= 4) ? clause : undefined;
  }
  return undefined;
}

/** Nouns that state their "that" clause as true ("the discovery that …"); "the idea/claim that …" does not. */
const FACTIVE = /\bthe\s+(?:discovery|finding|fact|realisation|realization|proof|knowledge|news)\s+that\s+((?:[^,;:.!?()"“”]|[,.](?=\d))+)/gu;
const MODAL = /^(?:can|could|will|would|must|may|might)$/i;

/** "carry" → "carries": the verb after "What" agrees with a singular subject. */
function singularVerb(verb: string): string {
  const irregular: Record<string, string> = { are: "is", were: "was", have: "has", do: "does" };
  if (irregular[verb]) return irregular[verb];
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * "Gorgas acted on the discovery that mosquitoes carry yellow fever and malaria." → "What carries
 * yellow fever and malaria?" (answer "mosquitoes"): a discovery, finding or fact states its clause,
 * so the clause's subject is a fact to ask. Only a common-noun subject (a person would need "Who")
 * and a predicate of two to ten words with nothing pointing outside it.
 */
export function factiveSubject(text: string, tagsAt: (offset: number) => ReadonlySet<string>): { prompt: string; start: number; end: number } | undefined {
  for (const m of text.matchAll(FACTIVE)) {
    const clause = m[1];
    const at = m.index! + m[0].length - clause.length;
    const words = [...clause.matchAll(/[\p{L}-]+/gu)];
    const skip = /^(?:the|a|an)$/.test(words[0]?.[0] ?? "") ? 1 : 0;
    // "there were …", "most students …": no thing to ask "What" for.
    if (/^(?:there|here|most|many|some|all|few|several|no|each|every|both|much|more|less)$/i.test(words[skip]?.[0] ?? "")) continue;
    // The subject is the shortest run of one to three lower-case words followed by a finite verb.
    for (let n = skip + 1; n <= skip + 3 && n < words.length - 2; n++) {
      const subject = words.slice(skip, n);
      const verb = words[n];
      const vt = tagsAt(at + verb.index!);
      const finite = MODAL.test(verb[0]) || /^(?:is|are|was|were|has|have|had)$/.test(verb[0]) || (vt.has("Verb") && (vt.has("PresentTense") || vt.has("PastTense")) && !vt.has("Gerund"));
      if (!finite) continue;
      // compromise may call a plural subject a verb ("mosquitoes carry"): what it must not be is a name or a pronoun.
      if (subject.some((w, k) => !/^\p{Ll}[\p{Ll}-]*$/u.test(w[0]) || ["Pronoun", "ProperNoun", "Person", "Place", "Organization", "Adverb", "Preposition", "Conjunction", "Value", ...(k === subject.length - 1 ? ["Adjective"] : [])].some((t) => tagsAt(at + w.index!).has(t)))) break;
      const rest = clause.slice(verb.index! + verb[0].length).trim();
      const restWords = rest.split(/\s+/);
      if (restWords.length < 2 || restWords.length > 10 || POINTER.test(rest)) break;
      const head = subject[subject.length - 1];
      // "… that women earned less" asks "Who", not "What": people are no thing.
      if (tagsAt(at + head.index!).has("Actor") || /^(?:people|persons?|men|women|children|man|woman|child)$/i.test(head[0])) break;
      const plural = tagsAt(at + head.index!).has("Plural") || /[^s]s$/.test(head[0]);
      const asked = plural && vt.has("PresentTense") && !MODAL.test(verb[0]) && !/^(?:is|was|had|has)$/.test(verb[0]) ? singularVerb(verb[0]) : verb[0];
      return { prompt: `What ${asked} ${rest}?`, start: at, end: at + head.index! + head[0].length };
    }
  }
  return undefined;
}

/**
 * "… a special fluid called a refrigerant, chosen because it boils at a low temperature, …" →
 * "Why is a refrigerant chosen?" (answer "it boils at a low temperature"): a past participle set off
 * after a noun phrase, with its reason. The noun phrase is the one just before the comma (an
 * article and at most three more words, or a name); the tense is the sentence's main verb's.
 */
export function participleReason(toks: Tok[]): { prompt: string; answer: Tok[]; marker: string } | undefined {
  // compromise may tag the participle an adjective ("picked") and a plural head a verb ("blocks").
  const at = toks.findIndex((t, i) => t.text === "," && /^\p{Ll}+(?:ed|en|wn|ght|lt)$/u.test(toks[i + 1]?.text ?? "") && (toks[i + 1].tags.has("Verb") || toks[i + 1].tags.has("Adjective")) && /^because$/i.test(toks[i + 2]?.text ?? "") && !/^of$/i.test(toks[i + 3]?.text ?? ""));
  if (at < 2) return undefined;
  const misTaggedPlural = (t: Tok) => t.tags.has("Verb") && t.tags.has("PresentTense") && /^\p{Ll}+[^s]s$/u.test(t.text);
  let from = at;
  while (from > 0 && at - from < 4 && (toks[from - 1].tags.has("Noun") || toks[from - 1].tags.has("Adjective") || (from === at && misTaggedPlural(toks[from - 1]))) && !toks[from - 1].tags.has("Pronoun") && !/^[,;:()"“”]$/.test(toks[from - 1].text)) from--;
  const determiner = /^(?:a|an|the)$/i.test(toks[from - 1]?.text ?? "");
  if (determiner) from--;
  const phrase = toks.slice(from, at);
  const named = !determiner && phrase.length > 0 && phrase.every((t) => /^\p{Lu}/u.test(t.text)) && from > 0;
  if ((!determiner && !named) || phrase.length < 2 - (named ? 1 : 0)) return undefined;
  const verb = toks.slice(0, from).find((t) => t.tags.has("Verb") && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !t.tags.has("Gerund"));
  if (!verb) return undefined;
  let end = at + 3;
  while (end < toks.length && !/^[,;:.!?()"“”]$/.test(toks[end].text)) end++;
  const answer = toks.slice(at + 3, end);
  if (answer.length < 2 || answer.some((t) => t.from < 0)) return undefined;
  const plural = phrase[phrase.length - 1].tags.has("Plural") || misTaggedPlural(phrase[phrase.length - 1]);
  const be = verb.tags.has("PastTense") ? (plural ? "were" : "was") : plural ? "are" : "is";
  const shown = render(phrase);
  return { prompt: `Why ${be} ${shown[0].toLowerCase() === shown[0] || determiner ? shown.replace(/^(A|An|The)\b/, (d) => d.toLowerCase()) : shown} ${toks[at + 1].text}?`, answer, marker: "because" };
}

/** A content word's rough stem: lower case, no possessive, no plural or -ed/-ing ending ("scribes" → "scribe", "inks" → "ink"). */
function stemOf(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, "");
  const ending = w.match(/(?:ing|ed|es|s)$/)?.[0];
  return ending && w.length - ending.length >= 3 ? w.slice(0, -ending.length) : w;
}

/** The stems of a text's content words of three letters or more ("why", "does" and the like are stopwords). */
export function topicStems(text: string): Set<string> {
  return new Set(contentWords(text).filter((w) => w.length >= 3 && !/^\d/.test(w)).map(stemOf));
}

/** How many of `option`'s topic stems the question's stem shares. */
export function sharedTopic(option: string, asked: ReadonlySet<string>): number {
  let n = 0;
  for (const w of topicStems(option)) if (asked.has(w)) n++;
  return n;
}

/** A clause's first verb that tells its subject's number: "be", "have", "do" or a modal. */
const NUMBERED_VERB = /^(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|must|may|might|should)$/;
/** Plural-looking words of a stem that are no nouns ("does", "its", "always"). */
const NOT_PLURAL = /^(?:does|is|was|has|its|this|thus|us|his|hers|yours|ours|theirs|always|perhaps|less|unless|across|whereas|news|series|species|means)$/;

/**
 * "Why does penicillin leave human cells alone?" → "they do not have a cell wall" for the article's
 * "human cells do not have a cell wall": a reason whose subject the stem names, told as a teacher
 * would key it — the repeated noun phrase, not a give-away of the stem's own words beside three
 * options that speak of other things (rule 4). Only "the …" or a common noun of at most three words
 * whose next word is "be", "have", "do" or a modal, and only when the stem names it as its subject
 * ("Why does the Commons have …?" → "it is elected …") or, for "they", names no other plural
 * (not "the coins" → "they" beside "legends"). A person would need "he" or "she": never one.
 */
export function pronounForStemSubject(answer: string, prompt: string): { text: string; subject: string } | undefined {
  // The subject is the words before the first "be", "have", "do" or modal, if it comes within four words.
  const m = answer.match(/^((?:the |The )?(\p{L}[\p{L}-]*(?: [\p{Ll}-]+){0,2}?)) (is|are|was|were|has|have|had|does|do|did|can|could|will|would|must|may|might|should)\b/u);
  if (!m) return undefined;
  const [, subject, phrase, verb] = m;
  if (phrase.split(" ").some((w) => NUMBERED_VERB.test(w)) || /\b(?:of|and|or|that|which|who|not|no)\b/.test(phrase)) return undefined;
  // "the Commons" keeps its capital; a bare capitalised word is a name, perhaps a person's.
  if (/^\p{Lu}/u.test(phrase) && !/^the /i.test(subject)) return undefined;
  const head = phrase.split(" ").pop()!;
  const plural = /^(?:are|were|have|do)$/.test(verb) || (!/^(?:is|was|has|does)$/.test(verb) && /[^su]s$/.test(head));
  const at = new RegExp(`(?<![\\p{L}-])${escapeRegExp(phrase)}(?![\\p{L}-])`, "iu").exec(prompt);
  if (!at) return undefined;
  // The stem's subject: right after "Why <auxiliary>", after at most a determiner and one word ("most gold coins").
  const opening = prompt.slice(0, at.index).match(/^Why (\p{Ll}+) (?:(?:the|most|many|some|all|these|those) )?(?:\p{Ll}[\p{Ll}-]* )?$/u);
  const isSubject = !!opening && NUMBERED_VERB.test(opening[1]);
  if (plural) {
    const rest = (prompt.slice(0, at.index) + prompt.slice(at.index + at[0].length)).match(/\p{L}+/gu) ?? [];
    const otherPlural = rest.some((w) => w.length >= 4 && /[^su]s$/.test(w) && !NOT_PLURAL.test(w.toLowerCase()));
    if (!isSubject && otherPlural) return undefined;
  } else if (!isSubject) return undefined;
  return { text: `${plural ? "they" : "it"}${answer.slice(subject.length)}`, subject };
}

/** Words an illness question's answer must not hold: they lean on another sentence. */
const LEANING = /^(?:it|its|they|them|their|this|these|those|that|he|she|his|her|him|we|you|i|which|who|what|such|one|[,;:()"“”])$/i;

/** The head of an illness's name ("ovarian cancer", "kidney disease", "aplastic anaemia"). */
const ILLNESS = /^(?:cancer|disease|illness|fever|pneumonia|tuberculosis|consumption|anaemia|anemia|leukaemia|leukemia|cholera|typhus|typhoid|dysentery|malaria|smallpox|plague|measles|influenza|flu|stroke|attack|infection|failure|syndrome|sclerosis|poisoning|starvation|exhaustion|wounds?)$/i;

/**
 * "Ada Lovelace died of cancer on 27 November 1852." → "What did Ada Lovelace die of?" (answer
 * "cancer"); "In 1956 Rosalind Franklin was found to have ovarian cancer" → "What illness was
 * Rosalind Franklin found to have in 1956?": a named person's cause of death or illness, a cause a
 * teacher asks. Only a name for subject (the resolver's for "she"), the illness the article's own
 * words of one to four ending on an illness ("cancer", "kidney disease", "a heart attack"), never
 * "these illnesses".
 */
export function illnessQuestion(toks: Tok[]): { prompt: string; answer: Tok[] } | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  // A fronted year ("In 1956 …") goes after the verb.
  // ("In 1956 …", "in October 1216, …": a fronted date goes after the verb.)
  const dateEnd = /^(?:in|on)$/i.test(toks[0]?.text ?? "") ? dateRunEnd(toks, 1) : 0;
  const year = dateEnd > 1 ? dateEnd + (toks[dateEnd]?.text === "," ? 1 : 0) : 0;
  const died = toks.findIndex((t, i) => i > year && /^died$/i.test(t.text));
  const found = toks.findIndex((t, i) => i > year && /^(?:was|were)$/i.test(t.text) && /^found$/i.test(toks[i + 1]?.text ?? "") && /^to$/i.test(toks[i + 2]?.text ?? "") && /^have$/i.test(toks[i + 3]?.text ?? ""));
  const v = died > 0 ? died : found;
  if (v < 1) return undefined;
  // ("Shackleton himself died of …": the reflexive only stresses the name.)
  const subject = toks.slice(year, v).filter((t, k, r) => !(k === r.length - 1 && /^(?:himself|herself)$/i.test(t.text)));
  if (subject.length < 1 || subject.length > 4 || subject.some((t) => !/^\p{Lu}/u.test(t.text) || t.tags.has("Pronoun") || /^(?:The|A|An|This|These|Those|It|He|She|They)$/.test(t.text))) return undefined;
  if (!subject.some((t) => t.tags.has("Person") || t.tags.has("ProperNoun") || t.tags.has("FirstName") || t.tags.has("MaleName") || t.tags.has("FemaleName") || t.tags.has("Fact"))) return undefined;
  let from: number;
  if (v === died) {
    // "died of", or "died on 4 July 1934 of …": a date or place between, no other verb or clause.
    const of = toks.findIndex((t, i) => i > v && i <= v + 9 && /^(?:of|from)$/i.test(t.text));
    if (of < 0 || toks.slice(v + 1, of).some((t, k, r) => /^[;:()"“”]$/.test(t.text) || isFiniteVerb(r, k))) return undefined;
    from = of + 1;
  } else from = v + 4;
  let stop = from;
  while (stop < end && !/^[,;:()"“”—–]$/.test(toks[stop].text) && !(stop > from && /^(?:in|on|at|aged|after|while|when|and|,)$/i.test(toks[stop].text))) stop++;
  const answer = toks.slice(from, stop);
  if (answer.length < 1 || answer.length > 4 || answer.some((t) => t.from < 0 || LEANING.test(t.text) || t.tags.has("Pronoun") || /^\d/.test(t.text))) return undefined;
  if (!ILLNESS.test(answer[answer.length - 1].text)) return undefined;
  const who = render(subject);
  const when = year ? ` ${toks[0].text.toLowerCase()} ${render(toks.slice(1, dateEnd))}` : "";
  const prompt = v === died ? `What did ${who} die of${when}?` : `What illness was ${who} found to have${when}?`;
  return prompt.length <= 120 ? { prompt, answer } : undefined;
}
