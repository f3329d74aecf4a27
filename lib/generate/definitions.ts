// Definitions and the names they define: "An exchange rate is the price of one currency in terms of
// another", "pitchblende, a uranium ore, …", "nilometers, stone staircases or wells marked with
// levels", and the reverse, "The typical Hanseatic ship was the cog". Read from the sentence text
// with compromise's tags for the term's words; a shape that is not clearly one of these gives nothing.

import { contrastsOf } from "./contrast";
import { escapeRegExp } from "./text";

export type TagsAt = (offset: number) => ReadonlySet<string>;

/** One term and the phrase that says what it is. Spans are offsets in the sentence text. */
export interface Definition {
  /** The term as a question names it: "an exchange rate", "the cog", "pitchblende". */
  term: string;
  /** Span of the bare term (no article): the answer of "What is … called?". */
  termStart: number;
  termEnd: number;
  /** Span of the defining phrase as the sentence has it. */
  defStart: number;
  defEnd: number;
  /** The defining phrase as an option: comma asides left out ("a substance that kills …"). */
  definition: string;
  plural: boolean;
  form: "copula" | "gloss" | "when";
  /** What the sentence says the term is not ("X is not an insurance company but a marketplace"), and its verb: said in the question. */
  not?: { what: string; verb: string };
  /**
   * Asked only by its term ("What is the name for resting flour and water …?"): a doing read from
   * "X means <doing>", which is no option beside the article's noun-phrase definitions.
   */
  termOnly?: true;
}

/** What a defining phrase is shown as at most (longer ones are not asked; Kahoot shortens options itself). */
export const DEFINITION_MAX = 100;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;
/** Words that point outside the sentence: a definition holding one explains nothing alone. */
const POINTS_AWAY = /\b(this|these|those|they|them|their|he|she|his|her|such|above|below|former|latter)\b/i;
const NOT_A_TERM = /^(it|this|that|these|those|there|here|such|what|which|who|each|every|one|all|some|many|most|both|he|she|they|we|you|i|its|their|his|her|our|my|your|the|a|an|another|other)$/i;
/** Glosses that describe quantity or degree rather than what the thing is. */
/** "instructions punched on cards, an idea borrowed from the Jacquard loom": the aside is of the whole clause. */
const OF_THE_CLAUSE = /^(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:idea|move|step|decision|change|practice|tradition|custom|habit|trick|feat|achievement|approach|arrangement)\b/iu;
const JUDGED = /^(?:a|an)\s+(?:very\s+)?(?:powerful|important|major|key|great|strong|good|useful|popular|famous|common|serious|big|huge|vital|crucial|significant|leading|main)\s/i;
/** An auxiliary or modal that makes a phrase a clause of its own ("… policies is remarkably predictable"). */
const OWN_VERB = /^(is|are|was|were|has|have|had|will|would|can|could|cannot|may|might|must|should)$/;
/** Heads of a phrase that sums up the clause before ("…, a figure that …", "…, an attack blamed on …"). */
const SUMS_UP = /^(?:attack|figure|system|record|rise|fall|increase|drop|blow|setback|sign|gesture|mistake|boost|service|scheme|policy|measure|plan)$/;
const NOT_A_DEFINITION = /^(?:a|an|the)\s+(?:lot|number|few|little|bit|total|sum|result|way|part|kind|sort|type|matter|means|word|term|name|phrase)\b/i;
/** Phrases after which a noun is measured, not defined ("about 40 minutes, a record"). */
const LIST_OR_NUMBER = /[,\d]\s*$/;

function isNounish(tags: ReadonlySet<string>): boolean {
  return (tags.has("Noun") || tags.has("Adjective")) && !tags.has("Verb") && !tags.has("Pronoun") && !tags.has("Determiner") && !tags.has("Preposition") && !tags.has("Value") && !tags.has("Date");
}

function properName(tags: ReadonlySet<string>): boolean {
  return tags.has("ProperNoun") || tags.has("Person") || tags.has("Place") || tags.has("Organization") || tags.has("Acronym");
}

/** "a substance, originally produced by one microorganism, that kills …" → "a substance that kills …". */
export function definitionOption(phrase: string, pluralTerm = false): string | undefined {
  let t = phrase.trim().replace(/\s+/g, " ");
  // A comma aside inside the phrase (at most eight words) goes; what remains must still read on.
  t = t.replace(/,\s+[^,;:()]{2,60},\s+(?=(?:that|which|who|whose|in which|of|with|for|used|made|where)\b)/gi, " ");
  // "a thin, sugary liquid …": the comma between two adjectives after the article stays.
  // ("overcrowded, poorly supplied vessels": so does one between two describing words of a bare phrase.)
  if (/[,;:()]/.test(t.replace(/^((?:a|an|the) \p{Ll}+|\p{Ll}+(?:ed|ful|ous|ive|al|ic|less|ent|ant)), (?=\p{Ll}+ \p{Ll})/iu, "$1 "))) return undefined;
  if (t.length > DEFINITION_MAX || t.split(" ").length < 3) return undefined;
  if (pointsAway(t, pluralTerm)) return undefined;
  return t;
}

/** A describing phrase: a head noun that a participle or relative follows at once ("a huge basin formed when …", "a dark, fertile soil built up …"). */
const DESCRIBING = /^(?:a|an|the)\s+(?:(?!(?:whose|which|that|who|where)\s)[\p{Ll}-]+,?\s+){0,2}?[\p{Ll}-]+\s+(?:that|which|who|where|(?:in|by|on|through|at|from|under|with) which|\p{Ll}{3,}ed|built|made|used|known|grown|found|run|held|worn|drawn|given|taken|written|kept)\b/u;

/** Plural-looking words that are not nouns ("this", "always") and so give a "they" nothing to point at. */
const NOT_PLURAL = /^(?:this|thus|always|perhaps|towards|whereas|its|his|hers|ours|yours|as|is|was|has|does|goes|less|unless|plus|across|sometimes|besides)$/;

/**
 * A word in the phrase that points outside it: "a sign that they had feared". ("the tendency of
 * people to take more risks once they are protected": a "they" after a plural noun of the phrase's
 * own points inside it. A "their" does so only where the term itself is plural — "Erratics are
 * boulders carried far from their source" — for "qanats, tunnels that carried their water" is the farmers'.)
 */
const POINTS_AWAY_ALL = new RegExp(POINTS_AWAY.source, "gi");

function pointsAway(phrase: string, pluralTerm = false): boolean {
  if (!POINTS_AWAY.test(phrase)) return false;
  for (const m of phrase.matchAll(POINTS_AWAY_ALL)) {
    // ("the first 30 seconds in which robots must work entirely on their own": "their own" is the plural's before it.)
    const ownOf = /^their$/i.test(m[0]) && /^\s+own\b/.test(phrase.slice((m.index ?? 0) + m[0].length));
    if (!/^(?:they|them)$/i.test(m[0]) && !(pluralTerm && /^their$/i.test(m[0])) && !ownOf) return true;
    const before = phrase.slice(0, m.index).match(/\p{Ll}+/gu) ?? [];
    if (!before.some((w) => !NOT_PLURAL.test(w) && (/^(?:people|children|men|women)$/.test(w) || /^\p{Ll}{2,}[^s\W]s$/u.test(w)))) return true;
  }
  return false;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** A gloss's relative clause with no verb ("a ring-shaped space where jet fuel"): cut at an aside's comma. */
function relativeWithoutVerb(words: Word[], rel: number, defStart: number, tagsAt: TagsAt): boolean {
  if (rel <= 0 || !/^(that|which|who|whom|whose|where|when)$/.test(words[rel].text)) return false;
  const after = words.slice(rel + 1);
  // ("structures that make proteins": right after a subject's "that", a verb form is the verb.)
  if (/^(that|which|who)$/.test(words[rel].text) && after[0] && tagsAt(defStart + after[0].start).has("Verb")) return false;
  // (A bare verb form before a noun is the noun's first word: "jet fuel".)
  return !after.some((w, k) => {
    const t = tagsAt(defStart + w.start);
    // ("an over in which the batting side scores no runs": a plural-looking word after a noun and
    // before a determiner is the clause's verb, though the tagger reads a noun.)
    if (k > 0 && /^\p{Ll}{3,}[^s\W]s$/u.test(w.text) && tagsAt(defStart + after[k - 1].start).has("Noun") && /^(?:no|a|an|the|its|their|his|her|every|each)$/.test(after[k + 1]?.text ?? "")) return true;
    return t.has("Verb") && !t.has("Noun") && !(t.has("Infinitive") && !!after[k + 1] && tagsAt(defStart + after[k + 1].start).has("Noun"));
  });
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * The term right before `at` (a comma): up to three nounish lower-case words ("capillary tube"),
 * with the article before it if any. Undefined when the words before are a list ("grain, timber,").
 */
function termBefore(text: string, at: number, tagsAt: TagsAt, singularGloss = false): { start: number; end: number; article: string } | undefined {
  const words = wordsOf(text.slice(0, at));
  const last = words[words.length - 1];
  if (!last || last.end !== at) return undefined;
  // ("paid for so-called supported routes: services that …": "so-called" marks the words it names, whatever their tags.)
  const soCalled = text.slice(0, at).match(/\bso-called ((?:\p{Ll}[\p{Ll}-]* ){0,2}\p{Ll}[\p{Ll}-]*)$/u);
  if (soCalled) return { start: at - soCalled[1].length, end: at, article: "" };
  let k = words.length - 1;
  const taken: Word[] = [];
  while (k >= 0 && taken.length < 3) {
    const w = words[k];
    const tags = tagsAt(w.start);
    // ("X-ray crystallography": a capital letter joined by a hyphen is a common word's.)
    const lower = /^\p{Ll}/u.test(w.text) || /^\p{Lu}-\p{Ll}/u.test(w.text);
    const sentenceStart = w.start === 0 && !properName(tags);
    // "a Mars analogue": after "a", a name before the noun makes a kind of thing, the name its modifier.
    const kindOfName = !lower && !sentenceStart && taken.length > 0 && /(?:^|\s)(?:a|an)\s$/i.test(text.slice(0, w.start)) && tags.has("Noun") && !tags.has("Person");
    if (kindOfName && text.slice(w.end, taken[0].start) === " ") {
      taken.unshift(w);
      k--;
      break;
    }
    // ("jet fuel": a bare verb form the tagger read before a noun is the noun's first word.)
    const modifier = taken.length > 0 && tags.has("Infinitive") && (k === 0 || /^(a|an|the|where|which|that|of|in|with|for|and|or)$/i.test(words[k - 1].text) || /,\s*$/.test(text.slice(words[k - 1].end, w.start)));
    if (!(lower || sentenceStart) || !(isNounish(tags) || modifier) || NOT_A_TERM.test(w.text) || /[’']s$/.test(w.text) || /^so-called$/i.test(w.text)) break;
    // Words joined by a space only (no comma or bracket between them).
    if (taken.length && text.slice(w.end, taken[0].start) !== " ") break;
    taken.unshift(w);
    k--;
  }
  // "The name transistor, a blend of …" defines a word, not a thing.
  if (taken.length > 1 && /^(name|word|term|phrase)$/i.test(taken[0].text)) return undefined;
  if (!taken.length || !tagsAt(taken[taken.length - 1].start).has("Noun")) return undefined;
  if (/^(same|other|next|last|first|whole|entire|following|previous)$/i.test(taken[0].text)) return undefined;
  const start = taken[0].start;
  const before = text.slice(0, start);
  // "grain, timber, furs": a list member is no term; nor is a measured noun ("40 minutes").
  if (LIST_OR_NUMBER.test(before)) return undefined;
  // ("read them with his mirror galvanometer, an instrument in which …": after "his", the gloss says
  // what any such thing is, and the term is asked with "a".)
  // ("paid for so-called supported routes: services that …": "so-called" marks the term it names.)
  if (/(?:^|\s)so-called\s$/i.test(before)) return { start, end: taken[taken.length - 1].end, article: "" };
  const owned = /(?:^|\s)(?:his|her|its|their|our|my|your)\s$/i.test(before) && singularGloss;
  const article = owned ? (/^[aeiou]/i.test(taken[0].text) ? "an" : "a") : before.match(/(?:^|\s)(the|a|an|The|A|An)\s$/)?.[1]?.toLowerCase() ?? "";
  // Anything else right before that is a noun modifier we did not take ("Iraq's central bank") keeps its sense only with it.
  // Only an article, a verb or a preposition may stand before the term: "the first commercial
  // microprocessor" and "Iraq's central bank" keep their sense only with the word left out.
  const prev = article ? words[k - 1] : words[k];
  if (!article && prev && prev.end === start - 1) {
    const tags = tagsAt(prev.start);
    if (/[’']s$/.test(prev.text) || tags.has("Adjective") || tags.has("Noun") || tags.has("Value")) return undefined;
  }
  // "the heart of the system, an electric pump …": the gloss may describe the whole phrase. ("finds
  // of terra preta, a dark, fertile soil …": not when the phrase is plural and the gloss singular.)
  const owner = prev ? words[words.indexOf(prev) - 1] : undefined;
  // ("died of dust pneumonia, a lung illness caused by …": after a verb's "of", the term stands alone.)
  const verbsOf = !!owner && /^(?:died|dies|die|dying|suffered|suffers|consists|consisted|composed|made|smelled|smells|tasted|tastes|thought|think|thinks|dreamed|dreamt|heard|hear|hears|spoke|speak|speaks|approved|approve|approves|accused|convicted)$/i.test(owner.text);
  if (prev && /^of$/i.test(prev.text) && !verbsOf && !(singularGloss && owner && (tagsAt(owner.start).has("Plural") || (/^\p{Ll}{3,}[^s\W]s$/u.test(owner.text) && !NOT_PLURAL.test(owner.text))) && !termPlural(text, start, taken[taken.length - 1].end, tagsAt))) return undefined;
  // "By tradition, …": the comma closes an opening phrase, not a term.
  if (prev && prev.start === 0 && tagsAt(0).has("Preposition")) return undefined;
  return { start, end: taken[taken.length - 1].end, article };
}

function termPlural(text: string, start: number, end: number, tagsAt: TagsAt): boolean {
  const words = wordsOf(text.slice(start, end));
  const head = words[words.length - 1];
  return !!head && (tagsAt(start + head.start).has("Plural") || (/[^s’']s$/.test(head.text) && !/(ss|us|is|sis)$/.test(head.text)));
}

/** "X is a/an/the Y …" at the start of a present-tense sentence: a general term defined. */
function copulaDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  // ("Social learning is learning that comes from watching …": a bare noun with its relative clause.)
  const m = text.match(/^(?:(A|An|The|This) )?([\p{L}][\p{L}-]*(?: [\p{Ll}][\p{Ll}-]*){0,3}) (is|are) ((?:a|an|the|one) [^]+?|\p{Ll}{4,} (?:that|which|in which|by which) [^]+?)[.!]?$/u);
  if (!m) return undefined;
  const [, opener, term, verb] = m;
  // ("This return stroke is the bright flash that people see": a term of two words the paragraph
  // brought in, defined by "the" and what describes it, as after "The".)
  if (opener === "This" && !(/^the /.test(m[4]) && DESCRIBING.test(m[4]) && /^\p{Ll}[\p{Ll}-]* \p{Ll}[\p{Ll}-]*$/u.test(term))) return undefined;
  const art = opener === "This" ? "The" : opener;
  const lead = opener ? opener.length + 1 : 0;
  // "The bypass ratio is the amount of air that flows around the core …": after "The", only a term
  // of lower-case words defined by a describing phrase ("the amount of …", "a device that …") — "The
  // winner was the Swiss singer …" and "The heart is a pump" name or judge, they define nothing here.
  if (art === "The" && (!/^\p{Ll}/u.test(term) || !(DESCRIBING.test(m[4]) || /^(?:a|an|the) (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+ (?:of|that|which|who|where|in which|for|between)\b/u.test(m[4])))) return undefined;
  // "A floating bus stop is a stop built on an island …, so that cyclists …": the definition ends
  // where the sentence goes on with a clause or a contrast of its own.
  const whole = m[4];
  // ("A share is a unit of ownership in a company: if a business is divided …": an example after a colon.)
  const clauseAt = whole.search(/,\s+(?:and|but|so|while|whereas|although|though|which|because|not|as|rather)\b|;|:|\s[—–]\s/);
  const upTo = clauseAt > 0 ? whole.slice(0, clauseAt) : whole;
  // ("a method of finding the positions of the atoms in a molecule by passing a beam of X-rays through
  // …": a long one ends before how it is done.)
  const by = upTo.length > DEFINITION_MAX ? upTo.search(/ by \p{Ll}{3,}ing\b/u) : -1;
  const def = by > 0 ? upTo.slice(0, by) : upTo;
  // "A protected cycle lane is one separated from motor traffic …": "one" is a lane.
  const head = term.split(" ").pop() ?? "";
  // ("Baikal is one of the oldest lakes": one of many, no definition.)
  const asOne = art && verb === "is" && /^one (?!of\b)/.test(def) ? `${/^[aeiou]/i.test(head) ? "an" : "a"} ${head} ${def.slice(4)}` : undefined;
  if (/^one /.test(def) && !asOne) return undefined;
  const termStart = lead;
  const termEnd = termStart + term.length;
  const words = wordsOf(term);
  if (NOT_A_TERM.test(words[0].text)) return undefined;
  // A name is not defined this way ("Iraq is a country …" says where, not what the word means).
  if (words.some((w) => properName(tagsAt(termStart + w.start)))) return undefined;
  if (!words.every((w) => isNounish(tagsAt(termStart + w.start)))) return undefined;
  if (!tagsAt(termStart + words[words.length - 1].start).has("Noun")) return undefined;
  // "Moving ice is a powerful force of erosion": a judgement of the thing (one powerful force among
  // others), not what its name means; asked "What is the powerful force of erosion called?" it is wrong.
  if (NOT_A_DEFINITION.test(def) || /^(?:a|an|the)\s+\p{Ll}+est\b/u.test(def) || JUDGED.test(def)) return undefined;
  // ("Money is the second problem": one in a count the article keeps, no meaning of the word.)
  if (/^the (?:first|second|third|fourth|fifth|next|last|other|same|main|only|real|big|biggest) [\p{Ll}-]+$/u.test(def)) return undefined;
  const defStart = termEnd + verb.length + 2;
  const definition = definitionOption(asOne ?? def);
  if (!definition) return undefined;
  const named = art ? `${art.toLowerCase()} ${term}` : `${term[0].toLowerCase()}${term.slice(1)}`;
  // Keep a capital the article keeps ("DNA"); lower a capital that is only the sentence's first letter.
  const display = art || /^\p{Lu}{2}|^\p{Lu}-/u.test(term) ? (art ? named : term) : named;
  return { term: display, termStart, termEnd, defStart, defEnd: defStart + def.length, definition, plural: verb === "are", form: "copula" };
}

/** "pitchblende, a uranium ore, was …", "the cog, a broad-bellied vessel …", "nilometers, stone staircases or wells marked …". */
function glossDefinitions(text: string, tagsAt: TagsAt): Definition[] {
  const out: Definition[] = [];
  // ("the aorta, the largest artery in the body, …": a superlative singles one thing out, as a relative does.)
  // ("moral hazard, the tendency of people to take more risks …": a general head with "of" or "that"
  // after it says what the term means.)
  // ("the ribosomes, the tiny structures inside a cell that make proteins": a relative may follow a
  // short place phrase.)
  for (const m of text.matchAll(/[,:] ((?:a|an) |the (?=(?:(?!(?:or|and|but|before|after) )[\p{Ll}-]+ ){1,3}(?:(?:inside|within|in|on|at) (?:a |an |the )?[\p{Ll}-]+ )?(?:that|which|who|where)\b|(?:first|last|opening|final) (?:\d+ |[\p{Ll}-]+ )?(?:seconds|minutes|hours|days|weeks|months|years|overs|laps|rounds) (?:in|during) which\b|(?:[\p{Ll}-]+ )?(?:mass|network|band|layer|sheet|strip|stretch|body) of (?:[\p{Ll}-]+ ){1,3}(?:that|which|where)\b|(?:\p{Ll}+est|most \p{Ll}+) [\p{Ll}-]+ (?:in|of|on)\b|(?:tendency|practice|process|study|science|art|ability|idea|belief|theory|principle|habit|change|loss|movement|conversion|transfer|release|use|spread|flow|breakdown|\p{Ll}{3,}ing) (?:of|that|to|by)\b|(?:\p{Ll}+ )?(?:amount|span|period|length|distance|rate|measure|quantity|proportion|moment|level|degree|sum|speed) (?:of|in|at|that|which|by)\b)|(?=\p{Ll}))((?:[^,;:()]|,(?=\d))+)(?=,(?!\d)|[;:]|$)/gu)) {
    const comma = m.index ?? 0;
    const term = termBefore(text, comma, tagsAt, /^an? $/.test(m[1]) && DESCRIBING.test(text.slice(comma + 2)));
    if (!term) continue;
    // ("the epicentre: the spot on the surface …", "supported routes: services that …": after a colon,
    // only a describing phrase is a gloss; "animal attacks: a bull thrusts its horns upward" is a clause.)
    if (m[0][0] === ":" && !(m[1] ? DESCRIBING.test(text.slice(comma + 2)) : /^\p{Ll}{3,}s (?:that|which|who|where)\b/u.test(m[2]))) continue;
    // "factorization of prime ideals when lifted to an extension field, a basic problem of …": the
    // comma closes a reduced clause; the gloss is of the whole phrase, not of the term before it.
    const clause = text.slice(0, term.start).split(/[,;:]/).pop() ?? "";
    if (/\b(?:when|while|if|once|unless|until|whether|though|although) \p{Ll}+(?:ed|ing)\b/iu.test(clause)) continue;
    // "recording, on photographic film, the pattern in which the rays scatter": the comma closes a
    // phrase set off by commas, and what follows is the verb's object, no gloss of the phrase's noun.
    if (/,\s*$/.test(text.slice(0, term.start).replace(/\s*(?:on|in|at|by|with|from|onto|into|under|over|through|across)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu, ",")) && /,\s*(?:on|in|at|by|with|from|onto|into|under|over|through|across)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(text.slice(0, term.start))) continue;
    // "Seconds after Swigert flipped the switch, oxygen tank number 2 exploded": the comma closes an
    // opening clause, and what follows is the sentence's own subject and verb.
    if (!/[,;:]/.test(text.slice(0, term.start)) && /^(?:(?:seconds|minutes|hours|days|weeks|months|years|decades|shortly|soon|just|long|only|even|not long) )?(?:after|before|when|while|if|because|since|as|until|once|although|though|whenever)\b/iu.test(clause)) continue;
    // "Over a rainforest, transpiration supplies …": the comma closes the sentence's opening phrase,
    // and what follows is its subject and verb.
    if (/^\s*(?:over|in|on|at|across|under|near|inside|outside|beyond|along|during|for|from|after|before|by|with|without|throughout|within|among|around|above|below|behind|beside|between|beneath|through)\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?$/i.test(text.slice(0, term.start))) continue;
    // "a marine reptile with a small head, a very long neck and …": features listed after "with".
    // ("open an account with a broker, a firm licensed to buy and sell shares": a describing gloss is one.)
    if (/\bwith\s+(?:a|an)\s+$/i.test(text.slice(0, term.start)) && !DESCRIBING.test(text.slice(comma + 2))) continue;
    // "an alloy of lead, tin and antimony, a mixture that …": the gloss is of the whole list (the alloy).
    if (/,\s+[^,;:]{1,30}\s+(?:and|or)\s+$/.test(text.slice(0, term.start))) continue;
    // "One station only gives a distance, a circle on the map": a measure re-drawn as a picture of it, no definition.
    if (/^(?:distance|time|speed|height|depth|length|width|amount|number|rate|figure|reading|value|result|total|score)$/i.test(text.slice(term.start, term.end))) continue;
    // "a disc and crescent, symbols of the old gods": of both; "that record, a wiggling line …, is
    // called a seismogram": a thing the sentence before spoke of, re-described, no term.
    // ("Scientists call this transpiration, the loss of …": "this" the verb's object, the term after it.)
    if (/(?:\b(?:and|or|&)(?:\s+(?:a|an|the))?|(?<!\b(?:call|calls|called|is|was|are|were)\s)\b(?:that|this|these|those))\s+$/i.test(text.slice(0, term.start))) continue;
    const article = m[1].trim();
    let body = m[2];
    const defStart = comma + 2;
    // "nectar, a thin, sugary liquid that …": a comma between two adjectives after the article is
    // inside the gloss.
    const pair = article && /^\p{Ll}+$/u.test(body) && !tagsAt(defStart + m[1].length).has("Noun") ? text.slice(defStart + m[0].length - 2).match(/^, (\p{Ll}+ [^,;:()]+)(?=,(?!\d)|[;:]|$)/u) : null;
    if (pair) body = `${body}, ${pair[1]}`;
    const def = `${m[1]}${body}`.trim();
    const after = text.slice(defStart + def.length);
    // "timber, furs and wax": a list; "Baghdad, the capital": a place; a gloss never continues with "and"
    // — unless what follows is a clause of its own and the gloss a describing one ("a caldera, a huge
    // basin formed when the emptied magma chamber collapsed, and parts of it lay …").
    // (", and who had little reason …": a second relative clause of the gloss's own, which the option leaves out.)
    if ((/^,\s+(?:and|or)\b/.test(after) && !/^,\s+and\s+(?:who|which|whose)\b/.test(after) && !clauseFollows(text, defStart + def.length, def, tagsAt)) || /^\s*(?:and|or)\b/.test(after)) continue;
    // "recessions, periods of excessive inflation, reduced productivity, and lower growth": a list
    // that runs on past the phrase is no gloss of its first item.
    if (/^,\s+[^,;:.]{1,40},\s+(?:and|or)\s/.test(after)) continue;
    // "… soil built up over centuries from charcoal, broken pottery and household waste": the gloss
    // runs on into a list; cut at its first comma it would say less than the article.
    const listOn = after.match(/^,\s+((?:[\p{Ll}-]+\s+){1,3})(?:and|or)\s/u);
    // (A verb there, other than a participle read as an adjective — "broken pottery" — makes it a clause.)
    if (listOn && !wordsOf(listOn[1]).some((w) => tagsAt(defStart + def.length + after.indexOf(listOn[1]) + w.start).has("Verb") && !/(?:ed|en)$/.test(w.text))) continue;
    const defWords = wordsOf(def);
    const first = defWords[article ? 1 : 0];
    if (!first || !/^\p{Ll}/u.test(first.text)) continue;
    // "a single policy is a gamble, a portfolio of … policies is remarkably predictable": a verb of its
    // own (not inside its relative clause) makes the phrase a clause, no gloss.
    const ownRelative = defWords.findIndex((w) => /^(that|which|who|whom|whose|where|when|how|why|whether|once|if|because|while|after|before|until|as)$/.test(w.text));
    if (defWords.slice(0, ownRelative < 0 ? undefined : ownRelative).some((w) => OWN_VERB.test(w.text))) continue;
    // "the combustion chamber, a ring-shaped space where jet fuel, a refined form of kerosene, is
    // sprayed …": a relative clause cut at an aside's comma before its verb says nothing yet.
    if (relativeWithoutVerb(defWords, ownRelative, defStart, tagsAt)) continue;
    const clauseWords = wordsOf(clause);
    const clauseStart = term.start - clause.length;
    const verbBefore = clauseWords.some((w) => { const t = tagsAt(clauseStart + w.start); return t.has("Verb") && !t.has("Gerund") && !t.has("Participle"); });
    // "lent out 2,150 books, a figure that …", "set on fire, an attack blamed on …", "bring back a
    // mobile library van for the outlying villages, a service that …": after a clause's verb, a phrase
    // of this kind sums up the clause; it is no gloss of the noun that ends it.
    if (/^an?$/.test(article) && verbBefore && SUMS_UP.test(first.text)) continue;
    // "during a drought, a group of farmers …, about 35 kilometres east of Xi'an, were digging": with no
    // verb yet, a phrase followed by one is the sentence's subject, not a gloss of the noun before.
    const nextVerb = after.match(/^(?:,\s+[^,;:]{1,60},)?\s+(\p{L}+)/u);
    if (nextVerb && !/[;:]/.test(text.slice(0, term.start)) && !verbBefore) {
      const at = defStart + def.length + after.indexOf(nextVerb[1], nextVerb[0].length - nextVerb[1].length);
      const t = tagsAt(at);
      const earlier = wordsOf(text.slice(0, term.start)).some((w) => { const u = tagsAt(w.start); return u.has("Verb") && !u.has("Gerund") && !u.has("Participle") && !u.has("Infinitive"); });
      if (!earlier && t.has("Verb") && (t.has("PastTense") || t.has("PresentTense") || t.has("Auxiliary") || t.has("Copula")) && !t.has("Gerund")) continue;
    }
    // "… would cost the council around £600,000 a year in interest, money that would have to come out of
    // other services": money after an amount the clause names sums up the amount, no gloss of "interest".
    if (!article && /^(?:money|cash|funds|savings|income|revenue)$/i.test(first.text) && /[£$€]\s?\d|\d\s?(?:pounds|dollars|euros)\b/i.test(text.slice(Math.max(0, term.start - 60), term.start))) continue;
    if (!article) {
      // A bare gloss ("stone staircases or wells marked with levels") must read as one: a noun that a
      // participle, relative or "of" phrase describes, three words at least, and no verb of its own first.
      // "the devaluations, trade barriers and banking collapses of the 1930s": the end of a list.
      // ("people who lived elsewhere and came only to plant": an "and" inside the gloss's relative clause is its own.)
      const relativeAt = body.search(/\b(?:that|which|who|whose|where)\b/);
      if (defWords.length < 3 || /\sand\s/.test(relativeAt > 0 ? body.slice(0, relativeAt) : body)) continue;
      const firstTags = tagsAt(defStart + first.start);
      if (!firstTags.has("Noun") || firstTags.has("Verb") || firstTags.has("Pronoun")) continue;
      if (!defWords.slice(1, 6).some((w) => /ed$/.test(w.text) || /^(that|which|who|whose|of|in|with)$/.test(w.text))) continue;
      // "… came stockfish, cod dried …": and the gloss's verb-looking word must not start a clause.
      // "energy captured by chlorophyll is used to …": a verb of its own further on makes it a clause.
      // (Not one inside its own relative clause: "glass bulbs in which a filament released electrons that could be steered".)
      const relative = defWords.findIndex((w) => /^(that|which|who|whom|whose|where)$/.test(w.text));
      if (defWords.slice(0, relative < 0 ? undefined : relative).some((w) => /^(is|are|was|were|has|have|had|will|would|can|could)$/.test(w.text))) continue;
      // "something scientists proved in 1941": a summary of the clause before, not a gloss of its last noun.
      if (/^(?:something|anything|nothing|everything|one|much)$/i.test(first.text)) continue;
      // "oxygen tank number 2 exploded": a clause's subject and verb, ending the sentence.
      const lastOfBare = defWords[defWords.length - 1];
      const lastBareTags = tagsAt(defStart + lastOfBare.start);
      if (lastBareTags.has("PastTense") && after.trim() === "") continue;
    }
    // ("the change of liquid water into an invisible gas called water vapour": a name given inside a
    // process's gloss is the gloss's own.)
    const processGloss = /^the (?:change|loss|movement|conversion|transfer|release|spread|flow|breakdown) of /.test(def);
    if (NOT_A_DEFINITION.test(def) || OF_THE_CLAUSE.test(def) || (!processGloss && /\b(called|named|known as)\b/.test(def))) continue;
    // "large, rigid slabs": a comma between adjectives cut the phrase short.
    const lastWord = defWords[defWords.length - 1];
    const lastTags = tagsAt(defStart + lastWord.start);
    const nextWord = after.match(/^,\s+(\p{L}+)/u);
    if (lastTags.has("Adjective") && !lastTags.has("Noun") && nextWord && tagsAt(defStart + def.length + after.indexOf(nextWord[1])).has("Adjective")) continue;
    const definition = definitionOption(def);
    if (!definition) continue;
    // The phrase's own number: "a/an" singular, "the theory" singular, a bare gloss the term's.
    const headWord = defWords[article ? 1 : 0];
    // ("the towering storm clouds that can rise …": the head is the last word before the phrase's
    // relative clause or preposition, not the first after "the".)
    const headEnd = defWords.findIndex((w, k) => k > 1 && /^(that|which|who|whose|of|in|inside|within|with|from|for|on|at|by|to)$/.test(w.text));
    const theHead = article === "the" ? defWords[(headEnd > 1 ? headEnd : Math.min(defWords.length, 4)) - 1] : headWord;
    // ("storm clouds that …": a plural head the tagger read as a verb still ends in a plural -s.)
    const headTags = tagsAt(defStart + theHead.start);
    const pluralHead = headTags.has("Plural") || (theHead !== headWord && headTags.has("PresentTense") && /^\p{Ll}{3,}[^su]s$/u.test(theHead.text));
    const plural = /^(a|an)$/i.test(article) ? false : article === "the" ? pluralHead : termPlural(text, term.start, term.end, tagsAt) || defWords.slice(0, 2).some((w) => tagsAt(defStart + w.start).has("Plural"));
    const termText = text.slice(term.start, term.end);
    const display = `${term.article ? `${term.article} ` : ""}${term.start === 0 ? termText[0].toLowerCase() + termText.slice(1) : termText}`;
    out.push({ term: display, termStart: term.start, termEnd: term.end, defStart, defEnd: defStart + def.length, definition, plural, form: "gloss" });
  }
  return out;
}

/**
 * "Cost-push inflation happens when the costs of production rise" → the term "cost-push inflation",
 * defined as "inflation that happens when the costs of production rise": a kind of a general thing
 * named by what brings it about. The term is a general noun phrase of two or three words (a name
 * is not defined this way), the condition a clause up to the first comma.
 */
function whenDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  // "A heart attack happens when …": the article goes with the sentence, the term is what follows it.
  const lead = text.match(/^(?:A|An) (?=\p{Ll})/u)?.[0] ?? "";
  const m = text.slice(lead.length).match(/^(\p{L}[\p{L}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}) (happens|occurs|arises) when ([^;:()"“”]+)/u);
  if (!m) return undefined;
  const [, term, verb, whole] = m;
  const words = wordsOf(term);
  // One word is a term only as the name of a process ("Plucking happens when …").
  if (words.length === 1 && (lead || !/^\p{Lu}\p{Ll}{3,}ing$/u.test(term))) return undefined;
  if (NOT_A_TERM.test(words[0].text) || words.some((w) => properName(tagsAt(lead.length + w.start)) && w.start > 0)) return undefined;
  if (words.length > 1 && (!words.every((w) => isNounish(tagsAt(lead.length + w.start)) || /-/.test(w.text)) || !tagsAt(lead.length + words[words.length - 1].start).has("Noun"))) return undefined;
  // The condition up to its first comma, unless the comma joins a series of its verbs ("seeps into
  // cracks, refreezes and bonds the rock to the glacier"): cut there, the condition is half said.
  const comma = whole.indexOf(",");
  const series = comma > 0 && /^, \p{Ll}+(?:s|ed) [^,]*\band \p{Ll}+(?:s|ed)\b[^,]*$/u.test(whole.slice(comma));
  const clause = comma > 0 && !series ? whole.slice(0, comma) : whole;
  if (clause.split(/\s+/).length < 3 || POINTS_AWAY.test(clause)) return undefined;
  const head = words[words.length - 1].text;
  // ("A heart attack happens when …" → "an attack that happens when …": a counted head keeps an article,
  // for it is also another term's option.)
  const article = lead ? (/^[aeiou]/i.test(head) ? "an " : "a ") : "";
  const definition = words.length === 1 ? `what happens when ${clause.trim()}` : `${article}${head} that ${verb} when ${clause.trim()}`;
  // (A process's condition is never an option for another term, so only the question's length binds it.)
  if (definition.length > (words.length === 1 ? 108 : DEFINITION_MAX)) return undefined;
  const defStart = lead.length + term.length + verb.length + 2;
  const display = lead ? `${lead.toLowerCase()}${term}` : `${term[0].toLowerCase()}${term.slice(1)}`;
  return { term: display, termStart: lead.length, termEnd: lead.length + term.length, defStart, defEnd: defStart + 5 + clause.trimEnd().length, definition, plural: false, form: "when" };
}

/** After a gloss, ", and" and a clause: a verb of its own within four words, and a describing phrase (participle or relative) in the gloss. */
function clauseFollows(text: string, at: number, def: string, tagsAt: TagsAt): boolean {
  // (Or a process's gloss: "transpiration, the loss of water vapour from plants, and the amounts are …".)
  // ("pack ice, the shifting mass of floating sea ice that surrounds Antarctica, and for six weeks she
  // picked …": a gloss with a relative clause of its own describes too.)
  if (!DESCRIBING.test(def) && !/^the (?:change|loss|movement|conversion|transfer|release|spread|flow|breakdown) of /.test(def) && !/^(?:a|an|the) [^,]* (?:that|which|who|in which) /.test(def)) return false;
  return clauseAfterAnd(text, at, tagsAt);
}

/** ", and in 1209 excommunicated the king": after the comma, an "and" that opens a clause with a tensed verb of its own. */
function clauseAfterAnd(text: string, at: number, tagsAt: TagsAt): boolean {
  const rest = text.slice(at).match(/^,\s+and\s+/);
  if (!rest) return false;
  const from = at + rest[0].length;
  const words = wordsOf(text.slice(from)).slice(0, 9);
  if (words.length < 2 || /^(?:a|an)$/i.test(words[0].text)) return false;
  return words.slice(1).some((w) => {
    const t = tagsAt(from + w.start);
    return t.has("Verb") && (t.has("PastTense") || t.has("PresentTense")) && !t.has("Gerund") && !t.has("Participle") && !/\bto\s+$/.test(text.slice(0, from + w.start));
  });
}

/** "Erratics are boulders carried far from their source": a plural term and a bare plural that a participle or relative describes. */
function pluralCopulaDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  const m = text.match(/^(\p{L}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}) are (\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?) ((?:that|which|who|\p{Ll}{3,}ed) [^,;:()]+)/u);
  if (!m) return undefined;
  const [, term, head, rest] = m;
  const words = wordsOf(term);
  if (NOT_A_TERM.test(words[0].text) || words.some((w) => properName(tagsAt(w.start)) && w.start > 0)) return undefined;
  if (!words.every((w) => isNounish(tagsAt(w.start))) || !tagsAt(words[words.length - 1].start).has("Plural")) return undefined;
  const defStart = term.length + 5;
  const headWords = wordsOf(head);
  const headTags = tagsAt(defStart + headWords[headWords.length - 1].start);
  if (!headTags.has("Plural") || !headWords.every((w) => isNounish(tagsAt(defStart + w.start)))) return undefined;
  const def = `${head} ${rest}`.trim();
  if (def.split(" ").length < 4) return undefined;
  const definition = definitionOption(def, true);
  if (!definition) return undefined;
  return { term: `${term[0].toLowerCase()}${term.slice(1)}`, termStart: 0, termEnd: term.length, defStart, defEnd: defStart + def.length, definition, plural: true, form: "copula" };
}

/**
 * A definition in the clause after a semicolon: "…; this chain of … is called the cold chain", "A bull
 * market is …; a bear market is one in which prices are falling".
 */
function afterSemicolon(read: (text: string, tagsAt: TagsAt) => Definition | undefined, text: string, tagsAt: TagsAt): Definition | undefined {
  // ("Instruments help: an altimeter shows the height, and a variometer is an instrument that …": a
  // clause after a colon's ", and" too.)
  const semi = text.lastIndexOf("; ");
  const and = semi < 0 && text.includes(": ") ? text.lastIndexOf(", and ") : -1;
  if (semi < 0 && and < 0) return undefined;
  const at = semi >= 0 ? semi + 2 : and + 6;
  const part = text.slice(at);
  const d = read(part[0].toUpperCase() + part.slice(1), (o) => tagsAt(at + o));
  if (!d) return undefined;
  // (The capital was put there for the reader; the term keeps the article's lower case.)
  const term = d.termStart === 0 ? d.term[0].toLowerCase() + d.term.slice(1) : d.term;
  return { ...d, term, termStart: d.termStart + at, termEnd: d.termEnd + at, defStart: d.defStart + at, defEnd: d.defEnd + at };
}

/**
 * "X-ray crystallography, the technique to which she would devote her life, is a method of finding …":
 * the definition read with the aside between the term and its verb left out; its offsets are the
 * sentence's own.
 */
function asideCut(read: (text: string, tagsAt: TagsAt) => Definition | undefined, text: string, tagsAt: TagsAt): Definition | undefined {
  const m = text.match(/^(?:(?:A|An|The) )?[\p{L}][\p{L}-]*(?: [\p{Ll}][\p{Ll}-]*){0,3}(, (?:a|an|the|which|who) [^,;:()]{3,80},) (?:is|are) /u);
  if (!m) return undefined;
  const cut = text.indexOf(m[1]);
  const gone = m[1].length;
  const d = read(text.slice(0, cut) + text.slice(cut + gone), (o) => tagsAt(o < cut ? o : o + gone));
  return d && { ...d, defStart: d.defStart + gone, defEnd: d.defEnd + gone };
}

/**
 * "… through dividends, which are payments a company makes to its shareholders out of its profits" →
 * dividends: "payments a company makes …". A general term (lower case) and a "which is/are" whose
 * phrase is a noun with what describes it: an article and a noun, or a bare plural for a plural term.
 */
function whichIsDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  // ("density, which is how much mass is packed into a given volume", "cadence, which is the rate at
  // which a rider turns the pedals": a measure the term names.)
  const m = text.match(/, which (is|are) ((?:a|an) [^,;:()]+|\p{Ll}{3,}s [^,;:()]+|how (?:much|many|far|fast|often|quickly) [^,;:()]+|the (?:\p{Ll}+ )?(?:rate|amount|speed|number|measure|distance|proportion) (?:at which|of|by which) [^,;:()]+)(?=,|;|:|$)/u);
  if (!m || m.index === undefined) return undefined;
  const [, verb, def] = m;
  // ("describe this with the word density, which is how much mass …": the word named is the term.)
  const word = text.slice(0, m.index).match(/\bthe (?:word|term) (\p{Ll}[\p{Ll}-]+)$/u);
  const term = word ? { start: m.index - word[1].length, end: m.index, article: "" } : termBefore(text, m.index, tagsAt);
  if (!term || (verb === "are") !== termPlural(text, term.start, term.end, tagsAt)) return undefined;
  const measure = /^(?:how|the) /.test(def);
  const defStart = m.index + m[0].length - def.length;
  const words = wordsOf(def);
  const head = words[/^(?:a|an)$/.test(words[0].text) ? 1 : 0];
  const headTags = head ? tagsAt(defStart + head.start) : new Set<string>();
  if (!measure && (!head || !headTags.has("Noun") || headTags.has("Verb") || (verb === "are" && !/^(?:a|an)$/.test(words[0].text) && !headTags.has("Plural")))) return undefined;
  if (words.length < 4 || NOT_A_DEFINITION.test(def) || JUDGED.test(def) || OF_THE_CLAUSE.test(def)) return undefined;
  const definition = definitionOption(def, verb === "are");
  if (!definition) return undefined;
  const termText = text.slice(term.start, term.end);
  return { term: `${term.article ? `${term.article} ` : ""}${termText}`, termStart: term.start, termEnd: term.end, defStart, defEnd: defStart + def.length, definition, plural: verb === "are", form: "gloss" };
}

/**
 * "This method is called trilateration: finding a position from its distances to several points …" →
 * trilateration: "finding a position …"; "… on coffin ships, the name given to overcrowded, poorly
 * supplied vessels on which …" → coffin ships. The name is a lower-case term; what it names is the
 * phrase after the colon or after "the name given to".
 */
function namedDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  const colon = text.match(/\b(?:is|are|was|were) (?:called|known as) ((?:the |an? )?)([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}][\p{Ll}-]*){0,2}): (\p{Ll}[^;:()]+)$/u);
  const given = colon ? null : text.match(/, the (?:name|term) (?:given to|for) ((?:[^;:(),]|, (?=\p{Ll}+ \p{Ll}+ \p{Ll}+))+)/u);
  const m = colon ?? given;
  if (!m || m.index === undefined) return undefined;
  const named = given ? termBefore(text, m.index, tagsAt) : undefined;
  if (given && !named) return undefined;
  const whole = m[0];
  const article = colon ? m[1] : named!.article ? `${named!.article} ` : "";
  const term = colon ? m[2] : text.slice(named!.start, named!.end);
  const def = colon ? m[3] : m[1];
  const termStart = colon ? m.index + whole.indexOf(`${article}${term}`) + article.length : named!.start;
  const termWords = wordsOf(term);
  if (NOT_A_TERM.test(termWords[0].text) || !termWords.every((w) => isNounish(tagsAt(termStart + w.start)))) return undefined;
  // (What it names is a thing or an act: "finding a position …", "overcrowded … vessels", "a rule that …".)
  const first = wordsOf(def)[0];
  const firstTags = tagsAt(m.index + whole.length - def.length + first.start);
  if (!(firstTags.has("Gerund") || firstTags.has("Noun") || firstTags.has("Adjective") || /^(?:a|an|the)$/.test(first.text) || /^\p{Ll}{3,}ed$/u.test(first.text))) return undefined;
  const definition = definitionOption(def, /s$/.test(term));
  if (!definition) return undefined;
  const defStart = m.index + whole.length - def.length;
  return { term: `${article}${term}`, termStart, termEnd: termStart + term.length, defStart, defEnd: defStart + def.length, definition, plural: /[^s]s$/.test(term), form: "gloss" };
}

/** Every definition a sentence states, in sentence order. */
/**
 * A glossary's line: "Mobilisation: calling up reservists and moving troops into position, ready for
 * war", "Ultimatum: a final list of demands, backed by a threat, that must be met by a deadline". The
 * head word (one to three words) is the term; what the colon opens, to its first aside, the meaning.
 */
/** A phrase's words before its first subordinate or relative word ("… by warships so that no goods can pass"). */
function mainClauseWords(phrase: string): Word[] {
  const words = wordsOf(phrase);
  const cut = words.findIndex((w) => /^(?:that|which|who|whom|whose|so|when|where|while|because|until|if|as|before|after|once|unless)$/i.test(w.text));
  return cut < 0 ? words : words.slice(0, cut);
}

const GLOSSARY_LABEL = /^(?:note|notes|warning|source|sources|update|tip|tips|example|answer|question|summary|location|date|time|price|cost|verdict|score|pros|cons|rating|ingredients|method|step|result|results|aim|aims|task|hint|key|caption|credit|correction|disclaimer|editor|photo|image|figure|table|battery|screen|weight|size|storage|display)$/i;

function glossaryDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  const m = text.match(/^(\p{Lu}[\p{Ll}-]+(?: [\p{Ll}-]+){0,2}): ((?:a|an|the) \p{Ll}|\p{Ll}+ing\b|\p{Lu}\p{Ll}+[’']s \p{Ll})/u);
  if (!m) return undefined;
  const head = m[1];
  const defStart = head.length + 2;
  let def = text.slice(defStart);
  // The meaning with its aside left out, else up to the aside ("…, ready for war").
  const definition = definitionOption(def) ?? definitionOption((def = def.split(/,\s/)[0]));
  // ("Note: a version …", "Verdict: a solid reader …": a label, no term; tags say nothing of a line's first word.)
  if (!definition || GLOSSARY_LABEL.test(head) || tagsAt(0).has("Person") || new RegExp(`\\b${escapeRegExp(head)}\\b`, "i").test(definition)) return undefined;
  // ("Scientists come too: a telescope has been lowered …": a clause before the colon, and one after it, is no entry.)
  if (wordsOf(head).slice(1).some((w) => tagsAt(w.start).has("Verb") || tagsAt(w.start).has("Adverb")) || mainClauseWords(definition).some((w) => OWN_VERB.test(w.text))) return undefined;
  const word = head.toLowerCase();
  // The article the meaning gives it: "a final list …" → "an ultimatum"; "Germany's promise …" → "the blank cheque".
  const article = /^(?:a|an) /.test(definition) ? (/^[aeiou]/.test(word) ? "an " : "a ") : /^the |^\p{Lu}/u.test(definition) ? "the " : "";
  return { term: `${article}${word}`, termStart: 0, termEnd: head.length, defStart, defEnd: defStart + def.length, definition, plural: false, form: "gloss" };
}

export function definitionsIn(text: string, tagsAt: TagsAt): Definition[] {
  const sentence = text.replace(/\s*[.!?]?\s*$/, "");
  const glossary = glossaryDefinition(sentence, tagsAt);
  if (glossary) return [glossary];
  const out = [copulaDefinition(sentence, tagsAt) ?? asideCut(copulaDefinition, sentence, tagsAt), pluralCopulaDefinition(sentence, tagsAt), calledDefinition(sentence, tagsAt), afterSemicolon(calledDefinition, sentence, tagsAt), afterSemicolon(copulaDefinition, sentence, tagsAt), whichIsDefinition(sentence, tagsAt), namedDefinition(sentence, tagsAt), whenDefinition(sentence, tagsAt), notButDefinition(sentence, tagsAt), ...glossDefinitions(sentence, tagsAt), meansDefinition(sentence), meansDoingDefinition(sentence, tagsAt)].filter((d): d is Definition => !!d);
  return out.filter((d) => !listedKinds(text, d)).sort((a, b) => a.termStart - b.termStart);
}

/**
 * "Lloyd's of London is not an insurance company but a marketplace, in which …" → "What is Lloyd's of
 * London, if not an insurance company?" — "a marketplace". The subject opens the sentence (a name or
 * "the" and lower-case words); what it is runs to a comma or the end. A short answer is typed, a long
 * one needs options like any definition.
 */
function notButDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  const m = text.match(/^((?:The )?\p{Lu}?[\p{L}’'-]+(?: (?:of|de|the|[\p{L}’'-]+)){0,4}) (is|was|are|were) not (?:simply |just |merely |only |really )?((?:a|an|the) [\p{L} -]{2,40}?) but ((?:a|an|the) [^,;:()]+?)(?=,|;|:| that\b| which\b|$)/u);
  if (!m) return undefined;
  const [, subject, verb, not, def] = m;
  if (NOT_A_TERM.test(subject.replace(/^The /, "").split(" ")[0]) || POINTS_AWAY.test(def) || def.length > DEFINITION_MAX || def.split(" ").length < 2) return undefined;
  // ("The Silk Road was not a single road": a name keeps its "The"; a common noun is asked as it stands.)
  const defStart = m[0].length - def.length;
  const lead = subject.startsWith("The ") ? 4 : 0;
  const name = subject.slice(lead);
  const term = `${lead ? "the " : ""}${tagsAt(lead).has("ProperNoun") || /\p{Lu}/u.test(name.slice(1)) ? name : name[0].toLowerCase() + name.slice(1)}`;
  return { term, termStart: lead, termEnd: subject.length, defStart, defEnd: defStart + def.length, definition: def, plural: /^(?:are|were)$/.test(verb), form: "copula", not: { what: not, verb } };
}

/** "carried a sheep, a duck and a rooster": more things of a list, no gloss of the first. */
function listedKinds(text: string, d: Definition): boolean {
  return d.form === "gloss" && /^(?:a|an) [\p{Ll}-]+,\s*$/u.test(text.slice(Math.max(0, d.termStart - 3), d.defStart).replace(/^.*?\b(?=an? )/u, "")) &&
    /^(?:a|an) [\p{Ll}-]+(?: [\p{Ll}-]+)?,? (?:and|or) (?:a|an) [\p{Ll}-]+$/u.test(d.definition);
}

/**
 * "Photosynthesis is an endothermic reaction, which means a reaction that takes in energy from its
 * surroundings rather than giving energy out" → an endothermic reaction: "a reaction that takes in
 * energy from its surroundings". The term is named with its article; the meaning runs to a comma, the
 * sentence's end or a "rather than" that contrasts it.
 */
function meansDefinition(text: string): Definition | undefined {
  const m = text.match(/\b(an?|the) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+), (?:which means|meaning) ((?:a|an) [^,;:()]+?)(?=,|[;:]| rather than\b|$)/u);
  if (!m || m.index === undefined) return undefined;
  const [, article, term, def] = m;
  const termStart = m.index + article.length + 1;
  const defStart = text.indexOf(def, termStart + term.length);
  const definition = definitionOption(def);
  if (!definition || NOT_A_TERM.test(term.split(" ")[0]) || !/\b(?:that|which|who|of|in|with|used|made)\b/.test(def)) return undefined;
  return { term: `${article.toLowerCase()} ${term}`, termStart, termEnd: termStart + term.length, defStart, defEnd: defStart + def.length, definition, plural: false, form: "gloss" };
}

/**
 * "Autolyse simply means resting flour and water together before the starter and salt go in" →
 * autolyse: "resting flour and water together …". A term of one to three words opens the sentence
 * (a noun, no pronoun or "the"); what it means is an "-ing" phrase of three words or more, to a comma
 * or the end ("means that …", a clause, is no such phrase).
 */
function meansDoingDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  const m = text.match(/^(\p{Lu}[\p{Ll}-]+(?: (?!\p{Ll}+ly\b|just\b)[\p{Ll}-]+){0,2}) (?:simply |just |basically )?means (\p{Ll}{2,}ing [^,;:()]+?)(?=,|;|:|$)/u);
  if (!m) return undefined;
  const [whole, term, def] = m;
  const words = wordsOf(term);
  // (The word before "means" is its subject, whatever the tagger says of a rare word: "Autolyse".)
  const closed = (t: ReadonlySet<string>) => t.has("Pronoun") || t.has("Determiner") || t.has("Preposition") || t.has("Conjunction") || t.has("Adverb") || t.has("Value") || t.has("Date");
  // ("Staying home means missing …": a doing is no term.)
  if (NOT_A_TERM.test(words[0].text) || /ing$/.test(words[0].text) || words.some((w) => closed(tagsAt(w.start))) || !words.slice(1).every((w) => isNounish(tagsAt(w.start)))) return undefined;
  const defStart = whole.length - def.length;
  if (/^(?:nothing|everything|something|anything|thing|bring|king|ring|sing|spring|string|wing|morning|evening|ceiling|building|during)$/.test(def.split(" ")[0]) || def.split(" ").length < 3 || def.length > DEFINITION_MAX || /\b(?:it|this|that|these|those|they|them)\b/i.test(def)) return undefined;
  const name = tagsAt(0).has("ProperNoun") && /\p{Lu}/u.test(term.slice(1)) ? term : term[0].toLowerCase() + term.slice(1);
  return { term: name, termStart: 0, termEnd: term.length, defStart, defEnd: defStart + def.length, definition: def, plural: false, form: "gloss", termOnly: true };
}

/**
 * "The difference in height between high water and low water is called the tidal range" → the tidal
 * range: "the difference in height between high water and low water". ("This regular rise and fall of
 * the sea surface is called the tide": a "this" with two describing words of its own names a thing
 * that stands alone.) A term of one to three lower-case words; what the sentence goes on to say after
 * a comma is not part of it.
 */
function calledDefinition(text: string, tagsAt: TagsAt): Definition | undefined {
  // ("The small, regular payment is called a premium": a comma between two adjectives stays.)
  const m = text.match(/^(?:The|This|A|An) ((?:[\p{Ll}-]+,? ){1,10}[\p{Ll}-]+) (is|are) (?:also |usually |commonly |simply )?(?:called|known as) (?:(the|a|an) )?([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}][\p{Ll}-]*){0,2})(?=$|,|;)/u);
  if (!m) return undefined;
  const [whole, np, verb, article, term] = m;
  const npStart = whole.indexOf(np);
  const npWords = wordsOf(np);
  // Three words that describe it: not a bare "The process" that leans on the sentence before, nor
  // "the outer shell", which says little without it.
  if (npWords.filter((w) => !/^(of|in|on|at|and|or|the|a|an|between|to|from|with)$/.test(w.text)).length < 3) return undefined;
  if (!tagsAt(npStart + npWords[0].start).has("Noun") && !tagsAt(npStart + npWords[0].start).has("Adjective")) return undefined;
  const termStart = whole.length - term.length;
  const termWords = wordsOf(term);
  if (!termWords.every((w) => isNounish(tagsAt(termStart + w.start)))) return undefined;
  const definition = definitionOption(`the ${np}`);
  if (!definition) return undefined;
  return { term: article ? `${article} ${term}` : term, termStart, termEnd: termStart + term.length, defStart: npStart, defEnd: npStart + np.length, definition, plural: verb === "are", form: "copula" };
}

/** The defined term asked for: "What is the price of one currency in terms of another called?". */
/** A definition that is a doing ("finding a position from …", "resting flour and water …"). */
const DOING = /^\p{Ll}{2,}ing (?!(?:of|that|which|who|in|on|at|with|for|from|by|to)\b)/u;

export function termQuestion(d: Definition): string | undefined {
  // ("What is the marketplace called?" names nothing: what a thing is not and is, is asked of the thing.)
  if (d.not) return undefined;
  // "What kind of inflation happens when the costs of production rise?"
  if (d.form === "when") {
    // "Plucking happens when …" (a process, one word) → "What happens when …?"
    const prompt = d.definition.startsWith("what happens when ") ? `What happens when ${d.definition.slice(18)}?` : `What kind of ${d.definition.replace(/^an? /, "").replace(/ that /, " ")}?`;
    return prompt.length <= 120 ? prompt : undefined;
  }
  const def = d.definition.replace(/^(a|an)\s/i, "the ");
  // A short gloss ("a uranium ore") fits many things: only a describing phrase singles one out.
  if (d.definition.split(" ").length < 4 && !/\b(of|that|which|who|in|with|for)\b/.test(d.definition)) return undefined;
  // ("What is the change of liquid water into an invisible gas called water vapour called?": a name
  // inside the gloss makes the question trip over its own "called"; "What is evaporation?" asks it.)
  if (/\bcalled\b/.test(def)) return undefined;
  // ("a form of penicillin" is one of several: "What is the form of penicillin called?" has no one answer.)
  if (/^(?:a|an) (?:form|kind|type|variety|sort|version|strain|member|example|part) of \S+$/i.test(d.definition)) return undefined;
  // ("how much mass is packed into a given volume" is no noun phrase: "What is how much … called?" does not parse.)
  // ("resting flour and water together …" is a doing: "What is resting … called?" reads as a garden path.)
  const prompt = /^how /.test(def) ? `Which word describes ${def}?` : DOING.test(def) ? `What is the name for ${def}?` : `What ${d.plural ? "are" : "is"} ${def} called?`;
  return prompt.length <= 120 ? prompt : undefined;
}

/** The definition asked for: "What is an exchange rate?". */
export function definitionQuestion(d: Definition): string {
  if (d.not) return `What ${d.not.verb} ${d.term}, if not ${d.not.what}?`;
  return `What ${d.plural && !singularTerm(d.term) ? "are" : "is"} ${d.term}?`;
}

/**
 * "the autonomous period, the first 30 seconds in which …": the gloss is plural, the term is not —
 * "What is the autonomous period?". A term with "a"/"an", or "the" and a head with no plural -s.
 */
function singularTerm(term: string): boolean {
  if (/^(?:a|an) /i.test(term)) return true;
  return /^the /i.test(term) && !/(?:[^su]s|ies|men|people|children)$/.test(term);
}

/**
 * Three other definitions as distractors: of other terms, never one naming the asked term, nearest
 * in length first. Fewer than three → none (the caller drops the item).
 */
export function definitionDistractors(asked: Definition, others: Definition[], foreign: Definition[] = [], described: Definition[] = [], kin: string[] = []): string[] {
  const bare = (s: string) => s.replace(/^(the|a|an)\s+/i, "").toLowerCase();
  const term = bare(asked.term);
  const seen = new Set([asked.definition.toLowerCase()]);
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);
  const termWords = [...words(term)];
  const fits = (p: Definition) =>
    // (A process's "what happens when …" is no description of a thing.)
    !p.definition.startsWith("what happens when ") &&
    // ("What is the goal circle?" beside "a success rate of 86 per cent": a figure is no thing's definition
    // unless the answer holds a number too; a year is only a date.)
    (/\d/.test(asked.definition) || !/\d/.test(p.definition.replace(/\b(?:1[0-9]|20)\d\d\b/g, ""))) &&
    // ("What is the envelope? — the giant fabric bag …" beside "how much mass is packed into …": a
    // measure's "how" clause is an option only for another measure.)
    /^how /.test(p.definition) === /^how /.test(asked.definition) &&
    // "What is a transistor?" with one plural option gives the answer away by grammar.
    p.plural === asked.plural && bare(p.term) !== term && !termWords.every((w) => words(p.definition).has(w)) &&
    p.definition.length * 3.5 >= asked.definition.length && p.definition.length <= asked.definition.length * 3.5 && sameKind(p);
  // ("What is X-ray crystallography? — a method of …" beside a hormone, a disease and a peace movement:
  // options of another kind of thing than the answer's are ruled out at sight.)
  const kind = kindOfDefinition(asked.definition);
  const sameKind = (p: Definition) => {
    const other = kind && kindOfDefinition(p.definition);
    return !other || other === kind;
  };
  const byLength = (a: Definition, b: Definition) => Math.abs(a.definition.length - asked.definition.length) - Math.abs(b.definition.length - asked.definition.length) || (a.definition < b.definition ? -1 : 1);
  const picked: string[] = [];
  // Two options where one's words hold all the other's ("a general rise in prices" beside "a general
  // rise in the prices of goods …") say one thing twice, and a learner rules both out.
  const echoes = (a: string, b: string) => {
    const wa = words(a);
    const wb = words(b);
    return [...wa].every((w) => wb.has(w) || wb.has(`${w}s`) || wb.has(w.replace(/s$/, ""))) || [...wb].every((w) => wa.has(w) || wa.has(`${w}s`) || wa.has(w.replace(/s$/, "")));
  };
  const take = (list: Definition[], upTo = 3) => {
    for (const p of list) {
      const k = p.definition.toLowerCase();
      if (seen.has(k) || picked.length >= upTo || [asked.definition, ...picked].some((o) => o !== asked.definition && echoes(o, p.definition))) continue;
      seen.add(k);
      picked.push(p.definition);
    }
  };
  // "What are dividends?": the article's other definitions are singular ("a unit of ownership in a
  // company"); made plural where no verb has to agree, they are options again.
  const pluralised = (list: Definition[]) => (asked.plural ? list.flatMap((p) => {
    const definition = p.plural ? undefined : pluralOption(p.definition);
    return definition ? [p, { ...p, definition, plural: true }] : [p];
  }) : list);
  others = pluralised(others);
  described = pluralised(described);
  take(others.filter(fits).sort(byLength));
  // Then what the article says its named things are, unless one shares the answer's head noun ("a
  // substance that …" beside "a substance that …" may be true of both).
  const head = (d: string) => d.replace(/^(?:a|an|the)\s+/i, "").split(/\s+(?:that|which|of|in|with|for|on|from|by|to|used|made|designed)\b/)[0].split(" ").pop()?.toLowerCase();
  if (picked.length < 3) take(described.filter((p) => fits(p) && head(p.definition) !== head(asked.definition)).sort(byLength).slice(0, 3 - picked.length));
  // Fewer than three other definitions: the answer with one word turned round ("a general fall in
  // prices" for inflation), at most two, so one option is always another term's definition.
  const contrasts = contrastsOf(asked.definition, 2).map((definition) => ({ ...asked, definition }));
  // What a dictionary says things of the same kind are ("What is stockfish?": other cured fish),
  // leaving room for one contrast where there is one. Glosses are singular: not for "What are …?".
  // Two glosses that differ by a word or two ("the amount of money paid out per unit time", "amount
  // of money received per unit time") are twins: a test-wise learner guesses the answer is neither.
  const twins = (a: string, b: string) => {
    const wa = words(a);
    const wb = words(b);
    const shared = [...wa].filter((w) => wb.has(w)).length;
    return shared / (wa.size + wb.size - shared) >= 0.6;
  };
  const kinDefinitions = (asked.plural ? [] : kin.map((definition) => ({ ...asked, term: "", definition })).filter((p) => fits(p) && p.definition.length <= DEFINITION_MAX).sort(byLength))
    .filter((p, i, all) => !all.slice(0, i).some((q) => twins(q.definition, p.definition)));
  take(kinDefinitions, contrasts.length ? 2 : 3);
  if (picked.length >= 1) take(contrasts.slice(0, 3 - picked.length));
  // Still short: one definition from another stored article, on the same topic (foreign is
  // ordered by the caller, nearest topic first), then the contrasts if none were taken yet.
  // (Of the answer's own kind where that is known: "the price of one currency …" beside "an instrument in which …" is off-topic at sight.)
  if (picked.length < 3) take(foreign.filter((p) => fits(p) && (!kind || kindOfDefinition(p.definition) === kind)).slice(0, 1));
  if (picked.length < 3) take(kinDefinitions);
  if (picked.length < 3) take(contrasts.slice(0, 3 - picked.length));
  return picked.length === 3 ? picked : [];
}

/**
 * "a unit of ownership in a company" → "units of ownership in a company": a singular option made
 * plural for "What are dividends?", where a learner rules out every "a …" by grammar alone. Only where
 * no verb has to agree with the head (no "that/which/who" of its own: "a firm that buys" stays) and no
 * "it/its" points back at it; a clause with a subject of its own ("a market in which prices are
 * falling") keeps its verbs. ("a single number …": a "single" has no plural.)
 */
export function pluralOption(definition: string): string | undefined {
  const m = definition.match(/^(?:a|an) (.+)$/);
  if (!m) return undefined;
  const words = m[1].split(" ");
  const end = words.findIndex((w, k) => k > 0 && (/^(?:that|which|who|whose|where|when|of|in|with|for|on|from|by|to|at|through|between|into|halfway|against|along|across|around|under|near|beside|inside|outside|also|often|usually|commonly|once|still|now|already|made|used|built|grown|found|held|known|designed|woven|sewn|worn|drawn|written|given|taken|kept|laid|dug|run|sold)$/.test(w) || /^\p{Ll}{3,}ed$/u.test(w)));
  const at = end < 0 ? words.length - 1 : end - 1;
  const head = words[at];
  const mods = words.slice(0, at);
  const tail = words.slice(at + 1).join(" ");
  const irregular = ({ man: "men", woman: "women", person: "people", child: "children", foot: "feet", tooth: "teeth", mouse: "mice" } as Record<string, string>)[head];
  // ("a common bacterium": a Latin head's plural is no "-s"; nor is a "-fe", an "-o" or a "-ch" one sure.)
  if (!/^\p{Ll}{3,}$/u.test(head) || (!irregular && /(?:s|x|z|ch|sh|o|f|fe|ing|ful|um|enon|erion)$/.test(head))) return undefined;
  // ("a stone staircase or well": a head of two nouns would be made plural only in its last.)
  if (mods.some((w) => /^(?:single|one|sole|lone|whole|only|other|another|each|every|or)$/.test(w) || w.includes(","))) return undefined;
  const own = tail.split(/\b(?:in|on|at|by|from|through|under|with|during|into) which\b|\bwhere\b/)[0];
  if (/\b(?:that|which|who|whom|it|its|itself|is|was|has|does)\b/.test(own)) return undefined;
  const plural = irregular ?? (/[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`);
  return [...mods, plural, ...(tail ? [tail] : [])].join(" ");
}

/** Coarse kinds of thing a definition's head noun names, for telling off-kind options apart. */
const DEFINITION_KINDS: [string, RegExp][] = [
  ["process", /^(?:process|change|reaction|conversion|breakdown|transfer|release|loss|spread|flow|splitting|fusion|growth|movement of|way in which)$/],
  ["method", /^(?:method|technique|procedure|test|way|approach|practice|system)$/],
  ["device", /^(?:instrument|device|machine|tool|engine|pump|apparatus|pipe|tube|valve|container|vessel|gauge|meter|sensor|motor|generator|turbine|coil|circuit|switch)$/],
  ["substance", /^(?:material|substance|liquid|gas|chemical|compound|mixture|element|metal|fuel|protein|hormone|enzyme|molecule|acid|salt|mineral|ore|rock|fluid|solid|powder|fibre|fiber|fabric|cloth|textile|wood|timber|glass|plastic|rubber|leather|steel|iron|alloy)$/],
  ["illness", /^(?:disease|illness|condition|infection|disorder|syndrome)$/],
  ["group", /^(?:group|organisation|organization|body|committee|association|society|movement|party|union|league|council)$/],
  ["document", /^(?:document|paper|book|report|record|list|letter|pamphlet|handbook|treaty|agreement|law|act|bill)$/],
  ["measure", /^(?:amount|rate|number|measure|speed|distance|proportion|quantity|level|degree|sum|share|ratio|length)$/],
  // ("What is pack ice? — the shifting mass of floating sea ice …" beside a barquentine and a steam tug.)
  ["craft", /^(?:ship|boat|barquentine|schooner|steamer|tug|liner|yacht|canoe|submarine|ferry|frigate|warship|galleon|cog|aircraft|airliner|plane|glider|airship|spacecraft|probe|rocket)$/],
  ["expanse", /^(?:mass|sheet|expanse|stretch|band|strip|field|layer)$/],
  ["person", /^(?:person|someone|man|woman|scientist|worker|official|member|leader|student|pupil|teacher|doctor|engineer|physicist|chemist|writer|explorer|inventor)$/],
];
function kindOfDefinition(definition: string): string | undefined {
  const d = definition.toLowerCase();
  if (/^how (?:much|many|far|fast|often|quickly)\b/.test(d)) return "measure";
  if (/^what happens when\b/.test(d)) return "process";
  // (The head is the last word before what describes it: a relative, a preposition, a participle or an adverb.)
  const words = d.replace(/^(?:a|an|the|one)\s+/, "").split(/\s+/);
  const end = words.findIndex((w, k) => k > 0 && (/^(?:that|which|who|whose|where|of|in|with|for|on|from|by|to|at|through|between|into|also|already|just|then|first|mostly|mainly|largely|widely|always|never|sometimes|even|only|often|usually|commonly|once|still|now|made|used|built|grown|found|held|known|designed|woven|sewn|worn|drawn|written|given|taken|spun|dug|laid|kept|sold|run)$/.test(w) || /^\p{Ll}{3,}ed$/u.test(w)));
  const head = (end > 0 ? words[end - 1] : words[words.length - 1]).replace(/[^\p{L}-]/gu, "");
  if (/^\p{L}{3,}ing$/u.test(head) && !/^(?:building|clothing|ceiling|string|thing|king|wing|ring|spring|ending|painting|drawing|meeting|setting|opening|saving|earnings|feeling|morning|evening|being)$/.test(head)) return "process";
  return DEFINITION_KINDS.find(([, re]) => re.test(head))?.[0];
}

/**
 * "The typical Hanseatic ship was the cog" / "The main tool against inflation is the interest rate
 * set by …": a described thing named by a short term after "is/was" → "What was the typical
 * Hanseatic ship?" (answer "cog"). The description needs two describing words; the name at most three.
 */
export function identityQuestion(text: string, tagsAt: TagsAt): { prompt: string; start: number; end: number; name?: boolean } | undefined {
  return identityOf(text, tagsAt) ?? namedIdentity(text, tagsAt);
}

/**
 * "The hardest excavation was the Culebra Cut", "The capital of Egypt is Cairo": a described
 * thing named by a proper name that ends the clause (or comes before its gloss: "the Culebra Cut,
 * a channel …") → "What was the hardest excavation?"
 * ("Who …?" for a person). The description needs two describing words; the name one to four.
 */
function namedIdentity(text: string, tagsAt: TagsAt): { prompt: string; start: number; end: number; name: true } | undefined {
  const m = text.match(/^(The (?:[\p{L}][\p{L}-]* ){0,4}?[\p{Ll}][\p{L}-]*(?: (?:of|in|for|on) (?:the )?(?:[\p{L}][\p{L}-]* ){0,2}[\p{L}][\p{L}-]*)?) (is|was) (the )?(\p{Lu}[\p{L}-]*(?: (?:of |de |the )?\p{Lu}[\p{L}-]*){0,3})(?:[.!]?$|, (?:a|an|the) )/u);
  if (!m) return undefined;
  const [, subject, verb, the, name] = m;
  const describing = subject.split(/\s+/).filter((w) => !/^(the|of|in|for|on)$/i.test(w));
  if (describing.length < 2 || POINTS_AWAY.test(subject) || /\b(it|its)\b/i.test(subject)) return undefined;
  const subjWords = wordsOf(subject);
  const head = subjWords.findIndex((w) => /^(of|in|for|on)$/.test(w.text));
  const core = subjWords.slice(1, head < 0 ? undefined : head);
  if (!core.length || !core.every((w) => isNounish(tagsAt(w.start)) && /^\p{Ll}/u.test(w.text))) return undefined;
  // "The main reason was Denmark": a reason, a cause or a result is no thing a name names.
  if (/^(reason|cause|result|effect|answer|problem|question|idea|aim|goal|plan)$/i.test(core[core.length - 1].text)) return undefined;
  const start = subject.length + verb.length + 2 + (the ? the.length : 0);
  const end = start + name.length;
  const nameWords = wordsOf(name).map((w) => ({ ...w, start: w.start + start })).filter((w) => /^\p{Lu}/u.test(w.text));
  if (!nameWords.every((w) => tagsAt(w.start).has("Noun") && !tagsAt(w.start).has("Pronoun"))) return undefined;
  const person = nameWords.some((w) => tagsAt(w.start).has("Person"));
  const prompt = `${person ? "Who" : "What"} ${verb} ${subject[0].toLowerCase()}${subject.slice(1)}?`;
  return prompt.length <= 120 ? { prompt, start, end, name: true } : undefined;
}

function identityOf(text: string, tagsAt: TagsAt): { prompt: string; start: number; end: number } | undefined {
  const m = text.match(/^(The (?:[\p{L}][\p{L}-]* ){1,5}?[\p{Ll}][\p{L}-]*(?: (?:of|in|against|for|on) (?:the )?(?:[\p{L}][\p{L}-]* ){0,2}[\p{L}][\p{L}-]*)?) (is|are|was|were) (the )?([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}][\p{Ll}-]*){0,2}?)(?=$|[.,;:]| (?:\p{Ll}+ed|set|made|built|used|known|called|which|that|who|in|of|from|with|by)\b)/u);
  if (!m) return undefined;
  const [, subject, verb, the, name] = m;
  const describing = subject.split(/\s+/).filter((w) => !/^(the|of|in|against|for|on)$/i.test(w));
  if (describing.length < 2 || POINTS_AWAY.test(subject) || /\b(it|its)\b/i.test(subject)) return undefined;
  // The subject must be a noun phrase: its words before a preposition nouns or adjectives, none a verb.
  const subjWords = wordsOf(subject);
  const head = subjWords.findIndex((w) => /^(of|in|against|for|on)$/.test(w.text));
  const core = subjWords.slice(1, head < 0 ? undefined : head);
  if (!core.length || !core.every((w) => isNounish(tagsAt(w.start)))) return undefined;
  const start = subject.length + verb.length + 2 + (the ? the.length : 0);
  const end = start + name.length;
  const nameWords = wordsOf(name).map((w) => ({ ...w, start: w.start + start }));
  if (!nameWords.every((w) => isNounish(tagsAt(w.start))) || !tagsAt(nameWords[nameWords.length - 1].start).has("Noun")) return undefined;
  // ("The Chuquicamata mine is run by Codelco": a participle with its agent is a passive, not a name.)
  if (/^ by\b/.test(text.slice(end)) && !the) return undefined;
  // "was the first …", "is the same": a description again, not a name.
  if (/^(first|last|only|same|other|next|one|main|largest|biggest|best|most)$/.test(nameWords[0].text) || NOT_A_TERM.test(nameWords[0].text) || tagsAt(nameWords[0].start).has("Superlative")) return undefined;
  // "The bypass ratio is the amount of air that flows …": a measure or a share of something is no
  // name; the answer would stop at "amount".
  if (/^(amount|number|share|proportion|part|kind|type|sort|form|series|set|group|rate|ratio|level|quantity|measure|percentage|fraction|piece|way|result)$/.test(nameWords[nameWords.length - 1].text) && /^ of\b/.test(text.slice(end))) return undefined;
  const prompt = `What ${verb} ${subject[0].toLowerCase()}${subject.slice(1)}?`;
  return prompt.length <= 120 ? { prompt, start, end } : undefined;
}

/**
 * Other forms a learner may type for a defined term, which the title check also reads: the plural or
 * singular ("antibiotic" / "antibiotics": a title naming either gives the answer away) and the term
 * without a leading describing adjective ("main reserve currency" → "reserve currency").
 */
export function termForms(term: string, tagsAt: TagsAt): string[] {
  const out = new Set<string>();
  if (/ies$/.test(term)) out.add(term.replace(/ies$/, "y"));
  else if (/[^s]s$/.test(term) && !/(ss|us|is)$/.test(term)) out.add(term.slice(0, -1));
  else if (/[^s]$/.test(term) && /\p{L}$/u.test(term)) out.add(/[^aeiou]y$/.test(term) ? `${term.slice(0, -1)}ies` : `${term}s`);
  const words = wordsOf(term);
  if (words.length >= 2 && tagsAt(words[0].start).has("Adjective") && !tagsAt(words[0].start).has("Noun")) out.add(term.slice(words[1].start));
  out.delete(term);
  return [...out];
}

/**
 * "the Intel 4004, …, a complete computer processor on one chip", "corn steep liquor, a by-product of
 * maize processing": what the article says a named thing (or a thing it never defines) is. Never
 * asked (a name is no term), only an option for "What is X?" beside the article's own definitions:
 * it is wrong for X by construction, since it describes something else the article names. A person's,
 * a place's or a body's description ("an engineer who …", "a town on …") is no option for a thing.
 */
export function describedThings(text: string, tagsAt: TagsAt): Definition[] {
  const out: Definition[] = [];
  const sentence = text.replace(/\s*[.!?]?\s*$/, "");
  for (const m of sentence.matchAll(/([\p{L}\p{N}][\p{L}\p{N}’'-]*), ((?:a|an) [\p{Ll}][^,;:()]+?)(?=,(?!\d)|[;:]|$)/gu)) {
    const thing = m.index ?? 0;
    const tags = tagsAt(thing);
    // A place's or a body's description ("a town on the Baltic coast") is no plausible option for a thing.
    if (tags.has("Person") || tags.has("Place") || tags.has("Organization") || tags.has("Pronoun") || tags.has("Value") || tags.has("Date") || /\b(?:who|whose)\b/.test(m[2])) continue;
    // "a town on the Baltic coast", "a network of towns": a place or a body, whatever the tagger says.
    if (/^an? (?:[\p{Ll}-]+ )?(?:town|city|village|port|country|nation|region|state|province|river|lake|island|desert|sea|network|league|group|association|union|organi[sz]ation|company|firm|party|club|team|body|assembly|council|alliance|harbour|harbor|meadow|valley|plain|bay|coast|hill|mountain|peninsula|settlement|god|goddess|deity|king|queen|emperor|ruler|saint)\b/u.test(m[2]) || /\b(?:it|its)\b/.test(m[2])) continue;
    const defStart = thing + m[1].length + 2;
    const after = sentence.slice(defStart + m[2].length);
    // ("Pope Innocent III placed England under an interdict, a ban on most church services, and in
    // 1209 excommunicated the king": an "and" that a pronoun or a preposition follows, then a tensed
    // verb, opens the sentence's next clause; "a ban, and a fine" is a list.)
    if (/^,?\s*(?:and|or)\b/.test(after) && !(/^,\s+and\s+(?:he|she|it|they|we|in|on|at|by|from|since|after|during|within)\s/i.test(after) && clauseAfterAnd(sentence, defStart + m[2].length, tagsAt))) continue;
    // "The moment the two connect, a powerful current surges up the channel": the word before the
    // comma is a verb, so what follows is a clause of its own, no description of a thing.
    if (tags.has("Verb") && !tags.has("Noun")) continue;
    // "… in a community are immune, a germ cannot find …": nor an adjective, which is no thing.
    // ("Even then, a new Act does not …", "and, crucially, a chain that …": nor an adverb.)
    if ((tags.has("Adjective") || tags.has("Adverb")) && !tags.has("Noun")) continue;
    // "its minor injuries unit, an outpatient clinic and a small X-ray department": more things of a list.
    if (/\b(?:and|or) (?:a|an) /.test(m[2])) continue;
    // "(a car is stolen, a pipe bursts, …)", "a war, a nuclear accident … could bankrupt any pool": a
    // phrase with a present or modal verb of its own (before any relative) is a clause, no description.
    const own = wordsOf(m[2]);
    const rel = own.findIndex((w) => /^(that|which|who|whom|whose|where|when|once|if|because|while|as)$/.test(w.text));
    const finite = (w: Word, k: number) => {
      const t = tagsAt(defStart + w.start);
      return t.has("PresentTense") && t.has("Verb") && !t.has("Noun") && !t.has("Infinitive") && !t.has("Gerund") && !/ing$/.test(w.text) && own[k - 1]?.text !== "to";
    };
    if (own.slice(0, rel < 0 ? undefined : rel).some((w, k) => k > 0 && (OWN_VERB.test(w.text) || /^(?:does|do|did)$/.test(w.text) || finite(w, k)))) continue;
    if (relativeWithoutVerb(own, rel, defStart, tagsAt)) continue;
    // "When the pilot opens the blast valve, a roaring flame that can be several metres long shoots up
    // …": a second verb after the relative's own (not joined by "and") is the sentence's, so the
    // phrase is its subject, no description of the valve.
    const verbs = rel < 0 ? [] : own.slice(rel + 1).map((w, k) => ({ w, k: k + rel + 1 })).filter(({ w, k }) => OWN_VERB.test(w.text) || finite(w, k));
    // ("a device that let a worker cast …": a bare verb after its object is the first verb's.)
    if (verbs.length >= 2 && (OWN_VERB.test(verbs[1].w.text) || /^\p{Ll}{2,}[^s\W]s$/u.test(verbs[1].w.text)) && !/^(?:and|or)$/.test(own[verbs[1].k - 1]?.text ?? "")) continue;
    // "Runnymede, a stretch of flat, marshy meadow beside the River Thames, …": a comma after a
    // describing word is inside the phrase; cut there it would end "a stretch of flat".
    const lastWord = own[own.length - 1];
    const lastTags = lastWord ? tagsAt(defStart + lastWord.start) : new Set<string>();
    // ("flat" is read as an adverb there.)
    const describingWord = (lastTags.has("Adjective") || lastTags.has("Adverb")) && !lastTags.has("Noun");
    const rest = describingWord ? after.match(/^, (\p{Ll}[\p{Ll}-]* [^,;:()]+?)(?=,(?!\d)|[;:]|$)/u) : null;
    if (describingWord && !rest && /^,/.test(after)) continue;
    const whole = rest ? `${m[2]}, ${rest[1]}` : m[2];
    // ("Adulis, a harbour on …", "Mahrem, a war god …", "Runnymede, a stretch of flat, marshy meadow …": a place's or a being's.)
    if (/^an? (?:stretch|strip|patch|area|tract) of (?:[\p{Ll}-]+,? ){0,2}(?:meadow|land|marsh|coast|shore|ground|country|water)\b/u.test(whole)) continue;
    const plain = rest ? definitionOption(`${m[2]} ${rest[1]}`) : undefined;
    const definition = rest ? plain && whole.trim().replace(/\s+/g, " ") : definitionOption(m[2]);
    // "…, a combination called stagflation": a name given, not a description of the word before.
    // ("transistor, a blend of transfer and resistor": what the word is made of, no description of the thing.)
    if (!definition || NOT_A_DEFINITION.test(definition) || /\b(?:called|named|known as)\b/.test(definition) || /^an? (?:blend|contraction|abbreviation|shortening|corruption) of\b/.test(definition)) continue;
    out.push({ term: m[1], termStart: thing, termEnd: thing + m[1].length, defStart, defEnd: defStart + whole.length, definition, plural: false, form: "gloss" });
  }
  return out.filter((d) => !listedKinds(sentence, d));
}
