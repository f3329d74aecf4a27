// Fact extraction: typed spans in sentences (people, organisations, places with fine types, dates,
// years, quantities, key terms), grouped into entities with their alias sets.
//
// compromise supplies part-of-speech tags and date resolution; the rules here fix what it gets
// wrong on news text (titles before names, "al-" particles, organisation heads, possessives,
// "Islamic Resistance in Iraq" kept whole) and the gazetteers give places their fine type.
import type { CleanArticle, Sentence } from "../domain/types";
import {
  lookupCity,
  lookupCountry,
  lookupDemonym,
  lookupOrganization,
  lookupRegion,
  isKnownWater,
  takesThe,
  type OrganizationKind,
} from "./gazetteer";
import { isDictionaryNoun, isKindOf } from "./glossary";
import { genderOfName, givenNameGender, isLexiconNoun, isLexiconWord, parseText, type ParsedText } from "./nlp";
import { COUNTED_NOUNS, COURTESY_TITLES, SHIP_PREFIX, SHIP_WORD, FEMALE_KIN, isCapitalized, isStopword, KIN_WORDS, MALE_KIN, MONTHS, normaliseAnswer, possessiveSuffixLength, tokenize, WEEKDAYS, WORK_KINDS, type Token } from "./text";

export type FineType =
  | "person"
  | "organization"
  | "country"
  | "city"
  | "region"
  | "water"
  | "facility"
  | "place"
  | "year"
  | "date"
  | "weekday"
  | "count"
  | "quantity"
  | "percent"
  | "money"
  | "term"
  | "event"
  | "century"
  /** A place in a ranking: "second-largest", "third longest". */
  | "rank"
  /** A match result: "beat Rovers 3–2", "a 24–10 win". */
  | "score"
  | "nationality"
  | "name"
  /** What someone voted/decided/agreed to do ("exit the coalition"). */
  | "action"
  /** A cause or reason ("because of …", "due to …", "in response to …"). */
  | "reason";

/** Types a question may ask about (the others only help grouping and validation). */
export const ASKABLE_TYPES: ReadonlySet<FineType> = new Set<FineType>([
  "person", "organization", "country", "city", "region", "water", "facility", "place",
  "year", "date", "count", "quantity", "percent", "money", "term", "event", "century", "name", "rank", "score",
]);

/** One typed mention inside one sentence. */
export interface Fact {
  id: string;
  sentenceIndex: number;
  /** Span of the mention inside the sentence text (end exclusive). */
  start: number;
  end: number;
  text: string;
  type: FineType;
  /** Finer kind used to match distractors: organisation kind, quantity unit, date style. */
  kind: string;
  entityId: string;
  /** Attached to another word ("US-led", "anti-US"): counts as a mention, never becomes a gap. */
  bound: boolean;
  /** Numeric value of years, counts and quantities. */
  value?: number;
  /** Unit words after a quantity ("US troops", "kilometres"). */
  unit?: string;
  /** Resolved calendar date (YYYY-MM-DD) for dates. */
  iso?: string;
}

/** Mentions of one thing, with every name it goes by. */
export interface Entity {
  id: string;
  type: FineType;
  kind: string;
  /** The fullest name (used for options and as the canonical answer). */
  display: string;
  /** Every other accepted form (surname, acronym, "2500"). Excludes `display`. */
  aliases: string[];
  mentions: number;
  firstSentence: number;
  /** ISO alpha-3 of the country a place belongs to (or is). */
  country?: string;
  /** Descriptors seen before a person's name ("Iraqi Prime Minister"): never options. */
  descriptors: string[];
  /** A person's gender as the article's pronouns give it, when the name and titles tell none (learnGenders). */
  gender?: "male" | "female";
}

const FEMALE_TITLES = /^(Queen|Lady|Mrs\.?|Ms\.?|Miss|Princess|Empress|Duchess|Countess|Dame|Sister|Madame)$/;
const MALE_TITLES = /^(King|Sir|Mr\.?|Prince|Emperor|Duke|Count|Lord|Pope|Sultan|Tsar|Father|Brother)$/;

/** "Queen Victoria" is a woman whatever the tagger knows of "Victoria"; else the first name decides. */
export function genderOf(e: Entity): "male" | "female" | undefined {
  const first = e.display.split(/\s+/)[0];
  const titles = [first, ...e.descriptors.map((d) => d.split(/\s+/).pop() ?? "")];
  if (titles.some((t) => FEMALE_TITLES.test(t))) return "female";
  if (titles.some((t) => MALE_TITLES.test(t))) return "male";
  return genderOfName(e.display) ?? e.gender;
}

export interface ArticleFacts {
  article: CleanArticle;
  /** The sentences analysed (furniture-looking and very long sentences are left out). */
  sentences: Sentence[];
  facts: Fact[];
  entities: Map<string, Entity>;
  /** compromise's tags for the word starting at `offset` of sentence `sentenceIndex`. */
  tagsAt(sentenceIndex: number, offset: number): ReadonlySet<string>;
}

export interface ExtractOptions {
  /** Upper bound on analysed sentences (default: all of them — a long document is read end to end). */
  maxSentences?: number;
  /** Called after each parsed chunk of sentences: (sentences done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Sentences per compromise parse: bounded memory per parse, and a progress tick per chunk. */
const PARSE_CHUNK = 200;

const MAX_SENTENCE_CHARS = 600;
const NO_TAGS: ReadonlySet<string> = new Set();
/** A name word a number may close ("Apollo 11"); not a month, a weekday, a title or a section word. */
const NUMBERED_NAME = /^\p{Lu}[\p{L}-]+$/u;
const LONE_MONTH = new RegExp(`^(?:${MONTHS})$`);
const NOT_NUMBERED = new RegExp(`^(?:${MONTHS}|${WEEKDAYS}|In|On|At|By|Of|For|From|To|With|Since|Until|After|Before|During|About|Around|Over|Under|Chapter|Section|Page|Article|Figure|Table|Verse|Psalm|Room|Floor|Level|Grade|Year|Class|Part|Phase|Stage|Step|Week|Day|Number|No|Vol|Volume|Issue|Episode|Season|Act|Scene|Line|Rule|Question|Exercise|Lesson|Unit|Form|Route|Gate|Platform|Highway|Interstate)$`);

const DEMONYM_NOUN = /^(?:French|English|Scots|Welsh|Irish|Dutch)(?:man|woman|men|women)$|^Spaniards?$/;
/** Offices written before a person's name that are no part of it ("NFL Commissioner Roger Goodell", "Councillor Tom Hadley"). */
export const OFFICES_BEFORE_NAMES: readonly string[] = ["Commissioner", "Councillor", "Coach", "Detective", "Inspector", "Superintendent", "Reverend", "Corporal", "Constable"];
const TITLE_WORDS = new Set(
  (
    "President Minister Chancellor General Gen. Secretary King Queen Prince Princess Sheikh Emir " +
    "Ayatollah Pope Senator Sen. Rep. Representative Governor Gov. Mayor Dr. Mr. Mrs. Ms. Judge Justice " +
    "Commander Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Admiral Marshal Sir Lord Lady " +
    "Emperor Sultan Chairman Chairwoman Director Ambassador Speaker Cardinal Bishop Rabbi Imam Cleric " +
    "Leader Premier Vice Deputy Foreign Defence Defense Prime Chief Spokesman Spokeswoman Professor Prof. Archbishop Rev. " +
    OFFICES_BEFORE_NAMES.join(" ")
  ).split(" "),
);
const LOWER_TITLES = new Set(
  "leader president minister general commander chief spokesman spokeswoman official envoy ambassador cleric founder ruler dictator king queen prince".split(" "),
);
/** Roles written before a person's name ("quarterback Peyton Manning", "the bacteriologist Alexander Fleming"). */
const ROLE_NOUNS = new Set(
  ("quarterback linebacker receiver tackle coach manager captain striker midfielder defender goalkeeper player " +
    "winger forward substitute centre-back full-back keeper batsman bowler pitcher jockey cyclist sprinter swimmer athlete " +
    "economist physicist chemist biochemist bacteriologist pathologist biologist scientist engineer inventor " +
    "writer author poet novelist painter composer singer actor actress architect explorer emperor pope bishop " +
    "senator governor mayor chancellor professor journalist reporter historian philosopher mathematician astronomer " +
    "patriarch archbishop priest monk missionary prophet colleague assistant student pupil rival mentor successor").split(" "),
);
/** A quoted speaker's name: after "said" or a role and its comma, before "said" or ", who". */
const SPEECH_BEFORE = /(?:\b(?:said|says|told|added|explained|recalled|admitted|insisted|warned)|\b(?:captain|coach|manager|chair|chairman|chairwoman|headteacher|head|teacher|spokesman|spokeswoman|spokesperson|director|owner|resident|organiser|secretary),)\s+$/;
const SPEECH_AFTER = /^(?:,\s+who\s|\s+(?:said|says|told|added|explained|recalled|admitted|insisted|warned)\b)/;
/** Last words of places and bodies that a speech verb may still follow ("said Downing Street"). */
const NOT_A_SURNAME = /^(?:Street|Road|Lane|Avenue|Square|House|Hall|Park|Council|Office|Ministry|Department|Agency|Group|Trust|Club|Society|Union|Bank|Court|Church|School|College|University|Hospital|Station|Centre|Center|Times|Post|News|Press|Limited|Ltd|Company|Buses|Coaches|Trains|Railways?|Airways|Airlines|Wheelers|Rovers|Partners|Holdings|Services|Systems|Associates|Brothers|Architects|Engineers|Builders|Contractors|Studio|Studios|Design|Designs|Consultants|Consulting|Partnership|Practice|Motors|Works|Foundry|Mills)$/;
const ORG_HEADS = new Set(
  (
    "Forces Force Authority Organization Organisation Hezbollah Party Council Committee Agency Ministry " +
    "Army Navy Brigades Brigade Battalion Corps Bank Company Corporation Corp Inc Ltd Group University " +
    "College Institute Resistance Movement Front Union Association Federation League Commission Court " +
    "Parliament Congress Senate Assembly Coalition Mobilization Guard Guards Police Service Department " +
    "Office Fund Foundation Society Trust Alliance Network Airlines Airways Times Post News Agency " +
    "Museum Club Church Board Bureau Tribunal Cabinet Government Administration State School Laboratory Laboratories Labs"
  ).split(" "),
);
const ARMED_MARKERS = /\b(Hezbollah|Hizbollah|Resistance|Brigades?|Battalions?|Militia|Mobili[sz]ation|Forces|Army|Guards?|Jihad|Qaeda|Taliban|Hamas|Houthis?)\b/;
const GOVERNMENT_MARKERS = /\b(Ministry|Department|Parliament|Congress|Senate|Assembly|Cabinet|Government|Administration|Office|Council|Commission|Court|Tribunal|Bureau)\b/;
const COMPANY_MARKERS = /\b(Company|Corporation|Corp|Inc|Ltd|Airlines|Airways|Bank|Group|plc|LLC)\b/;
const REGION_HEADS = /^(Province|Governorate|Region|County|District|Prefecture|Oblast|Territory|Territories|Strip|Valley|Peninsula)$/;
const WATER_HEADS = /^(Sea|Ocean|Gulf|River|Lake|Bay|Strait|Canal|Channel)$/;
const FACILITY_HEADS = /^(Airport|Base|Stadium|Prison|Dam|Bridge|Palace|Hospital|Embassy|Port|Station|Tower|Square|Hotel|Castle|Cathedral|Abbey|Mosque|Temple|Theatre|Theater|Arena|Lighthouse|Observatory)$/;
const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "arap", "van", "von", "de", "da", "del", "di", "du", "la", "le", "der", "den", "ben", "dos", "das"]);
/** After a name, "–Name … Treaty": the dashed second half of a compound treaty or agreement name. */
const DASHED_NAME = /^[–—]\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3} (?:Treaty|Treaties|Agreement|Agreements|Accords?|Pact|Protocol|Convention|Declaration|Act|Line|Plan)\b/u;
/** Class nouns an organisation's name follows ("the pressure group …", "the charity …"). */
const ORG_CLASS = /^(?:group|organisation|organization|charity|campaign|society|association|club|movement|trust|foundation|coalition|alliance|network|body|union)$/;
/** Spans addNames read as a thing's name because "the" comes before what looks like a person's name. */
const THING_NAMES = new WeakSet<RawSpan>();

/** Nouns a work's title follows ("his book Extraordinary Popular Delusions and the Madness of Crowds"). */
const WORK_CLASS = /^(?:book|books|novel|poem|play|film|movie|album|song|opera|painting|treatise|essay|pamphlet|symphony|musical)$/;
const TITLE_LINKS = /^(?:of|and|the|in|to|for|on|at|a|an|from|with)$/;
const CONNECTORS = new Set(["of", "in", "for", "on", "and"]);
const POSSESSIVE_NAME_HEADS = /^(Hospital|College|Church|Cathedral|Park|Square|School|University|Island|Bay|Abbey|Chapel|Hall|Market|Street|Stadium|Arena|Field|Garden|Gardens|Palace|Bridge|Tower|Theatre|Theater|Center|Centre)$/;
/** Heads of names for agreements, meetings, wars and the like (not people, not organisations). */
const EVENT_HEADS = /^(Agreement|Agreements|Accord|Accords|Treaty|Treaties|Conference|Convention|Pact|Declaration|Protocol|War|Revolution|Crisis|Summit|Act|Doctrine|Plan|Games|Olympics|Cup|Prize|Award|Contest|Festival|Exhibition|Expo|Uprising|Rebellion|Offensive|Campaign|Battle|Massacre|Shock)$/;
/** Single capitalised words after a title that are not names ("General Agreement…"). */
const NOT_A_NAME = /^(Agreement|Assembly|Motors|Electric|Staff|Secretary|Council|Court|Conference|Manager|Director|Election|Strike|Service|Hospital|Post|Office|Command)$/;
/** Chunks that may swallow "of"/"in"/"for" (names like "Islamic Resistance in Iraq"). */
/** Heads whose name goes on with "in" ("the Islamic Resistance in Iraq"); elsewhere "in Paris" says where it is ("the Radium Institute in Paris"). */
const IN_NAME_HEADS = /\b(Resistance|Church|Party|Front|Movement|Union|Federation|Republic|Organization|Organisation|Mission|Army)\b/;
/** "the Treaty of Stralsund", "the Battle of Hastings": an event named after its place, head first. */
const EVENT_OF_HEADS = /^(Treaty|Treaties|Peace|Battle|Siege|Congress|Edict)$/;
const CONNECTOR_HEADS = /\b(Treaty|Treaties|Peace|Battle|Siege|Congress|Edict|Resistance|Bank|University|College|Ministry|Department|Council|Republic|Organization|Organisation|Institute|Court|Church|Army|Commission|Federation|Union|League|Association|Society|Museum|House|Party|Front|Movement|Kingdom|Gulf|Strait|Bay|Secretary|Board|Office|Committee|Agency|Fund|Federal|Bureau|Sea|Cape|Isle|Isles|Duke|Prince|Emirate|State)\b/;

// Lowercase words that make weak or generic key terms.
const GENERIC_TERMS = new Set(
  (
    "government people thing things way ways time times year years day days part parts issue issues " +
    "need needs number lot kind type case cases fact point place area side end group groups member " +
    "members country countries nation world region state states city official officials report " +
    "river rivers lake lakes sea seas water town towns village place places continent land " +
    "statement week weeks month months today percent ground face lack use process potential relationship " +
    "move effort efforts step steps matter interest interests level term terms couple team teams " +
    "music winner winners pool ring contest work " +
    // ("For many _____, help came too late" → families: who anybody might be, not a fact to recall.)
    "family families patient patients resident residents pupil pupils children worker workers player players " +
    "soldier soldiers investor investors company companies firm firms customer customers visitor visitors " +
    "passenger passengers villager villagers citizen citizens crowd crowds spectator spectators staff money"
  ).split(" "),
);
const WEAK_MODIFIERS = new Set(
  "numerous many several some recent potential growing current such other various certain few more most new own further major key main possible entire whole".split(" "),
);
export const MEASURE_UNITS = /^(km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|cm|mm|feet|foot|inches|kg|kilograms?|grams?|tonnes?|tons?|pounds|barrels?|lit(?:er|re)s?|gallons?|hectares?|acres?|degrees?|square|mph|km\/h|kilowatts?|megawatts?|gigawatts?|kw|mw|gw|kwh|years?|months?|weeks?|days?|hours?|minutes?|seconds?|points?|votes?|seats?)$/i;
/** A kinship word and its comma right before a name ("his mother, Sophia Kingdom"). */
const KIN_BEFORE_NAME = new RegExp(`\\b(?:${KIN_WORDS}),\\s+$`, "i");
/** A gendered kinship word right before a name, with or without its comma. */
const KIN_GENDER_BEFORE = new RegExp(`\\b(${FEMALE_KIN}|${MALE_KIN}),?\\s+$`, "i");
const FEMALE_KIN_WORD = new RegExp(`^(?:${FEMALE_KIN})$`);
const LETTER_TERM = /(?<![\p{L}\p{N}.'’-])([B-HJ-Z]) (\p{Ll}{3,})\b/gu;
const ISOTOPE = /\b(?:hydrogen|helium|carbon|nitrogen|oxygen|sodium|potassium|calcium|iron|cobalt|strontium|iodine|caesium|cesium|radium|radon|thorium|uranium|plutonium|americium|polonium|tritium|argon|krypton|xenon|lead)-\d{1,3}\b/giu;

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

interface RawSpan {
  start: number;
  end: number;
  type: FineType;
  kind: string;
  bound?: boolean;
  value?: number;
  unit?: string;
  iso?: string;
  /** Grouping hint: person surname, organisation acronym, gazetteer canonical name. */
  groupKey?: string;
  display?: string;
  country?: string;
  descriptor?: string;
  /** One name word the sentence itself says is a person's ("the patriarch Athanasius", "Frumentius, a monk …"). */
  vouched?: boolean;
}

/** Analyse an article: sentences kept, typed facts, entities with alias sets. */
export function analyzeArticle(article: CleanArticle, options: ExtractOptions = {}): ArticleFacts {
  const maxSentences = options.maxSentences ?? Number.POSITIVE_INFINITY;
  const sentences = (article.sentences ?? [])
    .filter((s) => typeof s?.text === "string" && s.text.trim().length > 0 && s.text.length <= MAX_SENTENCE_CHARS)
    .slice(0, maxSentences);

  // compromise parses chunks of sentences; offsets map back through each sentence's chunk and base.
  const bases: number[] = [];
  const chunkOf: ParsedText[] = [];
  const today = validIsoDate(article.published);
  for (let from = 0; from < sentences.length; from += PARSE_CHUNK) {
    let joined = "";
    const chunk = sentences.slice(from, from + PARSE_CHUNK);
    for (const s of chunk) {
      bases.push(joined.length);
      joined += s.text + "\n\n";
    }
    const parsed = parseText(joined);
    for (let k = 0; k < chunk.length; k++) chunkOf.push(parsed);
    options.onProgress?.(Math.min(sentences.length, from + PARSE_CHUNK), sentences.length);
  }
  if (!sentences.length) options.onProgress?.(0, 0);

  const lowerWords = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?:^|[\s(“"])(\p{Ll}[\p{L}-]*)/gu)) lowerWords.add(m[1]);
  }

  // Capitalised words the article uses inside a sentence: "Super" in "their third Super Bowl title"
  // makes a sentence-initial "Super Bowl" a name, not an adjective and a name.
  const innerCapitals = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/[\p{Ll}\p{N},;)]\s+(\p{Lu}\p{Ll}[\p{L}-]*)\s+\p{Lu}/gu)) innerCapitals.add(m[1]);
  }
  // Words the article writes with a capital after a lower-case word, more than once ("… at Lübeck in
  // 1356 …"): such a word opening a sentence is the same name ("Lübeck was refounded …").
  const seenMid = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?<=[\p{Ll},;] )(\p{Lu}\p{Ll}[\p{L}-]*)(?![\p{L}’'-])/gu)) seenMid.set(m[1], (seenMid.get(m[1]) ?? 0) + 1);
  }

  // (Not a surname the article also writes after a first name — "Peyton Manning", "Selman Waksman":
  // a sentence opened by it is that person's, which the surname rule below reads.)
  const secondWords = new Set(sentences.flatMap((s) => [...s.text.matchAll(/\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}[\p{L}-]*)/gu)].map((m) => m[1])));
  const midCapitals = new Set([...seenMid].filter(([w, n]) => n >= 2 && !secondWords.has(w)).map(([w]) => w));

  const raw: Array<{ sentence: Sentence; spans: RawSpan[] }> = sentences.map((sentence, i) => ({
    sentence,
    spans: spansInSentence(sentence.text, bases[i], chunkOf[i], today, lowerWords, innerCapitals, midCapitals),
  }));

  // "the Semper Augustus" is a thing's name (see addNames): so is "Semper Augustus" without its "the".
  const thingNames = new Set(raw.flatMap(({ sentence, spans }) => spans.filter((sp) => THING_NAMES.has(sp) || (sp.type === "name" && /(?:^|[^\p{L}])the $/u.test(sentence.text.slice(0, sp.start)))).map((sp) => sentence.text.slice(sp.start, sp.end)).filter((n) => n.includes(" "))));
  // ("the finished Wright Flyer … overturned the Flyer, which …": one word after "the" closing its
  // phrase names a thing, and so does the longer name it ends — not "the Richter scale".)
  const theThings = new Set(raw.flatMap(({ sentence, spans }) => spans.filter((sp) => (sp.type === "person" || sp.type === "name") && /(?:^|[^\p{L}])the $/u.test(sentence.text.slice(0, sp.start)) && /^[,.;:!?)]/.test(sentence.text.slice(sp.end))).map((sp) => sentence.text.slice(sp.start, sp.end)).filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n))));
  for (const { sentence, spans } of raw) {
    spans.forEach((sp, k) => {
      const surface = sentence.text.slice(sp.start, sp.end);
      // ("its Bus Recovery Grant ends in March": what "its" or "their" owns is a thing, whoever "Grant" may be.)
      const owned = /(?:^|[^\p{L}])(?:its|their|our|my|your) $/iu.test(sentence.text.slice(0, sp.start));
      if (sp.type === "person" && (owned || thingNames.has(surface) || theThings.has(surface.split(" ").pop()!))) spans[k] = { start: sp.start, end: sp.end, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(surface)}` };
    });
  }

  // "Curie carried test tubes …": a sentence opened by the surname of someone the article names in
  // full is about that person (compromise leaves a lone surname at a sentence's start untagged).
  const surnames = new Set<string>();
  for (const { sentence, spans } of raw) {
    for (const sp of spans) {
      const words = sentence.text.slice(sp.start, sp.end).split(/\s+/);
      if (sp.type === "person" && words.length >= 2 && /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(words[words.length - 1])) surnames.add(words[words.length - 1]);
    }
  }
  for (const { sentence, spans } of raw) {
    const m = sentence.text.match(/^(\p{Lu}\p{Ll}[\p{L}'’-]+)(?=\s+\p{Ll})/u);
    if (!m || !surnames.has(m[1]) || lowerWords.has(m[1].toLowerCase()) || spans.some((sp) => sp.start < m[1].length)) continue;
    spans.unshift(personSpan(m[1], 0));
  }

  const position = new Map(sentences.map((s, i) => [s.index, i]));
  const tagsAt = (sentenceIndex: number, offset: number) => {
    const i = position.get(sentenceIndex);
    return i === undefined ? NO_TAGS : chunkOf[i].tagsAt(bases[i] + offset);
  };
  return { ...groupEntities(article, sentences, raw), tagsAt };
}

/** Typed spans with entity grouping, in sentence order. */
export function extractFacts(article: CleanArticle, options: ExtractOptions = {}): Fact[] {
  return analyzeArticle(article, options).facts;
}

function validIsoDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : value.slice(0, 10);
}

const QUOTED_TITLE = new RegExp(`\\b(${WORK_KINDS}),? [“"](\\p{Lu}[^”"]{1,60}?)[”"]`, "gu");

const TITLE_AFTER_WORK = /\b(memoir|autobiography|book|novel|poem|album|play|essay|pamphlet|report|manifesto|treatise), ((?:\p{Lu}[\p{L}’'-]*)(?: (?:of|in|and|the|a|an|on|for|to|from|with|at|by) | )(?:(?:\p{Lu}[\p{L}’'-]*|of|in|and|the|a|an|on|for|to|from|with|at|by) ){0,8}\p{Lu}[\p{L}’'-]*)(?=,|\.|;|$)/gu;

function spansInSentence(
  text: string,
  base: number,
  parsed: ParsedText,
  today: string | undefined,
  lowerWords: Set<string>,
  innerCapitals: Set<string>,
  midCapitals: Set<string> = new Set(),
): RawSpan[] {
  const spans: RawSpan[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (span: RawSpan) => {
    if (span.end <= span.start || !free(span.start, span.end)) return false;
    spans.push(span);
    taken.push([span.start, span.end]);
    return true;
  };

  addDates(text, base, parsed, today, add);
  // "the Chesapeake, Ohio and Southwestern Railroad", "the New York, Newfoundland and London Telegraph
  // Company": a firm named after the places it joins is one name, not three places.
  for (const m of text.matchAll(LISTED_FIRM)) {
    const name = m[1];
    add({ start: (m.index ?? 0) + m[0].length - name.length, end: (m.index ?? 0) + m[0].length, type: "organization", kind: "company", groupKey: `org:${normaliseAnswer(name)}` });
  }
  // "plutonium-238", "carbon-14": an isotope is one name, its number part of it.
  for (const m of text.matchAll(ISOTOPE)) add({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type: "name", kind: "isotope", groupKey: `name:${m[0].toLowerCase()}` });
  // "B cells", "T cells", "X rays": a capital letter naming a kind of the noun after it is one term
  // (not "A" or "I", which are words; not after a name's word: "Vitamin C deficiency").
  for (const m of text.matchAll(LETTER_TERM)) {
    const at = m.index ?? 0;
    const noun = at + m[1].length + 1;
    const tags = parsed.tagsAt(base + noun);
    if (/\p{Lu}[\p{L}-]*\s$/u.test(text.slice(Math.max(0, at - 20), at)) || !tags.has("Noun") || tags.has("Verb")) continue;
    add({ start: at, end: at + m[0].length, type: "term", kind: "term", groupKey: `term:${termKey(m[0], tags.has("Plural"))}` });
  }
  // "her memoir, “Unbowed”", "the poem “Ozymandias”": a work's title in quotation marks after the
  // kind of work is a name, whatever its words (often no capitals, or one that reads as an adjective).
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const start = (m.index ?? 0) + m[0].length - m[2].length - 1;
    add({ start, end: start + m[2].length, type: "name", kind: "title", groupKey: `name:title:${m[2].toLowerCase()}` });
  }
  // "her memoir, Wonderful Adventures of Mrs Seacole in Many Lands, with …": an unquoted title after
  // the kind of work, small words and all, is one name (its parts are no names of their own).
  for (const m of text.matchAll(TITLE_AFTER_WORK)) {
    const start = (m.index ?? 0) + m[0].length - m[2].length;
    add({ start, end: start + m[2].length, type: "name", kind: "title", groupKey: `name:title:${m[2].toLowerCase()}` });
  }
  // (Before numbers: "two thirds of the island" is a share, not a count of thirds.)
  addFractions(text, add, free);
  addNumbers(text, base, parsed, add, free);
  addNames(text, base, parsed, lowerWords, innerCapitals, add, free, midCapitals);
  addTerms(text, base, parsed, add, free, lowerWords);
  return spans.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Dates and years

function addDates(
  text: string,
  base: number,
  parsed: ParsedText,
  today: string | undefined,
  add: (s: RawSpan) => boolean,
) {
  const patterns: Array<[RegExp, string]> = [
    [new RegExp(`\\b(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, "g"), "month-day-year"],
    [new RegExp(`\\b\\d{1,2} (?:${MONTHS}),? \\d{4}\\b`, "g"), "day-month-year"],
    [new RegExp(`\\b(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?\\b`, "g"), "month-day"],
    [new RegExp(`\\b\\d{1,2} (?:${MONTHS})\\b`, "g"), "day-month"],
    [new RegExp(`\\b(?:${MONTHS}),? \\d{4}\\b`, "g"), "month-year"],
  ];
  for (const [re, style] of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const iso = resolveDate(m[0], style, today);
      add({ start, end, type: "date", kind: style, iso, groupKey: `date:${iso ?? normaliseAnswer(m[0])}` });
    }
  }
  // Centuries: "the 17th century", "10th and 11th centuries" (the ordinal is the answer).
  for (const m of text.matchAll(/\b(\d{1,2})(st|nd|rd|th)(?= (?:century|centuries)\b)/g)) {
    const start = m.index ?? 0;
    const value = Number(m[1]);
    add({ start, end: start + m[0].length, type: "century", kind: "century", value, groupKey: `century:${value}` });
  }
  // Rankings: "OPEC’s second-largest oil producer", "the third longest river" (the ordinal and its
  // superlative are the answer; "largest" alone is no place in a ranking).
  for (const m of text.matchAll(RANK)) {
    const start = m.index ?? 0;
    const value = RANK_ORDINALS.indexOf(m[1].toLowerCase()) + 2;
    add({ start, end: start + m[0].length, type: "rank", kind: m[3].toLowerCase(), value, groupKey: `rank:${value}:${m[3].toLowerCase()}` });
  }
  // Results: "beating Northgate Rovers 3–2", "a 24–10 win" (a range of years or pages is no score).
  for (const m of text.matchAll(SCORE)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 90), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 20);
    if (!SCORE_BEFORE.test(before) && !SCORE_AFTER.test(after)) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    add({ start, end: start + m[0].length, type: "score", kind: "score", value: a * 1000 + b, groupKey: `score:${a}-${b}` });
  }
  // A vote's tally: "by 31 votes to 12" (the whole tally is the answer, as a match's score is).
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\d{1,4}) votes? to (\d{1,4})(?![\p{L}\p{N}])/gu)) {
    const start = m.index ?? 0;
    const [a, b] = [Number(m[1]), Number(m[2])];
    add({ start, end: start + m[0].length, type: "score", kind: "votes", value: a * 1000 + b, groupKey: `score:votes:${a}-${b}` });
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:${WEEKDAYS})\\b`, "g"))) {
    const start = m.index ?? 0;
    add({ start, end: start + m[0].length, type: "weekday", kind: "weekday", groupKey: `weekday:${m[0]}` });
  }
  // "196 BC", "3100 BCE", "AD 79": a year of an era, its value negative before Christ (so that
  // earlier is smaller, as for other years).
  for (const m of text.matchAll(/(?<![\p{L}\p{N}$€£.,-])(?:(\d{1,4}) (BCE?|AD|CE)|(AD) (\d{1,4}))(?![\p{L}\p{N}])/gu)) {
    const start = m.index ?? 0;
    const value = /^BC/.test(m[2] ?? "") ? -Number(m[1]) : Number(m[1] ?? m[4]);
    add({ start, end: start + m[0].length, type: "year", kind: "year", value, groupKey: `year:${value}` });
  }
  // Years: 4 digits, 1000–2099, not part of a larger number, not a decade ("1990s") or a count.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}$€£.,-])(1\d{3}|20\d{2})(?![\p{L}\p{N}]|[.,]\d)/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = text.slice(end, end + 30);
    const next = after.match(/^\s+([\p{L}-]+)/u)?.[1];
    // "Since 1998 visitors have climbed …": after a sentence-opening "Since"/"In"/"Until" it is a year, whatever follows.
    const opensTime = /^(?:Since|Until|In|From|After|Before|By)\s+$/.test(text.slice(0, start)) || /\b(?:since|until)\s+$/.test(text.slice(0, start));
    if (next && !opensTime && parsed.tagsAt(base + end + after.indexOf(next)).has("Plural") && !/^US|U\.S\./.test(next)) continue;
    // "a 1264 x 1680 pixel display": one side of a size, no year (and no fact of its own).
    if (/^\s*[x×]\s*\d/.test(after) || /\d\s*[x×]\s*$/.test(text.slice(Math.max(0, start - 8), start))) continue;
    const value = Number(m[0]);
    add({ start, end, type: "year", kind: "year", value, groupKey: `year:${value}` });
  }
}

const MONTH_INDEX: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

function resolveDate(surface: string, style: string, today: string | undefined): string | undefined {
  const monthName = surface.match(/[A-Za-z]{3}/)?.[0]?.toLowerCase() ?? "";
  const month = MONTH_INDEX[monthName];
  const day = Number(surface.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/)?.[1] ?? 1);
  const year = surface.match(/\b\d{4}\b/)?.[0];
  if (month === undefined) return undefined;
  if (year) return isoOf(Number(year), month, style === "month-year" ? 1 : day);
  if (!today) return undefined;
  // A news article's "January 5" is the last one on or before its date, not the next. (Asking
  // compromise-dates gave the same answer after the same correction, at a second parse per phrase.)
  const iso = isoOf(Number(today.slice(0, 4)), month, day);
  return iso > today ? `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}` : iso;
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const SCORE = /(?<![\p{L}\p{N}.,–-])(\d{1,3})[–-](\d{1,3})(?![\p{N}–-]|[.,]\d|\s*(?:percent|per cent|%|years?|metres|meters|km|miles|pages?)\b)/gu;
/** A verb of winning or losing shortly before ("beat Rovers 3–2", "won the final 24–10"). */
const SCORE_BEFORE = /\b(?:beat|beats|beaten|beating|defeat|defeated|defeats|defeating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|drawn|drawing|led|leading|trailed|trailing|edged|thrashed|routed)\b[^.;]{0,75}$/i;
/** Or the result's noun after it ("a 24–10 win"). */
const SCORE_AFTER = /^\s+(?:win|victory|defeat|loss|draw|lead|scoreline|result)\b/i;
const RANK_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
export const RANK_SUPERLATIVES = "largest|biggest|longest|highest|tallest|deepest|oldest|busiest|richest|smallest|shortest|lowest|poorest|fastest|heaviest|hottest|coldest|wettest|driest";
const RANK = new RegExp(`\\b(${RANK_ORDINALS.join("|")})([- ])(${RANK_SUPERLATIVES})\\b`, "gi");

// ---------------------------------------------------------------------------------------------
// Numbers and quantities

/** A noun that says what a bare number after it counts ("the death toll was 36,417"). */
const COUNTED_BEFORE = new RegExp(`\\b(${COUNTED_NOUNS})(?: was| is| of| stood at| reached| rose to| fell to)(?: about| around| roughly| nearly| almost| some| over| more than)? $`, "i");
/** "between 50 and 100", "2 to 8", "one to two", "15–20": two plain numbers of one range. */
const RANGE_NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
// ("between 25 and 50 million people": a scale after the second number is both ends'.)
const NUMBER_RANGE = new RegExp(`(?<![\\p{L}\\p{N}.,\\-–])(between )?${RANGE_NUMBER}( and | to |–)${RANGE_NUMBER}(?:\\s(thousand|million|billion)\\b)?(?![\\p{N}.,]\\d|[-–])`, "giu");
/** "Millbrook's population has grown from about 9,000 in 2011 to more than 24,000": both ends of the change count it. */
const COUNTED_CHANGE = new RegExp(`\\b(${COUNTED_NOUNS}) (?:has |had |have )?(?:grown|grew|risen|rose|fallen|fell|dropped|climbed|increased|decreased|shrunk|shrank)(?: from(?:[^,;.:]|[,.](?=\\d)){1,40}? to| from)(?: about| around| roughly| nearly| almost| some| over| more than| less than| fewer than)? $`, "i");
/** "around 70,000 of the City's 80,000 inhabitants": a share of a counted plural after "of". */
const PARTITIVE_AFTER = /^ of (?:the|its|their|his|her|our) (?:[\p{L}’'-]+ |[\d,]+ ){0,3}?(\p{Ll}{3,}s)\b/u;

function addNumbers(
  text: string,
  base: number,
  parsed: ParsedText,
  add: (s: RawSpan) => boolean,
  free: (s: number, e: number) => boolean,
) {
  const re =
    /(?<![\p{L}\p{N}.,\-–])([$€£])?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)(?:\s?(%|percent\b|per cent\b))?(?:\s(thousand|million|billion|trillion)\b)?/giu;
  // "between 50 and 100 flowers", "2 to 8 degrees": a range is one answer, both ends and "between"
  // with it ("A forager visits _____ flowers" → between 50 and 100), counted by what follows it.
  for (const m of text.matchAll(NUMBER_RANGE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const [, between, low, joint, high, scale] = m;
    // (Not a change: "fell from 4.03 to 3.5" goes from one value to another.)
    if (!between && (joint.trim() === "and" || /\bfrom\s+$/i.test(text.slice(0, start)))) continue;
    if (/^[-–]\p{L}/u.test(text.slice(end, end + 2)) || !free(start, end)) continue;
    const value = (n: string) => (/^one$/i.test(n) ? 1 : NUMBER_WORDS[n.toLowerCase()] ?? Number(n.replace(/,/g, "")));
    const times = scale ? { thousand: 1e3, million: 1e6, billion: 1e9 }[scale.toLowerCase()] ?? 1 : 1;
    const [lo, hi] = [value(low) * times, value(high) * times];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) continue;
    const percent = text.slice(end).match(/^\s?(?:%|percent\b|per cent\b)/);
    const unit = percent ? undefined : unitAfter(text, end, base, parsed);
    if (!percent && !unit) continue;
    const type: FineType = percent ? "percent" : MEASURE_UNITS.test(unitHead(unit!)) ? "quantity" : "count";
    const kind = percent ? "percent" : type === "quantity" ? unit!.toLowerCase() : (unit!.split(" ").pop() ?? unit!).toLowerCase();
    add({ start, end: end + (percent ? percent[0].length : 0), type, kind, value: lo, unit, groupKey: `${type}:${lo}-${hi}:${kind}` });
  }
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    if (!free(start, end)) continue;
    const [, currency, digits, percent, scale] = m;
    const isWord = /^[a-z]/i.test(digits);
    // A capital number word opening the sentence counts only what follows it ("Sixteen workers died").
    if (isWord && /^[A-Z]/.test(digits) && start !== 0) continue;
    let value = isWord ? NUMBER_WORDS[digits.toLowerCase()] : Number(digits.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    if (scale) value *= { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale.toLowerCase()] ?? 1;
    // Part of a compound ("2,500-strong", "5-year") or an ordinal: leave it.
    if (/^[-–]\p{L}/u.test(text.slice(end, end + 2))) continue;
    // "than the 1908 plans showed": a year naming the thing after it counts nothing.
    if (!currency && !percent && !scale && /^(?:1[0-9]|20)\d\d$/.test(digits) && /\bthe $/i.test(text.slice(0, start))) continue;
    // "1,500°C", "about 120 °C": a temperature's sign and scale are its unit, written on the number.
    const degrees = !currency && !percent && !scale ? text.slice(end).match(/^\s?°\s?([CF])(?![\p{L}\d])/u) : null;
    if (degrees) {
      if (!free(start, end + degrees[0].length)) continue;
      add({ start, end: end + degrees[0].length, type: "quantity", kind: `°${degrees[1]}`, value, unit: `°${degrees[1]}`, groupKey: `quantity:${value}:°${degrees[1]}` });
      continue;
    }
    const unit = unitAfter(text, end, base, parsed);
    let type: FineType;
    let kind: string;
    if (currency || (unit && /^(dollars?|euros?|pounds sterling|dinars?|riyals?)$/i.test(unit))) {
      type = "money";
      kind = currency ?? unit!.toLowerCase();
    } else if (percent) {
      type = "percent";
      kind = "percent";
    } else if (unit && MEASURE_UNITS.test(unitHead(unit))) {
      type = "quantity";
      kind = unit.toLowerCase();
    } else if (unit) {
      type = "count";
      kind = (unit.split(" ").pop() ?? unit).toLowerCase();
    } else {
      // A bare number says too little to ask about — unless what it counts comes before it: "The
      // official death toll was 36,417", "a crowd of 18,000".
      const counted = text.slice(0, start).match(COUNTED_BEFORE) ?? text.slice(0, start).match(COUNTED_CHANGE);
      // ("around 70,000 of the City's 80,000 inhabitants": what it counts comes after "of".)
      const share = counted ? undefined : text.slice(end).match(PARTITIVE_AFTER);
      if ((!counted && !share) || isWord || value < 10) continue;
      type = "count";
      kind = counted ? counted[1].toLowerCase().split(" ").pop()! : share![1].toLowerCase();
    }
    if (isWord && value < 2) continue;
    end = start + m[0].length;
    // "minus 18 degrees": the sign is part of the quantity (18 degrees would be another temperature).
    const sign = type === "quantity" ? text.slice(0, start).match(/\b(?:minus|negative) $/i) : null;
    if (sign && free(start - sign[0].length, end)) value = -value;
    add({
      start: sign ? start - sign[0].length : start,
      end,
      type,
      kind,
      value,
      unit,
      groupKey: `${type}:${value}:${kind}`,
    });
  }
}

/** "roughly a fifth of all the fresh water", "about two-thirds of it": a share told as a fraction, as a percentage. */
export const FRACTION_PERCENT: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10 };
const FRACTION_RE = /(?<![\p{L}-])(?:a|one|two|three)[- ](half|third|quarter|fifth|tenth|thirds|quarters|fifths)(?= of\b)/giu;
function addFractions(text: string, add: (s: RawSpan) => boolean, free: (s: number, e: number) => boolean) {
  for (const m of text.matchAll(FRACTION_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const count = /^(?:a|one)\b/i.test(m[0]) ? 1 : /^two/i.test(m[0]) ? 2 : 3;
    // ("a half" and "one third" are single; "two thirds", "three quarters" plural; no "a thirds".)
    if ((count === 1) === /s$/.test(m[1]) || !free(start, end)) continue;
    const value = Math.round(FRACTION_PERCENT[m[1].toLowerCase().replace(/s$/, "")] * count * 10) / 10;
    add({ start, end, type: "percent", kind: "share", value, groupKey: `percent:${value}:share` });
  }
}

/** A unit's last word, past a temperature's scale ("degrees Celsius" → degrees). */
const unitHead = (unit: string): string => unit.replace(/ (?:Celsius|Fahrenheit|centigrade)$/, "").split(" ").pop() ?? "";

/** The plural noun phrase after a number ("2,500 US troops" → "US troops"), up to three words. */
/** Nouns whose plural is the singular: counted after a number like any plural. */
const SAME_IN_PLURAL = /^(?:fish|sheep|deer|reindeer|moose|elk|bison|swine|cattle|salmon|trout|cod|carp|pike|shrimp|squid|grouse|aircraft|spacecraft|hovercraft|species|series|offspring)$/i;

function unitAfter(text: string, end: number, base: number, parsed: ParsedText): string | undefined {
  const rest = text.slice(end);
  const words = [...rest.matchAll(/[\p{L}][\p{L}.'’\/-]*/gu)].slice(0, 3);
  const picked: string[] = [];
  let cursor = 0;
  for (const w of words) {
    const gap = rest.slice(cursor, w.index);
    if (!/^\s+$/.test(gap)) break;
    const tags = parsed.tagsAt(base + end + (w.index ?? 0));
    // "150 kilowatts." ends the sentence: the full stop is not the unit's ("U.S." keeps its dots).
    const word = /^[^.]+\.$/.test(w[0]) ? w[0].slice(0, -1) : w[0];
    cursor = (w.index ?? 0) + w[0].length;
    // Right after the number, an "-s" word is its plural noun even where the tagger reads a verb ("4.2 trillion marks").
    // ("650 MPs", "20 MEPs": an acronym's plural is one too.)
    // (Not a preposition or an adverb that ends in "s": "£2 million towards the new road", "afterwards".)
    const pluralAfterNumber = picked.length === 0 && (/^\p{Ll}{2,}[^su’']s$/u.test(word) || /^\p{Lu}{2,}s$/u.test(word)) && !tags.has("Preposition") && !/(?:wards|ways|haps)$/i.test(word);
    // ("612 dead fish", "40 sheep": a plural written as its singular is one the tagger does not mark.)
    if (tags.has("Plural") || pluralAfterNumber || MEASURE_UNITS.test(word) || /^(people|troops|soldiers|civilians|staff|personnel)$/i.test(word) || SAME_IN_PLURAL.test(word)) {
      picked.push(word);
      // "30,000 degrees Celsius": the scale is the unit's.
      const scale = /^degrees?$/i.test(word) ? rest.slice(cursor).match(/^ (Celsius|Fahrenheit|centigrade)\b/) : null;
      if (scale) picked.push(scale[1]);
      return picked.join(" ");
    }
    // ("42 parking spaces", "12 training sessions": an -ing word before the plural describes it; with
    // no plural after it, nothing is counted.)
    // (So does a hyphened describing word the tagger reads as a preposition: "42 on-street parking spaces".)
    if ((tags.has("Gerund") && /^\p{Ll}{3,}ing$/u.test(word)) || (tags.has("Hyphenated") && /^\p{Ll}+-\p{Ll}+$/u.test(word))) {
      picked.push(word);
      continue;
    }
    if (tags.has("Adjective") || tags.has("Acronym") || tags.has("Noun") || tags.has("Demonym")) {
      if (tags.has("Verb") || tags.has("Preposition") || tags.has("Determiner")) return undefined;
      picked.push(word);
      continue;
    }
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Names: people, organisations, places

function isNameWord(token: Token): boolean {
  const w = token.text;
  if (/^(?:\p{Lu}\.){2,}$/u.test(w)) return true;
  if (/^(al|el|ad|as|an|ar|at|az|ash)-\p{Lu}/u.test(w)) return true;
  if (!isCapitalized(w)) return false;
  // A hyphenated modifier ("US-led", "Iranian-backed") is not a name.
  if (/-\p{Ll}/u.test(w) && !/^(al|el)-/i.test(w.split("-").slice(-1)[0] ?? "")) {
    const parts = w.split("-");
    if (parts.slice(1).some((p) => /^\p{Ll}/u.test(p) && !NAME_PARTICLES.has(p))) return false;
  }
  return /\p{L}/u.test(w);
}

function addNames(
  text: string,
  base: number,
  parsed: ParsedText,
  lowerWords: Set<string>,
  innerCapitals: Set<string>,
  add: (s: RawSpan) => boolean,
  free: (s: number, e: number) => boolean,
  midCapitals: Set<string> = new Set(),
) {
  const tokens = tokenize(text);
  // Index of the first word: a capital there may only mark the sentence start.
  const firstWord = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]) || !free(tokens[i].start, tokens[i].end)) {
      // Bound mention inside a hyphenated modifier: "US-led" → a bound mention of "US".
      const bound = tokens[i].text.match(/^((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}]*)-\p{Ll}/u);
      if (bound && free(tokens[i].start, tokens[i].end)) {
        const name = bound[1];
        const typed = classifyGazetteer(name);
        if (typed) add({ ...typed, start: tokens[i].start, end: tokens[i].start + name.length, bound: true });
      }
      const prefixed = tokens[i].text.match(/^(?:anti|pro|non|post|pre)-(\p{Lu}[\p{L}.]*)$/u);
      if (prefixed && free(tokens[i].start, tokens[i].end)) {
        const typed = classifyGazetteer(prefixed[1]);
        const s = tokens[i].end - prefixed[1].length;
        if (typed) add({ ...typed, start: s, end: tokens[i].end, bound: true });
      }
      i++;
      continue;
    }
    // Grow a chunk of name words, particles and (for some heads) connectors.
    let j = i;
    let possessive = false;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      // "Hartsdale Magistrates' Court": a plural's apostrophe before a court or a school is inside the name.
      if (/^\p{Lu}\p{Ll}+s['’]$/u.test(cur.text) && next && text.slice(cur.end, next.start) === " " && /^(?:Court|Courts|School|College|Hospital|Church|Hall|Association|Union|Club)$/.test(next.text)) {
        j++;
        continue;
      }
      const apostrophe = tokens[j + 2];
      if (/^\p{Lu}\p{Ll}+s$/u.test(cur.text) && next && /^['’]$/.test(next.text) && next.start === cur.end && apostrophe && text.slice(next.end, apostrophe.start) === " " && /^(?:Court|Courts|School|College|Hospital|Church|Hall|Association|Union|Club)$/.test(apostrophe.text)) {
        j += 2;
        continue;
      }
      if (possessiveSuffixLength(cur.text) === 2) {
        // "St Mary's Hospital" is one name; "Iraq’s parliament" is a possessive.
        // ("Levi's Stadium's field": the head may carry a possessive of its own.)
        // ("St Anne's Primary School": after a saint's name, a describing word may come before the head.)
        const saint = /^(?:St|Saint)$/.test(tokens[i].text) && !!tokens[j + 2] && /^\p{Lu}\p{Ll}+$/u.test(next?.text ?? "") && text.slice(next.end, tokens[j + 2].start) === " " && POSSESSIVE_NAME_HEADS.test(tokens[j + 2].text);
        if (next && text.slice(cur.end, next.start) === " " && (POSSESSIVE_NAME_HEADS.test(next.text.replace(/[’']s$/, "")) || saint)) {
          j++;
          continue;
        }
        possessive = true;
        break;
      }
      const adjacent = text.slice(cur.end, next.start) === " ";
      // A middle initial: "William C. Gorgas".
      const afterDot = tokens[j + 2];
      if (/^\p{Lu}$/u.test(cur.text) && j > i && next.text === "." && next.start === cur.end && afterDot && text.slice(next.end, afterDot.start) === " " && isNameWord(afterDot)) {
        j += 2;
        continue;
      }
      // "the Hay–Bunau-Varilla Treaty": names joined by a dash make one treaty or agreement.
      if (/^[–—]$/.test(next.text) && next.start === cur.end && DASHED_NAME.test(text.slice(cur.end)) && tokens[j + 2] && isNameWord(tokens[j + 2])) {
        j += 2;
        continue;
      }
      if (!adjacent) break;
      // "Super Bowl 50", "Apollo 11", "Falcon 9": a number closing a name is part of it (a bare
      // number is no fact of its own); not a score ("Broncos 24–10"), a month's day or a page.
      // ("the Lumio Page 6": a product's own word before the number, not a page reference.)
      if (/^\d{1,4}$/.test(next.text) && free(next.start, next.end) && NUMBERED_NAME.test(cur.text) && (!NOT_NUMBERED.test(cur.text) || (j > i && /^(?:Page|Form|Line|Level|Stage|Unit|Class|Route)$/.test(cur.text) && !/^(?:On|At|In|See|Of)$/.test(tokens[i].text))) && !/^(?:[-–—:/]|[.,]\d|\s?(?:%|percent\b|per cent\b))/.test(text.slice(next.end))) {
        j++;
        break;
      }
      // "headquarters in Kingston Mary Seacole House": a city or country the gazetteer knows, then a
      // given name opening a name of two words or more, is two names side by side.
      const third = tokens[j + 2];
      const twoNames = j === i && isNameWord(next) && !!givenNameGender(next.text) && !!third && text.slice(next.end, third.start) === " " && isNameWord(third) && /^(?:city|country)$/.test(classifyGazetteer(cur.text)?.type ?? "");
      if (isNameWord(next) && free(next.start, next.end) && !twoNames) {
        j++;
        continue;
      }
      const lower = next.text.toLowerCase();
      const after = tokens[j + 2];
      // A ruler's epithet ("Henry the Lion", "Ivan the Terrible"), not "the Red Sea" after a name.
      const afterAfter = tokens[j + 3];
      const epithetEnds = !afterAfter || !(text.slice(after?.end ?? 0, afterAfter.start) === " " && /^\p{Lu}/u.test(afterAfter.text));
      if (lower === "the" && next.text === "the" && after && epithetEnds && /^(Great|Elder|Younger|Conqueror|Magnificent|Bold|Wise|Lion|Lionheart|Terrible|Pious|Navigator|Confessor|Fair|Good|Bald|Fat|Just|Unready|Red|Lawgiver|Liberator|Timid|Simple|Brave|Black|Silent|Cruel|Mad|Fowler|Hammer)(?:[’']s)?$/.test(after.text)) {
        j += 2;
        continue;
      }
      // "the book Extraordinary Popular Delusions and the Madness of Crowds": after a work noun the
      // title runs on across its small words while a capital follows them.
      if (WORK_CLASS.test(tokens[i - 1]?.text ?? "") && next.text === lower && TITLE_LINKS.test(lower) && after) {
        let k = j + 2;
        while (k < tokens.length && TITLE_LINKS.test(tokens[k].text) && text.slice(tokens[k - 1].end, tokens[k].start) === " ") k++;
        if (k < tokens.length && text.slice(tokens[k - 1].end, tokens[k].start) === " " && isNameWord(tokens[k]) && free(tokens[k].start, tokens[k].end)) {
          j = k;
          continue;
        }
      }
      // "the conservation group Friends of the Callow Estuary": after its class noun, an
      // organisation's name runs on across "of (the)" / "for (the)".
      if ((lower === "of" || lower === "for") && next.text === lower && ORG_CLASS.test(tokens[i - 1]?.text ?? "") && after) {
        const theThen = after.text === "the" && tokens[j + 3] && isNameWord(tokens[j + 3]) ? 1 : 0;
        if (theThen || isNameWord(after)) {
          j += 2 + theThen;
          continue;
        }
      }
      if (lower === "and" && after && text.slice(next.end, after.start) === " " && joinsAcrossAnd(text, tokens, i, j)) {
        j += 2;
        continue;
      }
      if (
        after &&
        text.slice(next.end, after.start) === " " &&
        isNameWord(after) &&
        ((NAME_PARTICLES.has(lower) && next.text === lower) ||
          (CONNECTORS.has(lower) && lower !== "and" && CONNECTOR_HEADS.test(text.slice(tokens[i].start, cur.end)) && (lower !== "in" || IN_NAME_HEADS.test(text.slice(tokens[i].start, cur.end)))) ||
          (lower === "the" && CONNECTOR_HEADS.test(text.slice(tokens[i].start, cur.end)) && false))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    if (j === i && possessiveSuffixLength(tokens[i].text) === 2) possessive = true;
    let startTok = i;
    // Leading determiner-like capitals and sentence-initial common words are not part of names.
    while (startTok <= j) {
      const t = tokens[startTok];
      const tags = parsed.tagsAt(base + t.start);
      const lower = t.text.toLowerCase();
      const sentenceInitial = startTok === firstWord || /^[“"(‘']$/.test(tokens[startTok - 1]?.text ?? "");
      if (/^(The|A|An|This|That|These|Those)$/.test(t.text)) {
        startTok++;
        continue;
      }
      if (sentenceInitial && NAME_PARTICLES.has(lower) && startTok < j) break;
      if (sentenceInitial) {
        const known = classifyGazetteer(t.text.replace(/[’']s$/, ""));
        const properTag = tags.has("Person") || tags.has("Place") || tags.has("Organization") || tags.has("Country");
        // Capitalised before another capital inside a sentence too: part of the same name here.
        const inner = (startTok < j && innerCapitals.has(t.text) || (j === startTok && midCapitals.has(t.text) && !lookupDemonym(t.text) && !(/^\p{Ll}/u.test(tokens[j + 1]?.text ?? "") && parsed.tagsAt(base + tokens[j + 1].start).has("Noun")))) && !lowerWords.has(lower) && !isStopword(lower);
        // "Apollo 11 landed …": a word closed by a number is a name, however the tagger reads it.
        const numbered = j === startTok + 1 && /^\d{1,4}$/.test(tokens[j].text) && !lowerWords.has(lower) && !isStopword(lower);
        if (numbered) break;
        // "Chuquicamata, near the city of Calama, is …": a word no dictionary knows and the article never
        // writes in lower case, opening the sentence before a comma or a verb, is a name.
        // (Asked last and only of a word about to be dropped: the dictionary lookup is the dear part.)
        const stranger = () => j === startTok && /^\p{Lu}\p{Ll}{4,}$/u.test(t.text) && !lowerWords.has(lower) && !isStopword(lower) &&
          (/^,/.test(text.slice(t.end)) || parsed.tagsAt(base + (tokens[j + 1]?.start ?? t.end)).has("Verb")) &&
          !isLexiconWord(lower) && !isLexiconWord(lower.replace(/s$/, "")) && !isDictionaryNoun(lower);
        // "Njeri Wambui, the …": a word no dictionary knows before another capital is the name's first word.
        const strangerBefore = () => startTok < j && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !lowerWords.has(lower) && !isStopword(lower) && !tags.has("Verb") &&
          !isLexiconWord(lower) && !isLexiconWord(lower.replace(/s$/, "")) && !isDictionaryNoun(lower) && !lookupDemonym(t.text);
        if (!known && !properTag && !inner && (lowerWords.has(lower) || isStopword(lower) || tags.has("Adjective") || tags.has("Adverb") || tags.has("Preposition") || tags.has("Conjunction") || tags.has("Verb") || tags.has("Determiner") || !tags.has("ProperNoun")) && !stranger() && !strangerBefore()) {
          startTok++;
          continue;
        }
      }
      break;
    }
    const next = j + 1;
    if (startTok > j) {
      i = next;
      continue;
    }
    // "the Frenchman Pierre Perrault", "the Norwegian Roald Amundsen": a nationality before a person's
    // given name and surname opens no name.
    const personAfter = (k: number) => !!givenNameGender(tokens[k].text) || (j - k === 1 && [tokens[k], tokens[j]].every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && !ORG_HEADS.has(tokens[j].text) && !EVENT_HEADS.test(tokens[j].text) && !WATER_HEADS.test(tokens[j].text) && !/^(?:Age|Era|Period|Empire|Republic|Kingdom|Renaissance|Navy|Army|Crown|Church|Court|Coast|Alps|Islands)$/.test(tokens[j].text) && !NOT_A_NAME.test(tokens[k].text) && !lookupDemonym(tokens[k].text));
    if (startTok < j && (DEMONYM_NOUN.test(tokens[startTok].text) || (j - startTok >= 2 && !!lookupDemonym(tokens[startTok].text) && personAfter(startTok + 1)))) startTok++;
    const startChar = tokens[startTok].start;
    let endChar = tokens[j].end;
    if (possessive) endChar -= possessiveSuffixLength(tokens[j].text);
    else if (/s[’']$/.test(tokens[j].text)) endChar -= 1;
    if (/^,\s*D\.\s?C\./.test(text.slice(endChar)) && !possessive) {
      // "Washington, D.C." is one city; the comma would otherwise end the name.
      endChar += text.slice(endChar).match(/^,\s*D\.\s?C\./)![0].length;
      add({ start: startChar, end: endChar, type: "city", kind: "city", groupKey: "city:washington", display: "Washington", country: "USA" });
      i = tokens.findIndex((t) => t.start >= endChar);
      if (i < 0) break;
      continue;
    }
    const chunk = text.slice(startChar, endChar);
    let spans = classifyChunk(chunk, startChar, text, tokens, startTok, j, base, parsed);
    // "Lugano, Switzerland", "the town of Jinja": a place placed in a country or state, or called a
    // town, is a town (asked with towns, not with any place).
    const within = text.slice(endChar).match(/^, (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})(?=[,.;:]|\s+\p{Ll}|$)/u)?.[1];
    const inCountry = !!within && ["country", "region"].includes(classifyGazetteer(within)?.type ?? "");
    const townOf = /\b(?:town|city|village|port)\s+of\s+$/i.test(text.slice(0, startChar));
    if ((inCountry || townOf) && spans.length === 1 && (spans[0].type === "place" || spans[0].type === "name")) {
      spans = [{ ...spans[0], type: "city", kind: "city", groupKey: `city:${normaliseAnswer(chunk)}` }];
    }
    // "His second, the Great Britain, …": a country's name after a "the" it never takes names
    // something else (a ship, a locomotive), not the country.
    if (spans.length === 1 && spans[0].type === "country" && /\bthe $/i.test(text.slice(0, startChar)) && !takesThe(chunk) && !/^[\p{Lu}.]+$/u.test(chunk) && !/^(?:Ivory Coast|Congo|Sudan|Gambia|Ukraine|Lebanon|Yemen|Argentine)$/.test(chunk)) {
      spans = [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
    }
    // "the most famous variety, the Semper Augustus": a person's name takes no "the"; a name after
    // one is a thing's (a ship, a variety, a work), whatever its words look like.
    if (spans.length === 1 && spans[0].type === "person" && /(?:^|[^\p{L}])the $/u.test(text.slice(0, startChar)) && chunk.includes(" ") && !/^\s+(?:brothers|sisters|family|twins|couple|siblings)\b/.test(text.slice(endChar))) {
      spans = [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
      THING_NAMES.add(spans[0]);
    }
    // "the conservation group Friends of the Callow Estuary": what its class noun says it is.
    if (ORG_CLASS.test(tokens[startTok - 1]?.text ?? "") && spans.length === 1 && (spans[0].type === "place" || spans[0].type === "name")) {
      spans = [{ ...spans[0], type: "organization", kind: "body", groupKey: `org:${normaliseAnswer(chunk)}` }];
    }
    // Half of a dashed compound ("the Torrijos–Carter Treaties") is a mention, never a gap.
    const dashed = /[–—-]$/.test(text.slice(0, startChar)) || /^[–—-]\p{L}/u.test(text.slice(endChar));
    for (const s of spans) add(dashed ? { ...s, bound: true } : s);
    i = next;
  }
}

/**
 * "United Nations Monetary and Financial Conference", "Bosnia and Herzegovina": join across "and"
 * when the right side ends in an organisation or event head (or the whole is a gazetteer name) and
 * the left side is not already a complete name ("Kataeb Hezbollah and Haraket Hezbollah…").
 */
function joinsAcrossAnd(text: string, tokens: Token[], i: number, j: number): boolean {
  const left = text.slice(tokens[i].start, tokens[j].end);
  if (classifyGazetteer(left) || ORG_HEADS.has(tokens[j].text) || EVENT_HEADS.test(tokens[j].text) || /\bHezbollah\b/.test(left)) return false;
  let k = j + 2;
  while (k + 1 < tokens.length && isNameWord(tokens[k + 1]) && text.slice(tokens[k].end, tokens[k + 1].start) === " ") k++;
  if (k >= tokens.length || !isNameWord(tokens[k])) return false;
  // "the European Bank for Reconstruction and Development": a body "for" or "of" two common nouns
  // (not "the Bank of England and Barclays": a name after "and" is a second thing).
  if (k === j + 2 && CONNECTOR_HEADS.test(left) && / (?:for|of) \p{Lu}\p{Ll}+$/u.test(left) && isDictionaryNoun(tokens[j].text.toLowerCase()) && isDictionaryNoun(tokens[k].text.toLowerCase()) && !classifyGazetteer(tokens[k].text)) return true;
  const whole = text.slice(tokens[i].start, tokens[k].end);
  return !!classifyGazetteer(whole) || ORG_HEADS.has(tokens[k].text) || EVENT_HEADS.test(tokens[k].text);
}

/** Gazetteer-only typing of a name. */
function classifyGazetteer(name: string): Omit<RawSpan, "start" | "end"> | undefined {
  const country = lookupCountry(name);
  if (country) return { type: "country", kind: "country", groupKey: `country:${country.code}`, display: country.name, country: country.code };
  const org = lookupOrganization(name);
  if (org) return { type: "organization", kind: org.kind, groupKey: `org:${org.name.toLowerCase()}`, display: org.name };
  const city = lookupCity(name);
  if (city) return { type: "city", kind: "city", groupKey: `city:${city.name.toLowerCase()}`, display: city.name, country: city.country };
  const region = lookupRegion(name);
  if (region) return { type: "region", kind: "region", groupKey: `region:${region.name.toLowerCase()}`, display: region.name, country: region.country };
  if (isKnownWater(name)) return { type: "water", kind: waterKind(name), groupKey: `water:${name.toLowerCase()}` };
  return undefined;
}

function organizationKind(name: string): OrganizationKind | "body" | "academic" {
  if (ARMED_MARKERS.test(name)) return "armed-group";
  if (GOVERNMENT_MARKERS.test(name)) return "government-body";
  if (COMPANY_MARKERS.test(name)) return "company";
  if (/\b(University|College|Institute|School|Laboratory|Academy)\b/.test(name)) return "academic";
  if (/\b(Union|Association|Federation|League|Organi[sz]ation|Agency|Authority|Committee|Fund|Foundation|Alliance|Network)\b/.test(name)) return "body";
  return "other";
}

/** Water bodies match their own kind: a sea against seas, a river against rivers. */
export function waterKind(name: string): string {
  if (/\b(Ocean|Sea|Gulf|Bay|Strait|Channel)\b/.test(name)) return "sea";
  if (/\bLake\b/.test(name)) return "lake";
  if (/\bCanal\b/.test(name)) return "canal";
  return "river";
}

function eventKind(head: string): string {
  if (/^(Agreements?|Accords?|Treaty|Pact|Declaration|Protocol|Convention|Act|Doctrine|Plan)$/.test(head)) return "agreement";
  if (/^(War|Revolution|Uprising|Rebellion|Offensive|Campaign|Battle|Massacre|Crisis|Shock)$/.test(head)) return "conflict";
  if (/^(Games|Olympics|Cup|Contest|Festival|Exhibition|Expo)$/.test(head)) return "contest";
  return "meeting";
}

function classifyChunk(
  chunk: string,
  startChar: number,
  text: string,
  tokens: Token[],
  startTok: number,
  endTok: number,
  base: number,
  parsed: ParsedText,
): RawSpan[] {
  const words = chunk.split(" ");
  const endChar = startChar + chunk.length;
  const out: RawSpan[] = [];
  // "freezes in January", "until May": a month alone is a time of year, never a place or a name.
  if (LONE_MONTH.test(chunk)) return out;

  // "The Lord Mayor", "the Prime Minister": an office with no name after it is nobody's name.
  if (words.length >= 2 && words.every((w) => TITLE_WORDS.has(w))) return out;
  // Title before a name: "Iraqi Prime Minister Mohammed Shia al-Sudani", "Iranian General Qassem Soleimani".
  let lastTitle = -1;
  for (let k = 0; k < words.length - 1; k++) if (TITLE_WORDS.has(words[k])) lastTitle = k;
  // ("NFL Commissioner Roger Goodell": a body's initials before the office, too.)
  if (lastTitle >= 0 && words.slice(0, lastTitle + 1).every((w, k) => TITLE_WORDS.has(w) || lookupDemonym(w) || lookupCountry(w) || (k < lastTitle && /^[A-Z]{2,5}$/.test(w)))) {
    const nameWords = words.slice(lastTitle + 1);
    const nameStart = startChar + words.slice(0, lastTitle + 1).join(" ").length + 1;
    const name = nameWords.join(" ");
    const last = nameWords[nameWords.length - 1];
    // ("Archbishop of Canterbury": an office's "of" phrase is no name after a title.)
    // ("Lady Elliot Island", "Queen Victoria Bridge": a place named after someone is a place.)
    const looksLikeName = !ORG_HEADS.has(last) && !EVENT_HEADS.test(last) && !NOT_A_NAME.test(nameWords[0]) && !WATER_HEADS.test(last) && !FACILITY_HEADS.test(last) && !REGION_HEADS.test(last) && !/^(?:Island|Islands|Isle|Reef)$/.test(last) && !/^(?:of|the|and|for|in|on|at|to)$/.test(nameWords[0]);
    if (!classifyGazetteer(name) && looksLikeName) {
      const demonym = lookupDemonym(words[0]);
      if (demonym) out.push({ start: startChar, end: startChar + words[0].length, type: "nationality", kind: "nationality", groupKey: `country:${demonym.code}`, bound: true, country: demonym.code });
      // "Lady Byron", "Lord Byron": a title of rank with a surname alone is one member of the family;
      // keyed by the surname only, she would be every Byron the article names ("Augusta Ada Byron").
      const rank = nameWords.length === 1 && /^(Lord|Lady|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Miss)$/.test(words[lastTitle]);
      out.push({ ...personSpan(name, nameStart), ...(rank ? { groupKey: `person:${words[lastTitle].toLowerCase()} ${surnameKey(name)}` } : {}), descriptor: words.slice(0, lastTitle + 1).join(" ") });
      return out;
    }
  }

  const gaz = classifyGazetteer(chunk);
  const following = text.slice(endChar).match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u);
  const nextWord = following?.[1] ?? "";
  const nextTwo = `${nextWord} ${following?.[2] ?? ""}`.trim();
  if (gaz) {
    // "Baghdad airport" keeps the city; "al-Asad air base" below becomes a facility.
    return [{ ...gaz, start: startChar, end: endChar }];
  }

  // Demonym alone ("Iraqi", "Iranian"): a nationality, which only helps validation.
  if (words.length === 1 && lookupDemonym(chunk)) {
    const c = lookupDemonym(chunk)!;
    return [{ start: startChar, end: endChar, type: "nationality", kind: "nationality", groupKey: `country:${c.code}`, bound: true, country: c.code }];
  }
  // Demonym + rest: type the rest ("Iranian Qassem" is rare; "Iraqi Kurdistan" is a region).
  if (words.length > 1 && lookupDemonym(words[0]) && !lookupOrganization(chunk)) {
    const rest = words.slice(1).join(" ");
    const restGaz = classifyGazetteer(rest);
    if (restGaz) return [{ ...restGaz, start: startChar + words[0].length + 1, end: endChar }];
  }

  const last = words[words.length - 1];
  // "Ada Lovelace Day", "Earth Hour Week": a day named after someone is a day, not the person (two
  // words could be a surname: "Doris Day").
  const namedDay = /^(Day|Week)$/.test(last) && words.length >= 3;
  if ((EVENT_HEADS.test(last) && words.length > 1) || namedDay) {
    return [{ start: startChar, end: endChar, type: "event", kind: eventKind(last), groupKey: `event:${normaliseAnswer(chunk)}` }];
  }
  if (words.length > 2 && EVENT_OF_HEADS.test(words[0]) && words[1] === "of") {
    return [{ start: startChar, end: endChar, type: "event", kind: eventKind(words[0]), groupKey: `event:${normaliseAnswer(chunk)}` }];
  }
  if (REGION_HEADS.test(last) || /^(province|governorate|region|district|county)$/i.test(nextWord)) {
    return [{ start: startChar, end: endChar, type: "region", kind: "region", groupKey: `region:${normaliseAnswer(chunk)}` }];
  }
  // "Lake Kyoga", "River Callow": the head noun first is a body of water too.
  // ("the MV Sula Bay": a ship named after a bay is a ship.)
  if (!SHIP_WORD.test(words[0]) && (WATER_HEADS.test(last) || (words.length > 1 && WATER_HEADS.test(words[0]) && (words[1] === "of" || /^(Lake|River)$/.test(words[0]))))) {
    return [{ start: startChar, end: endChar, type: "water", kind: waterKind(chunk), groupKey: `water:${normaliseAnswer(chunk)}` }];
  }
  if (FACILITY_HEADS.test(last) || /^(air base|airbase|airport|base|stadium|prison|dam|palace|hospital|embassy)$/i.test(nextTwo) || /^(airbase|airport|base|stadium|prison|dam|palace|hospital|embassy)$/i.test(nextWord)) {
    return [{ start: startChar, end: endChar, type: "facility", kind: "facility", groupKey: `facility:${normaliseAnswer(chunk)}` }];
  }
  const isOrgHead = ORG_HEADS.has(last) || /\b(Hezbollah|Hizbollah)\b/.test(chunk) || (CONNECTOR_HEADS.test(chunk) && /\s(of|in|for|on)\s/.test(chunk));
  // "Duke William II of Normandy": a title, then a given name — a person, whatever "of" follows.
  const titledPerson = /^(?:Duke|Prince|Princess|Duchess|King|Queen|Emperor|Empress|Count|Countess|Earl)$/.test(words[0]) && words.length > 2 && /^\p{Lu}\p{Ll}+$/u.test(words[1]) && !/^(?:of|and)$/.test(words[1]);
  // (Grouped by the whole name: its last word is the place it rules, no surname.)
  if (titledPerson && !ORG_HEADS.has(last)) return [{ ...personSpan(chunk, startChar), groupKey: `person:${normaliseAnswer(chunk)}` }];
  // "Duke of Normandy", "Earl of Wessex": a title held over a place, no body to ask "which organization" of.
  if (words.length >= 3 && /^(?:Duke|Duchess|Earl|Count|Countess|Prince|Princess|King|Queen|Bishop|Archbishop|Lord|Marquess|Baron)$/.test(words[0]) && words[1] === "of") {
    return [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
  }
  if (isOrgHead && words.length > 1) {
    return [{ start: startChar, end: endChar, type: "organization", kind: organizationKind(chunk), groupKey: `org:${normaliseAnswer(chunk)}` }];
  }
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(chunk) && !/^(D\.C\.|DC|TV|OK|AM|PM|BC|AD|CE|BCE)$/.test(chunk)) {
    return [{ start: startChar, end: endChar, type: "organization", kind: "acronym", groupKey: `acronym:${chunk.replace(/\./g, "")}` }];
  }

  // "Intel 4004", "Apollo 11": a numbered name is a product, a craft or a mission, not the maker.
  // So is "Super Bowl LI", "World War II": a Roman numeral after an event's head counts editions, not kings.
  if (words.length >= 2 && (/^\d+$/.test(last) || (/^[IVXLC]+$/.test(last) && /^(?:Bowl|Cup|Games|Olympiad|War|Council|Series|Championship|Classic|Expo|Congress|Convention)$/.test(words[words.length - 2])))) {
    return [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
  }
  // "Lady Elliot Island", "Fraser Island": a name ending in an island's head is a place (the tagger
  // reads the person in "Lady Elliot").
  if (words.length >= 2 && /^(?:Island|Islands|Isle)$/.test(last)) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  // compromise's tags, read over the chunk's terms.
  let person = 0;
  let place = 0;
  let org = 0;
  for (let k = startTok; k <= endTok; k++) {
    const tags = parsed.tagsAt(base + tokens[k].start);
    if (tags.has("Person") || tags.has("FirstName") || tags.has("LastName") || tags.has("Honorific")) person++;
    if (tags.has("Place") || tags.has("City") || tags.has("Country") || tags.has("Region")) place++;
    if (tags.has("Organization")) org++;
  }
  const before = text.slice(0, startChar).match(/([\p{L}]+)\s+$/u)?.[1]?.toLowerCase() ?? "";
  const hasParticle = words.some((w) => NAME_PARTICLES.has(w.toLowerCase()) || /^(al|el)-/i.test(w));
  // "Electronics magazine", "the Clarion newspaper": a title of a publication, neither a body nor a place.
  if (/^(magazine|newspaper|journal|gazette|periodical)$/i.test(nextWord) && words.length <= 3) {
    return [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
  }
  // "the UNESCO World Heritage List": a body's list or site is a thing with a name, not the body.
  if (words.length >= 2 && /^(?:List|Register|Site|Sites|Index|Programme|Program)$/.test(last)) {
    return [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
  }
  // "Humberstone and Santa Laura", "San Pedro": a saint's name opening a name is a place's.
  if (words.length >= 2 && /^(?:Santa|San|Santo|São|Sankt)$/.test(words[0]) && !/^(?:Claus)$/.test(words[1])) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  // "Electronics magazine": one word the lexicon knows as a common noun is a title or a word, not an organisation.
  if (org > person && org >= place && !(words.length === 1 && isLexiconNoun(chunk))) {
    return [{ start: startChar, end: endChar, type: "organization", kind: organizationKind(chunk), groupKey: `org:${normaliseAnswer(chunk)}` }];
  }
  // "the temples of Abu Simbel", "the town of Jinja": a place, whatever the tagger says.
  const ofPlace = text.slice(0, startChar).match(/\b(temples?|town|city|village|port|island|province|region|ruins|site|valley|kingdom|district|state|oasis|mountains?)\s+of\s+$/i);
  if (ofPlace) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  // "locks at Agua Clara", "a dam near Pedro Miguel": after "at/near/in" a name is a place, not a
  // person (compromise reads Spanish first names as people), unless it is a possessive.
  if (/^(at|near|in)$/.test(before) && !LOWER_TITLES.has(before) && !/^[’']s\b/.test(text.slice(endChar)) && words.length <= 3) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  // "the Rosetta Stone": people do not take an article.
  if (before === "the" && !LOWER_TITLES.has(before)) {
    return [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
  }
  // "two country houses, Lea Hurst in Derbyshire and Embley Park in Hampshire": a name a plural of
  // places names is a place, whatever given name it starts with.
  if (/\b(?:houses|homes|estates|villages|towns|farms|castles|palaces|properties|residences|mansions|manors|cities|ports)\s*,\s*$/i.test(text.slice(Math.max(0, startChar - 30), startChar))) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  // "his mother, Sophia Kingdom,": a name after a kinship word and its comma is a person's, whatever its last word.
  const kin = KIN_BEFORE_NAME.test(text.slice(Math.max(0, startChar - 16), startChar));
  // "said the team captain, Amara Okafor, who is 17": a two- or three-word name the tagger does not
  // know, quoted or described with "who", is a person's.
  const speaker = words.length >= 2 && words.length <= 3 && org === 0 && place === 0 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) && !NOT_A_SURNAME.test(words[words.length - 1]) &&
    (SPEECH_BEFORE.test(text.slice(Math.max(0, startChar - 30), startChar)) || SPEECH_AFTER.test(text.slice(endChar, endChar + 30)));
  // (Read once, and only for a name the checks before it leave open.)
  let head: string | undefined | null = null;
  const appositive = () => (head === null ? (head = appositiveHead(text.slice(endChar, endChar + 60))) : head);
  // "Cyrus West Field, a New York businessman", "designed by Isambard Kingdom Brunel": a name the
  // tagger does not know, described as a person or named as the maker of a thing, is a person's.
  const described = words.length >= 2 && words.length <= 3 && org === 0 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) && !NOT_A_SURNAME.test(words[words.length - 1]) &&
    (MAKER_BY.test(text.slice(Math.max(0, startChar - 30), startChar)) || personAppositive(appositive()));
  // "Frumentius, a Christian from Tyre who …", "Benedar, a monk from Sidon", "the patriarch Athanasius":
  // one name word, described as a believer or a person, or after a role with "the", is a person's too.
  const lone = words.length === 1 && org === 0 && place === 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(words[0]) &&
    (BELIEVER_APPOSITIVE.test(text.slice(endChar, endChar + 40)) || personAppositive(appositive()) || (ROLE_NOUNS.has(before) && /\bthe\s+\S+\s+$/i.test(text.slice(Math.max(0, startChar - 30), startChar))));
  if (lone) return [{ ...personSpan(chunk, startChar), vouched: true }];
  // "Hollin Beck, a small stream that runs past the quarry": a place, whatever given name it looks like.
  if (!kin && !speaker && !described && words.length <= 3 && !LOWER_TITLES.has(before) && thingAppositive(appositive())) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  if (person > 0 || kin || speaker || described || LOWER_TITLES.has(before) || (ROLE_NOUNS.has(before) && words.length >= 2 && words.length <= 3) || (hasParticle && words.length <= 4)) {
    return [personSpan(chunk, startChar)];
  }
  if (place > 0) {
    return [{ start: startChar, end: endChar, type: "place", kind: "place", groupKey: `place:${normaliseAnswer(chunk)}` }];
  }
  return [{ start: startChar, end: endChar, type: "name", kind: "name", groupKey: `name:${normaliseAnswer(chunk)}` }];
}

const NAME_WORDS = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*";
const LISTED_FIRM = new RegExp(`(?<=\\bthe )((?:${NAME_WORDS}, )+${NAME_WORDS} and ${NAME_WORDS} (?:Railroad|Railway|Company|Canal|Bank|Line|Corporation))\\b`, "gu");
const PERSON_TITLES = `${COURTESY_TITLES}|Revd|Inspector|Sergeant|PC|DC|DI`;
/** A rank or office written before a name ("Archduke Franz Ferdinand", "King John"), and the name after it. */
export const RANKS = "Archduke|Archduchess|King|Queen|Kaiser|Emperor|Empress|Prince|Princess|Pope|Sultan|Tsar|Czar|Duke|Duchess|Count|Countess|President|General|Admiral|Colonel|Captain";
const RANK_OPENING = new RegExp(`^(?:${RANKS}) (\\p{Lu}.+)$`, "u");
const RANK_WORD = new RegExp(`^(?:${RANKS})$`);
const SHIP_NAME = new RegExp(`^(?:${SHIP_PREFIX}) (.+)$`);
const TITLED_SURNAME = new RegExp(`^(?:${PERSON_TITLES})\\.? (\\p{Lu}[\\p{L}'’-]+)$`, "u");
const TITLE_OPENING = new RegExp(`^(?:${PERSON_TITLES})\\.? (?=\\p{Lu})`, "u");
const MAKER_BY = /\b(?:designed|invented|founded|written|painted|composed|discovered|directed|engineered|commanded|sculpted|drawn)\s+by\s+$/;

/** The head noun of an appositive right after a name (", a New York businessman who …" → businessman). */
function appositiveHead(after: string): string | undefined {
  return after.match(/^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]+)(?=\s+(?:by|of|from|who|whose|that|which|and|in|at|with|on|near)\b|\s*[,.;)])/u)?.[1];
}
/** ", a Christian from Tyre", ", a Muslim scholar": a name so described is a believer's. */
const BELIEVER_APPOSITIVE = /^,\s+an?\s+(?:Christian|Muslim|Jew|Hindu|Buddhist|Sikh|Catholic|Protestant|Quaker|Puritan|Methodist)\b/;
/** A head noun that names a place or a thing in some sense ("quarry", "town", "stream", "bridge"). */
const placeOrThing = (noun: string) => ["location", "structure", "body of water", "geological formation", "artifact", "organization"].some((k) => isKindOf(noun, k));
/** ", a New York businessman", ", a surgeon by training": an appositive whose head noun names a person. */
function personAppositive(head: string | undefined): boolean {
  // (WordNet's rarer senses make a "quarry" and a "town" people too: only a head that is nothing else.)
  return !!head && (ROLE_NOUNS.has(head) || ((isKindOf(head, "person") || isKindOf(head, "professional")) && !placeOrThing(head)));
}
/** ", a small stream that runs past the quarry": an appositive whose head is a place or a thing, no person. */
function thingAppositive(head: string | undefined): boolean {
  return !!head && !ROLE_NOUNS.has(head) && !isKindOf(head, "professional") && ["location", "body of water", "geological formation", "structure"].some((k) => isKindOf(head, k));
}

function surnameKey(name: string): string {
  const last = name.split(/\s+/).pop() ?? name;
  return last.toLowerCase().replace(/^(al|el|ad|as|an|ar|at|az|ash)-/, "");
}

function personSpan(name: string, start: number): RawSpan {
  // "Head of PE Rachel Durnford": the department's letters before a given name are no part of hers.
  const letters = name.match(/^\p{Lu}{2,4} (?=(\p{Lu}\p{Ll}+) \p{Lu})/u);
  if (letters && givenNameGender(letters[1])) return personSpan(name.slice(letters[0].length), start + letters[0].length);
  return { start, end: start + name.length, type: "person", kind: "person", groupKey: `person:${surnameKey(name)}` };
}

// ---------------------------------------------------------------------------------------------
// Key terms: common-noun phrases (grouped and filtered by repetition later)

function addTerms(
  text: string,
  base: number,
  parsed: ParsedText,
  add: (s: RawSpan) => boolean,
  free: (s: number, e: number) => boolean,
  lowerWords: Set<string> = new Set(),
) {
  const tokens = tokenize(text);
  let i = 0;
  while (i < tokens.length) {
    const run: Token[] = [];
    while (i < tokens.length) {
      const t = tokens[i];
      const tags = parsed.tagsAt(base + t.start);
      // "Streptomycin was the first antibiotic …": a sentence's first word, capitalised only there,
      // is the same term the article writes in lower case elsewhere.
      // Only where the sentence says what it is: "Geologists describe …" stays no gap.
      // "Live attenuated vaccines contain …", "Inactivated vaccines contain …": a kind named by the
      // words before its noun, the first capitalised only as the sentence's first; "-ed" words there
      // describe the noun, whatever the tagger says.
      const next = tokens[i + 1];
      const nextTags = next ? parsed.tagsAt(base + next.start) : undefined;
      const beforeNoun = !!next && text.slice(t.end, next.start) === " " && /^\p{Ll}[\p{Ll}-]*$/u.test(next.text) && (!!nextTags?.has("Noun") || /ed$/.test(next.text)) && !nextTags?.has("Pronoun");
      const prevTags = i > 0 ? parsed.tagsAt(base + tokens[i - 1].start) : undefined;
      const described = /^\p{L}[\p{Ll}-]*ed$/u.test(t.text) && tags.has("PastTense") && beforeNoun && (i === 0 || !!prevTags?.has("Determiner") || !!prevTags?.has("Adjective")) && !prevTags?.has("Verb") && !prevTags?.has("Noun") && !/^(?:called|named|termed|dubbed|nicknamed)$/i.test(t.text);
      const kindOpening = i === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && beforeNoun && (tags.has("Adjective") || described || (tags.has("Noun") && !tags.has("ProperNoun"))) && !isStopword(t.text.toLowerCase());
      const opening = (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && lowerWords.has(t.text.toLowerCase()) && /^ (?:is|was) (?:a|an|the) /.test(text.slice(t.end))) || kindOpening;
      const lowerWord = opening || /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);
      const nounish = ((tags.has("Noun") || tags.has("Adjective")) && !tags.has("Pronoun") && !tags.has("Value") && !tags.has("Date") && !tags.has("Verb") && !tags.has("Determiner") && !tags.has("Adverb")) || described || kindOpening;
      const joined = run.length === 0 || text.slice(run[run.length - 1].end, t.start) === " ";
      if (lowerWord && nounish && joined && free(t.start, t.end) && !isStopword(t.text)) {
        run.push(t);
        i++;
      } else break;
    }
    if (run.length === 0) {
      i++;
      continue;
    }
    // Trim to end on a noun and start after weak modifiers.
    while (run.length && !parsed.tagsAt(base + run[run.length - 1].start).has("Noun")) run.pop();
    while (run.length > 1 && (WEAK_MODIFIERS.has(run[0].text) || parsed.tagsAt(base + run[0].start).has("Possessive"))) run.shift();
    // "banks also watch core inflation": after a verb's adverb the first word is the verb itself.
    const prev = tokens[tokens.indexOf(run[0]) - 1];
    if (run.length > 1 && prev && /^(?:also|now|often|usually|still|never|always|sometimes|already|then)$/i.test(prev.text)) run.shift();
    // (A capitalised first word alone — "Plague occurred …" — is the sentence's, no kind named.)
    const lone = run.length === 1 && run[0].start === tokens[0]?.start && /^\p{Lu}/u.test(run[0].text) && !(lowerWords.has(run[0].text.toLowerCase()) && /^ (?:is|was) (?:a|an|the) /.test(text.slice(run[0].end)));
    if (run.length && run.length <= 4 && !lone) {
      const phrase = text.slice(run[0].start, run[run.length - 1].end);
      const headTags = parsed.tagsAt(base + run[run.length - 1].start);
      const head = run[run.length - 1].text;
      if (!GENERIC_TERMS.has(head) || run.length > 1) {
        add({
          start: run[0].start,
          end: run[run.length - 1].end,
          type: "term",
          kind: "term",
          groupKey: `term:${termKey(phrase, headTags.has("Plural"))}`,
          // ("Inactivated vaccines …": the capital was the sentence's, not the term's.)
          ...(run[0].start === tokens[0]?.start && /^\p{Lu}\p{Ll}/u.test(phrase) ? { display: `${phrase[0].toLowerCase()}${phrase.slice(1)}` } : {}),
        });
      }
    }
  }
}

function termKey(phrase: string, plural: boolean): string {
  const words = phrase.toLowerCase().split(" ");
  if (plural) words[words.length - 1] = words[words.length - 1].replace(/(ies)$/, "y").replace(/([^s])s$/, "$1");
  return words.join(" ");
}

// ---------------------------------------------------------------------------------------------
// Grouping mentions into entities

/** Head words of a body's name ("European Union", "Labour Party"): two initials may stand for it unasked. */
export const ORGANISATION_HEAD = /\b(?:Union|Nations|Council|Party|Company|Corporation|Agency|Bank|Fund|Service|Office|Commission|Committee|Organi[sz]ation|Association|Institute|University|College|Group|Board|Authority|Court|Army|Navy|Force|Forces|Department|Ministry|League|Federation|Society|Trust|Network|Broadcasting|Airlines?|Railways?)\b/;

function groupEntities(
  article: CleanArticle,
  sentences: Sentence[],
  raw: Array<{ sentence: Sentence; spans: RawSpan[] }>,
): Omit<ArticleFacts, "tagsAt"> {
  // Acronyms defined in text: "Popular Mobilization Forces (PMF)".
  const acronymOf = new Map<string, string>();
  for (const { sentence, spans } of raw) {
    for (const s of spans) {
      if (s.type !== "organization" || s.kind === "acronym") continue;
      const m = sentence.text.slice(s.end).match(/^\s*(?:\(|,\s+or\s+(?:the\s+)?)((?:\p{Lu}\.?){2,8})\b/u);
      if (m) acronymOf.set(m[1].replace(/\./g, ""), s.groupKey!);
      const initials = sentence.text
        .slice(s.start, s.end)
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join("");
      // ("HD" is no "Happy Days": two letters stand for a name unasked only when it names a body.)
      const body = initials.length >= 3 || ORGANISATION_HEAD.test(sentence.text.slice(s.start, s.end));
      if (initials.length >= 2 && body && !acronymOf.has(initials)) acronymOf.set(initials, s.groupKey!);
    }
  }
  // Surnames of multi-word people: a lone "Al-Sudani" joins "Mohammed Shia al-Sudani".
  const fullPeople = new Set<string>();
  // A full name typed as a person somewhere ("Peyton Manning"), by its surface.
  const personBySurface = new Map<string, string>();
  // Surnames the article also uses alone for a person ("Manning"): a full name with one is somebody, not a thing ("Semper Augustus").
  const loneSurnames = new Set<string>();
  // Two people of one surname ("Pierre Curie", "Irène Curie") are two people: each full name is its
  // own entity, and a lone "Curie" is the title's person when the title names one ("Marie Curie: a
  // life"), else it stays the surname's entity.
  const firstNames = new Map<string, Set<string>>();
  for (const { sentence, spans } of raw) {
    for (const s of spans) {
      const surface = sentence.text.slice(s.start, s.end);
      if (s.type === "person" && !surface.includes(" ")) loneSurnames.add(`person:${surnameKey(surface)}`);
      if (s.type !== "person" || !surface.includes(" ")) continue;
      fullPeople.add(s.groupKey!);
      personBySurface.set(surface, s.groupKey!);
      // "De Lesseps" is Ferdinand de Lesseps: a particle is no first name.
      const first = surface.split(/\s+/)[0].toLowerCase();
      if (NAME_PARTICLES.has(first) || /^(al|el)-/.test(first)) continue;
      if (!firstNames.has(s.groupKey!)) firstNames.set(s.groupKey!, new Set());
      firstNames.get(s.groupKey!)!.add(first);
    }
  }
  const shared = new Set([...firstNames].filter(([, names]) => names.size > 1).map(([key]) => key));
  // "Lord Byron" and "Lady Byron" beside "Augusta Ada Byron": a surname a title of rank wears is a
  // family's, and a lone "Byron" is not the one named in full ("Who left England in 1816?").
  for (const { spans } of raw) for (const s of spans) {
    const ranked = s.groupKey?.match(/^person:(?:lord|lady|sir|dame) (.+)$/);
    if (ranked) shared.add(`person:${ranked[1]}`);
  }
  // "Harold Godwinson … Harold swears an oath": a given name alone is the one person named in full
  // with it, when only one is and the name lexicon knows it as a given name.
  // (Not where the surname is also used alone or shared — "Brunel", "Curie": the article then says
  // who by surname, and a given name may be a relative's.)
  // (Counted once per article: words, and full-name mentions by person.)
  const wordCount = new Map<string, number>();
  // (Not a word after "of" — "Earl of Lovelace" names a title — nor one another capital follows —
  // "Ada Lovelace Day" is a day: neither is the surname used alone.)
  for (const { sentence } of raw) {
    for (const m of sentence.text.matchAll(/[\p{L}’'-]+/gu)) {
      const at = m.index ?? 0;
      if (/\bof\s$/.test(sentence.text.slice(Math.max(0, at - 3), at)) || /^\s\p{Lu}/u.test(sentence.text.slice(at + m[0].length, at + m[0].length + 2))) continue;
      wordCount.set(m[0], (wordCount.get(m[0]) ?? 0) + 1);
    }
  }
  const fullMentions = new Map<string, { surname: string; count: number }>();
  for (const { sentence, spans } of raw) {
    for (const s of spans) {
      const surface = sentence.text.slice(s.start, s.end);
      if (s.type !== "person" || !surface.includes(" ")) continue;
      const seen = fullMentions.get(s.groupKey!) ?? { surname: surface.split(/\s+/).pop() ?? "", count: 0 };
      seen.count++;
      fullMentions.set(s.groupKey!, seen);
    }
  }
  const byGivenName = new Map<string, string | null>();
  for (const [key, names] of firstNames) {
    const full = fullMentions.get(key);
    if (!full?.surname || shared.has(key) || (wordCount.get(full.surname) ?? 0) > full.count) continue;
    for (const n of names) byGivenName.set(n, byGivenName.has(n) ? null : key);
  }
  const titleName = (article.title ?? "").match(/^(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2})(?=$|[,:;.!?]|\s\p{Ll})/u)?.[1];
  const titleKey = titleName ? `person:${surnameKey(titleName)}` : undefined;
  // The title's person by that surname, when another person of the surname is named in full.
  // (Written in full in the body too — "Mary Anning was born …", then "her father, Richard Anning" —
  // a lone "Anning" is still the title's person: a biography calls its subject by the surname.)
  const titleOwnsSurname = !!titleKey && fullPeople.has(titleKey);
  // A biography's subject may open under a birth name ("Maria Salomea Skłodowska" for "Marie Curie"):
  // the article's first person, when the first names agree, is the title's person.
  const firstPerson = raw.flatMap(({ sentence, spans }) => spans.filter((s) => s.type === "person").map((s) => ({ key: s.groupKey!, surface: sentence.text.slice(s.start, s.end) })))[0];
  const birthName = titleName && firstPerson && firstPerson.surface.includes(" ") && firstPerson.key !== titleKey &&
    firstPerson.surface.slice(0, 3).toLowerCase() === titleName.slice(0, 3).toLowerCase() ? firstPerson.key : undefined;
  const personKey = (key: string, surface: string): { key: string; display?: string } => {
    if (!key.startsWith("person:")) return { key };
    if (surface.includes(" ")) return shared.has(key) || (titleOwnsSurname && key === titleKey) ? { key: `person:${normaliseAnswer(surface)}` } : { key };
    if (titleOwnsSurname && key === titleKey) return birthName ? { key: birthName } : { key: `person:${normaliseAnswer(titleName!)}`, display: titleName };
    return { key };
  };

  const entities = new Map<string, Entity>();
  const facts: Fact[] = [];
  const surfaces = new Map<string, Set<string>>();
  for (const { sentence, spans } of raw) {
    for (const s of spans) {
      let key = s.groupKey!;
      let type = s.type;
      let kind = s.kind;
      const surface = sentence.text.slice(s.start, s.end);
      if (kind === "acronym") {
        const target = acronymOf.get(surface.replace(/\./g, ""));
        if (target) {
          key = target;
          const targetEntity = entities.get(target);
          kind = targetEntity?.kind ?? "other";
        } else {
          // An acronym nobody expands (CBS, SDR, MRSA): askable as a gap, but its kind is unknown,
          // so it gets no distractors (no multiple choice, no swapped true/false).
          kind = "acronym";
        }
      }
      // A lone surname compromise typed as something else ("Al-Sudani’s government") is the person.
      if (!surface.includes(" ") && !s.display && ["name", "organization", "place"].includes(type)) {
        const asPerson = `person:${surnameKey(surface)}`;
        const owner = byGivenName.get(surface.toLowerCase());
        if (fullPeople.has(asPerson)) {
          key = asPerson;
          type = "person";
          kind = "person";
        } else if (owner && (givenNameGender(surface) || owner === titleKey)) {
          key = owner;
          type = "person";
          kind = "person";
        }
      }
      // The same full name compromise typed otherwise in one sentence ("Peyton Manning became …") is the person too.
      if (surface.includes(" ") && !s.display && ["name", "organization", "place"].includes(type) && personBySurface.has(surface) && loneSurnames.has(personBySurface.get(surface)!)) {
        key = personBySurface.get(surface)!;
        type = "person";
        kind = "person";
      }
      let titleDisplay: string | undefined;
      if (type === "person") {
        const split = personKey(key, surface);
        key = split.key;
        titleDisplay = split.display;
      }
      if (type === "person" && entities.get(key)?.type === "organization") type = "organization";
      // A lone word compromise calls a person ("now Rashid") is a person only when it is the surname
      // of someone named in full or follows a title.
      if (type === "person" && !surface.includes(" ") && !s.descriptor && !s.vouched && !fullPeople.has(key) && !titleDisplay) {
        const owner = byGivenName.get(surface.toLowerCase());
        // (The title's own person needs no dictionary to know "Ada" is a given name.)
        // (Keyed as the owner's lone surname is: a title's person has its own key.)
        if (owner && (givenNameGender(surface) || owner === titleKey)) key = personKey(owner, surface).key;
        else {
          type = "name";
          kind = "name";
          key = `name:${normaliseAnswer(surface)}`;
        }
      }
      let entity = entities.get(key);
      // "the Swiss singer …", later "represented Switzerland": the country named in full is askable.
      if (entity?.type === "nationality" && type === "country" && !s.bound) {
        entity.type = "country";
        entity.kind = kind;
        if (s.display) entity.display = s.display;
      }
      if (!entity) {
        entity = {
          id: key,
          type,
          kind,
          display: titleDisplay ?? s.display ?? surface,
          aliases: [],
          mentions: 0,
          firstSentence: sentence.index,
          country: s.country,
          descriptors: [],
        };
        entities.set(key, entity);
      }
      entity.mentions++;
      if (s.descriptor && !entity.descriptors.includes(s.descriptor)) entity.descriptors.push(s.descriptor);
      if (!surfaces.has(key)) surfaces.set(key, new Set());
      surfaces.get(key)!.add(surface);
      facts.push({
        id: `${sentence.index}:${s.start}`,
        sentenceIndex: sentence.index,
        start: s.start,
        end: s.end,
        text: surface,
        type: entity.type,
        kind: entity.kind,
        entityId: key,
        bound: !!s.bound,
        value: s.value,
        unit: s.unit,
        iso: s.iso,
      });
    }
  }

  // One thing the article names two ways: the second name's facts, forms and mentions go to the first
  // (its facts typed as the first's when `retype`).
  const merge = (into: Entity, from: Entity, retype = false) => {
    for (const f of facts) {
      if (f.entityId !== from.id) continue;
      f.entityId = into.id;
      if (retype) { f.type = into.type; f.kind = into.kind; }
    }
    if (!surfaces.has(into.id)) surfaces.set(into.id, new Set());
    for (const form of surfaces.get(from.id) ?? []) surfaces.get(into.id)!.add(form);
    into.mentions += from.mentions;
    into.firstSentence = Math.min(into.firstSentence, from.firstSentence);
    entities.delete(from.id);
  };
  // "Nathan Creswell" … "Mr Creswell": a title and a surname name the one person the article named
  // in full with that surname (not when two people share it).
  for (const titled of [...entities.values()]) {
    const m = titled.type === "person" ? titled.display.match(TITLED_SURNAME) : null;
    if (!m) continue;
    // ("The island's councillor, Alasdair Rennie, …" … "Cllr Rennie": a given name the tagger does not
    // know leaves the full name a bare name; the title says it is a person's.)
    const full = [...entities.values()].filter((e) => e !== titled && (e.type === "person" || (e.type === "name" && /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+$/u.test(e.display))) && !TITLED_SURNAME.test(e.display) && e.display.split(/\s+/).length >= 2 && e.display.endsWith(` ${m[1]}`));
    if (full.length !== 1) continue;
    const [person] = full;
    if (person.type !== "person") {
      person.type = "person";
      person.kind = "person";
      for (const f of facts) if (f.entityId === person.id) { f.type = "person"; f.kind = "person"; }
    }
    for (const d of titled.descriptors) if (!person.descriptors.includes(d)) person.descriptors.push(d);
    person.gender ??= titled.gender;
    merge(person, titled);
  }
  // "Archduke Franz Ferdinand" … "Franz Ferdinand": a title before a person's name is the same person.
  for (const titledPerson of [...entities.values()]) {
    const m = titledPerson.type === "person" ? titledPerson.display.match(RANK_OPENING) : null;
    if (!m) continue;
    const plain = [...entities.values()].find((e) => e !== titledPerson && e.type === "person" && e.display === m[1]);
    if (plain) merge(plain, titledPerson);
  }
  // "Frumentius, a Christian from Tyre …" … "Frumentius later travelled …": a one-word name the article
  // has shown to be a person's is that person wherever else it stands alone; so is the end of one
  // person's full name ("Theobald von Bethmann Hollweg" … "Bethmann Hollweg", "Beno Gutenberg" … "Gutenberg").
  const people = [...entities.values()].filter((e) => e.type === "person");
  // (The names the body writes after "the", read once and only if a name is looked up.)
  let afterThe: Set<string> | undefined;
  for (const bare of [...entities.values()]) {
    if (bare.type !== "name" || !/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(bare.display) || /^(?:Kaiser|King|Queen|Emperor|Pope|Sultan|Tsar|Khan)$/.test(bare.display)) continue;
    // ("the Rosetta Stone": a name the article writes after "the" is a thing's, whoever shares it.)
    afterThe ??= new Set([...(article.body ?? "").matchAll(/\bthe (\p{Lu}[\p{L}'’-]+)(?: (\p{Lu}[\p{L}'’-]+))?/gu)].flatMap((m) => (m[2] ? [m[1], `${m[1]} ${m[2]}`] : [m[1]])));
    if (afterThe.has(bare.display)) continue;
    const owners = people.filter((p) => (p.display === bare.display && !bare.display.includes(" ")) || (p.display.endsWith(` ${bare.display}`) && !/^[IVXLC]+$/.test(bare.display)));
    if (owners.length !== 1) continue;
    merge(owners[0], bare, true);
  }
  // "the MV Sula Bay … the refit of the Sula Bay": the name without its prefix is the same ship, not a bay.
  for (const ship of [...entities.values()]) {
    const m = ship.display.match(SHIP_NAME);
    if (!m) continue;
    const bare = [...entities.values()].find((e) => e !== ship && e.display === m[1] && e.type !== "person");
    if (bare) merge(ship, bare, true);
  }
  // "the California Institute of Technology … also at Caltech": one word made of the starts of an
  // organisation's first and a later word of its name is that organisation (a reader marked "Caltech"
  // wrong for the institute; as a place it could also be offered beside it).
  const organisations = [...entities.values()].filter((e) => e.type === "organization" && e.display.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2);
  if (organisations.length) {
    for (const clipped of [...entities.values()]) {
      if (!["place", "organization", "name"].includes(clipped.type) || !/^\p{Lu}\p{Ll}{4,11}$/u.test(clipped.display)) continue;
      const owners = organisations.filter((o) => o !== clipped && clipsName(clipped.display, o.display));
      if (owners.length === 1) merge(owners[0], clipped, true);
    }
  }
  for (const entity of entities.values()) {
    const forms = [...(surfaces.get(entity.id) ?? [])];
    // Display: gazetteer name, else the longest non-acronym form seen.
    if (entity.type !== "country" && entity.type !== "city" && entity.type !== "region") {
      const longest = forms
        .filter((f) => !/^(?:\p{Lu}\.?){2,8}$/u.test(f) || forms.length === 1)
        .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
      // The title's person keeps the title's name ("Marie Curie" for a lone "Curie").
      if (longest && !(titleOwnsSurname && entity.id === `person:${normaliseAnswer(titleName!)}`)) entity.display = longest;
    }
    // The title's person is also known by the title's name ("Marie Curie" for "Maria Salomea Skłodowska").
    const titled = titleOwnsSurname && (entity.id === `person:${normaliseAnswer(titleName!)}` || entity.id === birthName);
    entity.aliases = aliasesFor(entity, titled ? [...forms, entity.display, titleName!] : forms);
  }
  // A term the article names or defines is its own vocabulary, not a generic noun: kind "defined".
  const defined = new Set<string>();
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const f of facts) {
    const sentence = byIndex.get(f.sentenceIndex);
    if (f.type === "term" && sentence && definesTerm(sentence.text, f.start, f.end)) defined.add(f.entityId);
  }
  for (const f of facts) {
    if (!defined.has(f.entityId)) continue;
    f.kind = "defined";
    entities.get(f.entityId)!.kind = "defined";
  }
  // Terms are kept only when the article repeats or defines them.
  const kept = facts.filter((f) => f.type !== "term" || defined.has(f.entityId) || (entities.get(f.entityId)?.mentions ?? 0) >= 2);
  // The title's person ("Isambard Kingdom Brunel, the engineer …"): the person a biography's pronouns are mostly about.
  let titlePerson = titleName ? [...entities.values()].find((e) => e.type === "person" && (e.display === titleName || e.aliases.includes(titleName))) : undefined;
  // A biography whose title's name compromise typed as a bare name ("Isambard Kingdom Brunel, the
  // engineer …"): with he or she all through the article, the name is its person.
  const named = !titlePerson && titleName ? [...entities.values()].find((e) => (e.type === "name" || e.type === "place") && e.display === titleName) : undefined;
  // (A biography opens on its person: "X was born …", "X (1799–1847) …", "X was an English …".)
  // ("Wangari Maathai, the Kenyan scientist and campaigner who …, was born …": after an aside.)
  const opensOn = !!titleName && sentences.slice(0, 3).some((x) => (x.text.startsWith(`${titleName} `) && /^ (?:was born|\(\d|was an? )/.test(x.text.slice(titleName.length))) ||
    (x.text.startsWith(`${titleName}, `) && /^, (?:the|an?) [^.;]*?, was (?:born|an? )/.test(x.text.slice(titleName.length))));
  if (named && opensOn) {
    const text = sentences.map((x) => x.text).join(" ");
    if ((text.match(/\b(?:he|she|his|her|him)\b/gi) ?? []).length >= 3) {
      named.type = "person";
      named.kind = "person";
      for (const f of kept) if (f.entityId === named.id) f.type = "person";
      titlePerson = named;
      // The surname alone ("Maathai saw that …") is the same person, not a thing of its own.
      const surname = titleName.split(/\s+/).pop()!;
      const alone = surname !== titleName ? [...entities.values()].find((e) => e !== named && e.display === surname && (e.type === "name" || e.type === "place")) : undefined;
      if (alone) {
        for (const f of kept) {
          if (f.entityId !== alone.id) continue;
          f.entityId = named.id;
          f.type = "person";
          f.kind = named.kind;
        }
        named.aliases.push(surname);
        named.mentions += alone.mentions;
        named.firstSentence = Math.min(named.firstSentence, alone.firstSentence);
        entities.delete(alone.id);
      }
    }
  }
  learnGenders(sentences, kept, entities, titlePerson);
  return { article, sentences, facts: kept, entities };
}

/**
 * A person whose name and titles tell no gender ("Jean-François Champollion", "Brookes") takes the
 * one the article's pronouns give them: a he/his/him or she/her after their name in a sentence that
 * names no one else, or in the next sentence of the paragraph when it names no one. Only when every
 * such pronoun agrees.
 */
function learnGenders(sentences: Sentence[], facts: Fact[], entities: Map<string, Entity>, titlePerson?: Entity): void {
  const peopleIn = new Map<number, Array<{ entity: Entity; start: number; end: number }>>();
  for (const f of facts) {
    const e = entities.get(f.entityId);
    if (e?.type !== "person" || f.bound) continue;
    if (!peopleIn.has(f.sentenceIndex)) peopleIn.set(f.sentenceIndex, []);
    peopleIn.get(f.sentenceIndex)!.push({ entity: e, start: f.start, end: f.end });
  }
  const counts = new Map<Entity, { male: number; female: number }>();
  // "his mother, Sophia Kingdom": a kinship word before the name says it outright.
  const byIndex = new Map(sentences.map((x) => [x.index, x]));
  for (const f of facts) {
    const e = entities.get(f.entityId);
    if (e?.type !== "person" || genderOf(e)) continue;
    const kin = byIndex.get(f.sentenceIndex)?.text.slice(Math.max(0, f.start - 24), f.start).match(KIN_GENDER_BEFORE)?.[1].toLowerCase();
    if (kin) e.gender = FEMALE_KIN_WORD.test(kin) ? "female" : "male";
  }
  for (const [k, sentence] of sentences.entries()) {
    const named = peopleIn.get(sentence.index) ?? [];
    const who = new Set(named.map((n) => n.entity));
    if (who.size !== 1) continue;
    const [entity] = who;
    if (genderOf(entity)) continue;
    const next = sentences[k + 1];
    // The next sentence of the paragraph up to the first other person it names ("His father, Marc …").
    const others = next ? (peopleIn.get(next.index) ?? []).filter((n) => n.entity !== entity) : [];
    const upTo = others.length ? Math.min(...others.map((n) => n.start)) : undefined;
    const nextText = next && next.index === sentence.index + 1 && next.paragraph === sentence.paragraph ? next.text.slice(0, upTo) : "";
    const after = `${sentence.text.slice(Math.min(...named.map((n) => n.end)))} ${nextText}`;
    const c = counts.get(entity) ?? { male: 0, female: 0 };
    c.male += (after.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
    c.female += (after.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
    counts.set(entity, c);
  }
  for (const [entity, c] of counts) {
    if (c.male > 0 && c.female === 0) entity.gender = "male";
    else if (c.female > 0 && c.male === 0) entity.gender = "female";
  }
  // A biography's own person, still unknown: the gender most of the article's pronouns have, by three to one.
  if (titlePerson && !genderOf(titlePerson)) {
    const text = sentences.map((x) => x.text).join(" ");
    const male = (text.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
    const female = (text.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
    if (male >= 3 && male >= 3 * female) titlePerson.gender = "male";
    else if (female >= 3 && female >= 3 * male) titlePerson.gender = "female";
  }
}

/**
 * Whether the sentence names or defines the term at [start, end): "a combination called stagflation",
 * "known as slab pull", "The trick … is evaporation." (the complement that ends the clause), or the
 * term followed by a describing appositive ("the condenser, the grid of thin pipes …", "a capillary
 * tube, a copper tube so narrow that …"). A term inside a list ("the compressor, the condenser, the
 * expansion device and …") is neither.
 */
export function definesTerm(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // "a combination called stagflation", "known as the Nixon shock"; not "called the active substance
  // penicillin" (an object then its name: the term would swallow the object).
  if (/\b(?:called|named|termed)\s+$|\bknown as\s+(?:a |an |the )?$/i.test(before)) return true;
  // "a special chamber called the honey stomach": after a described noun, "called the" names it.
  if (/\b(?:a|an) (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+ (?:called|named|termed) the $/u.test(before)) return true;
  // "sucks up nectar with her long tongue, the proboscis.": a closing name for the description before it.
  if (/\b(?:a|an|the|its|his|her|their) (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+, (?:the )?$/u.test(before) && /^\s*(?:[.;]|$)/.test(after)) return true;
  // "One of the enzymes, invertase, …", "another, glucose oxidase, …": one of a kind, by name.
  if (/\b(?:[Oo]ne of (?:the|its|their) [\p{Ll}-]+s|[Aa]nother), $/u.test(before) && /^, /.test(after)) return true;
  if (/[,:;]\s*(?:a |an |the )?$/.test(before)) return false;
  // "Streptomycin was the first antibiotic that …": the sentence says what its subject is.
  if (/^(?:(?:The|A|An) )?$/.test(before) && /^ (?:is|was) (?:a|an|the) /.test(after)) return true;
  // "Inactivated vaccines contain germs that …": a kind of thing, opening the sentence, said by what it holds.
  if (before === "" && /\s\p{Ll}+s$/u.test(text.slice(start, end)) && /^ (?:contain|consist of|are made (?:of|from)) /.test(after)) return true;
  // "… the main force is Y." with a "the …" subject: Y is what the subject is called.
  // ("The best known is the nerpa, or Baikal seal, …": a second name after "or" closes it too.)
  if (/\b(?:The|the) \p{Ll}[^,;:]{2,60}? (?:is|was) (?:a |an |the )?$/u.test(before) && /^\s*(?:[.;:]|$|, which\b|, or\b)/.test(after)) return true;
  // "A thermostat keeps the temperature steady by …": a kind of thing, opening a sentence in the
  // present, said by what it does.
  if (/^(?:A|An) $/.test(before) && /^ (?!(?:is|was|has|does)\b)\p{Ll}{3,}(?<!ss)s\b/u.test(after) && !/\s/.test(text.slice(start, end).trim().replace(/ /, ""))) return true;
  return /^, (?:a|an|the) [\p{Ll}-]+(?: [\p{Ll}-]+){0,3}? (?:of|that|which|who|so|used|hidden|made|with|where)\b/u.test(after);
}

/** Whether `word` is the start of the name's first word and the start of a later capitalised word ("Caltech", "Interpol"). */
function clipsName(word: string, name: string): boolean {
  const words = name.replace(/^the\s+/i, "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const lower = word.toLowerCase();
  if (words.length < 2 || words.includes(lower)) return false;
  for (let i = 2; i <= Math.min(words[0].length, lower.length - 3); i++) {
    if (lower.slice(0, i) !== words[0].slice(0, i)) break;
    const rest = lower.slice(i);
    if (words.slice(1).some((w) => w.length > rest.length && w.startsWith(rest))) return true;
  }
  return false;
}

function aliasesFor(entity: Entity, forms: string[]): string[] {
  const out = new Set<string>(forms);
  const gazCountry = entity.type === "country" && entity.country ? lookupCountry(entity.display) : undefined;
  if (gazCountry) for (const a of [gazCountry.name, ...gazCountry.aliases]) out.add(a);
  const org = lookupOrganization(entity.display);
  if (org) for (const a of [org.name, ...org.aliases]) out.add(a);
  const city = entity.type === "city" ? lookupCity(entity.display) : undefined;
  if (city) for (const a of [city.name, ...(city.aliases ?? [])]) out.add(a);
  if (entity.type === "person") {
    for (const f of forms) {
      // ("Kaiser Wilhelm II": the numeral is no surname; "Wilhelm II" is the name.)
      const words = f.split(" ");
      const last = /^[IVXLC]+$/.test(words[words.length - 1]) && words.length >= 2 ? words.slice(-2).join(" ") : words[words.length - 1];
      out.add(last);
      // "Dr Lucia Penhallow": "Lucia Penhallow" too.
      if (TITLE_OPENING.test(f) && f.split(" ").length >= 3) out.add(f.replace(TITLE_OPENING, ""));
      // "Cllr Rennie" is "Councillor Rennie" written out.
      if (/^(?:Cllr|Councillor) /.test(f)) out.add(f.replace(/^(?:Cllr|Councillor) /, (t) => (t === "Cllr " ? "Councillor " : "Cllr ")));
      // "Jean-François Pilâtre de Rozier": the surname is "Pilâtre de Rozier", "de Rozier".
      const particle = f.match(/(?:^|\s)((\p{Lu}[\p{L}'’-]*\s+)?(?:de|du|des|von|van|der|den|da|di|del|della|dos|das|le|la)\s+\p{Lu}[\p{L}'’-]*)$/u);
      if (particle) {
        out.add(particle[1]);
        if (particle[2]) out.add(particle[1].slice(particle[2].length));
      }
      const bare = last.replace(/^(al|el|Al|El)-/, "");
      if (bare !== last) {
        out.add(bare);
        out.add(`al-${bare}`);
        out.add(`Al-${bare}`);
      }
    }
  }
  // "King John", "Kaiser Wilhelm II": the name with the rank the article gives it.
  if (entity.type === "person") for (const d of entity.descriptors) if (RANK_WORD.test(d) && !entity.display.startsWith(`${d} `)) out.add(`${d} ${entity.display}`);
  if (entity.type === "organization") {
    for (const f of forms) if (/^the /i.test(f)) out.add(f.replace(/^the /i, ""));
  }
  // "the Battle of Bouvines": asked which battle, the place alone names it.
  const battle = entity.type === "event" ? entity.display.match(/^(?:Battle|Siege) of (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u) : null;
  if (battle) out.add(battle[1]);
  for (const f of [...out]) {
    if (/\d,\d{3}/.test(f)) out.add(f.replace(/,/g, ""));
    if (/[’']/.test(f)) out.add(f.replace(/’/g, "'"));
  }
  out.delete(entity.display);
  return [...out].sort();
}
