// Naming facts: what a thing is called ("The outer shell is called the lithosphere", "The prediction,
// known as Moore's law, became …", "a special fluid called a refrigerant", "which he named Pangaea")
// and what an abbreviation stands for ("consumer price index, or CPI", "(PMF)", "known as MRSA").
// Read from the sentence text with narrow patterns: a shape that is not clearly one of these asks
// nothing (the general pipeline still asks the sentence's other facts).

/** A naming question: the prompt and the answer's span in the sentence. */
export interface NamingQuestion {
  prompt: string;
  start: number;
  end: number;
  /** "described": the thing asked by the description beside its name ("Which chemist …?"). */
  form: "acronym" | "called" | "described" | "meaning";
}

import { render, type Tok } from "./statements";

const UPPER_INITIALS = /^(?:\p{Lu}){2,8}$/u;
const SKIP_WORDS = /^(of|and|the|for|in|on|de|la|to|a)$/i;

/** The words right before `end` in `text` whose initials spell `acronym`, as a span. */
function expansionBefore(text: string, end: number, acronym: string): { start: number; end: number } | undefined {
  const before = text.slice(0, end).trimEnd();
  const words = [...before.matchAll(/[\p{L}][\p{L}’'-]*/gu)];
  for (let k = words.length - 1; k >= 0 && words.length - k <= acronym.length + 2; k--) {
    const phrase = before.slice(words[k].index ?? 0);
    if (/[,;:.()]/.test(phrase)) break;
    const parts = phrase.split(/[\s-]+/).filter((w) => w && !SKIP_WORDS.test(w));
    const initials = parts.map((w) => w[0].toUpperCase()).join("");
    if (initials === acronym) return { start: words[k].index ?? 0, end: before.length };
    // "chlorofluorocarbons or CFCs": one compound word whose parts' initials spell it, in order.
    if (k === words.length - 1 && parts.length === 1 && parts[0].length >= 3 * acronym.length && subsequence(acronym.toLowerCase(), parts[0].toLowerCase())) {
      if (parts[0][0].toUpperCase() === acronym[0]) return { start: words[k].index ?? 0, end: before.length };
    }
  }
  return undefined;
}

function subsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (c === needle[i]) i++;
  return i === needle.length;
}

/**
 * "Popular Mobilization Forces (PMF)", "the consumer price index, or CPI,", "the chlorofluorocarbons
 * or CFCs", "methicillin-resistant Staphylococcus aureus, known as MRSA": what the letters stand for.
 */
export function acronymDefinitions(text: string): Array<{ acronym: string; start: number; end: number }> {
  const out: Array<{ acronym: string; start: number; end: number }> = [];
  const seen = new Set<string>();
  const patterns = [
    /\(((?:\p{Lu}){2,8})s?\)/gu,
    /,? or (?:the )?((?:\p{Lu}){2,8})s?(?=[,.;:)]|\s+(?:was|were|is|are|which|that)\b)/gu,
    /, (?:also |now |commonly |usually )?known as (?:the )?((?:\p{Lu}){2,8})s?(?=[,.;:])/gu,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const acronym = m[1];
      if (!UPPER_INITIALS.test(acronym) || seen.has(acronym)) continue;
      const span = expansionBefore(text, m.index ?? 0, acronym);
      if (!span || span.end - span.start < acronym.length + 3) continue;
      seen.add(acronym);
      out.push({ acronym, ...span });
    }
  }
  // "MRSA, which stands for meticillin-resistant Staphylococcus aureus": the letters, then what they spell.
  for (const m of text.matchAll(/\b((?:\p{Lu}){2,8})s?,? (?:which |that )?(?:stands|stood) for (?:the )?/gu)) {
    const acronym = m[1];
    if (!UPPER_INITIALS.test(acronym) || seen.has(acronym)) continue;
    const span = expansionAfter(text, (m.index ?? 0) + m[0].length, acronym);
    if (!span) continue;
    seen.add(acronym);
    out.push({ acronym, ...span });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words from `start` to the next stop whose initials spell `acronym`, all of them, as a span. */
function expansionAfter(text: string, start: number, acronym: string): { start: number; end: number } | undefined {
  const stop = text.slice(start).search(/[,;:.()]|$/);
  const phrase = text.slice(start, start + stop).trimEnd();
  const parts = phrase.split(/[\s-]+/).filter((w) => w && !SKIP_WORDS.test(w));
  if (parts.length < 2 || !parts.every((w) => /^\p{L}/u.test(w))) return undefined;
  return parts.map((w) => w[0].toUpperCase()).join("") === acronym ? { start, end: start + phrase.length } : undefined;
}

const CALLED = "(?:also |officially |simply |commonly |now )?(known as|called|named)";
/** The name after "called": up to punctuation or a following "after/from/because/by" phrase, at most six words. */
const NAME = "((?:the |a |an )?[\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*){0,5}?)";
const NAME_END = "(?=[,.;:]|$| (?:after|from|because|by|in|for|which|and|to)\\b)";
/** Words that make "called" something else: "called for", "called off", "named it". */
const NOT_A_NAME = /^(?:for|off|on|up|upon|in|it|them|him|her|this|that|these|those|his|its|their|after|by|to)\b/i;
const DANGLING = /\b(it|its|they|them|their|he|his|she|her|this|these|those|such|later|earlier|then|there)\b/i;

function be(plural: boolean, past: boolean): string {
  return past ? (plural ? "were" : "was") : plural ? "are" : "is";
}

function pluralNoun(np: string): boolean {
  const head = np.trim().split(/\s+/).pop() ?? "";
  return /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several)\b/i.test(np) || (/[^s’']s$/.test(head) && !/(ss|us|is)$/.test(head));
}

function pastVerb(vp: string): boolean {
  const first = vp.trim().split(/\s+/)[0] ?? "";
  return /^(was|were|had|did)$/i.test(first) || /ed$/.test(first) || /^(became|stood|ran|went|made|took|gave|grew|began|held|led|met|won|left|fell|rose|came|saw|found|built|kept|brought|seemed)$/i.test(first);
}

/** The answer's span for a name matched at `m.index + offset`: the name minus a leading "the/a/an". */
function nameSpan(text: string, from: number, name: string): { start: number; end: number } | undefined {
  const trimmed = name.replace(/\s+$/, "");
  if (!trimmed || NOT_A_NAME.test(trimmed)) return undefined;
  const start = text.indexOf(trimmed, from);
  if (start < 0) return undefined;
  return { start, end: start + trimmed.length };
}

const lowerFirst = (s: string) => s.replace(/^(The|A|An)\b/, (w) => w.toLowerCase());

// Built once: the patterns are long, and these functions run on every sentence.
const NAMING_WORD = /\b(?:called|calls|call|named|known as|nicknamed|dubbed)\b/;
const NAMING_APPOSITIVE = new RegExp(`^((?:The|A|An) [\\p{Ll}][\\p{L} -]{1,40}?|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) [\\p{Ll}][\\p{L} -]{1,30}?), ${CALLED} ${NAME}, (?:(?:then|also|later|soon|first|often|usually|now) )?((?:was|were|is|are|has|have|had|\\p{Ll}+(?:ed|s)|became|stood|ran|went|made|took|gave|grew|began|held|led|met|won|seemed|go|sit|lie|run)\\b[^,:;]{3,90}?)(?=$|[,:;]| because\\b| when\\b| while\\b| after\\b)`, "u");
/** "A muscular wall called the septum runs down the middle …": a restrictive "called" inside the subject. */
// (Only after "A/An": "The soldiers called the vehicles petites Curies" has "called" as its verb;
// and not "named", which names a person: "An officer named X recognised …" reads well as it is.)
const NAMING_SUBJECT = new RegExp(`^((?:A|An) [\\p{Ll}][\\p{Ll}-]+(?: [\\p{Ll}][\\p{Ll}-]+)?) (?:also |commonly )?(known as|called) ${NAME} ((?:is|are|was|were|has|have|had|\\p{Ll}+(?:ed|s))\\b(?! \\p{Lu})[^,:;]{3,90}?)(?=$|[,:;])`, "u");
// ("This regular rise and fall of the sea surface is called the tide, and it is …": a "this" of two
// describing words stands alone, and the clause after ", and" is another's.)
const NAMING_COPULA = new RegExp(`^((?:The|A|An|This|These) [\\p{Ll}][\\p{L} -]{2,70}?) (is|are|was|were|became) ${CALLED} ${NAME}(?=$|, (?:and|but|while) )`, "u");
const NAMING_OBJECT = new RegExp(`^((?:The|A|An) [\\p{Ll}][\\p{Ll}-]+(?: [\\p{Ll}][\\p{Ll}-]+)?) (\\p{Ll}+(?:s|ed)) (?:a|an|the) ((?:[\\p{Ll}-]+ ){0,3}[\\p{Ll}-]+) called ${NAME}${NAME_END}`, "u");
const NAMING_TRAILING = new RegExp(`\\b(form|forms|formed|is|are|was|were|became|create|creates|created) (?:a|an|the) ([\\p{Ll}](?:[^,;:]|,(?=\\d)){3,80}), known as ${NAME}$`, "u");
const NAMING_WHICH = new RegExp(`\\b(?:a|an|the|(?:its|his|her|their)(?: own)?) ((?:[\\p{Ll}-]+ ){0,3}[\\p{Ll}-]+), which (he|she|(?:\\p{Lu}\\p{Ll}+ ){0,2}\\p{Lu}\\p{Ll}+) (called|named) ${NAME}${NAME_END}`, "u");
/** "a glass-walled reading room on the roof, which staff have already nicknamed "the Lantern"": a group's name for a thing. */
const NAMING_WHICH_GROUP = new RegExp(`\\b(?:a|an|the) ((?:[\\p{Ll}-]+ ){0,3}[\\p{Ll}-]+(?: (?:on|in|at|of) the [\\p{Ll}-]+)?), which (staff|locals|residents|fans|pupils|students|visitors|sailors|soldiers|miners|workers|engineers|scientists|historians|people) (?:(have|had) )?(?:(?:already|since|long|now|often|soon) )?(nicknamed|called|named|dubbed) [“"]((?:the )?\\p{Lu}[\\p{L}’'-]*(?: [\\p{L}’'-]+){0,3})[”"]`, "u");
/** "Thick banks of sea fog, called camanchaca by local people, roll in …": who calls it what. */
const NAMING_BY = new RegExp(`^((?:The |A |An )?\\p{L}[\\p{Ll}-]*(?: [\\p{Ll}-]+){1,5}), called ${NAME} by ((?:the |local |many |some )?[\\p{Ll}]+(?: [\\p{Ll}]+)?), (\\p{Ll}+)\\b`, "u");
/** "deposits of sodium nitrate, also known as Chile saltpetre, which …": another name of a thing. */
const NAMING_ALSO = new RegExp(`(?:^|\\b(?:of|the|a|an|and|with|from|in|on) )((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+), (?:also|sometimes|often) known as ((?:the )?\\p{Lu}[\\p{L}’'-]*(?: [\\p{L}’'-]+){0,3}?)(?=[,;]|$)`, "u");
/** "a proving basket, known as a banneton (…)", "a polar-area diagram, sometimes called a "coxcomb"": a kind's other name, itself a kind. */
const NAMING_KIND = new RegExp(`\\b(a|an) ((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+), (?:(also|sometimes|often|usually) )?(known as|called) (?:a|an) [“"]?([\\p{Ll}][\\p{Ll}-]*(?: [\\p{Ll}-]+)?)[”"]?(?=[,;]| \\(|$)`, "u");
/** "the mitral valve, also called the bicuspid valve because it has two flaps": a common name's other name. */
const NAMING_ALSO_CALLED = new RegExp(`\\b[Tt]he ((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+), also (called|known as) ((?:the |a |an )?[\\p{Ll}-]+(?: [\\p{Ll}-]+){0,3}?)(?= because\\b| for\\b| after\\b| from\\b|[,;]|$)`, "u");
// (The phrase's words hold no preposition but "of": "from the roots through narrow tubes called …" names the tubes.)
const NAMING_AFTER = new RegExp(`\\b(?:in|at|into|on|from|to|by|with|through) (?!which\\b|whom\\b|whose\\b)((?:thousands|millions|hundreds|dozens) of )?((?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several) )?((?:(?!(?:in|at|into|on|from|to|by|with|through|for|is|are|was|were|be|been)\\b)[\\p{Ll}-]+ ){1,3}(?!(?:is|are|was|were|be|been)\\b)[\\p{Ll}-]+)) called ${NAME}${NAME_END}`, "u");

/** "a flat plate called the platen, which pressed the paper …": a name, then what the named thing does, to the sentence's end. */
const NAMING_THEN_WHICH = new RegExp(`\\b(?:a|an|the) ((?:(?!(?:is|are|was|were|and|or|of|that|which|who)\\b)[\\p{Ll}-]+ ){0,3}[\\p{Ll}-]+) (called|known as) ${NAME}, (?:which|that) ((?:is|are|was|were|has|have|had|can|could|\\p{Ll}{3,}ed|\\p{Ll}{3,}s)\\b[^;:()"“”]{3,90})$`, "u");

/** A closing appositive naming what the clause before it describes: "…, a process called sublimation". */
const SUMMING_NAME = new RegExp(`^([^;:()"“”]{12,150}), (?:a|an) ((?:[\\p{Ll}-]+ )?(?:process|effect|phenomenon|reaction|technique|method|practice|idea|belief|view|theory|doctrine|principle|notion|concept|policy)) (known as|called) ${NAME}(?=$|, (?:which|and|but|so|while)\\b)`, "u");
/** What happens, named: asked "the process called in which …"; an idea is asked "the idea that … called". */
const SUMMED_STATE = /^(?:process|effect|phenomenon|reaction|technique|method|practice)$/;

const HELD_AS = /(^|, (?:and )?)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){0,2}) (is|was|are|were) (?:(now|still|often|widely|generally|today|rightly) )?((?:honoured|honored|regarded|remembered|hailed|celebrated|revered|known) as|called) ((?:the|a|an) (?:[\p{Ll}-]+ ){0,4}(?:of (?:[\p{Ll}-]+ ){0,2})?[\p{Ll}-]+)(?=$|[,;])/u;

/** A list item that names what it describes: "small white spots inside the cheeks, known as Koplik spots". */
const NAMING_ITEM = new RegExp(`^(?:(?:a|an|the|some) )?([\\p{Ll}][\\p{Ll}-]*(?: [\\p{Ll}-]+){1,9}),? (?:also |often |usually )?(known as|called) ${NAME}$`, "u");

/**
 * "What are the small white spots inside the cheeks known as?" from a list item that is a
 * description and its name (no verb: the item is one of a list under "They include:"). The item
 * stands alone as the question; its lead-in ("They include") is not needed to ask what it is called.
 */
export function listItemNamingQuestion(text: string): NamingQuestion | undefined {
  const item = text.replace(/[.;,]\s*$/, "");
  const m = item.match(NAMING_ITEM);
  if (!m || DANGLING.test(m[1]) || /\b(?:is|are|was|were|has|have|had|be|been)\b/.test(m[1])) return undefined;
  const [, np, called, name] = m;
  const span = nameSpan(text, item.length - name.length, name);
  if (!span || !/^\p{Lu}/u.test(text.slice(span.start, span.end).replace(/^(?:the|a|an) /, ""))) return undefined;
  return { prompt: `What ${be(pluralNoun(np), false)} the ${np} ${called}?`, ...span, form: "called" };
}

/** "What is X called?" questions a sentence states; `tagsAt` (by offset in `text`) tells a name that opens it. */
export function namingQuestions(text: string, tagsAt?: (offset: number) => ReadonlySet<string>): NamingQuestion[] {
  const out: NamingQuestion[] = [];
  const sentence = text.replace(/[.!?]\s*$/, "");
  const push = (prompt: string, span: { start: number; end: number } | undefined) => {
    if (!span || DANGLING.test(prompt.replace(/^\S+/, "")) || prompt.length > 120) return;
    if (out.some((q) => q.start === span.start)) return;
    out.push({ prompt, ...span, form: "called" });
  };

  // 0. "…, Mendel is honoured as the father of genetics" → "What is Mendel honoured as?": what a
  // person or a thing is held to be, by a name that opens its clause.
  const held = sentence.match(HELD_AS);
  if (held) {
    const [, , name, verb, adverb, how, what] = held;
    // ("Note G is often called the first published computer program" → "What is Note G often called?")
    push(`What ${verb} ${name} ${adverb ? `${adverb} ` : ""}${how}?`, nameSpan(text, (held.index ?? 0) + held[0].length - what.length, what));
  }
  // Forms 1–7 name something with one of these words: most sentences have none.
  if (!NAMING_WORD.test(sentence)) return [...out, ...describedQuestions(sentence).filter((q) => !out.some((o) => o.start === q.start))];
  // 1. "The prediction, known as Moore's law, became a target …" → "What was the prediction that became a target … known as?"
  const appositive = sentence.match(NAMING_APPOSITIVE);
  if (appositive) {
    const [, np, verb, name, vp] = appositive;
    const plural = pluralNoun(np);
    const noun = /^(The|A|An) /.test(np) ? lowerFirst(np).replace(/^(a|an) /, "the ") : `the ${np.toLowerCase()}`;
    const called = verb === "called" ? "called" : verb === "named" ? "named" : "known as";
    push(`What ${be(plural, pastVerb(vp))} ${noun} that ${vp.trim()} ${called}?`, nameSpan(text, np.length, name));
  }

  // 1b. "A muscular wall called the septum runs down the middle and separates …" → "What is the muscular
  // wall that runs down the middle and separates … called?" (a name's own last word ending in "s" is
  // no verb: the verb is the word after the name, and it starts lower case).
  const inSubject = appositive ? null : sentence.match(NAMING_SUBJECT);
  if (inSubject && !/^(?:called|named|known)\b/.test(inSubject[4])) {
    const [, np, verb, name, vp] = inSubject;
    const called = verb === "called" ? "called" : verb === "named" ? "named" : "known as";
    push(`What ${be(pluralNoun(np), pastVerb(vp))} ${lowerFirst(np).replace(/^(a|an) /, "the ")} that ${vp.trim()} ${called}?`, nameSpan(text, np.length, name));
  }

  // 2. "The outer shell is called the lithosphere." → "What is the outer shell called?"
  const copula = sentence.match(NAMING_COPULA);
  if (copula) {
    const [, np, verb, how, name] = copula;
    // "The announcement is called …" leans on the sentence before; two describing words stand alone.
    if (np.split(/\s+/).filter((w) => !/^(the|a|an|this|of|in|on)$/i.test(w)).length >= 2) {
      // "The long drought became known as …" → "What did the long drought become known as?" (do-support).
      // ("These water-bearing rocks are called aquifers" → "What are the water-bearing rocks called?")
      const noun = lowerFirst(np).replace(/^(?:This|These) /, "the ");
      const asked = verb === "became" ? `What did ${noun} become ${how}?` : `What ${verb} ${noun} ${how}?`;
      push(asked, nameSpan(text, np.length, name));
    }
  }

  // 3. "A refrigerator uses a special fluid called a refrigerant" → "What is the special fluid that a refrigerator uses called?"
  const object = sentence.match(NAMING_OBJECT);
  if (object) {
    const [, subject, verb, np, name] = object;
    const past = /ed$/.test(verb);
    push(`What ${be(pluralNoun(np), past)} the ${np} that ${lowerFirst(subject)} ${verb} called?`, nameSpan(text, subject.length + verb.length + np.length, name));
  }

  // 4. "…form a horseshoe of volcanoes … long, known as the Ring of Fire." → "What is the horseshoe of volcanoes … long known as?"
  const trailing = sentence.match(NAMING_TRAILING);
  if (trailing) {
    const [, verb, np, name] = trailing;
    const past = /^(formed|was|were|became|created)$/.test(verb);
    push(`What ${be(pluralNoun(np.split(/ of /)[0]), past)} the ${np} known as?`, nameSpan(text, (trailing.index ?? 0) + verb.length + np.length, name));
  }

  // 5. "…a single supercontinent, which he named Pangaea" → "What did Wegener name the single supercontinent?"
  // "with its own currency, which he called …": a possessive determiner reads as "the".
  const which = sentence.match(NAMING_WHICH);
  // "which Marie named polonium …, and … a second one, radium, named …": two things named, ask neither.
  if (which && (sentence.match(/\b(named|called)\b/g) ?? []).length === 1) {
    const [, np, who, verb, name] = which;
    let namer = who;
    if (/^(he|she)$/.test(who)) {
      // "he" is the sentence's subject when it opens with a name ("Wegener argued that …").
      // "Keynes, the British economist who led the delegation, proposed …": the appositive is skipped.
      const lead = sentence.match(/^((?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+)(?:, [^,]{3,80},)? (?:argued|said|proposed|wrote|suggested|thought|believed|claimed|called|named|described|showed|found|discovered|announced|built|designed)\b/u);
      namer = lead?.[1] ?? "";
    }
    if (namer && !/^(The|A|An|In|On|At|By)\b/.test(namer)) {
      push(`What did ${namer} ${verb === "called" ? "call" : "name"} the ${np}?`, nameSpan(text, (which.index ?? 0) + np.length, name));
    }
  }
  // 5b. "…a glass-walled reading room on the roof, which staff have already nicknamed "the Lantern"" →
  // "What have staff nicknamed the glass-walled reading room on the roof?" (a quoted name only).
  const group = sentence.match(NAMING_WHICH_GROUP);
  if (group) {
    const [, np, who, have, verb, name] = group;
    const base = verb === "nicknamed" ? "nickname" : verb === "dubbed" ? "dub" : verb === "named" ? "name" : "call";
    push(have ? `What ${have} ${who} ${verb} the ${np}?` : `What did ${who} ${base} the ${np}?`, nameSpan(text, (group.index ?? 0) + group[0].length - name.length - 1, name));
  }
  // 6. "…lived and worked in four great trading posts called kontors" → "What were the four great trading posts called?"
  // Two describing words at least (as for the copula): "a point called …" alone says nothing.
  const after = sentence.match(NAMING_AFTER);
  if (after && !/\b(?:called|named|known as)\b/.test(sentence.slice(0, after.index))) {
    const [, many, np, words, name] = after;
    // ("into hollow tubes of glass called fulgurites": with no determiner, three words and a plural head;
    // "with thousands of tiny pores called stomata": two, after a count.)
    const head = np.split(" of ")[0];
    const bare = np === words;
    const described = bare ? words.split(" ").length >= (many ? 2 : 3) && /s$/.test(head) : words.split(" ").length >= 3 || (words.split(" ").length >= 2 && !/^(?:a|an|the)$/.test(np.split(" ")[0]));
    if (described) {
      // ("is dotted with": a present passive, not a past.)
      const past = /\b(?:was|were|had|\p{Ll}{3,}ed)\b/u.test(sentence.slice(0, after.index).replace(/\b(?:is|are) \p{Ll}+ed\b/gu, ""));
      const plural = pluralNoun(head);
      push(`What ${be(plural, past)} the ${np.replace(/^(?:a|an|the) /, "")} called?`, nameSpan(text, (after.index ?? 0) + (many?.length ?? 0) + np.length + 4, name));
    }
  }
  // 7. "The Greek historian Herodotus called Egypt the gift of the Nile" → "What did the Greek historian
  // Herodotus call Egypt?": a name as the object, then the name given to it ("the …" or a quoted one).
  const gave = sentence.match(/^((?:The (?:[\p{L}-]+ ){1,3})?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2}) (?:(?:also|often|once|later) )?(called|calls|call|nicknamed|dubbed) (\p{Lu}[\p{L}’'-]*(?: (?:of )?\p{Lu}[\p{L}’'-]*){0,2}) ((?:the|a|an) [\p{L}’'-]+(?: [\p{L}’'-]+){0,5}|[‘“][^’”]{2,40}[’”])(?=$|[,;:])/u);
  if (gave) {
    const [, namer, verb, named, name] = gave;
    const aux = /ed$/.test(verb) ? "did" : verb === "calls" ? "does" : "do";
    const base = verb === "nicknamed" ? "nickname" : verb === "dubbed" ? "dub" : "call";
    // "Sailors called …": one capital word ending in "s" may be a common plural that only opens the sentence.
    if (!/^(?:The|A|An|It|He|She|They|This|In|On|At)$/.test(namer) && !/^\p{Lu}\p{Ll}+s$/u.test(namer) && !/^(?:The|A|An|It|Him|Her|Them|This|That)$/.test(named)) {
      push(`What ${aux} ${lowerFirst(namer)} ${base} ${named}?`, nameSpan(text, namer.length + verb.length + named.length, name.replace(/^[‘“]|[’”]$/g, "")));
    }
  }
  // 8. "Thick banks of sea fog, called camanchaca by local people, roll in" → "What do local people call thick banks of sea fog?"
  const by = sentence.match(NAMING_BY);
  if (by && !/^(?:he|she|it|they|him|her|them|us|me)$/.test(by[3])) {
    const [, np, name, people, verb] = by;
    const past = /^(?:was|were|had|\p{Ll}{3,}ed)$/u.test(verb) ? "did" : "do";
    const thing = /^(?:The|A|An) /.test(np) ? lowerFirst(np).replace(/^(?:a|an) /, "the ") : `the ${np[0].toLowerCase()}${np.slice(1)}`;
    push(`What ${past} ${people} call ${thing}?`, nameSpan(text, np.length + 9, name));
  }
  // 9. "sodium nitrate, also known as Chile saltpetre," → "What is sodium nitrate also known as?"
  const also = sentence.match(NAMING_ALSO);
  if (also && !/^(?:it|this|that|these|those|which)$/.test(also[1]) && !/\b(?:is|are|was|were|has|had)\b/.test(also[1])) {
    const [, np, name] = also;
    push(`What ${be(pluralNoun(np), false)} ${np} also known as?`, nameSpan(text, (also.index ?? 0) + also[0].indexOf(`, `) + 2, name));
  }
  // 9b. "You will also want a proving basket, known as a banneton (…)" → "What is another name for a
  // proving basket?" (the name of a kind of thing, any one of them, not of the one the sentence has).
  const kind = also ? null : sentence.match(NAMING_KIND);
  if (kind && !/\b(?:is|are|was|were|has|had|and|or|of)\b/.test(kind[2])) {
    const [, article, np, , how, name] = kind;
    push(`What is another name for ${article} ${np}?`, nameSpan(text, (kind.index ?? 0) + kind[0].indexOf(` ${how} `) + how.length + 2, name));
  }
  // 10. "the mitral valve, also called the bicuspid valve because …" → "What is the mitral valve also called?"
  const alsoCalled = also ? null : sentence.match(NAMING_ALSO_CALLED);
  if (alsoCalled) {
    const [, np, how, name] = alsoCalled;
    push(`What ${be(pluralNoun(np), false)} the ${np} also ${how}?`, nameSpan(text, (alsoCalled.index ?? 0) + alsoCalled[0].indexOf(", ") + 2, name));
  }
  // 11. "…, snow and ice can turn straight into vapour without melting first, a process called
  // sublimation" → "What is the process called in which snow and ice can turn …?"; "Russia saw itself as
  // the protector of fellow Slavs, an idea called Pan-Slavism" → "What was the idea that Russia saw itself
  // as … called?": a closing appositive that names what the whole clause describes.
  const summed = sentence.match(SUMMING_NAME);
  if (summed) {
    const [, clause, kind, how, name] = summed;
    // An opening adverbial ("On cold, sunny, dry days, …") is no part of what is named; any other comma
    // is a clause the pattern cannot see the shape of.
    const bare = clause.replace(/^(?:On|In|At|During|Over|Under|For|By|After|Before|Since|When|Once)\b[^;:]{1,60}?,\s+(?=\p{Ll}[^,]*$)/u, "");
    // ("Farmers burned …" opens on a common noun, "Russia saw …" on a name.)
    const opensOnName = bare === clause && [...(tagsAt?.(0) ?? [])].some((t) => /^(?:ProperNoun|Person|Place|Organization|Country|Acronym)$/.test(t));
    const body = opensOnName ? bare : bare.replace(/^\p{Lu}(?=\p{Ll})/u, (w) => w.toLowerCase());
    const noun = kind.toLowerCase();
    const state = SUMMED_STATE.test(noun.split(" ").pop() ?? "");
    // ("the idea that the Greeks believed that …": a belief reported inside the idea reads twice.)
    const readable = !/,/.test(bare) && bare.split(/\s+/).length >= 4 && !/^(?:It|This|That|These|Those|They|He|She|We|You|Which|Who|And|But|So|Or)\b/.test(bare) && (state || !/\bthat\b/.test(body));
    if (readable) {
      // ("known as in which" does not read: a process is asked "called".)
      const past = /\b(?:was|were|had|did|\p{Ll}{3,}ed|saw|thought|believed|held|felt|took|made|became|began)\b/u.test(body);
      const prompt = state ? `What is the ${noun} called in which ${body}?` : `What ${past ? "was" : "is"} the ${noun} that ${body} ${how === "called" ? "called" : "known as"}?`;
      push(prompt, nameSpan(text, (summed.index ?? 0) + summed[0].length - name.length, name));
    }
  }
  // 12. "Turning a large wooden screw lowered a flat plate called the platen, which pressed the paper
  // evenly against the inked type" → "What was the flat plate that pressed the paper evenly against the
  // inked type called?": what the thing does says which one it is. (Its clause runs to the sentence's
  // end with no clause of its own after a comma: a list of what it holds may stay.)
  const thenWhich = sentence.match(NAMING_THEN_WHICH);
  if (thenWhich && !/, (?:and|but|so|while|which|who|where|when|although|though|because|as)\b/.test(thenWhich[4]) && (sentence.match(/\b(?:called|named|known as)\b/g) ?? []).length === 1) {
    const [, np, how, name, vp] = thenWhich;
    const called = how === "called" ? "called" : "known as";
    push(`What ${be(pluralNoun(np), pastVerb(vp))} the ${np} that ${vp} ${called}?`, nameSpan(text, (thenWhich.index ?? 0) + thenWhich[0].indexOf(` ${how} `) + how.length + 2, name));
  }
  for (const q of describedQuestions(sentence)) {
    if (!out.some((o) => o.start === q.start)) out.push(q);
  }
  return out;
}

/** A verb phrase that can follow a subject: a finite verb first, at most 80 characters, no clause break. */
const FINITE = "(?:was|were|is|are|has|have|had|did|does|\\p{Ll}+ed|\\p{Ll}+s|became|stood|ran|went|made|took|gave|grew|began|held|led|met|won|left|fell|rose|came|saw|found|built|kept|brought|wrote|drew|sold|bought|taught|caught|sent|spent|struck|told|thought|worked|became)";
const ADVERB = "(?:(?:then|also|later|first|soon|quickly|greatly|largely|still|once|often) )?";
const VP = `(${ADVERB}${FINITE}\\b[^,;:()"“”]{3,80}?)(?=$|[,;:])`;
/** Capitalised words joined by "of/the/and/de…": a name after its class noun ("the firm Haldane and Price"). */
const PROPER = "(\\p{Lu}[\\p{L}’'.-]*(?: (?:(?:of|the|and|de|von|van|da|del|la|le) )*\\p{Lu}[\\p{L}’'.-]*){0,5})";
/** Pronouns a "Which …?" stem may keep: "its"/"their" then point back at the thing asked. */
const DANGLING_IN_WHICH = /\b(it|they|them|he|his|she|her|this|these|those|such|later|earlier|then|there)\b/i;
/** "the year Napoleon died", "the way Darwin saw it": a time or manner, not a class the name belongs to. */
const NOT_A_CLASS = /\b(?:year|day|month|week|night|time|moment|season|decade|century|way|place|reason|day|morning|evening|summer|winter|spring|autumn)$/;
/** "Deflation, a general fall in prices, …": a change or a process defines the thing; it is no class to ask "Which …?" of. */
const PROCESS = /\b(?:fall|rise|increase|decrease|drop|decline|growth|loss|gain|change|shift|spread|process|method|way|state|condition|lack|absence)s?\b/;
const NOT_A_THING = /^(?:it|this|that|these|those|he|she|they|we|you|one|each|all|some|many|most|both|here|there|however|instead|meanwhile|today|then|now)$/i;

// Built once: the patterns are long, and these functions run on every sentence.
// ("…, and that record, a jagged line …, is called …": after "and" or a comma "that" points back; no complement clause.)
const DESCRIBED_APPOSITIVE = new RegExp(`(^|(?<!(?:,|\\band|\\bbut|\\bor) )\\bthat )(\\p{Ll}+ing )?((?:the )?[\\p{L}][\\p{L}’'-]*(?: [\\p{L}][\\p{L}’'-]*){0,3}), (?:a|an) ([\\p{Ll}][\\p{Ll}-]*(?: [\\p{Ll}][\\p{Ll}-]*){0,6}), ${VP}`, "u");
const DESCRIBED_CLASSED = new RegExp(`^(?:(?:In|On|At|By|After|Before|During|Instead of|Since|From|Under|Despite|Within|Later|Earlier)\\b[^,]{1,40}, )?((?:\\p{Lu}\\p{Ll}+|[\\p{Ll}]+)(?: \\p{Ll}+){0,2} (?:from|of|at|for) )?(?:The|the) ((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+) ${PROPER} ${VP}`, "u");

/**
 * The thing asked by the description the sentence gives beside it:
 * "(She noticed that) pitchblende, a uranium ore, was far more radioactive than …" → "Which uranium ore was …?";
 * "The chemist Ada Byron worked out …" → "Which chemist worked out …?" (answer: the name).
 */
function describedQuestions(sentence: string): NamingQuestion[] {
  const out: NamingQuestion[] = [];
  const push = (prompt: string, start: number, end: number) => {
    if (DANGLING_IN_WHICH.test(prompt.replace(/^\S+/, "")) || prompt.length > 120 || end <= start) return;
    out.push({ prompt, start, end, form: "described" });
  };
  // 1. Appositive: "X, a/an <description>, <verb phrase>" at the start or after "that"; "adding X, a …" keeps the gerund.
  const appositive = sentence.match(DESCRIBED_APPOSITIVE);
  if (appositive) {
    const [, lead, gerund, thing, description, vp] = appositive;
    const bare = thing.replace(/^the /i, "");
    // A lowercase "thing" at the sentence's start would be an ordinary subject ("Water, a liquid, …" still reads).
    const words = bare.split(" ");
    // ("Beneath lies the understorey, a dim zone of young trees, shrubs and palms": an inverted clause,
    // and a list the pattern would read a verb into.)
    if (!words.some((w) => NOT_A_THING.test(w)) && !/\b(?:and|or|of|with|in|on|at|by|for|to|from|is|was|are|were|has|had|have|be|lies|lie|lay|stands|stood|sits|sat|beneath|above|below|beyond|behind|among)\b/i.test(bare) && !/\b(?:and|or|who|which|that|one|ones)\b/.test(description) && !PROCESS.test(description)) {
      const start = (appositive.index ?? 0) + lead.length + (gerund?.length ?? 0) + (thing.length - bare.length);
      const which = gerund ? `${gerund[0].toUpperCase()}${gerund.slice(1)}which` : "Which";
      push(`${which} ${description} ${vp.trim()}?`, start, start + bare.length);
    }
  }
  // 2. Class noun before a name: "(Engineers from) the firm Haldane and Price designed …" → "(Engineers from) which firm designed …?"
  // Only an opening adverbial ("In 1850, …") is skipped: an opening clause ("He pointed to …, to fossils of …") is not a subject.
  const classed = sentence.match(DESCRIBED_CLASSED);
  if (classed) {
    const [whole, prefix, noun, name, vp] = classed;
    const start = (classed.index ?? 0) + whole.indexOf(` ${name} ${vp}`) + 1;
    // The name must start right after the class noun and be a name, not a sentence-start word.
    // "The successful Siege of Antioch": an adjective is no class ("Which successful came …?").
    // ("The war began after Bolivia raised …": a verb and "after" are no class noun.)
    // ("On the eve of the famine Ireland had …": a phrase opened by a preposition with no comma after
    // it ends before the sentence's own subject, which is no name the class noun gives.)
    const fronted = !!prefix && /^(?:On|In|At|By|After|Before|During|Since|Until|Under|Within|Throughout|Around|About|For|From)\b/.test(whole) && !/,/.test(whole.slice(0, whole.indexOf(prefix)));
    if (!fronted && sentence.slice(start - noun.length - 1, start - 1) === noun && !/\b(?:after|before|when|while|because|since|until|once|if|though|although|where|that|which|who|whom)\b/.test(noun) && !/^(?:The|A|An|In|On|At)$/.test(name) && !NOT_A_CLASS.test(noun) && !/(?:ful|ous|ive|less|able|ible)$/.test(noun.split(" ").pop() ?? noun) && !/^(?:last|first|next|only|same|other|new|old|final|late|former|present|current|then|young|great|annual|yearly|monthly|weekly|daily|famous|popular|renowned|celebrated|legendary)$/.test(noun.split(" ")[0]) && !/\b(?:in|on|at|of|for|from|to|by|with|and|or|as|than)\b/.test(noun)) {
      const lead = prefix ? `${prefix[0].toUpperCase()}${prefix.slice(1)}which` : "Which";
      push(`${lead} ${noun} ${vp.trim()}?`, start, start + name.length);
    }
  }
  return out;
}

/**
 * "Penicillin belongs to the beta-lactam antibiotics, named after …" → "To which group does
 * penicillin belong?" (answer: the group's name). The subject is a short noun phrase, the group a
 * phrase of at most four words ending the clause; a pronoun on either side asks nothing.
 */
export function memberQuestion(text: string, tagsAt: (offset: number) => ReadonlySet<string>): NamingQuestion | undefined {
  const m = text.match(/^((?:The |A |An )?\p{L}[\p{L}-]*(?: [\p{L}-]+){0,3}) (belongs|belong|belonged) to ((?:the |a |an )?[\p{L}-]+(?: [\p{L}-]+){0,3})(?=[,.;]|$)/u);
  if (!m) return undefined;
  const [, subject, verb, group] = m;
  if (DANGLING.test(subject) || DANGLING.test(group) || NOT_A_NAME.test(group) || /^(?:This|That|These|Those|It|They|He|She|Each|Every|All|Some)\b/.test(subject)) return undefined;
  // "to the same family", "to the government": a description, not a group's name.
  if (/^(?:the |a |an )?(?:same|other|first|last|one|two|group|family|class|government|state|people|him|her|them|us)\b/i.test(group)) return undefined;
  const tags = tagsAt(0);
  const name = tags.has("ProperNoun") || tags.has("Person") || tags.has("Place") || tags.has("Organization") || /^\p{Lu}{2,}/u.test(subject);
  const shown = name ? subject : `${subject[0].toLowerCase()}${subject.slice(1)}`;
  const aux = verb === "belonged" ? "did" : verb === "belong" ? "do" : "does";
  const start = subject.length + verb.length + 5;
  return { prompt: `To which group ${aux} ${shown} belong?`, start, end: start + group.length, form: "described" };
}

/**
 * "Ada Byron coined the word algorithm to describe …" → "What word did Ada Byron coin?" (answer
 * "algorithm"): a coined word is a naming fact. The coiner is a name (a pronoun asks nothing);
 * the word is one to three words right after "the word/term/name/phrase".
 */
export function coinedQuestion(toks: Tok[]): { prompt: string; answer: Tok[]; form: "coined" } | undefined {
  const v = toks.findIndex((t) => /^coined$/i.test(t.text));
  if (v < 1 || v > 5) return undefined;
  const kind = toks[v + 2]?.text.toLowerCase();
  if (!/^the$/i.test(toks[v + 1]?.text ?? "") || !/^(?:word|term|name|phrase|expression)$/.test(kind ?? "")) return undefined;
  const subject = toks.slice(0, v);
  if (!subject.every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Pronoun")) || /^(?:The|A|An|This|It|He|She|They)$/.test(subject[0].text)) return undefined;
  let end = v + 3;
  while (end < toks.length && end < v + 6 && !/^[,;:.!?()"“”]$/.test(toks[end].text) && !/^(?:to|for|in|after|from|when|which|that|as|and|by)$/i.test(toks[end].text)) end++;
  const answer = toks.slice(v + 3, end);
  if (!answer.length || answer.some((t) => t.from < 0)) return undefined;
  return { prompt: `What ${kind} did ${render(subject)} coin?`, answer, form: "coined" };
}

/** Languages a word is glossed from ("douze points, French for twelve points"). */
const LANGUAGE = "(?:(?:old|ancient|medieval|classical|modern|Old|Middle|Low|High|Ancient|Classical) )*(?:French|Latin|Greek|German|Spanish|Italian|Portuguese|Dutch|Arabic|Hebrew|Persian|Russian|Japanese|Chinese|Mandarin|Hindi|Sanskrit|Norse|English|Swedish|Norwegian|Danish|Finnish|Turkish|Welsh|Irish|Gaelic|Hawaiian|Maori|Māori|Swahili|Zulu|Korean|Polish|Czech|Hungarian|Icelandic|Quechua|Nahuatl|Malay|Tamil|Yiddish|Afrikaans|Saxon)";
/** Nouns that label the word that follows them: "the announcement douze points", "the word hanse". */
const LABEL = "(?:word|term|phrase|name|expression|motto|slogan|title|announcement|greeting|nickname|cry|call|dish|sign|verdict|toast)";
/** A gloss: up to six words, quotes dropped, up to the next break. */
const GLOSS = "(?:[‘“\"]([^’”\"]{1,60})[’”\"]|'([^']{1,60})'|((?:the |a |an )?[\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*){0,5})(?=[,;:.)]|$))";
/** The gloss of a GLOSS match: quoted or bare. */
const glossOf = (m: RegExpMatchArray, at: number) => m[at] ?? m[at + 1] ?? m[at + 2];

// Built once: the patterns are long, and these functions run on every sentence.
const GLOSSED_WORD = "([\\p{L}][\\p{L}’'-]*(?: [\\p{L}][\\p{L}’'-]*){0,3})";
const MEANING_FOR = new RegExp(`(?:^(?!(?:The|A|An|This|It|In|On|At) )(?=[\\p{L}’'-]+(?: [\\p{L}’'-]+)?, )|\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) ${LABEL} |\\b(?:called|named|known as) )[‘'“"]?${GLOSSED_WORD}[’'”"]?, (?:an? |the )?${LANGUAGE} for ${GLOSS}`, "gu");
const MEANING_MEANS = new RegExp(`\\b(?:[Tt]he|[Aa]n?) (?:(?:old|ancient|${LANGUAGE}) )*(word|term|phrase|name) [‘'“"]?([\\p{L}][\\p{L}’'-]*)[’'”"]? (means|meant) ${GLOSS}`, "gu");
const MEANING_APPOSITIVE = new RegExp(`\\b(?:named|called|name|word|term) [‘'“"]?(\\p{Lu}[\\p{L}’'-]*)[’'”"]?, (?:an? |the )(?:(?:old|ancient|${LANGUAGE}) )*(word|name|term) meaning ${GLOSS}`, "gu");
const MEANING_WHOSE = new RegExp(`((?:the )?\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}), whose (?:(${LANGUAGE}) )?name (means|meant) ${GLOSS}`, "gu");
// "…, harambee being a Swahili word meaning "let us all pull together"": the word, then what it is.
const MEANING_BEING = new RegExp(`\\b[‘'“"]?([\\p{L}][\\p{L}’'-]*)[’'”"]? being (?:an? |the )(?:(${LANGUAGE}) )?(word|name|term|phrase) meaning ${GLOSS}`, "gu");
// "…from the Latin word vacca, meaning cow" / "an old sense of the word "spring", meaning to leap …":
// the word labelled before it, its meaning after a comma.
const MEANING_LABELLED = new RegExp(`\\b(?:((?:an?|the) (?:old|older|original|earlier) sense of) )?[Tt]he (?:(${LANGUAGE}) )?(word|name|term|phrase) [‘'“"]?([\\p{L}][\\p{L}’'-]*)[’'”"]?, meaning ${GLOSS}`, "gu");
// "The word vaccine comes from the Latin word vacca, meaning cow" / "from the Italian quaranta giorni,
// meaning "forty days", comes the word quarantine": the word a word comes from, asked by its meaning.
const ORIGIN_WORD = "[‘'“\"]?([\\p{Ll}][\\p{Ll}’'-]*(?: [\\p{Ll}][\\p{Ll}’'-]*){0,2})[’'”\"]?";
const ORIGIN_AFTER = new RegExp(`\\b[Tt]he (word|name|term) [‘'“"]?([\\p{L}][\\p{L}’'-]*)[’'”"]? (?:comes|came|derives|derived) from (?:the )?(${LANGUAGE}) (?:(?:word|phrase|name) )?${ORIGIN_WORD}, meaning ${GLOSS}`, "gu");
const ORIGIN_BEFORE = new RegExp(`\\b[Ff]rom (?:the )?(${LANGUAGE}) (?:(?:word|phrase|name) )?${ORIGIN_WORD}, meaning ${GLOSS},? (?:comes|came) the (word|name|term) [‘'“"]?([\\p{L}][\\p{L}’'-]*)[’'”"]?`, "gu");
const MEANING_FROM = new RegExp(`((?:the )?\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}),? (?:from|after) (?:an?|the) ((?:(?:old|ancient|medieval) )?${LANGUAGE}) word (?:for|meaning) ${GLOSS}`, "gu");

/**
 * What a word from another language means, as the sentence glosses it: "The announcement douze
 * points, French for twelve points, became …" → "What does douze points mean?"; "the word hanse
 * meant a group" → the same; "…the Hanse, from an old German word for a group or company" →
 * "What did the old German word behind the name Hanse mean?". The word must be marked off
 * (a labelling noun before it, or the sentence's start); "a low flood meant famine" is no gloss.
 */
export function meaningQuestions(text: string): NamingQuestion[] {
  const out: NamingQuestion[] = [];
  const sentence = text.replace(/[.!?]\s*$/, "");
  const push = (prompt: string, gloss: string | undefined, from: number) => {
    if (!gloss) return;
    const start = text.indexOf(gloss, from);
    if (start < 0 || DANGLING.test(prompt.replace(/^\S+/, "")) || prompt.length > 120 || out.some((q) => q.start === start)) return;
    out.push({ prompt, start, end: start + gloss.length, form: "meaning" });
  };
  // 1. "(the announcement) douze points, French for twelve points" / "Glasnost, Russian for openness, …".
  // A gloss needs "<language> for", "means"/"meant"/"meaning" or "<language> word": most sentences have none of these.
  if (!/ (?:for|means|meant|meaning|word) /.test(sentence)) return out;
  for (const m of sentence.matchAll(MEANING_FOR)) {
    const [whole, term] = m;
    const gloss = glossOf(m, 2);
    if (!gloss) continue;
    // "called the Rio Grande, Spanish for great river": the name is asked as a name.
    const named = /^(?:called|named|known as) /.test(whole) ? `the name ${term.replace(/^the /, "")}` : term;
    push(`What does ${named} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  // 2. "The word hanse meant 'a group or company'".
  for (const m of sentence.matchAll(MEANING_MEANS)) {
    const [whole, label, term, verb] = m;
    const gloss = glossOf(m, 4);
    if (!gloss) continue;
    push(`What ${verb === "meant" ? "did" : "does"} the ${label} ${term} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  // 3. "It was later named Ichthyosaurus, a word meaning "fish lizard"".
  for (const m of sentence.matchAll(MEANING_APPOSITIVE)) {
    const [whole, term, label] = m;
    const gloss = glossOf(m, 3);
    if (!gloss) continue;
    push(`What does the ${label} ${term} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  // 4. "…, or simply the Hanse, from an old German word for a group" (a name and the word it came from).
  for (const m of sentence.matchAll(MEANING_FROM)) {
    const [whole, name, language] = m;
    const gloss = glossOf(m, 3);
    if (!gloss) continue;
    if (/^(?:The|A|An|In|On|At|It|This)$/.test(name)) continue;
    const past = /^(?:old|ancient|medieval)\b/i.test(language);
    push(`What ${past ? "did" : "does"} the ${language} word behind the name ${name.replace(/^the /, "")} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  // 5. "Magna Carta, whose Latin name means "Great Charter", is …".
  for (const m of sentence.matchAll(MEANING_WHOSE)) {
    const [whole, name, language, verb] = m;
    const gloss = glossOf(m, 4);
    if (!gloss || /^(?:The|A|An|In|On|At|It|This)$/.test(name)) continue;
    push(`What ${verb === "meant" ? "did" : "does"} the ${language ? `${language} ` : ""}name ${name.replace(/^the /, "")} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  // 6a. "The word vaccine comes from the Latin word vacca, meaning cow" → "From which Latin word,
  // meaning "cow", does the word vaccine come?" (answer "vacca"); what vacca means is then not asked too.
  const origins: number[] = [];
  const origin = (language: string, source: string, gloss: string, label: string, word: string, at: number) => {
    const start = text.indexOf(source, at);
    if (start < 0 || !gloss || source.toLowerCase() === word.toLowerCase()) return;
    const prompt = `From which ${language} ${source.includes(" ") ? "phrase" : "word"}, meaning "${gloss}", does the ${label} ${word} come?`;
    if (prompt.length > 120 || out.some((q) => q.start === start)) return;
    origins.push(start);
    out.push({ prompt, start, end: start + source.length, form: "meaning" });
  };
  // (The source word is looked for after its language: "The word salary comes from … sal" has "sal" in "salary".)
  const after = (m: RegExpMatchArray, language: string) => (m.index ?? 0) + m[0].indexOf(language) + language.length;
  for (const m of sentence.matchAll(ORIGIN_AFTER)) origin(m[3], m[4], glossOf(m, 5) ?? "", m[1], m[2], after(m, m[3]));
  for (const m of sentence.matchAll(ORIGIN_BEFORE)) origin(m[1], m[2], glossOf(m, 3) ?? "", m[6], m[7], after(m, m[1]));
  // 6. "…, harambee being a Swahili word meaning "let us all pull together"".
  for (const m of sentence.matchAll(MEANING_BEING)) {
    const [whole, term, language, label] = m;
    const gloss = glossOf(m, 4);
    if (!gloss || !/^\p{Ll}/u.test(term)) continue;
    push(`What does the ${language ? `${language} ` : ""}${label} ${term} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  // 7. "the Latin word vacca, meaning cow". (An old sense is not asked: "In an old sense, what does the
  // word spring mean?" lost the tides it was about, and a word has many old senses — faulted by a reading.)
  for (const m of sentence.matchAll(MEANING_LABELLED)) {
    const [whole, old, language, label, term] = m;
    const gloss = glossOf(m, 5);
    // ("He used the word spring, meaning a season": without a language or a sense, "meaning" may be the doer's.)
    if (!gloss || old || !language || origins.includes(text.indexOf(term, (m.index ?? 0) + m[0].indexOf(label) + label.length))) continue;
    push(`What does the ${language} ${label} ${term} mean?`, gloss, Math.max(0, (m.index ?? 0) + whole.length - gloss.length - 3));
  }
  return out;
}

/** Nouns of verbs that do not simply add "-ment", "-ion" or "-al" to the verb's stem. */
const NOUN_OF_VERB: Record<string, string> = { decided: "decision", invaded: "invasion", spoke: "speech", expelled: "expulsion", divided: "division", defended: "defence", responded: "response", sold: "sale", died: "death", lost: "loss", flew: "flight", chose: "choice" };

/** Whether `noun` names the act of `verb` ("announced" → "announcement", "proposed" → "proposal"). */
function actOf(verb: string, noun: string): boolean {
  if (NOUN_OF_VERB[verb] === noun) return true;
  const stem = verb.replace(/(?:ed|d)$/, "").replace(/e$/, "");
  if (stem.length < 5 || stem === verb) return false;
  return new RegExp(`^${stem}e?(?:ment|ion|ation|al|ure|ance|ence)$`).test(noun);
}

// Built once: the patterns are long, and these functions run on every sentence.
const ACT_NAMED = new RegExp(`^The (\\p{Ll}+) (became|was|is) (?:later |soon |also )?(known as|called|nicknamed|dubbed) ${NAME}$`, "u");

/**
 * "On 15 August 1971 President Richard Nixon announced … . The announcement became known as the
 * Nixon shock." → "What did the announcement on 15 August 1971 become known as?": "the
 * announcement" names the act the sentence before reports, so its doer (a name that opens that
 * sentence; not when the name holds it) and its time (an opening "On/In …") say which one.
 */
export function actNamingQuestion(text: string, previous: string | undefined): NamingQuestion | undefined {
  if (!previous) return undefined;
  const m = text.replace(/[.!?]\s*$/, "").match(ACT_NAMED);
  if (!m) return undefined;
  const [, noun, verb, how, name] = m;
  const p = previous.match(/^(?:(On|In) ((?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s?\d{0,2},? ?\d{4}),? )?((?:\p{Lu}[\p{L}’'.-]*)(?: \p{Lu}[\p{L}’'.-]*){0,3}|the(?: \p{Ll}+){1,2}) (\p{Ll}+(?:ed)|spoke|sold|lost|flew|chose)\b/u);
  if (!p) return undefined;
  const [, prep, when, doer, act] = p;
  if (/^(?:The|A|An|It|He|She|They|This|In|On|At)$/.test(doer.split(" ")[0]) || !actOf(act, noun)) return undefined;
  const time = when ? ` ${prep === "On" ? "on" : "in"} ${when.trim()}` : "";
  // "the Nixon shock" after "Nixon's announcement" gives the answer away: the time alone says which.
  const named = doer.split(" ").some((w) => /^\p{Lu}/u.test(w) && name.includes(w));
  if (named && !time) return undefined;
  // "the engineers' plan", but "Reyes's plan".
  const owner = named ? "the" : /^the .*s$/.test(doer) ? `${doer}'` : `${doer}'s`;
  const prompt = verb === "became" ? `What did ${owner} ${noun}${time} become ${how}?` : `What ${verb} ${owner} ${noun}${time} ${how}?`;
  const span = nameSpan(text, noun.length + 4, name);
  if (!span || prompt.length > 120) return undefined;
  return { prompt, ...span, form: "called" };
}

/**
 * "Some bacteria change the proteins on their surface again and again. This is called antigenic
 * variation." → "<that sentence> What is this called?"; "This phenomenon is known as …" → "What is
 * this phenomenon known as?". The sentence before must stand alone, as for the active form below.
 */
function passiveContextNaming(plain: string, text: string, previous: string): NamingQuestion | undefined {
  const m = plain.match(CONTEXT_NAMED_PASSIVE);
  if (!m) return undefined;
  const [, pronoun, noun, verb, how, name] = m;
  // "This is called a …": a kind, not a name given to it.
  if (/^(?:a|an)\b/i.test(name) || NOT_A_NAME.test(name)) return undefined;
  const context = previous.trim();
  if (!standsAlone(context) || LEANING.test(context)) return undefined;
  const asked = `${pronoun.toLowerCase()}${noun ? ` ${noun}` : ""}`;
  const prompt = `${context} What ${verb} ${asked} ${how}?`;
  const span = nameSpan(text, pronoun.length + (noun ? noun.length + 1 : 0) + verb.length + 2, name);
  return span ? { prompt, ...span, form: "called" } : undefined;
}

/** A sentence a context question may carry: whole, at most 30 words, not opening on a word that leans back. */
function standsAlone(context: string): boolean {
  return /[.!?]$/.test(context) && context.split(/\s+/).length <= 30 && !/^(?:It|This|These|Those|But|And|However|So|Then|Yet|He|She)\b/.test(context);
}

/** Pronouns and openers that lean on what came before: a sentence holding one is no context of its own. */
const LEANING = /\b(he|his|him|she|her|they|their|them|these|those|this|that|such|also|then|there|later)\b/i;

// Built once: the patterns are long, and these functions run on every sentence.
const CONTEXT_NAMED_PLURAL = new RegExp(`^((?:The |Many |Most |Some )?\\p{Lu}?\\p{Ll}+s) (?:(?:often|usually|now|sometimes|also) )?(call|calls|called|name|named) (this|it|these|them) ${NAME}${NAME_END}`, "u");
const CONTEXT_NAMED_PASSIVE = new RegExp(`^(This|These)(?: (\\p{Ll}{3,}))? (is|are|was|were) (?:(?:also|often|now|sometimes|usually|commonly) )?(called|known as|termed|referred to as) ${NAME}${NAME_END}`, "u");
const CONTEXT_NAMED_PERSON = new RegExp(`^(\\p{Lu}\\p{Ll}+(?<!s)) (called|named|dubbed) (this|it|these|them) ${NAME}${NAME_END}`, "u");

/**
 * "The refrigerant travels round a sealed loop … . Engineers call this the vapour-compression cycle."
 * → "The refrigerant travels round a sealed loop … . What do engineers call this?": what "this" names
 * is the sentence before, so the stem carries that sentence (it must stand alone: no pronoun that
 * leans further back, at most 30 words).
 */
export function contextNamingQuestion(text: string, previous: string | undefined): NamingQuestion | undefined {
  if (!previous) return undefined;
  const plain = text.replace(/[.!?]\s*$/, "");
  const m = plain.match(CONTEXT_NAMED_PLURAL) ??
    // "Shockley called them the traitorous eight": a person's name (no plural -s) in the past.
    plain.match(CONTEXT_NAMED_PERSON);
  if (!m) return passiveContextNaming(plain, text, previous);
  const [, namer, verb, pronoun, name] = m;
  const person = !/s$/.test(namer) && !/ /.test(namer);
  let context = previous.trim();
  // "He proved a difficult manager, and … eight of his researchers left …": the "he" is the namer.
  if (person && /^(?:He|She) /.test(context) && !context.slice(3).match(/\b(?:he|she|him|her)\b/)) context = `${namer} ${context.replace(/^\S+ /, "")}`;
  if (!standsAlone(context)) return undefined;
  // "it" inside its own sentence ("… back to liquid outside it") points within that sentence.
  // The namer's own "his" or "her" points to the person the question names, and a "their" after a
  // plural noun of the same sentence to that noun ("eight of his researchers left to start their own company").
  if (LEANING.test(person ? context.replace(/\b(?:his|her)\b/g, "").replace(/(\b\p{Ll}{3,}s\b[^,;]*?) their\b/u, "$1") : context)) return undefined;
  const aux = /ed$/.test(verb) ? "did" : verb === "calls" ? "does" : "do";
  const base = /^name/.test(verb) ? "name" : "call";
  const asker = person ? namer : namer.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const prompt = `${context} What ${aux} ${asker} ${base} ${pronoun}?`;
  const span = nameSpan(text, namer.length + verb.length + pronoun.length, name);
  return span ? { prompt, ...span, form: "called" } : undefined;
}

