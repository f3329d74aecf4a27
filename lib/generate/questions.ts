// Wh-questions from a simplified statement: move the answer phrase out, put the wh-phrase of its
// fine type in front, invert subject and auxiliary or add do-support with the verb's base form
// ("Iraq's parliament voted to exit…" → "What did Iraq's parliament vote to do?"). Refuses when
// the shape is unclear rather than writing ungrammatical English; the caller then falls back to a
// cloze or a true/false item on the statement.
import type { FineType } from "./facts";
import { activeOfParticiple, isLexiconWord, SAME_PAST, toInfinitive } from "./nlp";
import { COUNTED_NOUNS, kindHead, WORK_KINDS } from "./text";
import { adjectiveComma, CLAUSE_BINDING, dateRunEnd, INTRANSITIVE, isAux, isFiniteVerb, render, SIMPLE_PAST, type Tok } from "./statements";

export interface AnswerFact {
  type: FineType;
  /** The answer as the article writes it ("Mount Washington Hotel"): its head names its kind. */
  text?: string;
  kind: string;
  unit?: string;
}

export interface WhQuestion {
  prompt: string;
  /** Which rule made it (for --explain and tests). */
  form: "subject" | "possessive" | "object" | "adjunct" | "there" | "action" | "reason" | "purpose" | "agent" | "title";
  /** For reason and purpose questions: the words that introduced the answer ("because", "so that"). */
  marker?: string;
  /** For action and reason questions: the answer tokens (not a typed entity). */
  answer?: Tok[];
  /** For "Where …?" on a town's facility ("near Baghdad airport"): the place asked, and its preposition. */
  site?: { text: string; prep: string };
  /** "more than", "at least" …: written before the number asked; the answer keeps it. */
  bound?: string;
}

export type Infinitive = (verb: string) => string | undefined;

const ADVERBS = new Set("not also already still never reportedly recently officially initially now later first formally previously eventually finally again further long just once only largely widely".split(" "));
const APPROX = /^(approximately|about|around|roughly|some|nearly|almost|estimated)$/i;
const PREP = /^(in|on|at|during|since|by|until|before|after|near|from|to|into|across|through|over|under|between|within|throughout|for|with|against|toward|towards|outside|inside|following)$/i;
/** Verbs read as a participle after a noun when a finite verb follows ("a sailor named X became…"). */
const PARTICIPLE_WORDS = /^(named|called|known|led|based|born|located|backed|founded|titled|dubbed|dedicated|built|made|used|held|owned|run|given|set|situated|supported|funded|sponsored|aligned|linked|affiliated|armed|trained|stationed|deployed|killed|injured|wounded|elected|appointed)$/i;
const ACTION_VERBS = /^(vote|decide|agree|plan|want|promise|pledge|threaten|seek|aim|hope|attempt|try|refuse|fail|move|vow|choose|intend|offer|expect|prepare|ask|urge|need)$/;
const MODAL = /^(will|would|can|could|may|might|must|shall|should)$/i;

const FACILITY_KINDS = /^(Airport|Base|Stadium|Prison|Dam|Bridge|Palace|Hospital|Embassy|Station|Tower|Hotel|Castle|Cathedral|Abbey|Mosque|Temple|Theatre|Theater|Arena|Lighthouse|Observatory)$/;

/** Languages a text is written or spoken in: asked "in which language", whatever the tagger typed them as. */
const LANGUAGE = /^(?:Latin|Greek|Ancient Greek|Hebrew|Arabic|Sanskrit|Aramaic|Coptic|Demotic|Old English|Old Norse|Norse|Persian|Gaelic|Welsh|Swahili|Esperanto)$/;

function whOf(f: AnswerFact, object: boolean): string | undefined {
  if (LANGUAGE.test(f.text ?? "") && ["place", "name", "term", "region", "nationality"].includes(f.type)) return "which language";
  switch (f.type) {
    case "person":
      return object ? "whom" : "who";
    case "organization": {
      // "Reading Museum" → "which museum": a body named by its building's kind is asked as one.
      // ("University of Pavia", "California Institute of Technology": the kind before "of".)
      const head = (f.text ?? "").match(/\s(Museum|Gallery|Library|University|College|School|Hospital|Observatory|Zoo)$/u)?.[1] ??
        (f.text ?? "").match(/(?:^|\s)(Museum|Gallery|Library|University|College|School|Hospital|Observatory|Institute) of \p{Lu}[\p{L}-]+$/u)?.[1];
      // ("Germany signed the Dual Alliance": a pact is signed, not an organization; asked "what".)
      if (/\s(?:Alliance|Entente|Pact|Accord|Treaty|Agreement|Convention)$/u.test(f.text ?? "")) return object ? "what" : undefined;
      // ("The Wright brothers launched the West Side News": a paper is asked as one, not as "which organization" — a reading faulted it.)
      if (/\s(?:News|Times|Post|Herald|Gazette|Chronicle|Tribune|Courier|Telegraph|Journal|Observer|Mail|Express|Guardian|Globe|Examiner|Inquirer|Sentinel|Dispatch)$/u.test(f.text ?? "")) return "which newspaper";
      return head ? `which ${head.toLowerCase()}` : f.kind === "armed-group" ? "which group" : "which organization";
    }
    case "country":
      return "which country";
    case "city":
      return "which city";
    case "region":
      return "which region";
    case "water":
      return "which body of water";
    case "facility": {
      // "the Mount Washington Hotel" → "which hotel": the name's own head says what kind of place it is.
      const head = (f.text ?? "").match(/\s(\p{Lu}\p{Ll}+)$/u)?.[1];
      return head && FACILITY_KINDS.test(head) ? `which ${head.toLowerCase()}` : "which facility";
    }
    case "place": {
      // "Elephant Island" → "which island", "Fenwick Ward" → "which ward": a place whose name ends in its
      // kind is asked as one (a ward or a camp is no "place"). Not a street: "Castle Street" may be cut
      // from "Castle Street Baths", and "Which street closed?" asks for the wrong thing.
      const head = (f.text ?? "").match(/\s(Island|Peninsula|Ward|Camp|Quarry|Mine|Park|Valley|Forest|Lake|River|Canal)$/u)?.[1];
      return head ? `which ${head.toLowerCase()}` : "which place";
    }
    case "term":
    case "event":
    case "name": {
      const head = kindHead(f.text);
      return head ? `which ${head}` : "what";
    }
    default:
      return undefined;
  }
}

function whAfterPrep(prep: string, f: AnswerFact): string | undefined {
  const p = prep.toLowerCase();
  if (p === "between") return undefined;
  // ("ruled China from 206 BCE to 220 CE" → "Until which year …?": "to" a year is how long.)
  if (f.type === "year") return p === "in" || p === "during" ? "in which year" : p === "to" ? "until which year" : `${p} which year`;
  if (f.type === "date") return p === "on" ? "on what date" : p === "in" || p === "during" ? "when" : `${p} what date`;
  if (p === "between") return undefined;
  if (f.type === "century") return `${p} which century`;
  if (p === "of") return undefined;
  // ("shown at Oxford", "taught at Harvard": "At which city …?" reads as no one asks; "Where …?" does.)
  if (p === "at" && ["city", "place", "region", "country"].includes(f.type)) return "where";
  // ("arrived in England …, at Melcombe, in Dorset": "Where …?" is as well answered by the town; the
  // home nations, which the country list does not hold, are asked as the countries they are.)
  if (p === "in" && f.type === "place" && /^(?:England|Scotland|Wales|Northern Ireland|Great Britain|Britain)$/.test(f.text ?? "")) return "in which country";
  const wh = whOf(f, true);
  // ("held at the Corn Exchange": a building of no named kind after "at" is where it happened; "In
  // which place did Edward III issue …?": a place of no known kind is asked "Where".)
  if ((p === "at" && wh === "which facility") || (p === "in" && wh === "which place")) return "where";
  if (!wh || ((f.type === "term" || f.type === "event" || f.type === "name") && !kindHead(f.text))) return undefined;
  return `${p} ${wh}`;
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** "Engineers", "Farmers" read as a verb at the start of a sentence: as a subject, a plural common noun. */
function misreadPlural(t: Tok): boolean {
  if (!t.tags.has("Verb") || t.tags.has("PastTense") || !/^\p{Lu}\p{Ll}{2,}s$/u.test(t.text)) return false;
  // A word the lexicon knows, not a surname the tagger could not place ("Brookes").
  return isLexiconWord(t.text) || isLexiconWord(t.text.slice(0, -1));
}

/** "Young workers": a capital only because an everyday adjective opened the sentence. */
function plainAdjective(t: Tok): boolean {
  // ("Natural uranium": a word the lexicon lacks, by its ending an adjective.)
  return t.tags.has("Adjective") && !t.tags.has("ProperNoun") && !t.tags.has("Noun") && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isLexiconWord(t.text.toLowerCase()) || /^\p{Lu}\p{Ll}{3,}(?:al|ous|ive|ful|less|able|ible)$/u.test(t.text));
}

/** The subject as it reads after an inverted auxiliary: "The canal" → "the canal"; names keep capitals. */
export function subjectText(subject: Tok[]): string {
  const text = render(subject);
  const first = subject[0];
  if (!first) return text;
  // ("Two masons designed …": a number word is no name, whatever fact it holds.)
  const numberWord = first.tags.has("Value") && /^\p{Lu}\p{Ll}+$/u.test(first.text) && !first.tags.has("ProperNoun");
  const name = !numberWord && (first.tags.has("Fact") || first.tags.has("Capitalised") || first.tags.has("ProperNoun") || first.tags.has("Person") || first.tags.has("Place") || first.tags.has("Organization") || first.tags.has("Acronym") || /^\p{Lu}{2,}/u.test(first.text));
  // A capital only because the sentence started there ("Ships kept growing", "Summer monsoon rain").
  const sentenceStart = first.from <= 0;
  // Only a plural common noun is safely lowered ("Ships", "Doctors"); "Lübeck" may be untagged.
  if (first.tags.has("Determiner") || /^(The|A|An|Its|Their|His|Her|Your|Our|My|Some|Many|Most|Both|Each|All|Several|Every|No|Any|Such|These|Those|This|That)$/.test(first.text) || (sentenceStart && !name && first.from <= 0 && (first.tags.has("Plural") || first.tags.has("Lower") || first.tags.has("Value") || misreadPlural(first) || plainAdjective(first)))) {
    return text[0].toLowerCase() + text.slice(1);
  }
  return text;
}

interface Clause {
  /** A short fronted adjunct ("In 2020") moved to the end when something else is asked. */
  adjunct: Tok[];
  subject: Tok[];
  /** The verb group: auxiliaries, adverbs between them, the main verb. */
  group: Tok[];
  rest: Tok[];
  /** Offset of `subject[0]` in the statement (adjunct length + comma). */
  base: number;
}

/** Subject, verb group and the rest; undefined when the statement has no clear finite verb. */
const TIME_STRETCH = /^(?:early|late|closing|opening|final|first|last|dark|cold|hot|summer|winter|spring|autumn|months|weeks|days|years|decades|spring|summer|autumn|winter|end|beginning|middle|start|turn)$/;
/** "By the early months of 1348": where a stretch of time ending in its date ends after a preposition, or 0. */
function timeOfDateEnd(toks: Tok[]): number {
  if (!/^the$/i.test(toks[1]?.text ?? "")) return 0;
  const of = toks.findIndex((t, k) => k >= 3 && k <= 5 && t.text === "of");
  if (of < 0 || !toks.slice(2, of).every((t) => TIME_STRETCH.test(t.text))) return 0;
  const end = dateRunEnd(toks, of + 1);
  return end > of + 1 && /\d/.test(toks[end - 1].text) ? end : 0;
}

export function parseClause(toks: Tok[]): Clause | undefined {
  let adjunct: Tok[] = [];
  let base = 0;
  let core = toks;
  const comma = toks.findIndex((t) => t.text === ",");
  // ("In 1850 Florence Nightingale visited Kaiserswerth, near …": a verb before the comma makes it no fronted phrase.)
  if (comma > 0 && comma <= 6 && PREP.test(toks[0].text) && !toks.slice(1, comma).some((_, k) => isFiniteVerb(toks, k + 1))) {
    // ("Over some eight years, from 1856 to 1863, he grew …": a second phrase goes with the first.)
    const second = toks.findIndex((t, i) => i > comma + 1 && i <= comma + 6 && t.text === ",");
    const end = second > 0 && PREP.test(toks[comma + 1]?.text ?? "") && !toks.slice(comma + 1, second).some((t, k) => isFiniteVerb(toks, comma + 1 + k)) ? second : comma;
    adjunct = toks.slice(0, end);
    base = end + 1;
    core = toks.slice(end + 1);
  } else if (toks.length > 3 && PREP.test(toks[0].text) && (timeOfDateEnd(toks) > 0 || dateRunEnd(toks, 1) > 1)) {
    // "In 1907 Stevens resigned", "On 15 August 1971 President Nixon announced…": no comma.
    // ("By the early months of 1348 the plague had …": a stretch of time and its date.)
    // ("In 132 CE the Chinese astronomer …": the era goes with its year.)
    const run = timeOfDateEnd(toks) || dateRunEnd(toks, 1);
    const end = /^(CE|BCE|BC|AD)$/.test(toks[run]?.text ?? "") && /^\d/.test(toks[run - 1].text) ? run + 1 : run;
    adjunct = toks.slice(0, end);
    base = end;
    core = toks.slice(end);
  } else if (toks.length > 4 && (PREP.test(toks[0].text) || (/^\p{Lu}\p{Ll}{3,}ed$/u.test(toks[0].text) && toks[0].tags.has("Verb") && /^(with|by|in|from|to)$/i.test(toks[1].text)))) {
    // "After the war she directed …": a short adjunct, then a personal pronoun as the subject.
    // ("Combined with the Moon's pull it produces …": so is a participle's phrase.)
    const p = toks.findIndex((t, i) => i >= 2 && i <= 5 && /^(he|she|they|we|it)$/i.test(t.text) && isFiniteVerb(toks, i + 1));
    if (p > 0 && !toks.slice(1, p).some((t, i) => t.tags.has("Verb") || t.text === "," || isFiniteVerb(toks, i + 1))) {
      adjunct = toks.slice(0, p);
      base = p;
      core = toks.slice(p);
    } else if (p < 0) {
      // "During the closure a temporary library operated …", "At the age of ten Dorothy Hodgkin grew
      // …": a short phrase with no comma, then a subject of its own.
      const q = frontedPhraseEnd(toks);
      if (q > 0) {
        adjunct = toks.slice(0, q);
        base = q;
        core = toks.slice(q);
      }
    }
  }
  // "Each autumn the family moved …": a bare time phrase before the subject is an adjunct too.
  if (!adjunct.length && core.length > 4 && /^(each|every|that|this|last|next)$/i.test(core[0].text) && TIME_NOUN.test(core[1].text) && !core[2].tags.has("Verb")) {
    adjunct = core.slice(0, 2);
    base = 2;
    core = core.slice(2);
  } else if (!adjunct.length && core.length > 3 && /^(today|now|yesterday|nowadays|currently)$/i.test(core[0].text) && /^(the|a|an|its|their|his|her|many|most|some)$/i.test(core[1].text)) {
    // ("Today the women's section has …": so is a bare "today" or "now".)
    adjunct = core.slice(0, 1);
    base = 1;
    core = core.slice(1);
  }
  if (!core.length || core[0].tags.has("Conjunction") || core[0].tags.has("Preposition") || /^(while|when|although|though|because|if|as|since|which|who|there)$/i.test(core[0].text) && !/^there$/i.test(core[0].text)) return undefined;
  let v = -1;
  for (let i = 1; i < Math.min(core.length, 16); i++) {
    if (core[i].text === ",") return undefined;
    // ("the study cannot say …": the tagger leaves "cannot" no verb; it is the clause's modal.)
    if (/^cannot$/i.test(core[i].text) && core[i + 1]?.tags.has("Verb")) {
      v = i;
      break;
    }
    if (!isFiniteVerb(core, i)) continue;
    // "American gold reserves covered …": a plural noun read as a verb right before the verb.
    if (!isAux(core[i]) && isFiniteVerb(core, i + 1) && !isAux(core[i + 1]) && core[i].tags.has("PresentTense")) continue;
    // ("Spring tides and neap tides each come round …": a word the subject already used as a noun is one again.)
    if (!isAux(core[i]) && core[i].tags.has("PresentTense") && core.slice(0, i).some((t) => t.text.toLowerCase() === core[i].text.toLowerCase() && t.tags.has("Noun") && !t.tags.has("Verb"))) continue;
    // "A sailor named X became…": the participle is not the main verb when one follows.
    // "A Rebuilding Act passed in 1667 required …": a past form with its year, then the verb (which
    // the date tagger may leave untagged).
    const next = core[i + 3];
    if (!isAux(core[i]) && core[i].tags.has("PastTense") && /^(in|during)$/i.test(core[i + 1]?.text ?? "") && /^\d{4}$/.test(core[i + 2]?.text ?? "") && next &&
      ((isFiniteVerb(core, i + 3) && !isAux(next)) || (/^\p{Ll}{3,}ed$/u.test(next.text) && !next.tags.has("Noun") && !next.tags.has("Preposition")))) {
      v = i + 3;
      break;
    }
    // "Books printed before 1501 are known as …": an -ed form and its phrase, then "are": a participle.
    const reduced = !isAux(core[i]) && /^\p{Ll}{3,}ed$/u.test(core[i].text) && /^(by|in|before|after|during|at|from|with|on|for|since|until)$/i.test(core[i + 1]?.text ?? "");
    if ((reduced || (!isAux(core[i]) && PARTICIPLE_WORDS.test(core[i].text))) && !core[i - 1].tags.has("Pronoun")) {
      const later = core.findIndex((t, k) => k > i && k < i + 8 && isFiniteVerb(core, k));
      // (Not "worked in Paris before the war was over": a clause's own verb after "before".)
      const clauseAfter = reduced && !PARTICIPLE_WORDS.test(core[i].text) && later > 0 && (!isAux(core[later]) || (/^(before|after|since|until)$/i.test(core[i + 1].text) && !/^\d/.test(core[i + 2]?.text ?? "")));
      // (Nor "made the change because the ball had started …": a verb after a subordinator is its clause's.)
      if (later > 0 && !clauseAfter && !core.slice(i, later).some((t) => t.text === "," || /^(and|or|that|which|who|because|when|while|although|though|if|unless|until|since|whereas)$/i.test(t.text))) {
        i = later - 1;
        continue;
      }
    }
    v = i;
    break;
  }
  if (v <= 0) return undefined;
  // "the first in California since Super Bowl XXXVII took place …": the verb is the subordinate clause's.
  if (core.slice(0, v).some((t) => CLAUSE_BINDING.test(t.text))) return undefined;
  // "Letting hot food cool … saves": a gerund subject reads badly moved behind "does".
  if (core[0].tags.has("Gerund")) return undefined;
  // "… and later the Honda Accord all had …": a list's last item with its adverb is no subject to invert.
  if (/^\p{Ll}/u.test(core[0].text) && ((core[0].tags.has("Adverb") && !core[0].tags.has("Noun")) || (/^(later|earlier|then|now|soon)$/.test(core[0].text) && core[1]?.tags.has("Determiner"))) && !/^only$/i.test(core[0].text) && !core[1]?.tags.has("Value")) return undefined;
  let end = v + 1;
  if (isAux(core[v])) {
    while (end < core.length && (isAux(core[end]) || ADVERBS.has(core[end].text.toLowerCase()) || (core[end].tags.has("Verb") && !core[end].tags.has("Infinitive") && (core[end].tags.has("PastTense") || core[end].tags.has("Gerund") || core[end].tags.has("Participle"))) || bareParticiple(core, end))) {
      end++;
      if (!isAux(core[end - 1]) && !ADVERBS.has(core[end - 1].text.toLowerCase())) break;
    }
    // "will run for 6.4 kilometres": a modal's bare verb belongs to the group ("will … run"), so
    // what follows it is the verb's object or phrase, not the verb itself.
    const lastAux = [...core.slice(v, end)].reverse().find((t) => !ADVERBS.has(t.text.toLowerCase()));
    if (lastAux && MODAL.test(lastAux.text) && core[end]?.tags.has("Infinitive") && core[end].tags.has("Verb") && !core[end].tags.has("Noun") && !isAux(core[end])) end++;
    while (end > v + 1 && ADVERBS.has(core[end - 1].text.toLowerCase())) end--;
  }
  return { adjunct, subject: core.slice(0, v), group: core.slice(v, end), rest: core.slice(end), base };
}

/**
 * "was born", "were set", "is run": a participle the tagger reads as a bare verb (it has one form
 * for both), after a form of "be" — so "Where was Mary Brown born?" can be asked.
 */
const BARE_PARTICIPLE = /^(born|set|put|read|run|shut|spread|cast|upset)$/i;
function bareParticiple(core: Tok[], at: number): boolean {
  return BARE_PARTICIPLE.test(core[at].text) && /^(is|are|was|were|be|been|being)$/i.test(core[at - 1]?.text ?? "");
}

/**
 * Where a fronted phrase without a comma ends and the subject starts: after the phrase's noun (or
 * number), at a determiner or a capitalised word — "With her third delivery | Ryle tempted …", "In
 * the 1780s | the Italian anatomist Luigi Galvani noticed …". 0 when the phrase holds a verb or a
 * comma, or no verb follows the subject closely.
 */
function frontedPhraseEnd(toks: Tok[]): number {
  for (let p = 2; p <= 7 && p < toks.length - 2; p++) {
    const prev = toks[p - 1];
    const t = toks[p];
    // (Each word of the phrase is read once, as `prev`, before the subject is looked for after it.)
    if (prev.text === "," || (prev.tags.has("Verb") && !prev.tags.has("Noun") && !prev.tags.has("Value")) || (prev.tags.has("Pronoun") && !/^(her|his|its|their|our|my)$/i.test(prev.text))) return 0;
    const headEnds = (prev.tags.has("Noun") || prev.tags.has("Value") || /\d/.test(prev.text)) && !/^(of|the|a|an)$/i.test(prev.text);
    const capital = /^\p{Lu}/u.test(t.text);
    const starts = (t.tags.has("Determiner") && /^(the|a|an|many|most|some|no)$/i.test(t.text)) || (capital && (!/^\p{Lu}/u.test(prev.text) || /\d/.test(prev.text)));
    if (!headEnds || !starts) continue;
    const v = toks.findIndex((y, k) => k > p && k <= p + 6 && isFiniteVerb(toks, k));
    if (v < 0 || toks.slice(p, v).some((y) => y.text === "," || /^(and|or|that|which|who)$/i.test(y.text))) return 0;
    // ("At Runnymede a memorial paid for by the American Bar Association was unveiled": a participle
    // before the clause's own "was" is no verb of the subject's.)
    const be = toks.findIndex((y, k) => k > v && k <= v + 8 && /^(is|are|was|were|has|have|had)$/i.test(y.text));
    if (be > 0 && !toks.slice(v + 1, be).some((y) => /^(,|;|and|but|or|that|which|who|when|while|because)$/i.test(y.text))) return 0;
    return p;
  }
  return 0;
}

/** "did/does/do" + base form, or the auxiliary to invert, for an inverted question. */
function invert(clause: Clause, infinitive: Infinitive): { aux: string; after: Tok[] } | undefined {
  const { group } = clause;
  const head = group[0];
  // "the drugs we have must be made to last": a subject that ends in "we"/"they" after its noun holds
  // a relative clause; its verb is no auxiliary of the sentence's.
  const end = clause.subject[clause.subject.length - 1];
  if (clause.subject.length >= 3 && /^(we|they|you|i|he|she)$/i.test(end?.text ?? "") && clause.subject[clause.subject.length - 2].tags.has("Noun")) return undefined;
  // "All of the network's programming has been presented …" read with "has" in the subject (a gerund
  // taken for its verb): "been"/"being" never fronts a question, and no subject ends in an auxiliary.
  if (/^(been|being)$/i.test(head?.text ?? "") || (end && /^(has|have|had|is|are|was|were|will|would|can|could|may|might|must|shall|should)$/i.test(end.text))) return undefined;
  // "has" alone is the main verb (possession): "How many parts does the cycle have?", not "… has the cycle?".
  if (group.length === 1 && /^(has|have|had)$/i.test(head.text)) {
    // ("have so far declined to open the tomb": an adverb or two, then a participle — a perfect, not
    // possession; "Why have the authorities so far declined …?", not "Why do … have so far declined …?".)
    const verbAt = clause.rest.findIndex((t) => !t.tags.has("Adverb") && !/^(?:so|far|long|already|never|just|recently|also|only|still|since|ever)$/i.test(t.text));
    const participle = clause.rest[verbAt];
    if (verbAt >= 1 && verbAt <= 3 && participle.tags.has("Verb") && (participle.tags.has("PastTense") || participle.tags.has("Participle"))) return { aux: head.text.toLowerCase(), after: [] };
    const aux = /^had$/i.test(head.text) ? "did" : /^has$/i.test(head.text) ? "does" : "do";
    return { aux, after: [{ ...head, text: "have" }] };
  }
  // "Noyce had died in 1990" (set against what came after it) asks "did Noyce die", not "had Noyce
  // died"; a pluperfect tied to a "by" time ("had built 20 ships by 1900") keeps its tense.
  if (group.length === 2 && /^had$/i.test(head.text) && !/^been$/i.test(group[1].text) && group[1].tags.has("Verb") && ![...clause.adjunct, ...clause.rest].some((t) => /^by$/i.test(t.text))) {
    const base = infinitive(group[1].text);
    if (base && base !== group[1].text) return { aux: "did", after: [{ ...group[1], text: base }] };
  }
  // "the study cannot say …" → "can the study not say …", not "do the study cannot say".
  if (/^cannot$/i.test(head.text)) return { aux: "can", after: [{ ...head, text: "not" }, ...group.slice(1)] };
  if (isAux(head)) return { aux: head.text.toLowerCase(), after: group.slice(1) };
  if (group.length !== 1) return undefined;
  const verb = head.text;
  // "Reid hit the crossbar": a verb whose past is its base form, after a singular subject, is past.
  const last = clause.subject[clause.subject.length - 1];
  // ("he set the zero point": after "he", "she" or "it" a base-form verb is past too.)
  const singular = !!last && ((!last.tags.has("Plural") && !last.tags.has("Pronoun") && (last.tags.has("ProperNoun") || last.tags.has("Singular"))) || /^(?:he|she|it)$/i.test(last.text));
  const past = head.tags.has("PastTense") || (SAME_PAST.test(verb) && singular);
  // "printed copies spread across Germany within weeks": after a plural, "spread" may be either
  // tense, and the question must pick one.
  if (!past && SAME_PAST.test(verb) && !!last && (!last.tags.has("Pronoun") || /^(?:they|we|you|i)$/i.test(last.text))) return undefined;
  let base = infinitive(verb);
  if (!base) {
    if (!past && /^\p{Ll}+$/u.test(verb) && !/s$/.test(verb)) base = verb;
    else if (past && SAME_PAST.test(verb)) base = verb.toLowerCase();
    else return undefined;
  }
  // "did … discovered": a form compromise could not turn into the base form.
  if (past && base === verb && !SAME_PAST.test(verb)) return undefined;
  if (/ed$/.test(base) && past && !/(need|feed|seed|heed|bleed|breed|speed|proceed|exceed|succeed|shed|embed|wed)$/.test(base)) return undefined;
  const aux = past ? "did" : /s$/.test(verb) && !/ss$/.test(verb) ? "does" : "do";
  return { aux, after: [{ ...head, text: base }] };
}

function tail(clause: Clause, rest: Tok[]): string {
  const parts = [...rest];
  // "in Bretton Woods, New Hampshire, in July 1944": a place's state or country closes with a comma too.
  const lastComma = rest.map((t) => t.text).lastIndexOf(",");
  if (clause.adjunct.length && lastComma > 0 && lastComma < rest.length - 1 && rest.slice(lastComma + 1).every((t) => /^\p{Lu}/u.test(t.text))) parts.push({ ...rest[lastComma] });
  if (clause.adjunct.length) parts.push({ ...clause.adjunct[0], text: clause.adjunct[0].text.toLowerCase() }, ...clause.adjunct.slice(1));
  return render(parts);
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join(" ").replace(/\s+([,;:?’])/g, "$1").replace(/\s+/g, " ").trim();
}

function finish(s: string): string {
  let q = s.replace(/[\s,;:]+$/, "");
  // A comma splice left in the statement ("…, a worn door seal lets warm air in") is two questions.
  if (/, (?:a|an|the)\s+\S+(?:\s+\S+)?\s+(?:lets|is|are|was|were|has|have)\b/.test(q)) return "";
  // A quotation cut at the statement's end gets its closing mark back.
  if ((q.match(/“/g) ?? []).length > (q.match(/”/g) ?? []).length) q += "”";
  if ((q.match(/"/g) ?? []).length % 2 === 1) q += '"';
  return capitalize(q) + "?";
}

/** Words where a long question may end and stay true: purpose "to", "amid", "while", a comma… */
const CUT_BEFORE = /^(amid|while|following|after|before|as|through|which|who|whose|including|despite|during|because|since|citing|with|via|thereby)$/i;
const SHORT_ENOUGH = 14;
const BOUND = /^(?:more than|fewer than|less than|at least|at most)$/i;
// Roles written as a bare title before a name ("Referee Paula Winter", "winger Lewis Okafor").
const ROLE_TITLE = /^(?:referee|umpire|winger|flanker|fly-half|scrum-half|hooker|full-back|centre|striker|midfielder|defender|goalkeeper|keeper|forward|substitute|quarterback|linebacker|receiver|pitcher|bowler|batter|batsman|opener|jockey|cyclist|sprinter|swimmer|chemist|physicist|biochemist|biologist|microbiologist|pathologist|bacteriologist|astronomer|mathematician|engineer|architect|inventor|explorer|novelist|poet|painter|composer|historian|archaeologist|geologist|botanist|zoologist|journalist|photographer)$/i;
// An adverb the parser leaves at the end of a subject ("Maurice Hilleman later produced …").
const SUBJECT_ADVERB = /^(?:later|then|soon|first|eventually|finally|once|still|now|already|always|often|subsequently|afterwards)$/i;

/** The rest of a question cut at its first safe boundary once it is long (keeps ≥ 4 tokens). */
/** Subordinators that always open a clause, and those that open one only when a verb follows ("after the war"). */
const CLAUSE_OPENER = /^(because|although|though|whereas|unless|when|whenever)$/i;
const CLAUSE_OR_PHRASE = /^(after|before|since|until|while|if)$/i;

/**
 * The index of a subordinate clause's opener whose clause `rest.slice(0, end)` cuts before its
 * finite verb (the verb comes after the cut, with no boundary between), or -1.
 */
function clauseCutBeforeVerb(rest: Tok[], end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const t = rest[k].text;
    if (!CLAUSE_OPENER.test(t) && !CLAUSE_OR_PHRASE.test(t)) continue;
    if (rest.slice(k + 1, end).some((_, j) => isFiniteVerb(rest, k + 1 + j))) return -1;
    // (The verb must be the clause's own: none of "," "and" "but" between the cut and it.)
    for (let j = end; j < rest.length; j++) {
      if (isFiniteVerb(rest, j)) return k;
      if (/^(,|;|:|and|but|or)$/i.test(rest[j].text)) return -1;
    }
    return -1;
  }
  return -1;
}

function trimRest(rest: Tok[], budget: number): Tok[] {
  if (rest.length <= budget) return rest;
  // ("closed in November 2024 after engineers found that …" → "When did the library close?": with the
  // answer gone, a clause of its own standing first in what is left goes whole.)
  if (/^(after|before|while|because|since|amid|despite|following)$/i.test(rest[0]?.text ?? "") && rest.slice(1).some((t, k) => isFiniteVerb(rest, k + 1))) return [];
  for (let i = 4; i < rest.length; i++) {
    const t = rest[i];
    // ("a petition calling for the work to be put back": "to be" completes the noun's "for", no purpose.)
    const forTo = /^be$/i.test(rest[i + 1]?.text ?? "") && rest.slice(Math.max(0, i - 4), i).some((x) => /^for$/i.test(x.text));
    const purposeTo = /^to$/i.test(t.text) && rest[i - 1].tags.has("Noun") && rest[i + 1]?.tags.has("Verb") && !forTo && i >= 6;
    // A comma ends a phrase unless a coordination runs on (", and the first woman to win") or it
    // separates the items of a list ("in 1563, 1593, 1603 …": no list is cut after its second item).
    const listed = (x: Tok | undefined) => !!x && (/^[\p{Lu}\d]/u.test(x.text) || x.tags.has("Value"));
    // ("the first clear, warm Sunday": nor between two adjectives of one noun.)
    const comma = t.text === "," && !/^(and|or|but)$/i.test(rest[i + 1]?.text ?? "") && !(listed(rest[i - 1]) && listed(rest[i + 1])) && !adjectiveComma(rest, i);
    // "gave the league control of fortresses … and a voice in choosing the king": a second object
    // goes and the first still holds (not "between A and B", "both A and B").
    const secondObject = /^and$/i.test(t.text) && i >= 6 && /^(a|an|the|its|their|his|her)$/i.test(rest[i + 1]?.text ?? "") &&
      !rest.slice(0, i).some((x) => /^(between|both|among|amongst)$/i.test(x.text));
    // ("wrote an article in Electronics magazine observing that …": a participle's phrase after its noun
    // says more of the noun; what the verb did holds without it.)
    const nounParticiple = i >= 4 && /^\p{Ll}{3,}ing$/u.test(t.text) && rest[i - 1].tags.has("Noun") && !rest[i - 1].tags.has("Pronoun") && !rest[i - 1].tags.has("Verb") && /^(that|the|a|an|its|their|his|her)$/i.test(rest[i + 1]?.text ?? "") &&
      !rest.slice(0, i).some((x) => /^(who|which|that|whom|whose)$/i.test(x.text));
    if (!(CUT_BEFORE.test(t.text) || purposeTo || comma || secondObject || nounParticiple)) continue;
    if (/^since$/i.test(t.text) && /^ever$/i.test(rest[i - 1].text)) continue;
    if (/^(with|during|after|before)$/i.test(t.text) && i < 6) continue;
    let end = i;
    // ("signed the Act with Bennett as its first chief": "with Bennett" goes with what "as" said of him.)
    const withAt = rest.slice(Math.max(0, i - 4), i).findIndex((x) => /^with$/i.test(x.text));
    if (/^as$/i.test(t.text) && withAt >= 0 && Math.max(0, i - 4) + withAt >= 4) end = Math.max(0, i - 4) + withAt;
    while (end > 3 && /^(and|or|but|,)$/i.test(rest[end - 1].text)) end--;
    // "… near Jinja and flows": a second verb phrase cut short goes entirely.
    const and = rest.slice(0, end).map((x) => x.text.toLowerCase()).lastIndexOf("and");
    if (and >= 3 && rest.slice(and + 1, end).some((x) => x.tags.has("Verb"))) end = and;
    // Never end on a preposition, an article or a bare "that" ("Who stressed that the exit?").
    const last = rest[end - 1];
    // ("… between the town's two rowing clubs over which had the faster crew": "over" read as an adverb.)
    if (last.tags.has("Preposition") || last.tags.has("Determiner") || /^(to|of|that|than|over|in|on|at|for|with|by|from|about|into|onto|under|between|among|against)$/i.test(last.text)) continue;
    // (Nor on a pronoun before its "as": "would have qualified him as a full teacher" says what as.)
    if (/^as$/i.test(rest[end]?.text ?? "") && /^(him|her|them|it|us|me)$/i.test(last.text)) continue;
    // A reported clause ("stressed that the exit should be …") is cut nowhere: it is the claim.
    // (A relative "that" after its noun is no reported clause: "a bronze vessel that dropped a ball".)
    if (rest.slice(0, end).some((x, k) => /^that$/i.test(x.text) && !(rest[k - 1]?.tags.has("Noun") && !rest[k - 1].tags.has("Verb") && isFiniteVerb(rest, k + 1)))) return rest;
    // "had to close because the timbers supporting its roof had been weakened": a cut inside a
    // clause before its verb leaves "because the timbers"; the clause goes whole.
    const opener = clauseCutBeforeVerb(rest, end);
    if (opener >= 0) {
      let at = opener;
      while (at > 0 && /^(and|or|but|,)$/i.test(rest[at - 1].text)) at--;
      return at >= 1 ? rest.slice(0, at) : rest;
    }
    return rest.slice(0, end);
  }
  return rest;
}

/**
 * A wh-question about the answer tokens [a, b) of a statement, or undefined when no rule fits.
 * `possessive`: the answer's last token carries "’s" ("Iraq’s parliament").
 */
const SINGULAR_OF: Record<string, string | undefined> = { are: "is", were: "was", have: "has" };
/** Heads of a description only a person or a team fits ("the de facto leader of the Crusade", "the clear favourites"). */
const PERSON_DESCRIPTION = /^(?:leaders?|kings?|queens?|founders?|favourites?|favorites?|winners?|champions?|heirs?|rulers?|presidents?|captains?|successors?|predecessors?|inventors?|authors?|architects?|owners?|heads?|chiefs?|commanders?|pioneers?|sons?|daughters?|wives|wife|husbands?|brothers?|sisters?|fathers?|mothers?|runners-up|hosts?|holders?)$/i;

export function whQuestion(toks: Tok[], a: number, b: number, fact: AnswerFact, infinitive: Infinitive, possessive: boolean): WhQuestion | undefined {
  // "heard evidence from more than 90 witnesses" → "How many witnesses …? — more than 90": a bound
  // belongs to the answer; the question asks the number and the answer keeps its bound.
  const bound = (fact.type === "count" || fact.type === "quantity" || fact.type === "money" || fact.type === "percent") && a >= 2 ? BOUND.exec(`${toks[a - 2].text} ${toks[a - 1].text}`) : null;
  if (bound) {
    const inner = whQuestion([...toks.slice(0, a - 2), ...toks.slice(a)], a - 2, b - 2, fact, infinitive, possessive);
    return inner && !inner.site ? { ...inner, bound: bound[0].toLowerCase() } : undefined;
  }
  // "About 95% of the population needs …" → "About what percentage of the population needs …?": an
  // estimate of a share is asked as one (the parser reads a leading "About" as a preposition).
  if (fact.type === "percent" && a >= 1 && SHARE_APPROX.test(toks[a - 1].text) && /^of$/i.test(toks[b]?.text ?? "")) {
    const inner = whQuestion([...toks.slice(0, a - 1), ...toks.slice(a)], a - 1, b - 1, fact, infinitive, possessive);
    return inner && /^What (?:percentage|fraction) of\b/.test(inner.prompt) ? { ...inner, prompt: `About w${inner.prompt.slice(1)}` } : undefined;
  }
  const clause = parseClause(toks);
  if (!clause) return undefined;
  const { adjunct, subject, group, rest, base } = clause;
  const restStart = base + subject.length + group.length;
  // "The library was paid for by the mill owner and first opened in 1908", "The baths opened in 1974
  // and closed in January 2025": two verb phrases on one subject are two statements, and each answer
  // is asked with its own ("In which year was the library first opened?", "When did the baths close?").
  // (Not after a subject with a clause in it: "Russia backed down when Germany supported Vienna, and …".)
  const predicate = subject.some((t, k) => isFiniteVerb(subject, k) || CLAUSE_WORD.test(t.text)) ? undefined : secondPredicate(rest, group);
  // (The subject is asked with both: "Which place opened in 1974 and closed …?")
  if (predicate && a >= restStart && b <= restStart + predicate.and) return whQuestion(toks.slice(0, restStart + predicate.and), a, b, fact, infinitive, possessive);
  if (predicate && a > restStart + predicate.and) {
    const head = toks.slice(0, restStart - group.length);
    const shift = restStart + predicate.and + 1 - head.length - predicate.aux.length;
    const phrase = rest.slice(predicate.and + 1).map((t, k) => (k === predicate.verb - predicate.and - 1 && !t.tags.has("Verb") ? { ...t, tags: new Set([...t.tags, "Verb", "PastTense"]) } : t));
    return whQuestion([...head, ...predicate.aux, ...phrase], a - shift, b - shift, fact, infinitive, possessive);
  }
  // "The cloth has not been in England for 900 years", "did not open until 1843": where or when
  // something did not happen is no one answer.
  const negated = [...group, ...rest].some((t) => /^(not|never|n't)$/i.test(t.text)) && !(b <= base + subject.length && a >= base);
  if (negated && (fact.type === "year" || fact.type === "date" || fact.type === "century" || ["city", "country", "region", "place", "water", "facility"].includes(fact.type))) return undefined;
  // (Nor for how long: "How many years has the cloth not been in England?")
  if (negated && (fact.type === "count" || fact.type === "quantity") && /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)$/i.test(fact.unit ?? "")) return undefined;
  // "Ada Lovelace was born Augusta Ada Byron on 10 December 1815": the name she was born with is a
  // fact of its own; a question about the date or place reads without it ("On what date was Ada
  // Lovelace born?").
  const birthName = bornAs(group, rest);
  // (The name itself: "What name was Ada Lovelace born with?")
  if (birthName && a === restStart && b === restStart + birthName && !adjunct.length && subject.every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Pronoun"))) {
    return { prompt: `What name was ${render(subject)} born with?`, form: "object" };
  }
  if (birthName && (b <= restStart || a >= restStart + birthName)) {
    const cut = [...toks.slice(0, restStart), ...toks.slice(restStart + birthName)];
    return whQuestion(cut, a >= restStart ? a - birthName : a, b > restStart ? b - birthName : b, fact, infinitive, possessive);
  }
  // "In 1835 Ada Lovelace married William King, a kind nobleman ten years older than she was": a
  // description closing the statement after a name is the name's; the question goes without it
  // ("In which year did Ada Lovelace marry William King?").
  const described = closingAppositive(rest);
  // (The name itself is asked only with a phrase to anchor it: "Whom did Ada Lovelace marry in
  // 1835?", not "What did Ibn Battuta see?".)
  if (described > 0 && (b < restStart + described || (b === restStart + described && adjunct.length > 0))) return whQuestion(toks.slice(0, restStart + described), a, b, fact, infinitive, possessive);
  // (Not after a subject the resolver put in for a pronoun: "…, and it will run for six weeks,
  // closing on 12 January" — what the participle says is the check on whom "it" is.)
  const added = subject.some((t) => t.from < 0) ? 0 : closingAddition(rest);
  if (added > 0 && b <= restStart + added) return whQuestion(toks.slice(0, restStart + added), a, b, fact, infinitive, possessive);
  // "…spend less, demand cools": a second clause after a comma makes two questions of one.
  const splice = rest.findIndex((t) => t.text === ",");
  if (splice >= 0 && rest.slice(splice + 1).some((t, k) => isFiniteVerb(rest, splice + 1 + k) && !/^(which|who)$/i.test(rest[splice + 1].text))) {
    // "The plague arrived in England in June 1348, most likely aboard a ship from Gascony that docked
    // at Melcombe" → "When did the plague arrive in England?": an aside whose verbs are all in its
    // relative clauses adds to the clause, and the question goes without it (not "…, and …").
    const relativeBefore = (k: number) => rest.slice(splice + 1, k).some((t) => /^(that|which|who|whom|whose)$/i.test(t.text));
    const aside = splice >= 1 && !/^(and|but|or|so|yet|while|whereas|though|although)$/i.test(rest[splice + 1]?.text ?? "") &&
      rest.slice(splice + 1).every((t, k) => !isFiniteVerb(rest, splice + 1 + k) || relativeBefore(splice + 1 + k));
    return aside && b <= restStart + splice ? whQuestion(toks.slice(0, restStart + splice), a, b, fact, infinitive, possessive) : undefined;
  }
  // "… singing developed and the choir achieved fame": so does "and" + a subject of its own + a verb.
  const and = rest.findIndex((t, k) => /^(and|but)$/i.test(t.text) && /^(the|a|an|its|their|his|her)$/i.test(rest[k + 1]?.text ?? ""));
  if (and >= 0 && rest.slice(and + 2, and + 6).some((_, j) => isFiniteVerb(rest, and + 2 + j) && !rest[and + 1 + j].tags.has("Determiner"))) return undefined;
  // "a plague epidemic that followed the Great Northern War": the verb is the relative clause's.
  if (/^(that|which|who|whom)$/i.test(subject[subject.length - 1]?.text ?? "")) return undefined;
  // "ships equipped with echo sounders mapped the basins": a past verb after a noun taking an object
  // of its own, with no boundary before it, means the clause's verb was a participle (misread).
  const boundary = /^(,|;|:|and|but|or|nor|that|which|who|whom|whose|when|where|while|because|as|if|so|than|until|before|after|since|although|though|whether|what|how|why)$/i;
  const second = rest.findIndex((t, k) => k > 0 && isFiniteVerb(rest, k) && !isAux(t) && t.tags.has("PastTense") && (rest[k - 1].tags.has("Noun") || rest[k - 1].tags.has("Date") || rest[k - 1].tags.has("Value")) && !rest[k - 1].tags.has("Pronoun") && /^(the|a|an|its|their|his|her)$/i.test(rest[k + 1]?.text ?? ""));
  if (second >= 0 && !rest.slice(0, second).some((t) => boundary.test(t.text))) return undefined;

  // The answer is the whole fronted adjunct's object: "In 2020, X voted…" → "In which year did X vote…?"
  if (adjunct.length && b <= adjunct.length) {
    // "In Germany in 1923, prices doubled …": two phrases fronted; ask one, the other goes last.
    // Only two place/time phrases ("In Germany in 1923"): "With Britain at war" is no pair of them.
    const second = adjunct.findIndex((t, k) => k > 1 && PREP.test(t.text));
    const placeOrTime = (phrase: Tok[]) => /^(in|on|at|during|near)$/i.test(phrase[0].text) && phrase.slice(1).some((t) => /^[\p{Lu}\p{N}]/u.test(t.text));
    if (second > 0 && !possessive && placeOrTime(adjunct.slice(0, second)) && placeOrTime(adjunct.slice(second)) && ((a === 1 && b === second) || (a === second + 1 && b === adjunct.length))) {
      const [asked, kept] = a === 1 ? [adjunct.slice(0, second), adjunct.slice(second)] : [adjunct.slice(second), adjunct.slice(0, second)];
      const wh = whAfterPrep(asked[0].text, fact);
      const inv = invert(clause, infinitive);
      if (!wh || !inv || kept.some((t) => t.text === ",")) return undefined;
      const moved = [{ ...kept[0], text: kept[0].text.toLowerCase() }, ...kept.slice(1)];
      return { prompt: finish(join(wh, inv.aux, subjectText(subject), render(inv.after), render(trimRest(rest, SHORT_ENOUGH - subject.length - 3)), render(moved))), form: "adjunct" };
    }
    // "Under the Treaty of Stralsund, …" → "Under which treaty …?": the name's "the" goes with it.
    const theName = a === 2 && /^the$/i.test(adjunct[1].text) && !!kindHead(fact.text);
    // "In the summer of 1958 Jack Kilby worked alone" → "In the summer of which year did …?"
    const partOfYear = fact.type === "year" && a >= 3 && b === adjunct.length && !possessive && /^of$/i.test(adjunct[a - 1].text) && /^the$/i.test(adjunct[1].text) &&
      adjunct.slice(2, a - 1).every((t) => PART_OF_YEAR.test(t.text) || /^(early|late)$/i.test(t.text));
    if (partOfYear && a - 1 > 2) {
      const inv = invert(clause, infinitive);
      if (!inv) return undefined;
      return { prompt: finish(join(render(adjunct.slice(0, a)), "which year", inv.aux, subjectText(subject), render(inv.after), render(trimRest(rest, SHORT_ENOUGH - subject.length - 3)))), form: "adjunct" };
    }
    if ((a !== 1 && !theName) || b !== adjunct.length || possessive) return undefined;
    const wh = whAfterPrep(adjunct[0].text, fact);
    const inv = invert(clause, infinitive);
    const kept = trimRest(rest, SHORT_ENOUGH - subject.length - 3);
    if (!wh || !inv || secondVerbPhrase(kept, group)) return undefined;
    return { prompt: finish(join(wh, inv.aux, subjectText(subject), render(inv.after), render(kept))), form: "adjunct" };
  }
  const sa = a - base;
  const sb = b - base;
  // Existential: "There are approximately 2,500 US troops stationed in Iraq."
  if (/^there$/i.test(subject.map((t) => t.text).join(" ")) && (fact.type === "count" || fact.type === "quantity") && fact.unit && sa >= restStart - base) {
    const ra = a - restStart;
    const lead = rest.slice(0, ra);
    if (!lead.every((t) => APPROX.test(t.text))) return undefined;
    const unitToks = fact.unit.split(" ").length;
    const after = rest.slice(b - restStart);
    if (render(after.slice(0, unitToks)) !== fact.unit) return undefined;
    const how = lead.length ? "about how many" : "how many";
    // "There were two kinds of X.25 networks." → "How many kinds of X.25 networks were there?": with
    // nothing after the counted noun but its "of" phrase, the question keeps "there".
    const more = after.slice(unitToks);
    if (!more.length || (/^of$/i.test(more[0].text) && more.length <= 6 && !more.some((t) => t.text === "," || isAux(t) || /^(that|which|who|and|or)$/i.test(t.text)))) {
      return { prompt: finish(join(how, fact.unit, render(more), render(group), "there", tail(clause, []))), form: "there" };
    }
    return { prompt: finish(join(how, fact.unit, render(group), render(more), tail(clause, []))), form: "there" };
  }

  // The answer in the subject.
  if (sa >= 0 && sb <= subject.length) {
    // "Lovell never flew in space again": who never did a thing is seldom one person.
    if ([...subject.slice(sb), ...group].some((t) => /^never$/i.test(t.text))) return undefined;
    const pre = subject.slice(0, sa);
    // ("The microbiologist Maurice Hilleman later produced …" → "Which microbiologist later produced …?")
    const adverb = subject.length - sb === 1 && SUBJECT_ADVERB.test(subject[sb].text) ? subject.slice(sb) : [];
    const post = subject.slice(sb, subject.length - adverb.length);
    // "An estimated 22,000 people died" → "About how many people died?": "an" only before "estimated".
    // ("Only nine towns sent delegates" → "How many towns sent delegates?": "only" weighs, asks nothing.)
    const preOk = pre.every((t, k) => /^the$/i.test(t.text) || ((fact.type === "count" || fact.type === "quantity") && (APPROX.test(t.text) || (k === 0 && /^only$/i.test(t.text) && pre.length === 1) || (/^an$/i.test(t.text) && /^estimated$/i.test(pre[k + 1]?.text ?? "")))));
    // "Marco Polo was a Venetian merchant who set out in 1271 …" → "Which Venetian merchant set out in
    // 1271 …?": what singles the person out is the relative clause, asked with the description as the
    // wh-phrase ("Who was a Venetian merchant …?" reads as a riddle).
    if (!pre.length && !post.length && !possessive && group.length === 1 && /^(is|was)$/i.test(group[0].text) && ["person", "organization", "place", "facility", "name"].includes(fact.type) && /^(a|an)$/i.test(rest[0]?.text ?? "")) {
      // ("Muhammad bin Tughluq was a sultan famous for his generosity …" → "Which sultan was famous for …?")
      const fame = rest.findIndex((t, k) => k >= 2 && /^(famous|known|noted|notorious|renowned|celebrated)$/i.test(t.text) && /^(for|as)$/i.test(rest[k + 1]?.text ?? ""));
      const famed = fame > 0 ? rest.slice(1, fame) : [];
      if (famed.length >= 1 && famed.length <= 3 && famed.every((t) => /^[\p{L}-]+$/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Demonym")) && !t.tags.has("Verb")) && /^\p{Ll}+$/u.test(famed[famed.length - 1].text) && famed[famed.length - 1].tags.has("Noun") && !rest.slice(fame).some((t) => t.text === ",")) {
        return { prompt: finish(join(`which ${render(famed)}`, group[0].text.toLowerCase(), tail(clause, trimRest(rest.slice(fame), SHORT_ENOUGH - famed.length - 2)))), form: "subject" };
      }
      // (A thing's "that"/"which" too: "Hollin Beck was a small stream that runs past the quarry" →
      // "Which small stream runs past the quarry …?".)
      const rel = rest.findIndex((t, k) => k >= 2 && (fact.type === "person" ? /^(who|that)$/i : /^(that|which)$/i).test(t.text));
      const desc = rel > 0 ? rest.slice(1, rel) : [];
      const describes = desc.length >= 1 && desc.length <= 3 && desc.every((t) => /^[\p{L}-]+$/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Demonym")) && !t.tags.has("Verb") && !t.tags.has("Possessive")) &&
        /^\p{Ll}+$/u.test(desc[desc.length - 1].text) && desc[desc.length - 1].tags.has("Noun");
      const act = rel > 0 ? rest.slice(rel + 1) : [];
      if (describes && act.length >= 2 && isFiniteVerb(act, 0) && !act.some((t, k) => t.text === "," || (/^(and|but)$/i.test(t.text) && isFiniteVerb(act, k + 1)))) {
        return { prompt: finish(join(`which ${render(desc)}`, tail(clause, trimRest(act, SHORT_ENOUGH - desc.length - 1)))), form: "subject" };
      }
    }
    let wh: string | undefined;
    // "The Swedish group ABBA won …" → "Which Swedish group won …?": the descriptor becomes the wh-phrase.
    // ("The Chinese astronomer and inventor Zhang Heng built …": two roles joined by "and".)
    const joined = pre.filter((t, k) => /^and$/i.test(t.text) && k >= 2 && k < pre.length - 1).length;
    const described = !preOk && /^the$/i.test(pre[0]?.text ?? "") && pre.length >= 2 && pre.length <= 4 + 2 * joined && joined <= 1 && !post.length && !possessive &&
      ["person", "organization", "name", "facility", "event"].includes(fact.type) &&
      pre.slice(1).every((t, k) => (joined > 0 && /^and$/i.test(t.text) && k >= 1 && k < pre.length - 2) || (/^[\p{L}-]+$/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Possessive") && !t.tags.has("Verb"))) &&
      /^\p{Ll}/u.test(pre[pre.length - 1].text) && pre[pre.length - 1].tags.has("Noun");
    // "In 1598 Queen Elizabeth I expelled …" → "Which queen expelled …?": an office written as a title.
    const titled = !preOk && !described && pre.length >= 1 && pre.length <= 2 && !post.length && !possessive && fact.type === "person" &&
      TITLE_OFFICE.test(render(pre));
    // "Professor Kasia Brennan studies insect behaviour …" → "Who studies …?": a courtesy or rank
    // title before a person's name says nothing of what they did.
    const courtesy = !preOk && !described && !titled && pre.length === 1 && !post.length && !possessive && fact.type === "person" && COURTESY_TITLE.test(pre[0].text);
    // ("The Englishman Henry Wickham had shipped …" → "Which Englishman had shipped …?")
    const national = !preOk && !described && !titled && !courtesy && pre.length === 2 && /^the$/i.test(pre[0].text) && NATIONAL_NOUN.test(pre[1].text) && !post.length && !possessive && fact.type === "person";
    // ("In the 1680s a man named Edward Lloyd ran …" → "Who ran …?"; "An officer named … recognised …" → "Which officer …?")
    const namedOne = !preOk && !described && !titled && !courtesy && !national && pre.length === 3 && /^(a|an)$/i.test(pre[0].text) && /^\p{Ll}+$/u.test(pre[1].text) && pre[1].tags.has("Noun") && /^(named|called)$/i.test(pre[2].text) && !post.length && !possessive && fact.type === "person";
    // ("Referee Paula Winter showed …", "winger Lewis Okafor finished …" → "Which referee …?")
    // ("Council leader Priya Nair said …", "flight director Gene Kranz" → "Which council leader …?": a role with what it leads.)
    const role = !preOk && !described && !titled && !courtesy && !national && !namedOne && !post.length && !possessive && fact.type === "person" &&
      ((pre.length === 1 && ROLE_TITLE.test(pre[0].text)) || (pre.length === 2 && /^\p{L}+$/u.test(pre[0].text) && (/^\p{Ll}/u.test(pre[0].text) || (!adjunct.length && ROLE_FIELD.test(pre[0].text))) && pre[0].tags.has("Noun") && !pre[0].tags.has("Person") && !pre[0].tags.has("ProperNoun") && LEADING_ROLE.test(pre[1].text)));
    // ("Denver linebacker Von Miller was named …", "Academy Award winner Marlee Matlin provided …" →
    // "Which Denver linebacker …?": a team's, or an honour's, name before a calling; the names keep their capitals.)
    const namedRole = !preOk && !described && !titled && !courtesy && !national && !namedOne && !role && !post.length && !possessive && fact.type === "person" &&
      pre.length >= 2 && pre.length <= 3 && pre.slice(0, -1).every((t) => /^\p{Lu}[\p{L}-]*$/u.test(t.text) && !t.tags.has("Person")) &&
      (ROLE_TITLE.test(pre[pre.length - 1].text) || /^(?:winner|nominee|laureate|champion|medallist|medalist)$/.test(pre[pre.length - 1].text));
    if (described || national) wh = `which ${render(pre.slice(1))}`;
    else if (namedRole) wh = `which ${render(pre)}`;
    else if (titled || role) wh = `which ${render(pre).toLowerCase()}`;
    else if (namedOne) wh = /^(man|woman|person|boy|girl)$/i.test(pre[1].text) ? "who" : `which ${pre[1].text}`;
    else if (courtesy) wh = "who";
    else if (!preOk) return undefined;
    if (wh) {
      // the descriptor already names the kind of answer
    } else if ((fact.type === "count" || fact.type === "quantity") && fact.unit && render(post) === fact.unit) {
      wh = `${pre.some((t) => APPROX.test(t.text)) ? "about how many" : "how many"} ${fact.unit}`;
    } else if (fact.type === "percent" && post.length >= 2 && /^of$/i.test(post[0].text) && !possessive && !post.some((t) => t.text === ",")) {
      // "Roughly a third of the population depended …" → "What fraction of the population depended …?"
      wh = `what ${shareKind(fact.text)} ${render(post)}`;
    } else if (possessive && post.length) {
      const w = whOf(fact, false);
      if (!w || w === "what" || w === "who") {
        // "Whose plan prevailed?" leans on the sentence before: two people had plans.
        return undefined;
      } else wh = `${w}’s ${render(post)}`;
    } else if (!post.length && !possessive && ((fact.type !== "term" && fact.type !== "name") || kindHead(fact.text))) {
      // "What infected eight mice? — team": a common noun as subject is no fact to ask for.
      wh = whOf(fact, false);
      // "Kelso Town beat Ayr United": a place that wins or loses is a team named after it.
      // So is one that wears, plays, scores or practises ("Denver wore blue jerseys").
      if (wh === "which place" && /^(beat|defeated|drew|lost|won|edged|thrashed|wore|wears|played|plays|scored|scores|practiced|practised|trailed|led|kicked|punted|fumbled|signed|drafted|finished|reached|clinched|advanced|took|received|forced|recovered|intercepted|converted|committed|sacked)$/i.test(group[group.length - 1]?.text ?? "")) wh = undefined;
    } else if (!post.length && !possessive && fact.type === "name" && !pre.length && group.length === 1 && /^(is|was)$/i.test(group[0].text) && rest.length === 2 && /^\p{Lu}\p{Ll}+[’']s$/u.test(rest[0].text) && rest[1].tags.has("Noun") && /^\p{Ll}+$/u.test(rest[1].text)) {
      // "Tray was Mary's dog" → "What was the name of Mary's dog?" ("What was Mary's dog?" asks what kind).
      return { prompt: finish(join("what", group[0].text, "the name of", render(rest))), form: "subject" };
    } else if (!post.length && !possessive && (fact.type === "term" || fact.type === "name") && definiteComplement(clause)) {
      // "Fenline Buses is the regional bus operator", "The condenser is the grid of thin pipes …":
      // the thing the description picks out is the answer ("What is the regional bus operator?").
      // (A description of someone — "the de facto leader", "the clear favourites" — asks who.)
      const head = clause.rest.filter((t) => t.tags.has("Noun")).find((t, k, nouns) => k === nouns.length - 1 || /^of$/i.test(clause.rest[clause.rest.indexOf(t) + 1]?.text ?? ""));
      wh = PERSON_DESCRIPTION.test(head?.text ?? "") ? "who" : "what";
    }
    if (!wh) return undefined;
    // "Northline Rail Partners are the consortium …" → "Which organization is …?": the verb agrees with the wh-phrase.
    const singular = /^which\b/.test(wh) && !/s$/.test(wh) && SINGULAR_OF[group[0]?.text.toLowerCase() ?? ""];
    const verb = singular ? [{ ...group[0], text: singular }, ...group.slice(1)] : group;
    return { prompt: finish(join(wh, render(adverb), render(verb), tail(clause, trimRest(rest, SHORT_ENOUGH - group.length - 2)))), form: possessive ? "possessive" : "subject" };
  }

  // The answer in the predicate.
  if (a < restStart || possessive) return undefined;
  // "in 1361–62": the year is half of a range; asked alone it leaves "–62" behind.
  if (/^[–—-]/.test(toks[b]?.text ?? "") && toks[b].from === toks[b - 1]?.end) return undefined;
  // "grown from about 9,000 in 2011 to more than 24,000": the year dates the start of a change, not the change.
  if (/^to$/i.test(toks[b]?.text ?? "") && rest.slice(0, a - restStart).some((t) => /^from$/i.test(t.text))) return undefined;
  const agent = agentQuestion(clause, a - restStart, b - restStart, fact);
  if (agent) return agent;
  const ra = a - restStart;
  const rb = b - restStart;
  // "reached Mecca in the autumn of 1326" → "In the autumn of which year did Ibn Battuta reach Mecca?":
  // a part of a year closing the clause, asked as the fronted one is.
  if (fact.type === "year" && ra >= 4 && rb === rest.length && !subject.some((t) => /^to$/i.test(t.text)) && /^of$/i.test(rest[ra - 1].text) && PART_OF_YEAR.test(rest[ra - 2].text) && /^the$/i.test(rest[ra - 3].text) && /^(in|by|during)$/i.test(rest[ra - 4].text)) {
    const between = rest.slice(0, ra - 4);
    if (between.some((t, k) => CLAUSE_BREAK.test(t.text) || /^(and|but|or)$/i.test(t.text) || isFiniteVerb(between, k))) return undefined;
    const inv = invert(clause, infinitive);
    if (!inv || secondVerbPhrase(between, group)) return undefined;
    return { prompt: finish(join(render(rest.slice(ra - 4, ra)).toLowerCase(), "which year", inv.aux, subjectText(subject), render(inv.after), tail(clause, between))), form: "adjunct" };
  }
  let from = ra;
  if (from > 0 && /^the$/i.test(rest[from - 1].text)) from--;
  const approx = (fact.type === "count" || fact.type === "quantity") && from > 0 && APPROX.test(rest[from - 1].text);
  if (approx) from--;
  // "ran for only six weeks", "began with just 12 companies" → "For how many weeks …?": a focusing
  // word between a preposition and its number weighs the number, asks nothing.
  else if ((fact.type === "count" || fact.type === "quantity" || fact.type === "money") && from > 1 && /^(only|just)$/i.test(rest[from - 1].text) && PREP.test(rest[from - 2].text)) from--;
  // "flows … for about 6,650 kilometres" → "How many kilometres does … flow …?"
  if ((fact.type === "count" || fact.type === "quantity") && fact.unit && MEASURE_UNIT.test(fact.unit) && from > 0 && /^(for|over)$/i.test(rest[from - 1].text)) {
    const unitToks = fact.unit.split(" ").length;
    // Not after an object with a number of its own ("completed 18 of 41 passes for 265 yards"), nor
    // before a comma's aside: "How many yards did Newton complete 18 of 41 passes?" asks nothing.
    const counted = rest.slice(0, from - 1).some((t) => t.tags.has("Value") || /\d/.test(t.text));
    if (render(rest.slice(rb, rb + unitToks)) === fact.unit && !counted && rest[rb + unitToks]?.text !== "," && !/^(and|or)$/i.test(rest[rb + unitToks]?.text ?? "") && !rest.slice(0, from - 1).some((t) => t.tags.has("Verb") || t.text === ",")) {
      const inv = invert(clause, infinitive);
      if (!inv) return undefined;
      const remaining = trimRest([...rest.slice(0, from - 1), ...rest.slice(rb + unitToks)], SHORT_ENOUGH - subject.length - 3);
      return { prompt: finish(join(`${approx ? "about how many" : "how many"} ${fact.unit}`, inv.aux, subjectText(subject), render(inv.after), tail(clause, remaining))), form: "object" };
    }
  }
  // "leaves Lake Victoria near the Ugandan town of Jinja" → "Near which Ugandan town does …?": the
  // descriptor names the kind of place; asked only where the phrase closes the clause.
  const kindOfPlace = placeDescriptor(rest, from, fact);
  if (kindOfPlace && rb === rest.length && !possessive) {
    const between = rest.slice(0, kindOfPlace.at);
    if (between.some((t) => CLAUSE_BREAK.test(t.text))) return undefined;
    const prompt = closingPlaceQuestion(clause, between, kindOfPlace.wh, infinitive);
    return prompt ? { prompt, form: "adjunct" } : undefined;
  }
  // "sent on Mensah": a phrasal verb's particle is no preposition to front ("On whom did …").
  const prep = from > 0 && PREP.test(rest[from - 1].text) && !(rest[from - 1].tags.has("Particle") && /^(on|off|up|out|down|over|back|away)$/i.test(rest[from - 1].text)) ? rest[from - 1].text : undefined;
  let wh: string | undefined;
  let to = rb;
  let measured = false;
  let identity = false;
  const unitToks = fact.unit ? fact.unit.split(" ").length : 0;
  // ("for two broad reasons" keeps its "for"; "for 6.4 kilometres" was asked above without it.)
  const keptPrep = !!prep && !/^(of|between|than)$/i.test(prep) && !(/^(for|over)$/i.test(prep) && MEASURE_UNIT.test(fact.unit ?? "")) &&
    // "shared by eleven countries" asks "How many countries share …", not "By how many …".
    !(/^by$/i.test(prep) && group.some((t) => /^(is|are|was|were|be|been|being)$/i.test(t.text)));
  if (prep && keptPrep && (fact.type === "count" || fact.type === "quantity") && fact.unit && render(rest.slice(rb, rb + unitToks)) === fact.unit) {
    // "hit the crossbar from 25 yards after six minutes" → "From how many yards did … hit the
    // crossbar after six minutes?": the phrase hangs on the verb when at most a short object stands
    // before it, and only a time or place phrase (or nothing) after it.
    from--;
    const between = rest.slice(0, from);
    const shortObject = between.length === 0 || (between.length <= 3 && /^(the|a|an|its|their|his|her)$/i.test(between[0].text) &&
      between.slice(1).every((t) => /^\p{Ll}/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Verb")));
    // After it, nothing or a time ("after six minutes"); a place phrase may be the counted noun's own
    // ("from eight glands on the underside of the abdomen").
    const next = rest[rb + unitToks];
    const timed = (k: number) => /^(after|before|during|in|within)$/i.test(rest[k]?.text ?? "") && rest.slice(k + 1, k + 3).some((t) => t.tags.has("Value") || t.tags.has("Date") || /^\d/.test(t.text));
    if (!shortObject || (next && !timed(rb + unitToks))) return undefined;
    // ("came on 76 minutes": a match's minute is no "On how many minutes …?")
    if (/^on$/i.test(prep) && /^minutes?$/i.test(fact.unit)) return undefined;
    wh = `${prep.toLowerCase()} ${approx ? "about how many" : "how many"} ${fact.unit}`;
    to = rb + unitToks;
  } else if (prep) {
    from--;
    const temporal = fact.type === "year" || fact.type === "date" || fact.type === "century";
    // "affected by the 1981 voluntary export restraints": a year after "the" names the thing, not a time.
    if (fact.type === "year" && ra > 0 && /^the$/i.test(rest[ra - 1].text)) return undefined;
    // A place or name must hang on the verb, not on a noun inside the object ("offensive in Gaza");
    // a time may follow the object, but not a second verb or clause ("who died in 1913").
    const between = rest.slice(0, from);
    // A time closing the statement may follow an object with "of" ("chairman of the Federal Reserve
    // in 1979"); a noun compromise also reads as a verb ("interest rates") is no second clause.
    const closing = temporal && rb === rest.length;
    // ("created the Securities and Exchange Commission in 1934": an "and" or "of" inside a name joins no clauses.)
    // ("shared the Nobel Prize in Physiology or Medicine in 1973": so does an "or".)
    const inName = (k: number) => /^(and|of|or)$/i.test(between[k].text) && /^\p{Lu}/u.test(between[k - 1]?.text ?? "") && /^\p{Lu}/u.test(between[k + 1]?.text ?? "");
    const sameClause = !between.some((t, k) =>
      (closing ? t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Plural") && isFiniteVerb(between, k) : t.tags.has("Verb")) ||
      ((closing ? /^(,|;|which|who|that|and|but|or|so|such|as|where|when)$/i : /^(,|;|which|who|that|and|but|or|so|such|as|where|when|of)$/i).test(t.text) && !inName(k)));
    // "moved the contest to Liverpool": a direction phrase after a short object hangs on the verb.
    const directed = !temporal && /^(to|into|onto|from)$/i.test(prep) && between.length >= 2 && between.length <= 3 && /^(the|a|an)$/i.test(between[0].text) &&
      between.slice(1).every((t) => /^\p{Ll}/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Verb"));
    // "studies insect behaviour at Northgate University": a body closing the clause after a short
    // object of common words is where it was done ("At which university does … study insect
    // behaviour?"). (Not a person: "For whom did Katherine Johnson calculate the trajectory?" was read
    // with John Glenn, whose flight's she checked too, as a second right answer.)
    const closingParty = rb === rest.length && between.length >= 1 && between.length <= 3 && ["organization", "facility"].includes(fact.type) && /^at$/i.test(prep) &&
      between.every((t, k) => (k === 0 && /^(the|a|an|his|her|its|their)$/i.test(t.text)) || (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Verb") && !t.tags.has("Preposition"))) &&
      between[between.length - 1].tags.has("Noun");
    // "targeted Soleimani … near Baghdad airport": a town's airport, port or station closing the
    // clause is where the action happened, whatever the object — asked whole with "Where …?".
    // "beat Ayr United 2–1 at Netherdale Park": a named venue (a park, stadium, hall, abbey …)
    // closing the clause is where it happened, asked the same way.
    const site = rest[rb];
    const named = rest.slice(ra, rb);
    const townFacility = SITE_PREP.test(prep) && SITE_TYPES.has(fact.type) && !!site && SITE_NOUN.test(site.text) && rb + 1 === rest.length;
    const venue = /^(at|in)$/i.test(prep) && VENUE_TYPES.has(fact.type) && named.length >= 2 && VENUE.test(named[named.length - 1].text) && /^\p{Lu}/u.test(named[0].text) && rb === rest.length;
    // ("learned of a plan to build a tower … in Uhuru Park": the place is the infinitive's, not where she learned.)
    const infinitiveBetween = between.some((t, k) => /^to$/i.test(t.text) && !!between[k + 1]?.tags.has("Verb") && !between[k + 1].tags.has("Noun"));
    if (!temporal && (townFacility || venue) && !between.some((t) => CLAUSE_BREAK.test(t.text)) && !infinitiveBetween) {
      const prompt = closingPlaceQuestion(clause, between, "where", infinitive);
      return prompt ? { prompt, form: "adjunct", site: { text: render(rest.slice(ra, townFacility ? rb + 1 : rb)), prep: prep.toLowerCase() } } : undefined;
    }
    // "Jack Kilby was a new engineer at Texas Instruments" → "At which organization was Jack Kilby a
    // new engineer?": after a copula, a short role and where it was held.
    // ("a professor of physics at the University of Pavia": the role may name its field with "of".)
    const roleOf = between.findIndex((t, k) => k >= 2 && /^of$/i.test(t.text));
    const roleWords = roleOf > 0 && between.length - roleOf >= 2 && between.length - roleOf <= 3 ? [...between.slice(1, roleOf), ...between.slice(roleOf + 1)] : between.slice(1);
    const role = !temporal && /^(at|in)$/i.test(prep) && /^(is|are|was|were)$/i.test(group[0]?.text ?? "") && group.length === 1 && between.length >= 2 && between.length <= (roleOf > 0 ? 6 : 4) &&
      /^(a|an)$/i.test(between[0].text) && roleWords.every((t) => /^\p{Ll}/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Verb")) &&
      between[between.length - 1].tags.has("Noun") && ["organization", "city", "country", "facility"].includes(fact.type);
    // ("followed to the Atlas Mountains in 1963 and to the Peruvian Andes in 1969": one of a pair of times.)
    if (temporal && /^(and|or)$/i.test(rest[rb]?.text ?? "") && (/^again$/i.test(rest[rb + 1]?.text ?? "") || !!rest[rb + 1]?.tags.has("Preposition") || /^[\p{Lu}\d]/u.test(rest[rb + 1]?.text ?? ""))) return undefined;
    // ("was born on 26 August 1918 in White Sulphur Springs": a date alone before the place.)
    const datedPlace = !temporal && between.length >= 2 && between.length <= 4 && /^(on|in)$/i.test(between[0].text) && /^\d{3,4}$/.test(between[between.length - 1].text) &&
      between.slice(1).every((t) => /^(\d{1,4}|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(t.text));
    const onVerb = from === 0 || (temporal && sameClause && between.length <= 8) || directed || role || datedPlace || closingParty;
    if (!onVerb) return undefined;
    const after = rest[rb];
    if (after && (after.text === "," && /^[\p{Lu}\p{N}]/u.test(rest[rb + 1]?.text ?? "") || /^(and|or)$/i.test(after.text) && (/^[\p{Lu}\p{N}]/u.test(rest[rb + 1]?.text ?? "") || rest[rb + 1]?.tags.has("Determiner")))) return undefined;
    // ("received the prize in 1952 or lectured in 1953": a second verb after the answer.)
    if (after && /^or$/i.test(after.text) && isFiniteVerb(rest, rb + 1)) return undefined;
    if (after && !temporal && /^\p{L}/u.test(after.text) && (after.tags.has("Noun") || after.tags.has("Adjective")) && !after.tags.has("Preposition") && !/^(and|or|to)$/i.test(after.text)) return undefined;
    wh = whAfterPrep(prep, fact);
    // ("enrolled at the Sorbonne": a name of no known kind after "at the" is where it happened — not a
    // bare one, "at Westminster", which may be a part of a place another sentence names.)
    if (!wh && /^at$/i.test(prep) && fact.type === "name" && !kindHead(fact.text) && /^the$/i.test(rest[ra - 1]?.text ?? "")) wh = "where";
    // ("origins go back to 1792": a year something goes back to is asked "To which year …?", not "Until".)
    if (wh === "until which year" && /^back$/i.test(rest[from - 1]?.text ?? "")) wh = "to which year";
  } else if (namedObject(rest, from, rb, group, fact)) {
    // "The East German government called the barrier the Anti-Fascist Protection Rampart" → "What did
    // the East German government call the barrier?": the name given to the object.
    wh = "what";
  } else if ((fact.type === "count" || fact.type === "quantity") && fact.unit && from > 0 && from <= 5 && /^ago$/i.test(rest[rb + unitToks]?.text ?? "") && render(rest.slice(rb, rb + unitToks)) === fact.unit &&
    /^(the|a|an|its|their|his|her|our|my|your)$/i.test(rest[0].text) && (rb + unitToks + 1 === rest.length || /^[.!?]$/.test(rest[rb + unitToks + 1].text)) &&
    !rest.slice(0, from).some((t, k) => /^[,;:]$/.test(t.text) || /^(and|or|but|that|which|who|than)$/i.test(t.text) || isFiniteVerb(rest, k))) {
    // "reached their greatest extent about 20,000 years ago" → "About how many years ago did the ice
    // sheets reach their greatest extent?": how long ago, after a short object.
    wh = `${approx ? "about how many" : "how many"} ${fact.unit} ago`;
    to = rb + unitToks + 1;
  } else if (from === 0 || infinitiveObject(rest, from, group) || particleObject(rest, from)) {
    if ((fact.type === "count" || fact.type === "quantity") && fact.unit) {
      const unitToks = fact.unit.split(" ").length;
      if (render(rest.slice(rb, rb + unitToks)) !== fact.unit) return undefined;
      wh = `${approx ? "about how many" : "how many"} ${fact.unit}`;
      to = rb + unitToks;
      // "is about 82 kilometres long", "lies 1,642 metres below the surface": the measure's own
      // word goes with it ("How many kilometres long is …?").
      const dimension = measureWords(rest, to);
      if (dimension) {
        measured = true;
        wh = join(wh, render(rest.slice(to, dimension)));
        to = dimension;
      } else if (/^of$/i.test(rest[to]?.text ?? "")) {
        // "describe three kinds of plate boundary" → "How many kinds of plate boundary do geologists
        // describe?": the counted noun's "of" phrase (a few nouns, no verb) goes with it.
        let end = to + 1;
        while (end < rest.length && end <= to + 4 && /^\p{Ll}[\p{L}-]*$/u.test(rest[end].text) && (rest[end].tags.has("Noun") || rest[end].tags.has("Adjective")) && !(rest[end].tags.has("Verb") && !rest[end].tags.has("Noun")) && !rest[end].tags.has("Preposition")) end++;
        const stop = rest[end];
        if (end > to + 1 && rest[end - 1].tags.has("Noun") && (!stop || /^[;.]$/.test(stop.text) || stop.tags.has("Preposition"))) {
          wh = join(wh, render(rest.slice(to, end)));
          to = end;
        }
      }
    } else if (fact.type === "count" && !fact.unit && /^(is|are|was|were)$/i.test(group[0]?.text ?? "") && group.length === 1 && rb === rest.length &&
      COUNTED_NOUN.test(subject[subject.length - 1]?.text ?? "")) {
      // "The official death toll was 36,417" → "What was the official death toll?"
      wh = "what";
      identity = true;
    } else if (fact.type === "percent" && /^of$/i.test(rest[rb]?.text ?? "")) {
      // "cover a tenth of the Earth's land surface" → "What fraction of the Earth's land surface do …
      // cover?": the share and what it is of, up to a preposition or the clause's end.
      let end = rb + 1;
      while (end < rest.length && end <= rb + 6 && /^[\p{L}\d’'-]+$/u.test(rest[end].text) && ["Determiner", "Adjective", "Noun", "Value"].some((tag) => rest[end].tags.has(tag)) &&
        !rest[end].tags.has("Preposition") && !(rest[end].tags.has("Verb") && !rest[end].tags.has("Noun")) && !/^(and|or|but|that|which|who)$/i.test(rest[end].text)) end++;
      if (end === rb + 1 || !rest[end - 1].tags.has("Noun")) return undefined;
      wh = `what ${shareKind(fact.text)} ${render(rest.slice(rb, end))}`;
      to = end;
    } else if (fact.type === "money") {
      wh = "how much";
      if (fact.unit && render(rest.slice(rb, rb + fact.unit.split(" ").length)) === fact.unit) to = rb + fact.unit.split(" ").length;
    } else if (fact.type !== "year" && fact.type !== "date" && fact.type !== "percent") {
      // "What was Lys Assia? — winner": a common noun after "is/was" is no fact to ask for.
      if ((fact.type === "term" || fact.type === "event") && (isAux(group[0]) || /^(become|became|becomes|remain|remained|remains|seem|seemed)$/i.test(group[group.length - 1].text))) return undefined;
      wh = whOf(fact, true);
      // "The largest of the lake's 27 islands is Olkhon" → "What is the largest of …?": the
      // subject is a description the name answers (a person: "Who was …", never "Whom was …").
      // ("The most notorious were the Victual Brothers" describes by an adjective alone: not asked.)
      const plural = /^(are|were)$/i.test(group[0].text);
      // "The place with the most lightning is Lake Maracaibo in Venezuela": the place after the name
      // is the name's, not the question's ("… in the world in Venezuela?").
      if (/^(is|are|was|were)$/i.test(group[0].text) && group.length === 1 && /^(in|on)$/i.test(rest[rb]?.text ?? "") && rest.length - rb >= 2 && rest.length - rb <= 4 && rest.slice(rb + 1).every((t) => /^\p{Lu}/u.test(t.text))) to = rest.length;
      if (wh && to === rest.length && /^(is|are|was|were)$/i.test(group[0].text) && group.length === 1 && /^the$/i.test(subject[0]?.text ?? "") && subject.length >= 2 &&
        /^\p{Lu}/u.test(rest[ra]?.text ?? "") && subject[subject.length - 1].tags.has("Noun") && !subject[subject.length - 1].tags.has("Adjective") && (!plural || /^(who|whom|what)$/.test(wh))) {
        identity = true;
        if (wh === "whom") wh = "who";
      }
    }
    if (rest[to]?.text === "," && /^\p{Lu}/u.test(rest[to + 1]?.text ?? "")) return undefined;
    // ("counted at least 140 people who were killed …": the relative clause is the counted noun's.)
    if (/^(who|whom|whose|which|that)$/i.test(rest[to]?.text ?? "")) return undefined;
    // ("was more than 2,500 miles long, far too much for …": an aside about the measure goes with it.)
    if (measured && rest[to]?.text === ",") to = rest.length;
    // "reached Fez, the capital of …", "saw Timbuktu, then a modest town": the answer's own description
    // would follow the verb; "told the Courier that …": what was told would.
    if (((rest[to]?.text === "," && /^(the|a|an|then|now|once|formerly|still)$/i.test(rest[to + 1]?.text ?? "")) || /^that$/i.test(rest[to]?.text ?? ""))) return undefined;
    // "married Mwangi Mathai, who later entered politics": the relative clause is the answer's; asked
    // without it, "who …" would follow the verb.
    if (rest[to]?.text === "," && /^(who|whom|whose|which)$/i.test(rest[to + 1]?.text ?? "")) return undefined;
    // "protects 2,300 homes and 250 businesses", "combined languages and traditions": the answer is
    // one member of a list ("include the San Jacinto Fault, the Puente Hills Fault, and …" too).
    if (/^(and|or)$/i.test(rest[to]?.text ?? "") || (measured && /^but$/i.test(rest[to]?.text ?? ""))) return undefined;
    if (rest[to]?.text === "," && rest.slice(to + 1).some((t) => /^(and|or)$/i.test(t.text)) && !rest.slice(to + 1).some((_, k) => isFiniteVerb(rest, to + 1 + k))) return undefined;
    // ("struck Florence in the spring and Paris in the summer": pairs of a name and its phrase.)
    const pairEnd = /^(in|on|at|during|by)$/i.test(rest[to]?.text ?? "") ? rest.findIndex((t, k) => k > to + 1 && k <= to + 4 && /^(and|or)$/i.test(t.text)) : -1;
    if (pairEnd > 0 && /^[\p{Lu}\d]/u.test(rest[pairEnd + 1]?.text ?? "") && !rest.slice(to, pairEnd).some((t) => t.text === ",") && /^(in|on|at|during|by)$/i.test(rest[pairEnd + 2]?.text ?? "")) return undefined;
    // An object that continues ("US strikes", "the departure of US forces"): only a modifier would be asked.
    const next = rest[to];
    // "gave the Broncos a new set of downs": the answer is the first of two objects.
    if (next && /^(a|an)$/i.test(next.text) && (fact.type === "organization" || fact.type === "person" || fact.type === "country" || fact.type === "name")) return undefined;
    if (next && (/^(of|’s|'s)$/i.test(next.text) || (/^\p{L}/u.test(next.text) && !next.tags.has("Preposition") && !next.tags.has("Conjunction") && !next.tags.has("Determiner") && !next.tags.has("Adverb") && !/^(to|and|or|as|in|on|at|for|from|with|by)$/i.test(next.text)))) return undefined;
  }
  if (!wh) return undefined;
  const inv = invert(clause, infinitive);
  if (!inv) return undefined;
  // "played on _____, at Levi's Stadium …": with the answer gone, its closing comma goes too.
  const after = from === 0 && rest[to]?.text === "," ? to + 1 : to;
  // "finished only in 1864" → "In which year was … finished?": a focusing word leaves with its phrase.
  const focus = from > 0 && /^(only|just|even|exactly|precisely)$/i.test(rest[from - 1].text) ? 1 : 0;
  const remaining = trimRest([...rest.slice(0, from - focus), ...rest.slice(after)], SHORT_ENOUGH - subject.length - 3);
  if (secondVerbPhrase(remaining, group)) return undefined;
  // Nothing left to ask about beyond "What did X do?" reads as a riddle.
  // A measure with its dimension ("How many kilometres long is the canal?") asks enough.
  if (!remaining.length && !inv.after.length && /^(is|are|was|were)$/.test(inv.aux) && !identity && !(measured && fact.unit && DIMENSION.test(wh.split(" ").pop() ?? ""))) return undefined;
  return { prompt: finish(join(wh, inv.aux, subjectText(subject), render(inv.after), tail(clause, remaining))), form: prep ? "adjunct" : "object" };
}

const SHARE_APPROX = /^(about|around|roughly|some|nearly|almost|perhaps|approximately)$/i;

/** "95%", "30 per cent" are asked "what percentage"; "a third", "two-thirds" "what fraction". */
function shareKind(answer: string | undefined): string {
  return /%|\bper ?cent\b|\bpercent\b/i.test(answer ?? "") ? "percentage" : "fraction";
}

/** The answer closes the clause as the name a naming verb gives its short object ("named the venture the …"). */
function namedObject(rest: Tok[], from: number, rb: number, group: Tok[], fact: AnswerFact): boolean {
  const between = rest.slice(0, from);
  return group.length === 1 && /^(named|called|dubbed|nicknamed|renamed|christened)$/i.test(group[0].text) && ["name", "term", "place", "city", "event", "organization"].includes(fact.type) &&
    rb === rest.length && between.length >= 2 && between.length <= 6 && /^(the|a|an|its|their|his|her)$/i.test(between[0].text) && !/^(of|in|at|from)$/i.test(between[between.length - 1].text) &&
    !between.some((t, k) => /^[,;:]$/.test(t.text) || /^(and|or|but|that|which|who)$/i.test(t.text) || isFiniteVerb(between, k));
}

/**
 * "has agreed to pay £150 million through …" → "How much has … agreed to pay through …?": the answer
 * is the object of an infinitive that completes the verb, asked as the verb's own object would be.
 */
function infinitiveObject(rest: Tok[], from: number, group: Tok[]): boolean {
  const verb = group[group.length - 1];
  // (Not with a second infinitive, "promised to plant … and to build …", nor "too": "need to watch inflation too".)
  return from === 2 && /^to$/i.test(rest[0].text) && !!rest[1].tags.has("Verb") && !rest[1].tags.has("Noun") && /^\p{Ll}+$/u.test(rest[1].text) &&
    !!verb && !isAux(verb) && TO_COMPLEMENT.test(verb.text) && !rest.some((t, k) => /^(and|or)$/i.test(t.text) && /^to$/i.test(rest[k + 1]?.text ?? "")) && !rest.some((t) => /^too$/i.test(t.text));
}

/** "lent out 2,150 books", "sent on Mensah": the object after a phrasal verb's particle (which stays with the verb). */
function particleObject(rest: Tok[], from: number): boolean {
  const particle = rest[0];
  return from === 1 && /^(on|off|up|out|down|over|back|away)$/i.test(particle.text) && (particle.tags.has("Particle") || /^(out|up|down|off|away|back)$/i.test(particle.text));
}

/**
 * Where a closing "with" phrase or participle starts (its comma's index in `rest`): "The whole line
 * opened in 1841, with its London terminus later rebuilt …", "…, making it the longest …" — it adds
 * to the clause, and a question can go without it; 0 when none.
 */
function closingAddition(rest: Tok[]): number {
  // (Or a past participle with its phrase: "…, first sold in 1902", "…, pushed by President Theodore Roosevelt".)
  const participle = (i: number) => {
    const j = /^(first|later|originally|once|then|since|now)$/i.test(rest[i]?.text ?? "") ? i + 1 : i;
    return /^\p{Ll}{3,}(?:ed|en|wn|lt|nt|ld)$/u.test(rest[j]?.text ?? "") && !!rest[j].tags.has("Verb") && !rest[j].tags.has("Noun") && /^(by|in|on|at|to|from|for|with|as|after|during|under)$/i.test(rest[j + 1]?.text ?? "");
  };
  const at = rest.findIndex((t, i) => i >= 2 && t.text === "," && (/^with$/i.test(rest[i + 1]?.text ?? "") || (/^\p{Ll}+ing$/u.test(rest[i + 1]?.text ?? "") && !!rest[i + 1].tags.has("Gerund")) || participle(i + 1)));
  return at > 0 && rest.length - at >= 3 && !rest.slice(0, at).some((t) => t.text === "," || t.text === ";") ? at : 0;
}

const REPORTED = /^(said|says|say|told|tells|announced|stated|added|argued|wrote|writes|warned|noted|explained|claimed|insisted|declared|reported|confirmed|believed|believes|thought|thinks|knew|agreed|decided)$/i;
const APPOSITIVE_OPENER = /^(a|an|the|home|then|now|once|later|near)$/i;
const RELATIVE_WORD = /^(who|whom|whose|which|that|than|where|when|as)$/i;

/**
 * Where a description of the name before it starts (its comma's index in `rest`), when it runs to
 * the statement's end with no verb of its own outside a relative clause ("…, a battleship with ten
 * 12-inch guns", "…, a kind nobleman ten years older than she was"); 0 when none.
 */
function closingAppositive(rest: Tok[]): number {
  let end = rest.length;
  while (end > 0 && /^[.!?]$/.test(rest[end - 1].text)) end--;

  // (After a name only: "provided £3.1 million, the largest single grant it has made" says what the
  // money was, and a question without it — the first reading found — no longer says what it was for.)
  const k = rest.findIndex((t, i) => i >= 1 && t.text === "," && /^\p{Lu}/u.test(rest[i - 1].text) && APPOSITIVE_OPENER.test(rest[i + 1]?.text ?? ""));
  if (k < 1 || end - k < 3) return 0;
  const tail = rest.slice(k + 1, end);
  const relative = tail.findIndex((t) => RELATIVE_WORD.test(t.text));
  const own = relative >= 0 ? tail.slice(0, relative) : tail;
  // ("the largest single grant it has made": a relative clause without "that" opens on its pronoun.)
  // ("…, an industry body set up to improve the way Britain used its coal": a verb straight after a
  // noun of the description is a reduced relative clause's, unless it reports — "…, the council said".)
  const reduced = (i: number) => /^(it|they|he|she|we|you|i)$/i.test(own[i - 1]?.text ?? "") || /^(it|they|he|she|we|you|i)$/i.test(own[i - 2]?.text ?? "") && isAux(own[i - 1]) ||
    (i >= 2 && !isAux(own[i]) && !!own[i - 1]?.tags.has("Noun") && !own[i - 1].tags.has("Pronoun") && !REPORTED.test(own[i].text));
  if (own.some((t, i) => t.text === "," || t.text === ";" || /^but$/i.test(t.text) || (i > 0 && isFiniteVerb(own, i) && !reduced(i)) || (isAux(t) && !reduced(i)))) return 0;
  return k;
}

/** How many tokens of a name follow "was born" ("born Augusta Ada Byron on …"); 0 when none. */
function bornAs(group: Tok[], rest: Tok[]): number {
  if (!/^born$/i.test(group[group.length - 1]?.text ?? "") || !/^\p{Lu}/u.test(rest[0]?.text ?? "")) return 0;
  let n = 0;
  while (n < rest.length && /^\p{Lu}[\p{L}’'.-]*$/u.test(rest[n].text) && !rest[n].tags.has("Date")) n++;
  const next = rest[n];
  return n >= 2 && n <= 5 && (!next || next.text === "," || /^(on|in|at|near|into|to)$/i.test(next.text)) ? n : 0;
}

const PART_OF_YEAR = /^(spring|summer|autumn|fall|winter|start|end|beginning|middle)$/i;
const TIME_NOUN = /^(spring|summer|autumn|fall|winter|year|month|week|day|morning|evening|night|weekend|season|term)$/i;
const CLAUSE_BREAK = /^(,|;|:|which|who|whom|that|where|when|while)$/i;

/**
 * "Telenet was incorporated in 1973 and started operations in 1975": a second verb phrase after
 * "and" that the inverted question would keep ("In which year was Telenet incorporated and started
 * operations …?"). After "was", a participle with no object of its own shares it ("was knocked down …
 * and killed").
 */
function secondVerbPhrase(kept: Tok[], group: Tok[]): boolean {
  const be = group.some((t) => /^(is|are|was|were|be|been)$/i.test(t.text));
  // ("was knighted in 1866 and later became Lord Kelvin": an adverb may stand between.)
  kept = kept.filter((t, k) => !(/^(later|then|also|soon|eventually|finally)$/i.test(t.text) && /^(and|but)$/i.test(kept[k - 1]?.text ?? "")));
  return kept.some((t, k) => /^(and|but)$/i.test(t.text) && !!kept[k + 1]?.tags.has("Verb") && !kept[k + 1].tags.has("Noun") && !kept[k + 1].tags.has("Gerund") && !kept[k + 1].tags.has("Infinitive") &&
    (kept[k + 1].tags.has("PastTense") || kept[k + 1].tags.has("PresentTense")) && !isAux(kept[k + 1]) &&
    (!be || !!kept[k + 2]?.tags.has("Noun") || !!kept[k + 2]?.tags.has("Determiner")));
}

const SHARED_ADVERB = /^(first|later|then|also|soon|eventually|finally|afterwards|subsequently)$/i;
const BE = /^(is|are|was|were|be|been)$/i;
const CLAUSE_WORD = /^(when|while|because|if|after|before|since|until|as|that|which|who|whom|whose|where)$/i;

/**
 * "… opened in 1974 and closed without warning in January 2025": a second verb phrase on the
 * clause's subject — where its "and" is, and the auxiliary it shares with the first ("was paid for
 * … and first opened" → "was first opened"; "will take … and close" → "will close"). None when the
 * first phrase has a clause of its own before the "and" (a relative clause, an infinitive, a list),
 * whose "and" may be that clause's.
 */
function secondPredicate(rest: Tok[], group: Tok[]): { and: number; verb: number; aux: Tok[] } | undefined {
  const and = rest.findIndex((t, i) => i >= 2 && /^(and|but)$/i.test(t.text));
  if (and < 0) return undefined;
  const before = rest.slice(0, and);
  if (before.some((t, i) => (t.text === "," && i !== and - 1) || /^(;|:|that|which|who|whom|whose|where|when|while|because|if|as|than|and|or|not|never)$/i.test(t.text) || /["“”]/.test(t.text) ||
    (/^to$/i.test(t.text) && !!before[i + 1]?.tags.has("Verb") && !before[i + 1].tags.has("Noun")) || isFiniteVerb(before, i))) return undefined;
  let v = and + 1;
  while (v < rest.length && SHARED_ADVERB.test(rest[v].text)) v++;
  const verb = rest[v];
  // ("closed" is tagged an adjective only.)
  const adjectival = !!verb && /^\p{Ll}{3,}ed$/u.test(verb.text) && verb.tags.has("Adjective");
  if (!verb || !/^\p{Ll}+$/u.test(verb.text) || !(verb.tags.has("Verb") || adjectival) || verb.tags.has("Noun") || verb.tags.has("Gerund")) return undefined;
  // ("… and was demolished in 2010": its own auxiliary.)
  if (isAux(verb)) return /^(do|does|did)$/i.test(verb.text) ? undefined : { and, verb: v, aux: [] };
  const main = group[group.length - 1];
  const aux = group.slice(0, -1).filter(isAux);
  const past = verb.tags.has("PastTense") || /^\p{Ll}{3,}ed$/u.test(verb.text);
  if (!aux.length) {
    // A verb of its own: the same tense as the first ("opened … and closed").
    if (isAux(main) && !BE.test(main.text)) return undefined;
    return (main.tags.has("PastTense") || /^(was|were)$/i.test(main.text)) === past && (isFiniteVerb(rest, v) || adjectival) ? { and, verb: v, aux: [] } : undefined;
  }
  if (aux.some((t) => /^(do|does|did)$/i.test(t.text))) return undefined;
  if (aux.some((t) => MODAL.test(t.text))) return verb.tags.has("Infinitive") && !past ? { and, verb: v, aux } : undefined;
  if (!past) return undefined;
  // After "was", a participle with no object of its own shares it ("was designed by Brunel and
  // launched in 1858"); a past verb with an object is active ("was declared … but lost that status").
  const object = !!rest[v + 1] && (rest[v + 1].tags.has("Determiner") || (rest[v + 1].tags.has("Noun") && !rest[v + 1].tags.has("Preposition")));
  // ("was published in 1896 and began with 12 companies", "was born in 1820 and died in 1910": a
  // simple past, or a verb that takes no object, is active.)
  if (aux.some((t) => BE.test(t.text))) return object || SIMPLE_PAST.test(verb.text) || INTRANSITIVE.test(verb.text) ? (verb.tags.has("PastTense") ? { and, verb: v, aux: [] } : undefined) : { and, verb: v, aux };
  return { and, verb: v, aux };
}

/** "is the regional bus operator": a copula and a definite noun phrase, nothing more (no clause, no list). */
function definiteComplement(clause: Clause): boolean {
  const { group, rest } = clause;
  if (group.length !== 1 || !/^(is|are|was|were)$/i.test(group[0].text) || rest.length < 2 || !/^the$/i.test(rest[0].text)) return false;
  if (rest.some((t, k) => CLAUSE_BREAK.test(t.text) || /^(and|or|but|than|as)$/i.test(t.text) || (t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Adjective")) || (k > 0 && t.tags.has("Value")))) return false;
  // "the same", "the first": the phrase must end on a noun.
  return rest[rest.length - 1].tags.has("Noun") && /^\p{Ll}/u.test(rest[1].text);
}

const COUNTED_NOUN = new RegExp(`^(${COUNTED_NOUNS})$`, "i");
/** Units a verb runs "for" or "over" (a distance or a time): "flows for 6,650 kilometres". */
const MEASURE_UNIT = /^(?:[\p{L}-]+ )?(kilometres|kilometers|km|miles|metres|meters|m|feet|yards|years|months|weeks|days|hours|minutes|seconds|decades|centuries|nights|seasons|laps|rounds|innings)$/iu;
/** Offices written as a title before a name ("President Richard Nixon", "Queen Elizabeth I"). */
// (What a role leads, written first in a sentence: "Council leader …", not a team's name, "Harrowmere coach …".)
const ROLE_FIELD = /^(?:council|head|deputy|assistant|chief|team|club|party|group|project|flight|mission|committee|campaign|union|company|school|county|city|town|parish|police|health|education|transport|finance|opposition)$/i;
const LEADING_ROLE = /^(?:leader|coach|captain|director|manager|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|minister|editor|chief|head|officer|inspector|engineer)$/;
const COURTESY_TITLE = /^(Professor|Prof|Dr|Sir|Dame|Lord|Lady|Councillor|Cllr|Captain|Colonel|Lieutenant|Major|Commander|Corporal|Private|Mr|Mrs|Ms|Miss|Mx|Reverend|Rev|Father|Judge|Inspector|Sergeant|Coach)\.?$/;
/** "the Englishman Henry Wickham": a nationality written as one capitalised noun. */
const NATIONAL_NOUN = /^(?:English|French|Scots|Welsh|Irish|Dutch|Norse|Frenchwo|Englishwo|Irishwo|Scotswo|Welshwo|Dutchwo)(?:man|woman)$/;
const TITLE_OFFICE = /^(King|Queen|President|Prime Minister|Pope|Emperor|Empress|Chancellor|Tsar|Sultan|Governor|Senator|Mayor|General|Admiral)$/;
const DIMENSION = /^(long|wide|tall|high|deep|thick|old|across|away|ago|apart|inland|offshore|upstream|downstream|underground)$/i;
const BELOW = /^(below|above|beneath|under|underneath|behind|ahead)$/i;

/**
 * Where the words that make a measure a dimension end, from `at` (just after the unit): "long",
 * "wide", "ago" … or "below the surface" (a position word and its short noun phrase); undefined
 * when none follows.
 */
function measureWords(rest: Tok[], at: number): number | undefined {
  const t = rest[at];
  if (!t) return undefined;
  if (DIMENSION.test(t.text)) return at + 1;
  if (!BELOW.test(t.text)) return undefined;
  if (!/^the$/i.test(rest[at + 1]?.text ?? "")) return at + 1;
  let end = at + 2;
  while (end < rest.length && end < at + 5 && /^\p{Ll}+$/u.test(rest[end].text) && rest[end].tags.has("Noun") && !rest[end].tags.has("Preposition")) end++;
  return end > at + 2 ? end : undefined;
}

/**
 * The question for a place phrase closing the clause: `wh` ("where", "near which Ugandan town"),
 * then the inverted clause with what stood before the phrase — undefined when that would be cut.
 */
function closingPlaceQuestion(clause: Clause, between: Tok[], wh: string, infinitive: Infinitive): string | undefined {
  const inv = invert(clause, infinitive);
  if (!inv) return undefined;
  const asked = trimRest(between, SHORT_ENOUGH - clause.subject.length - 3);
  if (asked.length < between.length) return undefined;
  return finish(join(wh, inv.aux, subjectText(clause.subject), render(inv.after), tail(clause, asked)));
}

const PLACE_KINDS = /^(town|city|village|port|island|province|region|state|county|district|kingdom|republic|emirate)$/;
const PLACE_PREP = /^(in|near|at|on|outside|from|to|into|off)$/i;

/**
 * "near the Ugandan town of Jinja": a preposition, "the", at most two modifiers (a demonym or a
 * lower-case adjective), a kind of place and "of" before the answer `from` → the wh-phrase
 * ("near which Ugandan town") and where the phrase starts.
 */
function placeDescriptor(rest: Tok[], from: number, fact: AnswerFact): { wh: string; at: number } | undefined {
  if (!["city", "place", "region", "country"].includes(fact.type)) return undefined;
  if (from < 4 || !/^of$/i.test(rest[from - 1].text) || !PLACE_KINDS.test(rest[from - 2].text)) return undefined;
  let k = from - 3;
  const modifiers: Tok[] = [];
  while (k >= 0 && modifiers.length < 2 && !/^the$/i.test(rest[k].text)) {
    const t = rest[k];
    if (!/^[\p{L}-]+$/u.test(t.text) || !(t.tags.has("Adjective") || /^\p{Lu}/u.test(t.text)) || t.tags.has("Verb") || t.tags.has("Determiner")) return undefined;
    modifiers.unshift(t);
    k--;
  }
  if (k < 1 || !/^the$/i.test(rest[k].text) || !PLACE_PREP.test(rest[k - 1].text)) return undefined;
  return { wh: join(rest[k - 1].text.toLowerCase(), "which", render(modifiers), rest[from - 2].text), at: k - 1 };
}

const SITE_PREP = /^(near|at|outside)$/i;
const SITE_TYPES = new Set(["city", "region", "place"]);
const SITE_NOUN = /^(airport|airfield|airbase|port|harbour|harbor|station|docks|dockyard|shipyard)$/;
const VENUE_TYPES = new Set(["place", "name", "facility"]);
const VENUE = /^(Park|Stadium|Arena|Ground|Field|Hall|Theatre|Theater|Centre|Center|Gardens|Abbey|Cathedral|Palace|Castle|Square|Racecourse|Oval|Bowl|Coliseum|Colosseum|Velodrome|Pavilion|Cemetery)$/;

const VAGUE_HEADS = /^(record|records|title|titles|game|match|event|position|role|job|post|award|prize|honour|honor|decision|move|idea|plan|change|changes|deal|offer|request|proposal|view|claim|team|teams|side|one|ones)$/;

/**
 * The agent of a passive asked in the active: "The halftime show was headlined by the British rock
 * group Coldplay" → "Which British rock group headlined the halftime show?"; "The trophy was designed
 * by Tiffany & Co." → "Who designed the trophy?".
 */
function agentQuestion(clause: Clause, ra: number, rb: number, fact: AnswerFact): WhQuestion | undefined {
  const { subject, group } = clause;
  // The tagger may leave the participle out of the verb group ("was | headlined by …").
  // ("GPS is run by the United States Space Force": an irregular participle read as a noun.)
  const loose = group.length === 1 && (/^\p{Ll}{3,}(?:ed|en|wn|lt|nt|ld|ng|ght|de|ne)$/u.test(clause.rest[0]?.text ?? "") || /^(?:run|won|begun|cut|put|set|hit|led|held|made|built|sent|shot|struck|kept|found|bought|sold|taught|caught|brought|told|paid|laid)$/.test(clause.rest[0]?.text ?? "")) && /^by$/i.test(clause.rest[1]?.text ?? "");
  const participle = loose ? clause.rest[0] : group[1];
  const rest = loose ? clause.rest.slice(1) : clause.rest;
  if (loose) {
    ra--;
    rb--;
  }
  if ((group.length !== 2 && !loose) || !/^(is|are|was|were)$/i.test(group[0].text) || !/^by$/i.test(rest[0]?.text ?? "") || ra < 1) return undefined;
  if (subject.length === 1 && subject[0].tags.has("Pronoun")) return undefined;
  // "The past record was held by John Elway": which record? A vague head needs a name beside it.
  const head = subject[subject.length - 1]?.text.toLowerCase() ?? "";
  if (VAGUE_HEADS.test(head) && !subject.slice(1).some((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  const pre = rest.slice(1, ra);
  let wh: string;
  if (pre.length === 0 || (pre.length === 1 && /^the$/i.test(pre[0].text))) {
    // ("opened by the Prince of Wales": a title's name is a person's, whatever its type.)
    const titled = fact.type === "name" && /^(?:Prince|Princess|King|Queen|Duke|Duchess|Lord|Lady|Emperor|Empress|Pope|President)\b/.test(fact.text ?? "");
    if (fact.type !== "person" && fact.type !== "organization" && !titled) return undefined;
    wh = titled ? "who" : whOf(fact, false)!;
  } else if (/^the$/i.test(pre[0].text) && pre.length <= 4 && ["person", "organization", "name"].includes(fact.type) &&
    pre.slice(1).every((t) => /^\p{L}[\p{L}-]*$/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Verb") && !t.tags.has("Possessive")) && /^\p{Ll}/u.test(pre[pre.length - 1].text)) {
    wh = `which ${render(pre.slice(1))}`;
  } else return undefined;
  const verb = activeOfParticiple(participle.text.toLowerCase(), /^(was|were)$/i.test(group[0].text));
  if (!verb) return undefined;
  // "by Beyoncé and Bruno Mars": one of several agents is no answer to "who".
  const after = rest.slice(rb);
  if (/^(and|or|’s|'s)$/i.test(after[0]?.text ?? "") || (after[0]?.text === "," && /^\p{Lu}/u.test(after[1]?.text ?? ""))) return undefined;
  const kept = !after.length || after[0].text === "," || CUT_BEFORE.test(after[0].text) ? [] : trimRest(after, SHORT_ENOUGH - subject.length - 2);
  return { prompt: finish(join(wh, verb, subjectText(subject), tail(clause, kept))), form: "agent" };
}

/** "X voted to exit the coalition" → "What did X vote to do?" with the answer "exit the coalition". */
export function actionQuestion(toks: Tok[], infinitive: Infinitive): WhQuestion | undefined {
  const clause = parseClause(toks);
  if (!clause || clause.group.length !== 1 || isAux(clause.group[0])) return undefined;
  const verb = clause.group[0];
  const base = verb.tags.has("Infinitive") ? verb.text.toLowerCase() : infinitive(verb.text);
  if (!base || !ACTION_VERBS.test(base)) return undefined;
  const { rest } = clause;
  if (rest[0]?.text.toLowerCase() !== "to" || !rest[1]?.tags.has("Verb")) return undefined;
  // The action: "to" + verb + its object, up to a comma, a time phrase or the end.
  let end = 2;
  const boundary = (t: Tok) => t.text === "," || t.tags.has("Adverb") || (/^(in|on|during|since|after|before|amid|following|at)$/i.test(t.text) && end > 2);
  while (end < rest.length && end < 10 && !boundary(rest[end])) end++;
  // ("… aims to have the whole wind farm running by the end of 2030": cut at its tenth word, the
  // action would end mid-phrase and leave "of 2030" to the stem.)
  if (end === 10 && end < rest.length && !boundary(rest[end])) return undefined;
  const answer = rest.slice(1, end);
  if (answer.length < 2 || answer.some((t) => t.from < 0 || /^(it|them|they|this|these|that|those)$/i.test(t.text))) return undefined;
  // ("A young company that wants to build a factory, open new shops or pay for research can borrow
  // …": the verb of a relative clause inside the subject, its list and the real verb still to come.)
  if (/^(that|which|who)$/i.test(clause.subject[clause.subject.length - 1]?.text ?? "") || rest.slice(end).some((t) => /^(can|could|will|would|must|may|might|should)$/i.test(t.text))) return undefined;
  const inv = invert(clause, infinitive);
  if (!inv) return undefined;
  return {
    prompt: finish(join("what", inv.aux, subjectText(clause.subject), render(inv.after), "to do", tail(clause, trimRest(rest.slice(end), 4)))),
    form: "action",
    answer,
  };
}

/**
 * Verbs (and a few adjectives) whose "to" is their complement — "wanted to", "forced GM to",
 * "takes 22 hours to", "able to" — not a purpose: read by the purpose question here and by the
 * statement shortener (generate.ts), which must not cut a claim at that "to".
 */
export const TO_COMPLEMENT = /^(?:forc|ask|allow|enabl|caus|persuad|urg|requir|wants?|wanted|help|lead|led|encourag|order|invit|expect|permit|get|got|told|tell|teach|taught|train|push|press|compel|oblig|attempt|tr(?:y|ies|ied)|seek|sought|plan(?:s|ned|ning)?$|aim|hop|decid|agree|vot|fail|refus|promis|threaten|intend|manag|begin|began|start|continu|need|wish|prepar|offer|chos|choose|struggl|learn|us(?:ed|es|e)$|went|go(?:es|ing|ne)?$|come|came|tak(?:e|es|en|ing)|took|spen[dt]|rush|hurr|seem|appear|tend|have|has|had|ought|able|likely|unable|sure|certain|about|afford|dar(?:e|es|ed)$|pretend|claim|vow|swear|swore|deserv|hesitat|neglect|forget|forgot|happen|arrang|volunteer|resolv|striv|strove|opt(?:s|ed)?$|consent|proceed|bother|long(?:s|ed)?$)/i;
/** Nouns a "to" completes ("a plan to build", "the right to vote"): no purpose of the clause. */
const TO_NOUN = /^(?:intention|intentions|intent|determination|willingness|call|calls|pressure|demand|demands|opportunity|pledge|vow|threat|commitment|deadline|orders|approval|funds|funding|resources|enough|too|plan|plans|decision|right|rights|attempt|attempts|way|ways|need|effort|efforts|bid|chance|ability|power|permission|order|agreement|promise|proposal|desire|time|place|reason|first|last|only|one|license|licence)$/i;

/**
 * "At the Rhône Glacier, workers cover part of the ice with white fleece blankets each summer to
 * reflect sunlight and slow the melting" → "Why do workers cover part of the ice with white fleece
 * blankets each summer?" (answer "to reflect sunlight and slow the melting"): a purpose infinitive
 * that closes a whole clause with an object, not the "to" a verb, adjective or noun before it asks for.
 */
export function purposeToQuestion(toks: Tok[], infinitive: Infinitive): WhQuestion | undefined {
  const clause = parseClause(toks);
  if (!clause) return undefined;
  const { rest, group } = clause;
  if (group.some((t) => TO_COMPLEMENT.test(t.text)) || /^(is|are|was|were|be|been)$/i.test(group[group.length - 1]?.text ?? "")) return undefined;
  let end = rest.length;
  while (end > 0 && /^[.!?]$/.test(rest[end - 1].text)) end--;
  // ("hold on tightly to handles inside the basket": a word in -s after "to" is no infinitive.)
  const inflected = (w: string) => { const base = /s$/i.test(w) ? toInfinitive(w.toLowerCase()) : undefined; return !!base && base !== w.toLowerCase(); };
  const at = rest.findIndex((t, i) => i >= 1 && /^to$/i.test(t.text) && !!rest[i + 1]?.tags.has("Verb") && !rest[i + 1].tags.has("Noun") && !rest[i + 1].tags.has("PastTense") && !rest[i + 1].tags.has("Gerund") && !inflected(rest[i + 1].text));
  if (at < 0) return undefined;
  // "… sold at cost from government depots in order to hold down food prices": "in order" marks a purpose.
  const inOrder = at >= 2 && /^order$/i.test(rest[at - 1].text) && /^in$/i.test(rest[at - 2].text);
  const before = rest.slice(0, inOrder ? at - 2 : at);
  const prev = before[before.length - 1];
  // ("the first woman in France to earn …": an ordinal's "to"; "paid … and rushed to spend …": the
  // second verb's; "cannot find … to keep spreading": a negated clause says what fails, not what for.)
  // ("enough new hosts to keep spreading", "too far to …": a degree's "to".)
  // ("Some landlords paid for tenants to sail abroad": "for <someone> to" says who does it, no purpose.)
  // ("waited for hours to buy bread" is one: a time is no doer.)
  const forAt = before.findLastIndex((t) => /^for$/i.test(t.text));
  if (forAt >= 0 && forAt >= before.length - 4 && forAt < before.length - 1 && before.slice(forAt + 1).every((t) => !t.tags.has("Date") && !t.tags.has("Value") && !t.tags.has("Verb"))) return undefined;
  if (before.some((t) => /^(first|last|only|second|third|next|and|or|but|enough|too|so)$/i.test(t.text)) || [...clause.subject, ...group, ...before].some((t) => /^(cannot|can't|not|never|no)$/i.test(t.text))) return undefined;
  // ("protected by crossbows rigged to shoot intruders": the purpose of the participle after its noun, not of the clause.)
  const participleOwn = !!prev && /^\p{Ll}+ed$/u.test(prev.text) && !!before[before.length - 2]?.tags.has("Noun");
  if (!prev || participleOwn || TO_NOUN.test(prev.text) || TO_COMPLEMENT.test(prev.text) || prev.tags.has("Adjective") || before.some((t) => TO_COMPLEMENT.test(t.text) && t.tags.has("Verb")) || before.some((t) => /^[,;:"“”]$/.test(t.text) || CLAUSE_BREAK.test(t.text))) return undefined;
  const answer = rest.slice(at + 1, end);
  // (Up to five words, typed: a longer purpose would need purpose options, which no article has three of.)
  // ("to raise money for her" → "raise money for Mary Seacole": the name the resolver gave its object
  // pronoun may close the answer; generate.ts accepts the article's own words too.)
  const named = answer.findIndex((t) => t.from < 0);
  const nameClosing = named > 0 && answer.slice(named).every((t) => t.from < 0 && /^\p{Lu}/u.test(t.text));
  if (answer.length < 2 || answer.length > (nameClosing ? 9 : 8) || answer.some((t) => (t.from < 0 && !nameClosing) || /^[,;:()"“”]$/.test(t.text) || /^(it|them|this|that|these|those|he|she|they|him|her)$/i.test(t.text))) return undefined;
  if ([...clause.subject, ...before].some((t) => /^(it|they|this|these|those|he|she|we|you|i)$/i.test(t.text) || /["“”]/.test(t.text))) return undefined;
  // "technicians ran its internal heaters …": an "its" a plural subject cannot own points at a sentence before.
  const head = clause.subject[clause.subject.length - 1];
  if (head?.tags.has("Plural") && before.some((t) => /^its$/i.test(t.text))) return undefined;
  const inv = invert(clause, infinitive);
  if (!inv) return undefined;
  return { prompt: finish(join("why", inv.aux, subjectText(clause.subject), render(inv.after), tail(clause, before))), form: "purpose", answer, marker: "to" };
}

/**
 * "The purpose of a fog-catcher is to collect water …", "The turbine's purpose is to drive the
 * compressor and the fan", "Selective Availability's purpose was to deny an enemy …" → "What is the
 * purpose of a fog-catcher?" (answer "collect water …", "to collect …" accepted): a purpose the
 * article states as one, of a thing that needs nothing before it.
 */
export function purposeOfQuestion(toks: Tok[]): WhQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const at = toks.findIndex((t, i) => /^(?:purpose|aim|job|function|role)$/i.test(t.text) && /^(?:is|was)$/i.test(toks[i + 1]?.text ?? "") && /^to$/i.test(toks[i + 2]?.text ?? "") && !!toks[i + 3]?.tags.has("Verb"));
  if (at < 1) return undefined;
  const lead = toks.slice(0, at);
  // "The turbine's purpose", "The Link's main purpose": a possessive owner, perhaps a word between.
  const adjective = /^(?:main|real|chief|only|original|stated|first)$/i.test(lead[lead.length - 1].text) ? lead[lead.length - 1].text.toLowerCase() : "";
  const ownerEnd = adjective ? lead.length - 1 : lead.length;
  const last = lead[ownerEnd - 1];
  if (!last || !/[’']s$/.test(last.text)) return undefined;
  const owner = [...lead.slice(0, ownerEnd - 1), { ...last, text: last.text.replace(/[’']s$/, "") }];
  return purposeOf(owner, adjective, toks[at].text.toLowerCase(), toks[at + 1].text.toLowerCase(), toks.slice(at + 3, end));
}

/** "The (real) purpose of the Wall was to stop …": the owner after "of", before the verb. */
export function purposeOfPhraseQuestion(toks: Tok[]): WhQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  if (!/^the$/i.test(toks[0]?.text ?? "")) return undefined;
  const adjective = /^(?:main|real|chief|only|original|stated|first)$/i.test(toks[1]?.text ?? "") ? toks[1].text.toLowerCase() : "";
  const h = adjective ? 2 : 1;
  if (!/^(?:purpose|aim|job|function|role)$/i.test(toks[h]?.text ?? "") || !/^of$/i.test(toks[h + 1]?.text ?? "")) return undefined;
  const be = toks.findIndex((t, i) => i > h + 2 && /^(?:is|was)$/i.test(t.text) && /^to$/i.test(toks[i + 1]?.text ?? "") && !!toks[i + 2]?.tags.has("Verb"));
  if (be < 0 || be > h + 7) return undefined;
  return purposeOf(toks.slice(h + 2, be), adjective, toks[h].text.toLowerCase(), toks[be].text.toLowerCase(), toks.slice(be + 2, end));
}

/** "A moderator is a material whose job is to slow the neutrons down" → "What is the job of a moderator?". */
export function purposeWhoseQuestion(toks: Tok[]): WhQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const at = toks.findIndex((t, i) => /^whose$/i.test(t.text) && /^(?:purpose|aim|job|function|role|task)$/i.test(toks[i + 1]?.text ?? "") && /^(?:is|was)$/i.test(toks[i + 2]?.text ?? "") && /^to$/i.test(toks[i + 3]?.text ?? "") && !!toks[i + 4]?.tags.has("Verb"));
  if (at < 3) return undefined;
  const be = toks.findIndex((t, i) => i > 0 && i < at && /^(?:is|are|was|were)$/i.test(t.text));
  // (Between the copula and "whose", the kind of thing: "a material", "an agency of the state".)
  const kind = toks.slice(be + 1, at);
  if (be < 1 || be > 6 || kind.length < 2 || kind.length > 5 || !/^(?:a|an)$/i.test(kind[0].text) || kind.some((t) => /^[,;:]$/.test(t.text))) return undefined;
  return purposeOf(toks.slice(0, be), "", toks[at + 1].text.toLowerCase(), toks[at + 2].text.toLowerCase(), toks.slice(at + 4, end));
}

function purposeOf(owner: Tok[], adjective: string, head: string, be: string, answer: Tok[]): WhQuestion | undefined {
  if (!owner.length || owner.length > 6 || owner.some((t) => /^(?:it|this|that|these|those|they|them|he|she|his|her|its|their|which|who)$/i.test(t.text) || /^[,;:()"“”]$/.test(t.text))) return undefined;
  // The answer: to the end of its clause, at most 20 words, the article's own words.
  const stop = answer.findIndex((t, k) => k > 1 && (t.text === ";" || (t.text === "," && /^(?:which|who|although|though|while|but|whereas)$/i.test(answer[k + 1]?.text ?? ""))));
  const own = stop > 0 ? answer.slice(0, stop) : answer;
  if (own.length < 2 || own.length > 20 || own.some((t) => t.from < 0)) return undefined;
  // ("the Wall": a name keeps its capital; "The turbine" is the thing, lower case.)
  const first = owner[0];
  const shown = render(owner).replace(/^(The|A|An)\s/, (m) => m.toLowerCase());
  const name = first.tags.has("ProperNoun") || (/^\p{Lu}/u.test(first.text) && !/^(The|A|An)$/.test(first.text));
  const named = name || /^(?:the|a|an)\s/i.test(shown) ? shown : `the ${shown}`;
  const prompt = `What ${be} the ${adjective ? `${adjective} ` : ""}${head} of ${named}?`;
  return prompt.length <= 120 ? { prompt, form: "purpose", answer: own, marker: "to" } : undefined;
}

/**
 * "To cancel out the effect of relativity, engineers set the clocks before launch to tick …" → "Why
 * did engineers set the clocks before launch to tick …?" (answer "cancel out the effect of
 * relativity", "to …" accepted): a purpose the sentence opens with, of the clause after its comma.
 */
export function frontedPurposeQuestion(toks: Tok[], infinitive: Infinitive): WhQuestion | undefined {
  if (!/^to$/i.test(toks[0]?.text ?? "") || !toks[1]?.tags.has("Verb") || toks[1].tags.has("PastTense") || toks[1].tags.has("Gerund") || toks[1].tags.has("Noun")) return undefined;
  const comma = toks.findIndex((t, i) => i > 2 && t.text === ",");
  if (comma < 0 || comma > 16) return undefined;
  const answer = toks.slice(1, comma);
  // ("To do so, the vapour needs …": a stand-in for what the sentence before said.)
  if (answer.some((t) => t.from < 0 || /^(?:it|them|this|these|those|they|he|she|him|her|his|its|their|so|that|such|[;:()"“”])$/i.test(t.text))) return undefined;
  let main = toks.slice(comma + 1);
  // The clause up to its next comma, semicolon or colon ("…, so that once in orbit they keep in step" is another's).
  const stop = main.findIndex((t, i) => i > 2 && /^[,;:.!?]$/.test(t.text));
  if (stop > 0) main = main.slice(0, stop);
  const clause = parseClause(main);
  if (!clause || clause.adjunct.length || clause.subject.some((t) => t.from < 0 || /^(?:it|they|this|these|those|he|she|we|you|i|them)$/i.test(t.text) || t.tags.has("Pronoun"))) return undefined;
  if (clause.rest.some((t) => /^(?:it|they|them|this|these|those|he|she|him|her)$/i.test(t.text))) return undefined;
  const inv = invert(clause, infinitive);
  if (!inv) return undefined;
  const prompt = finish(join("why", inv.aux, subjectText(clause.subject), render(inv.after), render(clause.rest)));
  return prompt.length <= 120 ? { prompt, form: "purpose", answer, marker: "to" } : undefined;
}

/** "X did Y because of Z" / "due to Z" / "in response to Z" → "Why did X do Y?" (answer Z). */
/** Adverbs that hedge a reason ("…, probably because …"). */
const HEDGES = /^(probably|chiefly|mainly|largely|partly|perhaps|possibly|mostly|apparently|presumably|partially)$/i;

export function reasonQuestion(toks: Tok[], infinitive: Infinitive): WhQuestion | undefined {
  const clause = parseClause(toks);
  if (!clause) return undefined;
  const { rest } = clause;
  // "The plan prevailed because …" (the reason right after the verb) asks why; "This is because …" does not.
  const copula = /^(is|was|are|were|be|been)$/i.test(clause.group[clause.group.length - 1]?.text ?? "");
  // ("The IMF was to lend to countries … so that …": "was to" is a plan; "Why was the IMF to lend …?" reads garbled.)
  if (copula && /^to$/i.test(rest[0]?.text ?? "")) return undefined;
  for (let i = copula ? 1 : 0; i < rest.length - 1; i++) {
    const w = rest[i].text.toLowerCase();
    let skip = 0;
    if (w === "because" && rest[i + 1]?.text.toLowerCase() === "of") skip = 2;
    else if (w === "because") skip = 1;
    else if (w === "due" && rest[i + 1]?.text.toLowerCase() === "to") skip = 2;
    else if (w === "owing" && rest[i + 1]?.text.toLowerCase() === "to") skip = 2;
    else if (w === "in" && rest[i + 1]?.text.toLowerCase() === "response" && rest[i + 2]?.text.toLowerCase() === "to") skip = 3;
    else if (w === "as" && rest[i + 1]?.text.toLowerCase() === "a" && rest[i + 2]?.text.toLowerCase() === "result" && rest[i + 3]?.text.toLowerCase() === "of") skip = 4;
    else if (w === "so" && rest[i + 1]?.text.toLowerCase() === "that") skip = 2;
    else if (w === "on" && rest[i + 1]?.text.toLowerCase() === "the" && /^grounds?$/i.test(rest[i + 2]?.text ?? "") && rest[i + 3]?.text.toLowerCase() === "that") skip = 4;
    if (!skip) continue;
    let end = i + skip;
    while (end < rest.length && !(rest[end].text === "," && !adjectiveComma(rest, end)) && rest[end].text !== ";") end++;
    // "so that caravans could find water, food and a safe place to rest": a comma of a list of nouns
    // is inside the reason; it runs to the list's last item.
    if (rest[end]?.text === ",") {
      const after = rest.slice(end + 1);
      const and = after.findIndex((t) => /^(and|or)$/i.test(t.text));
      if (and > 0 && and <= 4 && after.slice(0, and).every((t) => t.text === "," || ((t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Determiner")) && !t.tags.has("Verb") && !t.tags.has("Pronoun"))) && (rest[end - 1]?.tags.has("Noun") ?? false)) {
        end += 1 + and + 1;
        while (end < rest.length && rest[end].text !== "," && rest[end].text !== ";") end++;
      }
    }
    let answer = rest.slice(i + skip, end);
    // ("because there is only one bus an hour between the two towns and the journey takes more than an
    // hour each way": past 20 words, the first of two reasons joined by "and" is the answer.)
    if (answer.length > 20) answer = firstOfTwoReasons(answer) ?? answer;
    // Up to 20 words: a long clause is asked as multiple choice (clauseChoices in generate.ts), not typed.
    if (answer.length < 1 || answer.length > 20 || answer.some((t) => t.from < 0)) return undefined;
    // "more snow falls than melts, so that layers pile up": with no modal, "so that" says what follows
    // (a result), not what it is for; asked "Why …?" it reverses cause and effect.
    if (w === "so" && !answer.some((t) => /^(can|could|would|will|may|might|should|must|cannot|can't|won't|wouldn't|couldn't)$/i.test(t.text))) return undefined;
    const inv = invert(clause, infinitive);
    if (!inv) return undefined;
    let before = rest.slice(0, i);
    // "A 2021 study found that the Amazon had become a net source of carbon, largely because of burning":
    // the reason is the reported clause's, not the finding's.
    // (Not an estimate's: "designers estimate that … the barrier may have to close 30 times a year,
    // because sea levels are rising" is why they estimate so.)
    const reportedBy = (k: number) => (k > 0 ? before[k - 1] : clause.group[clause.group.length - 1])?.text ?? "";
    if (before.some((t, k) => /^that$/i.test(t.text) && /^(found|find|finds|showed|shown|shows|discovered|proved|revealed|concluded|reported|confirmed)$/i.test(reportedBy(k)) && before.slice(k + 1).some((_, j) => isFiniteVerb(before, k + 1 + j)))) return undefined;
    // "Pit 4 was left empty, probably because work stopped" → "Why was Pit 4 probably left empty?": the
    // hedge goes with the verb, not after a comma at the question's end.
    const hedged = before.length >= 2 && before[before.length - 2].text === "," && HEDGES.test(before[before.length - 1].text) ? before[before.length - 1].text.toLowerCase() : "";
    if (hedged) before = before.slice(0, -2);
    // ("declared the charter void, on the grounds that …": the comma before the reason goes with it.)
    while (before.length && before[before.length - 1].text === ",") before = before.slice(0, -1);
    // "The cuts are needed, the council says, because …" → "Why does the council say the cuts are
    // needed?": a speaker's tag set off by commas is who gives the reason.
    const tag = before.findIndex((t) => t.text === ",");
    const said = tag >= 0 ? before.slice(tag + 1) : [];
    if (tag >= 0 && said.length >= 2 && said.length <= 5 && /^(says|said)$/i.test(said[said.length - 1].text) && said.slice(0, -1).every((t) => !t.tags.has("Verb") && !/[,"“”]/.test(t.text))) {
      const speaker = said.slice(0, -1);
      const claim = join(render(clause.subject).replace(/^(The|A|An)\s/, (m) => m.toLowerCase()), render(clause.group), render(before.slice(0, tag)));
      return { prompt: finish(join("why", /^said$/i.test(said[said.length - 1].text) ? "did" : "does", render(speaker), "say", claim)), form: "reason", answer, marker: rest.slice(i, i + skip).map((t) => t.text.toLowerCase()).join(" ") };
    }
    if (rest.slice(end).length > 3) return undefined;
    // Reported speech ("\"I told them …\" Brookes said") is no statement to ask why about.
    // "an arrangement in which many people each pay a small sum so that the few … can be compensated":
    // a reason after a relative clause may be that clause's own.
    if (before.some((t, k) => /^(which|who|whom|whose|where)$/i.test(t.text) && before.slice(k + 1).some((_, j) => isFiniteVerb(before, k + 1 + j)))) return undefined;
    // (A short quoted name is no speech: "liked to call herself a \"poetical scientist\"".)
    if (clause.subject.some((t) => /["“”]/.test(t.text)) || !shortQuotes(before)) return undefined;
    return { prompt: finish(join("why", inv.aux, subjectText(clause.subject), `${hedged && !(inv.after.length === 0 && before[0]?.tags.has("Adverb")) ? `${hedged} ` : ""}${render(inv.after)}`, tail(clause, before))), form: w === "so" ? "purpose" : "reason", answer, marker: rest.slice(i, i + skip).map((t) => t.text.toLowerCase()).join(" ") };
  }
  return undefined;
}

/** "A and the journey takes …" → A: the clause before an "and" that opens a clause of its own (a determiner, at most two words, a finite verb). */
function firstOfTwoReasons(answer: Tok[]): Tok[] | undefined {
  for (let k = 4; k < answer.length - 3; k++) {
    if (!/^and$/i.test(answer[k].text) || !/^(?:the|a|an|its|their|his|her|many|most|some)$/i.test(answer[k + 1].text)) continue;
    for (let j = k + 3; j <= k + 4 && j < answer.length; j++) if (isFiniteVerb(answer, j)) return answer.slice(0, k);
  }
  return undefined;
}

/** Every quotation in the tokens closed within twelve words, none of them speech (no verb inside). */
function shortQuotes(toks: Tok[]): boolean {
  const marks = toks.flatMap((t, k) => (/["“”]/.test(t.text) ? [k] : []));
  if (marks.length % 2) return false;
  for (let k = 0; k < marks.length; k += 2) if (marks[k + 1] - marks[k] > 13 || toks.slice(marks[k] + 1, marks[k + 1]).some((_, j, q) => isFiniteVerb(q, j))) return false;
  return true;
}

/** Verbs whose passive names a cause after "by": "The explosion was caused by damaged wiring". */
const CAUSED = /^(caused|triggered|started|sparked|produced)$/i;

/**
 * "The explosion was caused by damaged wiring inside the tank" → "What caused the explosion?" (answer
 * "damaged wiring inside the tank"): a cause the statement names as a passive's agent. Only a short
 * agent that ends the statement, and a subject that needs nothing before it.
 */
export function causedByQuestion(toks: Tok[]): WhQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const be = toks.findIndex((t, i) => /^(is|are|was|were)$/i.test(t.text) && CAUSED.test(toks[i + 1]?.text ?? "") && /^by$/i.test(toks[i + 2]?.text ?? ""));
  if (be < 1 || be > 6) return undefined;
  const subject = toks.slice(0, be);
  const answer = toks.slice(be + 3, end);
  const pointing = (t: Tok) => /^(it|this|that|these|those|they|them|he|she|him|her|his|its|their|which|who)$/i.test(t.text) || /^[,;:()"“”]$/.test(t.text);
  if (subject.some(pointing) || !/^(The|the|\p{Lu})/u.test(subject[0].text) || /^(A|An|a|an)$/.test(subject[0].text)) return undefined;
  // (A short agent a learner can type, the article's own words: "a", "the" or a noun first.)
  if (answer.length < 2 || answer.length > 6 || answer.some((t) => t.from < 0 || pointing(t)) || answer.some((t, i) => i > 0 && isFiniteVerb(answer, i)) || isAux(answer[0])) return undefined;
  const shown = subject[0].tags.has("ProperNoun") || /^\p{Lu}{2,}/u.test(subject[0].text) ? render(subject) : `${render(subject)[0].toLowerCase()}${render(subject).slice(1)}`;
  const verb = toks[be + 1].text.toLowerCase();
  const present = /^(is|are)$/i.test(toks[be].text);
  const asked = present ? verb.replace(/^(caused|produced)$/.test(verb) ? /d$/ : /ed$/, "s") : verb;
  // ("Bring Back Our Pool was started by Laura Bennett": a person started it, asked with "Who".)
  const person = answer.every((t) => /^\p{Lu}/u.test(t.text)) && answer.some((t) => t.tags.has("Person") || t.tags.has("FirstName") || t.tags.has("MaleName") || t.tags.has("FemaleName"));
  if (person && !/^(started)$/i.test(verb)) return undefined;
  const prompt = `${person ? "Who" : "What"} ${asked} ${shown}?`;
  return prompt.length <= 120 ? { prompt, form: person ? "agent" : "reason", answer } : undefined;
}

const WORK_NOUN = new RegExp(`^(?:${WORK_KINDS})$`, "i");
const MAKING_VERB = /^(published|wrote|released|recorded|composed|painted|gave|delivered|directed|produced)$/i;

/**
 * "In 2006 Wangari Maathai published her memoir, “Unbowed”." → "What was the title of the memoir
 * Wangari Maathai published in 2006?" (answer "Unbowed"): a work's quoted title closing the clause.
 */
export function titleQuestion(toks: Tok[]): WhQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  if (!/^["”]$/.test(toks[end - 1]?.text ?? "")) return undefined;
  const open = toks.findLastIndex((t, i) => i < end - 1 && /^["“]$/.test(t.text));
  if (open < 4 || toks[open - 1].text !== "," || !WORK_NOUN.test(toks[open - 2].text)) return undefined;
  const answer = toks.slice(open + 1, end - 1);
  if (!answer.length || answer.length > 8 || answer.some((t) => t.from < 0)) return undefined;
  // The verb of making, then "her/the/a" and at most two describing words before the kind of work.
  const v = toks.findIndex((t, i) => i > 0 && i < open - 2 && MAKING_VERB.test(t.text));
  if (v < 1 || !/^(his|her|their|its|a|an|the)$/i.test(toks[v + 1]?.text ?? "") || open - 2 - (v + 2) > 2) return undefined;
  const described = toks.slice(v + 2, open - 1).map((t) => t.text.toLowerCase());
  // A fronted date ("In 2006") goes after the verb; the rest before it is the subject.
  const date = /^(in|on)$/i.test(toks[0].text) ? dateRunEnd(toks, 1) : 0;
  const subject = toks.slice(date > 1 ? date : 0, v).filter((t) => t.text !== ",");
  if (!subject.length || subject.length > 5 || subject.some((t) => t.tags.has("Pronoun") || /^(it|this|that|these|those|they|he|she)$/i.test(t.text))) return undefined;
  const when = date > 1 ? ` ${toks[0].text.toLowerCase()} ${render(toks.slice(1, date))}` : "";
  const prompt = `What was the title of the ${described.join(" ")} ${render(subject)} ${toks[v].text.toLowerCase()}${when}?`;
  return prompt.length <= 120 ? { prompt, form: "title", answer } : undefined;
}

const HOW_OFTEN_NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|few|other)$/i;
const HOW_OFTEN_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))$/i;
const HOW_OFTEN_TIMES = /^(?:once|twice)$/i;

/** Where a "how often" phrase starts at `i` ("every two hours", "twice a week", "eight times a year"), its end, else 0. */
function frequencyEnd(toks: Tok[], i: number): number {
  const w = (k: number) => toks[k]?.text ?? "";
  // ("every year" says only that it recurs: no number, no question.)
  if (/^every$/i.test(w(i))) return HOW_OFTEN_NUMBER.test(w(i + 1)) && HOW_OFTEN_UNIT.test(w(i + 2)) ? i + 3 : 0;
  let k = i;
  if (HOW_OFTEN_TIMES.test(w(k))) k++;
  else {
    // "eight times", "60 to 100 times"
    if (!HOW_OFTEN_NUMBER.test(w(k)) || /^(?:few|other)$/i.test(w(k))) return 0;
    k++;
    if (/^to$/i.test(w(k)) && HOW_OFTEN_NUMBER.test(w(k + 1))) k += 2;
    if (!/^times$/i.test(w(k))) return 0;
    k++;
  }
  if (/^(?:a|an|per|each)$/i.test(w(k))) k++;
  else if (/^every$/i.test(w(k))) {
    k++;
    if (HOW_OFTEN_NUMBER.test(w(k))) k++;
  } else return 0;
  return HOW_OFTEN_UNIT.test(w(k)) ? k + 1 : 0;
}

/**
 * "Route 22 will run every two hours rather than every hour" → "How often will Route 22 run?"
 * (answer "every two hours"); "The relief boat came out from Gairloch once a fortnight", "The
 * committee meets eight times a year" likewise. The general wh-maker has no "how often": it asks the
 * number's gap. Only a phrase that closes the statement (or comes before "rather than …").
 */
export function frequencyQuestion(toks: Tok[], infinitive: Infinitive): { prompt: string; answer: Tok[]; form: "frequency" } | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  for (let i = 3; i < end; i++) {
    const j = frequencyEnd(toks, i);
    if (!j) continue;
    let after = toks.slice(j, end);
    // ("… every two hours rather than every hour": the contrast goes; a short time or place phrase
    // after it stays in the question, "… twice a week since October"; anything else is another clause.)
    if (after.length && /^(?:rather|instead)$/i.test(after[0].text)) after = [];
    if (after.length && !(PREP.test(after[0].text) && after.length <= 4 && !after.some((t, k) => isFiniteVerb(after, k) || /^[,;:]$/.test(t.text)))) return undefined;
    let a = i;
    while (a > 0 && APPROX.test(toks[a - 1].text)) a--;
    // ("revised the pace to a doubling every two years": the phrase says how often of the noun before it.)
    if (/^(?:a|an)$/i.test(toks[a - 2]?.text ?? "")) return undefined;
    const clause = parseClause([...toks.slice(0, a), ...after]);
    if (!clause || !clause.rest.length && !clause.group.length) return undefined;
    const pointing = (t: Tok) => /^(?:it|its|they|them|their|this|that|these|those|he|she|him|his|her|which|who)$/i.test(t.text);
    if (clause.subject.some((t) => pointing(t) || t.tags.has("Pronoun") || /^[,;:()"“”]$/.test(t.text)) || clause.rest.some((t) => pointing(t) || /^[,;:()"“”]$/.test(t.text))) return undefined;
    // (A subject that is some of a kind or a bare count asks of no one thing.)
    if (/^(?:some|many|most|few|several|all|each|one)$/i.test(clause.subject[0]?.text ?? "") || clause.rest.some((t, k) => isFiniteVerb(clause.rest, k))) return undefined;
    const inv = invert(clause, infinitive);
    if (!inv) return undefined;
    const prompt = finish(join("how often", inv.aux, subjectText(clause.subject), render(inv.after), tail(clause, clause.rest)));
    const answer = toks.slice(a, j);
    return prompt && prompt.length <= 120 && answer.every((t) => t.from >= 0) ? { prompt, answer, form: "frequency" } : undefined;
  }
  return undefined;
}
