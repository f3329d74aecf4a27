// Reference resolution: a statement's "He", "It", "They", "His", "the company", "these chambers",
// "There" and "the day before" lean on sentences the learner will not see. Each is replaced by
// its referent from the title or the sentences before (the same sentence's main clause first,
// then the sentence before in the same paragraph), chosen by kind and number; a relative time
// phrase is resolved to a year or left out (the statement stays true without it). What cannot be
// resolved marks the statement unresolved, and no item is made from it.
import type { CleanArticle, Sentence } from "../domain/types";
import { genderOf, type ArticleFacts, type Entity, type Fact } from "./facts";
import { genderOfName, givenNameGender, isLexiconNoun } from "./nlp";
import { isDictionaryNoun, isKindOf } from "./glossary";
import { lookupDemonym } from "./gazetteer";
import { parseClause } from "./questions";
import { isFiniteVerb, render, type Statement, type Tok } from "./statements";
import { shiftSpan, type StemSource } from "./stems";
import { cached } from "./memo";
import { containsPhrase, escapeRegExp, FEMALE_KIN, KIN_WORDS, MALE_KIN, WEEKDAYS } from "./text";

export interface ResolvedStatement {
  toks: Tok[];
  kind: string;
  /** Why the statement cannot stand alone ("dangling-reference"), if it cannot. */
  unresolved?: string;
  /** How a reference was repaired ("He → Alexander Fleming"), for --explain. */
  repaired?: string;
}

/** A measure's head word ("the extra inch", "the last ten per cent"): what it measures is the "it", not the measure. */
const MEASURE_HEAD = /\b(?:inch|inches|centimetres?|millimetres?|metres?|meters?|per cent|percent|hours?|minutes?|seconds?|miles?|feet|foot|pounds?|kilograms?|grams?|degrees?|litres?)$/i;
const NUMERIC_TYPES = new Set(["count", "quantity", "percent", "money", "score", "rank", "century"]);
/** Kinds of place that come before their name ("Lake Baikal", "Mount Kenya"). */
const PREFIX_HEADS = /^(lake|mount|cape|fort|port|isle|loch)$/;

/** What a pronoun or description can stand for. */
interface Referent {
  text: string;
  plural: boolean;
  person: boolean;
  entity?: Entity;
  /** People named by what they do ("the barrier’s designers"), not by name. */
  people?: boolean;
  /** The sentence also named the article's own subject after its verb: a next "it" may be either. */
  rival?: boolean;
  /** A bare mass noun ("hyperinflation"): an "it" may stand for it, nothing belongs to it. */
  mass?: boolean;
  /** A described thing ("the new line"): only the next sentence's opening "It" stands for it. */
  described?: boolean;
  /** The thing a gerund subject acts on ("Making the wax is costly"): an object "it" may stand for it, a subject "It" is the act. */
  objectOnly?: boolean;
}

interface Seen {
  paragraph: number;
  sentence: number;
}

/** What resolving one statement knows about its sentence. */
interface Context {
  /** The sentence's main-clause subject, once resolved. */
  main: Referent | undefined;
  /** Whether something was seen in the sentence right before, in the same paragraph. */
  follows: (p: Seen | undefined) => boolean;
  /** The kind of statement being resolved ("main", "subordinate", …), where it matters inside it. */
  kind?: string;
  /** The main clause's subject when it is a lone bare plural ("Jews"): what a later "hundreds of them" counts. */
  group?: string;
  facts: Fact[];
  source: StemSource;
  sentence: Sentence;
}

/** Common nouns that name a kind of named thing: "the company" is the organisation named just before. */
const CLASS_NOUNS: Record<string, ReadonlyArray<string>> = {
  company: ["organization"], firm: ["organization"], corporation: ["organization"], organisation: ["organization"], organization: ["organization"],
  agency: ["organization"], party: ["organization"], league: ["organization", "name"], alliance: ["organization", "name"],
  country: ["country"], nation: ["country"], city: ["city"], capital: ["city"], town: ["city", "place"],
  river: ["water"], lake: ["water"], sea: ["water"], canal: ["water", "name"], dam: ["facility", "name"], treaty: ["event"], agreement: ["event"],
  war: ["event"], conference: ["event"], contest: ["event", "name"], competition: ["event", "name"],
};
/** Nouns a text gives one referent wherever they stand ("the throne passed to his son", "the sun"): no sentence before is needed. */
const ONE_OF_A_KIND = /^(?:throne|crown|monarchy|papacy|presidency|sun|moon|equator)$/;
/** The last word of a name that is a class noun's kind, for names of no fine type ("name"). */
const CONTEST_HEAD = /^(?:Challenge|Contest|Competition|Championships?|Games|Olympiad|Tournament|Cup|League|Open|Marathon|Race|Derby|Series|Classic|Final|Rally|Festival|Show|Awards?)$/;
const CLASS_HEADS: Record<string, RegExp> = { competition: CONTEST_HEAD, contest: CONTEST_HEAD };
/** "this year", "that day": a time the question's own date words answer for (relative times are read elsewhere). */
const DEICTIC_TIME = /^(?:year|years|week|weeks|month|months|season|seasons|time|times|century|decade|morning|afternoon|evening|night|weekend|term|summer|winter|spring|autumn|day|days|stage|point|kind|kinds|type|types|sort|sorts)$/i;
/** Verbs that report what someone said or found: "says that is enough" — the "that" after them is a pronoun only when a verb follows at once. */
const SAYING = /^(?:says|said|say|argues|argued|thinks|thought|believes|believed|shows|showed|means|meant|adds|added|reckons|reckoned|estimates|estimated|found|finds)$/i;

/**
 * A demonstrative that points at the sentence before, in a statement the resolver left as it was:
 * "set out this relationship", "turns that watery liquid into …", "In the United Kingdom that figure
 * is …", "says that is enough", "routes like this", "became law this way". The statement opening with
 * "This …" is the subject rule's; a quotation keeps its own "this".
 */
export function leaningDemonstrative(toks: Tok[]): boolean {
  if (toks.some((t) => /^["“”]$/.test(t.text))) return false;
  return toks.some((t, i) => {
    if (i === 0 || t.from < 0) return false;
    const w = t.text.toLowerCase();
    const next = toks[i + 1];
    const prev = toks[i - 1];
    if ((w === "this" || w === "that") && ((/^like$/i.test(prev.text) && (!next || /^[,.;:]$/.test(next.text))) || (w === "this" && /^way$/i.test(next?.text ?? "")))) return true;
    if (w === "that" && SAYING.test(prev.text) && /^(?:is|was|are|were|has|had|will|would|could|can)$/i.test(next?.text ?? "")) return true;
    // ("In the United Kingdom that figure is …": a noun the tagger read as a verb after "that", its own verb next.)
    const subjectNoun = w === "that" && /^(?:is|was|has|had)$/i.test(toks[i + 2]?.text ?? "") && /^\p{Lu}/u.test(prev.text) && /^(?:in|on|at|for|across|throughout|under)$/i.test(toks[0].text);
    if (subjectNoun && next && /^\p{Ll}{3,}$/u.test(next.text) && !next.tags.has("Plural") && !DEICTIC_TIME.test(next.text)) return true;
    if (!next || !/^\p{Ll}[\p{Ll}-]*$/u.test(next.text) || next.tags.has("Determiner") || next.tags.has("Pronoun") || next.tags.has("Value") || (next.tags.has("Verb") && !next.tags.has("Noun"))) return false;
    // The noun the demonstrative goes with: up to two describing words, then a noun.
    let k = i + 1;
    while (k < i + 3 && toks[k + 1] && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k + 1].text) && toks[k].tags.has("Adjective") && !toks[k].tags.has("Noun")) k++;
    const noun = toks[k];
    if (!noun?.tags.has("Noun") || DEICTIC_TIME.test(noun.text)) return false;
    // (The same noun written earlier in the statement is what it points at: "a target … this target".)
    if (toks.slice(0, i).some((x) => x.text.toLowerCase() === noun.text.toLowerCase())) return false;
    if (w === "this" || w === "these") return true;
    if (w !== "that" && w !== "those") return false;
    // "that" as a determiner, not a conjunction or a relative pronoun: after a verb that reports nothing
    // ("turns that watery liquid").
    const after = toks[k + 1];
    // ("assumed that plants simply fed on soil", "showed that penicillin worked": a clause follows —
    // a plural, or a noun with a verb or an adverb after it; the determiner's noun ends its phrase.)
    return prev.tags.has("Verb") && !SAYING.test(prev.text) && !prev.tags.has("Auxiliary") && !/^(?:is|are|was|were|be|been)$/i.test(prev.text) && !noun.tags.has("Plural") &&
      (!after || /^[,.;:]$/.test(after.text) || (after.tags.has("Preposition") && !after.tags.has("Verb")));
  });
}

/** Verbs whose past form is also the participle: "X formed a company … The company" → "the company formed by X". */
const CREATION_VERBS = /^(formed|founded|created|established|launched|started|built|organi[sz]ed|designed|developed|opened|invented)$/;
/** Nouns that belong to something: "the idea" in a sentence about the contest is the idea for the contest. */
const RELATIONAL: Record<string, string> = { idea: "for", plan: "for", aim: "of", cost: "of", founder: "of", designer: "of", architect: "of", winner: "of", origin: "of", purpose: "of", floor: "of", summit: "of", bed: "of", mouth: "of", source: "of" };
/** Callings of people who work in research teams ("the Australian pathologist Howard Florey"). */
const RESEARCH_ROLES = /\b(pathologists?|biochemists?|chemists?|physicists?|scientists?|researchers?|engineers?|biologists?|bacteriologists?|physicians?|doctors?|professors?|inventors?|mathematicians?|astronomers?|geologists?|archaeologists?|laboratory)\b/i;
/** Groups named by a common noun: "the team" is some team the learner must be told of. */
const GROUP_NOUNS = /^(team|group|crew|squad|band|committee|panel|company|firm)$/;
/** "had it taken", "wanted it brought": a verb whose object "it" a past participle follows. */
function causative(toks: Tok[], i: number): boolean {
  return /^(had|has|have|having|wanted|wants|want|got|get|gets|needed|wished)$/i.test(toks[i - 1]?.text ?? "") && !!toks[i + 1]?.tags.has("PastTense") && /^\p{Ll}+(?:ed|en|t|ght|wn|ne)$/u.test(toks[i + 1].text);
}

/** "the team" alone, not "the team's coach", "the team of doctors", "the team that won", "the team leader". */
function bareGroup(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next) return true;
  if (/^(of|that|which|who|whose|behind)$/i.test(next.text) || /^[’']s$/.test(next.text)) return false;
  return !(next.tags.has("Noun") && !next.tags.has("Pronoun") && /^\p{Ll}/u.test(next.text) && !next.tags.has("Date"));
}
/**
 * Bodies a local report calls by their kind alone once it has named them ("Kelsworth Town Council …
 * the council"), with the last words of the names of that kind. A stem read on its own needs the name.
 */
const INSTITUTIONS: Record<string, RegExp> = {
  council: /^Council$/,
  school: /^(?:School|Academy|College)$/,
  college: /^College$/,
  agency: /^Agency$/,
  university: /^University$/,
  hospital: /^(?:Hospital|Infirmary)$/,
};
/** The posts and people of such a body that "the council leader" names before it: "the leader of …". */
const INSTITUTION_POSTS = /^(?:leader|chair|chairman|chairwoman|chief|head|headteacher|principal|governors|members|officers|staff|spokesman|spokeswoman|spokesperson)$/;
const PRONOUN_SUBJECTS = /^(he|she|it|they|this|these|those|that|we|both)$/i;
/** Adverbs between a pronoun subject and its verb ("It later laid …", "They then moved …"). */
const SUBJECT_ADVERB = /^(?:later|then|also|soon|now|still|often|eventually|finally|quickly|first|once|again|never|always|even|only|alone|too)$/i;
// ("sheltered by mountains in this way": the way the sentence before told; the statement holds without it.)
const RELATIVE_ADJUNCT = /^(?:in (?:this|that|the same) way|(?:(?:only|just|exactly|some|about|around|nearly|almost|roughly)\s+)?(?:the (?:day|week|month|year) (?:before|after|earlier)|a (?:day|week|month|year) (?:later|earlier)|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a few) (?:days|weeks|months|years) (?:later|earlier)))$/i;

const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);
/** Named things no "he" or "her" can be. */
const NOT_PEOPLE = new Set(["organization", "place", "country", "city", "region", "water", "facility", "event"]);
/** "my father", "our mother": the speaker's relative, whom the text does not name (no name after it). */
const unnamedKin = (kin: string) => new RegExp(`\\b(?:[Mm]y|[Oo]ur|[Yy]our) (?:${kin})\\b(?!,? \\p{Lu})`, "u");
const UNNAMED_MALE_KIN = unnamedKin(MALE_KIN);
const UNNAMED_FEMALE_KIN = unnamedKin(FEMALE_KIN);
/** Kinship words: "X was his father" names X by whose father he was. */
const KINSHIP = new RegExp(`^(?:${KIN_WORDS})$`, "i");
/** Named things a later "it" may stand for. */
const IT_TYPES = new Set(["name", "facility", "organization", "event", "water"]);


/** Titles a name may hold ("Özbeg Khan", "Pope Gregory"): "the khan" in a sentence is that person. */
const NAME_TITLE = /^(?:khan|king|queen|sultan|emperor|empress|tsar|czar|shah|caliph|pharaoh|pope|prince|princess|duke|duchess|earl|baron|emir|rajah|maharaja|shogun|chief|president|general|captain|admiral|bishop|archbishop)$/;

/** Whether the text calls the person by a title their name holds ("the khan's wives" for Özbeg Khan). */
function titledIn(p: Entity, text: string): boolean {
  return p.display.split(/\s+/).some((w) => NAME_TITLE.test(w.toLowerCase()) && new RegExp(`\\bthe ${w.toLowerCase()}\\b`).test(text));
}

function tok(text: string, tags: string[]): Tok {
  return { text, from: -1, end: -1, tags: new Set(tags) };
}

function words(text: string, tags: string[]): Tok[] {
  return text.split(/\s+/).filter(Boolean).map((w) => tok(w, tags));
}

/** A "he"/"she" at the start of a clause after the verb: "… because he could not explain …". */
function opensClause(toks: Tok[], i: number): boolean {
  return /^(because|although|though|when|after|before|since|while|until|that|so|but|and|as|once)$/i.test(toks[i - 1]?.text ?? "") && ["Verb", "Modal", "Auxiliary"].some((g) => toks[i + 1]?.tags.has(g));
}

/** Figures and times: what a sentence says of them is never picked up by a later "it". */
const FIGURE_TYPES: ReadonlySet<string> = new Set(["percent", "count", "quantity", "money", "year", "date", "century", "score", "rank"]);

/** What a person is called for short: the surname, or a ruler's name with its number ("Ethelred II", never "II"). */
function shortName(name: string): string {
  const words = name.split(/\s+/);
  // "Prince Louis of France" is Louis, not France.
  const of = words.indexOf("of");
  if (of > 0) return shortName(words.slice(0, of).join(" "));
  const last = words[words.length - 1];
  if (words.length >= 2 && /^(?:[IVXL]+|Jr\.?|Sr\.?)$/.test(last)) return words.slice(-2).join(" ");
  // "Ibn Battuta", "van Gogh", "da Gama": a surname's particle stays with it ("Battuta's book" cuts the name).
  if (words.length >= 2 && /^(?:Ibn|ibn|Bin|bin|bint|Abu|al|el|de|van|von|da|di|du|le|la|ben|ter)$/.test(words[words.length - 2])) return words.slice(-2).join(" ");
  return last;
}

function possessiveOf(text: string): string {
  return /s$/.test(text) ? `${text}’` : `${text}’s`;
}

function capitalised(text: string, first: boolean): string {
  if (first) return text[0].toUpperCase() + text.slice(1);
  return /^The\s/.test(text) ? `t${text.slice(1)}` : text;
}

/**
 * Who "He", "She", "It" and "the canal" are, read sentence by sentence. The title counts as
 * said before the first sentence.
 */
/**
 * "Engineers call this the vapour-compression cycle, and it has four main parts": a clause that
 * names "this"/"it" makes the name what the next clause is about ("it" → the vapour-compression cycle).
 */
const isAuxWord = (w: string) => /^(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must)$/i.test(w);
function calledThis(toks: Tok[]): Referent | undefined {
  const i = toks.findIndex((t, k) => k > 0 && /^(call|calls|called|name|names|named)$/i.test(t.text) && /^(this|it)$/i.test(toks[k + 1]?.text ?? ""));
  if (i < 0 || !/^the$/i.test(toks[i + 2]?.text ?? "")) return undefined;
  const name = toks.slice(i + 2);
  if (name.length < 2 || name.length > 6 || name.some((t) => isAuxWord(t.text) || t.tags.has("Preposition") || t.text === ",")) return undefined;
  return { text: render(name).replace(/^The\s/, "the "), plural: /[^s]s$/.test(name[name.length - 1].text), person: false };
}

/** Verbs of thinking and saying: their subject is people. */
const COGNITION = /^(estimate|estimated|expect|expected|believe|believed|think|thought|predict|predicted|fear|feared|hope|hoped|argue|argued|say|said|warn|warned|calculate|calculated|reckon|reckoned)$/i;
/** Verbs whose "that" clause says what the sentence is about ("scientists discovered that CFCs …"). */
const REPORTED = /^(discovered|found|showed|proved|realised|realized|learned|noticed|revealed|confirmed|demonstrated)$/i;
/** Verbs that present a "that" clause as a fact (not "estimate", "say" or "believe"). */
const FACTIVE = /^(show|shows|showed|shown|prove|proves|proved|proven|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed|confirm|confirms|confirmed)$/i;

/** The "that" clause after a factive verb with no adjunct before it: "it shows that P" → P. */
function factiveComplement(toks: Tok[], clause: NonNullable<ReturnType<typeof parseClause>>): Tok[] | undefined {
  const verb = clause.group[clause.group.length - 1];
  if (clause.adjunct.length || !verb || !FACTIVE.test(verb.text) || !/^that$/i.test(clause.rest[0]?.text ?? "")) return undefined;
  const complement = clause.rest.slice(1);
  const inner = parseClause(complement);
  // A clause of its own: a subject (not a pronoun that leans on the sentence again) and a verb.
  if (!inner || inner.adjunct.length || !inner.subject.length || PRONOUN_SUBJECTS.test(inner.subject[0].text) || complement.length < 4) return undefined;
  return toks.slice(toks.length - complement.length);
}

/** An owner's word ("its", "their" …): it owns nothing itself — "awarded her its Order of Merit". */
const POSSESSIVE_WORD = /^(?:its|their|his|her|my|our|your)$/i;

export class Referents {
  private people: Entity[] = [];
  /** The person the last sentence was about (its main subject), and that sentence. */
  private subjectPerson: { entity: Entity; sentence: number } | undefined;
  /** Head noun → the latest named thing with that head; null when one sentence named two ("two companies"). */
  private byHead = new Map<string, Entity | null>();
  /** The sentence each person was last named in (two people of one gender in a sentence make "he" ambiguous). */
  private personSentence = new Map<Entity, number>();
  /** "the Bretton Woods system": lower-case heads the article has named in full. */
  private described = new Map<string, string>();
  /**
   * "X formed a company": the company is "the company formed by X"; "Super Bowl 50 was an American
   * football game": the game is Super Bowl 50. Within its paragraph.
   */
  private created = new Map<string, { text: string; paragraph: number }>();
  /** Named things of each type, latest first, with the sentence they were seen in. */
  private recent: Array<{ entity: Entity; sentence: number; paragraph: number }> = [];
  /** The thing (not a person) the last sentence's main clause was about: "It" next refers to it. */
  private topic: (Referent & Seen) | undefined;
  /** The one named thing people did something to in the sentence before ("Wren designed the Monument …"): who else a next "it" is. */
  private objectTopic: (Referent & Seen) | undefined;
  private paragraphs: Map<number, number> | undefined;
  private firstIt: Map<number, number> | undefined;
  private byIndex: Map<number, Sentence> | undefined;
  private titled: Entity | null | undefined;
  /** People the article knows by one name ("Frumentius"), by that name; read once. */
  private loneNamed: Map<string, Entity> | undefined;
  private fullNames: string[] | undefined;
  /** The last sentence's single year: "Since then" / "that year" read it. */
  private year: (Seen & { value: number }) | undefined;
  /** A person's name the title starts with ("Marie Curie"), "" when none; read once. */
  private titleName: string | undefined;
  /** The article's first-named person (null: none), once asked. */
  private firstPerson: Entity | null | undefined;
  /** Nouns the article's first sentence gives its named subject ("… carved with the same decree"): "the decree of the Rosetta Stone". */
  private topicParts = new Map<string, string>();
  /** The title's match for each head noun asked about (titleEntity). */
  private titleMatches = new Map<string, RegExpMatchArray | undefined>();
  // Per word: whether the body writes it as a word of its own (read once per word: the same title
  // words are looked up sentence after sentence).
  private bodyWords = new Map<string, boolean>();
  private inBody(word: string): boolean {
    return cached(this.bodyWords, word, () => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u").test(this.article.body ?? ""));
  }
  // Per word, read once: how the body writes it mid-sentence — "Derailleurs" as "derailleurs" when
  // the body writes it lower-case after a lower-case word or a comma, never with its capital there.
  private bodyCases = new Map<string, string>();
  private bodyCase(word: string): string {
    return cached(this.bodyCases, word, () => {
      const body = this.article.body ?? "";
      const lower = word.toLowerCase();
      return /^\p{Lu}\p{Ll}+$/u.test(word) && new RegExp(`[\\p{Ll},;] (?:${escapeRegExp(lower)}|${escapeRegExp(lower.replace(/s$/, ""))})\\b`, "u").test(body) && !new RegExp(`[\\p{Ll},;] ${escapeRegExp(word)}\\b`, "u").test(body) ? lower : word;
    });
  }

  constructor(private article: CleanArticle, private analysis: ArticleFacts) {}

  /** Resolve one sentence's statements (main clause first) and learn what the sentence names. */
  resolveSentence(sentence: Sentence, source: StemSource, statements: Statement[], facts: Fact[]): ResolvedStatement[] {
    const follows = (p: Seen | undefined) => !!p && p.paragraph === sentence.paragraph && p.sentence === sentence.index - 1;
    let main: Referent | undefined;
    let group: string | undefined;
    const out: ResolvedStatement[] = [];
    // "It will have seven stops, and the council expects passengers to travel on it …": the clause's
    // own "it" is the one the main clause could not resolve.
    let lostIt = false;
    let itIs: Referent | undefined;
    for (const st of statements) {
      let r = this.resolve(st.toks, st.kind, { main, group, follows, facts, source, sentence });
      if (st.kind === "main" && r.unresolved && /^it$/i.test(st.toks[0]?.text ?? "")) lostIt = true;
      else if (lostIt && !r.unresolved && r.toks.some((t) => /^(it|its)$/i.test(t.text))) r = { ...r, unresolved: "dangling-reference" };
      else if (st.kind !== "main" && itIs && !r.unresolved && r.toks.some((t, k) => k > 0 && /^it$/.test(t.text) && t.from >= 0)) {
        // "It will have seven stops, and the council expects passengers to travel on it …": the same thing.
        r = { ...r, toks: r.toks.flatMap((t, k) => (k > 0 && /^it$/.test(t.text) && t.from >= 0 ? words(itIs!.text, itIs!.entity && itIs!.entity.type !== "term" ? ["ProperNoun", "Noun", "Fact"] : ["Noun", "Singular"]) : [t])), repaired: [r.repaired, `it → ${itIs.text}`].filter(Boolean).join("; ") };
      }
      if (st.kind === "main" && !r.unresolved && /^it$/i.test(st.toks[0]?.text ?? "")) itIs = this.pronounReferent("it", "main", { main: undefined, follows, facts, source, sentence });
      out.push(r);
      // ("Making the wax is costly in its own right": the wax is what a later "it" may be, whatever became of the statement.)
      if (st.kind === "main") main = r.unresolved ? [this.subjectReferent(st.toks, facts, source)].find((x) => x?.objectOnly) : (calledThis(r.toks) ?? this.subjectReferent(r.toks, facts, source));
      if (st.kind === "main" && !r.unresolved) group = this.lonePlural(r.toks, facts, source);
    }
    this.learn(sentence, out, facts, source, main);
    return out;
  }

  private resolve(
    input: Tok[],
    kind: string,
    ctx: Context,
  ): ResolvedStatement {
    const repairs: string[] = [];
    let toks = this.resolveTime(input, ctx, repairs);
    // "There it spreads into …", "Then scientists discovered …": a pointer back, not a claim.
    if (/^(there|then|here|thereafter|afterwards)$/i.test(toks[0]?.text ?? "") && toks.length > 3 && !/^(is|are|was|were|has|have|had|will|would|may|might|could|can|seem|seems|seemed|remain|remains|remained|exist|exists|existed|be)$/i.test(toks[1].text)) {
      repairs.push(`${toks[0].text} → (left out)`);
      toks = toks.slice(1);
    }
    // "Found lying broken, it was shipped to Rome …": a participle's phrase before a pronoun subject
    // describes whatever the pronoun stands for; the statement is true without it, and its clause is
    // then read like any other.
    const comma = toks.findIndex((t) => t.text === ",");
    if (comma >= 2 && comma <= 6 && /^\p{Lu}\p{Ll}+(?:ed|en|wn|nd|lt|nt|ne)$/u.test(toks[0]?.text ?? "") && toks[0].tags.has("Verb") && !toks[0].tags.has("Preposition") && /^(it|he|she|they)$/i.test(toks[comma + 1]?.text ?? "") && isFiniteVerb(toks, comma + 2) &&
      !toks.slice(1, comma).some((t) => t.tags.has("Pronoun") || t.tags.has("Auxiliary") || t.tags.has("Copula") || t.tags.has("Modal") || /^\p{Lu}/u.test(t.text) || (t.tags.has("PresentTense") && !t.tags.has("Gerund")))) {
      repairs.push(`${render(toks.slice(0, comma))} → (left out)`);
      toks = [{ ...toks[comma + 1], text: toks[comma + 1].text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) }, ...toks.slice(comma + 2)];
    }
    // "On nearby Cerro Armazones": near what, the sentence before said; the place's name says where.
    const nearby = toks.findIndex((t, k) => k > 0 && /^nearby$/i.test(t.text) && !!toks[k - 1].tags.has("Preposition") && /^\p{Lu}/u.test(toks[k + 1]?.text ?? ""));
    if (nearby > 0) {
      repairs.push("nearby → (left out)");
      toks = [...toks.slice(0, nearby), ...toks.slice(nearby + 1)];
    }
    // (Every way out: a demonstrative left pointing at the sentence before leaves the statement leaning on it.)
    const done = (t: Tok[], unresolved?: string): ResolvedStatement => {
      // ("On the way she stopped at Scutari, where she met Nightingale briefly": a "she" read as the
      // person the statement itself names is someone else — "Florence Nightingale met Nightingale".)
      // (A relative of the same family is someone else: "Marie Curie met Pierre Curie", "Richard Anning
      // was Mary Anning's father" — the surname written with another given name before it.)
      const self = repairs.some((r) => {
        const m = r.match(/^(?:he|she|him|her|his) → (.+)$/i);
        const name = m?.[1].replace(/[’']s$/, "").split(/\s+/) ?? [];
        const last = name[name.length - 1];
        return !!last && t.some((x, k) => x.from >= 0 && x.text === last && (!/^\p{Lu}/u.test(t[k - 1]?.text ?? "") || t[k - 1].text === name[name.length - 2]));
      });
      const why = unresolved ?? (self || leaningDemonstrative(t) ? "dangling-reference" : undefined);
      return { toks: t, kind, ...(why ? { unresolved: why } : {}), ...(repairs.length ? { repaired: repairs.join("; ") } : {}) };
    };
    // "… seldom loses such a vote, but it can happen": an "it" that happens is an event the clause
    // before described, never a thing named before ("The second reading can happen" was false).
    if (/^it$/i.test(toks[0]?.text ?? "") && /^(?:(?:can|could|may|might|will|would|does|did|do|sometimes|often|rarely|still|also) )*(?:happen|happens|happened)\b/i.test(toks.slice(1).map((t) => t.text).join(" "))) return done(toks, "dangling-reference");
    // "On 30 June 2016 a bronze statue of her … was unveiled …; it was described as the first statue …":
    // a later clause's "it" whose sentence gave no main statement to lean on is that sentence's own
    // thing, not what the sentences before were about.
    if (kind !== "main" && !ctx.main && /^it$/i.test(toks[0]?.text ?? "") && toks[0].from > 0) return done(toks, "dangling-reference");
    // "it was fitting that the winning boundary was struck by Nadia Osei": an "it" that stands for the
    // clause after it names nothing; the clause is the claim when the word only judges it ("fitting",
    // "clear"), and nothing is when it hedges ("likely", "possible").
    if (/^it$/i.test(toks[0]?.text ?? "") && /^(is|was)$/i.test(toks[1]?.text ?? "") && /^that$/i.test(toks[3]?.text ?? "") && /^\p{Ll}+$/u.test(toks[2]?.text ?? "") && (toks[2].tags.has("Adjective") || /^(fitting|true|clear)$/i.test(toks[2].text))) {
      const content = toks.slice(4);
      if (!/^(fitting|clear|true|notable|remarkable|striking|appropriate|fortunate|ironic|significant|obvious|evident)$/i.test(toks[2].text) || content.length < 4) return done(toks, "dangling-reference");
      return this.resolve([{ ...content[0], text: content[0].text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) }, ...content.slice(1)], kind, ctx);
    }
    // "At its height it linked …": the fronted phrase leans on the subject that follows it.
    if (!toks[0]?.tags.has("Pronoun") && /^(at|in|by|under|during|for)$/i.test(toks[0]?.text ?? "") && /^(its|their)$/i.test(toks[1]?.text ?? "") && /^\p{Ll}+$/u.test(toks[2]?.text ?? "") && PRONOUN_SUBJECTS.test(toks[3]?.text ?? "")) {
      const inner = this.resolve(toks.slice(3), kind, ctx);
      if (inner.repaired) repairs.push(inner.repaired);
      const rest = inner.toks.map((t, i) => (i === 0 && t.from < 0 && t.text === "The" ? { ...t, text: "the" } : t));
      return done([...toks.slice(0, 3), ...rest], inner.unresolved);
    }
    // "At its deepest point the floor lies 1,642 metres below the surface": the phrase goes after the
    // clause, once the clause names what "its" and "the floor" belong to ("The floor of Lake Baikal lies
    // … at its deepest point").
    const k = /^(at|in|on|by|under|during)$/i.test(toks[0]?.text ?? "") && /^its$/i.test(toks[1]?.text ?? "") ? [3, 4].find((n) => /^the$/i.test(toks[n]?.text ?? "") && toks.slice(2, n).every((t) => /^\p{Ll}+$/u.test(t.text))) : undefined;
    if (k && toks[k + 1] && RELATIONAL[toks[k + 1].text] && !toks.slice(k).some((t) => t.text === ",")) {
      const inner = this.resolve(toks.slice(k), kind, ctx);
      if (inner.unresolved || !inner.repaired) return done(toks, "dangling-reference");
      repairs.push(inner.repaired);
      const phrase = toks.slice(0, k).map((t, i) => (i === 0 ? { ...t, text: t.text.toLowerCase() } : t));
      return done([...inner.toks, ...phrase]);
    }
    // "After Jupiter in 1979 and Saturn in 1981 it reached Uranus …": a pronoun subject after a
    // fronted phrase with no comma is resolved like any other subject.
    // ("according to the Normans he promised …": whose word it is, then the subject.)
    const fronted = /^(after|before|in|on|by|during|since|until|at|for)$/i.test(toks[0]?.text ?? "") || (/^according$/i.test(toks[0]?.text ?? "") && /^to$/i.test(toks[1]?.text ?? "")) ? toks.findIndex((t, n) => n >= 2 && n <= 10 && /^(it|he|she|they)$/i.test(t.text) && isFiniteVerb(toks, n + 1)) : -1;
    if (fronted > 0 && !toks.slice(0, fronted).some((t, n) => t.text === "," || (n > 0 && isFiniteVerb(toks, n) && !/^(of|the|a|an)$/i.test(toks[n - 1].text)))) {
      // In a later clause the pronoun is its sentence's subject's; none named, it is nobody's ("…
      // since 1966; after decades of protests it closed": not the sentence before's UNESCO).
      // (A he or she the biography's own person can be goes on to pronounReferent.)
      const own = (/^(he|she)$/i.test(toks[fronted].text) && !!this.titlePersonFor(/^he$/i.test(toks[fronted].text) ? "male" : "female", ctx.sentence)) || (/^they$/i.test(toks[fronted].text) && !!this.titleSiblings());
      if (kind !== "main" && !ctx.main && !own) return done(toks, "dangling-reference");
      const inner = this.resolve(toks.slice(fronted), kind, ctx);
      if (inner.repaired) repairs.push(inner.repaired);
      const rest = inner.toks.map((t, i) => (i === 0 && t.from < 0 && t.text === "The" ? { ...t, text: "the" } : t));
      return done([...toks.slice(0, fronted), ...rest], inner.unresolved);
    }
    const clause = parseClause(toks);
    if (!clause) return done(toks);
    const subject = clause.subject;
    const at = clause.base;
    const first = subject[0]?.text ?? "";
    const replaceSubject = (from: number, count: number, text: string, tags: string[]) => {
      const name = capitalised(text, at + from === 0);
      repairs.push(`${render(subject.slice(from, from + count))} → ${name}`);
      toks = [...toks.slice(0, at + from), ...words(name, tags), ...toks.slice(at + from + count)];
    };
    const nameTags = (r: Referent) => (r.entity && r.entity.type !== "term" ? ["ProperNoun", "Noun", r.plural ? "Plural" : "Singular", "Fact", ...(r.person ? ["Person"] : [])] : ["Noun", r.plural ? "Plural" : "Singular"]);

    // "Construction began in 2007", "Work began in 1881": construction of what? The sentence before says.
    if (subject.length === 1 && /^(construction|work|building|excavation|digging|fighting|production|progress)$/i.test(first)) {
      // "Building the Sydney Harbour Bridge": the title says what the work was on.
      // Not after a sentence about another project ("… approved an expansion. Construction began in 2007").
      const before = this.article.sentences.find((x) => x.index === ctx.sentence.index - 1 && x.paragraph === ctx.sentence.paragraph)?.text ?? "";
      const other = /\b(?:expansion|extension|enlargement|project|scheme|renovation|restoration|replacement|upgrade|repairs?|second|third|new)\b/i.test(before);
      const built = /^(construction|work|building|excavation|digging)$/i.test(first) && !other ? (this.article.title ?? "").trim().match(/^(?:Building|Constructing|Digging|Making) (?:the )?((?:\p{Lu}[\p{L}’'-]*)(?: \p{Lu}[\p{L}’'-]*){0,4})$/u)?.[1] : undefined;
      if (!built) return done(toks, "dangling-reference");
      replaceSubject(0, 1, `the ${/^work$/i.test(first) ? "work on" : `${first.toLowerCase()} of`} the ${built}`, ["Noun", "Singular"]);
    }
    // ("That replica": the thing the sentence before introduced, looked up once.)
    const introduced = /^(this|that)$/i.test(first) && subject.length === 2 ? this.introducedJustBefore(subject[1], ctx.sentence) : undefined;
    if (subject.length === 1 && /^each$/i.test(first)) {
      // "The probes cannot use solar panels … Each is powered by …": each of the things the sentence
      // before opened with.
      const before = this.article.sentences.find((x) => x.index === ctx.sentence.index - 1 && x.paragraph === ctx.sentence.paragraph)?.text ?? "";
      const head = before.match(/^The (\p{Ll}{3,})s\s+(?!of\b)\p{Ll}/u)?.[1];
      if (!head || !isLexiconNoun(head)) return done(toks, "dangling-reference");
      replaceSubject(0, 1, `each ${head}`, ["Noun", "Singular"]);
    } else if (subject.length === 1 && /^both$/i.test(first)) {
      // "… a pair of identical probes called Voyager 1 and Voyager 2. ¶ Both were built …": the two
      // names the sentence before joined with "and".
      const pair = this.pairBefore(ctx.sentence);
      if (!pair) return done(toks, "dangling-reference");
      replaceSubject(0, 1, pair, ["ProperNoun", "Noun", "Fact", "Plural"]);
    } else if ((subject.length === 1 || (subject.length === 2 && SUBJECT_ADVERB.test(subject[1].text))) && PRONOUN_SUBJECTS.test(first)) {
      // ("It later laid the first lasting telegraph cable …": an adverb before the verb is read with the subject.)
      // "As the plate moves …, it carries …": the pronoun leans on the clause before it, not on the last sentence.
      const lead = toks[0]?.from > 0 ? ctx.source.text.slice(0, toks[0].from) : "";
      // ("While he was still recovering, he entered …": the clause before has the same pronoun for its
      // subject — both are whoever the article was talking about.)
      const samePronoun = new RegExp(`^\\p{L}+\\s+${first}\\b`, "iu").test(lead);
      const leaning = kind === "main" && /^(as|when|while|after|before|because|since|although|though|if|once|until|whenever)\b[^,]*,\s*$/i.test(lead) && !samePronoun;
      // ("it was cold", "it rained": the weather's "it", or the mass noun's; a verb of the noun's own is its.)
      const afterSubject = toks.slice(at + subject.length);
      const weatherLike = /^(is|was|be|been|being|gets|got|grew|turned|rained|snowed|rains|snows)$/i.test(afterSubject.find((t) => !SUBJECT_ADVERB.test(t.text))?.text ?? "") || /^(is|was)$/i.test(afterSubject[0]?.text ?? "");
      const r = this.pronounReferent(first.toLowerCase(), kind, ctx, weatherLike);
      // Unless only people can do what the pronoun does ("Because sea levels are rising, they
      // estimate …") and the referent is people while the clause before names none.
      const thinker = COGNITION.test(clause.group[clause.group.length - 1]?.text ?? "") && !!r?.people && !/\b(he|she|they|we|people|\p{Lu}\p{Ll}+)\b/u.test(lead.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
      if (leaning && !thinker) return done(toks, "dangling-reference");
      // "It was Riverton's first victory in the race since 1986": "it" is the event the sentence
      // before told (the win), no thing it named.
      const after = toks.slice(at + subject.length);
      if (/^it$/i.test(first) && /^(was|is)$/i.test(after[0]?.text ?? "") && (/^(the|a|an)$/i.test(after[1]?.text ?? "") || /[’']s$/.test(after[1]?.text ?? "")) && /^(first|second|third|last|only|biggest|largest|greatest|best|worst|fastest|latest|final|fourth|fifth)$/i.test(after[2]?.text ?? "")) return done(toks, "dangling-reference");
      if (!r) {
        // "It shows that the Atlantic is widening …": a factive verb presents its complement as
        // true, and the complement stands alone whoever shows it.
        const complement = factiveComplement(toks, clause);
        if (!complement) return done(toks, "dangling-reference");
        repairs.push(`${render(toks.slice(0, toks.length - complement.length))} → (left out)`);
        const inner = this.resolve(complement, kind, ctx);
        return { ...inner, repaired: [...repairs, ...(inner.repaired ? [inner.repaired] : [])].join("; ") };
      }
      replaceSubject(0, 1, r.text, nameTags(r));
      // The person a pronoun stood for is named in this sentence too: the next one's "her" may go on.
      if (r.person && r.entity && !r.plural) this.personSentence.set(r.entity, ctx.sentence.index);
    } else if (subject.length > 1 && /^(his|her|its|their)$/i.test(first)) {
      // "His former travelling companion …" → "Speke’s former travelling companion …".
      const p = first.toLowerCase();
      const gender = p === "his" ? "male" : "female";
      // ("… it lets the flour absorb the water while its own enzymes begin …": in a clause after one
      // that ends on another thing, "its" may be that thing's as well as the main subject's.)
      const lead = kind !== "main" && toks[0]?.from > 0 ? ctx.source.text.slice(Math.max(0, toks[0].from - 60), toks[0].from) : "";
      if (p === "its" && /\bthe \p{Ll}+(?: \p{Ll}+){0,3},? (?:while|as|when|whereas|so that|because|although|though|since|until|after|before) $/u.test(lead)) return done(toks, "dangling-reference");
      const r = p === "his" || p === "her" ? (this.personByGender(gender, ctx.main, "", ctx.sentence) ?? this.titlePersonFor(gender, ctx.sentence)) : this.pronounReferent(p === "its" ? "it" : "they", kind, ctx);
      if (!r) return done(toks, "dangling-reference");
      const owner = r.person && r.entity ? shortName(r.text) : r.text;
      replaceSubject(0, 1, possessiveOf(owner), nameTags(r));
    } else if (/^(these|those)$/i.test(first) && subject.length >= 3 && subject.slice(1).every((t) => /^\p{Ll}/u.test(t.text)) && subject[subject.length - 1].tags.has("Plural") && this.namedJustBefore(render(subject.slice(1)), ctx.sentence)) {
      // "Armed groups, such as … . … these armed groups operate …": the ones the sentence before named.
      replaceSubject(0, 1, "the", ["Determiner"]);
    } else if (introduced) {
      // "… stitched a Victorian replica … . That replica is now kept at Reading Museum": the thing the
      // sentence before introduced, with its describing words ("the Victorian replica").
      replaceSubject(0, 2, introduced, ["Noun", "Singular"]);
    } else if (/^(such|that|those|these|this)$/i.test(first) && subject.length > 1 && !/^(the|this|these)$/i.test(first)) {
      return done(toks, "dangling-reference");
    } else if (subject.length === 3 && /^the$/i.test(first) && /^(first|second|third|last|final|original|next)$/i.test(subject[1].text) && /^\p{Ll}+$/u.test(subject[2].text)) {
      // "The first contest" → "The first Eurovision Song Contest" when the article is about one.
      const e = this.titleEntity(subject[2].text) ?? this.byHead.get(subject[2].text) ?? undefined;
      if (e && e.type !== "person") replaceSubject(1, 2, `${subject[1].text} ${e.display.replace(/^the\s+/i, "")}`, ["ProperNoun", "Noun", "Singular"]);
    } else if (subject.length >= 2 && /^(the|this|these)$/i.test(first) && /^\p{Ll}+(?:[’']s)?$/u.test(subject[1].text)) {
      // "The canal …", "The barrier’s designers …", "This system …".
      const noun = subject[1].text.replace(/[’']s$/, "");
      const own = subject[1].text.length > noun.length;
      if (subject.length === 2 || own) {
        const before = toks[0]?.from >= 0 ? ctx.facts.filter((f) => shiftSpan(ctx.source, f.start, f.end)[1] <= toks[0].from) : [];
        // Of the main clause's subject in a later clause; in the main clause, of what the sentence
        // before was about ("The first contest took place … The winner was …").
        const t = this.topic;
        const owner = kind !== "main" ? ctx.main : t && ctx.follows(t) ? t : undefined;
        const relational = RELATIONAL[noun] && subject.length === 2 && /^the$/i.test(first) && owner && !owner.person && !owner.plural && !owner.mass && !owner.objectOnly ? `the ${noun} ${RELATIONAL[noun]} ${owner.text.replace(/^The\s/, "the ")}` : undefined;
        // "The device, known as the point-contact transistor, was shown …": the sentence names it.
        const known = subject[1].end > 0 ? ctx.source.text.slice(subject[1].end).match(/^,\s+(?:known as|called)\s+((?:the\s+)?[\p{L}\p{N}' -]{3,60}?),/u)?.[1] : undefined;
        const text = relational ?? (own ? undefined : known) ?? this.description(noun, ctx.sentence, before) ?? (subject.length === 2 && /^the$/i.test(first) ? this.definedJustBefore(noun, ctx.sentence) ?? (kind === "main" ? this.madeJustBefore(noun, ctx.sentence) : undefined) ?? this.contestPart(noun) ?? this.titleRegion(noun, ctx.sentence) ?? (kind === "main" ? this.titleProject(noun) ?? this.nameOfTitle(noun, ctx.sentence) ?? this.kindJustBefore(noun, ctx.sentence) : undefined) : undefined);
        // An article's own term ("The condenser is …", "The refrigerant …") names one thing already;
        // a kind of named thing ("the company") does not.
        // A short word ("the device", "the project") is too vague to stand for itself.
        const term = /^the$/i.test(first) && !CLASS_NOUNS[noun] && noun.length >= 8 && this.isTerm(subject[1], ctx.facts, ctx.source);
        if (text) replaceSubject(0, 2, own ? possessiveOf(text) : text, ["ProperNoun", "Noun", "Singular"]);
        // ("The heart is divided into four chambers" under "How the human heart works": the thing the
        // title is about.)
        else if (!term && !(subject.length === 2 && /^the$/i.test(first) && (ONE_OF_A_KIND.test(noun) || this.writtenBare(subject[1]) || this.inTitle(noun)))) return done(toks, "dangling-reference");
      } else if (/^this$/i.test(first) && subject.length >= 3 && subject.length <= 4 && subject.slice(1).every((t) => /^\p{Ll}+$/u.test(t.text) && (t.tags.has("Noun") || t.tags.has("Adjective"))) && subject[subject.length - 1].tags.has("Noun")) {
        // "… a powerful current surges up the channel. This return stroke is the bright flash …": a
        // name the article has not used before is given here to what the sentence before described;
        // "the return stroke" stands alone.
        const phrase = render(subject.slice(1)).toLowerCase();
        const used = this.analysis.sentences.some((x) => x.index < ctx.sentence.index && x.text.toLowerCase().includes(phrase));
        if (!used) replaceSubject(0, 1, "the", ["Determiner"]);
      }
    }
    const dangling: string[] = [];
    toks = this.resolveInside(toks, { ...ctx, kind }, repairs, dangling);
    if (dangling.length) return done(toks, "dangling-reference");
    // "The Nile is the longest river, although some argue that the Amazon is longer": longer than
    // the main clause's subject, said in the same sentence.
    const m = ctx.main;
    const c = toks.findIndex((t, k) => k > 1 && /^\p{Ll}{3,}er$/u.test(t.text) && (t.tags.has("Comparative") || t.tags.has("Adjective")) && /^(is|are|was|were)$/i.test(toks[k - 1].text) && (k === toks.length - 1 || toks[k + 1].text === ","));
    if (kind !== "main" && m && !m.person && !m.plural && c > 0 && !toks.some((t) => /^than$/i.test(t.text)) && !render(toks).toLowerCase().includes(m.text.toLowerCase())) {
      repairs.push(`+ than ${m.text}`);
      toks = [...toks.slice(0, c + 1), tok("than", ["Preposition"]), ...words(m.text, m.entity && m.entity.type !== "term" ? ["ProperNoun", "Noun", "Fact"] : ["Noun"]), ...toks.slice(c + 1)];
    }
    // "Only seven countries took part": in what the sentence before was about, else it cannot stand alone.
    const n = toks.length;
    if ((/^part$/i.test(toks[n - 1]?.text ?? "") && /^(took|take|takes|taken)$/i.test(toks[n - 2]?.text ?? "")) || /^(participated|competed)$/i.test(toks[n - 1]?.text ?? "")) {
      const t = this.topic;
      if (!t || t.person || t.plural || !ctx.follows(t)) return done(toks, "dangling-reference");
      repairs.push(`+ in ${t.text}`);
      toks = [...toks, tok("in", ["Preposition"]), ...words(t.text, t.entity && t.entity.type !== "term" ? ["ProperNoun", "Noun", "Fact"] : ["Noun"])];
    }
    return done(toks);
  }

  /**
   * A possessive "his"/"her" before a common noun ("rejected his idea") or a "he"/"she" opening a
   * clause after the verb ("because he could not …"), in a statement that names no person before it:
   * it can only point outside the statement.
   */
  private outsidePronoun(toks: Tok[], i: number, ctx: Context): boolean {
    // Anyone named before it (a bare surname is often read only as a name) may be whom it points to.
    // ("Richard Anning was her father": a man's name before "her" is not whom it points to.)
    const w = toks[i].text.toLowerCase();
    const other = /^(her|she)$/.test(w) ? "male" : /^(his|he)$/.test(w) ? "female" : undefined;
    const otherGender = (k: number) => {
      let a = k;
      while (a > 0 && /^\p{Lu}/u.test(toks[a - 1].text) && (toks[a - 1].tags.has("Person") || toks[a - 1].tags.has("ProperNoun"))) a--;
      return !!other && givenNameGender(toks[a].text) === other;
    };
    // ("The Geological Society paid for a window in her memory": a society or a place is nobody's "her".)
    const things = ctx.facts.filter((f) => NOT_PEOPLE.has(this.analysis.entities.get(f.entityId)?.type ?? "")).map((f) => shiftSpan(ctx.source, f.start, f.end));
    // (So is a word the tagger knows as a place's or a body's: "the Memphis school board refused to renew her …".)
    const thing = (t: Tok) => (t.from >= 0 && things.some(([a, b]) => t.from >= a && t.from < b)) || ((t.tags.has("Place") || t.tags.has("Organization")) && !t.tags.has("Person"));
    // "Marc Isambard Brunel was his father": after "was", a kinship word's "his" is never the subject's own.
    const kinAfterCopula = /^(his|her)$/.test(w) && /^(is|was)$/i.test(toks[i - 1]?.text ?? "") && KINSHIP.test(toks[i + 1]?.text ?? "") && i + 2 >= toks.length;
    // ("MPs defeated her government's plan": a plural of capitals is no "her".)
    if (!kinAfterCopula && toks.slice(0, i).some((t, k) => ((t.tags.has("Person") || t.tags.has("ProperNoun")) && !otherGender(k) && !thing(t) && !/^\p{Lu}{2,}s$/u.test(t.text)) || (t.tags.has("Pronoun") && /^(he|she|him|his|her|they|we|i|you)$/i.test(t.text)))) return false;
    const next = toks[i + 1];
    // ("his nine-year-old son": a describing word before the noun.)
    // ("awarded her its Order of Merit": "its" is read as a noun, but owns nothing of hers.)
    // ("her government's plan": a thing of hers may own another.)
    const owned = (t: Tok | undefined) => !!t && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text.replace(/['’]s$/, "")) && !POSSESSIVE_WORD.test(t.text) && t.tags.has("Noun") && !t.tags.has("Pronoun") && !t.tags.has("Preposition");
    // ("her teaching contract": an -ing word before the noun describes it too.)
    if (w === "his" || w === "her") return !!next && (owned(next) || (/^\p{Ll}[\p{Ll}\d-]*$/u.test(next.text) && (((next.tags.has("Adjective") || next.tags.has("Hyphenated")) && !next.tags.has("Verb")) || /^\p{Ll}{3,}ing$/u.test(next.text)) && owned(toks[i + 2])));
    return opensClause(toks, i);
  }

  /** "these chambers" and "her" after the subject: the referent, or left for the validator to drop. */
  private resolveInside(input: Tok[], ctx: Context, repairs: string[], dangling: string[] = []): Tok[] {
    let toks = input;
    const clause = parseClause(toks);
    const subjectEnd = clause ? clause.base + clause.subject.length : 0;
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i].text.toLowerCase();
      if (w === "the" && i >= subjectEnd && i > 0 && GROUP_NOUNS.test(toks[i + 1]?.text ?? "") && toks[i + 1].from >= 0 && bareGroup(toks, i + 1)) {
        // "Heatley joined the team in 1940": which team? The one the article named, else no item.
        const named = this.description(toks[i + 1].text, ctx.sentence);
        if (named) {
          repairs.push(`the ${toks[i + 1].text} → ${named}`);
          toks = [...toks.slice(0, i), ...words(named, ["Noun", "Singular"]), ...toks.slice(i + 2)];
        } else dangling.push(`the ${toks[i + 1].text}`);
      } else if (w === "the" && toks[i + 1]?.from >= 0 && this.institution(toks, i + 1, ctx.sentence)) {
        // "Who is head of science at the school?" → "… at Millbrook High School?": the one body of
        // that kind the article has named by then. ("The council leader" → "the leader of …".)
        const { name, the } = this.institution(toks, i + 1, ctx.sentence)!;
        const noun = toks[i + 1].text;
        const own = /[’']s$/.test(noun);
        const next = toks[i + 2];
        // (Only a post or its people: "the school day" is any school's day, not Millbrook High School's.)
        // ("gave the Bank independence": a name, whatever follows it.)
        const proper = /^\p{Lu}/u.test(noun);
        const compound = !own && !proper && !!next && INSTITUTION_POSTS.test(next.text) && next.from >= 0;
        if (!own && !proper && next && !compound && /^\p{Ll}{3,}$/u.test(next.text) && next.tags.has("Noun") && !next.tags.has("Verb") && !next.tags.has("Pronoun")) continue;
        const named = `${the ? "the " : ""}${name}`;
        const text = own ? possessiveOf(named) : compound ? `the ${next.text} of ${named}` : named;
        repairs.push(`${toks[i].text} ${noun}${compound ? ` ${next.text}` : ""} → ${text}`);
        const out = words(i === 0 ? capitalised(text, true) : text, ["ProperNoun", "Noun", "Singular"]);
        toks = [...toks.slice(0, i), ...out, ...toks.slice(i + (compound ? 3 : 2))];
        i += out.length - 1;
      } else if (w === "one" && i >= subjectEnd && i > 0 && toks[i].from >= 0 && toks[i - 1].tags.has("Verb") && !toks[i - 1].tags.has("Auxiliary") && !toks[i - 1].tags.has("Copula") && !/^(of|who|that|which|in|where)$/i.test(toks[i + 1]?.text ?? "")) {
        // ("a bear market is one in which prices are falling": after "is", "one" is one of the subject's kind.)
        // "Proposals for a bridge were made …, when Greenway suggested one to …": "one" is the
        // last thing the sentence named with "a" ("suggested a bridge to …").
        // ("a bear market": the noun a compound ends in, not its first word.)
        const named = [...ctx.source.text.slice(0, toks[i].from).matchAll(/\b(a|an) (\p{Ll}{3,})\b(?! of\b)(?! \p{Ll}{3,} (?:is|are|was|were|has|had)\b)/gu)].pop();
        if (named && isLexiconNoun(named[2]) && !/^(few|little|lot|number|single|half|third|quarter|hundred|thousand|million|dozen)$/.test(named[2])) {
          repairs.push(`one → ${named[0]}`);
          toks = [...toks.slice(0, i), ...words(named[0], ["Noun", "Singular"]), ...toks.slice(i + 1)];
        }
      } else if ((w === "these" || w === "those") && /^\p{Ll}+s$/u.test(toks[i + 1]?.text ?? "")) {
        // "the width of these chambers" → "the width of the lock chambers" (a compound named before).
        const text = this.compound(toks[i + 1].text, ctx.sentence);
        if (text) {
          repairs.push(`${toks[i].text} ${toks[i + 1].text} → ${text}`);
          toks = [...toks.slice(0, i), ...words(i === 0 ? capitalised(text, true) : text, ["Noun", "Plural"]), ...toks.slice(i + 2)];
        }
      } else if ((w === "his" || w === "her" || w === "he" || w === "she") && i >= subjectEnd && i > 0 && this.outsidePronoun(toks, i, ctx)) {
        // "Most geologists rejected his idea because …": no one in the statement is who "his" is;
        // the person the article was just talking about is.
        const subjectText = clause ? render(clause.subject) : "";
        const gender = w === "his" || w === "he" ? "male" : "female";
        const latest = this.personByGender(gender, undefined, subjectText, ctx.sentence);
        // Only someone the sentence just before named: further back, "his" is anyone's guess — but a
        // biography's own person (titlePersonFor), whom nobody nearer rivals.
        const recent = latest?.entity && (this.personSentence.get(latest.entity) ?? -2) >= ctx.sentence.index - 1 ? latest : undefined;
        // "John died of dysentery, and the throne passed to his son": a later clause's "his" is the main
        // clause's person's, before anyone the sentence before named.
        // (Only a coordinated clause with a subject of its own: "His father, Marc Brunel, was …" gives
        // "Marc Brunel was his father", whose "his" is not Marc's.)
        const m = ctx.kind === "coordinate" && !(ctx.main && containsPhrase(subjectText, ctx.main.text)) ? ctx.main : undefined;
        // (A king's one name may be read as a name of no kind: "John" is a man by his given name.)
        const fromMain = m && !m.plural && m.entity && ((m.person && (genderOf(m.entity) === gender || (ctx.kind === "coordinate" && genderOf(m.entity) === undefined))) ||
          (m.entity.type === "name" && /^\p{Lu}\p{Ll}+$/u.test(m.text) && givenNameGender(m.text) === gender)) ? m : undefined;
        // (The latest of that gender being the biography's own person, further back, is no rival to her.)
        // "…, as Margaret Thatcher discovered in 1986, when MPs defeated her government's plan": a later
        // clause's pronoun is the one person its own sentence named before it, when of that gender.
        const ownPeople = ctx.kind !== "main" && toks[i].from >= 0 ? [...new Set(ctx.facts.filter((f) => !f.bound && shiftSpan(ctx.source, f.start, f.end)[1] <= toks[i].from).map((f) => this.analysis.entities.get(f.entityId)).filter((e): e is Entity => e?.type === "person"))] : [];
        const fromOwn: Referent | undefined = !fromMain && ownPeople.length === 1 && genderOf(ownPeople[0]) === gender ? { text: this.personName(ownPeople[0]), plural: false, person: true, entity: ownPeople[0] } : undefined;
        const titled = !recent && !fromMain && !fromOwn ? this.titlePersonFor(gender, ctx.sentence, subjectText) : undefined;
        const r = fromMain ?? fromOwn ?? recent ?? (!latest || (titled && latest.entity === titled.entity) ? titled : undefined);
        // And not someone the statement already names ("Brookes changed the shape of her team": her own).
        // (Another person's full name there is theirs: "Marc Isambard Brunel was his father" names no Isambard Kingdom Brunel.)
        const before = r?.entity ? this.withoutOthers(render(toks.slice(0, i)), r.entity) : render(toks.slice(0, i));
        // (A shared surname after another given name is someone else: "Richard Anning … her" is not Mary Anning's own.)
        const namedBefore = (e: Entity) => {
          const given = e.display.split(/\s+/)[0];
          const otherOwner = (part: string) => part !== given && !containsPhrase(before, e.display) && new RegExp(`\\b(?!${escapeRegExp(given)}\\b)\\p{Lu}\\p{Ll}+ ${escapeRegExp(part)}\\b`, "u").test(before);
          return [e.display, ...e.aliases].some((n) => n.split(/\s+/).some((part) => part.length > 2 && containsPhrase(before, part) && !otherOwner(part)));
        };
        if (r?.entity && !namedBefore(r.entity)) {
          // (In full when the statement already holds the surname: "Richard Anning was Mary Anning’s father".)
          const short = containsPhrase(render(toks.slice(0, i)), shortName(r.text)) ? r.text : shortName(r.text);
          const text = w === "his" || w === "her" ? possessiveOf(short) : r.text;
          this.personSentence.set(r.entity, ctx.sentence.index);
          repairs.push(`${toks[i].text} → ${text}`);
          toks = [...toks.slice(0, i), ...words(text, ["ProperNoun", "Noun", "Person", "Fact"]), ...toks.slice(i + 1)];
        }
      } else if (w === "their" && i > 0 && toks[i].from >= 0 && /^\p{Ll}/u.test(toks[i + 1]?.text ?? "") && this.titleSiblings() && this.siblingsOwn(ctx.sentence)) {
        // "… so Charlie Taylor, the mechanic in their shop, built it": in an article about a pair of
        // siblings, a "their" nothing plural before it (here or in the sentence before) can own is theirs.
        const text = possessiveOf(this.titleSiblings()!.text);
        repairs.push(`their → ${text}`);
        toks = [...toks.slice(0, i), ...words(text, ["ProperNoun", "Noun", "Possessive"]), ...toks.slice(i + 1)];
      } else if ((w === "her" || w === "him") && i > 0 && ((i >= subjectEnd && toks[i - 1].tags.has("Verb")) || (toks[i - 1].tags.has("Preposition") && (!toks[i + 1] || !/^\p{L}/u.test(toks[i + 1].text) || /^(with|to|for|in|on|at|from|by|as|and|or|but|into|after|before|when|while|until|because)$/i.test(toks[i + 1].text))))) {
        // "Harding presented her with a gram": an object pronoun is someone other than the subject.
        // So is one after a preposition ("The geologist William Buckland worked with her", "a statue
        // of her with her dog"), where no word of a thing of hers follows.
        const subjectText = clause ? render(clause.subject) : "";
        const gender = w === "him" ? "male" : "female";
        // "… who became her friend": before a noun "her" is hers, not her ("Ada Lovelace’s friend").
        // ("portraying her unkindly": an adverb after it leaves her the object.)
        // ("spent her last years": "last" may be read as a verb; before a noun it is hers too.)
        const owns = w === "her" && !!toks[i + 1] && !POSSESSIVE_WORD.test(toks[i + 1].text) && (((toks[i + 1].tags.has("Noun") || toks[i + 1].tags.has("Adjective")) && !toks[i + 1].tags.has("Pronoun") && !toks[i + 1].tags.has("Preposition") && !toks[i + 1].tags.has("Adverb") && !/^\p{Ll}{3,}ly$/u.test(toks[i + 1].text)) ||
          (/^(last|first|own|only|next|final|early|late|former)$/i.test(toks[i + 1].text) && !!toks[i + 2]?.tags.has("Noun")));
        // "Ms Sharma said her team had spent …": a "her" that owns something after a reporting verb is
        // most likely the speaker's own when the speaker is a woman (or of no known gender); it stays.
        // ("Mary Somerville … became her friend" is someone else's.)
        // ("Seacole spent her last years …": after a woman's name as the subject, her years are her own.)
        const ownSubject = owns && !!clause && (/^(said|says|added|adds|explained|explains|told|tells|thinks|thought|believes|believed|feels|felt|hopes|hoped|knew|knows)$/i.test(toks[i - 1].text) || /^(spent|lived|ended|began|started|devoted|gave|made|wrote|published|left|lost|sold|finished|completed|continued|resumed|abandoned|kept)$/i.test(toks[i - 1].text)) && clause.subject.some((t) => t.tags.has("Person") || /^\p{Lu}\p{Ll}+$/u.test(t.text)) && !clause.subject.some((t, k) => givenNameGender(t.text) === "male" || (/^(Mr|Sir|Lord)\.?$/.test(t.text) && k === 0));
        // "Nightingale’s father taught her history": a kinsman's "her" is the one whose kinsman he is.
        const kin = subjectText.match(/^(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2})[’']s (\p{Ll}+)$/u);
        const ownersOwn = !!kin && KINSHIP.test(kin[2]) && givenNameGender(kin[1].split(" ")[0]) !== (gender === "male" ? "female" : "male") ? { text: kin[1], plural: false, person: true } as Referent : undefined;
        // "Eisenhower was enraged that his allies had deceived him": inside a "that" clause after a
        // person's verb, the object is that person again; it stays as written.
        // (A bare surname the tagger knows no person by is a person's all the same: "Eisenhower".)
        const personSubject = !!clause && (clause.subject.some((t) => t.tags.has("Person")) || (clause.subject.length <= 3 && clause.subject.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.tags.has("Place") && !t.tags.has("Organization") && !t.tags.has("Determiner"))));
        const bound = !owns && personSubject && toks.slice(subjectEnd, i).some((t) => /^that$/i.test(t.text)) &&
          !clause.subject.some((t) => givenNameGender(t.text) === (gender === "male" ? "female" : "male"));
        const r = ownSubject || bound ? undefined : ownersOwn ?? this.personByGender(gender, undefined, subjectText, ctx.sentence) ?? this.titlePersonFor(gender, ctx.sentence, subjectText);
        // ("awarded Ida B. Wells a special citation for her …": named already in the statement, "her" is hers.)
        const before = render(toks.slice(0, i));
        const namedAlready = !!r?.entity && [r.entity.display, ...r.entity.aliases, r.text].some((n) => n.split(/\s+/).some((part) => part.length > 2 && /^\p{Lu}/u.test(part) && containsPhrase(before, part)));
        if (r && !namedAlready) {
          const text = owns ? possessiveOf(r.text) : r.text;
          repairs.push(`${toks[i].text} → ${text}`);
          toks = [...toks.slice(0, i), ...words(text, ["ProperNoun", "Noun", "Person", "Fact"]), ...toks.slice(i + 1)];
        }
      } else if (w === "them" && ctx.kind && ctx.kind !== "main" && (ctx.group || (ctx.main?.plural && !ctx.main.mass && !ctx.main.objectOnly)) && /^of$/i.test(toks[i - 1]?.text ?? "") &&
        /^(hundreds|thousands|dozens|millions|many|most|some|all|few|several|none|one|two|three|four|five|half)$/i.test(toks[i - 2]?.text ?? "") && !/\b(they|them|their)\b/i.test(render(toks.slice(0, i - 2)))) {
        // "Jews were accused of poisoning wells, and in Strasbourg … hundreds of them were burned": a
        // share of the main clause's plural subject.
        const text = ctx.group ?? this.bodyCase(ctx.main!.text);
        repairs.push(`them → ${text}`);
        toks = [...toks.slice(0, i), ...words(text, ["Noun", "Plural"]), ...toks.slice(i + 1)];
      } else if (w === "them" && i >= 2 && i < subjectEnd && /^of$/i.test(toks[i - 1].text) && /^(group|number|majority|handful|hundreds|thousands|dozens|many|most|some|several|few|half)$/i.test(toks[i - 2].text) && this.pluralBefore(ctx.sentence)) {
        // "By then many barons had had enough … . In May 1215 a group of them renounced …": a share of
        // the plural the sentence before opened on ("a group of barons").
        const text = this.pluralBefore(ctx.sentence)!;
        repairs.push(`them → ${text}`);
        toks = [...toks.slice(0, i), ...words(text, ["Noun", "Plural"]), ...toks.slice(i + 1)];
      } else if (w === "its" && i > 0 && toks[i].from >= 0 && !(i >= subjectEnd && clause?.subject.some((t) => t.tags.has("Person"))) && !this.ownerBefore(toks, i)) {
        // "More than 200 species of birds nest or feed on its islands", "Chemists wanted to know its
        // structure": nothing before "its" can own it — plural nouns, people. The article's own subject
        // does when the sentence before (same paragraph) spoke of it by its head ("the reef's warm
        // waters" → "the Great Barrier Reef's islands"); else the stem leans on what the reader cannot see.
        // In a later clause, the main clause's own thing owns it first ("Penicillin … cured infections,
        // and chemists wanted to know its structure" → "penicillin's structure").
        const m = ctx.kind && ctx.kind !== "main" ? ctx.main : undefined;
        const mainOwner = m && !m.plural && !m.person && !m.people && !m.objectOnly && !m.described && !(m.entity && FIGURE_TYPES.has(m.entity.type)) ? possessiveOf(m.mass ? m.text.toLowerCase() : m.text) : undefined;
        const owner = mainOwner ?? this.titleOwnerNear(ctx.sentence, render(toks));
        if (owner) {
          repairs.push(`its → ${owner}`);
          toks = [...toks.slice(0, i), ...words(owner, ["ProperNoun", "Noun", "Possessive"]), ...toks.slice(i + 1)];
        } else dangling.push("its");
      } else if (w === "its" && i >= subjectEnd && i > 0 && clause && clause.subject.some((t) => t.tags.has("Person")) && toks[i + 1] && /^\p{Ll}/u.test(toks[i + 1].text)) {
        // "In 1976 Dorothy Hodgkin became the first woman to receive its highest award": after a
        // person's verb, "its" is none of hers; the one body named before it — earlier in the
        // sentence, else in the sentence before — owns it ("the Royal Society's highest award").
        const BODY = ["organization", "event", "facility"];
        const start = toks.find((t) => t.from >= 0)?.from ?? -1;
        const here = start > 0 ? ctx.facts.filter((f) => !f.bound && shiftSpan(ctx.source, f.start, f.end)[1] <= start).map((f) => this.analysis.entities.get(f.entityId)).filter((e): e is Entity => !!e && BODY.includes(e.type)) : [];
        const before = this.recent.filter((r) => r.sentence === ctx.sentence.index - 1 && r.paragraph === ctx.sentence.paragraph && BODY.includes(r.entity.type)).map((r) => r.entity);
        const owners = [...new Set(here.length ? here : before)];
        if (owners.length === 1) {
          const e = owners[0];
          const the = !/^the\s/i.test(e.display) && new RegExp(`\\bthe ${escapeRegExp(e.display)}\\b`).test(this.article.body ?? "") ? "the " : "";
          const text = possessiveOf(`${the}${e.display}`);
          repairs.push(`its → ${text}`);
          toks = [...toks.slice(0, i), ...words(text, ["ProperNoun", "Noun", "Possessive"]), ...toks.slice(i + 1)];
        } else if (toks[i].from >= 0 && !this.ownerBefore(toks, i)) {
          // ("Dorothy Hodgkin took her first X-ray photographs of its crystals": no body named, no thing before it.)
          const owner = this.titleOwnerNear(ctx.sentence, render(toks));
          if (owner) {
            repairs.push(`its → ${owner}`);
            toks = [...toks.slice(0, i), ...words(owner, ["ProperNoun", "Noun", "Possessive"]), ...toks.slice(i + 1)];
          } else dangling.push("its");
        }
      } else if (w === "it" && i >= subjectEnd && this.thatClauseSubject(toks, i) && clause) {
        // "The barrier’s designers estimate that by 2070 it may have to close …": the thing whose
        // people the subject is.
        const subject = clause.subject;
        const k = subject.findIndex((t) => /[’']s$/.test(t.text));
        const noun = subject[k + 1];
        if (k >= 0 && k === subject.length - 2 && noun?.tags.has("Plural") && !subject.some((t) => t.tags.has("Person"))) {
          const owner = render([...subject.slice(0, k), { ...subject[k], text: subject[k].text.replace(/[’']s$/, "") }]).replace(/^The\s/, "the ");
          repairs.push(`it → ${owner}`);
          toks = [...toks.slice(0, i), ...words(owner, ["Noun", "Singular"]), ...toks.slice(i + 1)];
        }
      } else if (w === "it" && i >= subjectEnd && i > 0 && toks[i].from >= 0 && /^(?:over|into|onto|inside|around|beneath|under|across|through)$/i.test(toks[i - 1].text) && !toks.slice(subjectEnd, i).some((x) => x.tags.has("Noun") && !x.tags.has("Pronoun") && !x.tags.has("Verb")) && this.calledJustBefore(ctx.sentence)) {
        // "… enclosed in a concrete and steel shell, known as the sarcophagus. ¶ … the New Safe
        // Confinement was slid over it" → "over the sarcophagus": the thing the sentence before
        // closed by naming.
        const named = this.calledJustBefore(ctx.sentence)!;
        repairs.push(`it → ${named}`);
        toks = [...toks.slice(0, i), ...words(named, ["Noun", "Singular"]), ...toks.slice(i + 1)];
      } else if ((w === "it" || w === "them") && i >= subjectEnd && i > 0 && ((toks[i - 1].tags.has("Verb") && (!toks[i - 1].tags.has("Auxiliary") || causative(toks, i))) ||
        // ("The navigator Matthew Flinders found a way through it": the object of a place preposition, too.)
        (w === "it" && /^(?:through|into|onto|across|inside|around|beneath|along|within|over)$/i.test(toks[i - 1].text) && (i + 1 === toks.length || /^[,.;:]$/.test(toks[i + 1].text)))) &&
        // "Fenline Buses said it would redraw …": the subject of a reported clause, not an object.
        // ("Napoleon had it taken to Paris", "Himmler wanted it brought to Germany": an object and its participle.)
        !(w === "it" && !causative(toks, i) && (isFiniteVerb(toks, i + 1) || isAuxWord(toks[i + 1]?.text ?? "")))) {
        // "Zimbabwe suffered it in 2008", "The protocol phased them out": the thing the sentence
        // before was about, when it is not the subject.
        // ("Lübeck was refounded in 1159 …, and its position was ideal: a short overland route linked
        // it to Hamburg": in a later clause of the sentence, its main clause's named subject — not the
        // article's topic of the sentence before.)
        const m = ctx.main;
        // ("The Soviet Union began launching its own system, GLONASS, …, and Russia still runs it today":
        // a later clause with a subject of its own may mean the thing the main clause named after its
        // subject as well; with such a name there, "it" is left unresolved.)
        const named = (f: Fact) => !f.bound && f.entityId !== m?.entity?.id && !NUMERIC_TYPES.has(f.type) && !["year", "date", "person", "term"].includes(f.type);
        // (Only where the later clause's own subject is a name: "a short overland route linked it to
        // Hamburg" is still about Lübeck.)
        const own0 = clause?.subject.filter((x) => !x.tags.has("Adverb")) ?? [];
        const ownName = own0.length > 0 && own0.every((x) => /^\p{Lu}/u.test(x.text)) && own0.some((x) => x.tags.has("ProperNoun"));
        const rival = ownName && !!m?.entity && ctx.kind === "coordinate" && toks[0]?.from >= 0 && ctx.facts.some((f) => named(f) && shiftSpan(ctx.source, f.start, f.end)[1] <= toks[0].from && shiftSpan(ctx.source, f.start, f.end)[0] > ctx.source.text.indexOf(m.text));
        const own = !!m && !rival && m.plural === (w === "them") && !m.person && !m.mass && !m.objectOnly && !!m.entity && m.entity.type !== "term" && !FIGURE_TYPES.has(m.entity.type);
        // ("Orville was demonstrating a machine …, when a cracked propeller brought it down": in a later
        // clause after a main clause whose subject is a person, or none that could be read, "it" is
        // that clause's thing, not the sentence before's topic.)
        const later = !!ctx.kind && ctx.kind !== "main";
        const t = own ? m : rival || (later && (!m || (m.person && !m.plural))) ? undefined : this.topic;
        const subjectText = clause ? render(clause.subject).toLowerCase() : "";
        if (t && t.plural === (w === "them") && (own || ctx.follows(this.topic)) && !t.person && !this.surnameOfPerson(t.text) && !(t.entity && FIGURE_TYPES.has(t.entity.type)) && !subjectText.includes(t.text.toLowerCase()) &&
          // ("The Kirkby kiln burns coal. Soot on the Kirkby flue stops it …": a thing the sentence
          // before only described is no object "it" when the subject names another "the …" of its own.)
          !(t.described && /\bthe \p{L}/u.test(subjectText))) {
          // ("Derailleurs were slow … the organisers banned them": a word capitalised only because it
          // opened its sentence goes into the middle of another in the article's own lower case.)
          const text = this.bodyCase(t.text);
          repairs.push(`${w} → ${text}`);
          toks = [...toks.slice(0, i), ...words(text, t.entity && t.entity.type !== "term" && text === t.text ? ["ProperNoun", "Noun", "Fact"] : ["Noun"]), ...toks.slice(i + 1)];
        } else {
          // "Young workers produce it from eight glands": nothing between the subject and the pronoun
          // can be what it stands for, nor can the subject (it would be "itself") — but a noun after a
          // preposition inside the subject can ("Dust on the condenser stops it …").
          const subjectStart = clause ? clause.base : 0;
          const inSubject = toks.slice(subjectStart, subjectEnd);
          const prep = inSubject.findIndex((x) => x.tags.has("Preposition"));
          // ("A team of researchers from the SS studied and photographed it": neither the researchers nor the SS.)
          const ownNoun = (x: Tok) => /^\p{Ll}/u.test(x.text) && (w === "them") === x.tags.has("Plural");
          const candidates = [...(prep >= 0 ? inSubject.slice(prep + 1).filter(ownNoun) : []), ...toks.slice(subjectEnd, i)];
          // ("found a way through it": a way is found through something else.)
          if (!candidates.some((x) => x.tags.has("Noun") && !x.tags.has("Pronoun") && !/^(?:way|path|route|passage)$/i.test(x.text))) {
            // "Cook wrote of the reef as … . … Matthew Flinders found a way through it": the title's
            // thing, when the sentence before spoke of it by its head and of nothing else it could be.
            const thing = w === "it" ? this.titleThingNear(ctx.sentence, render(toks)) : undefined;
            if (thing) {
              repairs.push(`it → ${thing}`);
              toks = [...toks.slice(0, i), ...words(thing, ["ProperNoun", "Noun", "Singular", "Fact"]), ...toks.slice(i + 1)];
            } else dangling.push(w);
          }
        }
      }
    }
    return toks;
  }

  /**
   * Whether a word before `i` can own an "its": a singular or uncountable noun that heads its phrase
   * (not "Torres Strait Islander" before "groups"), a name that is no person's, or the gap's place.
   */
  private ownerBefore(toks: Tok[], i: number): boolean {
    return toks.slice(0, i).some((t, k) => {
      const next = toks[k + 1];
      if (/^(it|this|that|one|each|every|which)$/i.test(t.text)) return true;
      if (!t.tags.has("Noun") || t.tags.has("Pronoun") || t.tags.has("Person") || t.tags.has("Plural") || t.tags.has("Possessive") || /[’']s$/.test(t.text)) return false;
      // ("the Bank", "Ethiopia", "the crew": a group or a thing; "Visitors", "chemists" are not, nor
      // "200 species" after a number, nor "Aboriginal and Torres Strait Islander groups" before "and".)
      if (k > 0 && (toks[k - 1].tags.has("Value") || /^\d[\d,]*$/.test(toks[k - 1].text)) && !/^(1|one)$/i.test(toks[k - 1].text)) return false;
      return !(next && k + 1 < i && ((next.tags.has("Noun") && !next.tags.has("Pronoun")) || /^(and|or)$/i.test(next.text)));
    });
  }

  /** The title's named thing as an owner ("the Great Barrier Reef's"), when the sentence before spoke of it by its head noun. */
  private titleOwnerNear(sentence: Sentence, statement: string): string | undefined {
    const title = (this.article.title ?? "").trim();
    const m = title.match(/^(?:The\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}\p{Ll}+))$/u);
    if (!m || /\s(?:and|of)\s/.test(title)) return undefined;
    const head = m[2].toLowerCase();
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph)?.text ?? "";
    if (!new RegExp(`\\bthe ${escapeRegExp(head)}\\b`, "i").test(before) || statement.toLowerCase().includes(m[1].toLowerCase())) return undefined;
    const e = this.titleEntity(head);
    if (!e || e.type === "person") return undefined;
    return possessiveOf(/^The\s/.test(title) ? `the ${m[1]}` : m[1]);
  }

  /**
   * The title's named thing ("the Great Barrier Reef") for an object "it", when the sentence before
   * (same paragraph) spoke of it by its head ("the reef") and, outside quotations, named no other
   * singular thing an "it" could be ("Cook ran his ship onto the reef" names the ship too).
   */
  private titleThingNear(sentence: Sentence, statement: string): string | undefined {
    const title = (this.article.title ?? "").trim();
    const m = title.match(/^(?:The\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}\p{Ll}+))$/u);
    if (!m || /\s(?:and|of)\s/.test(title)) return undefined;
    const head = m[2].toLowerCase();
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph);
    if (!before || statement.toLowerCase().includes(m[1].toLowerCase())) return undefined;
    const at = before.text.search(new RegExp(`\\bthe ${escapeRegExp(head)}\\b`, "i"));
    if (at < 0 || !this.titleEntity(head) || this.titleEntity(head)?.type === "person") return undefined;
    const headAt = at + 4;
    const quoted = [...before.text.matchAll(/["“][^"“”]*["”]/gu)].map((q) => [q.index ?? 0, (q.index ?? 0) + q[0].length]);
    for (const w of before.text.matchAll(/\p{Ll}{3,}/gu)) {
      const o = w.index ?? 0;
      if (o === headAt || quoted.some(([a, b]) => o >= a && o < b)) continue;
      const tags = this.analysis.tagsAt(before.index, o);
      if (tags.has("Noun") && tags.has("Singular") && !tags.has("Pronoun") && !tags.has("Verb") && !tags.has("Person")) return undefined;
    }
    return /^The\s/.test(title) ? `the ${m[1]}` : m[1];
  }

  /**
   * "Autolyse simply means resting flour and water together … . The technique was devised in 1974 …":
   * a way of doing things ("the technique", "the method") right after a sentence that opens by
   * saying what a one-word term means is that term ("Autolyse was devised …").
   */
  private definedJustBefore(noun: string, sentence: Sentence): string | undefined {
    if (!/^(?:technique|method|process|practice|procedure)$/.test(noun)) return undefined;
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph)?.text ?? "";
    const term = before.match(/^(\p{Lu}\p{Ll}{3,})(?:\s+(?:simply|just|literally))?\s+means\s+\p{Ll}/u)?.[1];
    if (!term) return undefined;
    // ("the autolyse technique": the term as the body writes it mid-sentence, lower case unless a name.)
    const name = new RegExp(`[\\p{Ll},;] ${escapeRegExp(term)}\\b`, "u").test(this.article.body ?? "");
    return `the ${name ? term : term.toLowerCase()} ${noun}`;
  }

  /** "the sarcophagus" when the sentence just before (same paragraph) closed on ", known as the sarcophagus." */
  private calledJustBefore(sentence: Sentence): string | undefined {
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph)?.text ?? "";
    const m = before.match(/,\s+(?:(?:later|now|also|better)\s+)?(?:known as|called)\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})\.$/u);
    return m && !/\b(?:and|or|of)\b/.test(m[1]) ? m[1] : undefined;
  }

  /**
   * "The Flemish scientist Jan van Helmont put that idea to the test by growing a small willow tree …
   * The tree gained about 74 kilograms": the thing the one person of the sentence before grew, built
   * or made ("a … tree") is theirs — "Van Helmont's willow tree". Only after a verb of making or
   * keeping (someone who saw a lion has no lion of his own), only a noun the sentence writes once,
   * and only its noun modifiers ("willow", not "small").
   */
  private madeJustBefore(noun: string, sentence: Sentence): string | undefined {
    if (!/^\p{Ll}{3,}$/u.test(noun)) return undefined;
    const before = this.analysis.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph);
    if (!before) return undefined;
    const word = escapeRegExp(noun);
    if ((before.text.match(new RegExp(`\\b${word}\\b`, "giu")) ?? []).length !== 1) return undefined;
    const m = before.text.match(new RegExp(`\\b(?:grew|grow|grows|growing|planted|planting|built|build|building|made|making|bred|breeding|bought|buying|kept|keeping|owned|designed|designing|carved|carving) (?:a|an) ((?:[\\p{Ll}-]+ ){0,3})${word}\\b`, "u"));
    if (!m) return undefined;
    const people = [...new Set(this.analysis.facts.filter((f) => f.sentenceIndex === before.index && !f.bound && f.start < (m.index ?? 0)).map((f) => this.analysis.entities.get(f.entityId)).filter((e): e is Entity => e?.type === "person"))];
    if (people.length !== 1) return undefined;
    // (No other person anywhere in the sentence: "… growing a tree for Priestley" is not whose.)
    if (this.analysis.facts.some((f) => f.sentenceIndex === before.index && !f.bound && this.analysis.entities.get(f.entityId)?.type === "person" && this.analysis.entities.get(f.entityId) !== people[0])) return undefined;
    let at = (m.index ?? 0) + m[0].length - noun.length;
    const mods: string[] = [];
    for (const w of m[1].trim().split(/\s+/).filter(Boolean).reverse()) {
      at -= w.length + 1;
      const tags = this.analysis.tagsAt(before.index, at);
      if (!tags.has("Noun") || tags.has("Adjective") || tags.has("Verb") || tags.has("Plural")) break;
      mods.unshift(w);
    }
    // ("Jan van Helmont's": a surname that opens with a lower-case particle is written whole, so that
    // no "Van" keeps its sentence-start capital inside a question.)
    const short = shortName(people[0].display);
    return `${possessiveOf(/^\p{Ll}/u.test(short) ? people[0].display : short)} ${[...mods, noun].join(" ")}`;
  }

  /**
   * "Riverton Rowing Club Wins the Severn Cup …": in a report on one contest, "The course runs for
   * 3,200 metres …" is the Severn Cup course and "The trophy was a silver bowl …" the Harnshire
   * Women's County Cup trophy — the one contest the article names, whose head and another word the
   * title holds (a trophy named otherwise is still that contest's trophy).
   */
  private contestPart(noun: string): string | undefined {
    if (!/^(?:trophy|course|race|final)$/.test(noun)) return undefined;
    const title = (this.article.title ?? "").replace(/["“”]/g, "");
    const titleWords = new Set(title.split(/[^\p{L}'’-]+/u));
    const inTitle = (d: string) => {
      const parts = d.split(/\s+/);
      return titleWords.has(parts[parts.length - 1]) && parts.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && titleWords.has(w));
    };
    const names = [...new Set([...this.analysis.entities.values()].filter((e) => e.type !== "person" && e.type !== "term").map((e) => e.display.replace(/^the\s+/i, "")).filter((d) => /\s(?:Cup|Shield|Championships?|Challenge|Regatta)$/.test(d) && inTitle(d)))];
    return names.length === 1 ? `the ${names[0]} ${noun}` : undefined;
  }

  /**
   * "The Amazon Rainforest": in an article titled with a named forest, desert, basin or the like that
   * the body also calls by its name alone ("people have lived in the Amazon"), "the region" is the
   * Amazon region — unless its paragraph has written "region" of something else before ("French
   * Guiana, an overseas region of France").
   */
  private titleRegion(noun: string, sentence: Sentence): string | undefined {
    if (noun !== "region") return undefined;
    const m = (this.article.title ?? "").replace(/["“”]/g, "").trim().match(/^(?:The )?((?:\p{Lu}[\p{L}-]* ){1,2})(Rainforest|Forest|Desert|Basin|Valley|Plateau|Mountains|Highlands|Delta|Steppe|Plains)$/u);
    if (!m) return undefined;
    const name = m[1].trim();
    const body = this.article.body ?? "";
    if (!new RegExp(`\\b(?:in|of|across|from|to|throughout) the ${escapeRegExp(name)}(?! ${m[2]}| ${m[2].toLowerCase()}| \\p{Lu})\\b`, "u").test(body)) return undefined;
    const para = this.article.sentences.filter((x) => x.paragraph === sentence.paragraph && x.index <= sentence.index);
    if (para.some((x) => [...x.text.matchAll(/(\S+) region\b/giu)].some((r) => !/^the$/i.test(r[1])))) return undefined;
    return `the ${name} region`;
  }

  /**
   * "Hollins Cross cycle lane plan goes out to consultation … The scheme is expected to cost £2.4
   * million": in a news report whose headline opens on a named project ("<Name> … plan", "<Name>
   * Wind Farm Approved"), "The scheme" or "The project" is that one — "the Hollins Cross cycle lane
   * scheme", "the Saltby wind farm" (the body's own case for its words). The name's words must be
   * the body's, and nothing but nouns may stand between it and the head.
   */
  private titleProject(noun: string): string | undefined {
    if (!/^(?:project|scheme|plan|proposal|development)$/.test(noun)) return undefined;
    const title = (this.article.title ?? "").replace(/["“”]/g, "").trim();
    const m = title.match(/^((?:\p{Lu}[\p{Ll}’'-]+ ){1,2})((?:[\p{L}-]+ ){0,2}?)(plan|scheme|project|proposal|wind farm|solar farm|bypass|extension|cycle lane|tram line)\b/iu);
    if (!m) return undefined;
    const name = m[1].trim();
    const body = this.article.body ?? "";
    if (!body.includes(name)) return undefined;
    const mods = m[2].trim().split(/\s+/).filter(Boolean);
    // (Each word between is one the body writes, a noun: "cycle lane", not "Approved".)
    if (mods.some((w) => !this.inBody(w.toLowerCase()) && !this.inBody(w)) || mods.some((w) => /(?:ed|ing)$/i.test(w))) return undefined;
    const head = m[3].toLowerCase();
    const lower = (w: string) => (this.inBody(w.toLowerCase()) ? w.toLowerCase() : w);
    const project = /^(?:plan|scheme|project|proposal)$/.test(head);
    if (!project && !body.toLowerCase().includes(head)) return undefined;
    // ("the Hollins Cross cycle lane scheme": a scheme or plan keeps its word; a project is the farm itself.)
    return `the ${[name, ...mods.map(lower), project ? noun : /^(?:scheme|plan|proposal)$/.test(noun) ? `${head} ${noun}` : head].join(" ")}`;
  }

  /**
   * "The Silk Road was not a single road … ¶ The name is far younger than the routes themselves. It
   * was coined in 1877 …": "The name" opening a paragraph of an article titled with a name is that
   * name ("the name Silk Road"). Not after a sentence of its own paragraph, which may have named
   * something else ("… these are called spring tides. The name has nothing to do with …").
   */
  private nameOfTitle(noun: string, sentence: Sentence): string | undefined {
    if (noun !== "name" || this.article.sentences.some((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph)) return undefined;
    const m = (this.article.title ?? "").replace(/["“”]/g, "").trim().match(/^(?:The )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})$/u);
    const first = this.article.sentences[0]?.text ?? "";
    return m && first.includes(m[1]) ? `the name ${m[1]}` : undefined;
  }

  /**
   * "Tulips are not native to the Netherlands. The flower grows wild in …": "The flower" right after
   * a sentence that opens on the title's own thing as a bare plural ("Tulips …" under "Tulip mania …")
   * is that thing ("The tulip grows wild …"), when the noun is a kind it belongs to (a tulip is a
   * plant; the dictionary files it under no "flower", so a plant's "flower" and "plant" count).
   */
  private kindJustBefore(noun: string, sentence: Sentence): string | undefined {
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph)?.text ?? "";
    const m = before.match(/^(\p{Lu}\p{Ll}{2,})s (?:are|were|have|had|grow|grew|came|come|can|could|do|did|need|needed)\b/u);
    if (!m) return undefined;
    const thing = m[1].toLowerCase();
    if (thing === noun || !(this.article.title ?? "").toLowerCase().split(/[^\p{L}]+/u).some((w) => w === thing || w === `${thing}s`)) return undefined;
    const kind = isKindOf(thing, noun) || (/^(?:flower|plant)$/.test(noun) && isKindOf(thing, "plant"));
    return kind ? `the ${thing}` : undefined;
  }

  /** "the Victorian replica" for "replica" when the sentence before (same paragraph) introduced "a Victorian replica", once. */
  private introducedJustBefore(noun: Tok, sentence: Sentence): string | undefined {
    if (!/^\p{Ll}{3,}$/u.test(noun.text) || !noun.tags.has("Noun") || noun.tags.has("Plural")) return undefined;
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph)?.text ?? "";
    const word = escapeRegExp(noun.text);
    if ((before.match(new RegExp(`\\b${word}\\b`, "gu")) ?? []).length !== 1) return undefined;
    const mods = before.match(new RegExp(`\\b(?:a|an) ((?:[\\p{L}-]+ ){1,3})${word}\\b`, "u"))?.[1].trim().split(" ");
    if (!mods || mods.some((w) => /^(of|in|on|at|to|for|and|or|the|a|an|with|by|from|that|which|who|is|was|are|were)$/i.test(w))) return undefined;
    return `the ${mods.join(" ")} ${noun.text}`;
  }

  /** Whether toks[i] is the subject of a "that" clause ("… estimate that by 2070 it may …"). */
  private thatClauseSubject(toks: Tok[], i: number): boolean {
    // "… designers expect it to close …": the subject of an infinitive after a verb of thinking.
    if (COGNITION.test(toks[i - 1]?.text ?? "") && /^to$/i.test(toks[i + 1]?.text ?? "")) return true;
    const that = toks.slice(Math.max(0, i - 5), i).findLastIndex((t) => /^that$/i.test(t.text));
    if (that < 0) return false;
    const from = Math.max(0, i - 5) + that;
    // "may" after "it" is the modal, whatever the tagger says (it reads the month).
    return (isFiniteVerb(toks, i + 1) || isAuxWord(toks[i + 1]?.text ?? "")) && !toks.slice(from + 1, i).some((t, k) => t.text === "," || isFiniteVerb(toks, from + 1 + k));
  }

  /** "the day before" is left out; "Since then" becomes "Since 1956"; "that year" the year said before. */
  private resolveTime(input: Tok[], ctx: Context, repairs: string[]): Tok[] {
    let toks = input;
    // "In Germany in 1923, prices doubled …, and by November of that year …": a single year said
    // earlier in the same sentence comes first; else the sentence before's.
    const from = toks.find((t) => t.from >= 0)?.from ?? 0;
    const here = [...new Set(ctx.source.text.slice(0, from).match(/\b(1\d{3}|20\d{2})\b/g) ?? [])];
    const year = here.length === 1 ? Number(here[0]) : here.length > 1 ? undefined : this.year && this.year.paragraph === ctx.sentence.paragraph ? this.year.value : undefined;
    if (/^since$/i.test(toks[0]?.text ?? "") && /^then$/i.test(toks[1]?.text ?? "")) {
      const lead = year !== undefined ? [tok("Since", ["Preposition"]), tok(String(year), ["Value", "Year", "Date"])] : [];
      repairs.push(`Since then → ${year ?? "(left out)"}`);
      toks = [...lead, ...toks.slice(toks[2]?.text === "," ? 3 : 2)];
    }
    // "The same year, the Regency TR-1 went on sale …" → "In 1954 the Regency TR-1 …".
    const same = /^(the same|that) year$/i.test(toks.slice(0, /^that$/i.test(toks[0]?.text ?? "") ? 2 : 3).map((t) => t.text).join(" "));
    if (same && year !== undefined) {
      const n = /^that$/i.test(toks[0].text) ? 2 : 3;
      // ("The same year brought the first signs of …": the year is the subject, and stays one: "1934 brought …".)
      const subject = toks[n]?.tags.has("Verb") && !toks[n].tags.has("Gerund") && toks[n].text !== ",";
      repairs.push(`${render(toks.slice(0, n))} → ${subject ? "" : "In "}${year}`);
      toks = [...(subject ? [] : [tok("In", ["Preposition"])]), tok(String(year), ["Value", "Year", "Date"]), ...toks.slice(toks[n]?.text === "," ? n + 1 : n)];
    }
    // "After the war she directed …": which war? The one just named, else the statement is true without it.
    if (/^(after|before|during)$/i.test(toks[0]?.text ?? "") && /^the$/i.test(toks[1]?.text ?? "") && /^\p{Ll}{3,}$/u.test(toks[2]?.text ?? "") && toks[2].tags.has("Noun") && /^(he|she|they|we|it)$/i.test(toks[3]?.text ?? "")) {
      const named = this.description(toks[2].text, ctx.sentence);
      repairs.push(`${render(toks.slice(0, 3))} → ${named ?? "(left out)"}`);
      toks = named ? [toks[0], ...words(named, ["Noun", "Singular"]), ...toks.slice(3)] : toks.slice(3);
    }
    // "asserted … on Monday": a day of the article's week, which no learner can place; the statement
    // is true without it (not "on Monday, 5 January", which dates it).
    for (let i = 0; i < toks.length - 1; i++) {
      if (!/^on$/i.test(toks[i].text) || !WEEKDAY.test(toks[i + 1].text)) continue;
      const n = /^(morning|afternoon|evening|night)$/i.test(toks[i + 2]?.text ?? "") ? 3 : 2;
      const next = toks[i + n];
      if (next && (next.text === "," ? /^[\p{Lu}\d]/u.test(toks[i + n + 1]?.text ?? "") : /^\d/.test(next.text))) continue;
      // Opening the statement, its comma goes too ("On Monday, the Pentagon …" → "The Pentagon …").
      const cut = i === 0 && next?.text === "," ? n + 1 : n;
      if (i === 0 && toks.length <= cut + 3) break;
      repairs.push(`${render(toks.slice(i, i + n))} → (left out)`);
      const after = toks.slice(i + cut);
      toks = [...toks.slice(0, i), ...(i === 0 && after[0] ? [{ ...after[0], text: after[0].text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) }, ...after.slice(1)] : after)];
      break;
    }
    for (let i = 0; i < toks.length; i++) {
      for (let n = 5; n >= 3; n--) {
        const phrase = toks.slice(i, i + n).map((t) => t.text).join(" ");
        // "Fifteen days later the treaty gave …": at the start of a clause it goes too, with its comma.
        if (toks.slice(i, i + n).length === n && RELATIVE_ADJUNCT.test(phrase) && i === 0 && toks.length > n + 3) {
          repairs.push(`${phrase} → (left out)`);
          toks = toks.slice(toks[n]?.text === "," ? n + 1 : n);
          i = toks.length;
          break;
        }
        if (toks.slice(i, i + n).length === n && RELATIVE_ADJUNCT.test(phrase) && i > 1) {
          // An adjunct inside the clause: the statement is true without it.
          repairs.push(`${phrase} → (left out)`);
          // "a week later, on 23 December": the date that follows says it already.
          const comma = toks[i + n]?.text === "," || toks[i - 1]?.text === "," ? 1 : 0;
          toks = [...toks.slice(0, toks[i - 1]?.text === "," ? i - 1 : i), ...toks.slice(i + n + (toks[i - 1]?.text === "," ? 0 : comma))];
          i = toks.length;
          break;
        }
      }
    }
    for (let i = 0; i < toks.length - 1; i++) {
      if (/^(that|the same)$/i.test(toks[i].text) && /^year$/i.test(toks[i + 1].text) && year !== undefined && /^(in|of|by|during)$/i.test(toks[i - 1]?.text ?? "")) {
        repairs.push(`${toks[i].text} year → ${year}`);
        toks = [...toks.slice(0, i), tok(String(year), ["Value", "Year", "Date"]), ...toks.slice(i + 2)];
      }
    }
    return toks;
  }

  private pronounReferent(p: string, kind: string, ctx: Context, weatherLike = true): Referent | undefined {
    // Inside a sentence, a pronoun in a later clause is the main clause's subject ("The system worked
    // well, but it contained …"), when kind and number agree.
    if (kind !== "main" && ctx.main) {
      const m = ctx.main;
      // A mass noun is no subject "it" that could be the weather's: "Rain fell, and it was cold";
      // "Penicillin … cured infections, but it could be produced only slowly" is the penicillin.
      if (p === "it" && !m.plural && !m.person && !(m.mass && weatherLike) && !m.objectOnly && !(m.entity && FIGURE_TYPES.has(m.entity.type))) return m;
      if (p === "they" && m.plural) return m;
      if ((p === "he" || p === "she") && m.person && m.entity && genderOf(m.entity) === (p === "he" ? "male" : "female")) return m;
      // A second verb phrase of the main clause's subject ("He set …, but was benched …") shares it,
      // whatever the name says of its gender.
      if ((p === "he" || p === "she") && kind === "coordinate" && m.person && !m.plural && m.entity && genderOf(m.entity) === undefined) return m;
    }
    if (p === "he" || p === "she") {
      // "In week 10, Manning suffered a partial tear … He set …": a name of unknown gender that was the
      // sentence before's subject, alone among its people, is who the next sentence's pronoun means.
      const sp = this.subjectPerson;
      if (kind === "main" && sp && sp.sentence === ctx.sentence.index - 1 && genderOf(sp.entity) === undefined &&
        this.people.filter((x) => this.personSentence.get(x) === sp.sentence).length === 1) {
        return { text: this.personName(sp.entity), plural: false, person: true, entity: sp.entity };
      }
      // "The English physician Thomas Young showed …, and he identified …": a later clause's pronoun
      // is the one person its own sentence named before, not the last one of the sentences before.
      if (kind !== "main") {
        const gender = p === "he" ? "male" : "female";
        const own = [...new Set(ctx.facts.filter((f) => !f.bound).map((f) => this.analysis.entities.get(f.entityId)).filter((e): e is Entity => e?.type === "person"))];
        if (own.length === 1 && genderOf(own[0]) !== (gender === "male" ? "female" : "male")) return { text: this.personName(own[0]), plural: false, person: true, entity: own[0] };
        if (own.length > 1) return undefined;
        // "In 1803 Napoleon had it taken to Paris …, because he was planning …": a lone name the
        // sentence gives (not known as a person) may be who; the last person named before is then unsure.
        const lone = ctx.facts.filter((f) => !f.bound).map((f) => this.analysis.entities.get(f.entityId)).filter((e): e is Entity => e?.type === "name" && /^\p{Lu}\p{Ll}+$/u.test(e.display) && givenNameGender(e.display) !== (gender === "male" ? "female" : "male"));
        if (lone.length) return lone.length === 1 && givenNameGender(lone[0].display) === gender ? { text: lone[0].display, plural: false, person: true, entity: lone[0] } : undefined;
      }
      return this.personByGender(p === "he" ? "male" : "female", undefined, "", ctx.sentence) ?? this.titlePersonFor(p === "he" ? "male" : "female", ctx.sentence);
    }
    const t = this.topic;
    // A named topic carries over a paragraph break ("… the Eurovision Song Contest. ¶ It was …"); a description does not.
    // ("… declared Japan a "nonfriendly" country to encourage it …": a figure — "71%" of the sentence before — is nobody's "it".)
    // ("Over the following months Mary uncovered the skeleton. It was later named …": a lone given
    // name is somebody, never an "it".)
    const givenName = !!t?.entity && !/\s/.test(t.entity.display) && t.entity.type === "name" && !!givenNameGender(t.entity.display);
    // ("Britain and America …": two names are no "it".)
    // ("The extra inch fits more words on each page. It has warm lighting …": a measure is no "it".)
    // ("The General Agreement on Tariffs and Trade … . It was replaced …": an "and" after the name's own
    // "on"/"of"/"for" joins the words of one name, the tagger's cut of it notwithstanding.)
    const oneName = /^the (?:\p{Lu}[\p{L}-]* )+(?:of|on|for) \p{Lu}[\p{L}-]* and \p{Lu}[\p{L}-]*$/u.test(t?.text ?? "");
    // ("For £10 more, the Lumio Page 6 feels like … . Its 6-inch screen has … . The front light was the
    // most even we measured … . It weighs 168g": a thing named by description after its paragraph had
    // already begun an "it" of its own is one of two things the next "It" may be — the device, not its light.)
    const runningIt = (r: Referent & Seen) => (!r.entity || r.entity.type === "term") && (this.firstItOf(r.paragraph) ?? Infinity) < r.sentence;
    if (p === "it" && t && !t.plural && !t.person && !t.mass && !t.objectOnly && !t.rival && !givenName && !runningIt(t) && !MEASURE_HEAD.test(t.text) && !(/\s+and\s+/.test(t.text) && !/\s+and\s+/.test(t.entity?.display ?? "") && !oneName) && !this.surnameOfPerson(t.text) && !(t.entity && FIGURE_TYPES.has(t.entity.type)) && ((t.entity && t.entity.type !== "term") || ctx.follows(t)) && (!t.described || kind === "main") && !this.newSectionWithout(t, ctx.sentence)) return t;
    // "Wren and Hooke designed the Monument … . It stands 61 metres tall": people are no "it"; the
    // one named thing they acted on is.
    const o = this.objectTopic;
    if (p === "it" && kind === "main" && o && (!t || t.person || t.plural) && ctx.follows(o)) return o;
    if (p === "they" && t && t.plural && ctx.follows(t)) return t;
    // "The Wright Brothers": in an article about a pair of siblings, a "they" nothing nearer stands
    // for is them.
    if (p === "they" && !(t && t.plural && !t.person && ctx.follows(t))) return this.titleSiblings() ?? (kind === "main" ? this.lonePluralBefore(ctx.sentence) : undefined);
    return undefined;
  }

  /**
   * "Early in 1847 the government changed course and opened soup kitchens, which handed out free
   * food directly. At their peak … they were feeding about three million people a day": the one
   * plural the sentence before wrote, a thing (not people) it went on to describe with ", which", is
   * what the next sentence's "they" stands for ("the soup kitchens"). Nothing else plural in that
   * sentence (nor a "they" or "them" of its own), and no figure on it ("24 working satellites").
   */
  private lonePluralBefore(sentence: Sentence): Referent | undefined {
    const before = this.analysis.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph);
    if (!before) return undefined;
    const words = [...before.text.matchAll(/[\p{L}’'-]+/gu)];
    if (words.some((w) => /^(?:they|them|their|these|those|both)$/i.test(w[0]))) return undefined;
    // (The tagger may read a compound's plural as a verb: "soup kitchens" — a dictionary noun after a noun.)
    const plural = words.filter((w, k) => {
      const tags = this.analysis.tagsAt(before.index, w.index ?? 0);
      if (tags.has("Plural")) return true;
      if (!/^\p{Ll}{3,}s$/u.test(w[0]) || /ss$/.test(w[0]) || !isDictionaryNoun(w[0])) return false;
      const prev = k > 0 ? this.analysis.tagsAt(before.index, words[k - 1].index ?? 0) : undefined;
      return tags.has("Noun") || (!!prev && prev.has("Noun") && !prev.has("Pronoun") && /^\p{Ll}+$/u.test(words[k - 1][0]));
    });
    if (plural.length !== 1) return undefined;
    const head = plural[0];
    const end = (head.index ?? 0) + head[0].length;
    if (!/^\p{Ll}{3,}s$/u.test(head[0]) || !/^, which\b/.test(before.text.slice(end))) return undefined;
    const tags = this.analysis.tagsAt(before.index, head.index ?? 0);
    if (tags.has("Person") || isKindOf(head[0].replace(/s$/, ""), "person")) return undefined;
    // Its noun modifiers ("soup kitchens"), none a figure or an owner ("24 kitchens", "his kitchens").
    const i = words.indexOf(head);
    const mods: string[] = [];
    for (let k = i - 1; k >= 0 && mods.length < 2; k--) {
      const w = words[k];
      const wt = this.analysis.tagsAt(before.index, w.index ?? 0);
      if (!/^\p{Ll}+$/u.test(w[0]) || !wt.has("Noun") || wt.has("Adjective") || wt.has("Verb") || wt.has("Pronoun") || wt.has("Value") || wt.has("Determiner") || wt.has("Preposition")) break;
      mods.unshift(w[0]);
    }
    const lead = words[i - mods.length - 1];
    // (After an owner or a figure it is someone's or so many: "his kitchens", "30 kitchens".)
    if (lead && (POSSESSIVE_WORD.test(lead[0]) || /^\d/.test(before.text.slice(lead.index ?? 0)) || /\d\s*$/.test(before.text.slice(0, words[i - mods.length].index ?? 0)))) return undefined;
    return { text: `the ${[...mods, head[0]].join(" ")}`, plural: true, person: false };
  }

  /**
   * Whether the sentence's one "their" can only be the title's siblings': no plural (nor "they",
   * "them") before it in the sentence, and none in the sentence before when it is in the same paragraph.
   */
  private siblingsOwn(sentence: Sentence): boolean {
    const uses = [...sentence.text.matchAll(/\btheir\b/gi)];
    if (uses.length !== 1) return false;
    const plural = (s: Sentence, end: number) => [...s.text.slice(0, end).matchAll(/\p{L}+/gu)].some((m) => /^(?:they|them|their)$/i.test(m[0]) || (this.analysis.tagsAt(s.index, m.index ?? 0).has("Plural") && !/^(?:brothers|sisters)$/i.test(m[0])));
    if (plural(sentence, uses[0].index ?? 0)) return false;
    const before = this.article.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph);
    return !before || !plural(before, before.text.length);
  }

  /** The siblings an article's title opens with ("The Wright Brothers and the First Flight" → "the Wright brothers"). */
  private titleSiblings(): Referent | undefined {
    const m = (this.article.title ?? "").trim().match(/^(?:The )?(\p{Lu}[\p{L}'’-]+) (Brothers|Sisters|brothers|sisters)(?:$|:| and )/u);
    return m ? { text: `the ${m[1]} ${m[2].toLowerCase()}`, plural: true, person: true } : undefined;
  }

  /** The latest person of that gender, and only when nobody of unknown gender came between. */
  private personByGender(gender: "male" | "female", main: Referent | undefined, not = "", sentence?: Sentence): Referent | undefined {
    if (main?.person && main.entity && genderOf(main.entity) === gender) return main;
    const latest = this.people.find((p) => genderOf(p) !== (gender === "male" ? "female" : "male") && !(not && this.namedIn(p, not)));
    // "… whose ruler, Özbeg Khan, received him … . He then escorted one of the khan's wives …": a
    // person the sentence calls by the title in their name is not its "he"; the biography's own may be.
    if (sentence && latest && titledIn(latest, sentence.text)) {
      const own = this.titlePersonFor(gender, sentence, not, latest);
      return own && own.entity !== latest ? own : undefined;
    }
    // "… to train with the watchmaker Abraham-Louis Breguet. ¶ His first great job …": a new
    // paragraph of a biography goes back to its own person, not to the last one named before it.
    if (sentence && latest && this.paragraphOf(this.personSentence.get(latest) ?? -1) !== sentence.paragraph) {
      const own = this.titlePersonFor(gender, sentence, not);
      if (own && own.entity !== latest) return own;
    }
    if (!latest || genderOf(latest) !== gender) return undefined;
    // "That was Willie Dunbar … ¶ … My father wrote the last entry … Then he locked the door.": a
    // speaker's relative of that gender the text never names ("my father") may be the "he".
    if (sentence && this.unnamedKinSince(gender, latest, sentence)) return undefined;
    // "The Great Eastern … had been a commercial failure. A group … bought her cheaply …": a ship (or
    // a named thing) the sentence before was about may be "her"; a woman named before it is unsure.
    const t = this.topic;
    if (gender === "female" && sentence && t && !t.person && !t.plural && t.entity && t.entity.type !== "person" && t.sentence === sentence.index - 1 && (this.personSentence.get(latest) ?? -1) < t.sentence) return undefined;
    // "Kim Lark and Sasha Moor argued. She …": another person of that (or unknown) gender in the same sentence.
    const at = this.personSentence.get(latest);
    if (this.people.some((p) => p !== latest && this.personSentence.get(p) === at && genderOf(p) !== (gender === "male" ? "female" : "male") && !(not && this.namedIn(p, not)))) return undefined;
    return { text: this.personName(latest), plural: false, person: true, entity: latest };
  }

  /**
   * The person a biography is about — the title's person ("Mary Anning, the fossil hunter …") — as
   * the referent of a he/she/his/her of that person's gender that nothing nearer explains, when no one
   * else who could be meant (of that gender or of none known) was named in this sentence or the one
   * before: a reader of "… In 1835 she lost most of her savings" means her.
   */
  private titlePersonFor(gender: "male" | "female", sentence: Sentence, not = "", ruledOut?: Entity): Referent | undefined {
    const name = this.titlePersonName();
    if (!name) return undefined;
    // The person the title names, else the first one named when the title calls them otherwise (a birth name).
    this.titled ??= [...this.analysis.entities.values()].find((x) => x.type === "person" && (x.display === name || x.aliases.includes(name))) ?? null;
    const first = this.firstNamedPerson();
    const e = this.titled ?? (first && (name.includes(first.display) || first.display.includes(name) || this.personName(first) === name) ? first : undefined);
    if (!e || genderOf(e) !== gender) return undefined;
    if (not && this.namedIn(e, not)) return undefined;
    const other = gender === "male" ? "female" : "male";
    // (The statement's own subject is no rival: "Marc sent him to France" is not Marc.)
    // (Nor is the name they were born with: "She was born Augusta Ada Byron … . Her father was …".)
    const rival = [...this.personSentence].some(([p, at]) => p !== e && p !== ruledOut && at >= sentence.index - 1 && this.paragraphOf(at) === sentence.paragraph && genderOf(p) !== other && !(not && this.namedIn(p, not)) && !this.article.body.includes(`born ${p.display}`));
    return rival ? undefined : { text: this.personName(e), plural: false, person: true, entity: e };
  }

  /**
   * How a pronoun's person is named: by the display name, except the article's own subject when the
   * title calls her otherwise ("Marie Curie, the scientist …" for the "Maria Salomea Skłodowska" of
   * its first line — she is Marie Curie by the time most of the article's "she"s happen).
   */
  private personName(e: Entity): string {
    const name = this.titlePersonName();
    if (!name || e.display === name || name.includes(e.display) || e.display.includes(name)) return e.display;
    if (this.firstNamedPerson() !== e || genderOfName(name) !== genderOf(e)) return e.display;
    return name;
  }

  /** Whether this sentence or the one before it (in its paragraph) speaks of an unnamed relative of that gender, and not of the person. */
  private unnamedKinSince(gender: "male" | "female", p: Entity, sentence: Sentence): boolean {
    const kin = gender === "male" ? UNNAMED_MALE_KIN : UNNAMED_FEMALE_KIN;
    this.byIndex ??= new Map(this.analysis.sentences.map((x) => [x.index, x]));
    const prior = this.byIndex.get(sentence.index - 1);
    const before = prior && prior.paragraph === sentence.paragraph ? prior : undefined;
    return [sentence, ...(before ? [before] : [])].some((x) => kin.test(x.text) && !this.namedIn(p, x.text));
  }

  /** Whether a text names the person: in full, by another name, or by the first name alone ("Marc sent him …"). */
  private namedIn(p: Entity, text: string): boolean {
    const given = p.display.split(/\s+/)[0];
    const forms = [p.display, ...p.aliases, ...(given.length >= 3 && p.display.includes(" ") ? [given] : [])];
    if (!forms.some((n) => containsPhrase(text, n))) return false;
    // ("Marc Isambard Brunel" names Marc, not Isambard Kingdom Brunel, whose surname it shares.)
    const rest = this.withoutOthers(text, p);
    return forms.some((n) => containsPhrase(rest, n));
  }

  /** The text without the other people's full names it holds (a shared surname or given name in them is theirs). */
  private withoutOthers(text: string, p: Entity): string {
    this.fullNames ??= [...this.analysis.entities.values()].filter((e) => e.type === "person" && e.display.includes(" ")).map((e) => e.display).sort((a, b) => b.length - a.length);
    let out = text;
    for (const name of this.fullNames) if (name !== p.display && out.includes(name)) out = out.split(name).join(" ");
    return out;
  }

  /**
   * Whether a heading of the file stands between where the topic was last the subject and this
   * sentence, and does not name it: "… the reactor's design. ## The evacuation ¶ It began …" — a new
   * section's "it" is not the last section's thing.
   */
  private newSectionWithout(t: Referent & Seen, sentence: Sentence): boolean {
    const headings = this.article.outline?.headings;
    if (!headings?.length || t.paragraph === sentence.paragraph) return false;
    const between = headings.filter((h) => h.paragraph > t.paragraph && h.paragraph <= sentence.paragraph);
    return between.length > 0 && !between.some((h) => containsPhrase(h.text.toLowerCase(), t.text.replace(/^the /i, "").toLowerCase()));
  }

  /** The first sentence of a paragraph that opens on "It"/"Its", read once per article (per pronoun, a scan of every sentence). */
  private firstItOf(paragraph: number): number | undefined {
    if (!this.firstIt) {
      this.firstIt = new Map();
      for (const x of this.article.sentences) if (/^(?:It|Its)\b/.test(x.text) && !this.firstIt.has(x.paragraph)) this.firstIt.set(x.paragraph, x.index);
    }
    return this.firstIt.get(paragraph);
  }

  /** The paragraph of an analysed sentence (by its index), or -1. */
  private paragraphOf(sentenceIndex: number): number {
    this.paragraphs ??= new Map(this.analysis.sentences.map((x) => [x.index, x.paragraph]));
    return this.paragraphs.get(sentenceIndex) ?? -1;
  }

  /** The person's name the title opens with ("Mary Anning, the fossil hunter …"), or "". */
  private titlePersonName(): string {
    // ("Ida B. Wells": a middle initial belongs to the name.)
    this.titleName ??= (this.article.title ?? "").match(/^(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2})(?=$|[,:;.!?]|\s\p{Ll})/u)?.[1] ?? "";
    return this.titleName;
  }

  /** The article's first-named person, found once (a long document has thousands of pronouns). */
  private firstNamedPerson(): Entity | null {
    this.firstPerson ??= [...this.analysis.entities.values()].filter((x) => x.type === "person").sort((a, b) => a.firstSentence - b.firstSentence)[0] ?? null;
    return this.firstPerson;
  }

  /** What "the N" names: the title's N, the latest named N, an N named in full, "the N formed by X", the only named thing of N's kind. */
  private description(noun: string, sentence: Sentence, earlier: Fact[] = []): string | undefined {
    if (this.byHead.get(noun) === null && !this.titleEntity(noun)) return undefined;
    // ("the women's section" is no "Harnshire Women": people in general are named by no team.)
    if (/^(women|men|girls|boys|people|children)$/i.test(noun)) return undefined;
    const e = this.titleEntity(noun) ?? this.byHead.get(noun);
    // "Super Bowl 50", "Apollo 11": a numbered name takes no article.
    if (e) return /^(The|the|Lake|Mount|Cape|Fort|Port|Isle|Loch)\s/.test(e.display) || e.type === "person" || e.type === "country" || /\s(?:\d{1,4}|[IVXLC]+)$/.test(e.display) ? e.display : `the ${e.display}`;
    const full = this.described.get(noun);
    if (full) return full;
    const made = this.created.get(noun);
    if (made && made.paragraph === sentence.paragraph) return made.text;
    // "Florey and Chain began studying penicillin … On 25 May 1940 the team infected eight mice":
    // a team no name was given is the team of the people the paragraph named, led by the first.
    // Only a research team: in a sports report "the team" is a club, not its player's team.
    const research = () => this.analysis.sentences.some((x) => x.paragraph === sentence.paragraph && x.index < sentence.index && RESEARCH_ROLES.test(x.text));
    if (noun === "team" && !this.recent.some((r) => r.paragraph === sentence.paragraph && r.sentence < sentence.index && r.sentence >= sentence.index - 2 && r.entity.type === "organization") && research()) {
      const named = this.people.filter((p) => this.analysis.sentences[this.personSentence.get(p)!]?.paragraph === sentence.paragraph && this.personSentence.get(p)! < sentence.index);
      if (named.length >= 2) {
        // this.people runs latest first, so the last of the earliest sentence is the first named.
        const first = Math.min(...named.map((p) => this.personSentence.get(p)!));
        const lead = named.filter((p) => this.personSentence.get(p) === first).pop()!;
        const surname = lead.display.split(/\s+/).filter((w) => !/^(Jr\.?|Sr\.?|II|III|IV)$/.test(w)).pop() ?? lead.display;
        return `${possessiveOf(surname)} team`;
      }
    }
    const types = CLASS_NOUNS[noun];
    if (types) {
      // Named earlier in this sentence ("… founded Intel in 1968, and in 1971 the company …"), else in the two before.
      // ("… the Brunel Trophy, a silver cup awarded since the competition began": a name of no kind in
      // particular is "the competition" only when its own head says it is one — a trophy is the cup.)
      const fits = (e: Entity) => types.includes(e.type) && (e.type !== "name" || !CLASS_HEADS[noun] || CLASS_HEADS[noun].test(e.display.split(/\s+/).pop() ?? ""));
      const here = earlier.filter((f) => !f.bound).map((f) => this.analysis.entities.get(f.entityId)).filter((e): e is Entity => !!e && fits(e));
      const near = here.length ? here : this.recent.filter((r) => r.paragraph === sentence.paragraph && r.sentence >= sentence.index - 2 && fits(r.entity)).map((r) => r.entity);
      const distinct = [...new Set(near)];
      if (distinct.length === 1) {
        const d = distinct[0].display;
        if (/^(The|the)\s/.test(d) || distinct[0].type === "country" || !/\s/.test(d)) return d;
        // ("the developer Tidewell Energy … The company aims …" → "Tidewell Energy aims …": a name takes
        // "the" only where the article writes it with one, as "the Atlantic Telegraph Company".)
        return cached(this.writtenWithThe, d, () => new RegExp(`\\b[Tt]he ${escapeRegExp(d)}\\b`).test(this.article.body ?? "")) ? `the ${d}` : d;
      }
    }
    // "The Rosetta Stone is a slab … carved with the same decree …" → "the decree" later is the
    // Rosetta Stone's: a part the article's opening statement gave its subject.
    return this.topicParts.get(noun);
  }

  /** The bare plural the sentence right before (same paragraph) opens on as its subject ("By then many barons had …" → "barons"). */
  private pluralBefore(sentence: Sentence): string | undefined {
    const prev = this.analysis.sentences.find((x) => x.index === sentence.index - 1);
    if (!prev || prev.paragraph !== sentence.paragraph) return undefined;
    const m = prev.text.match(/^(?:(?:By then|Then|Soon|Meanwhile|By \d{4}|In \d{4}),?\s+)?(?:many|most|some|several|all|the)\s+(\p{Ll}{3,}s)\s+(?:had|have|were|are|did|would|could|began|\p{Ll}{3,}ed)\b/u);
    return m?.[1];
  }

  /** "Voyager 1 and Voyager 2": two names joined by "and", ending the sentence right before. */
  private pairBefore(sentence: Sentence): string | undefined {
    const prev = this.analysis.sentences.find((x) => x.index === sentence.index - 1);
    if (!prev) return undefined;
    const named = this.analysis.facts.filter((f) => f.sentenceIndex === prev.index && !f.bound && f.type !== "term" && f.type !== "year" && f.type !== "date" && !NUMERIC_TYPES.has(f.type));
    const pairs = named.flatMap((a, i) => (named[i + 1] && prev.text.slice(a.end, named[i + 1].start) === " and " ? [[a, named[i + 1]]] : []));
    if (pairs.length !== 1) return undefined;
    const [a, b] = pairs[0];
    return /^[\s.!?]*$/.test(prev.text.slice(b.end)) ? `${a.text} and ${b.text}` : undefined;
  }

  /** Whether the phrase ("armed groups") is written in one of the two sentences before, in the same paragraph. */
  private namedJustBefore(phrase: string, sentence: Sentence): boolean {
    const lower = phrase.toLowerCase();
    return this.analysis.sentences.some((s) => s.paragraph === sentence.paragraph && s.index < sentence.index && s.index >= sentence.index - 2 && s.text.toLowerCase().includes(lower));
  }

  /** "these chambers" after "Each lock chamber is …": "the lock chambers". */
  private compound(plural: string, sentence: Sentence): string | undefined {
    const singular = plural.replace(/s$/, "");
    const seen = this.analysis.sentences.filter((s) => s.paragraph === sentence.paragraph && s.index < sentence.index && s.index >= sentence.index - 2);
    const found = new Set<string>();
    for (const s of seen) {
      for (const m of s.text.matchAll(new RegExp(`\\b(\\p{Ll}{3,}) (?:${singular}|${plural})\\b`, "gu"))) {
        const tags = this.analysis.tagsAt(s.index, m.index ?? 0);
        if (tags.has("Noun") && !tags.has("Adjective") && !tags.has("Verb") && !tags.has("Determiner")) found.add(m[1]);
      }
    }
    return found.size === 1 ? `the ${[...found][0]} ${plural}` : undefined;
  }

  /** "Marsh found touch … Harrowmere could not hold it": a lone capitalised word that ends a person's name is that person, never an "it". */
  private surnames: Set<string> | undefined;
  private surnameOfPerson(text: string): boolean {
    this.surnames ??= new Set([...this.analysis.entities.values()].filter((e) => e.type === "person").map((e) => e.display.split(/\s+/).pop() ?? ""));
    const word = text.replace(/^the\s+/i, "");
    return /^\p{L}[\p{Ll}’'-]+$/u.test(word) && this.surnames.has(word[0].toUpperCase() + word.slice(1));
  }

  private isTerm(t: Tok, facts: Fact[], source: StemSource): boolean {
    if (t.from < 0) return false;
    return facts.some((f) => {
      const [a] = shiftSpan(source, f.start, f.end);
      return a === t.from && f.type === "term";
    });
  }

  // Per noun, read once: whether the body writes a singular common noun with no article or
  // possessive before it, after "of", "that", "from", "by" or "against" and before a verb or a stop.
  private bareNouns = new Map<string, boolean>();
  // Per name, read once: whether the body writes it after "the" ("the Atlantic Telegraph Company").
  private writtenWithThe = new Map<string, boolean>();
  private writtenBare(t: Tok): boolean {
    const noun = t.text.toLowerCase();
    if (!/^\p{Ll}{4,}$/u.test(t.text) || !t.tags.has("Noun") || !t.tags.has("Singular") || t.tags.has("Pronoun") || t.tags.has("Plural") || CLASS_NOUNS[noun]) return false;
    return cached(this.bareNouns, noun, () => new RegExp(`\\b(?:of|that|from|by|against) ${escapeRegExp(noun)}(?: (?:was|is|had|has|that|which|spread|broke|killed|returned)\\b|[,.;])`, "u").test(this.article.body ?? ""));
  }

  /** "Jews were accused …": a main statement's subject that is one bare plural, in the article's own case. */
  private lonePlural(toks: Tok[], facts: Fact[], source: StemSource): string | undefined {
    const subject = parseClause(toks)?.subject;
    const t = subject?.length === 1 ? subject[0] : undefined;
    if (!t || !t.tags.has("Plural") || !/^\p{L}{2,}s$/u.test(t.text) || t.tags.has("Pronoun") || t.tags.has("Value") || t.tags.has("Person")) return undefined;
    if (facts.some((f) => !f.bound && shiftSpan(source, f.start, f.end)[0] === t.from)) return undefined;
    return this.bodyCase(t.text);
  }

  /**
   * Whether the title holds a common noun as a word of its own ("dam" in "… for Dam Repairs"), in the
   * same number: "the probe" under "The Voyager probes" is either of two.
   */
  private inTitle(noun: string): boolean {
    // (A dam, river, treaty or war the title names is the article's one; a company, country or town
    // is one of many the article may name.)
    const classOf = CLASS_NOUNS[noun];
    const many = !!classOf && classOf.some((c) => /^(?:organization|country|city|place)$/.test(c));
    // ("Pupils' Solar Roof Project …": a plural's possessive names the pupils too.)
    return noun.length >= 3 && !many && (this.article.title ?? "").toLowerCase().split(/[^\p{L}'’-]+/u).map((w) => w.replace(/(?<=s)['’]$/u, "")).includes(noun);
  }

  /** The main statement's subject as a referent, when it names something (a fact or a resolved description). */
  private subjectReferent(toks: Tok[], facts: Fact[], source: StemSource): Referent | undefined {
    // (A gerund subject is no clause subject to the question rewriter: "Making the wax" up to its verb.)
    const verb = toks[0]?.tags.has("Gerund") ? toks.findIndex((_, k) => k > 1 && isFiniteVerb(toks, k)) : -1;
    const whole = parseClause(toks)?.subject ?? (verb > 0 ? toks.slice(0, verb) : undefined);
    // "OPEC soon lost its position": the adverb before the verb is no part of who.
    let cut = whole?.length ?? 0;
    const adverb = (t: Tok) => /^\p{Ll}+$/u.test(t.text) && !t.tags.has("Noun") && (t.tags.has("Adverb") || /^(soon|later|also|then|still|now|already|once|eventually|finally|first|quickly|gradually|never|often|always|again|subsequently|immediately)$/.test(t.text));
    while (cut > 1 && adverb(whole![cut - 1])) cut--;
    const subject = whole?.slice(0, cut);
    if (!subject?.length) return undefined;
    const plural = subject.some((t) => /^and$/i.test(t.text)) || !!subject[subject.length - 1]?.tags.has("Plural");
    // Resolved text (words the resolver put in): the repaired subject is itself a referent.
    // "The Callow Barrier’s designers" (a repaired possessive): its people are "they" next.
    const owned = subject.length >= 3 && subject.slice(0, -1).every((t) => t.from < 0) && /[’']s$/.test(subject[subject.length - 2].text) && /^\p{Ll}+s$/u.test(subject[subject.length - 1].text) && subject[subject.length - 1].tags.has("Plural");
    if (owned) return { text: render(subject).replace(/^The\s/, "the "), plural: true, person: false, people: /(?:er|or|ist|ian|ant|ent)s$/.test(subject[subject.length - 1].text) };
    if (subject.every((t) => t.from < 0 || /^the$/i.test(t.text))) {
      const person = subject.some((t) => t.tags.has("Person"));
      const entity = person ? this.people.find((p) => p.display === render(subject)) : undefined;
      return { text: render(subject).replace(/^The\s/, "the "), plural, person, entity };
    }
    // "The Australian pathologist Howard Florey and the German-born biochemist Ernst Chain began …":
    // "They" next are both of them, by name.
    if (subject.some((t) => /^and$/i.test(t.text))) {
      const from = subject[0].from;
      const to = subject[subject.length - 1].end;
      const named = facts.filter((f) => !f.bound && f.start >= from && f.end <= to).map((f) => this.analysis.entities.get(f.entityId));
      if (named.length >= 2 && named.every((e) => e?.type === "person") && subject.filter((t) => /^and$/i.test(t.text)).length === 1) {
        return { text: named.map((e) => e!.display).join(" and "), plural: true, person: true };
      }
    }
    // "the engineer Jonas Harwell", "the British explorer John Hanning Speke": a person after a description.
    const last = facts.find((f) => !f.bound && shiftSpan(source, f.start, f.end)[1] === subject[subject.length - 1].end && this.analysis.entities.get(f.entityId)?.type === "person");
    if (last) {
      const start = shiftSpan(source, last.start, last.end)[0];
      const described = subject.filter((t) => t.from < start);
      if (described.length && /^the$/i.test(described[0].text) && described.slice(1).every((t) => /^\p{Ll}/u.test(t.text) || t.tags.has("Fact") === false)) {
        const e = this.analysis.entities.get(last.entityId)!;
        return { text: e.display, plural: false, person: true, entity: e };
      }
    }
    // "French soldiers found the stone … They were part of Napoleon's campaign": a bare plural with
    // its describing words is who a next "they" are.
    if (subject.length >= 2 && subject.length <= 3 && subject[subject.length - 1].tags.has("Plural") && /^\p{Ll}{3,}s$/u.test(subject[subject.length - 1].text) && !subject.some((t) => t.tags.has("Determiner") || t.tags.has("Pronoun") || t.tags.has("Value")) &&
      subject.slice(0, -1).every((t) => t.tags.has("Adjective") || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !!lookupDemonym(t.text)))) {
      // ("Short captions explain …": the capital was the sentence's, not the words'.)
      const text = render(subject);
      const own = /^\p{Lu}\p{Ll}+$/u.test(subject[0].text) && !lookupDemonym(subject[0].text) && !subject[0].tags.has("ProperNoun") ? `${text[0].toLowerCase()}${text.slice(1)}` : text;
      return { text: own, plural: true, person: false, people: true };
    }
    // "Making the wax is costly in its own right. Young workers produce it from eight glands": the
    // thing made, for a later object "it" only.
    const acted = subject.slice(2);
    if (subject[0].tags.has("Gerund") && /^the$/i.test(subject[1]?.text ?? "") && acted.length >= 1 && acted.length <= 2 && acted.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !t.tags.has("Pronoun") && !t.tags.has("Verb")) && acted[acted.length - 1].tags.has("Noun") && !acted[acted.length - 1].tags.has("Plural")) {
      return { text: `the ${render(acted)}`, plural: false, person: false, objectOnly: true };
    }
    // "A paper mill at Baikalsk had discharged waste …; after decades of protests it closed": a thing
    // the sentence introduces is "the paper mill at Baikalsk" to a later "it" (a described thing).
    const introduced = subject.slice(1);
    const at = introduced.findIndex((t) => /^(at|in|on|near)$/i.test(t.text));
    if (/^(a|an)$/i.test(subject[0].text) && at >= 1 && at <= 3 && introduced.slice(0, at).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !t.tags.has("Pronoun") && !t.tags.has("Verb")) &&
      introduced[at - 1].tags.has("Noun") && !introduced[at - 1].tags.has("Plural") && introduced.length - at - 1 >= 1 && introduced.slice(at + 1).every((t) => /^\p{Lu}/u.test(t.text))) {
      return { text: `the ${render(introduced)}`, plural: false, person: false, described: true };
    }
    // "A few days later a blotchy rash appears. It normally starts on the face …": a thing the
    // sentence brings in with "a" is "the blotchy rash" to the next sentence's "it".
    if (/^(a|an)$/i.test(subject[0].text) && introduced.length >= 1 && introduced.length <= 3 && introduced.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !t.tags.has("Pronoun") && !t.tags.has("Verb") && !t.tags.has("Person")) &&
      introduced[introduced.length - 1].tags.has("Noun") && introduced[introduced.length - 1].tags.has("Singular") &&
      // ("A secret society called Unification or Death, better known as the Black Hand, …": a thing
      // the sentence names goes by its name — no "the secret society".)
      !/^,? (?:(?:also|better|later|now) )?(?:called|named|known)\b/.test(source.text.slice(introduced[introduced.length - 1].end))) {
      return { text: `the ${render(introduced)}`, plural: false, person: false, described: true };
    }
    const lead = /^the$/i.test(subject[0].text) ? 1 : 0;
    const rest = subject.slice(lead);
    const fact = facts.find((f) => !f.bound && shiftSpan(source, f.start, f.end)[0] === rest[0]?.from);
    const entity = fact ? this.analysis.entities.get(fact.entityId) : undefined;
    // "Hyperinflation of this kind usually follows …": a bare mass noun is what the sentence is about.
    if (!fact && !lead && /^\p{L}{4,}$/u.test(rest[0]?.text ?? "") && rest[0].tags.has("Noun") && rest[0].tags.has("Singular") && !rest[0].tags.has("ProperNoun") && !rest[0].tags.has("Pronoun") && !rest[0].tags.has("Determiner")
      && /^(?:of (?:this|that) (?:kind|sort|type))?$/i.test(render(rest.slice(1).filter((t) => !t.tags.has("Adverb"))))) {
      return { text: rest[0].text.toLowerCase(), plural: false, person: false, mass: true };
    }
    // "The new line will run for 6.4 kilometres … It will have seven stops": a described thing (a
    // describing word and its noun) is what the next sentence's "It" is, as far as the next sentence.
    if (!fact && lead && rest.length >= 2 && rest.length <= 3 && rest.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !t.tags.has("Pronoun") && !t.tags.has("Verb")) &&
      rest[rest.length - 1].tags.has("Noun") && rest[rest.length - 1].tags.has("Singular")) {
      return { text: `the ${render(rest)}`, plural: false, person: false, described: true };
    }
    // "By 1348 the plague had reached Genoa … It arrived in England …": a noun the article also
    // writes with no article ("an epidemic of plague", "confirmed that plague was the killer") is a
    // disease or a substance, one thing throughout — "the plague" stands for it, unlike "the device".
    if (lead && rest.length === 1 && (!entity || entity.type === "term") && this.writtenBare(rest[0])) {
      return { text: `the ${rest[0].text.toLowerCase()}`, plural: false, person: false };
    }
    if (!fact || !entity) return undefined;
    const end = shiftSpan(source, fact.start, fact.end)[1];
    const after = rest.findIndex((t) => t.from >= end);
    // "The General Agreement on Tariffs and Trade": a name the tagger cut in pieces is one name.
    // "Super Bowl 50", "Apollo 11": a number closing a name is part of it.
    const properName = rest.every((t) => /^\p{Lu}/u.test(t.text) || /^(of|on|and|for|the|in|de)$/.test(t.text) || (/^\d{1,4}$/.test(t.text) && t === rest[rest.length - 1])) && /^(\p{Lu}|\d)/u.test(rest[rest.length - 1].text) && /^\p{Lu}/u.test(rest[0].text);
    if (after >= 0 && entity.type !== "person" && entity.type !== "term" && properName) {
      return { text: `${lead ? "the " : ""}${render(rest)}`, plural: false, person: false, entity };
    }
    // "The MMR vaccine protects against … It contains …": a name and the common noun after it ("the
    // MMR vaccine", "the Hubble telescope") are one described thing, the next sentence's "it".
    const tail = after >= 0 ? rest.slice(after) : [];
    const head = tail[tail.length - 1];
    if (lead && entity.type !== "person" && tail.length >= 1 && tail.length <= 2 && tail.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Pronoun") && !t.tags.has("Verb")) && (head.tags.has("Singular") || head.tags.has("Plural"))) {
      return { text: `the ${render(rest)}`, plural: head.tags.has("Plural"), person: false, described: true };
    }
    // The subject is the fact, or the fact and its "of" phrase ("Hyperinflation of this kind").
    if (after >= 0 && rest[after].text !== "of") return undefined;
    // "Hyperinflation of this kind" is about hyperinflation; "the General Agreement …" keeps its "the".
    const [a, b] = shiftSpan(source, fact!.start, fact!.end);
    const span = subject.filter((t) => t.from >= a && t.end <= b);
    const text = entity.type === "person" ? entity.display : `${lead ? "the " : ""}${render(span)}`;
    // "the device" is itself a description to resolve: no topic for a later "It".
    if (entity.type === "term" && lead && !/\s/.test(render(span))) return undefined;
    const lowered = entity.type === "term" ? text.toLowerCase() : text;
    return { text: lowered, plural: plural && entity.type !== "person", person: entity.type === "person", entity };
  }

  private learn(sentence: Sentence, statements: ResolvedStatement[], facts: Fact[], source: StemSource, main: Referent | undefined) {
    const analysis = this.analysis;
    // ("Frumentius later travelled …": a one-word subject the sentence's own reading took for a common
    // noun is the person the article knows by that name.)
    if (main && !main.entity && !main.plural && /^\p{Ll}+$/u.test(main.text) && sentence.text.startsWith(`${main.text[0].toUpperCase()}${main.text.slice(1)} `)) {
      const named = `${main.text[0].toUpperCase()}${main.text.slice(1)}`;
      this.loneNamed ??= new Map([...analysis.entities.values()].filter((e) => e.type === "person" && !e.display.includes(" ")).map((e) => [e.display, e]));
      const person = this.loneNamed.get(named);
      if (person) main = { text: named, plural: false, person: true, entity: person };
    }
    const headSeen = new Map<string, Entity>();
    for (const f of facts) {
      const e = analysis.entities.get(f.entityId);
      if (!e || f.bound) continue;
      if (e.type === "person") {
        this.people = [e, ...this.people.filter((p) => p !== e)].slice(0, 4);
        this.personSentence.set(e, sentence.index);
      }
      else if (["organization", "water", "facility", "event", "name", "region", "place", "country", "city"].includes(e.type)) {
        this.recent = [{ entity: e, sentence: sentence.index, paragraph: sentence.paragraph }, ...this.recent].slice(0, 12);
        if (["country", "city"].includes(e.type)) continue;
        // The head noun: the last word ("Panama Canal"), or the first before "of" ("Treaty of Paris").
        const ws = e.display.split(/\s+/);
        const heads = [ws[ws.length - 1], ...(ws[1] === "of" ? [ws[0]] : [])];
        for (const w of heads) {
          if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) continue;
          const key = w.toLowerCase();
          const prior = headSeen.get(key);
          this.byHead.set(key, prior && prior !== e ? null : e);
          headSeen.set(key, e);
        }
      }
    }
    // The article's opening statement about a named subject: the nouns it gives that subject, up to
    // the first comma ("a slab of dark granodiorite carved with the same decree in three scripts").
    if (sentence.index === 0 && main?.entity && main.entity.type !== "person" && !main.plural) {
      const opening = statements.find((s) => s.kind === "main" && !s.unresolved);
      const c = opening ? parseClause(opening.toks) : undefined;
      const rest = c ? c.rest.slice(0, Math.max(0, c.rest.findIndex((t) => t.text === ",")) || c.rest.length) : [];
      for (const [k, t] of rest.entries()) {
        if (k > 0 && /^\p{Ll}{4,}$/u.test(t.text) && t.tags.has("Noun") && t.tags.has("Singular") && !t.tags.has("Verb") && /^(the|same)$/i.test(rest[k - 1].text) && !this.topicParts.has(t.text)) {
          this.topicParts.set(t.text, `the ${t.text} of ${main.text.replace(/^The\s/, "the ")}`);
        }
      }
    }
    // "He appointed Robert … and made Ralph the Timid earl of Hereford. He invited …": the sentence's
    // subject, not the last person it names, is who a next "he" goes on about.
    if (main?.entity?.type === "person" && !main.plural) {
      this.people = [main.entity, ...this.people.filter((p) => p !== main.entity)].slice(0, 4);
      this.personSentence.set(main.entity, sentence.index);
    }
    // "the Bretton Woods system": a lower-case head after a name.
    for (const m of sentence.text.matchAll(/\b[Tt]he ((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(\p{Ll}{3,})\b/gu)) {
      const at = (m.index ?? 0) + m[0].length - m[2].length;
      const tags = analysis.tagsAt(sentence.index, at);
      if (tags.has("Noun") && !tags.has("Verb") && !tags.has("Possessive") && !/[’']s\s$/.test(m[1])) this.described.set(m[2], `the ${m[1]}${m[2]}`);
    }
    // "… Friends of Fenwick, a campaign group chaired by … The group collected …": a name an
    // appositive calls "a <kind>" is what "the <kind>" stands for in the rest of its paragraph.
    for (const f of facts) {
      const e = analysis.entities.get(f.entityId);
      if (!e || f.bound || !["organization", "name", "facility", "event", "person", "place", "city"].includes(e.type)) continue;
      const m = sentence.text.slice(f.end).match(/^,\s+(?:a|an)\s+/);
      if (!m) continue;
      // ("The Friends of Millbrook Water, a group …": the whole name, not the place it ends with.)
      const whole = e.type === "person" ? undefined : sentence.text.slice(0, f.start).match(/(?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)+(?:of|for|and|de|on)\s+$/u)?.[0];
      // A place is described as a place ("Danzig, a port on the Baltic"), not as a group.
      if ((e.type === "place" || e.type === "city") && !whole) continue;
      let head: string | undefined;
      for (const w of sentence.text.slice(f.end + m[0].length).matchAll(/[\p{L}-]+/gu)) {
        const tags = analysis.tagsAt(sentence.index, f.end + m[0].length + (w.index ?? 0));
        if (!/^\p{Ll}/u.test(w[0]) || tags.has("Preposition") || tags.has("Verb") || tags.has("Determiner") || !(tags.has("Noun") || tags.has("Adjective"))) break;
        if (tags.has("Noun")) head = w[0];
        if (sentence.text[f.end + m[0].length + (w.index ?? 0) + w[0].length] !== " ") break;
      }
      const text = e.type === "person" ? e.display : `${whole ?? ""}${whole ? f.text : e.display}`.replace(/^The\s/, "the ");
      if (head && /^\p{Ll}{3,}$/u.test(head) && !this.created.has(head)) this.created.set(head, { text, paragraph: sentence.paragraph });
    }
    // "Ferdinand de Lesseps … formed a company …" → "the company formed by Ferdinand de Lesseps".
    const st = statements.find((s) => s.kind === "main");
    const clause = st ? parseClause(st.toks) : undefined;
    if (clause && !st?.unresolved && main?.entity && ["person", "organization"].includes(main.entity.type)) {
      const verb = clause.group[clause.group.length - 1]?.text ?? "";
      const [det, noun] = clause.rest;
      if (CREATION_VERBS.test(verb) && /^(a|an)$/i.test(det?.text ?? "") && noun && /^\p{Ll}+$/u.test(noun.text) && noun.tags.has("Noun")) {
        this.created.set(noun.text, { text: `the ${noun.text} ${verb} by ${main.text}`, paragraph: sentence.paragraph });
      }
    }
    // "Super Bowl 50 was an American football game …": "The game" next is Super Bowl 50.
    if (clause && !st?.unresolved && main?.entity && !main.plural && main.entity.type !== "person" && /^(is|was)$/i.test(clause.group[clause.group.length - 1]?.text ?? "") && /^(a|an)$/i.test(clause.rest[0]?.text ?? "")) {
      let head: Tok | undefined;
      for (const t of clause.rest.slice(1)) {
        // "an annual rowing race": a gerund may modify the head.
        if (!(t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Gerund")) || t.tags.has("Preposition") || t.from < 0) break;
        head = t.tags.has("Noun") ? t : head;
      }
      const noun = head?.text ?? "";
      if (/^\p{Ll}{3,}$/u.test(noun) && head!.tags.has("Singular") !== false && !this.created.has(noun)) {
        this.created.set(noun, { text: main.text.replace(/^The\s/, "the "), paragraph: sentence.paragraph });
      }
    }
    // The thing the sentence was about: its main subject; "It was known as the Hanseatic League" names it.
    const naming = clause && /^(known|called|named)$/i.test(clause.group[clause.group.length - 1]?.text ?? "") && /^it$/i.test(render(clause.subject)) ? clause.rest.filter((t) => t.text !== "as") : undefined;
    const named = naming?.length ? this.subjectLike(naming, facts, source) : undefined;
    // "Only seven countries took part" (in the contest): the sentence is still about the topic.
    const t = this.topic;
    const still = t && st?.repaired?.includes(`+ in ${t.text}`) ? t : undefined;
    // "Scientists discovered that CFCs were destroying …": the sentence is about what was found.
    const found = clause && !named && (!main || main.person) && REPORTED.test(clause.group[clause.group.length - 1]?.text ?? "") && /^that$/i.test(clause.rest[0]?.text ?? "") ? this.subjectReferent(clause.rest.slice(1), facts, source) : undefined;
    const about = named ?? found ?? main ?? still;
    this.subjectPerson = main?.person && !main.plural && main.entity ? { entity: main.entity, sentence: sentence.index } : undefined;
    // A person is "he" or "she" (the people list); a group of people named together may be "they".
    this.topic = about && (!about.person || about.plural) ? { ...about, paragraph: sentence.paragraph, sentence: sentence.index } : undefined;
    // "The Capitulation of Alexandria handed the stone … to the British. It reached England …": with
    // the article's own subject after the verb, a next "it" may be either; it is left unresolved.
    if (this.topic && clause && !this.topic.person) {
      const about = this.topic;
      const rival = clause.rest.some((t, k) => {
        if (k === 0 || !/^the$/i.test(clause.rest[k - 1].text) || !/^\p{Ll}{3,}$/u.test(t.text)) return false;
        const titled = this.titleEntity(t.text);
        return !!titled && titled !== about.entity && !about.text.toLowerCase().includes(t.text);
      });
      if (rival) this.topic = { ...about, rival: true };
    }
    // "Higher still, on the Chajnantor plateau, stands ALMA, the Atacama Large … Array. Its 66 radio
    // antennas …": a name standing after a fronted place and its verb of standing is what the sentence
    // is about.
    const standing = sentence.text.match(/^(?:[\p{L} ]+,\s+)?(?:on|in|at|beside|near|above|below|behind|beyond|across)\s[^.;]*?\b(?:stands|stood|lies|lay|sits|sat|rises|rose)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4})(?=[,.]|\s*$)/u);
    const stander = standing ? facts.filter((f) => !f.bound && f.text === standing[1].replace(/^the\s+/, "")).map((f) => this.analysis.entities.get(f.entityId)).find((e) => !!e && IT_TYPES.has(e.type)) : undefined;
    if (standing && stander) this.topic = { text: standing[1], plural: false, person: false, entity: stander, paragraph: sentence.paragraph, sentence: sentence.index };
    this.objectTopic = undefined;
    // ("Wren and the scientist Robert Hooke designed …": a subject naming a person is people.)
    const subjectFrom = clause?.subject.find((t) => t.from >= 0)?.from ?? -1;
    const subjectEnd = clause ? Math.max(...clause.subject.map((t) => t.end)) : -1;
    const people = main?.person || (subjectFrom >= 0 && facts.some((f) => {
      const [a] = shiftSpan(source, f.start, f.end);
      return !f.bound && a >= subjectFrom && a < subjectEnd && this.analysis.entities.get(f.entityId)?.type === "person";
    }));
    if (clause && !st?.unresolved && people) {
      // The verb's object, when it is a name: "the Monument to the Great Fire of London".
      const rest = clause.rest;
      const lead = /^the$/i.test(rest[0]?.text ?? "") ? 1 : 0;
      const head = rest[lead];
      const fact = head && head.from >= 0 ? facts.find((f) => !f.bound && shiftSpan(source, f.start, f.end)[0] === head.from) : undefined;
      const e = fact ? this.analysis.entities.get(fact.entityId) : undefined;
      if (e && IT_TYPES.has(e.type)) {
        let end = lead;
        while (end < rest.length && (/^\p{Lu}/u.test(rest[end].text) || (/^(of|to|the|and)$/.test(rest[end].text) && /^\p{Lu}|^the$/u.test(rest[end + 1]?.text ?? "")))) end++;
        const text = render(rest.slice(0, end)).replace(/^The\s/, "the ");
        if (end - lead <= 8) this.objectTopic = { text, plural: false, person: false, entity: e, paragraph: sentence.paragraph, sentence: sentence.index };
      }
    }
    // "In 1856 he sailed to Britain, where he helped to found the Atlantic Telegraph Company. It raised
    // £350,000 …": the firm a person founded at the close of the sentence is what a next "It" is —
    // the person is no "it", and the sentence names no other thing after it.
    if (!this.objectTopic && (!this.topic || this.topic.person || this.topic.plural)) {
      const m = sentence.text.match(/\b(?:he|she|they)\s+(?:(?:helped|went on|later|also|then|had|to)\s+){0,3}(?:found|founded|form|formed|establish|established|set up)\s+(the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}’'-]*){1,6})\s*[.!]?$/u);
      const e = m ? facts.filter((f) => !f.bound && f.text === m[2]).map((f) => this.analysis.entities.get(f.entityId)).find((x) => !!x && x.type === "organization") : undefined;
      if (m && e) this.objectTopic = { text: `${m[1] ? "the " : ""}${m[2]}`, plural: false, person: false, entity: e, paragraph: sentence.paragraph, sentence: sentence.index };
    }
    const years = [...new Set(sentence.text.match(/\b(1\d{3}|20\d{2})\b/g) ?? [])];
    if (years.length === 1) this.year = { value: Number(years[0]), paragraph: sentence.paragraph, sentence: sentence.index };
    else if (years.length > 1) this.year = undefined;
  }

  /** The named thing at the start of `toks` ("the Hanseatic League, or simply the Hanse"). */
  private subjectLike(toks: Tok[], facts: Fact[], source: StemSource): Referent | undefined {
    const lead = /^the$/i.test(toks[0]?.text ?? "") ? 1 : 0;
    const fact = facts.find((f) => shiftSpan(source, f.start, f.end)[0] === toks[lead]?.from && !f.bound);
    const entity = fact ? this.analysis.entities.get(fact.entityId) : undefined;
    if (!entity || entity.type === "person") return undefined;
    return { text: `${lead ? "the " : ""}${fact!.text}`, plural: false, person: false, entity };
  }

  /**
   * The name for "the council", "the school", "the Bank" at toks[k]: the one named body of that kind
   * in the whole article, named by this sentence, with whether the article writes "the" before it;
   * undefined for any other word, a kind with two bodies named ("Eastfield Academy", "St Aldhelm's
   * School"), or a word that already leads into its own description ("the school that …").
   */
  private institution(toks: Tok[], k: number, sentence: Sentence): { name: string; the: boolean } | undefined {
    const t = toks[k];
    if (!t) return undefined;
    const word = t.text.replace(/[’']s$/, "");
    const own = word.length < t.text.length;
    // "the Bank" of an article about the Bank of England: a name cut short.
    const capital = /^Bank$/.test(word);
    const heads = capital ? undefined : INSTITUTIONS[word];
    if (!heads && !capital) return undefined;
    if (!own && /^(of|that|which|who|whose|where)$/i.test(toks[k + 1]?.text ?? "")) return undefined;
    if (!own && INSTITUTION_POSTS.test(toks[k + 1]?.text ?? "") && /^of$/i.test(toks[k + 2]?.text ?? "")) return undefined;
    const cached = this.institutions.get(word);
    const found = cached !== undefined ? cached : this.namedInstitution(word, heads);
    this.institutions.set(word, found);
    // (Nor where the statement names it already: "Harwick Town Council said the council …".)
    if (!found || found.firstSentence > sentence.index || render(toks).includes(found.name)) return undefined;
    return { name: found.name, the: found.the };
  }

  private institutions = new Map<string, { name: string; the: boolean; firstSentence: number } | null>();

  private namedInstitution(word: string, heads: RegExp | undefined): { name: string; the: boolean; firstSentence: number } | null {
    const names = new Map<string, number>();
    for (const e of this.analysis.entities.values()) {
      if (e.type === "person") continue;
      const ws = e.display.replace(/^the\s+/i, "").split(/\s+/);
      if (ws.length < 2) continue;
      const fits = heads ? heads.test(ws[ws.length - 1]) : ws[0] === "Bank" && ws[1] === "of";
      if (fits) names.set(ws.join(" "), Math.min(names.get(ws.join(" ")) ?? Infinity, e.firstSentence));
    }
    // ("Harwick Town Council" and "Town Council": one body, its name cut short.)
    const all = [...names.keys()];
    const whole = all.filter((n) => !all.some((m) => m !== n && m.endsWith(` ${n}`)));
    if (whole.length !== 1) return null;
    const name = whole[0];
    const firstSentence = Math.min(...all.filter((n) => name.endsWith(n)).map((n) => names.get(n)!));
    const body = this.article.body ?? "";
    const uses = body.split(name).length - 1;
    const withThe = body.split(`the ${name}`).length - 1 + body.split(`The ${name}`).length - 1;
    return { name, the: withThe * 2 > uses, firstSentence };
  }

  private titleEntity(noun: string): Entity | undefined {
    // "Building the Panama Canal" names "the canal" before the first sentence does.
    // Asked for the same nouns sentence after sentence: the title is read once per noun.
    if (!this.titleMatches.has(noun)) {
      // (A title that does not hold the word at all needs no pattern built: most nouns of a long document.)
      const title = this.article.title ?? "";
      const m = !title.toLowerCase().includes(noun.toLowerCase()) ? null : title.match(new RegExp(`((?:\\p{Lu}[\\p{L}-]*\\s+){1,3})${noun[0].toUpperCase()}${noun.slice(1)}\\b`, "u"));
      this.titleMatches.set(noun, m ?? undefined);
    }
    const m = this.titleMatches.get(noun);
    // "Lake Baikal, the deepest lake on Earth": "the lake" is the lake the title names, its kind first.
    const prefixed = !m && PREFIX_HEADS.test(noun) && (this.article.title ?? "").toLowerCase().includes(noun.toLowerCase()) ? (this.article.title ?? "").match(new RegExp(`\\b${noun[0].toUpperCase()}${noun.slice(1)}(?:\\s+\\p{Lu}[\\p{L}-]*){1,2}`, "u")) : null;
    if (prefixed) return { id: `title:${prefixed[0]}`, type: "name", kind: "name", display: prefixed[0], aliases: [], mentions: 1, firstSentence: -1, descriptors: [] };
    if (!m) {
      // "Super Bowl 50": in a report on one match, "the game" is that match (not "the event", which
      // may be anything held around it).
      const title = (this.article.title ?? "").trim();
      // (Not a headline whose capital words run across its verb: "Eastfield Win County Netball Final".)
      const body = this.article.body ?? "";
      const namedInBody = (words: string) => !body || body.includes(words) || words.split(/\s+/).every((w) => this.inBody(w));
      if (/^(game|match)$/.test(noun) && /^(?:The\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Bowl|Cup Final|Final|Championship Game|Derby|Classic)(?:\s+(?:\d{1,4}|[IVXLC]+))?$/u.test(title) && namedInBody(title.replace(/^The\s+/, ""))) {
        return { id: `title:${title}`, type: "event", kind: "event", display: title.replace(/^The\s+/, ""), aliases: [], mentions: 1, firstSentence: -1, descriptors: [] };
      }
      return undefined;
    }
    const display = `${m[1]}${noun[0].toUpperCase()}${noun.slice(1)}`.trim();
    // "Eastfield Win County Netball Final": a headline's words run across its verb. A name the title
    // holds is one the article writes whole ("Riverton Rowing Club Wins …"), or one that ends at its
    // noun and whose other words the article writes with a capital too ("Sydney", "Harbour").
    const body = this.article.body ?? "";
    const endsThere = !/^[\s-]+\p{Lu}/u.test((this.article.title ?? "").slice((m.index ?? 0) + m[0].length));
    if (body && !body.includes(display) && (!endsThere || m[1].trim().split(/\s+/).some((w) => !this.inBody(w)))) return undefined;
    return { id: `title:${display}`, type: "name", kind: "name", display, aliases: [], mentions: 1, firstSentence: -1, descriptors: [] };
  }
}
