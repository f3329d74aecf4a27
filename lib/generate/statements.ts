// Simplified statements (Heilman & Smith's "simplify first"): a long article sentence becomes
// short statements, each true on its own — the main clause without its openers, interrupters and
// trailing asides; each coordinated clause; an appositive as "X is Y"; a non-restrictive relative
// clause with its antecedent as subject; a leading participle or "As …" phrase as its own claim.
// A statement is a list of tokens that remember where they came from in the sentence, so a fact's
// span maps onto it and its tags (compromise's) are read from the sentence.
import { lookupDemonym } from "./gazetteer";
import { isKindOf } from "./glossary";
import { finiteOfGerund, pastOf } from "./nlp";
import { FIRM_WORD, KIN_WORDS, MONTHS, tokenize, unbalancedQuote, WEEKDAYS } from "./text";

export interface Tok {
  text: string;
  /** Offset in the sentence; -1 for a word the simplifier inserted ("is", "was"). */
  from: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** "list": a clause kept with the list or name that closes it in the sentence, for a gap among them. */
export type StatementKind = "main" | "coordinate" | "subordinate" | "appositive" | "relative" | "participle" | "as-phrase" | "list";

export interface Statement {
  kind: StatementKind;
  toks: Tok[];
}

const NONE: ReadonlySet<string> = new Set();
const CONNECTIVES = /^(therefore|thus|hence|consequently|accordingly)$/;
const OPENERS = new Set(
  (
    "however meanwhile moreover additionally furthermore nevertheless nonetheless still instead indeed also yet " +
    "simultaneously currently notably consequently thus therefore today now initially eventually ultimately finally " +
    "overall similarly likewise separately importantly previously historically traditionally subsequently accordingly " +
    "recently later earlier then inside outside underground overhead offshore elsewhere altogether"
  ).split(" "),
);
const TWO_WORD_OPENERS = /^(even so|in addition|as a result|at the same time|in turn|of course|for example|for instance|in fact|in particular|by contrast|in contrast|on the other hand|taken together|all told|in all|put simply|in short|in total|for this reason|for these reasons|for that reason|because of this|because of that|as a consequence|in response)$/i;
const SUBORDINATORS = new Set(["after", "when", "while", "although", "though", "because", "since", "as", "before", "until", "once", "if", "whereas", "unless"]);
const PREPOSITIONS = new Set(
  "in on at during by from since until after before following amid despite under with for over throughout between within across into through upon without near aboard inside outside behind beside beneath along among".split(" "),
);
/** Past forms that are never participles: "de Groot, a member of …, rode up …" goes on with its verb, no aside. */
/** Verbs whose past is written as their present ("set up", "put"): read as past where the sentence says so. */
const SAME_IN_PAST = /^(set|put|cut|hit|let|shut|spread|cost|quit|split|cast|bid)$/i;
const PAST_NOT_PARTICIPLE = /^(rode|went|took|gave|wrote|ate|saw|began|came|ran|drove|flew|grew|knew|threw|drew|fell|rose|spoke|broke|chose|froze|stole|woke|wore|tore|swore|sang|rang|sank|swam|shook|did|was|were)$/i;
const THEN_ADVERB = /^(then|later|also|soon|finally|eventually|afterwards|today|now|still|currently)$/i;
const CLAUSE_LINKS = new Set(["and", "but", "while", "whereas", "yet", "so", "though", "although"]);
/** Subordinators that may close a statement without a comma: "… voted to exit shortly after the US targeted …". */
/** Subordinators whose clause's verb a phrase before it cannot borrow ("the first in X since Y took place"). */
export const CLAUSE_BINDING = /^(since|because|although|though|whereas|unless)$/i;
/** A word of a written date ("2", "1666", "September", "Sunday"). */
const DATE_WORD = new RegExp(`^(?:\\d{1,4}|${MONTHS}|${WEEKDAYS})$`);
const TRAILING_SUBORDINATORS = new Set(["after", "before", "when", "while", "although", "though", "whereas", "until", "once", "since"]);
const LEAD_ADVERBS = new Set(["shortly", "soon", "just", "long", "immediately", "even", "only", "right"]);
const TRAILING_ASIDE = /^(as|according|citing|saying|adding|noting|including|prompting|making|leaving|confirming|showing|proving|suggesting|meaning|ending|ensuring|allowing|enabling|bringing|marking|raising|sparking|causing|reflecting|particularly|especially|such)$/i;
const ING_VERBS = new Set(["bring", "spring", "string", "swing", "sting", "cling", "fling", "wring", "sling"]);
const CLAUSE_TAKING = /^(?:indicated?|indicates|show|shows|showed|suggest|suggests|suggested|say|says|said|believed?|believes|find|finds|found|reports?|reported|claims?|claimed|argued?|argues|reveals?|revealed|confirms?|confirmed|noted?|notes|think|thinks|thought|know|knows|knew|means?|meant|estimated?|estimates|predicts?|predicted)$/i;
/** Offices written with capitals: "the Lord Mayor", "the Prime Minister", "the Foreign Secretary". */
const OFFICE = /^(?:Lord Mayor|Mayor|Prime Minister|President|Vice President|Chancellor|Foreign Secretary|Home Secretary|Secretary of State|Governor|Archbishop|Pope|King|Queen|Speaker|Chief Justice|Attorney General)$/;
const COPULA_LIKE = /^(became|becomes|remained|remains|seemed|seems)$/i;
const AUX = /^(is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)$/i;

/** A compass direction before "of" ("north of the Black Sea"). */
const COMPASS_WORD = /^(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/;

/** Past forms that are no participles ("began", not "begun"): after "was" they are active verbs of their own. */
export const SIMPLE_PAST = /^(began|came|went|ran|became|grew|knew|saw|took|gave|wrote|rode|rose|fell|drove|ate|flew|swam|sang|spoke|broke|chose|froze|stole|woke|wore|tore|threw|drew|did|sank|shrank|drank|forgot|got|hid|lay|fought|sought)$/i;
/** Verbs that take no object: "was born in 1820 and died in 1910" — "died" is no passive sharing the "was". */
export const INTRANSITIVE = /^(died|lived|served|worked|stayed|remained|arrived|retired|resigned|returned|travell?ed|sailed|survived|continued|moved|settled|emigrated|studied|graduated|married|collapsed|failed|succeeded|competed|played|starred|campaigned|lasted|existed|happened|occurred|appeared|disappeared)$/i;

export function isAux(t: Tok): boolean {
  // "on 4 May": the month, not the modal.
  return AUX.test(t.text) && !(t.text === "May" && (t.tags.has("Date") || t.tags.has("Month")));
}

/** A verb that can carry a clause (not "to exit", not a bare gerund or a participle after a noun). */
export function isFiniteVerb(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || !t.tags.has("Verb")) return false;
  if (isAux(t)) return true;
  if (t.tags.has("Gerund") || (t.tags.has("Infinitive") && !t.tags.has("PresentTense"))) return false;
  // "sitting" is sometimes tagged PresentTense; an -ing form never carries a clause on its own.
  if (/^\p{L}{3,}ing$/u.test(t.text) && !ING_VERBS.has(t.text.toLowerCase())) return false;
  const prev = toks[i - 1]?.text.toLowerCase();
  // "to exit", "the left", "a shot": an infinitive or a noun.
  if (prev === "to" || prev === "the" || prev === "a" || prev === "an") return false;
  // "a Swiss naturalist then best known for …", "widely used": a participle its adverb makes an adjective.
  if (/^(best|well|widely|little|better|least|newly)$/.test(prev ?? "") && !isAux(toks[i - 2] ?? t) && /^\p{Ll}+(?:ed|en|wn|un|ung|lt|ght)$/u.test(t.text)) return false;
  // "By the relief boat, the …": a bare form closing a preposition's noun phrase is its noun.
  if (t.tags.has("Infinitive") && toks[i - 1]?.tags.has("Noun") && toks[i - 2]?.tags.has("Determiner") && toks[i - 3]?.tags.has("Preposition") && (!toks[i + 1] || /^[,.;:]$/.test(toks[i + 1].text))) return false;
  // "This became known as …": compromise tags a copula-like verb Auxiliary and gives it no tense.
  if (COPULA_LIKE.test(t.text)) return true;
  if (t.tags.has("PastTense") || t.tags.has("PresentTense")) return true;
  return false;
}

function hasFiniteVerb(toks: Tok[], from = 0, to = toks.length): boolean {
  for (let i = from; i < to; i++) if (isFiniteVerb(toks, i)) return true;
  return false;
}

function word(t: Tok | undefined): string {
  return t ? t.text.toLowerCase() : "";
}

function isComma(t: Tok | undefined): boolean {
  return !!t && (t.text === "," || t.text === "—");
}

/** "a small number of large, rigid slabs", "the hotter, softer rock": a comma between two adjectives of one noun. */
export function adjectiveComma(toks: Tok[], i: number): boolean {
  const adjective = (t: Tok | undefined) => !!t && t.tags.has("Adjective") && !t.tags.has("Noun") && !t.tags.has("Verb") && /^\p{Ll}/u.test(t.text);
  // "a thin, sugary liquid": right after an article, a lone untagged or adjectival word and another
  // before a noun are two adjectives, whatever the tagger made of them.
  const loose = (t: Tok | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && !t.tags.has("Verb") && !t.tags.has("Preposition") && !t.tags.has("Determiner") && !t.tags.has("Value");
  // ("a vast, converted barracks": the second may be a participle.)
  const second = (t: Tok | undefined) => loose(t) || (!!t && /^\p{Ll}+ed$/u.test(t.text) && t.tags.has("PastTense"));
  const afterArticle = /^(a|an|the)$/i.test(toks[i - 2]?.text ?? "") && loose(toks[i - 1]) && !toks[i - 1].tags.has("Noun") && second(toks[i + 1]) && !!toks[i + 2]?.tags.has("Noun") && !toks[i + 2].tags.has("Pronoun");
  if (toks[i]?.text === "," && afterArticle) return true;
  if (toks[i]?.text !== "," || !adjective(toks[i - 1]) || !adjective(toks[i + 1])) return false;
  // ("Because light is so fast, tiny timing mistakes …": an adjective after a verb or a degree word
  // is a predicate; its comma ends the clause.)
  if (/^(?:so|very|too|quite|rather|is|are|was|were|be|been|seem|seems|seemed|become|became|remain|remained)$/i.test(toks[i - 2]?.text ?? "")) return false;
  // The second adjective's noun follows (at most one more adjective between).
  return [i + 2, i + 3].some((k) => toks[k]?.tags.has("Noun") && !toks[k].tags.has("Pronoun")) && !isComma(toks[i + 2]);
}

/** A comma that separates phrases, not one inside a phrase ("large, rigid slabs"). */
function phraseComma(toks: Tok[], i: number): boolean {
  return isComma(toks[i]) && !adjectiveComma(toks, i);
}

function inserted(text: string, tags: string[] = []): Tok {
  return { text, from: -1, end: -1, tags: new Set(tags) };
}

/** Tokens of a sentence with compromise's tags; brackets with their content are dropped. */
export function sentenceTokens(text: string, tagsAt: (offset: number) => ReadonlySet<string>): Tok[] {
  const out: Tok[] = [];
  let depth = 0;
  for (const t of tokenize(text)) {
    if (t.text === "(" || t.text === "[") depth++;
    else if ((t.text === ")" || t.text === "]") && depth > 0) depth--;
    // Connectives lean on the sentence before ("Switzerland therefore hosted"): a statement drops them.
    else if (depth === 0 && !CONNECTIVES.test(t.text)) out.push({ text: t.text, from: t.start, end: t.end, tags: tagsAt(t.start) ?? NONE });
  }
  // "On May 21, 2013, NFL owners voted …": the comma of an American date is part of the date, not a
  // phrase boundary; it stays glued to the day ("21,") so the text renders as written.
  for (let i = out.length - 2; i >= 2; i--) {
    if (out[i].text === "," && out[i].from === out[i - 1].end && /^\d{1,2}$/.test(out[i - 1].text) && US_DATE_MONTH.test(out[i - 2].text) && /^\d{4}$/.test(out[i + 1].text)) {
      out.splice(i - 1, 2, { ...out[i - 1], text: `${out[i - 1].text},`, end: out[i].end });
    }
  }
  // "goods and services, demand cools", "shops and firms find it harder": an -s word after "and" and a
  // plural noun, before a comma or a verb, is the second plural noun, not a verb the tagger took it for.
  for (let i = 2; i < out.length - 1; i++) {
    const t = out[i];
    const next = out[i + 1];
    if (word(out[i - 1]) === "and" && out[i - 2].tags.has("Plural") && !out[i - 2].tags.has("Verb") && /^\p{Ll}{3,}s$/u.test(t.text) && t.tags.has("PresentTense") && !isAux(t) &&
      (/^[,.;:]$/.test(next.text) || (next.tags.has("Verb") && !next.tags.has("Gerund") && /^\p{Ll}+$/u.test(next.text) && !/s$/.test(next.text)))) {
      out[i] = { ...t, tags: new Set(["Noun", "Plural"]) };
    }
  }
  // Past forms the tagger misreads, each read once: the subject's "put forward by", "lay" and "left"
  // after a name, "born" anywhere.
  // (Each is decided on the tags before any of them is changed.)
  const past = out.map((_, i) => i > 0 && readAsPast(out, i));
  // "The company aims to have …", "The council plans to close …": an -s word after a subject's
  // singular noun and before "to" and a verb is the clause's verb, not a plural the noun compounds with.
  const present = out.map((t, i) => i >= 2 && /^\p{Ll}{3,}s$/u.test(t.text) && t.tags.has("Plural") && !t.tags.has("Verb") &&
    out[i - 1].tags.has("Singular") && /^\p{Ll}+$/u.test(out[i - 1].text) && /^(the|a|an|this|that|its|their|his|her|our)$/i.test(out[i - 2].text) &&
    word(out[i + 1]) === "to" && !!out[i + 2]?.tags.has("Verb") && !hasFiniteVerb(out, 0, i));
  // "Gravestones near Lake Issyk-Kul … record …": an -s word opening the sentence before a place's
  // preposition is the subject's plural noun, not a verb with no subject; the clause's verb comes later.
  const first = out[0];
  if (first && /^\p{Lu}\p{Ll}{3,}s$/u.test(first.text) && first.tags.has("PresentTense") && !isAux(first) && /^(near|in|at|from|on|beside|along|across|around|inside|outside)$/i.test(out[1]?.text ?? "") && /^\p{Lu}/u.test(out[2]?.text ?? "")) {
    out[0] = { ...first, tags: new Set(["Noun", "Plural"]) };
  }
  past.forEach((p, i) => {
    if (p) out[i] = { ...out[i], tags: new Set(["Verb", "PastTense"]) };
  });
  present.forEach((p, i) => {
    if (p) out[i] = { ...out[i], tags: new Set(["Verb", "PresentTense"]) };
  });
  return out;
}
const US_DATE_MONTH = new RegExp(`^(?:${MONTHS})$`);

/** Whether the token at `i` (not the first) is a past form the tagger read as something else. */
function readAsPast(out: Tok[], i: number): boolean {
  const t = out[i];
  const prev = out[i - 1];
  const next = out[i + 1];
  // "Frank Whittle, born in Coventry in 1907, was …": "born" is only ever a participle.
  if (t.text === "born") return !t.tags.has("PastTense");
  if (!next) return false;
  // "The project, put forward by the developer Tidewell Energy, will see …": a verb whose past is its
  // present, after the subject's comma and before "by", is a participle.
  // (Only in the subject, before any verb: a closing ", set by the Bank of England" is left as read.)
  if (SAME_IN_PAST.test(t.text)) {
    return prev.text === "," && !t.tags.has("PastTense") && !hasFiniteVerb(out, 0, i - 1) && (word(next) === "by" || (/^(forward|up|out|down|off|aside|back|together)$/.test(word(next)) && word(out[i + 2]) === "by"));
  }
  // "Elephant Island lay far from any shipping route": after a noun, "lay" with a place or distance
  // after it is the past of "lie", not an adjective.
  if (t.text === "lay") {
    return prev.tags.has("Noun") && !prev.tags.has("Pronoun") && /^(far|near|in|on|at|between|beside|across|along|just|some|about|off|deep|beneath|under|below|above|to|north|south|east|west|nearly|almost|only)$/.test(word(next));
  }
  // "Richard the Lion-hearted left Messina …": so is "left" after a name or a pronoun, before what was left.
  if (t.text === "left") {
    return !t.tags.has("Verb") && ((/^\p{Lu}/u.test(prev.text) && (prev.tags.has("ProperNoun") || prev.tags.has("Person"))) || /^(he|she|they|it|we)$/i.test(prev.text)) &&
      (/^\p{Lu}/u.test(next.text) || /^(the|a|an|his|her|their|its|for|behind|home|school)$/i.test(next.text));
  }
  return false;
}

/** Verbs whose "that" clause the article presents as true. */
const FACTIVE = /^(showed|shown|shows|found|finds|discovered|discovers|proved|proven|proves|demonstrated|demonstrates|established|realised|realized|noticed|observed|learned|learnt)$/i;

/** The statements a sentence makes, the main clause first. */
/**
 * "One of the enzymes, invertase, continues …; another, glucose oxidase, produces …": a member of a
 * kind named between commas is the clause's subject ("Invertase continues …", "Glucose oxidase
 * produces …"). The word after the name is the verb there, whatever the tagger read ("produces" as a noun).
 */
function namedMembers(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const clauseStart = i === 0 || toks[i - 1].text === ";";
    const lead = !clauseStart ? 0 : /^one$/i.test(toks[i].text) && /^of$/i.test(toks[i + 1]?.text ?? "") && /^(the|its|their)$/i.test(toks[i + 2]?.text ?? "") && /^\p{Ll}+s$/u.test(toks[i + 3]?.text ?? "") && isComma(toks[i + 4]) ? 5 : /^another$/i.test(toks[i].text) && isComma(toks[i + 1]) ? 2 : 0;
    if (lead) {
      const from = i + lead;
      const close = toks.findIndex((t, k) => k > from && k <= from + 3 && isComma(t));
      const name = close > 0 ? toks.slice(from, close) : [];
      const verb = toks[close + 1];
      if (name.length && name.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && t.tags.has("Noun")) && verb && /^\p{Ll}{3,}s$/u.test(verb.text) && !verb.tags.has("Preposition")) {
        out.push({ ...name[0], text: name[0].text.charAt(0).toUpperCase() + name[0].text.slice(1) }, ...name.slice(1));
        out.push(verb.tags.has("Verb") ? verb : { ...verb, tags: new Set(["Verb", "PresentTense"]) });
        i = close + 1;
        continue;
      }
    }
    out.push(toks[i]);
  }
  return out;
}

/**
 * "survived by their daughter, Miranda, their son, Owen, and five grandchildren": a relative's name
 * between commas inside a list is no aside (cut out, it leaves "Miranda their son"); it is written
 * as "their daughter Miranda", one item of the list.
 */
function kinNamesListed(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isComma(t) && i >= 2 && KIN_NOUN.test(toks[i - 1].text) && /^(his|her|their|its|our|my)$/i.test(toks[i - 2].text)) {
      let j = i + 1;
      while (j < toks.length && j <= i + 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[j].text)) j++;
      // (Only inside a list: another relative or an "and" after the name.)
      const listed = j > i + 1 && isComma(toks[j]) && (/^(and|his|her|their|its|our|my)$/i.test(word(toks[j + 1])));
      if (listed) continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "… fell in 1453, when …", "Since 1997, when …": the date phrase that ends at `comma`, as the
 * "when" clause's own opener ("In 1453"): the clause tells what happened then. Only a date with its
 * year; "by", "since" and "until" measure from the date, and the clause is at it.
 */
function dateBefore(toks: Tok[], comma: number): Tok[] | undefined {
  for (let s = comma - 1; s >= Math.max(1, comma - 4); s--) {
    const prep = word(toks[s - 1]);
    if (!/^(in|on|since|by|until|during)$/.test(prep) || dateRunEnd(toks, s) !== comma) continue;
    const date = toks.slice(s, comma);
    if (!date.some((t) => /^\d{3,4}$/.test(t.text))) return undefined;
    const day = prep === "on" || date.some((t) => /^\d{1,2}$/.test(t.text));
    return [inserted(day ? "On" : "In", ["Preposition"]), ...date];
  }
  return undefined;
}

/**
 * "In 1997, when the Chancellor, Gordon Brown, gave the Bank independence, politicians stopped …":
 * the main clause after the date, and the "when" clause after it too ("In 1997 the Chancellor …
 * gave …"). The clause ends at the first comma after which a clause starts, once it has a verb.
 */
function frontedWhen(toks: Tok[]): { main: Tok[]; relative: Tok[] } | undefined {
  const comma = toks.findIndex(isComma);
  if (comma < 2 || comma > 6 || word(toks[comma + 1]) !== "when") return undefined;
  const date = dateBefore(toks, comma);
  if (!date) return undefined;
  const close = toks.findIndex((t, i) => i > comma + 3 && isComma(t) && hasFiniteVerb(toks, comma + 2, i) && startsClause(toks.slice(i + 1)));
  if (close < 0) return undefined;
  const clause = toks.slice(comma + 2, close);
  return { main: [...toks.slice(0, comma), ...toks.slice(close + 1)], relative: ageClause(clause) ? [] : [...date, ...clause] };
}

/** "she was 17", "Ada was eight years old": an age, which dates nothing a teacher would ask. */
function ageClause(toks: Tok[]): boolean {
  const k = toks.findIndex((t) => /^(is|was|were)$/i.test(t.text));
  const age = toks.slice(k + 1).map((t) => t.text.toLowerCase()).join(" ");
  return k > 0 && k <= 3 && toks[k + 1]?.tags.has("Value") && /^\S+(?: years old)?$/.test(age);
}

/** "X was a nuclear accident that took place …" → "X took place …"; undefined for any other shape. */
function predicateRelative(toks: Tok[]): Tok[] | undefined {
  const c = toks.findIndex((_, k) => isFiniteVerb(toks, k));
  if (c < 1 || !/^(is|was|are|were)$/i.test(toks[c].text) || toks.slice(0, c).some((t) => isComma(t) || /^(who|which|that|and|or)$/i.test(t.text))) return undefined;
  // ("one of the few drugs that kill …": the verb agrees with the plural, not with the subject.)
  if (!/^(a|an|the)$/i.test(word(toks[c + 1]))) return undefined;
  let r = c + 2;
  while (r < toks.length && r <= c + 6 && !/^(that|who|which)$/i.test(toks[r].text) && /^[\p{L}-]+$/u.test(toks[r].text) && (toks[r].tags.has("Noun") || toks[r].tags.has("Adjective") || toks[r].tags.has("Demonym") || toks[r].tags.has("Ordinal")) && !toks[r].tags.has("Verb") && !toks[r].tags.has("Preposition")) r++;
  // (Of a person, "X was a Venetian merchant who set out …" is asked "Which Venetian merchant …?" as it stands.)
  if (r === c + 2 || r >= toks.length || !/^(that|which)$/i.test(toks[r].text) || !toks[r - 1].tags.has("Noun")) return undefined;
  // A subject relative: its verb right after the pronoun ("that took place", "who was born").
  const act = toks.slice(r + 1);
  // ("a drug that doctors prescribe": a noun the tagger may read as a verb opens an object relative.)
  if (act.length < 3 || !isFiniteVerb(act, 0) || (act[0].tags.has("Noun") && !isAux(act[0])) || (isFiniteVerb(act, 1) && !isAux(act[0])) || act.some((t) => isComma(t))) return undefined;
  // (The number must agree: "a drug that kills" beside "Penicillin"; "the insects that make" beside "Bees".)
  if (pluralSubject(toks.slice(0, c)) !== /^(are|were)$/i.test(toks[c].text)) return undefined;
  return [...toks.slice(0, c), ...act];
}

const ABOUT = /^(about|around|roughly|nearly|almost|some|approximately|over|under)$/i;

/**
 * "52, or 65 per cent, learned …", "about 44 times every second, or roughly 1.4 billion times a
 * year": a figure, then ", or" and the same amount in other terms. `body` is the sentence without the
 * second figure; `other` has it in the first one's place; `said` are the second figure's tokens.
 */
function secondFigure(toks: Tok[]): { body: Tok[]; other: Tok[]; said: Tok[] } | undefined {
  const comma = toks.findIndex((t, i) => isComma(t) && word(toks[i + 1]) === "or" && (toks[i + 2]?.tags.has("Value") || (ABOUT.test(word(toks[i + 2])) && !!toks[i + 3]?.tags.has("Value"))));
  if (comma < 1) return undefined;
  // The first figure: a number at most four words before the comma, with its "about".
  let from = -1;
  for (let k = comma - 1; k >= Math.max(0, comma - 5); k--) {
    if (isComma(toks[k]) || toks[k].tags.has("Verb")) break;
    if (toks[k].tags.has("Value") && !/^\d{4}$/.test(toks[k].text)) from = k;
  }
  if (from < 0) return undefined;
  if (ABOUT.test(word(toks[from - 1]))) from--;
  let end = toks.findIndex((t, i) => i > comma + 2 && (isComma(t) || /^(and|but|which|who)$/i.test(t.text)));
  if (end < 0) end = toks.length;
  const said = toks.slice(comma + 2, end);
  // ("1.4 billion times a year": "times" is read as a verb.)
  if (said.length > 8 || said.some((t, k) => isFiniteVerb(said, k) && t.text !== "times")) return undefined;
  // (Closing the subject, the figure's second comma goes too: "52, or 65 per cent, learned" → "52 learned".)
  const after = isComma(toks[end]) && (isFiniteVerb(toks, end + 1) || PREPOSITIONS.has(word(toks[end + 1]))) ? end + 1 : end;
  return { body: [...toks.slice(0, comma), ...toks.slice(after)], other: [...toks.slice(0, from), ...said, ...toks.slice(after)], said };
}

/** "In <Place>, where <clause>, <main clause>" → the main clause and the "where" clause, each after "In <Place>". */
function frontedWhere(toks: Tok[]): { main: Tok[]; relative: Tok[] } | undefined {
  if (!/^(in|at|on|across|throughout)$/.test(word(toks[0]))) return undefined;
  const comma = toks.findIndex(isComma);
  if (comma < 2 || comma > 6 || word(toks[comma + 1]) !== "where") return undefined;
  const place = toks.slice(1, comma);
  if (!place.every((t) => /^\p{Lu}/u.test(t.text) || /^(the|of)$/.test(t.text)) || !/^\p{Lu}/u.test(place[place.length - 1].text)) return undefined;
  const close = toks.findIndex((t, i) => i > comma + 2 && isComma(t));
  if (close < 0) return undefined;
  const inner = toks.slice(comma + 2, close);
  const main = toks.slice(close + 1);
  if (!hasFiniteVerb(inner) || !startsClause(main)) return undefined;
  const lead = toks.slice(0, comma);
  return { main: [...lead, ...main], relative: [...lead, ...inner] };
}

export function simplify(toks: Tok[]): Statement[] {
  const out: Statement[] = [];
  let body = plainPast(namedMembers(coordinateAdjectives(quotedCommas(kinNamesListed(stripEnd(toks))))));
  body = dropOpeners(body);
  // "Of the 80 bees, 52, or 65 per cent, learned …": the same figure said two ways; each way is a
  // statement of its own, and the sentence reads on without the second.
  const figure = secondFigure(body);
  if (figure) {
    out.push(...simplify(figure.other).filter((st) => st.toks.some((t) => figure.said.includes(t))));
    body = figure.body;
  }
  body = linkingAdverbDropped(body);
  body = reportingAsideDropped(body);
  body = adjunctAfterAnd(body);
  const renamed = renamingAside(body);
  if (renamed) {
    out.push({ kind: "appositive", toks: renamed.statement });
    body = renamed.body;
  }
  // "In Germany, meanwhile, Hans von Ohain, a physics student …, had begun …": a lone linking adverb
  // after the leading phrase goes first, or the phrase and the subject's aside are never told apart.
  const lone = firstTopComma(body);
  // (After a subject, "He returned, however, with …", both commas go with it.)
  if (lone > 0 && OPENERS.has(word(body[lone + 1])) && isComma(body[lone + 2]) && body.length > lone + 5) {
    const fronted = PREPOSITIONS.has(word(body[0])) || SUBORDINATORS.has(word(body[0]));
    body = [...body.slice(0, fronted ? lone + 1 : lone), ...body.slice(lone + 3)];
  }
  // "On 27 August 1939, days before the Second World War began, the Heinkel He 178 became …": a time
  // told against another event, after the date itself, is an aside; the date stays.
  const relAt = firstTopComma(body);
  const relEnd = relAt > 0 ? body.findIndex((t, i) => i > relAt + 2 && isComma(t)) : -1;
  const relative = relEnd > 0 ? body.slice(relAt + 1, relEnd).map((t) => t.text).join(" ") : "";
  if (relEnd > 0 && body.slice(0, relAt).some((t) => /^\d{4}$/.test(t.text)) && /^(?:(?:a few|several|some|only|just|two|three|four|five|six|\d+) )?(?:days|weeks|months|hours|years|shortly|soon|just|only|not long) (?:before|after)\b/i.test(relative) && startsClause(body.slice(relEnd + 1))) {
    body = [...body.slice(0, relAt + 1), ...body.slice(relEnd + 1)];
  }
  body = cleftUndone(body);
  body = verbAfterAside(body);
  body = verbInVerbless(body);
  const second = secondFrontedPhraseDropped(body);
  // "Around 270 CE, under King Endubis, Aksum began …": the second phrase names who or where; the
  // clause with it alone ("Under King Endubis, Aksum began …") is a statement too, still true.
  const secondAt = second.length < body.length ? body.findIndex(isComma) + 1 : -1;
  // (Only after a time: "At Calicut, on India's south-west coast, …" glosses the place it follows.)
  const timeFirst = secondAt > 0 && body.slice(0, secondAt).some((t) => /\d/.test(t.text) || t.tags.has("Date") || t.tags.has("Year"));
  if (timeFirst && body.slice(secondAt + 1, secondAt + body.length - second.length).some((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Date") && !t.tags.has("Month"))) {
    const phrase = body.slice(secondAt);
    const own = simplify([{ ...phrase[0], text: phrase[0].text[0].toUpperCase() + phrase[0].text.slice(1) }, ...phrase.slice(1)]).find((st) => st.kind === "main");
    // (", making it one of …": what the clause led to is the clause's aside; the clause is said without it.)
    const led = own ? own.toks.findIndex((t, k) => k > 4 && isComma(t) && /ing$/.test(own.toks[k + 1]?.text ?? "") && TRAILING_ASIDE.test(own.toks[k + 1].text)) : -1;
    if (own && (PREPOSITIONS.has(word(own.toks[0])) || (speechAt(phrase.slice(0, phrase.findIndex(isComma))) && own.toks.includes(phrase[1])))) out.push({ kind: "coordinate", toks: led > 0 ? own.toks.slice(0, led) : own.toks });
  }
  body = second;
  body = commaAfterFrontedDate(body);
  body = longNameAsideDropped(body);
  body = trailingRelativeCut(body);
  // "In Britain, where mains electricity alternates 50 times a second, a turbine … turns at …": the
  // place's "where" clause is a statement about the place; the main clause keeps the place.
  const where = frontedWhere(body);
  if (where) {
    out.push({ kind: "relative", toks: where.relative });
    body = where.main;
  }
  const when = where ? undefined : frontedWhen(body);
  if (when) {
    // (The clause may hold an aside of its own: it is read as a sentence.)
    if (when.relative.length) out.push(...simplify(when.relative).map((st) => ({ ...st, kind: "subordinate" as const })));
    body = when.main;
  }
  // Leading phrase up to the first comma: subordinate clause, participle, "As X," or a short adjunct.
  const comma = firstTopComma(body);
  if (comma > 0 && comma < body.length - 3 && !datedSubject(body, comma)) {
    const lead = body.slice(0, comma);
    const rest = body.slice(comma + 1);
    const first = word(lead[0]);
    // ("After a debate at County Hall that ran for three hours, …": a noun phrase whose only verb is
    // its relative clause's is no clause — "after" is a preposition there.)
    const relAt = /^(a|an|the|this|that|his|her|its|their)$/.test(word(lead[1])) ? lead.findIndex((t, k) => k > 1 && /^(that|which|who|whom|whose)$/.test(word(t))) : -1;
    // (One verb group after the pronoun is the relative clause's; "the storm that hit the coast had
    // passed" has a second, its own.)
    const verbGroups = relAt > 1 ? lead.slice(relAt + 1).filter((_, k, ts) => isFiniteVerb(ts, k) && !(k > 0 && isFiniteVerb(ts, k - 1))).length : 0;
    const relativeOnly = relAt > 1 && !hasFiniteVerb(lead.slice(0, relAt), 1) && verbGroups <= 1;
    const leadVerb = hasFiniteVerb(lead, 1) && !participleOnly(lead) && !relativeOnly;
    // "At the Northern Regional Research Laboratory … in Peoria, Illinois, Andrew Moyer found …":
    // where the named place is, a fact of its own.
    const located = locatedAt(lead, rest);
    if (located) out.push({ kind: "subordinate", toks: located });
    // "Because a limited set of moulds was used, and craftsmen then added …, no two faces appear …": a
    // second reason after "and" before the main clause.
    const secondReason = SUBORDINATORS.has(first) && leadVerb && word(rest[0]) === "and" && !prepositionalLead(lead) ? rest.findLastIndex((t, k) => k > 3 && isComma(t) && startsClause(rest.slice(k + 1)) && !rest.slice(k + 1).some(isComma)) : -1;
    if (secondReason > 0 && hasFiniteVerb(rest, 1, secondReason)) {
      if (!/^(if|unless|as|whereas)$/.test(first)) out.push({ kind: "subordinate", toks: lead.slice(1) }, { kind: "subordinate", toks: rest.slice(1, secondReason) });
      body = rest.slice(secondReason + 1);
    } else if (SUBORDINATORS.has(first) && leadVerb && startsClause(rest) && !prepositionalLead(lead)) {
      // "If inflation is 1 percent a year, …" states nothing; "After the US targeted X, …" does.
      if (!/^(if|unless|as|whereas)$/.test(first)) out.push({ kind: "subordinate", toks: lead.slice(1) });
      body = rest;
    } else if (((first === "to" && lead[1]?.tags.has("Verb")) || /^(instead of|rather than)$/i.test(`${first} ${word(lead[1])}`)) && lead.length >= 3 && (startsClause(rest) || namedSubjectClause(rest))) {
      // "To defend the price of gold, eight banks formed …", "Instead of digging down, the engineers
      // raised …": a purpose or an alternative said first; the clause after it stands alone. A short
      // purpose goes after a clause with no comma of its own ("the bees of a colony fly roughly
      // 150,000 kilometres to make a single kilogram"): without it the figure answers nothing.
      // (Before a closing comparison: "…, almost four times round the Earth".)
      const c = rest.findIndex(isComma);
      const at = c < 0 ? rest.length : rest.slice(c + 1).some(isComma) || !trailingAside(rest.slice(c + 1)) || !/\d/.test(rest.slice(0, c).map((t) => t.text).join(" ")) ? -1 : c;
      const purpose = first === "to" && at > 0 && lead.length <= 6 && !lead.some((t) => t.tags.has("Pronoun"));
      body = purpose ? [...rest.slice(0, at), { ...lead[0], text: "to" }, ...lead.slice(1), ...rest.slice(at)] : rest;
    } else if (first === "as" && !leadVerb && startsClause(rest) && lead.length >= 3 && !/^(of|for|with|in|to|well|such|soon|early|late|long|far|much|usual|part|against|opposed|recently)$/i.test(lead[1].text) && !/^(a|an) (result|consequence|whole|rule|matter|child|boy|girl|teenager|student|youth)$/i.test(`${lead[1].text} ${lead[2]?.text ?? ""}`)) {
      // "As OPEC’s second-largest producer, Iraq …" → "Iraq is …"; not "As of January 2016, …" (no
      // description of the subject) nor "As a result, …" / "As a child, …" (no lasting one).
      const subject = subjectOf(rest);
      // ("As the designated home team, the Broncos …" → "the Broncos were …".)
      const plural = !!subject && (pluralSubject(subject) || (subject.length === 2 && /^the$/i.test(subject[0].text) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(subject[1].text) && !/(?:Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros|Olympics|Games|Times|News|Mews)$/.test(subject[1].text)));
      if (subject) out.push({ kind: "as-phrase", toks: [...subject, inserted(pastMain(rest) ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Copula"]), ...lead.slice(1)] });
      body = rest;
    } else if (lead[0]?.tags.has("PastTense") && !isAux(lead[0]) && /^(in|on|at|by|during|from|near)$/i.test(lead[1]?.text ?? "") && startsClause(placeAsideSkipped(rest)) &&
      // ("in pits outside the city": a noun after a preposition the tagger read as a verb is no clause's.)
      !lead.some((_, k) => k >= 1 && isFiniteVerb(lead, k) && !["Preposition", "Adjective", "Determiner"].some((x) => lead[k - 1].tags.has(x)))) {
      // (", in Shaanxi province,": a place's own aside after the phrase goes with it.)
      const placed = placeAsideSkipped(rest);
      const aside = rest.slice(0, rest.length - placed.length);
      const subject = subjectOf(placed);
      // ("Started by Telecom Australia …, AUSTPAC was …" → "AUSTPAC was started by …": the capital was the sentence's.)
      const moved = /^\p{Lu}\p{Ll}+$/u.test(lead[0].text) && !lead[0].tags.has("ProperNoun") ? { ...lead[0], text: lead[0].text.toLowerCase() } : lead[0];
      if (subject) out.push({ kind: "participle", toks: [...subject, inserted(pluralSubject(subject) ? "were" : "was", ["Verb", "Auxiliary"]), moved, ...lead.slice(1), ...(aside.length ? [inserted(","), ...aside.slice(0, -1)] : [])] });
      body = placed;
    } else if (/^(after|before|despite|since|upon|while|by|in)$/.test(first) && isGerund(lead[1]) && !leadVerb && startsClause(rest)) {
      // "Despite waiving X and losing Y, the Panthers had …": the gerunds' doer is the clause's
      // subject — "the Panthers waived X", "the Panthers lost Y" — in the main verb's tense.
      const subject = subjectOf(rest);
      if (subject && !subject.some((t) => t.tags.has("Pronoun") && !/^(he|she|they|it|we)$/i.test(t.text))) {
        out.push(...gerundStatements(lead.slice(1), subject, pastMain(rest)));
      }
      body = rest;
    } else if ((lead[0]?.tags.has("Gerund") || gerundOpener(lead) || PREPOSITIONS.has(first) || timeSpanOpener(lead)) && !leadVerb && (startsClause(rest) || namedSubjectClause(rest))) {
      // "Despite the territorial defeat of the Islamic State in 2017 and …": the event and its date
      // are a fact of their own ("The territorial defeat of the Islamic State came in 2017").
      const event = datedEvent(lead);
      if (event) out.push({ kind: "subordinate", toks: event });
      // Short time/place adjuncts stay (they hold years and places); long scene-setting goes, but
      // a date that closes it stays: "In the early hours of Sunday 2 September 1666, a fire broke out"
      // → "On Sunday 2 September 1666, a fire broke out".
      let d = lead.length;
      while (d > 1 && (((lead[d - 1].tags.has("Date") || lead[d - 1].tags.has("Year")) && /^[\p{Lu}\d]/u.test(lead[d - 1].text)) || DATE_WORD.test(lead[d - 1].text))) d--;
      const date = lead.slice(d);
      // (Only a time of day or season of that date: "In the decade after 1945" is no "In 1945".)
      const dated = lead.length > 6 && /^(in|on|during)$/.test(first) && word(lead[d - 1]) === "of" && /^(hours|morning|evening|night|afternoon|day|days|week|weeks|month|months|half|winter|spring|summer|autumn)$/i.test(lead[d - 2]?.text ?? "") &&
        date.some((t) => /^\d{4}$/.test(t.text)) && !lead.slice(0, d).some((t) => (t.tags.has("Value") && !t.tags.has("Ordinal") && !/^(first|last)$/i.test(t.text)) || (/^\p{Lu}/u.test(t.text) && t !== lead[0]));
      if (dated) {
        const day = date.some((t) => /^\d{1,2}$/.test(t.text));
        body = [{ ...lead[0], text: day ? "On" : "In" }, ...date, body[comma], ...rest];
      // ("About 20,000 years ago, the ice sheets reached …" is the when of the claim: it goes after
      // the clause, "the ice sheets reached … about 20,000 years ago".)
      } else if (lead.length <= 5 && /^ago$/i.test(lead[lead.length - 1].text)) body = [...rest, { ...lead[0], text: word(lead[0]) }, ...lead.slice(1)];
      else if (lead.length > 6 && /^(on|in)$/.test(lead[d - 1]?.text ?? "") && date.some((t) => /^\d/.test(t.text) || t.tags.has("WeekDay"))) {
        // "At a packed meeting of the full council in the Guildhall on Tuesday 1 December, councillors
        // approved …": the scene goes, the date that closes it stays ("On Tuesday 1 December, …").
        body = [{ ...lead[d - 1], text: lead[d - 1].text === "on" ? "On" : "In" }, ...date, body[comma], ...rest];
      } else if (gerundOpener(lead) && /^(in|on)$/.test(lead[d - 1]?.text ?? "") && date.some((t) => /^\d{4}$/.test(t.text))) {
        // "Crossing Syria in 1348, he walked into the Black Death": the participle goes, its date stays.
        body = [{ ...lead[d - 1], text: lead[d - 1].text === "on" ? "On" : "In" }, ...date, body[comma], ...rest];
      } else if (speechAt(lead) && saidAt(rest)) {
        // "In a speech to a huge crowd in Alexandria, he announced that …" → "he announced, in a speech
        // to a huge crowd in Alexandria, that …": the subject first, the phrase kept with what was said.
        const at = saidAt(rest)!;
        body = [...rest.slice(0, at), body[comma], { ...lead[0], text: word(lead[0]) }, ...lead.slice(1), body[comma], ...rest.slice(at)];
      } else body = lead.length <= 6 && PREPOSITIONS.has(first) ? body : rest;
    } else if (PREPOSITIONS.has(first) && !leadVerb && lead.length >= 2) {
      // A second phrase before the subject: "On 16 May 1950, at the works in Crewe, Cheshire, the
      // engineers …" (the place goes, the date stays) or "Under the Treaty of Rome, signed in
      // 1957, the six states …" (the participle is a statement about the treaty).
      const participle = !!rest[0]?.tags.has("PastTense") && !isAux(rest[0]) && PREPOSITIONS.has(word(rest[1]));
      const next = [0, 1].map((n) => rest.findIndex((t, i) => isComma(t) && rest.slice(0, i).filter(isComma).length === n)).find((k) => k > 0 && !hasFiniteVerb(rest, participle ? 1 : 0, k) && startsClause(rest.slice(k + 1)));
      // ("With Thomas Day, a relative of her late husband, she set up …": a gloss of the phrase's name;
      // the name stays with the clause, the gloss is stated of it.)
      const named = lead.slice(1);
      // (Only "a/an": "At Bergen, the wooden buildings of the German wharf, Bryggen, still stand" has its subject there.)
      const glossed = (/^(a|an)$/i.test(word(rest[0])) && named.length >= 1 && named.length <= 4 && named.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && !t.tags.has("Pronoun"))) || superlativeGloss(named, rest);
      if (next !== undefined && (PREPOSITIONS.has(word(rest[0])) || participle || glossed)) {
        const keepLead = lead.length <= 6 && (lead.some((t) => t.tags.has("Date") || t.tags.has("Year") || /^\d{4}$/.test(t.text)) || participle || glossed);
        const clause = rest.slice(next + 1);
        if (glossed) out.push({ kind: "appositive", toks: [...named, inserted(pastMain(clause) || SAME_IN_PAST.test(mainVerb(clause)?.text ?? "") ? "was" : "is", ["Verb", "Copula"]), ...rest.slice(0, next)] });
        if (participle) {
          const np = lead.slice(1);
          // (Not "In the United Kingdom that figure is Bank Rate, set by …": a clause is no noun phrase.)
          if ((np[0]?.tags.has("Determiner") || /^\p{Lu}/u.test(np[0]?.text ?? "")) && !hasFiniteVerb(np)) out.push({ kind: "participle", toks: [...np, inserted(pluralSubject(np) ? "were" : "was", ["Verb", "Auxiliary", "PastTense"]), ...rest.slice(0, next)] });
        }
        body = keepLead ? [...lead, body[comma], ...rest.slice(next + 1)] : rest.slice(next + 1);
      }
    }
  }
  body = dropParentheticalOpeners(body);
  const asides: Tok[][] = [];
  // ("…studied notarial records and found no sign of X; the buyers were …": a clause after a
  // semicolon is split off before a verb list is, or the list's last verb takes it along.)
  const split = (part: Tok[]) => semicolonClauses(part).flatMap((p) => splitModalPair(p) ?? splitVerbList(p, asides) ?? splitCoordinated(p)).flatMap(splitTrailingSubordinate).flatMap(splitRepeatedComplement).flatMap(splitGappedName);
  // "… drained so that engineers can repair its dam since it was built 130 years ago, Ashdale Water
  // announced on Tuesday": who said it goes with the first clause, not the last one split off.
  const said = reportingTailAt(body);
  let clauses = split(said > 0 ? body.slice(0, said) : body);
  if (said > 0) clauses = clauses.length > 1 ? [[...clauses[0], ...body.slice(said)], ...clauses.slice(1)] : split(body);
  // "…invaded Iraq, overthrowing Saddam Hussein in 2003, withdrew …": the participle with the verb
  // it belongs to, as a statement of its own (a cloze at most: its tense is not ours to change).
  for (const a of asides) out.push({ kind: "participle", toks: a });
  clauses.forEach((clause, k) => {
    const { main: whole, extra } = removeInterrupters(clause);
    const main = participleCommaKept(gappedTailDropped(orphanExamplesDropped(whole)), toks);
    if (main.length >= 3 && subjectOf(main)) {
      out.splice(k === 0 ? 0 : out.length, 0, { kind: k === 0 ? "main" : "coordinate", toks: main });
      // (Each is a main clause of its own: its subject is resolved as the sentence's is.)
      for (const one of datedObjects(main) ?? []) out.push({ kind: "main", toks: one });
    }
    for (const one of countedSubjects(main) ?? []) out.push({ kind: "coordinate", toks: one });
    // "Jan van Helmont put that idea to the test by growing a small willow tree in a pot …": what the
    // subject did is a statement of its own ("Jan van Helmont grew a small willow tree in a pot …").
    const by = main.findIndex((t, i) => i >= 2 && word(t) === "by" && isGerund(main[i + 1]) && !main.slice(0, i).some(isComma));
    // (Not after a passive: "The town was saved by building a wall" — the town built nothing.)
    const doer = by > 0 && !/^(is|are|was|were|be|been|being)$/i.test(mainVerb(main.slice(0, by))?.text ?? "") ? subjectOf(main) : undefined;
    const upTo = main.findIndex((t, i) => i > by && isComma(t));
    // ("put", "set": a past that reads as a present is past in a sentence that gives an old year.)
    const verbAfter = doer ? main[main.findIndex((t) => t.from === doer[doer.length - 1].from && t.text === doer[doer.length - 1].text) + 1] : undefined;
    const past = pastMain(main) || ((SAME_IN_PAST.test(verbAfter?.text ?? "") || /^read$/i.test(verbAfter?.text ?? "")) && toks.some((t) => /^1\d{3}$/.test(t.text)));
    // ("by buying or selling dollars", "by switching the compressor on when … and off when …": a choice or
    // a condition of the phrase's own would be cut in half.)
    // (Read in the sentence as written: the simplifier may have cut the condition off already.)
    const how = main.slice(by + 1, upTo < 0 ? undefined : upTo);
    const written = by > 0 ? toks.findIndex((t) => t.from === main[by].from && t.from >= 0) : -1;
    const writtenEnd = toks.findIndex((t, i) => i > written && isComma(t));
    const asWritten = written > 0 ? toks.slice(written, writtenEnd < 0 ? undefined : writtenEnd) : how;
    // (The subject opens the clause and its verb follows it: "Before the bridge opened it was tested by …" has neither.)
    const opens = !!doer && main[0]?.from === doer[0].from && !/^(is|are|was|were|be|been|being|has|have|had)$/i.test(verbAfter?.text ?? "") &&
      !main.slice(0, by).some((t, i, arr) => /^(is|are|was|were|be|been)$/i.test(t.text) && /^\p{Ll}+(?:ed|en|t)$/u.test(arr[i + 1]?.text ?? ""));
    if (doer && opens && verbAfter?.tags.has("Verb") && !asWritten.some((t) => /^(or|when|if|unless|until|while|whenever)$/i.test(t.text)) && !doer.some((t) => t.tags.has("Pronoun") && !/^(he|she|it|they)$/i.test(t.text))) out.push(...gerundStatements(how, doer, past));
    // "the honey stomach, which is separate from X and can hold Y": each verb of a relative clause
    // is a statement of its own.
    for (const st of extra) {
      const parts = st.kind === "relative" ? splitCoordinated(st.toks) : [st.toks];
      out.push(...(parts.length > 1 ? parts.map((p) => ({ kind: st.kind, toks: p })) : [st]));
    }
    // "He showed that a returning bee performs a waggle dance": what a factive verb reports is a
    // fact of the article's own; what is said or believed ("said that", "argued that") is not.
    // ("Its report concluded that …": what an inquiry's report concluded is its finding; what a person
    // concluded may be wrong — van Helmont's rainwater.)
    const finding = (t: Tok, i: number) => FACTIVE.test(t.text) || (/^(concluded|concludes)$/i.test(t.text) && /^(report|reports|inquiry|investigation|review|study|commission|board|inquest)$/i.test(main[i - 1]?.text ?? ""));
    const f = main.findIndex((t, i) => finding(t, i) && isFiniteVerb(main, i) && word(main[i + 1]) === "that");
    const content = f > 0 ? main.slice(f + 2) : [];
    // (What "would" or "might" happen is a forecast, found or not.)
    if (content.length >= 4 && startsClause(content) && !content.some((t) => t.text === '"' || t.text === "“" || /^(would|will|might|may)$/i.test(t.text))) out.push({ kind: "subordinate", toks: content });
    const told = announced(main);
    if (told) out.push({ kind: "subordinate", toks: told });
  });
  // "… has four main parts: the compressor, the condenser, … and the evaporator": a list after a
  // colon names the counted things; it stays with the statement that counts them.
  const list = countedList(toks);
  if (list) {
    const holder = out.find((st) => st.toks[st.toks.length - 1] === list.before);
    // A copy with the list: the count is still asked from the statement without it.
    if (holder) out.push({ kind: "list", toks: [...holder.toks, ...list.items] });
  }
  // "The 1970s spoiled the choice: many countries suffered …": a clause after a colon says more
  // about the first; it is simplified as a sentence of its own, after the first's statements.
  const colon = toks.findIndex((t, i) => i > 3 && t.text === ":" && !titleColon(toks, i) && !clockColon(toks, i));
  let after = colon > 0 ? toks.slice(colon + 1) : [];
  // "The steel came mostly from England: about 79 percent of it was shipped from Middlesbrough": a
  // share "of it" is a share of the first half's subject.
  const share = after.findIndex((t, i) => i >= 2 && i <= 5 && /^(it|them)$/i.test(t.text) && word(after[i - 1]) === "of" && isFiniteVerb(after, i + 1));
  const whole = share > 0 ? subjectOf(toks.slice(0, colon)) : undefined;
  if (whole && !whole.some((t) => t.tags.has("Pronoun")) && /^(the)$/i.test(whole[0].text) && (word(after[share]) === "them") === pluralSubject(whole) && after.slice(0, share - 1).some((t) => t.tags.has("Value") || /^(most|much|many|some|all|half|part|none)$/i.test(t.text))) {
    after = [...after.slice(0, share), { ...whole[0], text: "the" }, ...whole.slice(1), ...after.slice(share + 1)];
  }
  // Only its main clause and the asides on its nouns: a pronoun or "these" subject leans on the
  // first half, and its own subordinate and coordinate clauses are too far from what they lean on.
  // "Voyager 2 actually left first: it was launched on 20 August 1977 …": "it" after the colon is
  // the first half's subject, a name or a described thing that agrees with it.
  let first = colon > 0 ? subjectOf(toks.slice(0, colon)) : undefined;
  while (first?.length && first[first.length - 1].tags.has("Adverb")) first = first.slice(0, -1);
  // (Nothing left but adverbs — "Fully stated, this is the law:" — is no subject.)
  if (!first?.length) first = undefined;
  // ("As young men the brothers went into business …": a fronted phrase with no comma is no part of the subject.)
  const theAt = first && (PREPOSITIONS.has(word(first[0])) || /^as$/i.test(first[0].text)) ? first.findIndex((t, k) => k >= 2 && word(t) === "the") : -1;
  if (first && theAt > 0 && !first.slice(0, theAt).some((t) => /^\p{Lu}/u.test(t.text) && t !== first![0])) first = first.slice(theAt);
  // ("…: in 1889 they launched …": a pronoun after a fronted year is the clause's subject all the same.)
  const year = /^(in|on)$/i.test(word(after[0])) && after.slice(1, 4).some((t) => /^\d{4}$/.test(t.text)) ? after.findIndex((t, k) => k >= 2 && k <= 4 && /^(it|they)$/i.test(t.text)) : -1;
  if (first && year > 0 && after.slice(1, year).every((t) => DATE_WORD.test(t.text)) && isFiniteVerb(after, year + 1) && !first.some((t) => t.tags.has("Pronoun") || t.tags.has("Person")) &&
    (/^they$/i.test(after[year].text) === pluralSubject(first)) && word(first[0]) === "the" && first.length <= 5) {
    after = [{ ...after[0], text: word(after[0]) === "in" ? "In" : "On" }, ...after.slice(1, year), { ...first[0], text: "the" }, ...first.slice(1), ...after.slice(year + 1)];
  } else if (first && /^(it|they)$/i.test(after[0]?.text ?? "") && isFiniteVerb(after, 1) && !first.some((t) => t.tags.has("Pronoun") || t.tags.has("Person")) &&
    (/^they$/i.test(after[0].text) === pluralSubject(first)) && (/^\p{Lu}/u.test(first[0].text) || word(first[0]) === "the") && first.length <= 5) {
    after = [...first.map((t, i) => (i === 0 && word(t) === "the" ? { ...t, text: "The" } : t)), ...after.slice(1)];
  }
  // ("about 79 percent of …": an approximate number opens the subject.)
  const approximate = /^(about|around|nearly|almost|roughly|some|over)$/i.test(after[0]?.text ?? "") && !!after[1]?.tags.has("Value");
  // ("…: between 1979 and 1981 Paul Volcker, chairman of …, pushed …": a clause after a fronted span of years.)
  const datedSpan = yearSpan(after) && /^\p{Lu}/u.test(after[4]?.text ?? "");
  const subject = after.length >= 4 && (startsClause(after) || (approximate && startsClause(after.slice(1)))) ? subjectOf(after) ?? (approximate ? subjectOf(after.slice(1)) : undefined) : datedSpan ? after.slice(4, 5) : undefined;
  // "Only one river flows out: the Angara, which runs past Irkutsk and later joins the Yenisei": the
  // name after the colon is what its relative clause is about ("The Angara later joins the Yenisei").
  const named = !subject && !list ? after.findIndex((t, i) => i >= 1 && i <= 5 && isComma(t)) : -1;
  if (named > 0 && /^(which|who)$/i.test(after[named + 1]?.text ?? "") && isFiniteVerb(after, named + 2) && isNameRun(word(after[0]) === "the" ? after.slice(1, named) : after.slice(0, named)) &&
    after.length - named >= 5 && !after.slice(named + 1).some((t) => t.text === ":" || isComma(t))) {
    const name = after.slice(0, named).map((t, i) => (i === 0 && word(t) === "the" ? { ...t, text: "The" } : t));
    const clause = [...name, ...after.slice(named + 2)];
    while (clause.length && /^[.!?]$/.test(clause[clause.length - 1].text)) clause.pop();
    for (const part of splitCoordinated(clause)) if (part.length >= 4 && hasFiniteVerb(part)) out.push({ kind: "relative", toks: part });
  }
  // "The stay is short: on average, a molecule of water spends …", "…: the Black Death, the plague
  // pandemic of the 1340s, is thought to …": a clause after a short fronted phrase, or with an aside
  // on its subject, is a clause all the same when its own main statement has a named subject.
  // (Not past a prepositional aside after its subject: "carbon dioxide plus water, in the presence of
  // light, gives glucose" holds only under the condition the aside sets.)
  const c0 = after.findIndex(isComma);
  const condition = c0 > 0 && !PREPOSITIONS.has(word(after[0])) && (PREPOSITIONS.has(word(after[c0 + 1])) || SUBORDINATORS.has(word(after[c0 + 1])));
  const fronted = !subject && !list && !condition && !(named > 0 && /^(which|who)$/i.test(after[named + 1]?.text ?? "")) && after.length >= 6 && !after.some((t) => t.text === ":" || t.text === ";") ? simplify(after).find((st) => st.kind === "main") : undefined;
  const frontedSubject = fronted ? subjectOf(fronted.toks) : undefined;
  const own = frontedSubject && !frontedSubject.some((t) => t.tags.has("Pronoun") || /^(this|these|those|that|such|some|most|much|many|all|none|each)$/i.test(t.text)) ? frontedSubject : undefined;
  if (!list && (subject ?? own) && !(subject ?? own)!.some((t) => t.tags.has("Pronoun") || /^(this|these|those|that|such)$/i.test(t.text)) && !after.some((t) => t.text === ":")) {
    // (A statement with the clause's own subject — "… from X, on a Titan IIIE rocket" → "Voyager 2
    // was launched on a Titan IIIE rocket" — is as near as the clause.)
    // ("…: the brick bridge … has two …, and the Box Tunnel near Bath is almost three kilometres
    // long": a coordinate clause whose subject is a name of its own stands as near.)
    const named = (st: Statement) => {
      const own = st.kind === "coordinate" ? subjectOf(st.toks) : undefined;
      return !!own && own[0] === st.toks[0] && !own.some((t) => t.tags.has("Pronoun") || /^(this|these|those|that|such|other|another)$/i.test(t.text)) && own.some((t, k) => k > 0 && /^\p{Lu}/u.test(t.text));
    };
    // (After a fronted phrase or an aside, its main clause and the asides on its nouns only.)
    const more = simplify(after).filter((st) => (subject ? /^(main|participle|appositive|relative)$/ : /^(main|appositive|relative)$/).test(st.kind) || (!!subject && /^(subordinate|coordinate)$/.test(st.kind) && st.toks[0] === after[0]) || (!!subject && named(st)));
    out.push(...more.map((st) => (st.kind === "main" ? { ...st, kind: "coordinate" as const } : st)));
  }
  // The main clause first, then the rest in order of appearance. A statement states something: one
  // with no finite verb ("Lombard contingents in the campaign of X in 1038–40", "With Rivera having
  // been a linebacker …") is a fragment a split left behind.
  // Two rules may state the same thing ("The army marched in the depth of winter" from a place
  // aside and from a repeated complement): each statement once.
  const seen = new Set<string>();
  // An instruction ("Mix the flours … until no dry patches remain, then cover and leave …"): its
  // verbs are the reader's; a statement that gives one of them a subject from elsewhere in the
  // sentence ("no dry patches leave for 45 minutes") misreads it.
  // ("To make a starter from scratch, stir …": an instruction after its purpose.)
  const afterPurpose = word(toks[0]) === "to" ? toks.findIndex(isComma) + 1 : 0;
  const instruction = !!toks[0]?.tags.has("Imperative") || (afterPurpose > 0 && !!toks[afterPurpose]?.tags.has("Verb") && (toks[afterPurpose].tags.has("Imperative") || toks[afterPurpose].tags.has("Infinitive")));
  const at = instruction ? new Map(toks.map((t, i) => [t.from, i])) : new Map<number, number>();
  const reordered = (st: Statement) => st.toks.some((t, i) => i > 0 && t.from >= 0 && st.toks[i - 1].from >= 0 && (at.get(t.from) ?? 0) - (at.get(st.toks[i - 1].from) ?? 0) !== 1);
  // "a murder turned, in under six weeks, into a war": an aside between a verb and what completes it;
  // a statement that ends with the aside ("… turned in under six weeks") lost the completion.
  const asideEnds = new Set<number>();
  for (let c1 = 0; c1 < toks.length; c1++) {
    if (!isComma(toks[c1]) || !(toks[c1 + 1]?.tags.has("Preposition") || /^(?:in|after|before|within|during|over|at|on|for|by)$/i.test(toks[c1 + 1]?.text ?? ""))) continue;
    const c2 = toks.findIndex((t, k) => k > c1 + 1 && isComma(t));
    if (c2 < 0 || c2 - c1 > 9 || c2 + 1 >= toks.length) continue;
    const next = toks[c2 + 1];
    // (Only where the verb before the aside has no object yet, "turned, …, into", or an infinitive
    // follows it, "the first states, after Armenia, to make": "joins the Atlantic, by way of the
    // Caribbean, to the Pacific" was complete before its aside.)
    const bareVerb = !!toks[c1 - 1]?.tags.has("Verb") && /^(?:into|to|as|than|from|with|of|onto)$/i.test(next.text);
    const infinitive = /^to$/i.test(next.text) && /^\p{Ll}+$/u.test(toks[c2 + 2]?.text ?? "") && !toks[c2 + 2].tags.has("Determiner") && !toks[c2 + 2].tags.has("Value") && !toks[c2 + 2].tags.has("Possessive");
    if ((bareVerb || infinitive) && toks[c2 - 1].from >= 0) asideEnds.add(toks[c2 - 1].from);
  }
  // "… where representatives from the ferry company, the council and NHS Kilmorran will answer
  // questions": the last of a list inside a subject is not the subject ("NHS Kilmorran will answer …").
  const listTail = (st: Statement) => {
    const i = st.toks[0] && st.toks[0].from >= 0 ? toks.findIndex((t) => t.from === st.toks[0].from) : -1;
    if (i < 3 || !/^(?:and|or)$/i.test(toks[i - 1].text)) return false;
    let j = i - 2;
    while (j > 0 && !/^(?:where|which|who|that|when|whom)$/i.test(toks[j].text)) j--;
    return toks.slice(j + 1, i - 1).some(isComma) && !hasFiniteVerb(toks, j + 1, i - 1) && /^(?:from|of|by)$/i.test(toks.slice(j + 1, i - 1).find((t) => /^(?:from|of|by)$/i.test(t.text))?.text ?? "");
  };
  // "In 1987 the plant director Viktor Bryukhanov, the chief engineer Nikolai Fomin and Dyatlov were
  // each sentenced …": the last of a list of people before the verb is no subject alone (the list's
  // first name is as much sentenced as they are).
  const peopleListTail = (st: Statement) => {
    const i = st.toks[0] && st.toks[0].from >= 0 ? toks.findIndex((t) => t.from === st.toks[0].from) : -1;
    if (i < 2 || !isComma(toks[i - 1]) || !/^\p{Lu}/u.test(toks[i - 2].text) || hasFiniteVerb(toks, 0, i)) return false;
    const verb = st.toks.findIndex((_, k) => isFiniteVerb(st.toks, k));
    return verb > 0 && st.toks.slice(0, verb).some((t, k) => word(t) === "and" && /^\p{Lu}/u.test(st.toks[k + 1]?.text ?? ""));
  };
  const endsAtAside = (st: Statement) => {
    const last = [...st.toks].reverse().find((t) => /\p{L}|\d/u.test(t.text));
    return !!last && asideEnds.has(last.from);
  };
  // "The Chernobyl disaster was a nuclear accident that took place at 01:23 on 26 April 1986 …": what
  // the relative clause says of the description it says of the subject ("The Chernobyl disaster took
  // place …"), a shorter claim beside the whole one.
  for (const st of [...out]) {
    const acted = predicateRelative(st.toks);
    if (acted) out.push({ kind: "relative", toks: acted });
    // "… was formed in 1998 by Margaret Pell so that girls … could carry on playing": the claim
    // without its purpose too, so its own facts are asked in a stem of their own length (the purpose
    // is asked "Why …?" from the whole).
    // ("… made lecture tours of Britain in 1893 and 1894 in the hope that British criticism would …":
    // a hope, an attempt or a bid is a purpose too.)
    const hoped = (k: number) => /^in$/i.test(st.toks[k].text) && /^(?:the hope (?:that|of)|an? (?:attempt|bid|effort) to)$/i.test(st.toks.slice(k + 1, k + 4).map((t) => t.text).join(" "));
    const purpose = st.toks.findIndex((t, k) => k >= 4 && ((/^so$/i.test(t.text) && /^that$/i.test(st.toks[k + 1]?.text ?? "")) || (/^in$/i.test(t.text) && /^order$/i.test(st.toks[k + 1]?.text ?? "") && /^to$/i.test(st.toks[k + 2]?.text ?? "")) || hoped(k)));
    if (purpose > 0 && !isComma(st.toks[purpose - 1]) && hasFiniteVerb(st.toks, 0, purpose) && st.toks.length - purpose >= 4) out.push({ kind: st.kind, toks: st.toks.slice(0, purpose) });
    const reached = changeWithoutStart(st.toks);
    if (reached) out.push({ kind: st.kind === "main" ? "coordinate" : st.kind, toks: reached });
    const instead = notButAt(st.toks);
    if (instead) out.push({ kind: st.kind === "main" ? "coordinate" : st.kind, toks: instead });
    const result = resultTailAt(st.toks);
    // (The clause stays the sentence's main statement; its cut copy is one beside it.)
    if (result > 0) out.push({ kind: st.kind === "main" ? "coordinate" : st.kind, toks: st.toks.slice(0, result) });
    const gapped = gappedFigures(st.toks);
    if (gapped) out.push(...gapped.map((toks) => ({ kind: "coordinate" as const, toks })));
    const summary = closingSummaryAt(st.toks);
    if (summary > 0) out.push({ kind: st.kind === "main" ? "coordinate" : st.kind, toks: st.toks.slice(0, summary) });
    // "The Severn Cup was first held in 1894, when Josiah Pell offered a silver cup …" (the clause's
    // own aside, "Josiah Pell, a Riverton brewer,", kept it whole until now): each half, the clause dated.
    const when = st.toks.findIndex((t, k) => k > 3 && isComma(t) && word(st.toks[k + 1]) === "when");
    const then = when > 0 ? dateBefore(st.toks, when) : undefined;
    const clause = when > 0 ? st.toks.slice(when + 2) : [];
    if (then && hasFiniteVerb(st.toks, 0, when) && !clause.some(isComma) && startsClause(clause) && !ageClause(clause)) {
      out.push({ kind: st.kind, toks: st.toks.slice(0, when) }, { kind: "subordinate", toks: [...then, ...clause] });
    }
  }

  return out
    .filter((st) => !instruction || !reordered(st))
    .filter((st) => asideEnds.size === 0 || !endsAtAside(st))
    .filter((st) => st.kind === "main" || !listTail(st))
    .filter((st) => !peopleListTail(st))
    .map((st) => ({ ...st, toks: relativeTimeDropped(st.toks) }))
    .filter((st) => hasFiniteVerb(st.toks) && !(/^with$/i.test(st.toks[0]?.text ?? "") && st.toks.some((t) => /^(having|being)$/i.test(t.text))))
    // "an ocean plate is subducted, or neither sinks easily …": one of two alternatives states neither.
    .filter((st) => !st.toks.some((t, i) => isComma(t) && word(st.toks[i + 1]) === "or" && hasFiniteVerb(st.toks, 0, i) && hasFiniteVerb(st.toks, i + 2)))
    // "Graham Pike because St Anne's Primary School stands at its far end" (its own verb cut away):
    // a subject whose first verb is a "because" clause's states nothing.
    .filter((st) => {
      const f = st.toks.findIndex((_, i) => isFiniteVerb(st.toks, i));
      return !st.toks.slice(1, Math.max(1, f)).some((t) => /^(because|although|though|whereas|unless)$/i.test(t.text));
    })
    // "The developer pay £1.5 million a year …" (from "will also have to slow …, fund …, and pay …"): a
    // singular subject before a bare verb lost the verb group it shared; it states nothing as written.
    .filter((st) => !bareVerbAfterSingular(st.toks))
    // "Borrow £1,000 from a friend and promise to pay back £1,050": an instruction to the reader (a
    // bare verb opening it, no subject) states nothing about the world.
    // ("Pit 4 was left empty": a name that reads as a verb, with a number after it, is no instruction.)
    .filter((st) => {
      const [v, next] = st.toks;
      if (!v || v.from !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(v.text) || v.tags.has("Noun") || v.tags.has("Preposition") || PREPOSITIONS.has(word(v)) || /^(beyond|besides|despite|towards|toward|alongside|amid|amongst|unlike|like|near|opposite)$/i.test(v.text) || v.tags.has("PastTense") || /^(are|is|was|were|have|has|had|do|does|did|can|could|will|would|may|might|must|should)$/i.test(v.text)) return true;
      const object = !!next && (next.tags.has("Money") || next.tags.has("Determiner") || /^(a|an|the|your|some|this|that|it|them|£|\$|€)$/i.test(next.text));
      // ("Work on the depot is due to begin …", "Work to clear the site will start …": a noun the
      // tagger read as an order, its phrase the subject of the "is" that follows.)
      const f = st.toks.findIndex((_, i) => i > 1 && isFiniteVerb(st.toks, i));
      if (!!next && /^(on|to|at|for|of)$/i.test(next.text) && f > 0 && f <= 9 && /^(is|was|has|will|would|can|could|must|should)$/i.test(st.toks[f].text) && !st.toks.slice(1, f).some((t) => isComma(t) || /^(and|or)$/i.test(t.text))) return true;
      return !(v.tags.has("Imperative") || (v.tags.has("Infinitive") && object));
    })
    // "large plant-eating mammals sometimes called sea cows" (cut from "dugongs, large … mammals
    // sometimes called sea cows"): a phrase from inside the sentence whose only verb is the participle
    // that names it is no clause.
    .filter((st) => {
      const k = st.toks.findIndex((_, i) => isFiniteVerb(st.toks, i));
      // (Not an active verb with its object first: "Marie named a new element polonium", "Europeans
      // called the town of Rashid Rosetta".)
      return !(k > 0 && st.toks[0].from > 0 && /^(called|named|known|termed|dubbed|nicknamed)$/i.test(st.toks[k].text) && !/^(a|an|the|its|his|her|their|it|them|this|that|these|those|him|her)$/i.test(st.toks[k + 1]?.text ?? "") &&
        !st.toks.slice(k + 1).some((_, i) => isFiniteVerb(st.toks, k + 1 + i)));
    })
    // "for showing that the tools of physics could answer …" (the "but" half of "not only … but for …"):
    // a phrase with no subject.
    .filter((st) => !(/^(for|by)$/.test(st.toks[0]?.text ?? "") && st.toks[1]?.tags.has("Gerund")))
    // "She is remembered not only for the molecules she solved, …" (its "but for …" split off): half a claim.
    .filter((st) => !(st.toks.some((t, k) => /^not$/i.test(t.text) && /^only$/i.test(st.toks[k + 1]?.text ?? "")) && !st.toks.some((t) => /^but$/i.test(t.text))))
    // "Next comes the committee stage": an inverted subject after an adverb of sequence is no clause
    // a question can be turned from ("What does next come?"), and "next" after what, it does not say.
    .filter((st) => !(/^(next|then|now|last|finally|first|here|there)$/i.test(st.toks[0]?.text ?? "") && /^(comes|come|came|follows|followed|goes|went|stands|stood|lies|lay)$/i.test(st.toks[1]?.text ?? "")))
    // "While Shackleton's party sailed into the Weddell Sea" (a split took its main clause away): a
    // statement that opens with a subordinator states something only with its main clause after a comma.
    // (Two verb groups or more: "When Edward died in January 1066 Harold was crowned …" keeps its main clause.)
    .filter((st) => !SUBORDINATORS.has(word(st.toks[0])) || /^(as|since|before|after|until|once)$/.test(word(st.toks[0])) || st.toks.filter((_, k) => isFiniteVerb(st.toks, k) && !isFiniteVerb(st.toks, k - 1)).length >= 2)
    // "Only when a bill has passed through both Houses …": the clause an inverted "does it become …"
    // hangs on, cut from it.
    .filter((st) => !(/^(only|not)$/i.test(st.toks[0]?.text ?? "") && /^(when|if|after|once|until|then)$/i.test(st.toks[1]?.text ?? "")))
    // "The combustion chamber is a ring-shaped space where jet fuel" (an appositive cut at an aside's
    // comma inside its relative clause): a relative word with no verb after it leaves the claim open.
    .filter((st) => {
      const r = st.toks.findIndex((t, k) => k > 0 && /^(where|which|who|whom|whose)$/i.test(t.text) && !/^[,(]$/.test(st.toks[k + 1]?.text ?? ""));
      // (A short tail only: a long one the tagger may have read no verb in — "in which the two high
      // tides of a day reach …" — is whole.)
      // ("jet fuel": a bare verb form before a noun is the noun's first word.)
      return r < 0 || st.toks.length - r > 4 || st.toks.slice(r + 1).some((t, k) => isFiniteVerb(st.toks, r + 1 + k) && !(t.tags.has("Infinitive") && !!st.toks[r + 2 + k]?.tags.has("Noun")));
    })
    // "four experts appointed from outside, who meet eight times a year" (a list's last item split off
    // as a clause): a participle after its noun and a relative clause's verb make no main verb.
    .filter((st) => {
      const r = st.toks.findIndex((t, k) => k > 0 && isComma(t) && /^(who|which)$/i.test(st.toks[k + 1]?.text ?? ""));
      return r < 0 || st.toks.slice(0, r).some((_, k) => isFiniteVerb(st.toks, k) && !postNominalParticiple(st.toks, k));
    })
    // "a town in Panama on the busy overland route taken by fortune-seekers …" (an aside split off as a
    // clause): nor do participles after their nouns alone.
    // (Only a phrase opening "a"/"an" from inside the sentence: "Okafor finished with 31 goals" has its verb
    // after its subject, which the participle test cannot tell apart.)
    .filter((st) => !(/^(a|an)$/.test(st.toks[0]?.text ?? "") && st.toks[0].from > 0 && st.toks.every((_, k) => !isFiniteVerb(st.toks, k) || (postNominalParticiple(st.toks, k) && word(st.toks[k + 1]) === "by"))))
    // "… between the town's two rowing clubs over" (its "which had the faster crew" read as a relative
    // clause and cut): a preposition whose question word went with the cut leaves the claim open.
    .filter((st) => {
      const last = st.toks[st.toks.length - 1];
      const at = last && last.from >= 0 ? toks.findIndex((t) => t.from === last.from) : -1;
      return !(at >= 0 && /^(over|about|of|between|on|in|for|to|from|with|by|at|as)$/i.test(last.text) && /^(which|whom|whether|what|who|how)$/i.test(word(toks[at + 1])));
    })
    .filter((st) => {
      const key = `${st.kind}|${st.toks.map((t) => t.text).join(" ")}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.kind === "main" ? -1 : b.kind === "main" ? 1 : 0));
}

/** Participles written as the past ("had won" → "won", "had nationalised" → "nationalised"). */
const SAME_PAST_PARTICIPLE = /^(?:\p{Ll}{2,}ed|won|made|built|found|held|lost|sent|spent|kept|left|paid|sold|told|brought|bought|taught|caught|fought|led|met|heard|laid|struck|reached|agreed)$/u;

/** Verbs by which a body makes known what has happened (not what someone thinks: "said", "argued"). */
const ANNOUNCED = /^(?:announced|announces|confirmed|confirms)$/i;

/**
 * "On 8 October 2004 the Norwegian Nobel Committee announced that she had won the Nobel Peace Prize
 * "for her contribution to …"": what was announced or confirmed as done is a fact of the article's
 * own ("she had won the Nobel Peace Prize"); a closing quotation that gives its grounds goes with
 * the frame. Not a plan or forecast ("would", "will", "could"), not a claim ("said", "argued"), nor
 * a negation or condition the frame holds ("announced that no … unless …").
 */
function announced(main: Tok[]): Tok[] | undefined {
  const f = main.findIndex((t, i) => ANNOUNCED.test(t.text) && isFiniteVerb(main, i) && word(main[i + 1]) === "that");
  if (f < 2) return undefined;
  // (Only the clause's own verb: "the club, which announced that …" is a relative clause's.)
  if (main.slice(0, f).some((t) => isComma(t) && /^(?:which|who)$/i.test(word(main[main.indexOf(t) + 1])))) return undefined;
  let content = main.slice(f + 2);
  const quote = content.findIndex((t) => /^["“]$/.test(t.text));
  if (quote >= 0) {
    // ('the Nobel Peace Prize "for her contribution …"': a quoted ground after the thing, cut away.)
    if (!/^(?:for|in|as|because)$/i.test(word(content[quote + 1])) || !content.slice(quote + 1).some((t) => /^["”]$/.test(t.text))) return undefined;
    if (content.slice(quote).findIndex((t, k) => k > 0 && /^["”]$/.test(t.text)) < content.slice(quote).length - 2) return undefined;
    content = content.slice(0, quote);
  }
  if (content.length < 6 || !startsClause(content) || !hasFiniteVerb(content)) return undefined;
  if (content.some((t) => /^(?:would|will|could|might|may|should|must|shall|can|not|never|no|unless|if|whether|plans?|planned|intends?|hopes?)$/i.test(t.text) || /n't$/i.test(t.text))) return undefined;
  // (A second reported clause, "… and that …", stays with its frame.)
  if (content.some((t, k) => /^and$/i.test(t.text) && /^that$/i.test(word(content[k + 1])))) return undefined;
  // ("she had won" → "she won": told as a fact of its own, the deed is in the simple past, where the
  // participle is the past form too.)
  const had = content.findIndex((t, k) => /^had$/i.test(t.text) && SAME_PAST_PARTICIPLE.test(word(content[k + 1])));
  return had > 0 && content.filter((t) => /^had$/i.test(t.text)).length === 1 ? [...content.slice(0, had), ...content.slice(had + 1)] : content;
}

/**
 * "On 5 June 1977, Maathai and her supporters planted seven trees in a Nairobi park, the first step of
 * what became the Green Belt Movement", "… were turned over, a campaign of cultivation that historians
 * now call …": a closing noun phrase that sums up or glosses what went before; the clause without it
 * is still true. Where it starts, or -1. Only a long statement; the phrase opens "a"/"an"/"the" and a
 * common noun, runs to the end with no comma, no list ("the church and the hall") and no verb of its
 * own outside a relative or participle; the clause before it has its own subject and verb.
 */
const SUMMARY_HEAD = /^(?:step|steps|campaign|arrangement|win|victory|defeat|figure|record|rise|fall|drop|increase|move|decision|result|feat|achievement|process|change|sum|total|event|alignment|journey|trip|distance|span|period|stretch|shift|blow|setback|milestone|turning|landmark|first|occasion|repeat|reversal|margin)$/i;

function closingSummaryAt(toks: Tok[]): number {
  if (toks.length < 16) return -1;
  const k = toks.findLastIndex((t) => isComma(t));
  if (k < 6 || toks.length - k < 4) return -1;
  const tail = toks.slice(k + 1);
  if (!/^(?:a|an|the)$/i.test(tail[0].text)) return -1;
  // (A word that sums up the clause — "a campaign", "the first step", "a win", "the highest since …" —
  // not a gloss of the last noun, "rheumatoid arthritis, a painful disease that would twist Hodgkin's
  // hands", whose words the clause may need.)
  let h = 1;
  while (h < tail.length - 1 && h <= 3 && (tail[h].tags.has("Adjective") || tail[h].tags.has("Ordinal") || /^(?:first|second|third|last|final|only)$/i.test(tail[h].text)) && !SUMMARY_HEAD.test(tail[h].text)) h++;
  if (!SUMMARY_HEAD.test(tail[h].text) && !(h === 1 && /^\p{Ll}+est$/u.test(tail[1].text) && /^(?:since|for|in|on|of|ever)$/i.test(word(tail[2])))) return -1;
  if (tail.some((t, i) => /^(?:and|or)$/i.test(t.text) && /^(?:a|an|the|\p{Lu}.*)$/u.test(tail[i + 1]?.text ?? "") && !/^(?:a half|a quarter)$/i.test(`${tail[i + 1]?.text} ${tail[i + 2]?.text}`))) return -1;
  // (Its verbs are a relative clause's or a participle's: "a win sealed by …", "an arrangement that comes …".)
  const rel = tail.findIndex((t) => /^(?:that|which|who|whom|whose|what|where|when)$/i.test(t.text));
  if (tail.slice(0, rel < 0 ? tail.length : rel).some((_, i) => isFiniteVerb(tail, i) && !postNominalParticiple(tail, i))) return -1;
  const kept = toks.slice(0, k);
  if (kept.filter((t) => /^["“”]$/.test(t.text)).length % 2 === 1) return -1;
  // ("… scenes from fables and, during the battle, the bodies of …": the comma closes an aside the
  // clause goes on after.)
  if (kept.some((t, i) => isComma(t) && /^(?:and|or|but|yet)$/i.test(word(kept[i - 1])))) return -1;
  // (Not a gloss the clause asks for: "… is known as X, the …", "… was renamed …, the …".)
  if (/^(?:as|called|named|known)$/i.test(kept[kept.length - 1].text)) return -1;
  if (!hasFiniteVerb(kept) || !subjectOf(kept)) return -1;
  return k;
}

/**
 * "Of the £14.2 million cost, £11.7 million will come from council borrowing, to be repaid over 40
 * years, and the remaining £2.5 million from a grant by Sport England": a second figure after ", and"
 * whose verb group the first clause gave it (the same preposition after it). Each half is a statement:
 * the first clause, and the second figure with the verb group and a fronted phrase they share ("Of the
 * £14.2 million cost, £2.5 million will come from a grant by Sport England").
 */
function gappedFigures(toks: Tok[]): Tok[][] | undefined {
  const c = toks.findLastIndex((t, i) => isComma(t) && /^and$/i.test(word(toks[i + 1])));
  if (c < 5) return undefined;
  const tail = toks.slice(c + 2);
  if (tail.length < 4 || !/^(?:the|a|an|another)$/i.test(tail[0].text) || tail.some((_, i) => isFiniteVerb(tail, i) || isComma(tail[i]))) return undefined;
  const p = tail.findIndex((t, i) => i >= 2 && PREPOSITIONS.has(word(t)));
  const figure = (ts: Tok[]) => ts.some((t) => t.tags.has("Money") || /^[£$€]?\d/.test(t.text));
  if (p < 0 || !figure(tail.slice(0, p))) return undefined;
  const head = toks.slice(0, c);
  const subject = subjectOf(head);
  if (!subject?.length || !figure(subject)) return undefined;
  const s = head.indexOf(subject[subject.length - 1]);
  if (s < 0) return undefined;
  let v = s + 1;
  while (v < head.length && (isAux(head[v]) || isFiniteVerb(head, v) || head[v].tags.has("Infinitive"))) v++;
  if (v === s + 1 || word(head[v]) !== word(tail[p])) return undefined;
  // (A fronted phrase ending at a comma before the subject is the pair's: "Of the £14.2 million cost,".)
  const lead = isComma(head[s - subject.length]) ? head.slice(0, s - subject.length + 1) : head[s - subject.length] === head[0] ? [] : undefined;
  if (!lead || (lead.length && !PREPOSITIONS.has(word(lead[0])) && word(lead[0]) !== "of")) return undefined;
  const group = head.slice(s + 1, v);
  // "the remaining £2.5 million" is what is left after the first figure: alone, the figure itself
  // ("Of the £14.2 million cost, £2.5 million will come from …"; a reading faulted "the remaining").
  const from = /^the$/i.test(tail[0].text) && /^(?:remaining|other|rest|last|final)$/i.test(word(tail[1])) && figure([tail[2]]) ? 2 : 0;
  const lower = (t: Tok) => (lead.length === 0 ? { ...t, text: t.text[0].toUpperCase() + t.text.slice(1) } : t);
  return [head, [...lead, lower(tail[from]), ...tail.slice(from + 1, p), ...group, ...tail.slice(p)]];
}

/**
 * "The Great Barrier Reef is not really a single reef at all but a vast patchwork of some 2,900
 * individual reefs": what a thing is "not … but …" is what it is; the statement says that alone
 * ("The Great Barrier Reef is a vast patchwork of some 2,900 individual reefs"). Only after a copula,
 * both halves noun phrases with no verb or comma of their own.
 */
function notButAt(toks: Tok[]): Tok[] | undefined {
  const c = toks.findIndex((t, i) => i >= 1 && /^(?:is|are|was|were)$/i.test(t.text) && /^not$/i.test(word(toks[i + 1])));
  if (c < 1) return undefined;
  const b = toks.findIndex((t, i) => i > c + 2 && /^but$/i.test(t.text));
  if (b < 0 || !/^(?:a|an|the|one)$/i.test(word(toks[b + 1]))) return undefined;
  const denied = toks.slice(c + 2, b);
  // (What follows the second half's comma, "…, spread over an area of …", "…, in which …", says more of
  // it; the half is whole without it.)
  const comma = toks.findIndex((t, i) => i > b && isComma(t));
  const rest = toks.slice(b + 1, comma < 0 ? undefined : comma);
  // ("… not the deepest in the world but the oldest": an elliptical superlative says too little alone.)
  if (rest.length < 3 || /^\p{Ll}+est$/u.test(rest[1].text) || !rest.some((t) => t.tags.has("Noun") && !t.tags.has("Pronoun"))) return undefined;
  if (!/^(?:a|an|the|one|really|simply|just|merely|only)$/i.test(word(denied[0]))) return undefined;
  if ([...denied, ...rest].some((t) => isComma(t) || /^(?:not|no|never|only|but|which|that|who)$/i.test(t.text) && t !== denied[0]) || denied.some((_, i) => isFiniteVerb(denied, i)) || rest.some((_, i) => isFiniteVerb(rest, i))) return undefined;
  const head = toks.slice(0, c + 1);
  if (!subjectOf(head) || toks.slice(0, c).some(isComma)) return undefined;
  return [...head, ...rest];
}

const CHANGE_VERB = /^(?:fallen|fell|falls|risen|rose|rises|dropped|drops|grown|grew|grows|increased|increases|decreased|decreases|climbed|climbs|jumped|jumps|soared|soars|plunged|plunges|cut|reduced|raised)$/i;

/**
 * "Within months the death rate had fallen sharply, from around 42 per cent of patients in February
 * 1855 to about 2 per cent by June": a change told from one figure to another; the change to the
 * second alone is still true ("… had fallen sharply to about 2 per cent by June") and short enough to
 * ask. Only a long statement, both figures numbers, nothing but the start figure's phrase cut.
 */
function changeWithoutStart(toks: Tok[]): Tok[] | undefined {
  if (toks.length < 18) return undefined;
  const f = toks.findIndex((t, i) => /^from$/i.test(t.text) && toks.slice(Math.max(0, i - 3), i).some((x) => CHANGE_VERB.test(x.text)));
  if (f < 3) return undefined;
  const to = toks.findIndex((t, i) => i > f + 1 && /^to$/i.test(t.text));
  if (to < 0 || toks.slice(f + 1, to).some((t) => isComma(t) || /^(?:and|or|but|not)$/i.test(t.text))) return undefined;
  const figure = (ts: Tok[]) => ts.some((t) => /\d/.test(t.text) || t.tags.has("Value"));
  if (!figure(toks.slice(f + 1, to)) || !figure(toks.slice(to + 1, to + 5))) return undefined;
  // (The comma before "from" goes with the phrase; the verb and its adverb stay.)
  const start = isComma(toks[f - 1]) ? f - 1 : f;
  const kept = [...toks.slice(0, start), ...toks.slice(to)];
  return hasFiniteVerb(kept) && subjectOf(kept) ? kept : undefined;
}

/** A closing participle that tells what the clause led to ("…, making it one of …", "…, leaving …"). */
const RESULT_ING = /^(?:making|leaving|bringing|raising|ending|marking|sparking|causing|prompting|ensuring|allowing|enabling|giving|pushing|sending|forcing|earning|securing|taking)$/i;

/**
 * "Around 270 CE, Aksum began to issue its own coins in gold, silver and bronze, making it one of very
 * few ancient African states to do so": what the clause led to is said after it; the clause alone
 * (up to the comma) is still true and short enough to ask. Where the tail starts, or -1. Only a
 * statement long enough to need it, whose kept part is a clause of its own (its subject, its verb),
 * with no quotation open at the cut and nothing of the tail the kept part leans on ("so", "that").
 */
function resultTailAt(toks: Tok[]): number {
  if (toks.length < 16) return -1;
  const k = toks.findIndex((t, i) => i >= 6 && isComma(t) && RESULT_ING.test(toks[i + 1]?.text ?? "") && !!toks[i + 2] && !isComma(toks[i + 2]) && !/^(?:and|or|of)$/i.test(toks[i + 2].text));
  if (k < 0 || toks.length - k < 4) return -1;
  const kept = toks.slice(0, k);
  // (A quotation open at the cut would be misquoted; a "so … that" or "such … that" needs its tail.)
  if (kept.filter((t) => /^["“”]$/.test(t.text)).length % 2 === 1) return -1;
  if (kept.some((t) => /^(?:so|such|too)$/i.test(t.text))) return -1;
  // (The clause's own verb, not a second participle of the same series: "…, taking turns, making …".)
  if (!hasFiniteVerb(kept) || !subjectOf(kept)) return -1;
  if (toks.slice(k + 2).some((t) => RESULT_ING.test(t.text) && isComma(toks[toks.indexOf(t) - 1]))) return -1;
  return k;
}

/**
 * "In 1602 the Dutch East India Company, a trading firm set up to …, began …": a date with no comma
 * of its own before the subject, the subject's aside after it; the phrase up to the comma is no
 * fronted phrase, the clause runs on past the aside.
 */
function datedSubject(toks: Tok[], comma: number): boolean {
  if (!/^(in|on|by)$/.test(word(toks[0])) || !(toks[1]?.tags.has("Date") || toks[1]?.tags.has("Year") || /^\d{4}$/.test(toks[1]?.text ?? ""))) return false;
  const from = dateRunEnd(toks, 1);
  const subject = toks.slice(from, comma);
  if (subject.length < 2 || !/^(the|a|an)$/i.test(word(subject[0])) || !subject.slice(1).every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Pronoun"))) return false;
  // The aside: a description ("a trading firm …") up to a comma with the subject's verb after it.
  const close = toks.findIndex((t, i) => i > comma + 2 && isComma(t));
  return /^(a|an)$/i.test(word(toks[comma + 1])) && close > 0 && close - comma <= 14 && isFiniteVerb(toks, close + 1);
}

/**
 * "Of the 80 observer bees, 52 learned …", "Of the £14.2 million cost, £11.7 million will come …":
 * an "of" phrase up to the comma at `comma`, before a number or an amount that takes a share of it.
 */
function partitiveLead(toks: Tok[], comma: number): boolean {
  return word(toks[0]) === "of" && /^(the|these|those|its|their|this)$/.test(word(toks[1])) && comma >= 3 && comma <= 8 && isComma(toks[comma]) &&
    !hasFiniteVerb(toks, 1, comma) && /^(?:[£$€]|[£$€]?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|half|most|all|some|many|only)$/i.test(toks[comma + 1]?.text ?? "");
}

/**
 * "In the Salar de Atacama, the largest salt flat in Chile, …": a place's name after the fronted
 * preposition ("the" and linking words allowed inside), then a superlative description of it — the
 * place's own gloss, not the clause's subject.
 */
function superlativeGloss(named: Tok[], rest: Tok[]): boolean {
  const name = word(named[0]) === "the" ? named.slice(1) : named;
  const superlative = word(rest[0]) === "the" && (!!rest[1]?.tags.has("Superlative") || /^\p{Ll}{3,}est$/u.test(rest[1]?.text ?? ""));
  return superlative && name.length >= 1 && name.length <= 5 && /^\p{Lu}/u.test(name[0].text) && /^\p{Lu}/u.test(name[name.length - 1].text) &&
    name.every((t) => (/^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && !t.tags.has("Pronoun")) || /^(de|del|la|of|el)$/.test(t.text));
}

/**
 * "Its reservoir, Lake Nasser, stretches south …", "Three sets of locks, at Gatun …, lift ships …":
 * after an aside between the subject and its verb the tagger often reads the verb as a plural noun
 * or an untensed word, and the sentence seems to have no verb. When nothing before the aside's
 * closing comma is a verb, the word after it (past "still", "now") that agrees with the subject's
 * head (an -s form after a singular head, a base form after a plural one) is the present-tense verb.
 */
function verbAfterAside(toks: Tok[]): Tok[] {
  const adjunct = PREPOSITIONS.has(word(toks[0])) ? toks.findIndex((t, i) => i <= 6 && isComma(t)) : -1;
  const start = adjunct + 1;
  const open = toks.findIndex((t, i) => i > start && isComma(t));
  const close = open < 0 ? -1 : toks.findIndex((t, i) => i > open && isComma(t));
  // (An aside that opens with a participle, "The dam, completed in 1970, controls …", has no verb of the clause's.)
  const p = /^(first|once|originally|later|now|still)$/i.test(word(toks[open + 1])) ? open + 2 : open + 1;
  const participle = !!toks[p]?.tags.has("PastTense") && !isAux(toks[p]) && !PAST_NOT_PARTICIPLE.test(toks[p].text) && PREPOSITIONS.has(word(toks[p + 1]));
  // (Nor has "Lake Baikal, home to the nerpa seal, holds …": the tagger reads "home" as a verb.)
  const homeTo = word(toks[open + 1]) === "home" && word(toks[open + 2]) === "to";
  if (close < 0 || hasFiniteVerb(toks, start, open) || (participle || homeTo ? hasFiniteVerb(toks, p + 1, close) : hasFiniteVerb(toks, open, close))) return toks;
  let k = close + 1;
  while (/^(still|now|also|often|only|then|together|each)$/.test(word(toks[k]))) k++;
  const w = toks[k];
  const next = toks[k + 1];
  if (!w || !next || !/^\p{Ll}{3,}$/u.test(w.text) || isFiniteVerb(toks, k) || isComma(next) || (next.tags.has("Verb") && !next.tags.has("Particle"))) return toks;
  if (!(w.tags.has("Verb") || w.tags.has("Noun")) || ["Determiner", "Preposition", "Pronoun", "Conjunction", "Gerund", "PastTense"].some((g) => w.tags.has(g))) return toks;
  const np = toks.slice(start, open);
  const of = np.findIndex((t, i) => i > 0 && t.tags.has("Preposition"));
  const head = (of > 0 ? np.slice(0, of) : np).at(-1);
  if (!head) return toks;
  const plural = head.tags.has("Plural") || /^(they|we)$/i.test(head.text);
  const sForm = /[^s]s$|ses$/.test(w.text);
  if (plural === sForm) return toks;
  const tags = new Set([...w.tags].filter((g) => g !== "Noun" && g !== "Plural" && g !== "Adjective"));
  tags.add("Verb");
  tags.add("PresentTense");
  return [...toks.slice(0, k), { ...w, tags }, ...toks.slice(k + 1)];
}

/**
 * "To make a single kilogram, the bees of a colony fly roughly 150,000 kilometres": in a sentence
 * with no finite verb at all, a noun after the subject's nouns that agrees with the subject's head
 * and is followed by an adverb or a number ("fly roughly", "flows 6,650") is the present-tense verb
 * the tagger read as a noun.
 */
function verbInVerbless(toks: Tok[]): Tok[] {
  if (hasFiniteVerb(toks)) return toks;
  const start = word(toks[0]) === "to" ? toks.findIndex(isComma) + 1 : 0;
  if (start < 0 || !/^(the|a|an)$/i.test(word(toks[start])) && !/^\p{Lu}/u.test(toks[start]?.text ?? "")) return toks;
  for (let k = start + 1; k < toks.length - 1; k++) {
    const w = toks[k];
    const prev = toks[k - 1];
    if (isComma(w) || w.tags.has("Preposition") && k > start + 2 && !toks[k + 1]?.tags.has("Determiner")) break;
    if (!/^\p{Ll}{3,}$/u.test(w.text) || !w.tags.has("Noun") || w.tags.has("Pronoun") || !prev.tags.has("Noun") || prev.tags.has("Pronoun")) continue;
    if (!(toks[k + 1].tags.has("Adverb") || /^\d/.test(toks[k + 1].text))) continue;
    const np = toks.slice(start, k);
    const of = np.findIndex((t, i) => i > 0 && t.tags.has("Preposition"));
    const head = (of > 0 ? np.slice(0, of) : np).at(-1)!;
    const plural = head.tags.has("Plural");
    const sForm = /[^s]s$|ses$/.test(w.text);
    if (plural === sForm) return toks;
    const tags = new Set([...w.tags].filter((g) => g !== "Noun" && g !== "Plural" && g !== "Singular" && g !== "Adjective"));
    tags.add("Verb");
    tags.add("PresentTense");
    return [...toks.slice(0, k), { ...w, tags }, ...toks.slice(k + 1)];
  }
  return toks;
}

const FIRM_NAME_END = new RegExp(`^(?:${FIRM_WORD})$`);
/** "Dorman Long and Company" before "of Middlesbrough": a firm's name ending in its company word. */
function firmBefore(toks: Tok[], of: number): Tok[] | undefined {
  if (!FIRM_NAME_END.test(toks[of - 1]?.text ?? "")) return undefined;
  let k = of - 1;
  while (k > 0 && (/^\p{Lu}/u.test(toks[k - 1].text) || /^(and|&)$/.test(toks[k - 1].text))) k--;
  return /^\p{Lu}/u.test(toks[k].text) && of - k >= 2 ? toks.slice(k, of) : undefined;
}

const SPAN_UNIT = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|season|summer|winter|spring|autumn)$/i;
/**
 * "Seven minutes from the end of extra time,", "Two years after the war,", "The year after her
 * death,", "The following year,", "Three days later,": when, said before the subject.
 */
function timeSpanOpener(lead: Tok[]): boolean {
  // "About 20,000 years ago": a rough count reads as the count.
  const rough = /^(about|some|around|nearly|roughly|almost|over)$/i.test(lead[0]?.text ?? "") && /^\d[\d,]*$/.test(lead[1]?.text ?? "") ? 1 : 0;
  const [a, b, c] = lead.slice(rough).map((t) => t.text);
  if (/^(\d[\d,]*|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|few)$/i.test(a ?? "") && SPAN_UNIT.test(b ?? "")) {
    if (lead.length === rough + 3 && /^ago$/i.test(c ?? "")) return true;
    return PREPOSITIONS.has(word(lead[rough + 2])) || (lead.length === rough + 3 && /^(later|earlier|before|after)$/i.test(c ?? ""));
  }
  if (/^(the|that)$/i.test(a ?? "") && SPAN_UNIT.test(b ?? "")) return /^(after|before)$/i.test(c ?? "") && lead.length >= 4;
  return /^(the|that)$/i.test(a ?? "") && /^(following|next|previous|same)$/i.test(b ?? "") && SPAN_UNIT.test(c ?? "") && lead.length === 3;
}

/** A list after "N nouns:" ("four main parts: A, B, C and D"): the noun before the colon and the list with its colon. */
function countedList(toks: Tok[]): { before: Tok; items: Tok[] } | undefined {
  const colon = toks.findIndex((t, i) => i > 3 && t.text === ":");
  if (colon < 0) return undefined;
  const before = toks[colon - 1];
  const counted = toks.slice(Math.max(0, colon - 4), colon - 1).some((t) => t.tags.has("Value") || /^(two|three|four|five|six|seven|eight|nine|ten|several)$/i.test(t.text));
  if (!before.tags.has("Plural") || !counted) return undefined;
  let end = toks.length;
  while (end > colon && /^[.!?;…"”’]$/.test(toks[end - 1].text)) end--;
  const items = toks.slice(colon + 1, end);
  // Items only: commas and one closing "and"/"or", no verb, nothing more after the last item.
  const links = items.filter((t) => /^(and|or)$/i.test(t.text)).length;
  if (items.length < 3 || links !== 1 || !items.some(isComma) || hasFiniteVerb(items) || items.some((t) => /^[;:]$/.test(t.text))) return undefined;
  return { before, items: toks.slice(colon, end) };
}

/**
 * "paid for Deadpool, X-Men: Apocalypse, …": a colon inside a title that is an item of a list (a
 * capitalised run after a comma, a capital after the colon), not a colon that ends the clause.
 */
function titleColon(toks: Tok[], i: number): boolean {
  if (toks[i].text !== ":" || !/^\p{Lu}/u.test(toks[i + 1]?.text ?? "") || toks[i - 1]?.from < 0 || toks[i].from !== toks[i - 1]?.end) return false;
  let k = i - 1;
  while (k > 0 && /^\p{Lu}/u.test(toks[k].text)) k--;
  return k < i - 1 && isComma(toks[k]);
}

/** "with 3:08 left": the colon of a time or a score, written between two numbers. */
function clockColon(toks: Tok[], i: number): boolean {
  return /^\d+$/.test(toks[i - 1]?.text ?? "") && /^\d+$/.test(toks[i + 1]?.text ?? "") && toks[i].from === toks[i - 1].end && toks[i + 1].from === toks[i].end;
}

function stripEnd(toks: Tok[]): Tok[] {
  // "…: trillions of them are made": what follows a colon is a second statement about the first.
  const colon = toks.findIndex((t, i) => i > 3 && t.text === ":" && !clockColon(toks, i));
  // Cut there, a title would lose its second half ("Fox paid for Deadpool, X-Men"): no statement.
  if (colon > 0 && titleColon(toks, colon)) return [];
  let end = colon > 0 ? colon : toks.length;
  while (end > 0 && /^[.!?;:…"”’]$/.test(toks[end - 1].text)) {
    // '… was "the single most important thing".': the closing mark of a quotation it opened stays.
    const before = toks.slice(0, end - 1).map((t) => t.text).join(" ");
    if (/^["”]$/.test(toks[end - 1].text) && unbalancedQuote(before)) break;
    end--;
  }
  // "… she entered West Virginia State College itself": an emphatic "itself" after a name leans on
  // the sentence before (she had already studied there); the claim reads without it.
  if (end > 2 && /^(itself|himself|herself|themselves)$/i.test(toks[end - 1].text) && /^\p{Lu}/u.test(toks[end - 2].text)) end--;
  return toks.slice(0, end);
}

/**
 * "It was in Paris that she mastered X-ray crystallography" → "she mastered X-ray crystallography in
 * Paris"; "It was then that Jess Thornton stretched …" → "Jess Thornton stretched …" (a "then" points
 * back, so it goes). A cleft that says "not until" or holds a verb of its own before "that" stays.
 */
function cleftUndone(toks: Tok[]): Tok[] {
  if (!/^it$/i.test(toks[0]?.text ?? "") || !/^(was|is)$/.test(word(toks[1]))) return toks;
  const that = toks.findIndex((t, k) => k >= 3 && k <= 10 && word(t) === "that");
  if (that < 0) return toks;
  const focus = toks.slice(2, that);
  if (focus.some((t) => isComma(t) || /^(not|only)$/i.test(t.text)) || focus.some((_, k) => isFiniteVerb(focus, k))) return toks;
  const rest = toks.slice(that + 1);
  if (!hasFiniteVerb(rest, 1) || rest[0].tags.has("Verb") || !(startsClause(rest) || /^\p{Lu}/u.test(rest[0].text) || /^(the|a|an|his|her|its|their)$/i.test(rest[0].text))) return toks;
  const adverbial = /^(in|on|at|during|from|near|by|after|before|with|under)$/i.test(focus[0].text) || /^then$/i.test(render(focus));
  if (!adverbial) return toks;
  const lead = /^\p{Ll}/u.test(rest[0].text) && rest[0].tags.has("Pronoun") ? { ...rest[0], text: rest[0].text[0].toUpperCase() + rest[0].text.slice(1) } : rest[0];
  return /^then$/i.test(render(focus)) ? [lead, ...rest.slice(1)] : [lead, ...rest.slice(1), ...focus];
}

/** "The same year,", "Two days later,": a time said relative to the sentence before; not ours to keep. */
const RELATIVE_TIME_OPENER = /^(?:(?:(?:later|earlier|over|in|during) )?(?:the|that) (?:same|following|next|previous) (?:years?|day|weeks?|months?|decades?|season|spring|summer|autumn|winter|centuries|century)|(?:(?:later|earlier) )?(?:that|this) (?:year|day|week|month|spring|summer|autumn|winter)|(?:\w+ )?(?:years?|months?|weeks?|days?|decades?) (?:later|earlier|afterwards))$/i;

function dropOpeners(toks: Tok[]): Tok[] {
  let t = toks;
  for (let guard = 0; guard < 3; guard++) {
    const comma = t.findIndex((x, i) => i <= 4 && isComma(x));
    // ("Later that year the Crimean War broke out, …": with no comma, before a clause that stands alone.)
    const bare = comma < 0 || comma > 4 ? [2, 3, 4].find((n) => RELATIVE_TIME_OPENER.test(t.slice(0, n).map((x) => x.text).join(" ")) && t.length > n + 3 && startsClause(t.slice(n))) : undefined;
    if (comma > 0 && t.length > comma + 3 && RELATIVE_TIME_OPENER.test(t.slice(0, comma).map((x) => x.text).join(" "))) t = t.slice(comma + 1);
    else if (bare) t = t.slice(bare);
    // "Among the most significant, Tidewell must set up …": a superlative with no noun picks this out of
    // what the sentence before listed; the clause after it stands without it.
    else if (comma >= 3 && comma <= 4 && t.length > comma + 4 && /^among the (?:most|least) \p{Ll}+$|^among the \p{Ll}+est$/u.test(t.slice(0, comma).map((x) => x.text).join(" ").toLowerCase()) && startsClause(t.slice(comma + 1))) t = t.slice(comma + 1);
    // "Abroad, the merchants …": a lone adverb opening the sentence.
    else if (t.length > 3 && isComma(t[1]) && t[0].tags.has("Adverb") && !t[0].tags.has("Noun") && !t[0].tags.has("Value")) t = t.slice(2);
    else if (t.length > 3 && OPENERS.has(word(t[0])) && isComma(t[1])) t = t.slice(2);
    // "Today most of the world's glaciers are retreating": "today" with no comma, before the subject.
    else if (t.length > 4 && /^(today|nowadays|currently)$/i.test(t[0].text) && (t[1].tags.has("Determiner") || /^(most|many|some|all|few|more|almost|nearly|about|over)$/i.test(t[1].text) || t[1].tags.has("Noun")) && !isFiniteVerb(t, 1)) t = t.slice(1);
    // "After their defeat, the Capitulation of Alexandria handed …": a short fronted phrase that
    // leans on the sentence before through its pronoun; the clause after it stands without it.
    else if (comma >= 3 && comma <= 5 && t.length > comma + 4 && /^(after|before|during|since|following|despite|upon|until|on|in)$/i.test(t[0].text) && /^(his|her|its|their)$/i.test(t[1].text) && t.slice(2, comma).every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x.text)) && startsClause(t.slice(comma + 1))) t = t.slice(comma + 1);
    // "Also at Fécamp, the staff …": "also" before a fronted phrase links to the sentence before;
    // the phrase opens the claim.
    // ("Back in Brno, Mendel taught …": "back" says he returned there; the phrase says where.)
    else if (t.length > 5 && /^(also|again|back)$/i.test(t[0].text) && PREPOSITIONS.has(word(t[1])) && t.slice(2, 8).some(isComma)) t = t.slice(1);
    // "And a bill that has not completed …": a joining word opening the sentence links to the one before.
    else if (t.length > 4 && /^(and|but)$/i.test(t[0].text) && !isComma(t[1]) && startsClause(t.slice(1))) t = t.slice(1);
    // "Usually held at least two weekends after the first reading, it is a debate …": a participle's
    // phrase before a pronoun subject; the clause after it stands alone.
    else if (comma < 0 && t.length > 6 && (() => {
      const at = /^(usually|often|normally|first|later|originally|once)$/i.test(t[0].text) ? 1 : 0;
      const c = t.findIndex((x, i) => i > at + 2 && i <= 14 && isComma(x));
      return /^\p{Ll}{3,}(?:ed|en)$|^(held|built|made|known|set|found|born|written|kept|seen|given|taken)$/u.test(t[at].text) && t[at].tags.has("Verb") && c > 0 && !hasFiniteVerb(t, at + 1, c) && /^(it|they|he|she)$/i.test(t[c + 1]?.text ?? "") && isFiniteVerb(t, c + 2);
    })()) t = t.slice(t.findIndex((x, i) => i > 2 && isComma(x)) + 1);
    else if (t.length > 4 && TWO_WORD_OPENERS.test(`${t[0].text} ${t[1].text}`) && isComma(t[2])) t = t.slice(3);
    else if (t.length > 5 && TWO_WORD_OPENERS.test(`${t[0].text} ${t[1].text} ${t[2].text}`) && isComma(t[3])) t = t.slice(4);
    else if (t.length > 5 && TWO_WORD_OPENERS.test(`${t[0].text} ${t[1].text} ${t[2].text} ${t[3].text}`) && isComma(t[4])) t = t.slice(5);
    else break;
  }
  return t;
}

/**
 * "Mary Seacole also applied …", "Dorothy Hodgkin then moved to Cambridge …", "Which convention does
 * the Lords also respect?": an "also" or a "then" between the subject (or its auxiliary) and the verb
 * only links the claim to the sentence before; the statement stands without it. Not "and then", ",
 * then", "but also", "since then", nor "then" meaning "at that time" before a noun ("Scania, then
 * part of Denmark").
 */
function linkingAdverbDropped(toks: Tok[]): Tok[] {
  const at = toks.findIndex((t, i) => {
    if (i < 1 || !/^(also|then)$/.test(t.text)) return false;
    const prev = toks[i - 1];
    if (/^(and|but|or|since|until|by|from|just|now|only|not|even|there|here)$/i.test(prev.text) || /^[,;:(—–-]$/.test(prev.text)) return false;
    const noun = prev.tags.has("Noun") || prev.tags.has("Pronoun") || prev.tags.has("ProperNoun");
    if (!noun && !isAux(prev)) return false;
    // The verb right after it (or after one more adverb): "then moved", "also be", "also often uses".
    const next = toks[i + 1]?.tags.has("Adverb") && !toks[i + 1].tags.has("Verb") ? i + 2 : i + 1;
    return !!toks[next]?.tags.has("Verb") && !/^(?:the|a|an)$/i.test(toks[next].text);
  });
  return at < 0 ? toks : [...toks.slice(0, at), ...toks.slice(at + 1)];
}

/** ", for example," / ", however," / ", or EBU," inside a sentence: asides that hide the clause's shape. */
function dropParentheticalOpeners(toks: Tok[]): Tok[] {
  let t = toks;
  for (let i = 1; i < t.length - 2; i++) {
    if (!isComma(t[i])) continue;
    const close = t.findIndex((x, k) => k > i && isComma(x));
    if (close < 0 || close - i > 5) continue;
    const inner = t.slice(i + 1, close);
    const phrase = inner.map((x) => x.text).join(" ");
    const aside = (inner.length === 1 && OPENERS.has(word(inner[0]))) || TWO_WORD_OPENERS.test(phrase) || (word(inner[0]) === "or" && inner.length <= 3 && /^(?:the\s+)?(?:\p{Lu}\.?){2,8}$/u.test(inner.slice(1).map((x) => x.text).join(" ")));
    if (aside) {
      // ", or EBU, an association …": the appositive after the alias keeps its comma.
      t = t[close + 1]?.tags.has("Determiner") ? [...t.slice(0, i + 1), ...t.slice(close + 1)] : [...t.slice(0, i), ...t.slice(close + 1)];
      i--;
    }
  }
  return t;
}

function firstTopComma(toks: Tok[]): number {
  return toks.findIndex((t, i) => t.text === "," && !insideAddress(toks, i));
}

/** ", in Shaanxi province, the figures were …" → "the figures were …": a short place phrase between commas before the clause. */
function placeAsideSkipped(rest: Tok[]): Tok[] {
  const close = rest.findIndex(isComma);
  if (!/^(in|near)$/i.test(word(rest[0])) || close < 2 || close > 5 || !rest.slice(1, close).some((t) => /^\p{Lu}/u.test(t.text)) || hasFiniteVerb(rest, 0, close)) return rest;
  return rest.slice(close + 1);
}

/** "In Denver, Colorado, the council …": the comma between a town and its state or country opens no phrase. */
function insideAddress(toks: Tok[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && /^\p{Lu}/u.test(toks[k].text) && k - i <= 3) k++;
  return k > i + 1 && toks[k]?.text === "," && closesAddress(toks, k);
}

/**
 * "After the war she directed the institute, which …": "after" governs a noun phrase, and the
 * clause's own subject (a personal pronoun) follows it — a fronted adjunct, not a subordinate clause.
 */
/**
 * "After a worldwide vaccination campaign led by the World Health Organization, …": a preposition
 * and a noun phrase whose only verb is a participle after its noun — no clause.
 */
/**
 * "Crossing Syria in 1348, he walked into …": an "-ing" word opening the sentence before its object
 * or a preposition is a participle, whatever the tagger made of it (a place, here).
 */
function gerundOpener(lead: Tok[]): boolean {
  return /^\p{Lu}\p{Ll}{2,}ing$/u.test(lead[0]?.text ?? "") && !lead[0].tags.has("ProperNoun") && lead.length >= 2 &&
    (/^(the|a|an|his|her|its|their|this|that)$/i.test(lead[1].text) || /^\p{Lu}/u.test(lead[1].text) || lead[1].tags.has("Preposition"));
}

function participleOnly(lead: Tok[]): boolean {
  if (!PREPOSITIONS.has(word(lead[0])) && !/^(after|before|since|until)$/.test(word(lead[0]))) return false;
  // A determiner opens the phrase; a past form with "by" after it is a passive participle, and the
  // words before it are the phrase's (the tagger reads "campaign" in "vaccination campaign" as a verb).
  if (!/^(a|an|the)$/i.test(word(lead[1]))) return false;
  const v = lead.findIndex((t, i) => i >= 3 && t.tags.has("PastTense") && !isAux(t) && word(lead[i + 1]) === "by");
  return v > 0 && lead.slice(2, v).every((t) => /^\p{L}[\p{L}-]*$/u.test(t.text) && !t.tags.has("PastTense") && !isAux(t) && !t.tags.has("Pronoun")) &&
    !lead.slice(v + 1).some((_, i) => isFiniteVerb(lead, v + 1 + i));
}

function prepositionalLead(lead: Tok[]): boolean {
  if (!/^(after|before|since|until)$/.test(word(lead[0]))) return false;
  const p = lead.findIndex((t, i) => i >= 2 && /^(he|she|they|we|i)$/i.test(t.text) && isFiniteVerb(lead, i + 1));
  return p > 0 && !hasFiniteVerb(lead, 1, p);
}

/** Whether tokens open a clause: a subject (not a verb, not a conjunction) then a finite verb soon. */
/** Nouns that take a "that" clause as their content: "the fact that …", "the belief that …". */
const COMPLEMENT_NOUNS = /^(fact|idea|notion|belief|claim|possibility|news|hope|fear|view|suggestion|assumption|evidence|rumou?r|report|realization|realisation|argument|theory|thought|feeling|sense)$/i;

/** Whether a "the fact that" complement opens before the verb at `i`. */
function complementBefore(toks: Tok[], i: number): boolean {
  return toks.slice(1, i).some((t, k) => /^that$/i.test(t.text) && COMPLEMENT_NOUNS.test(toks[k]?.text ?? ""));
}

function startsClause(toks: Tok[]): boolean {
  if (toks.length > 2 && PREPOSITIONS.has(word(toks[0])) && (toks[1].tags.has("Date") || toks[1].tags.has("Year"))) return startsClause(toks.slice(dateRunEnd(toks, 1)));
  if (!toks.length || isFiniteVerb(toks, 0) || toks[0].tags.has("Conjunction") || toks[0].tags.has("Preposition")) return false;
  for (let i = 1; i < Math.min(toks.length, 10); i++) {
    if (toks[i].text === ",") return false;
    // "extra time in a final that swung …": the verb belongs to a relative clause, not to a subject.
    if (isFiniteVerb(toks, i)) {
      if (nounReadAsVerb(toks, i)) continue;
      // "the first in California since Super Bowl XXXVII took place …": the verb is the "since" clause's.
      if (toks.slice(1, i).some((t) => CLAUSE_BINDING.test(t.text))) return false;
      // "the simple fact that Manning was getting old": the verb is the noun's complement's, no clause.
      if (complementBefore(toks, i)) return false;
      // A subject relative ("a final that swung") or an object one ("a replay which the league had
      // ordered") with no verb of the clause after it.
      // ("a nineteen-year-old who had played …": "who" after any word but a verb or preposition.)
      const relative = toks.slice(1, i).some((t, j) => /^(that|which|who|whom)$/i.test(t.text) && !toks[j].tags.has("Pronoun") &&
        (toks[j].tags.has("Noun") || (/^(who|whom|which)$/i.test(t.text) && /^[\p{L}\d-]+$/u.test(toks[j].text) && !toks[j].tags.has("Verb") && !toks[j].tags.has("Preposition"))));
      // ("… teams that have made eight appearances": "made" is the relative's own verb, after its auxiliary.)
      // ("… a replay that was not shown": "not" between them, "shown" is still the auxiliary's.)
      const before = (k: number) => {
        let m = k - 1;
        while (m > i && /^(not|never|also|later|still|already|just|only|often|once)$/i.test(toks[m].text)) m--;
        return toks[m];
      };
      return !relative || toks.slice(i + 1).some((t, k) => isFiniteVerb(toks, i + 1 + k) && !isAux(t) && before(i + 1 + k)?.text !== "and" && !isAux(before(i + 1 + k)));
    }
  }
  return false;
}

/**
 * "… fell by about 0.4 degrees Celsius in the following year": a time told only from the sentence
 * before leaves the statement unanchored; closing it, it goes, and what stays is still true.
 */
function relativeTimeDropped(toks: Tok[]): Tok[] {
  const n = toks.length;
  const last = (len: number) => toks.slice(n - len).map((t) => t.text.toLowerCase()).join(" ");
  // At least four words stay before it.
  if (n >= 8 && RELATIVE_TIME_PHRASE.test(last(4))) return toks.slice(0, n - 4);
  if (n >= 7 && RELATIVE_TIME_BARE.test(last(3))) return toks.slice(0, n - 3);
  // "… were opened late that night": the night is the one the sentence before named; the time of day
  // of a one-off event. (Not a bare "that day": "made four flights that day" is no count of all flights.)
  if (n >= 8 && /^(?:late|early) that (?:night|evening|morning|afternoon)$/.test(last(3))) return toks.slice(0, n - 3);
  return toks;
}
const RELATIVE_TIME_PHRASE = /^(?:in|during|over) (?:the|that) (?:following|next|previous|same) (?:year|decade|month|week|season|summer|winter|spring|autumn)$/;
const RELATIVE_TIME_BARE = /^(?:the|that) (?:following|next|previous|same) (?:year|decade|month|week|season)$/;

/**
 * "Normans came into Scotland, building castles and founding families who would provide some future
 * kings, such as Robert the Bruce, …": once the aside goes, its examples would exemplify "Scotland".
 * A "such as" phrase joined to a word the source did not write next to it goes too (to its comma).
 */
function orphanExamplesDropped(toks: Tok[]): Tok[] {
  const k = toks.findIndex((t, i) => i > 0 && word(t) === "such" && word(toks[i + 1]) === "as" && t.from >= 0 && toks[i - 1].end >= 0 && t.from - toks[i - 1].end > 3);
  if (k < 0) return toks;
  const comma = toks.findIndex((t, i) => i > k + 1 && isComma(t));
  return comma < 0 ? toks.slice(0, k) : [...toks.slice(0, k), ...toks.slice(comma + 1)];
}

/**
 * "… thirty-seven epidemics were recorded in Constantinople, and an additional thirty-one between
 * 1751 and 1800": a closing conjunct with no verb of its own borrows the first one's ("were
 * recorded"); read as part of the first clause it would add its figures to the claim. The first
 * clause stands alone; the gapped one is not stated.
 */
/**
 * "Wilbur was born on 16 April 1867 near Millville, and Orville on 19 August 1871 in Dayton": a second
 * name whose clause borrows the first one's verb gets it back — "Orville was born on 19 August 1871
 * in Dayton" — and each clause stands alone.
 */
function splitGappedName(toks: Tok[]): Tok[][] {
  const k = toks.findLastIndex((t, i) => i > 3 && isComma(t) && word(toks[i + 1]) === "and");
  if (k < 0) return [toks];
  const tail = toks.slice(k + 2);
  let n = 0;
  while (n < tail.length && n < 3 && /^\p{Lu}[\p{L}’'-]*$/u.test(tail[n].text) && !tail[n].tags.has("Pronoun")) n++;
  if (n === 0 || !/^(on|in|at|near|from|by|for|to)$/i.test(word(tail[n])) || hasFiniteVerb(tail) || tail.length < n + 2) return [toks];
  const first = toks.slice(0, k);
  const subject = subjectOf(first);
  if (!subject || !subject.every((t) => /^\p{Lu}/u.test(t.text)) || subject.length > 3) return [toks];
  // The verb group: the finite verb and what goes with it up to its first preposition ("was born").
  const group: Tok[] = [];
  for (let i = subject.length; i < first.length && group.length < 3; i++) {
    if (PREPOSITIONS.has(word(first[i])) || isComma(first[i])) break;
    if (!first[i].tags.has("Verb")) return [toks];
    group.push(first[i]);
  }
  if (!group.length || !/^(on|in|at|near|from|by|for|to)$/i.test(word(first[subject.length + group.length]))) return [toks];
  return [first, [...tail.slice(0, n), ...group.map((t) => inserted(t.text, [...t.tags])), ...tail.slice(n)]];
}

function gappedTailDropped(toks: Tok[]): Tok[] {
  const k = toks.findLastIndex((t, i) => i > 3 && isComma(t) && /^(and|but|or|while)$/i.test(word(toks[i + 1])));
  if (k < 0 || !hasFiniteVerb(toks, 0, k)) return toks;
  const tail = toks.slice(k + 2);
  const opens = /^(another|more|further|additional|an?|some)$/i.test(word(tail[0])) || !!tail[0]?.tags.has("Value");
  const counted = tail.slice(0, 3).some((t) => t.tags.has("Value") && !/^\d{4}$/.test(t.text));
  if (!opens || !counted || tail.length < 3 || hasFiniteVerb(tail) || !tail.some((t) => PREPOSITIONS.has(word(t)))) return toks;
  return toks.slice(0, k);
}

/** End of a run of date words ("15 August 1914", "July 1944") starting at `i`. */
export function dateRunEnd(toks: Tok[], i: number): number {
  let k = i;
  while (k < toks.length && (toks[k].tags.has("Date") || toks[k].tags.has("Year") || toks[k].tags.has("Month") || /^(\d{1,4}|January|February|March|April|May|June|July|August|September|October|November|December|early|late|mid)$/.test(toks[k].text))) {
    // ("In May the three western zones …": "the" after a month opens the subject, not a day, unless a number follows.)
    if (/^the$/i.test(toks[k].text) && !/^\d/.test(toks[k + 1]?.text ?? "")) break;
    k++;
  }
  return k;
}

/** The tokens before the first finite verb (the subject), when they look like one. */
export function subjectOf(toks: Tok[]): Tok[] | undefined {
  // ("On 30 June 2016 a bronze statue of her by the sculptor Martin Jennings was unveiled …": a date
  // fronted with no comma of its own is no part of the subject; the subject is looked for after it.)
  let dated = 0;
  if (/^(on|in)$/i.test(word(toks[0]))) {
    let k = 1;
    while (k < toks.length && k <= 4 && DATE_WORD.test(toks[k].text)) k++;
    if (k > 1 && /^\d{4}$/.test(toks[k - 1].text)) dated = k;
  }
  for (let i = 0; i < Math.min(toks.length, 14 + dated); i++) {
    if (toks[i].text === "," && !insideAddress(toks, i)) {
      // A short fronted adjunct ("In 2020,") before the subject.
      // ("Around 270 CE, Aksum began …": "around" a date is a preposition too.)
      const around = word(toks[0]) === "around" && toks.slice(1, i).some((t) => t.tags.has("Date") || t.tags.has("Year") || /^(CE|BCE|BC|AD)$/.test(t.text));
      // ("Of the 80 observer bees, 52 learned …": the whole a share is taken from.)
      if (partitiveLead(toks, i)) return subjectOf(toks.slice(i + 1));
      if (((PREPOSITIONS.has(word(toks[0])) || around) && i <= 6) || (/^as (opposed|part|a|an|of)$/i.test(`${word(toks[0])} ${word(toks[1])}`) && i <= 8)) return subjectOf(toks.slice(i + 1));
      return undefined;
    }
    if (i > 0 && isFiniteVerb(toks, i) && !nounReadAsVerb(toks, i)) {
      // "Most of the people it cares for are over 75": a pronoun after a noun opens a clause inside
      // the subject (no "that"); the subject's verb comes after it.
      if (i >= 2 && /^(it|he|she|they|we|you)$/i.test(toks[i - 1].text) && toks[i - 2].tags.has("Noun") && !toks[i - 2].tags.has("Pronoun") && toks.slice(i + 1, i + 4).some((_, k) => isFiniteVerb(toks, i + 1 + k))) continue;
      // "As opposed to …": a lone preposition or subordinator before a participle is no subject.
      if (i === 1 && (toks[0].tags.has("Preposition") || toks[0].tags.has("Conjunction") || SUBORDINATORS.has(word(toks[0])))) continue;
      return toks.slice(0, i);
    }
  }
  return undefined;
}

/**
 * "… it reached Uranus in January 1986 and Neptune in August 1989" → "… it reached Uranus in January
 * 1986", "… it reached Neptune in August 1989": a verb's named objects, each with its own date, are
 * one statement each.
 */
function datedObjects(toks: Tok[]): Tok[][] | undefined {
  const v = toks.findIndex((t, k) => k > 0 && isFiniteVerb(toks, k) && !isAux(t));
  if (v < 0) return undefined;
  const items: Tok[][] = [];
  let k = v + 1;
  while (k < toks.length) {
    let n = k;
    while (n < toks.length && /^[\p{Lu}\d]/u.test(toks[n].text) && !toks[n].tags.has("Date") && n - k < 4) n++;
    if (n === k || !/^(in|on)$/.test(word(toks[n]))) return undefined;
    const end = dateRunEnd(toks, n + 1);
    if (end === n + 1 || !toks.slice(n + 1, end).some((t) => t.tags.has("Year") || /^\d{4}$/.test(t.text))) return undefined;
    items.push(toks.slice(k, end));
    if (end === toks.length) break;
    // Items joined by ", " or "and" (", and").
    k = end + (isComma(toks[end]) ? 1 : 0);
    if (word(toks[k]) === "and") k++;
    if (k === end) return undefined;
  }
  if (items.length < 2) return undefined;
  // "After Jupiter in 1979 and Saturn in 1981 it reached …": a fronted phrase before a pronoun
  // subject stays with the whole sentence; each object's statement opens with the subject.
  const from = v >= 2 && /^(it|he|she|they)$/i.test(toks[v - 1].text) && PREPOSITIONS.has(word(toks[0])) ? v - 1 : 0;
  return items.map((item) => [...toks.slice(from, v + 1), ...item]);
}

/**
 * "About 13,200 houses, 87 parish churches and most of the buildings … were destroyed" → "About
 * 13,200 houses were destroyed", "87 parish churches were destroyed": each counted item of a listed
 * subject, with the verb they share.
 */
function countedSubjects(toks: Tok[]): Tok[][] | undefined {
  const v = toks.findIndex((t, k) => k > 2 && isFiniteVerb(toks, k));
  if (v < 0 || !/^(were|are|had|have)$/i.test(toks[v].text) || toks.slice(0, v).some((t) => t.tags.has("Pronoun") || (t.tags.has("Preposition") && !/^(of|about|around|over|nearly|almost|some)$/i.test(t.text)))) return undefined;
  const items: Tok[][] = [[]];
  for (const [k, t] of toks.slice(0, v).entries()) {
    if (isComma(t) || (word(t) === "and" && k > 0)) {
      if (items[items.length - 1].length) items.push([]);
    } else items[items.length - 1].push(t);
  }
  if (items.length < 2 || items.some((it) => !it.length)) return undefined;
  const counted = items.filter((it) => {
    const n = /^(about|around|some|nearly|almost|over|roughly)$/i.test(it[0].text) ? 1 : 0;
    return (it[n]?.tags.has("Value") || /^\d/.test(it[n]?.text ?? "")) && it.length - n >= 2 && it.length <= 5 && it[it.length - 1].tags.has("Plural");
  });
  if (counted.length < 2) return undefined;
  return counted.map((it) => [...it, ...toks.slice(v)]);
}

/**
 * "Wren did design 51 new parish churches": an emphatic "did" and its verb are the plain past
 * ("Wren designed …"), or a question reads "Who did design …?".
 */
function plainPast(toks: Tok[]): Tok[] {
  const i = toks.findIndex((t, k) => k > 0 && word(t) === "did" && !!toks[k + 1]?.tags.has("Verb") && !isAux(toks[k + 1]) && /^\p{Ll}+$/u.test(toks[k + 1].text) && !toks[k + 1].tags.has("PastTense") && !toks[k + 1].tags.has("Gerund"));
  if (i < 0 || toks.some((t) => /^(not|never|n’t|n't)$/i.test(t.text) || t.text === "?")) return toks;
  const past = pastOf(toks[i + 1].text);
  if (!past) return toks;
  return [...toks.slice(0, i), { ...toks[i + 1], text: past, tags: new Set(["Verb", "PastTense"]) }, ...toks.slice(i + 2)];
}

/** A verb that disagrees with its subject's head, when a later verb (before any comma) agrees. */
function nounReadAsVerb(toks: Tok[], i: number): boolean {
  // "East German soldiers and police rolled out …": a bare present form between "and" after a noun
  // and a past verb is the second noun of the subject.
  if (word(toks[i - 1]) === "and" && !!toks[i - 2]?.tags.has("Noun") && !toks[i].tags.has("PastTense") && !isAux(toks[i]) && !!toks[i + 1]?.tags.has("PastTense") && isFiniteVerb(toks, i + 1)) return true;
  if (!pluralHeadWithSingularVerb(toks, i)) return false;
  for (let k = i + 1; k < Math.min(toks.length, 16) && !isComma(toks[k]); k++) {
    if (isFiniteVerb(toks, k) && !pluralHeadWithSingularVerb(toks, k)) return true;
  }
  return false;
}

/**
 * "Surveys of plague pit remains in France … indicate": a verb in -s after a plural head noun is a
 * noun of the subject ("remains"), not its verb. The head is the subject's noun before its first
 * preposition; a name or a noun in -ics ("economics") may take either.
 */
function pluralHeadWithSingularVerb(toks: Tok[], i: number): boolean {
  const verb = toks[i];
  if (!/^(?:\p{Ll}{3,}[^s]s|is|has|does)$/u.test(verb.text) || verb.tags.has("PastTense")) return false;
  const end = toks.findIndex((t, k) => k > 0 && (t.tags.has("Preposition") || /^(of|,)$/.test(t.text)));
  const head = toks[(end > 0 && end < i ? end : i) - 1];
  // "Closing the gates takes …": a gerund subject is one act, whatever its object.
  if (toks.slice(0, toks.indexOf(head)).some((t) => t.tags.has("Verb") || t.tags.has("Gerund") || /^\p{L}+ing$/u.test(t.text))) return false;
  if (!head || SINGULAR_IN_S.test(head.text) || !head.tags.has("Plural") || !/s$/.test(head.text)) return false;
  // A capital inside the sentence marks a name ("Nations", "Steelers"): it may take a singular verb.
  return head === toks[0] ? !head.tags.has("ProperNoun") : /^\p{Ll}/u.test(head.text);
}

/** Nouns that look plural and take a singular verb: "plate tectonics is", "economics is", "the news is". */
const SINGULAR_IN_S = /^(?:\p{L}+ics|news|measles|mumps|series|species)$/iu;

export function pluralSubject(subject: Tok[]): boolean {
  const head = subject[subject.length - 1];
  // ("Friction between the moving water and the sea floor": an "and" inside the head's phrase joins no subjects.)
  const of = subject.findIndex((t, k) => k > 0 && /^(between|of|from|with|among|in|on|at|for)$/i.test(t.text));
  const joined = (of > 0 ? subject.slice(0, of) : subject).some((t) => word(t) === "and");
  if (head && SINGULAR_IN_S.test(head.text) && !joined) return false;
  if (of > 0 && !joined && /^between$/i.test(subject[of].text)) return !!subject[of - 1].tags.has("Plural");
  return !!head && (head.tags.has("Plural") || /^(they|we)$/i.test(head.text)) || joined;
}

const REPORTING = /^(said|told|announced|stated|added|argued|wrote|warned|noted|explained|claimed|insisted|declared|reported|confirmed)$/i;

/** Where ", Ashdale Water announced on Tuesday" (a closing attribution: a short subject, a verb of saying, a time) starts; -1 when none. */
function reportingTailAt(toks: Tok[]): number {
  const comma = toks.findLastIndex(isComma);
  if (comma < 4) return -1;
  const tail = toks.slice(comma + 1);
  // ("…, and his ovens had been raked out, or so he later insisted": what he insisted is the clause next to it.)
  if (/^(or|and|but|so|as)$/i.test(word(tail[0]))) return -1;
  const verb = tail.findIndex((t) => REPORTING.test(t.text));
  return verb >= 1 && verb <= 4 && tail.length - verb <= 4 && !hasFiniteVerb(tail, 0, verb) && (tail.length === verb + 1 || PREPOSITIONS.has(word(tail[verb + 1])) || /^(yesterday|today|last|this)$/i.test(word(tail[verb + 1]))) ? comma : -1;
}

function mainVerb(toks: Tok[]): Tok | undefined {
  return toks.find((_, k) => k > 0 && isFiniteVerb(toks, k));
}

/**
 * "Despite the territorial defeat of the Islamic State in 2017 and its decline" → "The territorial
 * defeat of the Islamic State came in 2017": a fronted event noun phrase ("the N of X") with its date.
 */
function datedEvent(lead: Tok[]): Tok[] | undefined {
  if (!/^(despite|after|before|following|since|until|amid)$/i.test(lead[0]?.text ?? "") || word(lead[1]) !== "the") return undefined;
  const and = lead.findIndex((t, i) => i > 1 && /^(and|but)$/i.test(t.text));
  const phrase = and > 0 ? lead.slice(0, and) : lead;
  const at = phrase.findIndex((t, i) => i > 3 && /^(in|on)$/i.test(t.text) && dateRunEnd(phrase, i + 1) === phrase.length && dateRunEnd(phrase, i + 1) > i + 1);
  if (at < 0) return undefined;
  const np = phrase.slice(1, at);
  if (np.length > 8 || !np.some((t) => word(t) === "of") || np.some((t) => t.tags.has("Verb") && !t.tags.has("Noun"))) return undefined;
  return [{ ...np[0], text: "The" }, ...np.slice(1), inserted("came", ["Verb", "PastTense"]), ...phrase.slice(at)];
}

/**
 * "At the Mount Washington Hotel in Bretton Woods" (+ ", New Hampshire, …") → "The Mount Washington
 * Hotel was in Bretton Woods, New Hampshire": a named building or body and the town it is in.
 */
function locatedAt(lead: Tok[], rest: Tok[]): Tok[] | undefined {
  if (!/^(at|in)$/i.test(lead[0]?.text ?? "") || word(lead[1]) !== "the") return undefined;
  const k = lead.findIndex((t, i) => i > 2 && t.text === "in");
  if (k < 0 || k === lead.length - 1) return undefined;
  const np = lead.slice(2, k);
  // "in Peoria, Illinois": the town and its state or country (the comma an address holds).
  const place = lead.slice(k + 1);
  const parts = place.map((t) => t.text).join(" ").split(" , ");
  if (np.length > 10 || !isNameRun(np) || parts.length > 2 || place.some((t) => /^(the|of)$/.test(t.text)) || !place.filter((t) => !isComma(t)).every((t) => /^\p{Lu}/u.test(t.text)) || parts.some((p) => !p)) return undefined;
  return [{ ...lead[1], text: "The" }, ...np, inserted(pastMain(rest) ? "was" : "is", ["Verb", "Copula"]), inserted("in", ["Preposition"]), ...place];
}

/** Capitalised words joined by "the"/"of", ending in a capital ("the Honda Civic"); with `digits`, "Super Bowl 50" too. */
function isNameRun(ts: Tok[], digits = false): boolean {
  const head = digits ? /^[\p{Lu}\d]/u : /^\p{Lu}/u;
  return ts.length > 0 && ts.every((t) => head.test(t.text) || /^(the|of)$/.test(t.text)) && head.test(ts[ts.length - 1].text);
}

/** "2½ sacks, and two forced fumbles": the last items of a list — short, verbless, ending in "and …". */
function listTail(toks: Tok[]): boolean {
  // "two forced fumbles": an -ed word after a number modifies the noun.
  if (!toks.length || toks.some((t, k) => isFiniteVerb(toks, k) && !(k > 0 && (toks[k - 1].tags.has("Value") || /^\d/.test(toks[k - 1].text))))) return false;
  const and = toks.findIndex((t) => /^(and|or)$/i.test(t.text));
  // At least one more item before the "and" ("… budget, and a new kit" is the clause's own second object).
  if (and < 0 || !toks.slice(0, and).some(isComma)) return false;
  const chunks: Tok[][] = [[]];
  for (const t of toks) {
    if (isComma(t)) chunks.push([]);
    else chunks[chunks.length - 1].push(t);
  }
  return chunks.every((c) => c.length > 0 && c.length <= 6);
}

function isGerund(t: Tok | undefined): boolean {
  return !!t && /^\p{Ll}{3,}ing$/u.test(t.text) && (t.tags.has("Gerund") || t.tags.has("Verb"));
}

/**
 * "waiving X and losing Y to injury" with the subject "the Panthers", past: "the Panthers waived X",
 * "the Panthers lost Y to injury". Each -ing verb starts a statement; none when a form is unknown.
 */
function gerundStatements(phrase: Tok[], subject: Tok[], past: boolean): Statement[] {
  // "outlining his vision since announcing the closure on January 5": a nested "since/after …-ing" too.
  const starts = phrase.map((t, i) => (isGerund(t) && (i === 0 || /^(and|or|since|after|before|while)$/i.test(phrase[i - 1].text)) ? i : -1)).filter((i) => i >= 0);
  const plural = pluralSubject(subject);
  const out: Statement[] = [];
  for (const [n, at] of starts.entries()) {
    const end = n + 1 < starts.length ? starts[n + 1] - 1 : phrase.length;
    const verb = finiteOfGerund(phrase[at].text, past, plural);
    const rest = phrase.slice(at + 1, end);
    if (rest.some((t) => t.text === ",")) return [];
    // A form compromise cannot make ("opening" read as a noun): that phrase only is left unstated.
    if (!verb || rest.length < 1) continue;
    out.push({ kind: "subordinate", toks: [...subject, { ...phrase[at], text: verb, tags: new Set(["Verb", past ? "PastTense" : "PresentTense"]) }, ...rest] });
  }
  return out;
}

/**
 * The tense of "X is/was Y" read out of "X, Y, <verb> …": the main verb's, except after a verb of
 * saying ("X, the minister, said …" — X still is), unless the sentence dates what was said ("Louis
 * Agassiz, a Swiss naturalist …, argued in a famous lecture in 1837 …": he was).
 */
function appositivePast(toks: Tok[]): boolean {
  return pastMain(toks) && (!REPORTING.test(mainVerb(toks)?.text ?? "") || toks.some((t) => /^1\d{3}$/.test(t.text)));
}

function pastMain(toks: Tok[]): boolean {
  const i = toks.findIndex((_, k) => k > 0 && isFiniteVerb(toks, k));
  // ("she went up to …": compromise may tag a phrasal verb's irregular past as a present.)
  return i > 0 && (toks[i].tags.has("PastTense") || /^(was|were|had)$/i.test(toks[i].text) || PAST_NOT_PARTICIPLE.test(toks[i].text));
}

/** "X did A, and Y did B" → two clauses; "X did A and did B" → "X did A", "X did B". */
/** The tag of the "the" namingObject writes for a pronoun: the statement names a thing by a word said before. */
export const NAMED_AGAIN = "NamedAgain";

/**
 * "Jenner took material from a cowpox sore … and scratched it into the arm of a boy": a second verb
 * phrase stated on its own ("Jenner scratched it into …") says "it" of nothing; the first verb's
 * object is what it names — "Jenner scratched the material into …". Only a plain noun phrase of the
 * pronoun's number straight after a verb that is no auxiliary or copula (a complement is no object),
 * whose head is a common noun and is followed by a preposition or the clause's end.
 */
function namingObject(first: Tok[], verbAt: number, second: Tok[], pronounAt: number): Tok[] {
  const pronoun = word(second[pronounAt]);
  const verb = first[verbAt];
  if (!/^(it|them)$/.test(pronoun) || !verb || isAux(verb) || COPULA_LIKE.test(verb.text)) return second;
  let k = verbAt + 1;
  // "The astronauts moved into Aquarius and used it as a lifeboat": a name after the first verb's
  // preposition, and nothing after it, is what "it" is.
  if (pronoun === "it" && /^(into|onto|to|inside|aboard)$/i.test(first[k]?.text ?? "")) {
    let end = k + 1;
    while (end < first.length && end - k <= 3 && /^\p{Lu}[\p{L}\d-]*$/u.test(first[end].text) && !first[end].tags.has("Pronoun")) end++;
    const name = first.slice(k + 1, end);
    if (name.length >= 1 && name.length <= 3 && (end === first.length || /^(and|,)$/.test(word(first[end])))) return [...second.slice(0, pronounAt), ...name, ...second.slice(pronounAt + 1)];
  }
  // ("presented his findings …, and … published them": the subject's own things stay theirs.)
  const own = /^(his|her|its|their)$/i.test(first[k]?.text ?? "") ? first[k] : undefined;
  if (/^(a|an|the|some|his|her|its|their)$/i.test(first[k]?.text ?? "")) k++;
  const run: Tok[] = [];
  while (first[k] && (first[k].tags.has("Adjective") || first[k].tags.has("Noun")) && !first[k].tags.has("Pronoun") && !first[k].tags.has("Value") && !/^\p{Lu}/u.test(first[k].text)) run.push(first[k++]);
  const head = run[run.length - 1];
  const after = first[k];
  if (!head || !head.tags.has("Noun") || (after && !after.tags.has("Preposition") && !isComma(after))) return second;
  if ((pronoun === "them") !== head.tags.has("Plural")) return second;
  return [...second.slice(0, pronounAt), own ?? inserted("the", ["Determiner", NAMED_AGAIN]), inserted(head.text, [...head.tags]), ...second.slice(pronounAt + 1)];
}

/** "His first ship", "Her second", "Brunel's third" between `from` and the comma at `open`. */
function ordinalDescription(toks: Tok[], from: number, open: number): boolean {
  const n = open - from;
  if (n < 2 || n > 3) return false;
  const owner = toks[from];
  if (!/^(his|her|its|their)$/i.test(owner.text) && !/^\p{Lu}\p{Ll}+[’']s$/u.test(owner.text)) return false;
  if (!/^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next)$/i.test(toks[from + 1].text)) return false;
  return n === 2 || (/^\p{Ll}+$/u.test(toks[from + 2].text) && toks[from + 2].tags.has("Noun"));
}

/** Head nouns that only a person can be ("the first emperor of …", "the son of …"). */
/** "the elder of two daughters of", "the youngest of five children of", "a son of": a person's family, never a place's. */
const KIN_NOUN = new RegExp(`^(?:${KIN_WORDS}|sons|daughters|children|child|partner)$`, "i");
const KIN_DESCRIPTION = /^(?:the|an?|one)(?: (?:elder|eldest|younger|youngest|only|first|second|third|fourth|fifth|sixth|middle))?(?: of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))? (?:daughters?|sons?|children|child) of\b/i;
const PERSON_HEAD = /^(emperor|empress|king|queen|prince|princess|pharaoh|sultan|ruler|founder|president|leader|son|daughter|wife|husband|father|mother|brother|sister|widow|inventor|author|architect|engineer|scientist|physicist|chemist|historian|poet|painter|composer|general|commander|admiral|monk|abbot|friar|priest|bishop|mathematician|astronomer|philosopher|explorer)$/;

/** Roles held in a body ("chief engineer of the Great Western Railway, which …"). */
const ROLE_BEFORE_OF = /^(engineer|president|director|chairman|chairwoman|chair|head|leader|member|members|founder|founders|captain|manager|governor|secretary|editor|owner|treasurer|dean|principal|professor|rector|chancellor|commander|architect|conductor|curator|coach)$/;

/** "The developer pay …": a determiner and a singular common noun, then a base-form present verb. */
function bareVerbAfterSingular(toks: Tok[]): boolean {
  if (!/^(the|a|an|this|that)$/i.test(word(toks[0]))) return false;
  const v = toks.findIndex((_, k) => k > 1 && isFiniteVerb(toks, k));
  if (v < 2 || v > 5) return false;
  const head = toks[v - 1];
  const verb = toks[v];
  // ("A radio signal now takes …": a noun read as a verb, the real one right after it.)
  if ([v + 1, v + 2].some((k) => isFiniteVerb(toks, k))) return false;
  // ("The two upper chambers receive …": a head in -s after a number is plural, whatever the tagger says.)
  if (/(?<![su])s$/.test(head.text) && toks.slice(1, v - 1).some((t) => t.tags.has("Cardinal") && !/^(one|1)$/i.test(t.text))) return false;
  return head.tags.has("Noun") && head.tags.has("Singular") && !head.tags.has("Plural") && /^\p{Ll}+$/u.test(head.text) && !isAux(verb) &&
    verb.tags.has("PresentTense") && !/s$/.test(verb.text) && /^\p{Ll}+$/u.test(verb.text) && toks.slice(1, v).every((t) => /^[\p{L}-]+$/u.test(t.text) && !t.tags.has("Verb") && !t.tags.has("Preposition") && !t.tags.has("Determiner"));
}

/** "…; and the shape of each coastline decides …": the last of a series of clauses keeps its "and"; the clause starts after it. */
function andAfterSemicolon(toks: Tok[], i: number): number {
  return toks[i].text === ";" && /^(and|but)$/i.test(toks[i + 1]?.text ?? "") && !isComma(toks[i + 2]) ? 1 : 0;
}

/**
 * "the following year, in 1866, published them …": a time phrase that opens a second verb phrase —
 * where the verb starts, and the date to say after it ("in 1866"; none when the phrase has no year,
 * for "the following year" leans on the first clause).
 */
function timeBeforeVerb(next: Tok[]): { verb: number; date: Tok[] } | undefined {
  const m = next.slice(0, 4).map((t) => word(t)).join(" ");
  const lead = /^(?:the|that) (?:following|next|same|previous) (?:year|month|week|day|spring|summer|autumn|winter)\b/.test(m) || /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|weeks?|days?) later\b/.test(m) ? 3 : 0;
  if (!lead) {
    // "…, and around 1856 began the work …": a dated phrase before the verb goes after it.
    if (!/^(?:in|on|around|about|by|after|before|until|during)$/.test(word(next[0]))) return undefined;
    const v = next.findIndex((t, k) => k >= 2 && k <= 5 && isFiniteVerb(next, k));
    const date = v > 0 ? next.slice(0, v) : [];
    const dateWord = (t: Tok) => /^\d/.test(t.text) || /^(?:early|late|mid|around|about|in|on|by|after|before|until|during|the|of|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(word(t));
    if (v < 0 || !date.some((t) => /^\d{4}$/.test(t.text)) || !date.every(dateWord)) return undefined;
    return !isAux(next[v]) && next[v].tags.has("PastTense") ? { verb: v, date } : undefined;
  }
  let verb = lead;
  let date: Tok[] = [];
  if (isComma(next[verb]) && /^(in|on)$/i.test(word(next[verb + 1])) && /^\d{4}$/.test(next[verb + 2]?.text ?? "") && isComma(next[verb + 3])) {
    date = next.slice(verb + 1, verb + 3);
    verb += 4;
  }
  return isFiniteVerb(next, verb) && !isAux(next[verb]) && next[verb].tags.has("PastTense") ? { verb, date } : undefined;
}

/** A sentence's parts between semicolons that each open a clause of their own. */
function semicolonClauses(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let start = 0;
  for (let i = 1; i < toks.length - 2; i++) {
    if (toks[i].text !== ";") continue;
    const next = i + 1 + andAfterSemicolon(toks, i);
    // ("…, taking turns; the last and longest, by Wilbur, covered 852 feet": a subject with an aside
    // of its own still makes a clause, when a verb follows before the next semicolon.)
    const asideSubject = () => {
      const stop = toks.findIndex((t, k) => k > next && t.text === ";");
      const segment = toks.slice(next, stop < 0 ? toks.length : stop);
      return /^(the|a|an)$/i.test(word(segment[0])) && segment.some(isComma) && hasFiniteVerb(segment, 1) && !segment[0].tags.has("Verb");
    };
    if (i - start >= 3 && (startsClause(toks.slice(next)) || clauseAfterAdjunct(toks.slice(next)) || asideSubject())) {
      out.push(toks.slice(start, i));
      start = next;
    }
  }
  out.push(toks.slice(start));
  return out;
}

/**
 * "it is 108 metres high, weighs about 36,000 tonnes, cost some €1.5 billion" (its "and is designed
 * to last …" split off): a list of verb phrases that lost its last item gets its "and" back.
 */
function verbListJoined(part: Tok[], subjectEnd: number): Tok[] {
  // (Every comma after the verb opens a verb phrase of the list: "called X, started by Y, a mother of
  // three …, gathered …" is a subject's asides, not a list.)
  const commas = part.map((t, k) => (k >= subjectEnd && isComma(t) ? k : -1)).filter((k) => k >= 0);
  const listed = commas.length >= 2 && isFiniteVerb(part, subjectEnd) && commas.every((k) => isFiniteVerb(part, k + 1) && !isAux(part[k + 1]) && word(part[k + 2]) !== "by");
  if (!listed) return part;
  const last = commas[commas.length - 1];
  return [...part.slice(0, last), inserted("and", ["Conjunction"]), ...part.slice(last + 1)];
}

function splitCoordinated(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let start = 0;
  const subject = subjectOf(toks);
  // Where the subject ends: after a fronted adjunct ("On 16 May 1950, the engineers …") it starts later.
  const subjectEnd = subject ? toks.indexOf(subject[0]) + subject.length : 0;
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i];
    const clauseAt = i + 1 + andAfterSemicolon(toks, i);
    if (t.text === ";" && (startsClause(toks.slice(clauseAt)) || clauseAfterAdjunct(toks.slice(clauseAt)))) {
      out.push(toks.slice(start, i));
      start = clauseAt;
      continue;
    }
    // "… with a new playing surface; a hybrid Bermuda 419 turf": no clause after the semicolon — a
    // gloss of something before it, which noun unsure; the clause ends there.
    if (t.text === ";" && !hasFiniteVerb(toks, i + 1) && hasFiniteVerb(toks, start, i)) {
      out.push(toks.slice(start, i));
      start = toks.length;
      break;
    }
    const next = toks.slice(i + 2);
    // "…, and two forced fumbles": a number then a participle is a list item, not a clause.
    const firstVerb = next.findIndex((_, k) => k > 0 && isFiniteVerb(next, k));
    // "…, and Pittsburgh Steelers as one of four teams that have made …": a verb in a relative clause
    // makes no clause of the list's last item.
    const looseClause = next.length >= 3 && !isFiniteVerb(next, 0) && !isAux(next[0]) && firstVerb > 0 && !/^(to|of|that)$/i.test(next[0].text) && !next[0].tags.has("Value") && !/^\d/.test(next[0].text) &&
      !complementBefore(next, firstVerb) && !/^(that|which|who|whom|whose)$/i.test(next[firstVerb - 1]?.text ?? "") &&
      // ("…, and the first in California since Super Bowl XXXVII took place …": the verb is the "since" clause's.)
      !next.slice(1, firstVerb).some((t) => CLAUSE_BINDING.test(t.text));
    // "…, and two forced fumbles": a number, an -ed word, a noun — the list's last item.
    const numberItem = next.length >= 3 && next.length <= 4 && (next[0].tags.has("Value") || /^\d/.test(next[0].text)) && /^\p{Ll}+ed$/u.test(next[1].text) && next[2].tags.has("Noun") && !next.some((x) => isAux(x));
    // "De Groot was arrested, the ribbon was tied back together, and Lang cut it": clauses in a list,
    // the last after ", and"; each comma before it ends a clause too.
    // ("A bang shook the spacecraft, warning lights came on, and Swigert radioed …": a bare plural or a number opens one too.)
    const opensClause = /^(the|a|an|\p{Lu}[\p{L}-]*)$/u.test(toks[i + 1]?.text ?? "") ||
      (/^\p{Ll}+$/u.test(toks[i + 1]?.text ?? "") && !toks[i + 1].tags.has("Verb") && !toks[i + 1].tags.has("Preposition") && !toks[i + 1].tags.has("Conjunction") && (toks[i + 1].tags.has("Noun") || toks[i + 1].tags.has("Adjective") || toks[i + 1].tags.has("Value"))) ||
      // ("…, high tides come roughly 12 hours apart, and …": an adjective the tagger read as an adverb, before a plural and its verb.)
      (/^\p{Ll}+$/u.test(toks[i + 1]?.text ?? "") && !!toks[i + 1]?.tags.has("Adverb") && !!toks[i + 2]?.tags.has("Plural") && isFiniteVerb(toks, i + 3));
    const clauseList = isComma(t) && !CLAUSE_LINKS.has(word(toks[i + 1])) && opensClause && hasFiniteVerb(toks, start, i) && startsClause(toks.slice(start, i)) &&
      toks.some((x, k) => k > i + 2 && isComma(x) && word(toks[k + 1]) === "and" && startsClause(toks.slice(k + 2)) && !toks.slice(i + 1, k).some(isComma) && startsClause(toks.slice(i + 1, k)));
    if (clauseList) {
      out.push(toks.slice(start, i));
      // ("In January 1828 the river broke in, six men died, and …": a short bare clause in the middle
      // leans on the first one's time and place — "How many men died?" asks nothing alone.)
      const and = toks.findIndex((x, k) => k > i && isComma(x) && word(toks[k + 1]) === "and");
      const bare = !/^(the|a|an|\p{Lu}[\p{L}-]*)$/u.test(toks[i + 1]?.text ?? "");
      start = bare && and > 0 && and - i - 1 <= 4 ? and + 2 : i + 1;
      continue;
    }
    const thenVerb = THEN_ADVERB.test(next[0]?.text ?? "") && isFiniteVerb(next, 1);
    // "The company expects it to be back in full use, and the footpath reopened, by spring 2029": a
    // conjunct set off by commas that ends on its participle shares the phrase after it ("by spring
    // 2029") with the clause before; it is no clause of its own, and the first claim reads on without it.
    const gapped = isComma(t) && word(toks[i + 1]) === "and" ? gappedConjunct(next) : -1;
    if (gapped > 0) {
      toks = [...toks.slice(0, i), ...next.slice(gapped + 1)];
      i--;
      continue;
    }
    // (", and at fifteen she entered …": a short phrase before the clause's own subject.)
    if (isComma(t) && /^and$/i.test(word(toks[i + 1])) && adjunctThenPronoun(next) && hasFiniteVerb(toks, start, i)) {
      out.push(toks.slice(start, i));
      start = i + 2;
      continue;
    }
    // "… had become one of the largest of its kind, and a model copied on four continents": after a
    // copula's complement, "a model" and a participle with its place is a second complement ("a model
    // that was copied …"), not a clause in which the model copied anything.
    const secondComplement = () => {
      const participleAt = next.findIndex((x, k) => k >= 2 && k <= 4 && /^\p{Ll}+ed$/u.test(x.text));
      return /^(a|an)$/i.test(word(next[0])) && participleAt > 0 && PREPOSITIONS.has(word(next[participleAt + 1])) &&
        next.slice(1, participleAt).every((x) => /^\p{Ll}+$/u.test(x.text) && !isAux(x)) &&
        toks.slice(start, i).some((x, k, ts) => /^(become|became|becomes|remained|remains|was|is|were|are)$/i.test(x.text) && /^(a|an|one)$/i.test(word(ts[k + 1])));
    };
    if (isComma(t) && CLAUSE_LINKS.has(word(toks[i + 1])) && (startsClause(next) || looseClause) && !numberItem && !thenVerb && !secondComplement() && !timeBeforeVerb(next) && hasFiniteVerb(toks, start, i)) {
      out.push(toks.slice(start, i));
      // (", and so the Moon does not pull …": the clause starts after its "so", which leans on the one before.)
      start = /^so$/i.test(next[0]?.text ?? "") && !/^(that|far|much|many|long)$/i.test(next[1]?.text ?? "") && startsClause(next.slice(1)) ? i + 3 : i + 2;
      continue;
    }
    // "He set the record in this game, but was benched after …": a second verb phrase after a comma,
    // same subject (its tense: a past verb or "was/were" after a past one).
    // (", and the following year, in 1866, published them …": a time phrase may come before it; it goes
    // after the verb phrase, so the subject still opens the claim.)
    const when = /^(but|and|yet)$/i.test(word(toks[i + 1])) ? timeBeforeVerb(next) : undefined;
    const verbPhrase = when ? [...next.slice(when.verb), ...when.date] : next;
    // (Not "…, but tossed ten thousand times it will land …": a participle's phrase before a subject of its own.)
    // ("… began the work for which he is remembered": a relative clause's own subject is no such thing.)
    const ownSubject = verbPhrase.some((x, k) => k > 0 && /^(it|they|he|she|we)$/i.test(x.text) && isFiniteVerb(verbPhrase, k + 1) && !/^(which|whom|that)$/i.test(word(verbPhrase[k - 1])));
    const sharedAfterComma = isComma(t) && /^(but|and|yet)$/i.test(word(toks[i + 1])) && !!subject && start === 0 && verbPhrase.length >= 3 && !ownSubject &&
      (/^(was|were|had)$/i.test(verbPhrase[0].text) || (isFiniteVerb(verbPhrase, 0) && !isAux(verbPhrase[0]) && verbPhrase[0].tags.has("PastTense"))) && (!!toks[subjectEnd]?.tags.has("PastTense") || SAME_IN_PAST.test(toks[subjectEnd]?.text ?? "")) &&
      !toks.slice(subjectEnd, i).some((x, k, arr) => isComma(x) && /^(which|who|whom|whose|where|when|while|after|before|because|until|since|although|though|whereas)$/i.test(arr[k + 1]?.text ?? "")) &&
      hasFiniteVerb(toks, subjectEnd, i) && !subject.some((x) => x.tags.has("Pronoun") && !/^(he|she|it|they)$/i.test(x.text));
    if (sharedAfterComma) {
      out.push(toks.slice(0, i));
      out.push(namingObject(toks, subjectEnd, [...subject, ...verbPhrase], subject.length + 1));
      start = toks.length;
      break;
    }
    // "… was invited in 2015 and has competed ever since": a second verb phrase, same subject.
    // Same tense on both sides: "set by supply and demand" has no second verb.
    const adv = toks[i + 1]?.tags.has("Adverb") ? 1 : 0;
    const mainVerb = subject ? toks[subjectEnd] : undefined;
    const second = toks[i + 1 + adv];
    // "… opened in 1998 and carries about 35,000 passengers": a past event, then what is true now —
    // a present verb in -s (no plural noun) after a past one with a complement of its own.
    const nowAfterThen = !!mainVerb && mainVerb.tags.has("PastTense") && !isAux(mainVerb) && !!second && second.tags.has("PresentTense") && !second.tags.has("Noun") && /^\p{Ll}{3,}s$/u.test(second.text) && !isAux(second) && i - subjectEnd >= 3;
    const sameTense = !!mainVerb && (isAux(second) || (mainVerb.tags.has("PastTense") && second.tags.has("PastTense")) || (mainVerb.tags.has("PresentTense") && second.tags.has("PresentTense")) || nowAfterThen);
    // "lived and worked in four trading posts": the first verb has no complement of its own.
    const bareVerb = !!subject && i - 1 === subjectEnd;
      // "…, which a campaign cut into blocks and moved …": the second verb belongs to the relative clause;
    // "…, when a surge overtopped the wall and flooded 400 homes": to the subordinate clause.
    const inRelative = !!subject && toks.slice(subjectEnd, i).some((x, k, arr) => isComma(x) && /^(which|who|whom|whose|where|when|while|after|before|because|until|since|although|though|whereas)$/i.test(arr[k + 1]?.text ?? ""));
    // "Surveys … indicate the first variant entered Europe … and spread through France": after a verb
    // that takes a clause, the second verb may be the inner clause's.
    const reported = !!mainVerb && CLAUSE_TAKING.test(mainVerb.text) && hasFiniteVerb(toks, subjectEnd + 1, i);
    // "the prices of goods and services across an economy": an -s word after "and" that follows a
    // plural noun in a phrase is the pair's second noun, whatever the tagger made of it.
    const nounPair = !adv && !!second && /^\p{Ll}{3,}s$/u.test(second.text) && toks[i - 1].tags.has("Plural") && !toks[i - 1].tags.has("Verb") && !!toks[i - 2] && (toks[i - 2].tags.has("Preposition") || (toks[i - 2].tags.has("Adjective") && !!toks[i - 3]?.tags.has("Preposition")));
    if (word(t) === "and" && toks[i - 1].text !== "," && isFiniteVerb(toks, i + 1 + adv) && sameTense && subject && start === 0 && !bareVerb && !inRelative && !nounPair && !adjectiveAfterAnd(toks, i + 1 + adv) && hasFiniteVerb(toks, subjectEnd, i)) {
      out.push(verbListJoined(toks.slice(0, i), subjectEnd));
      // Whose the second verb is stays unsure: only the first clause is stated.
      // "Apollo 14 was delayed until early 1971 and sent to Fra Mauro": after a passive, a participle
      // with no object of its own shares the "was" ("Apollo 14 was sent to Fra Mauro").
      const passive = /^(was|were|is|are)$/i.test(mainVerb!.text) && /^\p{Ll}+(?:ed|en|t)$/u.test(toks[subjectEnd + 1]?.text ?? "") && !adv &&
        !!second && second.tags.has("PastTense") && !isAux(second) && !SIMPLE_PAST.test(second.text) && !INTRANSITIVE.test(second.text) && (PREPOSITIONS.has(word(toks[i + 2])) || /^(to|into|instead|back|away)$/i.test(word(toks[i + 2])));
      const verbPhrase = passive ? [mainVerb!, ...toks.slice(i + 1)] : toks.slice(i + 1 + adv);
      // ("… and finished at fourteen, and at fifteen she entered …": the second verb phrase may end on a
      // clause of its own, a short phrase before its pronoun subject.)
      const made = namingObject(toks, subjectEnd, [...subject, ...verbPhrase], subject.length + 1);
      const own = made.findIndex((x, k) => isComma(x) && word(made[k + 1]) === "and" && adjunctThenPronoun(made.slice(k + 2)));
      if (!reported) out.push(...(own > 0 ? [made.slice(0, own), made.slice(own + 2)] : [made]));
      start = toks.length;
      break;
    }
    // "Stevens resigned and Roosevelt gave …": two clauses joined without a comma.
    // ("noticed that Jupiter, Saturn, Uranus and Neptune would line up": the last name of a list, not a clause.)
    const listed = isComma(toks[i - 2]) && /^\p{Lu}/u.test(toks[i - 1]?.text ?? "") && /^\p{Lu}/u.test(toks[i - 3]?.text ?? "");
    // ("Surveys of plague pit remains in France and England indicate …": "remains" is no verb of "Surveys".)
    const firstVerb0 = toks.findIndex((_, k) => k > start && k < i && isFiniteVerb(toks, k));
    const misread = firstVerb0 > 0 && pluralHeadWithSingularVerb(toks.slice(start, i), firstVerb0 - start);
    // ("gave Egypt and Israel twelve hours to stop fighting": a name with no verb right after it is a
    // second object; the verbs after "to" are no clause of its own.)
    const nameEnd = (() => {
      let n = i + 1;
      while (n < toks.length && /^\p{Lu}/u.test(toks[n].text)) n++;
      while (n < toks.length && toks[n].tags.has("Adverb")) n++;
      return n;
    })();
    const verbAfterName = isFiniteVerb(toks, nameEnd) || isAux(toks[nameEnd] ?? toks[0]) || /^\d/.test(toks[i + 2]?.text ?? "");
    // ("Firefighters led by Lieutenant Pravyk and Major Telyatnikov put out …": a participle with its
    // "by" is no verb of a first clause; the name after "and" is the second of its agents.)
    const ownVerb = () => toks.some((_, k) => k >= start && k < i && isFiniteVerb(toks, k) && !(postNominalParticiple(toks, k) && word(toks[k + 1]) === "by"));
    // ("surveyors from the Maritime and Coastguard Agency found …": a capital after "the" and before
    // "and" opens one name, not a clause's last word.)
    const oneName = /^\p{Lu}/u.test(toks[i - 1]?.text ?? "") && word(toks[i - 2]) === "the";
    if (word(t) === "and" && /^\p{Lu}/u.test(toks[i + 1]?.text ?? "") && toks[i - 1].text !== "," && !listed && !misread && !oneName && verbAfterName && startsClause(toks.slice(i + 1)) && ownVerb() && subjectOf(toks.slice(start, i))) {
      out.push(toks.slice(start, i));
      start = i + 1;
      continue;
    }
    // ", and drains into …": a second verb phrase of the same subject.
    // ", and is shared by eleven countries": an auxiliary of the main verb's tense too, outside a relative clause.
    // "…, and then spreads it …": an adverb of sequence before the verb leaves with the comma.
    const then = THEN_ADVERB.test(toks[i + 2]?.text ?? "") ? 1 : 0;
    const aux = toks[i + 2 + then];
    const auxSameTense = !!aux && !!mainVerb && !inRelative && (/^(is|are|has|have)$/i.test(aux.text) ? mainVerb.tags.has("PresentTense") : /^(was|were|had)$/i.test(aux.text) ? mainVerb.tags.has("PastTense") : false);
    if (isComma(t) && word(toks[i + 1]) === "and" && isFiniteVerb(toks, i + 2 + then) && (!isAux(aux) || auxSameTense) && subject && start === 0 && hasFiniteVerb(toks, start, i)) {
      out.push(toks.slice(start, i));
      out.push(namingObject(toks, subjectEnd, [...subject, ...stripEnd(toks.slice(i + 2 + then))], subject.length + 1));
      start = toks.length;
      break;
    }
  }
  if (start < toks.length) out.push(toks.slice(start));
  // ("…, a German geographer who had spent …, and who used the word Seidenstraße …": a relative
  // clause's second half is no clause of its own.)
  return out.filter((c) => c.length >= 3 && !/^(who|whom|whose|which)$/i.test(c[0].text));
}

/** The closing comma of "the footpath reopened," before a verbless phrase that ends the sentence; -1 when none. */
function gappedConjunct(next: Tok[]): number {
  const comma = next.findIndex(isComma);
  if (comma < 2 || comma > 5 || next.slice(comma + 1).some(isComma)) return -1;
  const last = next[comma - 1];
  const tail = next.slice(comma + 1);
  return /^\p{Ll}+(?:ed|en)$/u.test(last.text) && /^(the|a|an|\p{Lu}[\p{L}-]*)$/u.test(next[0].text) && !hasFiniteVerb(next, 0, comma - 1) &&
    tail.length >= 2 && tail.length <= 6 && PREPOSITIONS.has(word(tail[0])) && !hasFiniteVerb(tail, 0)
    ? comma
    : -1;
}

/**
 * "X, along with Y, invaded Iraq, overthrowing Z in 2003, withdrew in 2011, and returned in 2014 to …"
 * → "X invaded Iraq", "X withdrew in 2011", "X returned in 2014 to …": a list of verb phrases of one
 * subject, the last joined by "and". A participle between them ("overthrowing Z") is an aside of the
 * verb before and is not stated (its tense is not ours to change).
 */
const SERIES_AUX = /^(?:was|were|is|are)$/i;
/**
 * "Tidewell must set up a £5 million fund to compensate fishermen …, and must bury the export cable …":
 * two verb phrases after the same modal, joined by ", and" + the modal again — one statement each,
 * the subject said with both ("Tidewell must set up …", "Tidewell must bury …").
 */
function splitModalPair(toks: Tok[]): Tok[][] | undefined {
  const v = toks.findIndex((t, i) => i > 0 && /^(must|will|would|should|can|could|may|might)$/i.test(t.text));
  if (v < 1 || toks.slice(0, v).some(isComma) || !toks[v + 1]?.tags.has("Verb")) return undefined;
  const subject = subjectOf(toks);
  if (!subject || subject[subject.length - 1] !== toks[v - 1] || subject[0] !== toks[0] || subject.some((t) => t.tags.has("Pronoun"))) return undefined;
  const and = toks.findIndex((t, i) => i > v + 2 && isComma(t) && word(toks[i + 1]) === "and" && word(toks[i + 2]) === word(toks[v]) && !!toks[i + 3]?.tags.has("Verb"));
  if (and < 0 || toks.slice(v, and).some((t) => isComma(t) || t.text === ";")) return undefined;
  const first = toks.slice(v, and);
  const second = toks.slice(and + 2);
  if (first.length < 3 || second.length < 3) return undefined;
  return [[...subject, ...first], [...subject, ...second]];
}

function splitVerbList(toks: Tok[], asides: Tok[][] = []): Tok[][] | undefined {
  let subjectEnd = -1;
  let predicate = -1;
  let appositive = false;
  for (let i = 1; i < Math.min(toks.length, 16); i++) {
    if (isComma(toks[i])) {
      // Only a prepositional aside may sit between the subject and its verb ("X, along with Y, …").
      const close = toks.findIndex((t, k) => k > i && isComma(t));
      // Or an appositive ("ENIAC, the … computer completed in 1945 …, used …"), which stays with the first clause.
      appositive = /^(the|a|an)$/.test(word(toks[i + 1])) && close - i <= 16 && i <= 4;
      // Or a short participle that only says how the subject is had ("Annual clearing in Brazil,
      // measured by satellite, peaked at …, fell to … and climbed …"): each verb's statement goes without it.
      const described = close - i <= 5 && /^\p{Ll}+ed$/u.test(toks[i + 1]?.text ?? "") && !!toks[i + 1].tags.has("PastTense") && /^(by|in|from|at)$/.test(word(toks[i + 2])) && !hasFiniteVerb(toks, i + 2, close);
      if (close < 0 || (close - i > 8 && !appositive) || !(PREPOSITIONS.has(word(toks[i + 1])) || word(toks[i + 1]) === "along" || appositive || described)) return undefined;
      if (!isFiniteVerb(toks, close + 1)) return undefined;
      subjectEnd = i;
      predicate = close + 1;
      break;
    }
    if (isFiniteVerb(toks, i)) {
      subjectEnd = predicate = i;
      break;
    }
  }
  if (subjectEnd <= 0) return undefined;
  // "Plucking happens when meltwater seeps into cracks, refreezes and bonds …": the verbs of the
  // list are the condition's, not the subject's; the sentence is one claim.
  if (EVENT_VERB.test(toks[predicate].text) && /^(when|once)$/.test(word(toks[predicate + 1]))) return [toks];
  const subject = toks.slice(0, subjectEnd);
  if (subject.some((t) => t.tags.has("Pronoun"))) return undefined;
  const pred = toks.slice(predicate);
  if (isAux(pred[0])) return undefined;
  const past = pred[0].tags.has("PastTense");
  const segments: Tok[][] = [];
  let start = 0;
  for (let k = 0; k < pred.length; k++) {
    if (isComma(pred[k])) {
      segments.push(pred.slice(start, k));
      start = k + 1;
    }
  }
  segments.push(pred.slice(start));
  // ("… was armoured with ten iron wires, each wrapped in hemp": a phrase on the last item's noun, no verb of the list.)
  const tailAside = segments[segments.length - 1];
  if (segments.length >= 2 && /^(?:each|both|all|most|some|many)$/i.test(word(tailAside[0])) && tailAside[1]?.tags.has("PastTense") && !isAux(tailAside[1])) {
    segments.pop();
    segments[segments.length - 1] = [...segments[segments.length - 1], inserted(","), ...tailAside];
  }
  // "used …, filled a large room and consumed …": no comma before the last "and".
  const last = segments[segments.length - 1];
  // ("…, was better insulated and was armoured …": a verb of the series may be "was" with its participle.)
  const seriesVerb = (seg: Tok[], k: number) => isFiniteVerb(seg, k) && (isAux(seg[k]) ? SERIES_AUX.test(seg[k].text) && /^w/i.test(seg[k].text) === past : seg[k].tags.has("PastTense") === past);
  const and = last.findIndex((t, k) => k > 1 && word(t) === "and" && seriesVerb(last, k + 1));
  if (segments.length === 2 && word(last[0]) !== "and" && and > 0) segments.splice(1, 1, last.slice(0, and), last.slice(and));
  if (segments.length < 3 || word(segments[segments.length - 1][0]) !== "and") return undefined;
  const out: Tok[][] = [];
  const found: Tok[][] = [];
  for (const [n, raw] of segments.entries()) {
    const seg = word(raw[0]) === "and" ? raw.slice(1) : raw;
    if (seg.length < 2) return undefined;
    if (n === 0 && appositive) out.push([...toks.slice(0, predicate), ...seg]);
    else if (n === 0 || seriesVerb(seg, 0)) out.push([...subject, ...seg]);
    else if (seg[0].tags.has("Gerund") && n < segments.length - 1) {
      const before = out[out.length - 1];
      if (before && !before.some(isComma)) found.push([...before, inserted(","), ...seg]);
    } else return undefined;
  }
  if (out.length < 3) return undefined;
  asides.push(...found);
  return out;
}

/**
 * "He pointed to the coastlines, to fossils of X found in Y, and to rocks …", "Each country awards
 * 12 points to its favourite, 10 points to its second choice and …": a verb with a list of
 * complements that each open the same way (the same preposition, or a number with the same noun)
 * states one thing per complement. A list whose end does not open that way ("and 8 down to 1
 * points to …") keeps the whole clause too; the complements before it still stand on their own.
 */
function splitRepeatedComplement(toks: Tok[]): Tok[][] {
  const v = toks.findIndex((t, k) => k > 0 && isFiniteVerb(toks, k) && !isAux(t));
  if (v < 0) return [toks];
  let start = v + 1;
  if (toks[start]?.tags.has("Particle")) start++;
  // "sent letters to the king, to …": a short object may come before the repeated preposition.
  const prep = (k: number) => PREPOSITIONS.has(word(toks[k])) || word(toks[k]) === "to";
  const later = toks.findIndex((t, k) => k >= start && k <= start + 3 && prep(k));
  if (later > start && toks.slice(start, later).every((t) => !isComma(t) && !t.tags.has("Verb") && !t.tags.has("Value"))) start = later;
  const opener = toks[start];
  if (!opener) return [toks];
  const noun = opener.tags.has("Value") && /^\p{Ll}+s$/u.test(toks[start + 1]?.text ?? "") ? word(toks[start + 1]) : undefined;
  const preposition = prep(start) ? word(opener) : undefined;
  if (!noun && !preposition) return [toks];
  const opens = (k: number) => (noun ? !!toks[k]?.tags.has("Value") && word(toks[k + 1]) === noun : word(toks[k]) === preposition);
  const items: Array<[number, number]> = [];
  let from = start;
  let comma = false;
  let complete = true;
  for (let i = start + 1; i < toks.length; i++) {
    const link = /^(and|or)$/.test(word(toks[i]));
    if (!isComma(toks[i]) && !link) continue;
    const next = isComma(toks[i]) && /^(and|or)$/.test(word(toks[i + 1])) ? i + 2 : i + 1;
    if (opens(next)) {
      items.push([from, i]);
      comma ||= isComma(toks[i]);
      from = next;
      i = next;
    } else if (isComma(toks[i])) {
      complete = false;
      break;
    } else if (link && noun && toks[i + 1]?.tags.has("Value")) {
      // "… and 8 down to 1 points": a last item of another shape ends the list.
      complete = false;
      break;
    }
  }
  if (!items.length) return [toks];
  const last = complete ? toks.length : -1;
  if (last > 0) items.push([from, last]);
  else if (from > items[items.length - 1][0]) items.push([from, toks.findIndex((t, i) => i > from && (isComma(t) || /^(and|or)$/.test(word(t))))]);
  const kept = items.filter(([a, b]) => b > a + 1);
  // ("finished at fourteen, and at fifteen she entered …": an item with a verb of its own is a clause.)
  if (kept.length < 2 || !comma || kept.some(([a, b]) => toks.slice(a + 1, b).some((x, k) => /^(he|she|they|it|we)$/i.test(x.text) && isFiniteVerb(toks, a + 2 + k)))) return [toks];
  const parts = kept.map(([a, b]) => [...toks.slice(0, start), ...toks.slice(a, b)]);
  return complete ? parts : [toks, ...parts];
}

/**
 * "About 20,000 years ago, at a time known as the Last Glacial Maximum, the ice sheets reached …":
 * a second fronted phrase (a preposition's phrase with no verb of its own) between the first and
 * the clause; the clause reads with the first alone.
 */
function secondFrontedPhraseDropped(toks: Tok[]): Tok[] {
  const first = toks.findIndex((t, i) => i > 0 && i <= 8 && isComma(t));
  if (first < 0 || hasFiniteVerb(toks, 0, first)) return toks;
  // ("In a small garden plot beside the monastery, and in its greenhouse, he grew …": an "and" joins the second.)
  const joined = word(toks[first + 1]) === "and" && PREPOSITIONS.has(word(toks[0])) ? 1 : 0;
  // ("Around 270 CE, under King Endubis, Aksum began …": who ruled then is scene-setting too.)
  if ((first > 6 && !joined) || !/^(at|in|on|during|amid|towards|toward|around|aboard|under)$/i.test(toks[first + 1 + joined]?.text ?? "")) return toks;
  const second = toks.findIndex((t, i) => i > first + 2 && i <= first + 12 && isComma(t));
  // "On 20 February 1962, aboard the capsule Friendship 7, Glenn circled the Earth …": a craft's name
  // is the clause's own; the phrase goes after the clause's first verb phrase.
  const phrase = toks.slice(first + 1, second);
  if (second > 0 && word(phrase[0]) === "aboard" && phrase.some((t, k) => k > 1 && /^\p{Lu}/u.test(t.text)) && !hasFiniteVerb(phrase, 0) && startsClause(toks.slice(second + 1))) {
    const rest = toks.slice(second + 1);
    const cut = rest.findIndex((t, k) => k > 1 && (isComma(t) || (word(t) === "and" && isFiniteVerb(rest, k + 1))));
    const at = cut < 0 ? rest.length : cut;
    return [...toks.slice(0, first + 1), ...rest.slice(0, at), ...phrase, ...rest.slice(at)];
  }
  // ("a time known as …": a participle after its noun is no verb of the phrase's own.)
  const ownVerb = toks.slice(first + 1, second).some((t, k) => isFiniteVerb(toks, first + 1 + k) && !(/^(known|called|named)$/i.test(t.text) && !!toks[first + k]?.tags.has("Noun")));
  if (second < 0 || ownVerb || !startsClause(toks.slice(second + 1))) return toks;
  return [...toks.slice(0, first + 1), ...toks.slice(second + 1)];
}

/**
 * "In a speech to a huge crowd in Alexandria, he announced …": where the subject spoke is said of the
 * subject's act; the phrase stays with the clause, however long (a named place in it: "In a speech
 * in the afternoon, …" is scene-setting).
 */
function speechAt(lead: Tok[]): boolean {
  return /^(in|during)$/i.test(word(lead[0])) && /^(a|an|his|her|their)$/i.test(word(lead[1])) && /^(speech|address|broadcast|lecture|sermon)$/i.test(word(lead[2])) && lead.length <= 12 &&
    !hasFiniteVerb(lead) && lead.some((t, k) => k > 2 && /^(in|at)$/i.test(t.text) && /^\p{Lu}/u.test(lead[k + 1]?.text ?? "") && !lead[k + 1].tags.has("Date") && !lead[k + 1].tags.has("Month"));
}

/** Where "that" follows a clause's subject and reporting verb ("he announced that …"), else undefined. */
function saidAt(rest: Tok[]): number | undefined {
  const subject = subjectOf(rest);
  if (!subject || subject.length > 4 || subject.some(isComma)) return undefined;
  const v = subject.length;
  return /^(announced|declared|said|told|warned|promised|proclaimed|insisted|revealed|argued|claimed)$/i.test(word(rest[v])) && word(rest[v + 1]) === "that" ? v + 1 : undefined;
}

/** "Between 1979 and 1981 …": a span of two years opening the tokens (four of them). */
function yearSpan(toks: Tok[]): boolean {
  return /^between$/i.test(toks[0]?.text ?? "") && /^\d{4}$/.test(toks[1]?.text ?? "") && word(toks[2]) === "and" && /^\d{4}$/.test(toks[3]?.text ?? "");
}

/**
 * "In 1928 Alexander Fleming, a Scottish scientist, returned …": a fronted date with no comma of its
 * own before a subject that has an aside; the date's comma is put in, so the first comma is read as
 * the aside's and not as the end of a leading phrase "In 1928 Alexander Fleming".
 */
function commaAfterFrontedDate(toks: Tok[]): Tok[] {
  // ("Between 1979 and 1981 Paul Volcker, chairman of the Federal Reserve, pushed …": a span of two years too.)
  const span = yearSpan(toks);
  if (!span && (!/^(in|on|by|during|until|from)$/i.test(toks[0]?.text ?? "") || !(toks[1]?.tags.has("Date") || toks[1]?.tags.has("Year") || /^\d{1,4}$/.test(toks[1]?.text ?? "")))) return toks;
  const d = span ? 4 : dateRunEnd(toks, 1);
  const c = firstTopComma(toks);
  // The subject: a short name run, no verb of its own.
  // (A determiner's subject, "In 1962 the town's mayor, John Pell, …", the interrupter reader takes as it is.)
  if (c <= d || c - d > 5 || !/^\p{Lu}/u.test(toks[d].text) || PREPOSITIONS.has(word(toks[d])) || hasFiniteVerb(toks, d, c)) return toks;
  // The aside closes with a comma and the subject's verb follows it.
  const close = toks.findIndex((t, i) => i > c + 1 && i <= c + 16 && isComma(t));
  if (close < 0 || !isFiniteVerb(toks, close + 1) || (hasFiniteVerb(toks, c + 1, close) && !/^(who|which)$/i.test(toks[c + 1].text))) return toks;
  return [...toks.slice(0, d), inserted(","), ...toks.slice(d)];
}

/**
 * 'declared the charter "null, and void of all validity for ever", on the grounds that …': a comma
 * inside a short quoted phrase with no verb of its own is the quotation's, no edge of a clause; it is
 * kept with the word before it. (Quoted speech, with its verb, is left as it is.)
 */
function quotedCommas(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const open = /^["“]$/.test(toks[i].text) && i > 0 ? i : -1;
    const close = open < 0 ? -1 : toks.findIndex((t, k) => k > open && /^["”]$/.test(t.text));
    const inner = close > open + 1 ? toks.slice(open + 1, close) : [];
    if (!inner.length || inner.length > 12 || !inner.some(isComma) || isComma(inner[0]) || inner.some((_, k) => isFiniteVerb(inner, k))) {
      out.push(toks[i]);
      continue;
    }
    out.push(toks[i]);
    for (let k = 0; k < inner.length; k++) {
      if (isComma(inner[k]) && out.length) out[out.length - 1] = { ...out[out.length - 1], text: `${out[out.length - 1].text}${inner[k].text}`, end: inner[k].end };
      else out.push(inner[k]);
    }
    i = close - 1;
  }
  return out;
}

/**
 * "a stretch of flat, marshy meadow", "a long, narrow strip of land": the comma between two
 * adjectives of one noun is no clause's or aside's edge: it is kept with the first adjective, so an
 * aside is not cut at it.
 */
function coordinateAdjectives(toks: Tok[]): Tok[] {
  const adjective = (t: Tok | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && t.tags.has("Adjective") && !t.tags.has("Noun") && !t.tags.has("Verb") && !t.tags.has("Adverb");
  const drop = toks.findIndex((t, i) => i > 1 && isComma(t) && (adjective(toks[i - 1]) || (!!toks[i - 1]?.tags.has("Adverb") && /^\p{Ll}+(?<!ly)$/u.test(toks[i - 1].text) && !toks[i - 1].tags.has("Noun"))) && /^(?:a|an|the|of|and)$/i.test(toks[i - 2].text) && adjective(toks[i + 1]) && !!toks[i + 2]?.tags.has("Noun"));
  if (drop < 0) return toks;
  // The comma stays in the words ("flat, marshy"), joined to the adjective before it.
  const joined: Tok = { ...toks[drop - 1], text: `${toks[drop - 1].text},`, end: toks[drop].end };
  return coordinateAdjectives([...toks.slice(0, drop - 1), joined, ...toks.slice(drop + 1)]);
}

/**
 * "Wangari Maathai, the Kenyan scientist and campaigner who turned … into a movement for the
 * environment, for women and for democracy, was born …": a name's description with commas of its
 * own (a list inside its relative clause) runs to the comma its name's verb follows; it goes whole.
 */
/**
 * "… taught physics at a school and, around 1856, began the work …": the comma goes before "and"
 * and the dated phrase joins its verb ("…, and around 1856 began …"), so the second verb phrase is
 * read as a claim of its own with the subject it shares.
 */
function adjunctAfterAnd(toks: Tok[]): Tok[] {
  const i = toks.findIndex((t, k) => k > 2 && word(t) === "and" && isComma(toks[k + 1]) && !isComma(toks[k - 1]));
  if (i < 0) return toks;
  const j = toks.findIndex((t, k) => k > i + 2 && k <= i + 6 && isComma(t));
  const inner = j > 0 ? toks.slice(i + 2, j) : [];
  if (!inner.length || !/^(?:in|on|around|about|by|after|before|until|during)$/.test(word(inner[0])) || !inner.some((t) => /^\d{4}$/.test(t.text))) return toks;
  if (!isFiniteVerb(toks, j + 1) || !toks[j + 1].tags.has("PastTense")) return toks;
  return [...toks.slice(0, i), { ...toks[i + 1] }, toks[i], ...inner, ...toks.slice(j + 1)];
}

const RENAMING_WHEN = /^(now|today|later|formerly|once|then|since)$/;
/**
 * "… in Brünn, the city now called Brno, and …": a place's other name is a statement of its own
 * ("Brünn is now called Brno"), and the aside leaves the clause (its "the city" points back).
 */
function renamingAside(toks: Tok[]): { body: Tok[]; statement: Tok[] } | undefined {
  for (let i = 1; i < toks.length - 3; i++) {
    if (!isComma(toks[i]) || !/^\p{Lu}/u.test(toks[i - 1].text) || toks[i - 1].tags.has("Pronoun")) continue;
    let k = i + 1;
    // ("the city", "the town", "the old capital": a kind of place before the adverb.)
    if (word(toks[k]) === "the") {
      k++;
      while (k < i + 4 && /^\p{Ll}+$/u.test(toks[k]?.text ?? "") && !RENAMING_WHEN.test(word(toks[k]))) k++;
      if (k === i + 2) continue;
    }
    const when = word(toks[k]);
    if (!RENAMING_WHEN.test(when)) continue;
    const verbAt = k + 1;
    const verb = word(toks[verbAt]) === "known" && word(toks[verbAt + 1]) === "as" ? 2 : /^(called|named|renamed)$/.test(word(toks[verbAt])) ? 1 : 0;
    if (!verb) continue;
    let end = verbAt + verb;
    if (word(toks[end]) === "the") end++;
    const nameFrom = end;
    while (end < toks.length && /^\p{Lu}/u.test(toks[end].text)) end++;
    if (end === nameFrom || (end < toks.length && !isComma(toks[end]) && !/^[.;]$/.test(toks[end].text))) continue;
    let from = i - 1;
    while (from > 0 && (/^\p{Lu}/u.test(toks[from - 1].text) || (/^(of|the)$/.test(toks[from - 1].text) && /^\p{Lu}/u.test(toks[from - 2]?.text ?? ""))) && !toks[from - 1].tags.has("Pronoun")) from--;
    // (A sentence's first word is capitalised whatever it is: the name starts after it unless tagged one.)
    if (from === 0 && !toks[0].tags.has("ProperNoun")) continue;
    if (word(toks[from - 1]) === "the") from--;
    const past = !/^(now|today|since)$/.test(when);
    const statement = [...toks.slice(from, i), inserted(past ? "was" : "is", ["Verb", "Auxiliary", past ? "PastTense" : "PresentTense"]), ...toks.slice(k, end)];
    // ("Batavia, now known as Jakarta, in 1770": the closing comma goes too, unless a clause follows.)
    const rest = isComma(toks[end]) && !/^(and|but|or|while|which|who|where|when|whose)$/.test(word(toks[end + 1])) ? end + 1 : end;
    return { body: [...toks.slice(0, i), ...toks.slice(rest)], statement };
  }
  return undefined;
}

const REPORTING_ASIDE = /^(?:said|says|added|adds|reported|reports|explained|argued|argues|noted|notes|warned|insisted|claimed|claims|wrote|writes|recalled|recalls|concluded|concludes|observed|observes|remarked|remarks|believes|believed|thinks|thought|admitted|pointed out|put it|puts it)$/;
/**
 * "The Link's main purpose, Cllr Marsh said, is to …", "Singapore, as Amara pointed out, is …": a
 * speaker's aside between a subject and its verb is left out of the statement (the clause is what
 * was said).
 */
function reportingAsideDropped(toks: Tok[]): Tok[] {
  for (let i = 1; i < toks.length - 4; i++) {
    if (!isComma(toks[i])) continue;
    const j = toks.findIndex((t, k) => k > i + 1 && k <= i + 7 && isComma(t));
    if (j < 0 || j > toks.length - 3) continue;
    const inner = toks.slice(i + 1, j);
    const k0 = word(inner[0]) === "as" ? 1 : 0;
    // The speaker: a pronoun, or one to four capitalised words ("Cllr Marsh", "Dr Alan Pryce").
    let v = k0;
    if (/^(he|she|they|we|it)$/.test(word(inner[v]))) v++;
    // ("as the guide pointed out": a speaker named by a common noun.)
    else if (k0 === 1 && word(inner[v]) === "the" && /^\p{Ll}+$/u.test(inner[v + 1]?.text ?? "")) v += REPORTING_ASIDE.test(word(inner[v + 2])) || REPORTING_ASIDE.test(`${word(inner[v + 2])} ${word(inner[v + 3])}`) ? 2 : 3;
    else while (v < inner.length && /^\p{Lu}[\p{L}.'’-]*$/u.test(inner[v].text) && v - k0 < 4) v++;
    if (v === k0) continue;
    const verb = inner.slice(v).map((t) => t.text.toLowerCase()).join(" ");
    if (!REPORTING_ASIDE.test(verb)) continue;
    // Only between a subject and its verb, where it hides the clause; after a fronted phrase ("In
    // Damascus, he reported, 2,400 people were …") the speaker stays, and gives the statement its source.
    // ("The fares are rising, the council says, because …": a reason the speaker gives keeps its speaker.)
    if (startsClause(toks.slice(j + 1)) || /^(because|since|as|so|although|though)$/.test(word(toks[j + 1]))) continue;
    return [...toks.slice(0, i), ...toks.slice(j + 1)];
  }
  return toks;
}

function longNameAsideDropped(toks: Tok[]): Tok[] {
  let n = 0;
  while (n < toks.length && n < 5 && /^\p{Lu}/u.test(toks[n].text) && !toks[n].tags.has("Pronoun") && !PREPOSITIONS.has(word(toks[n]))) n++;
  if (n === 0 || !isComma(toks[n]) || !/^(the|a|an)$/i.test(toks[n + 1]?.text ?? "")) return toks;
  // ("a long, narrow strip of land": an adjective's comma is no phrase's.)
  const commas = toks.map((t, i) => (i > n + 1 && i <= n + 45 && isComma(t) && !adjectiveComma(toks, i) ? i : -1)).filter((i) => i > 0);
  const close = commas.find((i) => isFiniteVerb(toks, i + 1) && !/^(and|or|but)$/i.test(toks[i + 1].text));
  // (Only with a comma inside: one comma each side is the plain appositive the interrupter reader takes.)
  if (close === undefined || close === commas[0]) return toks;
  const inner = toks.slice(n + 1, close);
  // Every inner comma opens a phrase, not a clause; the description's one verb is its relative clause's.
  if (commas.filter((i) => i < close).some((i) => isFiniteVerb(toks, i + 1) || /^(and|but|or)$/i.test(toks[i + 1]?.text ?? "") && isFiniteVerb(toks, i + 2))) return toks;
  const rel = inner.findIndex((t) => /^(who|which|that)$/i.test(t.text));
  if (inner.some((t, k) => isFiniteVerb(inner, k) && (rel < 0 || k < rel))) return toks;
  return [...toks.slice(0, n), ...toks.slice(close + 1)];
}

/** Verbs of an event said to take place, with nothing after them but its condition. */
const EVENT_VERB = /^(?:happens?|happened|occurs?|occurred|takes? place|begins?|began|starts?|started|forms?|formed|arises?|arose|results?|resulted)$/i;

/** The unit of a span measured from a later clause ("two years after …", "four days before …"). */
const MEASURED_UNIT = /^(years?|months?|weeks?|days?|decades?|centuries|century|hours?)$/i;

/** "X voted to exit the coalition shortly after the US targeted Y" → "X voted …", "the US targeted Y". */
function splitTrailingSubordinate(toks: Tok[]): Tok[][] {
  // "Mix the flours … until no dry patches remain, then cover and leave for 45 minutes": an
  // instruction's later verbs are the reader's, never the subordinate clause's subject's.
  if (toks[0]?.tags.has("Imperative") && toks.some((t, k) => k > 0 && isComma(t) && /^then$/i.test(toks[k + 1]?.text ?? ""))) return [toks];
  for (let i = 3; i < toks.length - 2; i++) {
    // (", while the mitral valve … guards …": a contrast after a comma joins two claims that each stand.)
    if (!TRAILING_SUBORDINATORS.has(word(toks[i])) || (toks[i - 1].text === "," && !/^(while|whereas)$/i.test(toks[i].text))) continue;
    // "… into the lake since 1966; after decades …": "since" before a year is a preposition.
    if (toks[i + 1]?.tags.has("Value") || /^\d/.test(toks[i + 1]?.text ?? "") || toks[i + 1]?.tags.has("Date")) continue;
    // "built out from both shores at once, each half …": "at once" is no clause's opening.
    if (/^(at|all)$/i.test(toks[i - 1].text) || isComma(toks[i + 1])) continue;
    // ", almost two years after the town lost its pool", ", only days after Britain had declared war":
    // a span measured from the later clause goes with the cut; the first clause ends at its comma.
    const unit = /^(after|before)$/i.test(toks[i].text) ? toks[i - 1].text : "";
    const measured = MEASURED_UNIT.test(unit);
    const span = measured ? toks.slice(0, i).findLastIndex((t, k) => k >= i - 5 && (isComma(t) || isFiniteVerb(toks, k))) : -1;
    // "wages rose faster when unemployment was low": a comparison's condition is part of the claim.
    if (toks[i - 1].tags.has("Comparative") || /^(more|less|faster|slower|higher|lower|better|worse)$/i.test(toks[i - 1].text)) continue;
    if (!hasFiniteVerb(toks, 0, i) || !(startsClause(toks.slice(i + 1)) || namedSubjectClause(toks.slice(i + 1)))) continue;
    // "The Parliament Act 1911, passed after the Lords threw out …, took away …": a participle right
    // after a comma opens an aside; the clause after "after" is inside it, not the sentence's tail.
    if (toks.slice(0, i).every((t, k) => !isFiniteVerb(toks, k) || (isComma(toks[k - 1] ?? t) && !isAux(t) && t.tags.has("PastTense")))) continue;
    // "A heart attack happens when a coronary artery becomes blocked": the condition is the whole
    // claim; neither "A heart attack happens" nor the blocked artery stands alone.
    if (/^(?:when|once)$/i.test(toks[i].text) && EVENT_VERB.test(toks[i - 1].text)) return [toks];
    // "infectious from about four days before the rash appears": with no comma before it the span is
    // the claim's own ("from four days before …"); cut there, it states "from about four days".
    if ((measured || /^minutes?$/i.test(unit)) && !(span > 0 && isComma(toks[span]))) continue;
    let cut = span > 0 && isComma(toks[span]) ? span : i;
    while (cut > 1 && LEAD_ADVERBS.has(word(toks[cut - 1]))) cut--;
    // "… awarded to the attacking team, usually when a defender …": the adverb after the comma is the
    // condition's; the first clause ends at its comma.
    if (cut > 2 && /^(?:usually|often|mostly|mainly|chiefly|largely|partly|generally|typically|normally|especially|particularly|sometimes|always|probably|perhaps)$/i.test(word(toks[cut - 1])) && isComma(toks[cut - 2])) cut -= 2;
    // The clause after the subordinator may itself join two verbs ("when X, a member of …, rode up
    // … and slashed …"); a subordinate clause of its own stays with it ("… after Arab producers cut supplies").
    // ("… since the competition began in 2009, which will stand in the entrance hall": a relative clause
    // after the subordinate one is about a noun of the main clause; it goes with neither.)
    const comma = toks.findIndex((t, k) => k > i && isComma(t));
    const relative = comma > i + 2 && /^(which|who|whom|whose)$/i.test(toks[comma + 1]?.text ?? "") ? comma : -1;
    const tail = toks.slice(i + 1, relative > 0 ? relative : undefined);
    return [toks.slice(0, cut), ...(startsClause(tail) ? [tail] : splitCoordinated(tail))];
  }
  return [toks];
}

/** "after decades of protests it closed in 2013": a clause after a fronted phrase with no comma. */
/** "at fifteen she entered …": a short phrase, then a clause whose subject is a pronoun. */
function adjunctThenPronoun(toks: Tok[]): boolean {
  return !startsClause(toks) && clauseAfterAdjunct(toks) && toks.some((x, k) => k >= 2 && k <= 5 && /^(he|she|they|it|we)$/i.test(x.text) && isFiniteVerb(toks, k + 1));
}

function clauseAfterAdjunct(toks: Tok[]): boolean {
  if (!PREPOSITIONS.has(word(toks[0]))) return false;
  for (let k = 2; k <= 8 && k < toks.length - 1; k++) {
    // ("decades of protests": a word after "of" or "the" is a noun, whatever its tag.)
    // ("during the inaugural season, the field had to be re-sodded": the adjunct's own comma.)
    if (isComma(toks[k])) return startsClause(toks.slice(k + 1));
    if (isFiniteVerb(toks, k) && !/^(of|the|a|an)$/i.test(toks[k - 1].text)) return false;
    if ((toks[k].tags.has("Pronoun") || /^(the|a|an)$/i.test(toks[k].text)) && startsClause(toks.slice(k))) return true;
  }
  return false;
}

/** A ruler's or an office's title, which only a person holds ("khan of the Golden Horde", "chief executive of Apple"). */
const ROLE_TITLE = /^(?:khan|king|queen|emperor|empress|sultan|shah|tsar|czar|pharaoh|pope|bishop|archbishop|abbot|abbess|duke|duchess|earl|count|countess|prince|princess|president|vice-president|chancellor|governor|mayor|minister|secretary|chairman|chairwoman|chair|director|founder|head|leader|captain|coach|manager|editor|professor|dean|principal|headteacher|headmaster|headmistress|ruler|commander|general|admiral|chief executive|prime minister|foreign minister|managing director|vice chancellor|head coach|general manager|chief constable)$/i;
/** Where a role starts in an aside: after a named owner's possessive ("Ashdale Water's director of …"), else at once. */
function owner0(inner: Tok[]): number {
  const k = inner.findIndex((t, i) => i <= 2 && /^\p{Lu}[\p{L}-]*[’']s$/u.test(t.text));
  return k >= 0 ? k + 1 : 0;
}

/** "Francis de Groot, a member of a group called the New Guard, rode up …": a name, its appositive, then its verb. */
function namedSubjectClause(toks: Tok[]): boolean {
  const nameRun = (from: number) => {
    let k = from;
    while (k < toks.length && (/^\p{Lu}/u.test(toks[k].text) || (k > from && /^(de|van|von|da|di|al|bin)$/.test(toks[k].text)))) k++;
    return k - from;
  };
  // ("Canada's foreign minister, Lester Pearson, proposed …": a named owner's role, then who holds it.)
  const roleEnd = /^\p{Lu}[\p{L}-]*[’']s$/u.test(toks[0]?.text ?? "") ? toks.findIndex((t, i) => i >= 2 && i <= 4 && isComma(t)) : -1;
  if (roleEnd > 0 && toks.slice(1, roleEnd).every((t) => /^\p{Ll}/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective")))) {
    const n = nameRun(roleEnd + 1);
    if (n >= 2 && n <= 4 && isComma(toks[roleEnd + 1 + n]) && isFiniteVerb(toks, roleEnd + 2 + n)) return true;
  }
  // "Francis de Groot, a member of …, rode" or "the Premier, Jack Lang, could cut it".
  const named = nameRun(0);
  const described = named ? 0 : /^the$/i.test(toks[0]?.text ?? "") ? nameRun(1) + 1 : 0;
  const k = named || described;
  if (k === 0 || k > 5 || !isComma(toks[k])) return false;
  if (named ? !/^(a|an|the)$/i.test(toks[k + 1]?.text ?? "") : nameRun(k + 1) === 0) return false;
  const close = toks.findIndex((t, i) => i > k + 1 && isComma(t));
  return close > 0 && close - k <= 16 && (described === 0 || close === k + 1 + nameRun(k + 1)) && isFiniteVerb(toks, close + 1);
}

/**
 * "…, the command module Odyssey and the lunar module Aquarius, in which Lovell and Haise planned to
 * land …", "…in a book, Lost Moon, on which the 1995 film was based": a relative clause after a
 * preposition that runs to the end says something of a noun before it (which one, a list leaves
 * unsure); the claim ends at its comma. Cut before clauses are split, or its "and" splits one.
 */
function trailingRelativeCut(toks: Tok[]): Tok[] {
  // (", in which syndicates compete to take on risks, from oil tankers to satellites": a closing
  // phrase of the clause's own, with no verb, goes with it.)
  const closes = (i: number) => {
    const next = toks.findIndex((t, k) => k > i + 1 && isComma(t));
    return next < 0 || (PREPOSITIONS.has(word(toks[next + 1])) && !hasFiniteVerb(toks, next + 1) && !toks.slice(next + 1).some(isComma));
  };
  const at = toks.findIndex((t, i) => i > 3 && isComma(t) && PREPOSITIONS.has(word(toks[i + 1])) && /^(which|whom)$/i.test(word(toks[i + 2])) &&
    hasFiniteVerb(toks, i + 3) && closes(i));
  return at > 0 && hasFiniteVerb(toks, 0, at) ? toks.slice(0, at) : toks;
}

/**
 * "… the hardiness of mountain saxifrages, completed in 1956, working in the glasshouses …": with the
 * aside gone, the participle that followed it keeps a comma, or it reads as the noun's ("saxifrages
 * working in the glasshouses").
 */
function participleCommaKept(main: Tok[], sentence: Tok[]): Tok[] {
  const at = (t: Tok) => (t.from >= 0 ? sentence.findIndex((x) => x.from === t.from && x.text === t.text) : -1);
  for (let i = 0; i < main.length - 1; i++) {
    const a = at(main[i]);
    const b = at(main[i + 1]);
    if (a < 0 || b <= a + 2 || !/^\p{Ll}{3,}ing$/u.test(main[i + 1].text) || main[i + 1].tags.has("Preposition")) continue;
    if (isComma(sentence[a + 1]) && isComma(sentence[b - 1]) && !isComma(main[i])) return [...main.slice(0, i + 1), inserted(","), ...main.slice(i + 1)];
  }
  return main;
}

/** Interrupters between commas: relative clauses, appositives, participles; trailing asides. */
function removeInterrupters(input: Tok[]): { main: Tok[]; extra: Statement[] } {
  const extra: Statement[] = [];
  let clause = input;
  // A fronted adjunct's comma ("In 2021, …") opens nothing.
  // "In 1943 a laboratory assistant, Mary Hunt, …": a date adjunct without its comma, then the
  // subject; that comma opens the subject's appositive.
  const dateThenSubject = PREPOSITIONS.has(word(clause[0])) && dateRunEnd(clause, 1) > 1 && /^(a|an|the)$/i.test(clause[dateRunEnd(clause, 1)]?.text ?? "");
  // ("To the east, the high peaks …": "to" before a determiner is a preposition, not an infinitive's.)
  // ("Passing sentence, the chair of the bench, Gillian Thursby, said …": a fronted "-ing" phrase's
  // comma too — "sentence" has no appositive.)
  const frontedGerund = /^\p{Lu}\p{Ll}{2,}ing$/u.test(clause[0]?.text ?? "") && clause.findIndex(isComma) > 1 && clause.findIndex(isComma) <= 4 && !hasFiniteVerb(clause, 1, clause.findIndex(isComma));
  const fronted = PREPOSITIONS.has(word(clause[0])) || (word(clause[0]) === "to" && /^(the|a|an|its|their|his|her)$/.test(word(clause[1]))) || frontedGerund || partitiveLead(clause, clause.findIndex(isComma));
  // ("At the regional heat in Exeter in October, the robot's arm, which …, snapped": a longer chain of
  // phrases is one adjunct too when its last preposition stands right before the comma.)
  // (Every phrase short — "women of the Leek Embroidery Society in Staffordshire, led by …" holds its subject.)
  const phraseChainEnd = (i: number) => {
    if (i > 12 || hasFiniteVerb(clause, 0, i)) return false;
    const at = clause.slice(0, i).flatMap((t, k) => (PREPOSITIONS.has(word(t)) ? [k] : []));
    return at[0] === 0 && at.every((k, n) => n === 0 || k - at[n - 1] <= 4) && i - at[at.length - 1] <= 3;
  };
  const adjunctComma = fronted && !dateThenSubject ? clause.findIndex((t, i) => (i <= 6 || phraseChainEnd(i)) && isComma(t) && !insideAddress(clause, i)) : -1;
  // "In July 1944, while the war was still being fought, 730 delegates met …": a subordinate clause
  // right after the fronted adjunct is an aside of its own; the adjunct keeps its comma.
  // "On 5 June 1977, World Environment Day, Maathai … planted …": the date's own name goes; the date stays.
  const named = adjunctComma > 0 && clause.slice(0, adjunctComma).some((t) => /^\d{4}$/.test(t.text)) ? clause.findIndex((t, i) => i > adjunctComma + 1 && i <= adjunctComma + 6 && isComma(t)) : -1;
  if (named > 0 && /^(Day|Eve|Night|Festival)$/.test(clause[named - 1].text) && clause.slice(adjunctComma + 1, named).every((t) => /^\p{Lu}/u.test(t.text) || /^(of|the|and)$/.test(t.text)) && startsClause(clause.slice(named + 1))) {
    clause = [...clause.slice(0, adjunctComma + 1), ...clause.slice(named + 1)];
  }
  if (adjunctComma > 0 && SUBORDINATORS.has(word(clause[adjunctComma + 1])) && !/^(as|if|unless|whereas|since)$/.test(word(clause[adjunctComma + 1]))) {
    const close = clause.findIndex((t, i) => i > adjunctComma + 2 && isComma(t));
    const inner = close > 0 ? clause.slice(adjunctComma + 2, close) : [];
    // The aside is scene-setting ("while the war was still being fought"): not stated on its own.
    if (inner.length >= 2 && startsClause(inner) && startsClause(clause.slice(close + 1))) {
      clause = [...clause.slice(0, adjunctComma + 1), ...clause.slice(close + 1)];
    }
  }
  // "Orville lay at the controls and, into an icy wind of about 27 miles per hour, flew 120 feet": a
  // phrase between "and" and its second verb is scene-setting; the verb joins its "and" again.
  for (let a = 2; a < clause.length - 3; a++) {
    if (word(clause[a]) !== "and" || !isComma(clause[a + 1])) continue;
    const close = clause.findIndex((t, i) => i > a + 2 && isComma(t));
    const inner = close > 0 ? clause.slice(a + 2, close) : [];
    if (inner.length >= 2 && inner.length <= 12 && PREPOSITIONS.has(word(inner[0])) && !inner.some((_, k) => isFiniteVerb(inner, k)) && isFiniteVerb(clause, close + 1) && clause[close + 1].tags.has("PastTense")) {
      clause = [...clause.slice(0, a + 1), ...clause.slice(close + 1)];
    }
  }
  let toks = clause;
  let cursor = Math.max(0, adjunctComma);
  for (let guard = 0; guard < 12; guard++) {
    const open = toks.findIndex((_, i) => i > cursor && phraseComma(toks, i));
    if (open < 0) break;
    let close = toks.findIndex((_, i) => i > open && phraseComma(toks, i));
    // ", including Iraq, Iran and Syria, …": the examples' list runs to the comma after its last item.
    // So does a participle's object list (", collecting observations of the sound, the pressure wave
    // and the sunsets from all over the world").
    const gerundAside = close > 0 && !!toks[open + 1]?.tags.has("Verb") && /^\p{Ll}+ing$/u.test(toks[open + 1].text);
    // "…, beating the holders, Brackenford Cricket Club, by four wickets in a tense final at the Priory
    // Ground": the name after the "-ing" phrase's "the" + noun only says who they were; without it the
    // phrase runs on to the sentence's end and is the subject's act like any closing "-ing" phrase.
    if (gerundAside && close - open >= 3 && close - open <= 5 && word(toks[close - 2]) === "the" && /^\p{Ll}+$/u.test(toks[close - 1].text) && toks[close - 1].tags.has("Noun")) {
      const nameEnd = toks.findIndex((t, i) => i > close && (isComma(t) || /^[.;:!?]$/.test(t.text)));
      const name = nameEnd > 0 ? toks.slice(close + 1, nameEnd) : [];
      if (isComma(toks[nameEnd]) && name.length >= 1 && name.length <= 5 && isNameRun(name) && /^(by|in|at|on|after|with)$/.test(word(toks[nameEnd + 1])) && !toks.slice(nameEnd + 1).some(isComma) && !hasFiniteVerb(toks, nameEnd + 1)) {
        toks = [...toks.slice(0, close), ...toks.slice(nameEnd + 1)];
        close = -1;
      }
    }
    if (gerundAside && close > 0) {
      const and = toks.findIndex((t, i) => i > close && /^(and|or)$/i.test(t.text));
      const stop = and > 0 ? toks.findIndex((t, i) => i > and && isComma(t)) : -1;
      const end = stop > 0 ? stop : toks.length;
      const items = and > 0 ? toks.slice(close + 1, end) : [];
      // ("flying in food, coal and other supplies": bare nouns after the first item, too.)
      const listed = /^(the|a|an|its|their)$/i.test(word(toks[close + 1])) || (/^\p{Ll}+$/u.test(toks[close + 1]?.text ?? "") && !!toks[close + 1].tags.has("Noun") && !toks[close + 1].tags.has("Verb"));
      if (and > 0 && !toks.slice(close + 1, and).some(isComma) && items.length <= 14 && listed &&
        !items.some((t, k) => isFiniteVerb(items, k) || /^(which|who|that|while|when)$/i.test(t.text))) {
        // (Running to the clause's end, the aside goes with its list: nothing after it to keep.)
        if (stop < 0) {
          toks = toks.slice(0, open);
          break;
        }
        close = stop;
      }
    }
    // "The mitral valve, also called the bicuspid valve because it has two flaps, guards …": another
    // name (asked by the naming reader) between the subject and its verb; the commas and it go.
    // (Only "also/often/sometimes called": a bare "known as the Big Five" names the subject itself,
    // which the appositive reader puts in its place.)
    // ("The two upper chambers, called atria, receive …": a plain common name, too.)
    const plainName = close > 0 && close - open >= 3 && close - open <= 5 && toks.slice(open + 2, close).every((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.text) && !t.tags.has("Verb") && !t.tags.has("Pronoun"));
    const knownAs = word(toks[open + 1]) === "known" && word(toks[open + 2]) === "as" && close - open >= 4 && close - open <= 6 && toks.slice(open + 3, close).every((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.text) && !t.tags.has("Verb") && !t.tags.has("Pronoun"));
    const calling = /^(also|often|sometimes|commonly|formerly)$/i.test(word(toks[open + 1])) ? open + 2 : (plainName && /^(called|named)$/i.test(word(toks[open + 1]))) || knownAs ? open + 1 : -1;
    if (close > 0 && calling > 0 && (/^(called|named)$/i.test(word(toks[calling])) || (word(toks[calling]) === "known" && word(toks[calling + 1]) === "as"))) {
      // ("guards the opening": after the aside the tagger may read the verb as a plural noun.)
      const verbAfter = isFiniteVerb(toks, close + 1) || (/^\p{Ll}{3,}s$/u.test(toks[close + 1]?.text ?? "") && /^(the|a|an|its|their|his|her)$/i.test(word(toks[close + 2])));
      if (close > 0 && verbAfter && !toks.slice(0, open).some((t, k) => isFiniteVerb(toks, k))) {
        const verb = isFiniteVerb(toks, close + 1) ? toks[close + 1] : { ...toks[close + 1], tags: new Set(["Verb", "PresentTense"]) };
        toks = [...toks.slice(0, open), verb, ...toks.slice(close + 2)];
        cursor = open - 1;
        continue;
      }
    }
    // "The last of these, known as Note G, set out …", "The second-largest, usually called the Obelisk of
    // Axum, is …": a description that only points (an ordinal or a superlative, no noun of its own)
    // gives way to the name the aside gives it.
    const namer = /^(usually|also|often|now|commonly)$/i.test(word(toks[open + 1])) ? open + 2 : open + 1;
    const nameFrom = word(toks[namer]) === "known" && word(toks[namer + 1]) === "as" ? namer + 2 : /^(called|named)$/i.test(word(toks[namer])) ? namer + 1 : -1;
    const pointing = toks.slice(Math.max(0, adjunctComma + 1), open);
    if (close > 0 && nameFrom > 0 && close - nameFrom >= 1 && close - nameFrom <= 6 && /^\p{Lu}/u.test(toks[word(toks[nameFrom]) === "the" ? nameFrom + 1 : nameFrom]?.text ?? "") &&
      word(pointing[0]) === "the" && pointing.length >= 2 && pointing.length <= 4 && (/^(first|second|third|fourth|fifth|last|latter|former|largest|biggest|tallest|oldest|smallest|second-largest|second-biggest)$/i.test(word(pointing[1]))) &&
      (pointing.length === 2 || (word(pointing[2]) === "of" && /^(these|them|those|the)$/i.test(word(pointing[3])))) && isFiniteVerb(toks, close + 1)) {
      const name = toks.slice(nameFrom, close);
      toks = [...toks.slice(0, adjunctComma + 1), { ...name[0], text: word(name[0]) === "the" && adjunctComma < 0 ? "The" : name[0].text }, ...name.slice(1), ...toks.slice(close + 1)];
      cursor = Math.max(0, adjunctComma);
      continue;
    }
    if (close > 0 && /^(including|especially|notably|particularly)$/i.test(word(toks[open + 1]))) {
      const and = toks.findIndex((t, i) => i > close && /^(and|or)$/i.test(t.text));
      const end = and > 0 ? toks.findIndex((t, i) => i > and && isComma(t)) : -1;
      const items = end > 0 ? toks.slice(close + 1, end).filter((t) => !isComma(t) && !/^(and|or|the)$/i.test(t.text)) : [];
      if (end > 0 && end - close <= 10 && items.every((t) => /^\p{Lu}/u.test(t.text))) {
        // (When another aside follows — ", during this time," — its opening comma stays.)
        if (PREPOSITIONS.has(word(toks[end + 1]))) {
          toks = [...toks.slice(0, open), ...toks.slice(end)];
          cursor = open - 1;
          continue;
        }
        close = end;
      } else if (and > 0 && !toks.slice(toks.findLastIndex((t) => /^(and|or)$/i.test(t.text))).some(isComma) && !hasFiniteVerb(toks, close + 1)) {
        // ", including a week-long event at …, a beer, wine and food festival …, and a pep rally.": the
        // examples run to the sentence's end; they go with their list.
        toks = toks.slice(0, open);
        break;
      }
    }
    // "a plesiosaur, a marine reptile with a small head, a very long neck and four paddle-like
    // flippers": a list of the aside's own runs on past its comma to the sentence's end.
    if (close > 0 && /^(a|an)$/i.test(word(toks[open + 1])) && /^(a|an|the|\d+|two|three|four|five|six)$/i.test(word(toks[close + 1])) &&
      toks.slice(open + 1, close).some((t) => /^with$/i.test(t.text)) && !toks.slice(close + 1).some(isComma) && toks.slice(close + 1).some((t) => /^(and|or)$/i.test(t.text)) && !hasFiniteVerb(toks, close + 1)) close = -1;
    // "… from more than 600 donors, many of them parents, former pupils and local shopkeepers.": a share
    // "of them" whose list runs on past its comma to the sentence's end is one closing aside, list and all.
    if (close > 0 && /^(many|most|some|all|several)$/.test(word(toks[open + 1])) && word(toks[open + 2]) === "of" && /^(them|these|those)$/i.test(toks[open + 3]?.text ?? "") &&
      toks.slice(close + 1).some((t) => /^(and|or)$/i.test(t.text)) && toks.slice(close + 1).filter(isComma).length <= 4 && !hasFiniteVerb(toks, close + 1) &&
      !toks.slice(close + 1).some((t) => /^(which|who|that|where|when)$/i.test(t.text) || /^[;:]$/.test(t.text))) close = -1;
    // "…, which drew 1,870 responses, 74 per cent of them in favour of …": a share "of them" after the
    // aside's comma belongs to the aside (no verb of its own); the aside runs to the sentence's end.
    if (close > 0 && /^(which|who)$/i.test(word(toks[open + 1])) && (() => {
      const stop = toks.findIndex((t, i) => i > close && (isComma(t) || /^[.;:!?]$/.test(t.text)));
      const tail = toks.slice(close + 1, stop < 0 ? toks.length : stop);
      return tail.some((t, k) => /^of$/i.test(t.text) && /^(them|whom|which)$/i.test(tail[k + 1]?.text ?? "")) && !tail.some((_, k) => isFiniteVerb(tail, k));
    })()) close = -1;
    const atEnd = close < 0;
    if (atEnd) close = toks.length;
    const inner = toks.slice(open + 1, close);
    if (!inner.length) break;
    // "the Port of Los Angeles, the United States' busiest port; the adjacent Port of Long Beach, …":
    // a semicolon between two commas separates items of a list; no aside runs across it.
    if (inner.some((t) => t.text === ";")) {
      cursor = open;
      continue;
    }
    const first = word(inner[0]);
    const antecedent = namedTail(antecedentBefore(toks, open));
    // "tells the story of how William, Duke of Normandy, conquered …": a "how" with its subject and no
    // verb yet is a clause the next comma cuts, not an aside to state ("scene is the story of how William").
    // (So is "a figure that the head librarian, Anita Sharma, said was …": a relative clause whose
    // subject's own aside cuts it before its verb.)
    const cutClause = !atEnd && inner.some((t, k) => k > 0 && (/^(how|why|whether)$/i.test(t.text) || (/^that$/i.test(t.text) && /^(the|a|an|his|her|its|their)$/i.test(word(inner[k + 1])))) && !hasFiniteVerb(inner, k + 1));
    // "… and, during the battle, the bodies of fallen soldiers": the comma closes a time phrase set off
    // by commas; what follows is no description of the battle.
    const timeAside = !!antecedent && /^(during|after|before|despite|throughout|amid|following|until|since)$/i.test(word(toks[open - antecedent.length - 1])) && isComma(toks[open - antecedent.length - 2]);
    // A summing-up phrase of that kind ("…, a figure that X, Y, said was …") closes the sentence
    // with no clause of the article's own; it goes whole.
    if (cutClause && /^(a|an)$/.test(first) && inner.findIndex((t) => /^that$/i.test(t.text)) <= 3 && hasFiniteVerb(toks, 0, open)) {
      toks = toks.slice(0, open);
      break;
    }
    if (cutClause || timeAside) {
      // (The cut clause runs on past its subject's own aside: ", Duke of Normandy, conquered …".)
      const next = cutClause ? toks.findIndex((_, i) => i > close && phraseComma(toks, i)) : -1;
      cursor = cutClause ? (next > 0 ? next : close) : open;
      continue;
    }
    // A verb inside a relative clause of the appositive ("the diplomat who had led …") does not count.
    const relAt = inner.findIndex((t, k) => k > 0 && (/^(who|which|that|whose)$/i.test(t.text) || (/^(where|when)$/i.test(t.text) && inner[k - 1].tags.has("Noun"))));
    // Nor does a participle after a noun ("a set of pipes hidden in the walls").
    // (Nor the "is" of "in what is now Kyrgyzstan": a place named as it is called today, no clause.)
    // (Only before the subject's verb: "… to Himyar, in what is now Yemen, to avenge …" keeps its aside.)
    const nowCalled = !atEnd && isFiniteVerb(toks, close + 1) && /^(?:in|near) what (?:is|was) (?:now|then) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u.test(inner.map((t) => t.text).join(" "));
    const innerVerb = !nowCalled && inner.slice(0, relAt > 0 ? relAt : inner.length).some((t, k) => isFiniteVerb(inner, k) && !postNominalParticiple(inner, k) && !adjectiveAfterAnd(inner, k));
    // Between the subject and its verb ("The bank's first loan, of 250 million dollars, went …").
    const subjectStart = adjunctComma + 1;
    const verbNext = !atEnd && (isFiniteVerb(toks, close + 1) || (toks[close + 1]?.tags.has("Adverb") && isFiniteVerb(toks, close + 2)));
    const inSubject = verbNext && open > subjectStart && !hasFiniteVerb(toks, subjectStart, open);
    // "… born … in Penzance, Cornwall, the elder of two daughters of Hugh Ferrars, a harbour engineer,
    // and his wife Edith …": a family description after a place is the subject's, not the place's,
    // and the parents' own descriptions and "and his wife …" after it run to the sentence's end.
    const kin = !innerVerb && !!antecedent && !antecedent.some((t) => t.tags.has("Person")) && KIN_DESCRIPTION.test(render(inner));
    if (kin) {
      const subject = subjectOf(toks);
      const person = subject && subject.length <= 5 && subject.every((t) => /^\p{Lu}/u.test(t.text)) && subject.some((t) => t.tags.has("Person"));
      if (person) extra.push({ kind: "appositive", toks: [...subject, inserted(appositivePast(toks) ? "was" : "is", ["Verb", "Copula"]), ...inner] });
      // (A verb of the parents' own relative clause, "a teacher who kept …", is no verb of the sentence.)
      const rest = toks.slice(close + 1);
      const relative = rest.findIndex((t) => /^(who|which|that|whose)$/i.test(t.text));
      if (!atEnd && !hasFiniteVerb(relative < 0 ? rest : rest.slice(0, relative))) close = toks.length;
      toks = [...toks.slice(0, open), ...toks.slice(close)];
      cursor = open - 1;
      continue;
    }
    // "His first ship, the Great Western, …, crossed …", "His second, the Great Britain, was …": an
    // ordinal description opening the sentence gives way to the name after it, as below.
    if (ordinalDescription(toks, subjectStart, open) && !atEnd && !innerVerb && isNameAppositive(inner) && !/^(and|or)$/.test(word(toks[close + 1]))) {
      const description = toks.slice(subjectStart, open);
      if (description.length === 3) {
        const past = appositivePast(toks);
        extra.push({ kind: "appositive", toks: [...inner, inserted(past ? "was" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), /^(his|her|its|their)$/i.test(description[0].text) ? { ...description[0], text: word(description[0]) } : description[0], ...description.slice(1)] });
      }
      // (", launched in 1843, was …": a participle's comma stays, or it reads as the verb.)
      const aside = toks.slice(close + 1).some((t, k, rest) => isComma(t) && isFiniteVerb(rest, k + 1));
      const another = aside || /^(a|an|the|which|who|whom|whose)$/i.test(toks[close + 1]?.text ?? "");
      toks = [...toks.slice(0, subjectStart), ...inner, ...toks.slice(another ? close : close + 1)];
      cursor = subjectStart + inner.length - 1;
      continue;
    }
    // "The chief engineer, John Stevens, resigned": the name says who; it takes the description's place.
    const description = descriptionBefore(toks, open);
    if (description && !atEnd && !innerVerb && isNameAppositive(inner) && !/^(and|or)$/.test(word(toks[close + 1]))) {
      const from = open - description.length;
      // "The Lord Mayor, Sir Thomas Bloodworth, was woken …" also says who the Lord Mayor was.
      // ("Her father, Richard Anning, was …" → "Richard Anning was her father": whose, the resolver says.)
      // ("… killed Mary's dog, Tray, …" → "Tray was Mary's dog": a named owner holds anywhere in the clause.)
      const namedOwner = /^\p{Lu}\p{Ll}+[’']s$/u.test(description[0].text) && !description[0].tags.has("Pronoun");
      if (((/^(his|her|their)$/.test(word(description[0])) && from === subjectStart) || namedOwner) && description.length === 2 && inner.length <= 4 && description[1].tags.has("Noun")) {
        const past = appositivePast(toks);
        extra.push({ kind: "appositive", toks: [...inner, inserted(past ? "was" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), namedOwner ? description[0] : { ...description[0], text: word(description[0]) }, ...description.slice(1)] });
      }
      if (word(description[0]) === "the" && from === subjectStart && inner.length <= 5 && !description.some((t) => /[’']s$/.test(t.text))) {
        // (Reporting keeps the present: "The regional bus operator, Fenline Buses, said …" → "… is the regional bus operator".)
        const past = appositivePast(toks);
        extra.push({ kind: "appositive", toks: [...inner, inserted(past ? "was" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), { ...description[0], text: "the" }, ...description.slice(1)] });
      }
      // "His successor, John Frank Stevens, a railway engineer, rebuilt …": a second appositive keeps
      // its opening comma, so it is read as the name's next.
      // (So does a relative clause after the name: "His last great bridge, the Royal Albert Bridge, which carries …, had been opened …".)
      const another = /^(a|an|the|which|who|whom|whose)$/i.test(toks[close + 1]?.text ?? "");
      toks = [...toks.slice(0, from), ...inner, ...toks.slice(another ? close : close + 1)];
      cursor = from + inner.length - 1;
      continue;
    }
    // "Five countries, known as the Big Five, go …": between subject and verb, the name takes the
    // description's place ("The Big Five go …").
    const beforeVerb = inSubject || (!atEnd && !!toks[close + 1]?.tags.has("Verb") && !toks[close + 1].tags.has("Gerund") && open > subjectStart && !hasFiniteVerb(toks, subjectStart, open));
    const known = beforeVerb && /^(known|called)$/.test(first) && (first === "called" || word(inner[1]) === "as") ? inner.slice(first === "called" ? 1 : 2) : undefined;
    if (known && antecedent && open - antecedent.length === subjectStart && known.length >= 1 && known.length <= 5 && (word(known[0]) === "the" ? known.slice(1) : known).every((t) => /^[\p{Lu}\d]/u.test(t.text))) {
      const from = open - antecedent.length;
      const name = word(known[0]) === "the" && from === 0 ? [{ ...known[0], text: "The" }, ...known.slice(1)] : known;
      toks = [...toks.slice(0, from), ...name, ...toks.slice(close + 1)];
      cursor = from + name.length - 1;
      continue;
    }
    // ", of 250 million dollars," / ", such as X and Y,": part of the subject; only the commas go.
    if (inSubject && !innerVerb && (first === "of" || (first === "such" && word(inner[1]) === "as")) && inner.length <= 10) {
      toks = [...toks.slice(0, open), ...inner, ...toks.slice(close + 1)];
      cursor = open + inner.length - 1;
      continue;
    }
    const afterPreposition = !!antecedent && toks[open - antecedent.length - 1]?.tags.has("Preposition");
    // "…the mountains of X, the floods of Y and the diseases of Z": the last items of a list, not an appositive.
    const listEnd = atEnd && first !== "whose" && inner.some((t, k) => k > 0 && /^(and|or)$/i.test(t.text) && inner[k + 1]?.tags.has("Determiner"));
    // "the Toyota Corona, the Honda Civic, the Mitsubishi Galant, …": names in a row are a list.
    const nameLike = (ts: Tok[]) => ts.length <= 5 && isNameRun(ts, true);
    const before = antecedent ? toks[open - antecedent.length - 1] : undefined;
    const nameRun = nameLike(inner) && !!antecedent && nameLike(antecedent) &&
      ((!atEnd && (/^(the|and|or)$/.test(word(toks[close + 1])) || /^\p{Lu}/u.test(toks[close + 1]?.text ?? ""))) || (isComma(before) && /^[\p{Lu}\d]/u.test(toks[open - antecedent.length - 2]?.text ?? "")));
    // "such as the Toyota Corona Mark II, the Toyota Cressida, the Mazda 616 and Datsun 810": a name
    // after a comma of a list ends it with "and" + a name; the one before is no appositive of it.
    const namedListEnd = isComma(before) && !!antecedent && /^\p{Lu}/u.test(antecedent[antecedent.length - 1].text) &&
      inner.some((t, k) => k > 0 && /^(and|or)$/i.test(t.text) && /^\p{Lu}/u.test(inner[k + 1]?.text ?? ""));
    // "primarily the Toyota Corona, the Subaru DL": two names that each take "the" are two of a list.
    const caps = (ts: Tok[]) => ts.length >= 2 && /^the$/i.test(ts[0].text) && ts.slice(1).every((t) => /^[\p{Lu}\d]/u.test(t.text));
    const theNames = !!antecedent && caps(antecedent) && caps(inner) && inner.length <= 5 && (isComma(before) || /^(primarily|mainly|mostly|notably|namely|including|chiefly)$/i.test(word(before)));
    // "most of Canada, the northern United States, Scandinavia and much of Britain": after the comma
    // the list goes on to its "and"; "lead, tin and antimony, a mixture that …": the aside follows a
    // list's last item and is of the whole list (the alloy), not of that item.
    const nextStop = toks.findIndex((t, k) => k > close && (isComma(t) || /^[.;:!?]$/.test(t.text)));
    const tail = atEnd ? [] : toks.slice(close + 1, nextStop < 0 ? toks.length : nextStop);
    // (Not "…, near Madrid and near Canberra": phrases of the aside's own verb.)
    const listGoesOn = !innerVerb && !/^(which|who|whom|whose|where|when)$/.test(first) && tail.length >= 2 && tail.length <= 6 && !tail[0].tags.has("Preposition") && !PREPOSITIONS.has(word(tail[0])) && !/^(near|along|across|around|beside|through|inside|outside)$/i.test(tail[0].text) && !/^(to|as|so|then)$/i.test(tail[0].text) && tail.some((t, k) => k > 0 && /^(and|or)$/i.test(t.text)) && !tail.some((_, k) => isFiniteVerb(tail, k));
    // "40 public computers, a makerspace with …, a small café run by …, and a …": segments after the
    // aside that go on in its shape (an article first, no verb of their own) until one opens with or
    // holds "and": the aside is one item of a list, not an appositive.
    const listRunsOn = !atEnd && !innerVerb && /^(a|an|the)$/.test(first) && (() => {
      for (let from = close + 1, n = 0; n < 4 && from < toks.length; n++) {
        const stop = toks.findIndex((t, k) => k >= from && (isComma(t) || /^[.;:!?]$/.test(t.text)));
        const seg = toks.slice(from, stop < 0 ? toks.length : stop);
        if (!seg.length || seg.length > 14 || seg.some((_, k) => isFiniteVerb(seg, k))) return false;
        const lead = word(seg[0]);
        if (/^(and|or)$/.test(lead)) return /^(a|an|the|\d[\d,]*)$/.test(word(seg[1]));
        if (!/^(a|an|the)$/.test(lead)) return false;
        if (seg.some((t, k) => k > 1 && /^(and|or)$/i.test(t.text) && /^(a|an|the)$/.test(word(seg[k + 1])))) return true;
        if (stop < 0 || !isComma(toks[stop])) return false;
        from = stop + 1;
      }
      return false;
    })();
    const afterListEnd = !!antecedent && /^(and|or)$/i.test(word(before)) && toks.slice(Math.max(0, open - antecedent.length - 6), open - antecedent.length - 1).some(isComma);
    // "cavalry, chariots, kneeling archers and infantry": an "-ing" before bare plural nouns that end
    // in "and" is a list's last items.
    const gerundItems = inner[0].tags.has("Gerund") && !!inner[1]?.tags.has("Plural") && /^\p{Ll}/u.test(inner[1].text) && inner.some((t) => /^(and|or)$/i.test(t.text)) &&
      inner.slice(1).every((t) => /^(and|or)$/i.test(t.text) || ((t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Pronoun")));
    // ("among them the Yanomami, the Kayapó and the Tikuna, as well as …": names that end in "and" a name
    // are a list's last items wherever the sentence goes on.)
    const namesEndList = !!antecedent && nameLike(antecedent) && inner.length <= 8 && inner.some((t, k) => k > 0 && /^(and|or)$/i.test(t.text)) && inner.every((t) => /^(the|and|or)$/i.test(t.text) || /^\p{Lu}/u.test(t.text));
    // ("dozens of satellites, atomic clocks, Einstein's physics and a great deal of clever arithmetic":
    // a phrase after a comma that ends in "and" another is a list's last items, no aside of the one before.)
    const listEndsHere = !!antecedent && isComma(before) && !innerVerb && inner.some((t, k) => k > 0 && /^(and|or)$/i.test(t.text) && !!inner[k + 1] && (inner[k + 1].tags.has("Determiner") || inner[k + 1].tags.has("Noun") || inner[k + 1].tags.has("Adjective")));
    // ("carried a sheep, a duck and a rooster": "a duck and a rooster" are more of what the sentence
    // lists, not a description of the sheep.)
    const indefiniteItems = !!antecedent && /^(a|an)$/i.test(word(antecedent[0])) && /^(a|an)$/.test(first) && inner.some((t, k) => k > 1 && /^(and|or)$/i.test(t.text) && /^(a|an)$/.test(word(inner[k + 1])));
    // "seeds were cleaned, dried to …, sealed in foil and kept at …": participles after one "were" are
    // a list of what was done, not asides to cut out.
    const auxAt = toks.slice(0, open).findLastIndex((t) => /^(was|were|is|are|been|be)$/i.test(t.text));
    const participleList = auxAt >= 0 && /^\p{Ll}+ed$/u.test(word(toks[auxAt + 1])) && /^\p{Ll}+ed$/u.test(first) && auxAt + 1 < open &&
      (inner.some((t) => /^(and|or)$/i.test(t.text)) || toks.slice(auxAt + 1, open).some((t, k, ts) => isComma(t) && /^\p{Ll}+ed$/u.test(word(ts[k + 1]))) || /^(and|or)$/i.test(word(toks[close + 1])));
    const listy = participleList || indefiniteItems || listGoesOn || listRunsOn || gerundItems || namesEndList || listEndsHere || afterListEnd || listEnd || nameRun || namedListEnd || theNames || word(toks[close + 1]) === "and" || word(toks[close + 1]) === "or" || /^(and|or)$/.test(first) || (inner.length <= 3 && inner.every((t) => /^\p{Lu}/u.test(t.text)));
    const properAntecedent = !!antecedent && (/^\p{Lu}/u.test(antecedent[antecedent.length - 1].text) || antecedent[0].tags.has("Determiner") || /^\p{Lu}[\p{L}-]*[’']s$/u.test(antecedent[0].text));
    let removed = false;
    // "Harvey Martin, co-MVP of Super Bowl XII, who died in 2001": a role with no article after a
    // person's name is the person's ("Harvey Martin was co-MVP of …"), and so is a "who" clause after it.
    // ("Jani Beg, khan of the Golden Horde": a name the tagger does not know as a person's is one before a ruler's or an office's title.)
    const titleAt = owner0(inner);
    const titled = ROLE_TITLE.test(inner[titleAt]?.text ?? "") && (word(inner[titleAt + 1]) === "of" || (ROLE_TITLE.test(`${inner[titleAt]?.text} ${inner[titleAt + 1]?.text}`) && word(inner[titleAt + 2]) === "of"));
    const person = !!antecedent && antecedent.length <= 4 && antecedent.every((t) => /^\p{Lu}/u.test(t.text)) && (antecedent.some((t) => t.tags.has("Person")) || (titled && antecedent.length >= 2 && !antecedent.some((t) => t.tags.has("Place") || t.tags.has("Organization"))));
    // ("said Ruth Okafor, Ashdale Water's director of operations": a named owner's role, too.)
    const owner = inner.findIndex((t, k) => k <= 2 && /^\p{Lu}[\p{L}-]*[’']s$/u.test(t.text) && inner.slice(0, k).every((x) => /^\p{Lu}/u.test(x.text)));
    const roleAt = owner >= 0 ? owner + 1 : 0;
    // ("Tim Cook, chief executive of Apple": a title of two words.)
    const twoWordTitle = owner < 0 && ROLE_TITLE.test(`${inner[0]?.text} ${inner[1]?.text}`) && word(inner[2]) === "of";
    // ("Winston Churchill, First Lord of the Admiralty, replied …": an office's name in capitals.)
    const titleOf = owner < 0 ? inner.findIndex((t, k) => k >= 1 && k <= 3 && word(t) === "of") : -1;
    const office = titleOf > 0 && inner.slice(0, titleOf).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.tags.has("Place") && !t.tags.has("Pronoun")) &&
      inner.slice(0, titleOf).some((t) => t.tags.has("Honorific") || ROLE_TITLE.test(t.text)) && /^(the|\p{Lu}[\p{L}-]*)$/u.test(inner[titleOf + 1]?.text ?? "");
    const role = person && !innerVerb && inner.length >= 3 && inner.length <= 8 && !/^(and|or)$/.test(word(toks[close + 1])) && (office ||
      ((owner >= 0 ? !inner[roleAt + 1] || word(inner[roleAt + 1]) === "of" : word(inner[1]) === "of" || twoWordTitle) && /^\p{Ll}[\p{L}-]+$/u.test(inner[roleAt]?.text ?? "") &&
        inner[roleAt].tags.has("Noun") && !inner[roleAt].tags.has("Plural") && !inner[roleAt].tags.has("Pronoun")));
    if (role) {
      const past = appositivePast(toks);
      extra.push({ kind: "appositive", toks: [...antecedent!, inserted(past ? "was" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), ...inner] });
      let end = close;
      if (!atEnd && word(toks[close + 1]) === "who" && isFiniteVerb(toks, close + 2)) {
        const next = toks.findIndex((t, k) => k > close + 1 && isComma(t));
        end = next < 0 ? toks.length : next;
        const rest = toks.slice(close + 2, end);
        if (rest.length >= 2) extra.push({ kind: "relative", toks: [...antecedent!, ...rest] });
      }
      // (Its closing comma goes before the subject's verb: "Paul Volcker, chairman of the Federal
      // Reserve, pushed …" lost its whole clause to "Paul Volcker , pushed".)
      toks = [...toks.slice(0, open), ...toks.slice(end === close && verbNext ? close + 1 : end)];
      cursor = open - 1;
      continue;
    }
    // "John Smith, then mayor, opened the bridge": a role held at the time; the clause stands without it.
    if (person && !innerVerb && verbNext && /^(then|now|later|formerly)$/.test(first) && inner.length >= 2 && inner.length <= 7 && (inner[1].tags.has("Noun") || /^(the|a|an)$/.test(word(inner[1]))) && !inner[1].tags.has("Pronoun")) {
      toks = [...toks.slice(0, open), ...toks.slice(close + 1)];
      cursor = open - 1;
      continue;
    }
    // "Pripyat, home to about 49,000 people, was not evacuated …": who or what a named place is home
    // to ("Pripyat was home to about 49,000 people"); the tagger reads "home" as a verb.
    if (antecedent && word(inner[0]) === "home" && word(inner[1]) === "to" && inner.length >= 3 && inner.length <= 10 && !hasFiniteVerb(inner, 2) && antecedent.every((t) => /^\p{Lu}/u.test(t.text)) && !antecedent.some((t) => t.tags.has("Person") || t.tags.has("Pronoun")) && (verbNext || (atEnd && hasFiniteVerb(toks, 0, open)))) {
      // (In the clause's tense, its verb read past the aside.)
      const past = pastMain(verbNext ? [toks[0], ...toks.slice(close + 1)] : toks.slice(0, open));
      extra.push({ kind: "appositive", toks: [...antecedent, inserted(past ? "was" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), ...inner] });
      toks = [...toks.slice(0, open), ...toks.slice(verbNext ? close + 1 : close)];
      cursor = open - 1;
      continue;
    }
    // "Olkhon, about 72 kilometres long, which …": a measure of the thing named before, stated on its own.
    const innerText = inner.map((t) => t.text).join(" ");
    // ("Lintong District, about 35 kilometres east of Xi'an, …": how far a place lies from another — true whenever.)
    const distance = !!antecedent && !innerVerb && antecedent.every((t) => /^\p{Lu}/u.test(t.text) && !PREPOSITIONS.has(word(t))) &&
      /^(?:(?:about|some|nearly|almost|roughly|over|around|just|more than|less than) )?[\d,.]+ (?:kilometres|kilometers|km|miles|metres|meters) (?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest) of \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(innerText);
    const MEASURE = /^(?:(?:about|some|nearly|almost|roughly|over|around|more than|less than) )?[\d,.]+ (?:\p{Ll}+ )?(?:long|wide|high|tall|deep|across|thick)$/u;
    // "The Great Stele, about 33 metres long and weighing around 520 tonnes, …": a size and a weight,
    // each stated of the thing ("The Great Stele was about 33 metres long", "… weighed around 520 tonnes").
    const weighingAt = inner.findIndex((t, k) => k >= 3 && word(t) === "and" && word(inner[k + 1]) === "weighing");
    const weight = weighingAt > 0 ? inner.slice(weighingAt + 2) : [];
    if (antecedent && !innerVerb && weighingAt > 0 && MEASURE.test(inner.slice(0, weighingAt).map((t) => t.text).join(" ")) &&
      /^(?:(?:about|some|nearly|almost|roughly|over|around|more than|less than) )?[\d,.]+ (?:tonnes|tons|kilograms|kg|pounds|grams)$/u.test(weight.map((t) => t.text).join(" ")) && (verbNext || atEnd)) {
      const past = pastMain(toks);
      const plural = pluralSubject(antecedent);
      extra.push({ kind: "appositive", toks: [...antecedent, inserted(past ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), ...inner.slice(0, weighingAt)] });
      extra.push({ kind: "appositive", toks: [...antecedent, inserted(past ? "weighed" : plural ? "weigh" : "weighs", ["Verb", past ? "PastTense" : "PresentTense"]), ...weight] });
      toks = [...toks.slice(0, open), ...toks.slice(verbNext ? close + 1 : close)];
      cursor = open - 1;
      continue;
    }
    const measure = antecedent && !innerVerb && (distance || MEASURE.test(innerText));
    if (measure) {
      const past = !distance && pastMain(toks);
      const plural = pluralSubject(antecedent!);
      extra.push({ kind: "appositive", toks: [...antecedent!, inserted(past ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), ...inner] });
      // (Its closing comma stays before a relative clause — "Olkhon, about 72 kilometres long, which …" —
      // and goes before the subject's verb.)
      toks = [...toks.slice(0, open), ...toks.slice(verbNext ? close + 1 : close)];
      cursor = open - 1;
      continue;
    }
    const subject = atEnd && /^(each|both)$/.test(first) && /^(half|halves|side|sides|end|ends|part|parts|section|sections|span|spans|wing|wings|arm|arms|segment|segments|tower|towers|pier|piers|pylon|pylons|deck|decks|stage|stages|carriage|carriages)$/i.test(inner[1]?.text ?? "") && inner[2]?.tags.has("PastTense") && !isAux(inner[2]) && hasFiniteVerb(toks, 0, open) ? subjectOf(toks) : undefined;
    if (subject) {
      // "The arch was built out from both shores, each half held back by 128 steel cables …": the
      // absolute phrase is a statement about a part of the subject ("each half of the arch was held back by …").
      if (!subject.some((t) => t.tags.has("Pronoun")) && word(subject[0]) !== "a" && word(subject[0]) !== "an") {
        const whole = word(subject[0]) === "the" ? [{ ...subject[0], text: "the" }, ...subject.slice(1)] : subject;
        const past = pastMain(toks);
        const be = first === "both" ? (past ? "were" : "are") : past ? "was" : "is";
        extra.push({ kind: "participle", toks: [inner[0], inner[1], inserted("of", ["Preposition"]), ...whole, inserted(be, ["Verb", "Auxiliary", past ? "PastTense" : "PresentTense"]), ...inner.slice(2)] });
      }
      removed = true;
    } else if (inSubject && !innerVerb && (PREPOSITIONS.has(first) || first === "along" || first === "together")) {
      // ", at Gatun on the Atlantic side and at Miraflores on the Pacific side,": where, not what.
      removed = true;
    } else if (!inSubject && !innerVerb && !atEnd && first !== "with" && (PREPOSITIONS.has(first) || first === "off") && inner.length <= 8 && hasFiniteVerb(toks, 0, open) && (PREPOSITIONS.has(word(toks[close + 1])) || /^(of|to|off|towards?)$/.test(word(toks[close + 1])))) {
      // "died on 4 July 1934, at a sanatorium in the French Alps, of aplastic anaemia": an aside
      // between two of the verb's phrases; the claim reads on without it, and the aside is stated
      // with the clause up to the verb's first phrase ("She died at a sanatorium in the French Alps"),
      // or up to the aside ("joins the Atlantic Ocean, by way of the Caribbean Sea, to …").
      const verb = toks.findIndex((_, k) => k < open && isFiniteVerb(toks, k));
      const phrase = toks.findIndex((t, k) => k > verb && k < open && (PREPOSITIONS.has(word(t)) || /^(of|to)$/.test(word(t))));
      const upTo = phrase > verb ? phrase : open;
      // ("put in at Messina, in Sicily, with sick … sailors": an "in" after a place named with "at" says
      // where that place is, not where the verb happened; "put in Sicily" would read the particle as
      // the preposition.)
      const placeOfPlace = first === "in" && /^\p{Lu}/u.test(toks[open - 1]?.text ?? "") && toks.slice(Math.max(0, open - 4), open).some((t) => /^(at|near)$/i.test(t.text));
      if (verb >= 0 && !placeOfPlace && !authorAside(toks, open, first) && !toks.slice(0, upTo).some((t) => isComma(t))) extra.push({ kind: "subordinate", toks: [...toks.slice(0, upTo), ...inner] });
      removed = true;
    } else if (first === "with" && !atEnd && !innerVerb && !inSubject && hasFiniteVerb(toks, 0, open) && !inner.some((t) => t.tags.has("Value") || /\d/.test(t.text)) &&
      // "with sucrose, glucose and fructose dissolved in it": the comma opens a list, not the aside's end.
      !(toks[close + 1]?.tags.has("Noun") && toks.slice(close + 2, close + 5).some((t) => /^(and|or)$/i.test(t.text)))) {
      // "won in Turin, Italy, with Kalush Orchestra's song Stefania, weeks after …": an aside on how.
      // ("…, with its genetic material, a single strand of RNA, tucked among the proteins": an
      // absolute phrase whose noun has an appositive runs on to the sentence's end; it all goes.)
      const nextComma = toks.findIndex((t, k) => k > close && isComma(t));
      if (/^(a|an|the)$/i.test(word(toks[close + 1])) && nextComma > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(toks[nextComma + 1]?.text ?? "")) close = toks.length;
      removed = true;
    } else if (/^(more|less|fewer|rather)$/.test(first) && word(inner[1]) === "than" && !innerVerb) {
      // ", more than the club's entire budget," compares; the statement stands without it.
      removed = true;
    } else if ((PREPOSITIONS.has(first) || inner[0].tags.has("Preposition")) && /^(which|whom)$/i.test(word(inner[1])) && antecedent && (!listy || atEnd) && hasFiniteVerb(inner, 2)) {
      // "the staff, around which neumes were oriented, was first developed …": a relative clause
      // after a preposition says something of the noun; the claim reads on without it. (At the
      // sentence's end it goes after a list too: "…, Odyssey and Aquarius, in which Lovell and Haise planned …".)
      removed = true;
    } else if (first === "to" && word(inner[1]) === "be" && /^(held|staged|hosted)$/.test(word(inner[2])) && inner.length >= 5 && inner.length <= 12 && !innerVerbAfter(inner, 3) &&
      antecedent && word(antecedent[0]) === "the" && isNameRun(antecedent.slice(1)) && antecedent.length <= 7 && hasFiniteVerb(toks, 0, open)) {
      // "a place at the World Schools Robotics Festival, to be held in Singapore in April 2027": where
      // and when the named event will be held ("The World Schools Robotics Festival will be held in Singapore …").
      extra.push({ kind: "relative", toks: [...antecedent, inserted("will", ["Verb", "Auxiliary", "PresentTense"]), ...inner.slice(1)] });
      removed = true;
    } else if (first === "which" && antecedent && !listy && objectRelative(inner.slice(1), [])) {
      // "a new element, which Marie named polonium, …" → "Marie named a new element polonium".
      const np = nounPhraseBefore(toks, open);
      // ("The result, which he described …" → "he described the result …": the sentence's capital stays behind.)
      const placed = np && np[0] === toks[0] && /^(The|A|An)$/.test(np[0].text) ? [{ ...np[0], text: np[0].text.toLowerCase() }, ...np.slice(1)] : np;
      if (placed) extra.push({ kind: "relative", toks: objectRelative(inner.slice(1), placed)! });
      // ("…, which he named Pangaea, from the Greek for "all the earth"": a verbless phrase after it is the name's.)
      // (", in the Nile Delta" after "…, which Europeans called Rosetta," is still the clause's: only where the name came from goes.)
      if (!atEnd && /^(from|meaning|after)$/i.test(word(toks[close + 1])) && !hasFiniteVerb(toks, close + 1)) close = toks.length;
      removed = true;
    } else if ((first === "which" || first === "who") && antecedent && !listy) {
      // "…, which became a centre for physics, chemistry and medicine": a list runs to the end (or to a semicolon).
      if (!atEnd && !hasFiniteVerb(toks, close + 1) && toks.slice(close + 1).some((t) => /^(and|or)$/i.test(t.text))) close = toks.length;
      else if (!atEnd) close = listRunsTo(toks, close + 1) ?? close;
      if (!atEnd && reportRunsOn(toks, open + 2, close)) close = toks.length;
      // ("algae called zooxanthellae, which, like plants, use sunlight …": an aside right after the
      // pronoun; the clause runs on past it.)
      let restFrom = open + 2;
      if (close === open + 2 && !atEnd) {
        const aside = toks.findIndex((t, i) => i > close + 1 && isComma(t));
        const end = aside < 0 ? -1 : toks.findIndex((t, i) => i > aside + 1 && isComma(t));
        restFrom = aside < 0 ? close : aside + 1;
        close = aside < 0 ? toks.length : end < 0 ? toks.length : end;
      }
      const rest = toks.slice(restFrom, close);
      // "…, which is why …" refers to a whole clause, not to the noun before the comma.
      const sentential = /^(is|was) why$/i.test(rest.slice(0, 2).map((t) => t.text).join(" ")) || /^(means|meant|made|makes)$/i.test(rest[0]?.text ?? "");
      // ("…, which is why Hamburg's car number plates begin with HH, for Hansestadt Hamburg": what
      // follows such a clause is still the clause's, not the sentence's.)
      if (sentential && !atEnd) close = toks.length;
      // "the Suez Canal in Egypt, which opened in 1869": the canal opened, not Egypt — ask neither.
      // "Beyoncé and Bruno Mars, who headlined X and Y, respectively": the clause is about both
      // names, paired one to one; it is no statement about the last name alone.
      const paired = /^(and|or)$/i.test(toks[open - antecedent.length - 1]?.text ?? "") || [...rest, ...toks.slice(close, close + 2)].some((t) => /^respectively$/i.test(t.text));
      // After "by" the antecedent is a passive's agent, not a place the clause might be about instead.
      const agent = afterPreposition && /^by$/i.test(toks[open - antecedent.length - 1]?.text ?? "");
      // "… will come from the Department for Transport, which has agreed …": a name after a verb's
      // preposition (not "of", not after a noun: "its border with Sudan, which …") is what the clause is about.
      // ("the Department for Transport": the name runs on over a lower-case "for" or "of" between capitals.)
      let from = open - antecedent.length;
      while (from >= 2 && /^(for|of|and)$/.test(toks[from - 1].text) && /^\p{Lu}/u.test(toks[from - 2].text)) {
        from -= 2;
        while (from >= 1 && /^\p{Lu}/u.test(toks[from - 1].text) && !isComma(toks[from - 1])) from--;
      }
      if (from < open - antecedent.length && word(toks[from - 1]) === "the") from--;
      const named = toks.slice(from, open);
      // ("ships built in Belfast, which carried …": after a participle that follows its noun the clause
      // may be about either noun — no statement of either.)
      const verbObject = !!toks[from - 1]?.tags.has("Preposition") && !/^of$/i.test(toks[from - 1].text) && !!toks[from - 2]?.tags.has("Verb") &&
        !toks[from - 2].tags.has("Noun") && !postNominalParticiple(toks, from - 2) && isNameRun((word(named[0]) === "the" ? named.slice(1) : named).filter((t) => !/^(for|and)$/.test(t.text)));
      // "the rest of the skeleton, which was about five metres long": after a part word the clause is
      // about the whole phrase, part and all.
      const partitive = afterPreposition && word(toks[open - antecedent.length - 1]) === "of" && /^(rest|remainder|remains|bulk|majority|part)$/.test(word(toks[open - antecedent.length - 2])) ? nounPhraseBefore(toks, open) : undefined;
      // "… chief engineer of the Great Western Railway, which was to link London with Bristol": after
      // a role's "of" the clause is about the body the role is in, a name.
      // ("the winner of the Young Climate Champions Award, which is run by …": a prize's "which" is the prize's.)
      const roleOf = afterPreposition && word(toks[open - antecedent.length - 1]) === "of" && (ROLE_BEFORE_OF.test(word(toks[open - antecedent.length - 2])) || (first === "which" && /^winners?$/.test(word(toks[open - antecedent.length - 2])))) && isNameRun((word(antecedent[0]) === "the" ? antecedent.slice(1) : antecedent).filter((t) => !/^(of|and|for)$/.test(t.text)));
      // ("qualify for the Midlands regional finals, which will be held at the Charnwood Arena …": where
      // or when an event is held is said of the event, a name's "the" + capital after a verb's preposition.)
      const heldEvent = !!toks[from - 1]?.tags.has("Preposition") && !/^of$/i.test(toks[from - 1].text) && !!toks[from - 2]?.tags.has("Verb") && !toks[from - 2].tags.has("Noun") &&
        word(antecedent[0]) === "the" && /^\p{Lu}/u.test(antecedent[1]?.text ?? "") && antecedent.length <= 6 && /^(?:will be|is to be|are to be|was|were|is|are) (?:held|staged|hosted|played)\b/i.test(rest.map((t) => t.text).join(" "));
      if (rest.length >= 2 && isFiniteVerb(rest, 0) && properAntecedent && !sentential && (!afterPreposition || agent || verbObject || partitive || roleOf || heldEvent) && !paired) extra.push({ kind: "relative", toks: [...(verbObject ? named : (partitive ?? antecedent)), ...rest] });
      // The closing ", respectively" goes with the clause.
      if (!atEnd && /^respectively$/i.test(toks[close + 1]?.text ?? "") && close + 2 >= toks.length) close = toks.length;
      // ("… passed the Act, which created … an agency to manage it, with its headquarters in
      // Townsville": a closing "with its …" is the clause's last noun's, not the sentence's.)
      if (!atEnd && /^with$/i.test(word(toks[close + 1])) && /^(its|their|his|her)$/i.test(word(toks[close + 2])) && !hasFiniteVerb(toks, close + 1) && !toks.slice(close + 1).some(isComma)) close = toks.length;
      // "…, which forced him into three turnovers, including a fumble …": the examples are the clause's.
      if (!atEnd && /^(including|especially|notably|particularly|mainly|mostly)$/i.test(toks[close + 1]?.text ?? "")) {
        const next = toks.findIndex((t, i) => i > close + 1 && isComma(t));
        close = next < 0 ? toks.length : next;
      }
      removed = true;
    } else if (first === "whom" && antecedent && !listy && !afterPreposition && isNameRun(antecedent) && !/^(?:her|his|their|its)$/i.test(inner[1]?.text ?? "") && objectRelative(inner.slice(1), antecedent)) {
      // "Ann Rowe, whom the press called "the Iron Lady", …" → "the press called Ann Rowe "the Iron
      // Lady"": an object relative after a person's name, the name put back after the verb. (Not with
      // a possessive that is the person's own: "whom her teammates call" came out "Thornton's teammates
      // call Jess Thornton", which a reading faulted as clumsy, and its true/false twin as garbled.)
      extra.push({ kind: "relative", toks: objectRelative(inner.slice(1), antecedent)! });
      removed = true;
    } else if (first === "whose" || first === "whom" || first === "where" || (SUBORDINATORS.has(first) && innerVerb && first !== "as")) {
      // "Dorman Long, whose bid of about 4.2 million pounds was the lowest, …" → "Dorman Long’s bid
      // of about 4.2 million pounds was the lowest" (not after a preposition: "the capital of France, whose …").
      const owned = inner.slice(1);
      const verbAt = owned.findIndex((_, k) => k > 0 && isFiniteVerb(owned, k));
      // ("… Dorman Long and Company of Middlesbrough, whose bid …": a firm's seat after its name is no owner.)
      const owner = word(toks[open - (antecedent?.length ?? 0) - 1]) === "of" ? firmBefore(toks, open - (antecedent?.length ?? 0) - 1) : antecedent;
      const held = first === "whose" ? roleHolder(toks, open + 1) : undefined;
      // "the House of Commons, whose 650 MPs are elected, or the House of Lords, …": a count of the
      // owned noun ("650 MPs") is stated as the owner's ("the House of Commons's 650 MPs are elected");
      // and a "whose" clause right after its name is that name's even where an "or"/"and" item follows.
      const countedOwned = /^\d[\d,]*$/.test(inner[1]?.text ?? "") && !!inner[2]?.tags.has("Noun") && !/^\d/.test(inner[2]?.text ?? "");
      const whoseBeforeOther = first === "whose" && !atEnd && /^(and|or)$/.test(word(toks[close + 1])) && !!antecedent && word(antecedent[0]) === "the" && isNameRun(antecedent.slice(1).filter((t) => !/^(of|and|for)$/.test(t.text))) && inner.length <= 8;
      if (held) {
        if (owner && properAntecedent && !listy) extra.push({ kind: "appositive", toks: [...held.holder, inserted(appositivePast(toks) ? "was" : "is", ["Verb", "Copula"]), ...possessiveName(owner), ...held.role] });
        close = toks.length;
      } else if (first === "whose" && owner && properAntecedent && (!listy || whoseBeforeOther) && verbAt > 0 && owned.length >= 4 && (/^\p{L}/u.test(owned[0].text) || countedOwned) && !owned[0].tags.has("Pronoun") && !owned[0].tags.has("Determiner") && !owned.slice(0, verbAt).some(isComma) &&
        // ("James Johnson, whose name she would carry …": an object relative — the owned noun's verb has
        // a subject of its own — reads "James Johnson's name she would carry", no statement.)
        !owned.slice(1, verbAt).some((t) => /^(he|she|they|we|i|you|it)$/i.test(t.text))) {
        extra.push({ kind: "relative", toks: [...possessiveName(owner), ...owned] });
      }
      // ("Water that cannot soak in, because the ground is already saturated, frozen or covered in
      // concrete, flows …": a subordinate aside whose last words are a list runs to the list's end.)
      const listEnd = SUBORDINATORS.has(first) && !atEnd ? toks.findIndex((t, i) => i > close + 1 && i <= close + 8 && isComma(t)) : -1;
      const tail = listEnd > 0 ? toks.slice(close + 1, listEnd) : [];
      // (Participles may be its items: "frozen or covered in concrete".)
      const listRunsOn = tail.some((t) => /^(and|or)$/i.test(t.text)) && !tail.some((t, k) => isFiniteVerb(tail, k) && !/(?:ed|en)$/.test(t.text)) && /^\p{Ll}+$/u.test(tail[0]?.text ?? "") && !/^(and|or|but|which|who|so)$/i.test(tail[0].text) && isFiniteVerb(toks, listEnd + 1);
      // ("The fort fell in 1453, when the Ottoman army breached the walls": the clause keeps the date.)
      const then = first === "when" && !ageClause(inner.slice(1)) ? (dateBefore(toks, open) ?? []) : [];
      if (SUBORDINATORS.has(first) && !/^(if|unless|as|whereas)$/.test(first) && startsClause(inner.slice(1))) extra.push({ kind: "subordinate", toks: [...then, ...(listRunsOn ? [...inner.slice(1), toks[close], ...tail] : inner.slice(1))] });
      // "… went on to Saturn in November 1980, where controllers chose a close pass by the moon Titan": what happened there.
      else if (first === "where" && (/^\p{Lu}/u.test(toks[open - 1]?.text ?? "") || /^\d{4}$/.test(toks[open - 1]?.text ?? "")) && startsClause(inner.slice(1)) && !/^(a|an)$/i.test(inner[1]?.text ?? "") && !inner.slice(1).some((t) => /^(there|it|this|that)$/i.test(t.text))) extra.push({ kind: "subordinate", toks: inner.slice(1) });
      // "…, where the river divides into two branches, the Rosetta branch …": the aside runs on.
      if (!atEnd && !hasFiniteVerb(toks, close + 1)) close = toks.length;
      if (listRunsOn) close = listEnd;
      removed = true;
    } else if (/^(this|that)$/.test(first) && /^(time|year|week|month|day)$/i.test(inner[1]?.text ?? "") && !innerVerb) {
      // ", this time in Chemistry,": an aside about the clause, not a name for the noun before.
      removed = true;
    } else if (!innerVerb && word(inner[0]) === "the" && (inner[1]?.tags.has("Superlative") || /^\p{Ll}{3,}est$/u.test(inner[1]?.text ?? "")) && word(inner[2]) === "of" && /^(them|these|those)$/i.test(inner[3]?.text ?? "")) {
      // "More than 300 rivers and streams flow into Baikal, the largest of them the Selenga, …": the
      // name is the largest of the things the clause counted ("the Selenga is the largest of the
      // rivers and streams that flow into Baikal"); the aside is no description of Baikal.
      const named = inner.slice(4);
      const clause = toks.slice(0, open);
      // (The verb is the first finite one not right after "and": "rivers and streams flow …" is tagged "streams"-the-verb.)
      const verb = clause.findIndex((_, k) => k > 0 && isFiniteVerb(clause, k) && !/^(and|or)$/i.test(clause[k - 1].text));
      const subject = verb > 0 ? clause.slice(0, verb) : undefined;
      let kind = subject ? subject.slice() : [];
      while (kind.length && (kind[0].tags.has("Value") || /^(more|less|fewer|than|about|around|over|some|nearly|almost|roughly|the|all|many|several|dozens|hundreds|thousands|millions|scores|of)$/i.test(kind[0].text))) kind = kind.slice(1);
      const vp = subject ? clause.slice(subject.length) : [];
      if (subject && kind.length && /s$/.test(kind[kind.length - 1].text) && isNameRun(word(named[0]) === "the" ? named.slice(1) : named) && vp.length >= 2) {
        const past = pastMain(clause);
        extra.push({ kind: "appositive", toks: [...named, inserted(past ? "was" : "is", ["Verb", "Copula", past ? "PastTense" : "PresentTense"]), inner[0], inner[1], inner[2], inserted("the", ["Determiner"]), ...kind, inserted("that", ["Preposition"]), ...vp] });
      }
      removed = true;
    } else if (!innerVerb && !listy && antecedent && !antecedent.some((t) => t.tags.has("Pronoun")) && inner.length >= 2 && !/^(each|both|all|some|many|most|none|one|several|either|neither)$/i.test(first) && !toks[open - 1].tags.has("Adjective") && (inner[0].tags.has("Determiner") || /[’']s$/.test(inner[0].text) || inner[0].tags.has("Possessive")) && (!atEnd || properAntecedent || glossOfTerm(antecedent, inner))) {
      // "X, an association … founded in 1950" → "X is an association …" and "X was founded in 1950".
      // "… designed the Monument to the Great Fire of London, a Doric column … finished in 1677": the
      // description is of the whole name its "of" phrase ends, not of that phrase's last word.
      let nameFrom = open - antecedent.length;
      for (let j = nameFrom - 1; j >= 0; j--) {
        if (/^\p{Lu}/u.test(toks[j].text)) nameFrom = j;
        else if (!/^(of|to|for|the)$/.test(toks[j].text)) break;
      }
      if (word(toks[nameFrom - 1]) === "the") nameFrom--;
      const fullName = nameFrom < open - antecedent.length && (nameFrom === 0 || !!toks[nameFrom - 1]?.tags.has("Verb") || !!toks[nameFrom - 1]?.tags.has("Preposition")) &&
        toks.slice(nameFrom, open).filter((t) => /^\p{Lu}/u.test(t.text)).length >= 3 ? toks.slice(nameFrom, open) : undefined;
      const ante = fullName ?? antecedent;
      // (Not "who has lived on Marine Parade": the relative clause's own verb.)
      const participle = inner.findIndex((t, k) => k > 1 && t.tags.has("PastTense") && !isAux(t) && /^(in|on|by|at|during|from)$/i.test(inner[k + 1]?.text ?? "") && !isAux(inner[k - 1]) && !inner.slice(0, k).some((x) => /^(who|which|that|whom)$/i.test(x.text)));
      // "is hidden" beside a present-tense clause ("Boiling happens in the evaporator, a set of pipes hidden …").
      // A date makes it past whatever the clause's tense ("an association … founded in 1950").
      const past = pastMain(toks) || inner.slice(participle).some((t) => t.tags.has("Year") || t.tags.has("Date") || /^\d{4}$/.test(t.text));
      // "Rovers, the defending champions," are plural whatever their name looks like.
      const plural = pluralSubject(ante) || (word(inner[0]) === "the" && !!inner[inner.length - 1]?.tags.has("Plural") && participle < 0 && inner.length <= 4);
      // "… near its border with Sudan, the largest project …": the dam or Sudan? Ask neither.
      // "a family of gases, the chlorofluorocarbons," names the family, not the gases.
      // ("… a volcanic island in the Sunda Strait, the narrow channel between …": a strait is a kind
      // of channel and an island is not — the strait's, by what the words mean.)
      const nounBefore = toks[open - antecedent.length - 2];
      const apHead = inner[inner.findIndex((t, k) => k > 0 && (t.tags.has("Preposition") || /^(of|that|which|who|where)$/i.test(t.text))) - 1] ?? inner[inner.length - 1];
      const nameHead = antecedent[antecedent.length - 1];
      const namesKind = atEnd && /^\p{Lu}\p{Ll}+$/u.test(nameHead.text) && !!apHead && apHead !== inner[0] && /^\p{Ll}+$/u.test(apHead.text) &&
        isKindOf(nameHead.text, apHead.text) && !!nounBefore && !isKindOf(nounBefore.text, apHead.text);
      // ("near the tomb of Qin Shi Huang, the first emperor of a unified China": a person's calling is
      // the person's; a tomb is no emperor.)
      const personsCalling = antecedent.some((t) => t.tags.has("Person")) && !!apHead && PERSON_HEAD.test(word(apHead));
      // ("the grasslands north of the Black Sea, the realm of the Golden Horde": a compass word before
      // "of" is where the grasslands lie; the description is theirs, not the sea's.)
      const nested = !fullName && afterPreposition && ((nounBefore?.tags.has("Noun") && !nounBefore.tags.has("Pronoun")) || COMPASS_WORD.test(word(nounBefore))) && (atEnd || word(toks[open - antecedent.length - 1]) === "of") && !namesKind && !personsCalling;
      // ("the capital of Estria, a city founded in 1120": the capital or Estria? Unsaid.)
      const nestedOf = nested && word(toks[open - antecedent.length - 1]) === "of";
      // "the practice of branding games with Roman numerals, a practice established at Super Bowl V":
      // a description that repeats a noun said before the comma glosses that noun's phrase.
      const echoes = /^(a|an|the)$/i.test(inner[0].text) && !!inner[1] && /^\p{Ll}{3,}$/u.test(inner[1].text) && toks.slice(0, open - antecedent.length).some((t) => t.text.toLowerCase() === inner[1].text.toLowerCase());
      if (participle > 0 && !nestedOf && !echoes) extra.push({ kind: "participle", toks: [...ante, inserted(past ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Auxiliary", past ? "PastTense" : "PresentTense"]), ...inner.slice(participle)] });
      const np = participle > 0 ? inner.slice(0, participle) : inner;
      // A past clause describes its people in the past ("Albert Alexander was a police constable"),
      // except in reporting: "Al-Sudani, Iraq's prime minister, said …" still is.
      // A general term's gloss holds whenever ("the heliopause is the boundary where …").
      const term = glossOfTerm(word(antecedent[0]) === "the" ? antecedent.slice(1) : antecedent, inner);
      const pastCopula = appositivePast(toks) && !term;
      const copula = inserted(pastCopula ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Copula", pastCopula ? "PastTense" : "PresentTense"]);
      // "a new reserve asset, the special drawing right," → "the special drawing right was a new reserve asset".
      const indefinite = /^(a|an)$/i.test(antecedent[0].text) && word(np[0]) === "the";
      // "… east of the Mariana Islands, the Challenger Deep": a second name after a name after a
      // preposition names something else (the trench), not the place.
      const twoNames = afterPreposition && atEnd && isNameRun(antecedent) && isNameRun(np);
      // "The team beat Rovers, the defending champions, in the final": with "beat" read as a noun the
      // antecedent would run from the subject through the verb; no verb before the comma, no statement.
      const verbless = !hasFiniteVerb(toks, subjectStart, open) && !verbNext && open - antecedent.length <= subjectStart + 1 && antecedent.length >= 3;
      // "To make a single kilogram, the bees … fly …": the comma closes a purpose said first (its
      // object is no thing the next phrase names), whatever the tagger made of the verb after it.
      const purposeLead = word(toks[0]) === "to" && !!toks[1]?.tags.has("Verb") && !toks.slice(0, open).some(isComma);
      // "offered for 10,000 guilders, the price of a large house": the aside glosses the amount, not
      // the unit ("guilders are the price of …").
      // (A name after a year is no amount: "In the summer of 1958 Jack Kilby, a new engineer …".)
      const amount = !!toks[open - antecedent.length - 1] && (toks[open - antecedent.length - 1].tags.has("Value") || /^[$€£]?\d/.test(toks[open - antecedent.length - 1].text)) && /^\p{Ll}/u.test(antecedent[0].text);
      // "factorization of prime ideals when lifted to an extension field, a basic problem of …": the
      // comma closes a reduced clause ("when lifted to …"); the description is of the whole phrase.
      const clauseFrom = toks.findLastIndex((t, k) => k < open - antecedent.length && isComma(t)) + 1;
      const reduced = toks.slice(clauseFrom, open - antecedent.length).some((t, k, ts) => /^(when|while|if|once|unless|until|whether|though|although)$/i.test(t.text) && !!ts[k + 1] && (ts[k + 1].tags.has("PastTense") || ts[k + 1].tags.has("Gerund")) && !isAux(ts[k + 1]));
      // "Samarkand, in what is now Uzbekistan, the chief city of the Sogdians": after a "where it is
      // now" aside the description is of the name before it, not of the country.
      const whereNow = clauseFrom > 0 && /^(?:in|near) (?:what is now|present-day|modern-day|modern|today['’]s)\b/i.test(render(toks.slice(clauseFrom, open - antecedent.length + antecedent.length)));
      if (whereNow) close = toks.length;
      // (A clause after an unsure description is the description's: "… north of the Black Sea, the
      // realm of the Golden Horde, whose ruler, Özbeg Khan, …" — nobody rules the sea.)
      if (nested && /^(whose|which|who|whom)$/.test(word(toks[close + 1]))) close = toks.length;
      // ("… stopped at Taghaza, a mining village where the houses were built of salt, because there was
      // nothing else to build with": a reason after a description's own clause is that clause's.)
      if (/^(because|since)$/.test(word(toks[close + 1])) && inner.some((t, k) => /^(where|which|who|whose|that)$/i.test(t.text) && inner.slice(k + 1).some((_, j) => isFiniteVerb(inner, k + 1 + j)))) close = toks.length;
      if (verbless || purposeLead || amount || reduced || echoes || whereNow) { /* misread clause, a gloss of an amount or of a whole phrase: nothing stated */ }
      else if (!nested && !twoNames) {
        extra.push({ kind: "appositive", toks: indefinite ? [...np, copula, ...ante] : [...ante, copula, ...np] });
        // "the Intel 4004, the first commercial microprocessor, a complete computer processor on one
        // chip with 2,300 transistors": a second description closing the sentence names the same thing.
        const second = atEnd ? [] : toks.slice(close + 1);
        if (/^(a|an|the)$/i.test(second[0]?.text ?? "") && second.length >= 3 && !second.some(isComma) && !hasFiniteVerb(second) && !second.some((t) => /^(and|or)$/i.test(t.text)) && !indefinite) {
          extra.push({ kind: "appositive", toks: [...antecedent, copula, ...second] });
          close = toks.length;
        }
      }
      // "… found a chain of mountains running down the middle of the Atlantic, the Mid-Atlantic
      // Ridge": which noun the closing name names is unsure, so no copula; the clause with its
      // name, as the article words it, holds the name for a gap.
      else if (atEnd && participle < 0 && word(np[0]) === "the" && np.slice(1).every((t) => /^\p{Lu}/u.test(t.text)) && np.length <= 5) extra.push({ kind: "list", toks: [...toks] });
      removed = true;
    } else if (atEnd && !listy && sharedSubjectGerund(toks, open, inner)) {
      // "X won the cup, beating Y 3–2 after extra time" → "X beat Y 3–2 after extra time".
      extra.push({ kind: "coordinate", toks: sharedSubjectGerund(toks, open, inner)! });
      removed = true;
    } else if (/^(used|designed|built|made)$/i.test(first) && word(inner[1]) === "to" && !!inner[2]?.tags.has("Verb") && inner.length >= 4 && !innerVerbAfter(inner, 3) && !listy && antecedent && !antecedent.some((t) => t.tags.has("Pronoun")) && hasFiniteVerb(toks, 0, open)) {
      // "canisters of lithium hydroxide, used to remove carbon dioxide from the air": what the thing is
      // for, in the clause's tense ("lithium hydroxide was used to remove …").
      const past = pastMain(toks);
      const plural = pluralSubject(antecedent);
      extra.push({ kind: "participle", toks: [...antecedent, inserted(past ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Auxiliary", past ? "PastTense" : "PresentTense"]), ...inner] });
      removed = true;
    } else if ((inner[0].tags.has("PastTense") || inner[0].tags.has("Gerund")) && !isAux(inner[0]) && !PAST_NOT_PARTICIPLE.test(inner[0].text) && !listy && antecedent &&
      // ("at around 300 metres the three-seat, Jack Morley, caught a crab, his blade jamming …": with no
      // verb before it, the "participle" after a name's commas is the clause's own verb.)
      !(inner[0].tags.has("PastTense") && !hasFiniteVerb(toks, 0, open) && !inSubject && isComma(toks[open - antecedent.length - 1]) && /^\p{Lu}/u.test(antecedent[0].text))) {
      const placeOrTime = /^(in|on|at|during|across|near|from|under)$/.test(word(inner[1])) && properAntecedent && /^\p{Lu}/u.test(antecedent[antecedent.length - 1].text);
      // "the Battle of Hastings, fought on …": the participle is the whole name's, not its last word's.
      const named = nameThroughOf(toks, open - antecedent.length) ?? antecedent;
      // "women of the Leek Embroidery Society in Staffordshire, led by Elizabeth Wardle": a place after
      // "in" is where the phrase's head is; nobody leads Staffordshire.
      const located = /^(in|at|near|from|on|of)$/i.test(word(toks[open - antecedent.length - 1])) && named === antecedent;
      // A dated participle closing the sentence is the name's too ("the War of the Pacific, fought
      // from 1879 to 1884 …"); without a date ("born in London, raised in Paris") it may be anyone's.
      const datedEnd = atEnd && placeOrTime && hasFiniteVerb(toks, 0, open - antecedent.length) && inner.some((t) => t.tags.has("Year") || /^\d{4}$/.test(t.text)) && isNameRun(word(named[0]) === "the" ? named.slice(1) : named, true);
      // ("The crowd on Tanner's Quay, estimated at 4,000, …": after "on" the place is where the crowd
      // is, and "at 4,000" is no place.)
      const placed = placeOrTime && !located && !(word(inner[1]) === "at" && /^[\d£$€]/.test(inner[2]?.text ?? ""));
      if (inner[0].tags.has("PastTense") && ((word(inner[1]) === "by" && !located) || placed) && (!atEnd || datedEnd)) {
        extra.push({ kind: "participle", toks: [...named, inserted(pluralSubject(named) ? "were" : "was", ["Verb", "Auxiliary"]), ...inner] });
        // "a review board, chaired by Edgar Cortright, director of the Langley Research Center": a role
        // after the name that closes the participle is that person's, not the board's.
        const agent = word(inner[1]) === "by" ? inner.slice(2) : [];
        const next = toks.findIndex((t, k) => k > close && isComma(t));
        const roleToks = toks.slice(close + 1, next < 0 ? toks.length : next);
        if (agent.length >= 2 && agent.length <= 4 && agent.every((t) => /^\p{Lu}/u.test(t.text)) && agent.some((t) => t.tags.has("Person")) &&
          roleToks.length >= 3 && roleToks.length <= 10 && !hasFiniteVerb(roleToks, 0) &&
          // ("…, started by Laura Bennett, a mother of three from the Westfield estate, gathered …": a described person.)
          ((/^\p{Ll}[\p{L}-]+$/u.test(roleToks[0].text) && roleToks[0].tags.has("Noun") && !roleToks[0].tags.has("Plural") && word(roleToks[1]) === "of") ||
            (/^(a|an)$/.test(roleToks[0].text) && roleToks.slice(1, 3).every((t) => /^\p{Ll}[\p{L}-]+$/u.test(t.text)) && roleToks.slice(1, 3).some((t) => t.tags.has("Noun") && !t.tags.has("Plural")) && next > 0 && isFiniteVerb(toks, next + 1)))) {
          // ("set up": a verb whose past is its present is read as past, as the participle's "was" is.)
          const past = appositivePast(toks) || SAME_IN_PAST.test(mainVerb(toks)?.text ?? "");
          extra.push({ kind: "appositive", toks: [...agent, inserted(past ? "was" : "is", ["Verb", "Copula"]), ...roleToks] });
          close = next < 0 ? toks.length : next;
        }
      } else if (inner[0].tags.has("PastTense") && inSubject && (properAntecedent || open - antecedent.length === subjectStart) && inner.length >= 3 && /^(from|of|with|into|for|as|to|through|under|on)$/.test(word(inner[1]))) {
        // "Manuka honey, made from the nectar of a shrub …, is prized …": how the subject is made or
        // kept, in the clause's tense ("Manuka honey is made from …"; "The ore, shipped through X, was …").
        const past = isFiniteVerb(toks, close + 1) ? pastMain([inner[0], ...toks.slice(close + 1)]) : pastMain(toks);
        const plural = pluralSubject(antecedent);
        extra.push({ kind: "participle", toks: [...antecedent, inserted(past ? (plural ? "were" : "was") : plural ? "are" : "is", ["Verb", "Auxiliary", past ? "PastTense" : "PresentTense"]), ...inner] });
      }
      removed = true;
    } else if ((inner[0].tags.has("Adverb") || (!atEnd && /^(first|once|originally)$/i.test(inner[0].text))) && inner[1]?.tags.has("PastTense") && !isAux(inner[1]) && !PAST_NOT_PARTICIPLE.test(inner[1].text) && !listy && antecedent && !innerVerbAfter(inner, 2)) {
      // ", initially formed as a militia in 2014 and now recognized as …,": a participle aside.
      // "Ada Lovelace Day, first held in 2009, now takes place …": a dated one between a name and its
      // verb is the name's ("Ada Lovelace Day was first held in 2009").
      // (The whole subject, "The Tour de France"; its verb may follow "now" or "still".)
      const subject = toks.slice(subjectStart, open);
      const verbAt = /^(now|still|also|today)$/i.test(word(toks[close + 1])) ? close + 2 : close + 1;
      const dated = !atEnd && /^(first|once|originally|formerly|officially|later|finally)$/i.test(inner[0].text) && isFiniteVerb(toks, verbAt) && subject.length >= 1 && subject.length <= 6 && !hasFiniteVerb(subject) && /^\p{Lu}/u.test(subject[subject.length - 1].text) &&
        subject.every((t) => /^\p{Lu}/u.test(t.text) || /^(the|de|of|and)$/.test(t.text)) && !subject.some((t) => t.tags.has("Pronoun")) && /^(in|on|at|during)$/.test(word(inner[2])) &&
        inner.some((t) => t.tags.has("Year") || /^\d{4}$/.test(t.text)) && !inner.some((t) => /^(and|or)$/i.test(t.text));
      if (dated) extra.push({ kind: "participle", toks: [...subject, inserted(pluralSubject(subject) ? "were" : "was", ["Verb", "Auxiliary", "PastTense"]), ...inner] });
      removed = true;
    } else if (atEnd && first === "with" && !innerVerb && hasFiniteVerb(toks, 0, open) && inner.slice(2, 6).some((t, k) => /^\p{Ll}{3,}ing$/u.test(t.text) && inner[k + 1].tags.has("Noun") && !inner[k + 1].tags.has("Gerund"))) {
      // "… is due to begin in February 2027, with building work starting in the spring": a closing
      // "with" + noun + -ing phrase says what goes on alongside; the clause stands without it.
      removed = true;
    } else if (atEnd && (TRAILING_ASIDE.test(first) || SUBORDINATORS.has(first)) && hasFiniteVerb(toks, 0, open)) {
      // ", as Ashvale reached 188 for 6 in 38.2 overs": a closing "as" clause with a name for its
      // subject and a past verb that acts on something states an event of its own ("as Thatcher
      // discovered in 1986" — a verb of knowing with no object — does not).
      const clause = inner.slice(1);
      const verbAt = clause.findIndex((t, k) => k > 0 && isFiniteVerb(clause, k));
      if (first === "as" && verbAt > 0 && verbAt <= 4 && clause.slice(0, verbAt).every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Pronoun")) && clause[verbAt].tags.has("PastTense") && !isAux(clause[verbAt]) &&
        !CLAUSE_TAKING.test(clause[verbAt].text) && !/^(discovered|learned|learnt|put|expected|hoped|feared|predicted|promised|planned|intended|wished|wanted)$/i.test(clause[verbAt].text) &&
        clause.length - verbAt >= 3 && !PREPOSITIONS.has(word(clause[verbAt + 1])) && !clause.some((t) => /["“”]/.test(t.text))) {
        extra.push({ kind: "subordinate", toks: clause });
      }
      removed = true;
    } else if (atEnd && (!innerVerb || (/^(most|some|much|part|half)$/.test(first) && word(inner[1]) === "of" && word(inner[2]) === "it")) && hasFiniteVerb(toks, 0, open) && trailingAside(inner)) {
      // "… was launched on 20 August 1977 from X, on a Titan IIIE rocket": a closing phrase that names
      // something is stated with the verb ("… was launched on a Titan IIIE rocket").
      // ("…, from a master control station at Schriever Space Force Base in Colorado": a longer one
      // whose name closes it.)
      if (/^(on|aboard|by|at|from|under|through)$/.test(first) && (inner.length <= 6 || (inner.length <= 12 && /^\p{Lu}/u.test(inner[inner.length - 1].text))) && inner.some((t, k) => k > 0 && /^\p{Lu}/u.test(t.text))) {
        const verb = toks.findIndex((_, k) => k < open && isFiniteVerb(toks, k));
        let v = verb;
        while (isAux(toks[v]) && toks[v + 1]?.tags.has("Verb") && v + 1 < open) v++;
        const phrase = toks.findIndex((t, k) => k > v && k < open && (PREPOSITIONS.has(word(t)) || /^(of|to)$/.test(word(t))));
        const upTo = phrase > v ? phrase : open;
        if (verb >= 0 && !authorAside(toks, open, first) && !toks.slice(0, upTo).some((t) => isComma(t))) extra.push({ kind: "subordinate", toks: [...toks.slice(0, upTo), ...inner] });
      }
      removed = true;
    }
    // "The astronomer Edmond Halley, better known today for his comet, measured …": a describing
    // phrase (an adjective and its preposition) between the subject and its verb; the clause stands without it.
    if (!removed && inSubject && !innerVerb && inner.length >= 3 && inner.length <= 10 && describingAside(inner)) removed = true;
    // "Thomas Hanks and Hiroo Kanamori, also at Caltech, introduced …", "The liquid, still under high
    // pressure, is then forced …": where the subject is, between it and its verb.
    if (!removed && inSubject && !innerVerb && /^(also|still|both|then|now|once)$/.test(first) && PREPOSITIONS.has(word(inner[1])) && inner.length <= 8) removed = true;
    // "Hundreds of people, many of them young children, died …": a share of the subject between it and
    // its verb; the clause stands without it.
    if (!removed && inSubject && /^(many|most|some|all|several|few|half|none|one|two|three|four|five)$/.test(first) && word(inner[1]) === "of" && /^(them|whom)$/.test(word(inner[2])) && inner.length <= 14) removed = true;
    // "Margaret Doyle, 74, takes the 14 …", "Jordan Pike, 17, who travels …, said …": a person's age
    // after the name; the clause stands without it.
    const age = inner.length === 1 && /^\d{1,3}$/.test(inner[0].text) && Number(inner[0].text) <= 120;
    if (!removed && age && !!antecedent && antecedent.length <= 4 && antecedent.every((t) => /^\p{Lu}/u.test(t.text)) && (inSubject || (word(toks[close + 1]) === "who" && !hasFiniteVerb(toks, 0, open)))) removed = true;
    // "… died on 27 November 1852, aged 36, the same age her father had been": a closing "the same …"
    // compares with something else; the clause stands without it.
    // (The aside before it, ", aged 36", is then at the end and read again.)
    const sameAs = !removed && atEnd && word(inner[0]) === "the" && word(inner[1]) === "same" && inner.length >= 3 && hasFiniteVerb(toks, 0, open);
    if (sameAs) removed = true;
    // "… died on 27 November 1852, aged 36": the age has its own question (measures.ts); the clause
    // without it gets its wh-question ("On what date did Ada Lovelace die?").
    if (!removed && atEnd && inner.length === 2 && word(inner[0]) === "aged" && /^\d{1,3}$/.test(inner[1].text) && hasFiniteVerb(toks, 0, open)) removed = true;
    if (removed && toks[open - 1]?.tags.has("Adjective") && !toks[open - 1]?.tags.has("Noun")) removed = false;
    // ", becoming the seventh team to win 15 games since the league expanded to a 16-game schedule in
    // 1978": a clause of its own inside a closing "-ing" aside is still stated.
    if (removed && atEnd && (inner[0].tags.has("Gerund") || /^\p{Ll}+ing$/u.test(inner[0].text))) {
      const k = inner.findIndex((t, j) => j >= 3 && /^(since|after|before|when|until|once)$/i.test(t.text) && !isComma(inner[j - 1]));
      if (k > 0 && inner.length - k >= 4 && startsClause(inner.slice(k + 1)) && !inner.slice(k + 1).some((t) => t.tags.has("Pronoun") && !/^(it|they|he|she)$/i.test(t.text))) {
        extra.push({ kind: "subordinate", toks: inner.slice(k + 1) });
      }
    }
    // ", recording five solo tackles, 2½ sacks, and two forced fumbles": the aside's comma was the
    // first of a list; the list's other items go with it, not onto the main clause.
    if (removed && !atEnd && listTail(toks.slice(close + 1))) close = toks.length;
    // ("a sheltered lagoon, dotted with smaller reefs, sandy cays and continental islands such as the
    // Whitsundays, which were …": the list runs to a relative clause, which the next rule takes too.)
    else if (removed && !atEnd) {
      const upTo = toks.findIndex((t, i) => i > close + 1 && isComma(t));
      const tail = toks.slice(close + 1, upTo > 0 ? upTo : toks.length);
      // (The list's first item is the aside's own: "dotted with smaller reefs", then "sandy cays and …".)
      const listed = tail.length <= 10 && tail.some((t) => /^(and|or)$/i.test(t.text)) && !tail.some((_, k) => isFiniteVerb(tail, k)) && /^\p{Ll}{3,}ed$/u.test(inner[0]?.text ?? "") && /^(with|by)$/i.test(word(inner[1]));
      // ("a logbook in which the pupils write down each design decision, test and failure, and which
      // the judges read …": the aside's own list, then its second relative clause — all of it goes.)
      const andWhich = word(toks[upTo + 1]) === "and" && /^(which|who|where)$/i.test(word(toks[upTo + 2]));
      const inRelative = inner.some((t) => /^(which|who|whom|where)$/i.test(t.text)) && tail.length <= 6 && tail.some((t) => /^(and|or)$/i.test(t.text)) && (tail.length <= 4 || !tail.some((_, k) => isFiniteVerb(tail, k)));
      if (upTo < 0 && inRelative) close = toks.length;
      else if (upTo > 0 && andWhich && inRelative) close = toks.slice(upTo + 1).some(isComma) ? toks.findIndex((t, i) => i > upTo + 2 && isComma(t)) : toks.length;
      else if (upTo > 0 && /^(which|who|where)$/i.test(word(toks[upTo + 1])) && (listed || listTail(tail))) close = upTo;
    }
    // ("vitamin B12, a substance used to treat pernicious anaemia, a disease of the blood that …": a
    // second gloss right after a removed one glosses its last noun; it goes too.)
    // (After another name, ", usually called West Germany, a democracy with …", the same.)
    const naming = /^(?:(?:usually|also|often|commonly|sometimes|simply|now|later) )?(?:called|known as|nicknamed)\b/i.test(render(inner));
    if (removed && !atEnd && /^(a|an)$/i.test(word(toks[close + 1])) && (/^(a|an|the)$/i.test(first) || naming)) {
      const upTo = toks.findIndex((t, i) => i > close + 1 && isComma(t));
      const seg = toks.slice(close + 1, upTo < 0 ? toks.length : upTo);
      const verb = seg.findIndex((_, k) => isFiniteVerb(seg, k) && !adjectiveAfterAnd(seg, k));
      const rel = seg.findIndex((t) => /^(that|which|who)$/i.test(t.text));
      if (verb < 0 || (rel >= 0 && rel < verb)) close = upTo < 0 ? toks.length : upTo;
    }
    // ("Peter Fechter, an 18-year-old … who … while crowds watched, unable to help": a short closing
    // adjective phrase after a removed aside is the aside's; glued to the clause it reads as a misprint.)
    if (removed && !atEnd) {
      const tail = toks.slice(close + 1).filter((t) => !/^[.!?]$/.test(t.text));
      if (tail.length >= 1 && tail.length <= 5 && tail[0].tags.has("Adjective") && !tail[0].tags.has("Noun") && !tail.some(isComma) && !tail.some((_, k) => isFiniteVerb(tail, k))) close = toks.length;
    }
    if (!removed) {
      cursor = open;
      continue;
    }
    // "…, running up a 31–0 lead …, avenging their elimination": a second closing -ing aside goes too
    // (glued to the clause without its comma it reads as a misprint).
    if (!atEnd && isGerund(toks[close + 1]) && isGerund(inner[0])) close = toks.length;
    // "… won the Cup on Sunday, beating the holders, Brackenford Cricket Club, by four wickets in …":
    // after the clause's verb an -ing aside runs on past its object's own aside to the sentence's end;
    // cut at its first comma it would leave the object's name glued to the clause.
    // (Only a name or a noun phrase right after it, and no verb to the end: "…, whipping themselves …,
    // until Clement condemned …" and "…, including the Terracotta Army, on its World Heritage List" go on
    // with the clause.)
    else if (!atEnd && isGerund(inner[0]) && !/^(including|excluding|following|concerning|regarding|according|considering|beginning|starting)$/i.test(inner[0].text) && !inSubject && hasFiniteVerb(toks, 0, open) &&
      /^(the|a|an|\p{Lu}[\p{L}-]*)$/u.test(toks[close + 1]?.text ?? "") && !toks.slice(close + 1).some((_, k) => isFiniteVerb(toks, close + 1 + k))) close = toks.length;
    // "…, becoming only the second woman to receive it, after Florence Nightingale": a short closing
    // "after"/"before" phrase right after a removed -ing aside is the aside's, not the clause's.
    if (!atEnd && isGerund(inner[0]) && /^(after|before|behind|ahead)$/i.test(toks[close + 1]?.text ?? "") && toks.length - close - 2 <= 5 && !toks.slice(close + 2).some((t) => isComma(t))) close = toks.length;
    // "X, the diplomat who led the building of the Suez Canal in Egypt, which opened in 1869, …":
    // a relative clause right after a removed aside belongs to the aside, not to X.
    if (!atEnd && /^(which|who|whose|where)$/i.test(toks[close + 1]?.text ?? "")) {
      const next = toks.findIndex((t, i) => i > close + 1 && isComma(t));
      const held = roleHolder(toks, close + 1);
      if (held && antecedent && isNameRun(antecedent)) extra.push({ kind: "appositive", toks: [...held.holder, inserted(appositivePast(toks) ? "was" : "is", ["Verb", "Copula"]), ...possessiveName(antecedent), ...held.role] });
      close = next < 0 || held || reportRunsOn(toks, close + 2, next) ? toks.length : listRunsTo(toks, next + 1) ?? next;
      // ("… the trophy, a silver bowl …, which is named after Elsie Crane, the Kelbrook schoolteacher who
      // organised …": an aside on the relative clause's own last name goes with it, to the sentence's end.)
      const tail = toks.slice(close + 1);
      if (close < toks.length && /^(the|a|an)$/i.test(tail[0]?.text ?? "") && !tail.some((t, k) => isFiniteVerb(tail, k) && !/^(who|which|that)$/i.test(tail[k - 1]?.text ?? "") && !tail.slice(0, k).some((x) => /^(who|which|that)$/i.test(x.text)))) close = toks.length;
    }
    // "in Turin, Italy, with …, weeks after": the aside's opening comma also closed the address
    // before it; it stays.
    const keep = !atEnd && close < toks.length && closesAddress(toks, open) ? 1 : 0;
    toks = [...toks.slice(0, open + keep), ...toks.slice(close >= toks.length ? toks.length : atEnd ? close : close + 1)];
    if (sameAs) {
      const before = toks.findLastIndex((_, i) => i > Math.max(0, adjunctComma) && i < open && phraseComma(toks, i));
      if (before > 0) cursor = before - 1;
    }
  }
  return { main: toks, extra };
}

/**
 * "…, which stressed fresh air, light, warmth, cleanliness and quiet; it sold …": from `from`, the
 * rest of a list (no verb, ending in "and"/"or" an item) up to a semicolon — where it ends, or
 * undefined when what follows is no such list.
 */
function listRunsTo(toks: Tok[], from: number): number | undefined {
  const semi = toks.findIndex((t, k) => k >= from && t.text === ";");
  const end = semi < 0 ? toks.length : semi;
  const items = toks.slice(from, end);
  if (items.length < 2 || items.length > 14 || items.some((_, k) => isFiniteVerb(items, k))) return undefined;
  const and = items.findLastIndex((t) => /^(and|or)$/i.test(t.text));
  if (and < 1 || items.slice(and + 1).length > 4 || items.slice(and + 1).some(isComma)) return undefined;
  return end;
}

/** "the English firm Dorman Long" → "Dorman Long’s" (the "’s" spanned as if written, so a gap keeps it: "_____’s bid"). */
function possessiveName(owner: Tok[]): Tok[] {
  const lower = owner.findLastIndex((t) => /^\p{Ll}/u.test(t.text) && !/^(and|of|&)$/.test(t.text));
  const name = lower >= 1 && lower < owner.length - 1 && owner.slice(lower + 1).every((t) => /^\p{Lu}/u.test(t.text) || /^(and|of|&)$/.test(t.text)) ? owner.slice(lower + 1) : owner;
  const last = name[name.length - 1];
  const glued = /s$/.test(last.text) ? "’" : "’s";
  return [...name.slice(0, -1), { ...last, text: `${last.text}${glued}`, end: last.end >= 0 ? last.end + glued.length : last.end }];
}

/**
 * "…, whose lead architect, Miriam Okafor, said …" (`at` on "whose"): a role, then the person who holds
 * it between commas, then the person's verb — the role and the holder; what the person said is the
 * person's, not the sentence's.
 */
function roleHolder(toks: Tok[], at: number): { role: Tok[]; holder: Tok[] } | undefined {
  if (word(toks[at]) !== "whose") return undefined;
  const roleEnd = toks.findIndex((t, k) => k > at && isComma(t));
  const holderEnd = roleEnd > 0 ? toks.findIndex((t, k) => k > roleEnd + 1 && isComma(t)) : -1;
  if (holderEnd < 0) return undefined;
  const role = toks.slice(at + 1, roleEnd);
  const holder = toks.slice(roleEnd + 1, holderEnd);
  const roleWords = role.length >= 1 && role.length <= 3 && role.every((t) => /^\p{Ll}/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Pronoun"));
  return roleWords && holder.length >= 2 && holder.length <= 4 && isNameRun(holder) && holder.some((t) => t.tags.has("Person")) && isFiniteVerb(toks, holderEnd + 1) ? { role, holder } : undefined;
}

/**
 * "…, who showed in his Principia, published in 1687, that they follow …": a reporting verb at `verb`
 * whose "that" comes only after a phrase set off by commas (the comma at `close` opens it) — the
 * clause runs on to the sentence's end.
 */
function reportRunsOn(toks: Tok[], verb: number, close: number): boolean {
  return /^(showed|shows|argued|argues|found|finds|proved|proves|said|says|demonstrated|claimed|wrote|suggested|concluded|noted|realised|realized)$/i.test(toks[verb]?.text ?? "") &&
    !toks.slice(verb, close).some((t) => /^that$/i.test(t.text)) && toks.some((t, k) => k > close && /^that$/i.test(t.text) && isComma(toks[k - 1]));
}

/**
 * A clause-closing "-ing" phrase whose doer is the clause's subject ("Rovers won the cup, beating
 * Albion 3–2"; "the groups act alone, calling themselves …") as a clause of its own, in the main
 * verb's tense: "Rovers beat Albion 3–2". Only after a simple past or present verb (not "has won",
 * "was built"), and not for an "-ing" that comments on the whole event ("…, making it the first").
 */
const STATIVE_GERUNDS = /^(boasting|featuring|containing|holding|having|housing|covering|spanning|measuring|weighing|employing|hosting|stretching|linking|connecting|numbering|totalling|totaling)$/;

function sharedSubjectGerund(toks: Tok[], open: number, inner: Tok[]): Tok[] | undefined {
  const g = inner[0];
  // ("…, making lecture tours of Britain": the subject's own act when a bare noun follows; "making
  // it the largest …", "making the city …" say what the whole clause brought about.)
  const bareNoun = (t: Tok | undefined) => !!t && /^\p{Ll}+$/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Determiner") && !t.tags.has("Pronoun");
  const madeThings = g.text === "making" && bareNoun(inner[1]) && (!!inner[1].tags.has("Plural") || (bareNoun(inner[2]) && !!inner[2].tags.has("Plural")));
  if (inner.length < 3 || !g.tags.has("Gerund") || (TRAILING_ASIDE.test(g.text) && !madeThings) || !/^\p{Ll}+ing$/u.test(g.text)) return undefined;
  // A determiner or preposition after it reads "-ing" as a noun ("the building, housing of …").
  if (inner[1].tags.has("Verb") && !inner[1].tags.has("Noun")) return undefined;
  const clause = toks.slice(0, open);
  const subject = subjectOf(clause);
  if (!subject) return undefined;
  const v = clause.findIndex((_, k) => k > 0 && isFiniteVerb(clause, k));
  const verb = clause[v];
  // The subject is the tokens right before the verb ("In 2020, X won" → X).
  // After "was/were/is/are …" only a verb of having or measuring: "The offense was loaded with
  // talent, boasting six Pro Bowl selections" (the offense boasted them); "The city was bombed,
  // killing 300" (the bombing killed, not the city) is left alone.
  const stative = !!verb && /^(is|are|was|were)$/i.test(verb.text) && STATIVE_GERUNDS.test(g.text);
  if (!verb || (isAux(verb) && !stative) || COPULA_LIKE.test(verb.text) || clause[v - 1] !== subject[subject.length - 1]) return undefined;
  // "Brunel thought that a passenger could buy a ticket …, travelling on by steamship": after a
  // clause of its own the "-ing" may be that clause's subject's; whose stays unsure.
  if (clause.slice(v + 1).some((t, k, rest) => /^that$/i.test(t.text) && hasFiniteVerb(rest, k + 1))) return undefined;
  // "… read them with his mirror galvanometer, an instrument in which a tiny mirror swings …,
  // throwing a spot of light …": after a description with a clause of its own, the "-ing" is that
  // clause's (the mirror throws it), not the subject's.
  if (clause.slice(v + 1).some((t, k, rest) => isComma(t) && /^(a|an|the)$/i.test(word(rest[k + 1])) && rest.slice(k + 2).some((x, j, tail) => /^(which|that|who|whose|where)$/i.test(x.text) && hasFiniteVerb(tail, j + 1)))) return undefined;
  // "CBS broadcast special episodes of its late night talk shows …": a verb at odds with its subject's
  // number is a misread noun; whose act the "-ing" is stays unsure.
  if (pluralHeadWithSingularVerb(clause.slice(clause.indexOf(subject[0])), v - clause.indexOf(subject[0]))) return undefined;
  const past = verb.tags.has("PastTense") || /^(was|were)$/i.test(verb.text) || PAST_NOT_PARTICIPLE.test(verb.text);
  if (!past && !verb.tags.has("PresentTense")) return undefined;
  const plural = pluralSubject(subject);
  // "the Pentagon denied it, stressing their presence": a pronoun that does not fit the subject
  // points at someone else in the sentence.
  const fits = plural ? /^(their|them|themselves)$/i : /^(its|itself)$/i;
  if (inner.some((t) => /^(it|its|itself|they|them|their|themselves|he|him|his|himself|she|her|herself)$/i.test(t.text) && !fits.test(t.text))) return undefined;
  const form = finiteOfGerund(g.text, past, plural);
  if (!form) return undefined;
  return [...subject, inserted(form, ["Verb", past ? "PastTense" : "PresentTense"]), ...inner.slice(1)];
}

/**
 * "… with plate tectonics, the theory that the outer shell …": a bare lower-case term glossed at
 * the end of the sentence by "a/an/the" + noun + a relative clause is a definition, not a list.
 */
function glossOfTerm(antecedent: Tok[], inner: Tok[]): boolean {
  if (!antecedent.every((t) => /^\p{Ll}/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Pronoun"))) return false;
  if (!/^(a|an|the)$/i.test(inner[0]?.text ?? "")) return false;
  // The gloss's head noun, after its adjectives ("nectar, a thin, sugary liquid that …").
  let k = 1;
  while (k <= 4 && inner[k] && !/^(that|which)$/i.test(inner[k].text) && !inner[k].tags.has("Pronoun") && (inner[k].tags.has("Adjective") || inner[k].tags.has("Noun") || (inner[k].text === "," && adjectiveComma(inner, k)))) k++;
  if (k < 2 || !inner[k - 1].tags.has("Noun")) return false;
  // "stagflation, a word coined in 1965 by …": the participle says where the word comes from.
  const coined = k === 2 && /^(word|term|name|phrase|expression)$/i.test(inner[1].text) && (inner[2]?.tags.has("PastTense") || (inner[2]?.tags.has("Adverb") && inner[3]?.tags.has("PastTense")));
  return (coined || /^(that|which|in|by|of|where)$/i.test(inner[k]?.text ?? "")) && !inner.some((t, j) => j > 0 && /^(and|or)$/i.test(t.text) && inner[j + 1]?.tags.has("Determiner"));
}

/** Whether the comma at `i` closes a place's address ("in Turin, Italy,"; "Bretton Woods, New Hampshire,"). */
function closesAddress(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^\p{Lu}/u.test(toks[k].text) && i - k <= 3) k--;
  if (k === i - 1 || !isComma(toks[k]) || toks[k].text !== ",") return false;
  // The place before that comma: a capitalised word after a preposition ("in Turin").
  let j = k - 1;
  while (j >= 0 && /^\p{Lu}/u.test(toks[j].text) && !/^(in|at|near|from|to|of)$/i.test(toks[j].text) && k - j <= 3) j--;
  return j < k - 1 && j >= 0 && /^(in|at|near|from|to|of)$/i.test(toks[j].text);
}

/** "famous for his comet", "better known today for his comet", "popular with tourists": an adjective and its phrase (not "known as", which names). */
function describingAside(inner: Tok[]): boolean {
  let k = 0;
  if (/^(better|best|well|widely|also|now|later|once|still)$/i.test(inner[0].text) && /^known$/i.test(inner[1]?.text ?? "")) k = 2;
  else if (inner[0].tags.has("Adjective") && !inner[0].tags.has("Determiner") && !inner[0].tags.has("Noun") && !inner[0].tags.has("Verb")) k = 1;
  else return false;
  if (/^(today|now|then|mainly|chiefly|mostly|largely)$/i.test(inner[k]?.text ?? "")) k++;
  return /^(for|in|to|among|with|throughout|across|at)$/i.test(inner[k]?.text ?? "");
}

/**
 * "Her close friend Thomas Moss, a postman, …": an aside after a name that a possessive's words lead
 * to is the named person's; the possessive leans on the sentence before, the name does not.
 */
function namedTail(antecedent: Tok[] | undefined): Tok[] | undefined {
  if (!antecedent || antecedent.length < 3 || !/^(her|his|its|their|our|my|your)$/i.test(antecedent[0].text)) return antecedent;
  let k = antecedent.length;
  while (k > 1 && /^\p{Lu}/u.test(antecedent[k - 1].text)) k--;
  const name = antecedent.slice(k);
  return name.length && name.some((t) => t.tags.has("Person") || t.tags.has("ProperNoun")) ? name : antecedent;
}

/** The noun phrase right before a comma: back over names, nouns, adjectives, "the" and possessives. */
function antecedentBefore(toks: Tok[], comma: number): Tok[] | undefined {
  let i = comma - 1;
  // "the Intel 4004, …": a numbered name ends in its number.
  const numbered = i > 0 && /^\d+$/.test(toks[i]?.text ?? "") && /^\p{Lu}/u.test(toks[i - 1].text);
  if (i < 0 || !(toks[i].tags.has("Noun") || /^\p{Lu}/u.test(toks[i].text) || numbered)) return undefined;
  if (numbered) i--;
  while (i > 0) {
    const t = toks[i - 1];
    // "Notes on Nursing": a title's "on" between capitalised words.
    if (/^on$/.test(t.text) && /^\p{Lu}/u.test(toks[i].text) && /^\p{Lu}\p{Ll}+$/u.test(toks[i - 2]?.text ?? "") && !toks[i].tags.has("Date") && !["Place", "Person", "Date"].some((x) => toks[i - 2].tags.has(x))) {
      i -= 2;
      continue;
    }
    // "the Pugwash Conferences on Science and World Affairs, a movement …": an "and" inside a name
    // joins its capitalised words; the aside is the whole name's. With no "of" or "on" that holds the
    // name together, the words before "and" are a list's, and the antecedent ends at the "and".
    if (/^(and|&)$/i.test(t.text) && /^\p{Lu}/u.test(toks[i].text) && /^\p{Lu}/u.test(toks[i - 2]?.text ?? "")) {
      let k = i - 2;
      while (k > 0 && (/^\p{Lu}/u.test(toks[k - 1].text) || (/^(of|on|for)$/.test(toks[k - 1].text) && /^\p{Lu}/u.test(toks[k - 2]?.text ?? "")))) k--;
      if (toks.slice(k, i).some((x) => /^(of|on|for)$/.test(x.text))) i = word(toks[k - 1]) === "the" ? k - 1 : k;
      break;
    }
    // ("Redkite Buses, which runs …": an unknown word opening the sentence before a name's capital is the name's first word, not a verb.)
    const nameStart = i - 1 === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isAux(t) && /^\p{Lu}/u.test(toks[i]?.text ?? "") && !!toks[i]?.tags.has("ProperNoun");
    if (((t.tags.has("Verb") && !nameStart) || t.tags.has("Preposition") || t.tags.has("Conjunction") || t.text === "," || isAux(t))) break;
    // ("he was growing Staphylococcus, a common bacterium": an -ing form before a name is its verb.)
    if (/^\p{Ll}{3,}ing$/u.test(t.text) && /^\p{Lu}/u.test(toks[i].text)) break;
    // "94-year-old Edith Marsh": the age's number goes with its hyphen.
    if (t.text === "-" && toks[i - 2]?.tags.has("Value")) {
      i -= 2;
      break;
    }
    // "a second Nobel Prize, …": the phrase goes on past an ordinal; no antecedent can be cut from it.
    if (t.tags.has("Ordinal") || (t.tags.has("Value") && /^\p{L}+$/u.test(t.text))) {
      // "Five countries, known as the Big Five, …": a number opening the sentence starts the phrase.
      if (i - 1 === 0 && t.tags.has("Cardinal") && !t.tags.has("Ordinal")) {
        i--;
        break;
      }
      // "The first practical rechargeable battery, the lead-acid battery, was invented …": an ordinal
      // after the sentence's opening "The" is the subject's own.
      if (i - 2 === 0 && /^(first|last)$/i.test(t.text) && /^The$/.test(toks[0].text)) {
        i--;
        continue;
      }
      // ("went on to develop the first measles vaccine, which was licensed …": after "the" an ordinal
      // names one thing, which its relative clause is about.)
      if (t.tags.has("Ordinal") && /^the$/i.test(toks[i - 2]?.text ?? "") && /^(first|last)$/i.test(t.text)) {
        i -= 2;
        break;
      }
      return undefined;
    }
    if (t.tags.has("Value") || t.tags.has("Date")) break;
    // ("the most famous variety": a degree word stays inside the phrase.)
    if (!(t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Determiner") || /^\p{Lu}/u.test(t.text) || /-/.test(t.text) || /^(most|least|more|less|very)$/.test(t.text))) break;
    i--;
    if (t.tags.has("Determiner")) break;
  }
  const np = toks.slice(i, comma);
  return np.length && np.length <= 8 ? np : undefined;
}

/**
 * A name that runs back over "of" or "of the" from `from` ("Hastings" → "the Battle of Hastings",
 * "Pacific" → "the War of the Pacific"), or undefined when no capitalised name stands before the "of".
 */
function nameThroughOf(toks: Tok[], from: number): Tok[] | undefined {
  let i = from;
  if (word(toks[i]) === "the") i++;
  if (!/^\p{Lu}/u.test(toks[i]?.text ?? "")) return undefined;
  let k = from;
  if (word(toks[k - 1]) === "the" && word(toks[k - 2]) === "of") k -= 2;
  else if (word(toks[k - 1]) === "of") k -= 1;
  else return undefined;
  let start = k;
  while (start > 0 && /^\p{Lu}/u.test(toks[start - 1].text) && !isComma(toks[start - 1])) start--;
  if (start === k) return undefined;
  // (A sentence's first word is capitalised whatever it is: "Most of the Andes" is no name.)
  if (start === 0 && !toks[0].tags.has("ProperNoun")) return undefined;
  if (word(toks[start - 1]) === "the") start--;
  let end = from;
  while (end < toks.length && (/^\p{Lu}/u.test(toks[end].text) || (end === from && word(toks[end]) === "the"))) end++;
  return toks.slice(start, end);
}

/**
 * "gave her a copy of Concerning the Nature of Things, by the physicist William Henry Bragg": an aside
 * opening "by" after an active verb names a work's author, not the verb's doer; it is no phrase of the verb.
 */
function authorAside(toks: Tok[], open: number, first: string): boolean {
  // (Not "joins the Atlantic Ocean, by way of the Caribbean Sea, to …": a route.)
  return first === "by" && word(toks[open + 2]) !== "way" && !toks.slice(0, open).some((t, k) => /^(is|are|was|were|be|been|being)$/i.test(t.text) && /^\p{Ll}+(?:ed|en|t)$/u.test(toks[k + 1]?.text ?? ""));
}

/** "led" in "a campaign led by UNESCO", "hidden" in "pipes hidden in the walls": a participle, not the verb. */
/**
 * "a wealthy and highly educated woman": an article, an adjective, "and", then an -ed word (after an
 * adverb or not) before its noun — the noun's second adjective, not a verb.
 */
function adjectiveAfterAnd(toks: Tok[], k: number): boolean {
  if (!/^\p{Ll}+ed$/u.test(toks[k]?.text ?? "") || !toks[k + 1]?.tags.has("Noun") || toks[k + 1].tags.has("Pronoun") || /^(the|a|an)$/i.test(toks[k + 1].text)) return false;
  const and = toks[k - 1]?.tags.has("Adverb") && word(toks[k - 1]) !== "and" ? k - 2 : k - 1;
  const before = toks[and - 1];
  return and >= 2 && word(toks[and]) === "and" && !!before?.tags.has("Adjective") && !before.tags.has("Noun") && /^(a|an|the)$/i.test(word(toks[and - 2]));
}

export function postNominalParticiple(toks: Tok[], k: number): boolean {
  const t = toks[k];
  // ("a group called the New Guard": a naming participle takes the name, not a preposition.)
  const naming = /^(called|named|dubbed|nicknamed|titled|entitled)$/i.test(t?.text ?? "") && (/^(the|a|an)$/i.test(toks[k + 1]?.text ?? "") || /^\p{Lu}/u.test(toks[k + 1]?.text ?? ""));
  if (/^known$/i.test(t?.text ?? "") && word(toks[k + 1]) === "as" && k > 0 && toks[k - 1].tags.has("Noun") && !toks[k - 1].tags.has("Pronoun")) return true;
  // ("a trading firm set up to bring spices from Asia": an irregular participle in its base form, read
  // as a present tense, after a noun — or a noun the tagger made an adjective after another.)
  const nounBefore = k > 0 && ((toks[k - 1].tags.has("Noun") && !toks[k - 1].tags.has("Pronoun")) || (toks[k - 1].tags.has("Adjective") && /^\p{Ll}+$/u.test(toks[k - 1].text) && !!toks[k - 2]?.tags.has("Noun")));
  if (nounBefore && /^(?:set|put|cut|run|built|made|held|led|kept|sent|bought|sold|paid|won)$/i.test(t?.text ?? "") && /^(?:up|out|aside|off|down|in|by|to|for|from|on|at)$/i.test(word(toks[k + 1]))) return true;
  // ("Enders went on to develop …": a simple past is never a participle.)
  return k > 0 && t.tags.has("PastTense") && !isAux(t) && !SIMPLE_PAST.test(t.text) && toks[k - 1].tags.has("Noun") && !toks[k - 1].tags.has("Pronoun") && (PREPOSITIONS.has(word(toks[k + 1])) || /^(around|about|as)$/.test(word(toks[k + 1])) || naming);
}

function innerVerbAfter(toks: Tok[], from: number): boolean {
  return toks.some((t, k) => k >= from && isFiniteVerb(toks, k) && !postNominalParticiple(toks, k) && !(k > 0 && /^(and|now|also)$/i.test(word(toks[k - 1]))));
}

/**
 * A clause-final aside that can go without changing what the clause states: a place phrase
 * (", in the United States"), an adjective phrase (", small enough to fit in a pocket"), a
 * quantifier over the noun before (", many of them labourers …"), a bare noun summing up the
 * list before (", temperatures at which bacteria multiply slowly"). A phrase with a number or a
 * date stays: it may be the fact asked.
 */
function trailingAside(inner: Tok[]): boolean {
  const first = word(inner[0]);
  // "…, almost four times round the Earth", "…, twice the size of Wales": a comparison that restates the figure.
  if (/^(?:(?:almost|nearly|roughly|about|around|some|over|more than|less than) )?(?:twice|half|(?:\w+|\d+) times)\b/i.test(inner.map((t) => t.text).join(" "))) return true;
  // "…, many of them still sharp after two thousand years", "…, most of it borrowed over 25 years":
  // a part of what the clause named, said of it; dates and numbers in it are its own.
  if (/^(many|most|some|all|several|both|few|much|part|half)$/.test(first) && word(inner[1]) === "of" && /^(them|these|those|it)$/i.test(inner[2]?.text ?? "")) return true;
  if (inner.some((t) => t.tags.has("Value") || t.tags.has("Date") || t.tags.has("Year") || /\d/.test(t.text))) return false;
  // "…, on the grounds that it had been extorted …": a reason, kept for the why-question.
  if (first === "on" && word(inner[1]) === "the" && /^grounds?$/.test(word(inner[2])) && word(inner[3]) === "that") return false;
  if (PREPOSITIONS.has(first) && inner.length >= 2 && !/^(between|for|with|without)$/.test(first)) return true;
  if (inner[0].tags.has("Adjective") && !inner[0].tags.has("Noun") && /^(enough|to|than|for|in)$/i.test(inner[1]?.text ?? "")) return true;
  if (inner[0].tags.has("Plural") && !/^\p{Lu}/u.test(inner[0].text) && inner.some((t, k) => k > 0 && /^(which|that|who|whom)$/i.test(t.text))) return true;
  return false;
}

/** A name and nothing else, with at most a place after it: "Joanne Pryce", "the Mariana Trench in the western Pacific". */
function isNameAppositive(inner: Tok[]): boolean {
  let k = word(inner[0]) === "the" ? 1 : 0;
  // "the Scottish midfielder Callum Reid": a description of the person, then the name.
  if (k === 1) {
    let d = 1;
    while (d < inner.length && d <= 4 && (/^\p{Ll}/u.test(inner[d].text) ? inner[d].tags.has("Noun") || inner[d].tags.has("Adjective") : inner[d].tags.has("Demonym") || !!lookupDemonym(inner[d].text)) && !inner[d].tags.has("Verb") && !isComma(inner[d])) d++;
    if (d > 1 && d < inner.length && /^\p{Ll}/u.test(inner[d - 1].text) && inner[d - 1].tags.has("Noun") && inner[d].tags.has("Person")) k = d;
  }
  const start = k;
  // "William C. Gorgas": the initial's full stop is part of the name.
  while (k < inner.length && (/^\p{Lu}/u.test(inner[k].text) || (inner[k].text === "." && /^\p{Lu}$/u.test(inner[k - 1]?.text ?? "")) || (k > start && k + 1 < inner.length && /^(of|de|da|van|von|al|bin|ibn)$/.test(inner[k].text) && /^\p{Lu}/u.test(inner[k + 1].text)))) k++;
  if (k === start || k - start > 5) return false;
  if (inner.slice(start, k).some((t) => t.tags.has("Pronoun") || t.tags.has("Value"))) return false;
  const rest = inner.slice(k);
  return rest.length === 0 || (rest.length <= 5 && /^(in|of|on)$/.test(word(rest[0])) && !rest.some((t) => t.tags.has("Verb")));
}

/**
 * A common-noun description before a comma, as the name after it will replace: "the referee",
 * "The chief sanitary officer", "Their leader", "the German wharf", "The deepest of them". A name
 * ("Harry Dexter White, a senior official") is no description; nor is a list item.
 */
const ROLE_OF = /^(?:chair|chairman|chairwoman|head|director|leader|captain|president|secretary|mayor|governor|editor|founder|owner|manager|coach|principal|headteacher|chief|minister|commander|dean|curator|keeper|spokesman|spokeswoman|spokesperson|chancellor|ambassador|king|queen|emperor|bishop|archbishop|commissioner)$/;

function descriptionBefore(toks: Tok[], comma: number): Tok[] | undefined {
  let np = antecedentBefore(toks, comma);
  if (!np) return undefined;
  let from = comma - np.length;
  // "The deepest of them": a superlative and "of" before a pronoun.
  if (np.length === 1 && np[0].tags.has("Pronoun") && word(toks[from - 1]) === "of" && toks[from - 2]?.tags.has("Superlative") && word(toks[from - 3]) === "the") {
    from -= 3;
    np = toks.slice(from, comma);
    return from === 0 || toks[from - 1].tags.has("Preposition") || isComma(toks[from - 1]) ? np : undefined;
  }
  // "The chair of the bench, Gillian Thursby, said …": the name is the chair's, not the bench's; the
  // description runs back over its "of" to its own article.
  // (Only a person's role and a name without "the": "the captain of a German warship, the Elisabeth" names the warship.)
  // ("The mayor of Leeds, John Smith, …", "The Chancellor of the Exchequer, Gordon Brown, …": the
  // body or place after "of" may be a name; the office, written in capitals or not, is the description.)
  const ofName = np.every((t) => /^\p{Lu}/u.test(t.text)) || (/^the$/i.test(np[0].text) && np.slice(1).every((t) => /^\p{Lu}/u.test(t.text)));
  if ((/^(the|a|an)$/i.test(np[0].text) || ofName) && word(toks[from - 1]) === "of" && ROLE_OF.test(word(toks[from - 2])) && /^\p{Lu}/u.test(toks[comma + 1]?.text ?? "") && !/^(the|a|an)$/i.test(toks[comma + 1].text)) {
    const det = /^(the|a|an|their|its|his|her)$/i.test(toks[from - 3]?.text ?? "") ? from - 3 : /^(the|a|an|their|its|his|her)$/i.test(toks[from - 4]?.text ?? "") && toks[from - 3].tags.has("Adjective") ? from - 4 : -1;
    if (det >= 0 && !toks.slice(det, from).some(isComma)) {
      from = det;
      np = toks.slice(from, comma);
      if (ofName) return np;
    }
  }
  // (The tagger may read "President of France" as one noun, "of" and all.)
  const roleAt = np.findIndex((t, k) => k >= 2 && k <= 3 && t.text === "of" && ROLE_OF.test(word(np[k - 1])));
  if (roleAt > 0 && /^(the|a|an)$/i.test(np[0].text) && /^\p{Lu}/u.test(toks[comma + 1]?.text ?? "") && !/^(the|a|an)$/i.test(toks[comma + 1].text)) return np;
  const head = np[np.length - 1];
  // "Harbourside's goalkeeper": a name's possessive before the role works like "their".
  const owner = /^\p{Lu}[\p{L}-]*[’']s$/u.test(np[0].text);
  if ((!/^(the|a|an|their|its|his|her|our|my|your)$/i.test(np[0].text) && !owner) || np.length < 2) return undefined;
  // "The Lord Mayor, Sir Thomas Bloodworth, …": an office written with capitals is a description too.
  if (/^(the|their|its|his|her)$/i.test(np[0].text) && np.length <= 4 && OFFICE.test(np.slice(1).map((t) => t.text).join(" "))) return np;
  if (!/^\p{Ll}/u.test(head.text) || !head.tags.has("Noun") || head.tags.has("Pronoun") || head.tags.has("Plural")) return undefined;
  // "the German wharf" is a description still; "the Bretton Woods system" a name.
  if (np.slice(1).some((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Demonym") && !lookupDemonym(t.text))) return undefined;
  return np;
}

/** The noun phrase before a comma with one "of"/"in" phrase ("the temples of Abu Simbel"), or undefined. */
function nounPhraseBefore(toks: Tok[], comma: number): Tok[] | undefined {
  const np = antecedentBefore(toks, comma);
  if (!np) return undefined;
  let from = comma - np.length;
  if (/^(of|in)$/.test(word(toks[from - 1]))) {
    const head = antecedentBefore(toks, from - 1);
    if (!head || !head[0].tags.has("Determiner")) return undefined;
    from -= 1 + head.length;
  } else if (!np[0].tags.has("Determiner") && !/^\p{Lu}/u.test(np[0].text)) return undefined;
  // The phrase is a whole noun phrase only when nothing but a verb or the clause start comes before it.
  const before = toks[from - 1];
  if (before && (before.tags.has("Preposition") || before.tags.has("Noun") || isComma(before))) return undefined;
  return toks.slice(from, comma);
}

/**
 * An object relative clause ("which Marie named polonium after her country") with its antecedent
 * put back after the verb: "Marie named a new element polonium after her country"; undefined when
 * the clause has another shape. Only the first verb phrase is kept ("… cut into blocks and
 * moved …" → "… cut the temples into blocks").
 */
function objectRelative(rest: Tok[], np: Tok[]): Tok[] | undefined {
  if (rest.length < 2 || isFiniteVerb(rest, 0) || rest[0].tags.has("Preposition") || rest[0].tags.has("Conjunction")) return undefined;
  let v = -1;
  for (let k = 1; k < Math.min(rest.length, 10); k++) {
    if (isComma(rest[k])) break;
    // "a trust led by Oxfam rebuilt …": "led by" is the participle, "rebuilt" the verb.
    if (isFiniteVerb(rest, k) && !(postNominalParticiple(rest, k) && word(rest[k + 1]) === "by")) {
      v = k;
      break;
    }
  }
  if (v < 0) return undefined;
  const subject = rest.slice(0, v);
  if (!(subject[0].tags.has("Determiner") || subject[0].tags.has("Possessive") || /^\p{Lu}/u.test(subject[0].text) || subject[0].tags.has("Pronoun"))) return undefined;
  let end = v + 1;
  while (end < rest.length && (isAux(rest[end - 1]) || rest[end].tags.has("Adverb")) && rest[end].tags.has("Verb")) end++;
  let stop = rest.findIndex((t, k) => k > end && word(t) === "and" && isFiniteVerb(rest, k + 1));
  if (stop < 0) stop = rest.length;
  return [...subject, ...rest.slice(v, end), ...np, ...rest.slice(end, stop)];
}

/** Render tokens as text: no space before closing punctuation or after an opening quote. */
export function render(toks: Tok[]): string {
  let s = "";
  let prev: Tok | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!s) s = t.text;
    else if (/^[,.;:!?%)\]”’]$/.test(t.text) || /[(“‘$€£]$/.test(s)) s += t.text;
    // "South Florida/_____", "_____/Miami": a slash the article wrote unspaced stays unspaced
    // whatever is put beside it.
    else if ((prev?.text === "/" && prev.from >= 0 && t.from < 0) || (t.text === "/" && t.from >= 0 && prev && prev.from < 0 && toks[k + 1]?.from === t.end)) s += t.text;
    // Tokens the article wrote unspaced stay unspaced ("the Torrijos–Carter Treaties", "km/h").
    else if (prev && prev.end >= 0 && t.from === prev.end) s += t.text;
    else s += ` ${t.text}`;
    prev = t;
  }
  return s;
}
