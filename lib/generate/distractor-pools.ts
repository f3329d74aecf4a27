// Candidate names for a named answer (person, place, organisation…), as tiers from the most
// plausible down: the article's own entities, then the corpus, then gazetteers. Each fine type has
// its own idea of "near": a city beside cities of the same country and then the nearest countries,
// a lake beside lakes of the same continent, a government body beside bodies of the same state.
// Whatever the stem rules out (stem-slot.ts) never enters a tier.
import { genderOf, type ArticleFacts, type Entity } from "./facts";
import {
  CITIES,
  COUNTRY_BY_CODE,
  LANDMARKS,
  ORGANIZATIONS,
  REGIONS,
  WATERS,
  countriesByDistance,
  countryDistance,
  existedIn,
  lookupCity,
  lookupCountry,
  lookupDemonym,
  lookupLandmark,
  lookupOrganization,
  lookupRegion,
  US_STATES,
  waterInfo,
  isKnownWater,
  type CountryEntry,
  type OrganizationEntry,
  type WaterClass,
} from "./gazetteer";
import { countryOf, placeGivesCountryAway, readSlot, yearsIn, type Slot } from "./stem-slot";
import { containsPhrase, escapeRegExp, normalizeAnswer } from "./text";
import { perOwner } from "./memo";
import { givenNameGender, isLexiconNoun } from "./nlp";

export interface Tier {
  /** The names, or how to list them: a later tier is only listed when the earlier ones ran short. */
  names: string[] | (() => string[]);
  /** Shuffle with the seed (a set of equals) or keep the order (ranked). */
  shuffle: boolean;
}

/** What pools need from the distractor context. */
export interface PoolContext {
  analysis: ArticleFacts;
  corpus: ArticleFacts[];
  stem: string;
  avoid?: string[];
}

/** Candidate tiers for a named answer; [] when the stem leaves no fair options. */
export function namedCandidates(entity: Entity, ctx: PoolContext, slot: Slot, needThe: boolean): Tier[] {
  const { fromArticle, fromCorpus, related } = pools(entity, ctx);
  // An option whose other name is in the stem ("Fleming, Florey and _____") is eliminated at sight.
  // Most names share no word with the stem: a word-set check first keeps this cheap.
  const texts = [ctx.stem, ...(ctx.avoid ?? [])];
  const sets = texts.map(wordSet);
  const visible = (e: Entity) => namesOf(e).some(([a, first]) => texts.some((t, i) => sets[i].has(first) && containsPhrase(t, a)));
  const article = fromArticle.filter((e) => !visible(e));
  const corpusOf = lazy(() => fromCorpus.filter((e) => !visible(e)));
  const year = settingYear(slot, ctx);
  const env: Env = { entity, ctx, slot, article, get corpus() { return corpusOf(); }, related, needThe, year, when: year ?? narrativeYear(ctx) };
  switch (entity.type) {
    case "person":
      return personTiers(env);
    case "country":
      return countryTiers(env);
    case "city":
      return cityTiers(env);
    case "region":
      return regionTiers(env);
    case "water":
      return waterTiers(env);
    case "organization":
      return organizationTiers(env);
    case "name":
    case "place":
      return landmarkTiers(env, visible);
    case "facility":
      if (headNoun(entity.display)) return landmarkTiers(env, visible);
      return [ranked(article.map((e) => e.display)), shuffled(() => env.corpus.filter((e) => related.has(e)).map((e) => e.display))];
    default:
      return [ranked(article.map((e) => e.display)), shuffled(() => env.corpus.filter((e) => related.has(e)).map((e) => e.display))];
  }
}

interface Env {
  entity: Entity;
  ctx: PoolContext;
  slot: Slot;
  article: Entity[];
  corpus: Entity[];
  /** Corpus entities from articles that share a tag with this one. */
  related: Set<Entity>;
  needThe: boolean;
  /** The earliest year the stem (or its sentence) speaks of: options must exist by then. */
  year?: number;
  /** That year, else the year the narrative has reached (see narrativeYear). */
  when?: number;
}

const ranked = (names: string[] | (() => string[])): Tier => ({ names, shuffle: false });
const shuffled = (names: string[] | (() => string[])): Tier => ({ names, shuffle: true });

/** A value computed on first use (most option lists stop at the article's own names). */
function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

function settingYear(slot: Slot, ctx: PoolContext): number | undefined {
  const years = slot.years.length ? slot.years : yearsIn(ctx.avoid?.[0] ?? "");
  return years.length ? Math.min(...years) : undefined;
}

/**
 * A sentence without a year is set in the last year the article named before it ("In 1944 …
 * The United States promised …"): Georgia, a Soviet republic then, is no option there.
 */
function narrativeYear(ctx: PoolContext): number | undefined {
  const sentence = ctx.avoid?.[0];
  if (sentence === undefined) return undefined;
  // Every option of every stem from one sentence asks the same: read once per sentence.
  let bySentence = narrativeMemo.get(ctx.analysis);
  if (!bySentence) {
    bySentence = new Map();
    narrativeMemo.set(ctx.analysis, bySentence);
  }
  if (bySentence.has(sentence)) return bySentence.get(sentence);
  const sentences = ctx.analysis.sentences;
  const at = sentences.findIndex((s) => s.text === sentence);
  let year: number | undefined;
  for (let i = at - 1; i >= 0 && year === undefined; i--) {
    const years = yearsIn(sentences[i].text).filter((y) => y > 0);
    if (years.length) year = years[years.length - 1];
  }
  bySentence.set(sentence, year);
  return year;
}
const narrativeMemo = new WeakMap<ArticleFacts, Map<string, number | undefined>>();

// ---------------------------------------------------------------- people

const PERSON_PLACE_WORDS = new Set(["in", "at", "near", "into", "across", "through", "around"]);
const TITLE_BEFORE = /\b(President|Prime Minister|Chancellor|King|Queen|General|Admiral|Pope|Patriarch|Bishop|Archbishop|Sultan|Emperor|Senator|Governor)\s*$/;
/**
 * "the Kaiser and _____", "shot both the Archduke and his wife": a title the stem gives someone with
 * "the" is that person — "Kaiser Wilhelm II" and "Archduke Franz Ferdinand" are ruled out by the stem.
 */
const RANK_WORD = /^(Kaiser|Tsar|Czar|Archduke|Archduchess|Emperor|Empress|King|Queen|Pope|Sultan|Shah|Pharaoh|Duke|Duchess|Prince|Princess|Admiral|President|Chancellor|Patriarch)\b/;
function titledInStem(display: string, stem: string): boolean {
  const title = display.match(RANK_WORD)?.[1];
  if (!title) return false;
  // (A plain search first: no regular expression built per option and stem.)
  const at = stem.indexOf(`the ${title}`);
  return at >= 0 && !/\p{L}/u.test(stem[at - 1] ?? "") && !/\p{L}/u.test(stem[at + 4 + title.length] ?? "");
}

function personTiers(env: Env): Tier[] {
  const { slot, ctx } = env;
  // "at _____ on the Atlantic side": a person after a place preposition is a mistyped place.
  if (slot.gap && !slot.possessive && PERSON_PLACE_WORDS.has(slot.prevWord)) return [];
  const era = personEras(ctx.analysis);
  const stated = slot.years.length ? slot.years : yearsIn(ctx.avoid?.[0] ?? "");
  // A sentence without a year is read in the narrative's year ("Speke's companion _____ disputed
  // the claim" after "In 1858 Speke reached …"): no Nasser or Alexander the Great there.
  const years = stated.length ? stated : env.when !== undefined ? [env.when] : [];
  // Someone whose every dated mention is generations away from the stem's date is absurd there
  // (Burton, an explorer of the 1850s, as the president who built a dam in the 1960s).
  const ofTheTime = (e: Entity) => {
    const own = era.get(e.id) ?? [];
    if (!own.length || !years.length) return true;
    return own.some((y) => years.some((s) => Math.abs(y - s) <= 60));
  };
  // A patient among laureates, an official among singers: someone the article gives another
  // calling than the answer's comes after everyone else (an unknown calling is no other), and never
  // when the stem names the calling ("Which Canadian singer …?").
  const roles = personRoles(ctx.analysis);
  const answerRole = roles.get(env.entity.id);
  const sameCalling = (e: Entity) => {
    const role = roles.get(e.id);
    return !answerRole || !role || role === answerRole;
  };
  // (A hyphened calling, "fly-half", is one word of the stem.)
  const stemCalls = !!answerRole && [...normalizeAnswer(ctx.stem).split(" "), ...(ctx.stem.toLowerCase().match(/\p{L}+-\p{L}+/gu) ?? [])].some((w) => CALLINGS[w] === answerRole);
  // "Which sultan was famous …?", "Which patriarch consecrated …?": the question names the calling,
  // so only people the article gives that calling are options — an unknown calling is no sultan
  // (the traveller Ibn Battuta, the kings of Aksum before a patriarch).
  const asksCalling = !!answerRole && CALLINGS[ctx.stem.match(/^Which (?:\p{Lu}[\p{L}-]+ )?(\p{Ll}[\p{Ll}-]*)\b/u)?.[1] ?? ""] === answerRole;
  // A name the article gives the answer's calling is a person too ("the Swedish singer Loreen"),
  // though read as a bare name.
  const called = answerRole ? namesCalled(ctx.analysis, answerRole).filter((e) => !visibleIn(e, ctx)) : [];
  // "Semper Augustus bulbs": a name the article also uses as a thing's is no one to offer.
  const things = thingNames(ctx.analysis);
  // "Who said she had barely slept that night?": a pronoun the answer owns (no other name between
  // the opening gap or "Who" and it) rules out people of the other gender.
  const owned = ctx.stem.match(/^(?:_____|Who|Which (?:\p{Ll}+ ){0,2}\p{Ll}+) (?:(?!\p{Lu})[^?])*?\b(he|his|she|her \p{Ll})/u)?.[1];
  const otherGender = owned ? (/^(he|his)$/.test(owned) ? "female" : "male") : undefined;
  const ofTheGender = (e: Entity) => !otherGender || genderOf(e) !== otherGender;
  // "… was born Ying Zheng …": a birth name is someone else's other name, never another person.
  const born = bornNames(ctx.analysis);
  // ("Mausoleum", cut from "Emperor Qinshihuang's Mausoleum": one common word is nobody.)
  // ("Ethan", a given name alone, among full names: no one a learner could take for the answer.)
  const fullAnswer = /\s/.test(env.entity.display);
  const nobody = (e: Entity) => !/\s/.test(e.display) && ((fullAnswer && !!givenNameGender(e.display)) || isLexiconNoun(e.display.toLowerCase()) || /^(?:Mausoleum|Museum|Palace|Temple|Tomb|Church|Cathedral|Castle|Tower|Bridge|Hall|House|Abbey|Monastery|Library|Archive|Gallery|Park|Garden|Gardens)$/.test(e.display));
  const timely = [...env.article.filter((e) => !things.has(e.display) && !born.has(e.display)), ...called].filter((e) => !nobody(e) && !titledInStem(e.display, ctx.stem)).filter(ofTheTime).filter(ofTheGender);
  const article = timely.filter(asksCalling ? (e) => roles.get(e.id) === answerRole : sameCalling);
  const otherCalling = stemCalls ? [] : timely.filter((e) => !sameCalling(e)).map((e) => e.display);
  // (Another article's people are dated by that article: no Richard Nixon as a man who died in 1713.)
  const corpusTimely = (e: Entity) => {
    if (!years.length) return true;
    const own = ctx.corpus.filter((a) => a !== ctx.analysis && a.entities.has(e.id)).flatMap((a) => personEras(a).get(e.id) ?? []);
    return own.some((y) => years.some((s) => Math.abs(y - s) <= 60));
  };
  // (Another article's people have callings of that article's: "Which sultan …?" takes them only as its sultans.)
  const corpusCalled = (e: Entity) => !asksCalling || ctx.corpus.some((a) => a !== ctx.analysis && a.entities.has(e.id) && personRoles(a).get(e.id) === answerRole);
  const corpusOf = lazy(() => env.corpus.filter((e) => env.related.has(e) && ofTheGender(e) && corpusTimely(e) && corpusCalled(e) && !titledInStem(e.display, ctx.stem)));
  const title = slot.before.match(TITLE_BEFORE)?.[1];
  if (title) {
    // "President _____": people the article calls president first.
    const titled = (e: Entity) => e.descriptors.some((d) => d.includes(title));
    // Only people who held the title: "President Keynes" is ruled out by the stem itself (fewer than
    // three leaves the fact to a typed form).
    return [ranked(article.filter(titled).map((e) => e.display)), shuffled(() => corpusOf().filter(titled).map((e) => e.display))];
  }
  // "the Swiss singer _____", "Which Italian racer …?": only people the articles call Swiss or
  // Italian (an Irish singer is ruled out by the stem).
  // ("Which Italian racer …?": the question's own calling, whatever it is.)
  const nation = slot.gap ? slot.before.match(/\b(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)\s*$/u) : ctx.stem.match(/^Which (\p{Lu}[\p{L}-]+) (\p{Ll}+)\b/u);
  if (nation && (CALLINGS[nation[2]] || !slot.gap) && lookupDemonym(nation[1])) {
    const demonym = nation[1];
    const called = (e: Entity, a: ArticleFacts) => calledBy(a, demonym).has(e.id);
    const ofCorpus = ctx.corpus.filter((a) => a !== ctx.analysis);
    return [
      ranked(article.filter((e) => called(e, ctx.analysis)).map((e) => e.display)),
      shuffled(() => corpusOf().filter((e) => ofCorpus.some((a) => a.entities.has(e.id) && called(e, a))).map((e) => e.display)),
    ];
  }
  return [ranked(article.map((e) => e.display)), shuffled(() => corpusOf().map((e) => e.display)), ranked(otherCalling)];
}

const demonymCache = new WeakMap<ArticleFacts, Map<string, Set<string>>>();

/** The people (and bare names) an article calls "<demonym> …" ("the Swiss singer Lys Assia"), read once per article and word. */
function calledBy(analysis: ArticleFacts, demonym: string): Set<string> {
  let byWord = demonymCache.get(analysis);
  if (!byWord) demonymCache.set(analysis, (byWord = new Map()));
  let ids = byWord.get(demonym);
  if (!ids) {
    ids = new Set();
    // What follows the word, from each of the next three word starts ("Swiss singer Lys Assia …",
    // "singer Lys Assia …", "Lys Assia …"), filed by its first word: a name is looked up, not scanned for.
    const after = new Map<string, string[]>();
    const at = new RegExp(`\\b${demonym}\\s+`, "gu");
    for (const { text } of analysis.sentences) {
      if (!text.includes(demonym)) continue;
      for (const m of text.matchAll(at)) {
        let rest = text.slice((m.index ?? 0) + m[0].length);
        for (let k = 0; k < 3 && rest; k++) {
          const first = (rest.match(/^[^\s]+/)?.[0] ?? "").replace(/[,;:!?”"’)]+$/u, "");
          if (!after.has(first)) after.set(first, []);
          after.get(first)!.push(rest.slice(0, 80));
          const next = rest.match(/^[\p{L}-]+\s+/u);
          if (!next) break;
          rest = rest.slice(next[0].length);
        }
      }
    }
    if (after.size) {
      for (const e of analysis.entities.values()) {
        if (e.type !== "person" && e.type !== "name") continue;
        const names = [e.display, ...e.aliases].filter((n) => n.length > 2);
        if (names.some((n) => (after.get(n.split(/\s/)[0]) ?? []).some((tail) => tail.startsWith(n)))) ids.add(e.id);
      }
    }
    byWord.set(demonym, ids);
  }
  return ids;
}

// Callings, by the words an article puts beside a name ("the Scottish bacteriologist Alexander
// Fleming", "its first patient, Albert Alexander", "Marcel Bezençon, a Swiss director of the EBU").
const CALLINGS: Record<string, string> = {};
for (const [calling, words] of Object.entries({
  science: "scientist chemist biochemist bacteriologist pathologist physicist biologist microbiologist mycologist crystallographer physiologist pharmacologist researcher mathematician astronomer geologist inventor",
  patient: "patient constable policeman victim",
  music: "singer singers band group performer composer musician songwriter rapper duo",
  politics: "president minister chancellor king queen emperor senator governor politician pharaoh sultan",
  church: "pope patriarch bishop archbishop cardinal priest monk abbot abbess nun vicar missionary",
  explorer: "explorer explorers navigator",
  official: "director official administrator secretary executive chairman",
  military: "general admiral commander colonel soldier officer",
  writer: "writer author historian journalist novelist poet",
  // A team's people by their place in it: "from fly-half _____" rules out the winger and the coach.
  coach: "coach manager",
  referee: "referee umpire",
  captain: "captain skipper",
  goalkeeper: "goalkeeper keeper",
  striker: "striker",
  winger: "winger",
  "fly-half": "fly-half",
  "scrum-half": "scrum-half",
  flanker: "flanker",
  lock: "lock",
  hooker: "hooker",
  prop: "prop",
  midfielder: "midfielder",
  defender: "defender",
})) for (const w of words.split(" ")) CALLINGS[w] = calling;

const roleCache = new WeakMap<ArticleFacts, Map<string, string>>();

/** Each person's calling where the article names one beside them (the first found). */
const bornCache = new WeakMap<ArticleFacts, Set<string>>();
/** Names the article gives after "born" ("was born Johann Mendel", "born Ying Zheng in 259 BCE"), read once per article. */
function bornNames(analysis: ArticleFacts): Set<string> {
  let names = bornCache.get(analysis);
  if (!names) {
    names = new Set([...(analysis.article.body ?? "").matchAll(/\bborn (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})/gu)].map((m) => m[1]));
    bornCache.set(analysis, names);
  }
  return names;
}

function personRoles(analysis: ArticleFacts): Map<string, string> {
  let roles = roleCache.get(analysis);
  if (roles) return roles;
  roles = new Map();
  // The sentences each word is in, so a name is looked for where its first word is, not in
  // every sentence (per name over a long document's every sentence, this was quadratic in its length).
  const WORD = /[\p{L}\p{M}\p{N}]+/gu;
  const withWord = new Map<string, number[]>();
  for (const [i, s] of analysis.sentences.entries()) {
    for (const [w] of s.text.matchAll(WORD)) {
      const list = withWord.get(w);
      if (!list) withWord.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  /** The sentences that may hold the name `n`: those with its first word (every one when it opens with no word). */
  const sentencesFor = (n: string): Iterable<number> => {
    const first = n.match(/^[\p{L}\p{M}\p{N}]+/u)?.[0];
    return first === undefined ? analysis.sentences.keys() : (withWord.get(first) ?? []);
  };
  for (const e of analysis.entities.values()) {
    if (e.type !== "person" && e.type !== "name") continue;
    // The full name first: a surname alone may be someone else's first name ("Alexander").
    const names = [e.display, ...e.aliases].filter((n) => n.length > 2);
    for (const n of names) {
      for (const i of sentencesFor(n)) {
        const s = analysis.sentences[i];
        const at = s.text.indexOf(n);
        if (at < 0) continue;
        // (A hyphened calling stays one word: "fly-half Alfie Crane" is no "half".)
        // (Also "Niamh Corrigan, Marlow Vale's goalkeeper, …": a team's or a body's own calling.)
        const raw = s.text.slice(at + n.length).match(/^\s*,\s+(?:(?:a|an|the)\s+|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+)((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u)?.[1].split(/\s+/) ?? [];
        // "Tulipmania, the historian Anne Goldgar": a calling followed by a name is that name's.
        const k = raw.findIndex((w) => CALLINGS[w.toLowerCase()]);
        const after = k >= 0 && /^\p{Lu}/u.test(raw[k + 1] ?? "") ? [] : raw.map((w) => w.toLowerCase());
        // ("a side coached by the late Alan Fairbrother": who coached a side is its coach.)
        // ("Head of PE Rachel Durnford, who has coached the team for eleven years": so is who has coached it.)
        const coached = /\b(?:coached|managed|trained) by (?:the )?(?:late )?$/i.test(s.text.slice(0, at)) || /^\s*,\s+who\s+(?:has\s+|had\s+)?(?:coached|coaches|managed|manages|trained|trains)\b/.test(s.text.slice(at + n.length)) ? "coach" : undefined;
        // ("the king of Aksum", "the sultan of Delhi": a name after a preposition is the calling's
        // place, not the one who holds it.)
        // ("under King Endubis, Aksum began": a calling before another name is that name's.)
        const cased = s.text.slice(0, at).split(/[^\p{L}-]+/u).filter(Boolean).slice(-3).reverse();
        const near: string[] = [];
        for (const w of cased) {
          if (/^\p{Lu}/u.test(w) && !CALLINGS[w.toLowerCase()]) break;
          near.push(w.toLowerCase());
        }
        if (/^(?:of|in|at|from|to|for|over|under|against|with|by|and)$/.test(near[0] ?? "")) near.length = 0;
        const calling = coached ?? [...near, ...after].map((w) => CALLINGS[w]).find(Boolean);
        if (calling) {
          roles.set(e.id, calling);
          break;
        }
      }
      if (roles.has(e.id)) break;
    }
  }
  roleCache.set(analysis, roles);
  return roles;
}

const thingNamesMemo = new WeakMap<ArticleFacts, Set<string>>();
/** The names of the article's entities that are not people (read once per article). */
function thingNames(analysis: ArticleFacts): Set<string> {
  let names = thingNamesMemo.get(analysis);
  if (!names) thingNamesMemo.set(analysis, (names = new Set([...analysis.entities.values()].filter((e) => e.type !== "person").map((e) => e.display))));
  return names;
}

const calledNamesMemo = new WeakMap<ArticleFacts, Map<string, Entity[]>>();
/** The bare names (type "name") the article gives a calling, in the article's order. */
function namesCalled(analysis: ArticleFacts, role: string): Entity[] {
  return perOwner(calledNamesMemo, analysis, role, () => {
    const roles = personRoles(analysis);
    // ("Voyager 1": a name ending in a number is a craft or a model, never a person.)
    return [...analysis.entities.values()].filter((e) => e.type === "name" && roles.get(e.id) === role && !/\s(?:\d{1,4}|[IVX]+)$/.test(e.display));
  });
}

function visibleIn(e: Entity, ctx: PoolContext): boolean {
  return [e.display, ...e.aliases].some((a) => a.length > 2 && [ctx.stem, ...(ctx.avoid ?? [])].some((t) => containsPhrase(t, a)));
}

const eraCache = new WeakMap<ArticleFacts, Map<string, number[]>>();

/** Years written in the sentences that mention each person. */
function personEras(analysis: ArticleFacts): Map<string, number[]> {
  let eras = eraCache.get(analysis);
  if (eras) return eras;
  eras = new Map();
  const text = new Map(analysis.sentences.map((s) => [s.index, s.text]));
  for (const f of analysis.facts) {
    if (analysis.entities.get(f.entityId)?.type !== "person") continue;
    const list = eras.get(f.entityId) ?? [];
    list.push(...yearsIn(text.get(f.sentenceIndex) ?? ""));
    eras.set(f.entityId, list);
  }
  eraCache.set(analysis, eras);
  return eras;
}

// ---------------------------------------------------------------- countries

const SEPARATION = /\b(independence|independent|seceded|secession|broke away|separated|split)\s+from\s+(the\s+)?$/i;

/** Square kilometres above which a country (the United States, China, Russia, India …) is asked beside other large ones. */
const GREAT_POWER_AREA = 3_000_000;

// Country names that take "the", most often confused with the big ones first.
const THE_NAMES = ["United Kingdom", "Netherlands", "Soviet Union", "Czech Republic", "Philippines", "United Arab Emirates"];

function countryTiers(env: Env): Tier[] {
  const { entity, slot } = env;
  const answer = lookupCountry(entity.display) ?? countryOf(entity.country);
  if (answer && placeGivesCountryAway(slot, answer)) return [];
  // A country the stem names is visible (under any of its names: "DR Congo" in "the Democratic
  // Republic of the Congo"); in a relation, so is the article's own subject.
  const excluded = new Set([...slot.countries, ...partiesNamed(env)]);
  // In a place slot ("in _____", "a province of _____") every option is on the answer's continent;
  // otherwise the article's own countries are fair wherever they are.
  // "independence from _____": the state it broke away from, a neighbour or a ruler on the answer's continent.
  const strict = slot.locative || SEPARATION.test(slot.before);
  const fair = (c: CountryEntry | undefined, fromArticle: boolean, anyRegion = fromArticle, wellKnown = false) => {
    if (!c) return fromArticle;
    if (excluded.has(c.code) || (answer && c.code === answer.code)) return false;
    // A state must exist in the stem's year, or the year the narrative has reached.
    // A colony's name is a place: a state only in a stated year, outside a place slot, and for
    // filler from gazetteers (the article's own countries are its subject, whatever their status then).
    if (env.when !== undefined && !existedIn(c, env.when, slot.locative || fromArticle || env.year === undefined)) return false;
    if (c.area < 1000 && (answer?.area ?? 0) >= 1000) return false;
    // "Which country switched Selective Availability off?" → United States: beside a great power,
    // filler is another large state (Canada, Mexico), not Belize or Bhutan, which no learner would pick.
    if (!fromArticle && !wellKnown && !strict && (answer?.area ?? 0) >= GREAT_POWER_AREA && c.area < 500_000) return false;
    return !answer || (anyRegion && !strict) || c.region === answer.region;
  };
  const article = env.article.filter((e) => fair(lookupCountry(e.display) ?? countryOf(e.country), true)).map((e) => e.display);
  if (!answer) return [ranked(article)];
  const corpus = lazy(() => env.corpus.map((e) => lookupCountry(e.display) ?? countryOf(e.country)).filter((c): c is CountryEntry => !!c && fair(c, false)));
  const rank = distanceRank(answer);
  const byDistance = (list: CountryEntry[]) => uniq(list.sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0)).map((c) => c.name));
  const tiers = [ranked(article), shuffled(() => byDistance(corpus().filter((c) => c.subregion === answer.subregion)))];
  if (env.needThe) {
    // Written as listed ("Czech Republic", not the data set's "Czechia"), so they fit "the _____".
    tiers.push(ranked(() => {
      const the = THE_NAMES.map((n) => [n, lookupCountry(n)] as const).filter(([, c]) => !!c && fair(c, false, !strict, true));
      return [...the.filter(([, c]) => c!.region === answer.region), ...the.filter(([, c]) => c!.region !== answer.region)].map(([n]) => n);
    }));
  }
  const near = lazy(() => byDistance(countriesByDistance(answer).filter((c) => fair(c, false))));
  // (Beside a great power, the largest of its nearest states first: Canada and Mexico before Peru.)
  // (Not in a place slot, "a province of _____", where the neighbours are the options.)
  const great = answer.area >= GREAT_POWER_AREA && !strict;
  const areaOf = (name: string) => lookupCountry(name)?.area ?? 0;
  const nearest = great ? ranked(() => near().slice(0, 6).sort((a, b) => areaOf(b) - areaOf(a))) : shuffled(() => near().slice(0, 6));
  tiers.push(nearest, shuffled(() => byDistance(corpus())), ranked(() => near().slice(6)));
  return tiers;
}

// Each country's rank in another's nearest-first list (static data: built once per country).
const rankMemo = new Map<string, Map<string, number>>();
function distanceRank(c: CountryEntry): Map<string, number> {
  let rank = rankMemo.get(c.code);
  if (!rank) {
    rank = new Map(countriesByDistance(c).map((o, i) => [o.code, i]));
    rankMemo.set(c.code, rank);
  }
  return rank;
}

/** Countries a relation in the stem already names as the other party (and the article's subject). */
function partiesNamed(env: Env): Set<string> {
  const { slot, ctx } = env;
  if (!slot.relational) return new Set();
  const out = new Set(slot.countries);
  for (const c of readSlot(ctx.analysis.article.title ?? "").countries) out.add(c);
  return out;
}

// ---------------------------------------------------------------- cities and regions

// Capitals that stand for their governments in news ("Moscow's response").
const NOTABLE_CAPITALS = ["Washington", "London", "Paris", "Moscow", "Beijing", "Berlin", "Ankara", "Riyadh", "Cairo", "Damascus", "Tokyo", "New Delhi", "Brussels", "Amman", "Doha", "Abu Dhabi"];

function cityTiers(env: Env): Tier[] {
  const { entity, slot } = env;
  const info = lookupCity(entity.display);
  const home = countryOf(info?.country ?? entity.country);
  const countryOfCity = (e: Entity) => lookupCity(e.display)?.country ?? e.country;
  // "Tehran’s view", "aligned with Tehran": a capital standing for a government; only capitals
  // fit, and not those of the countries the stem already names.
  if (info?.capital && slot.gap && !slot.locative && (slot.agent || slot.relational)) {
    const named = new Set([...slot.countries, ...partiesNamed(env)]);
    const capital = (name: string, country?: string) => !!lookupCity(name)?.capital && !(country && named.has(country));
    // Nearest seats of power first: Damascus and Riyadh for Tehran, London and Paris for Washington.
    const far = (n: string) => (home ? countryDistance(countryOf(lookupCity(n)?.country) ?? home, home) : 0);
    const notable = NOTABLE_CAPITALS.filter((n) => capital(n, lookupCity(n)?.country)).sort((a, b) => far(a) - far(b));
    return [
      ranked(env.article.filter((e) => capital(e.display, countryOfCity(e))).map((e) => e.display)),
      shuffled(notable.slice(0, 5)),
      ranked(notable.slice(5)),
    ];
  }
  // ("Which city …? — Geneva": not "Luxembourg", a city that names its country too and reads as the country.)
  const cityStateAnswer = !!lookupCountry(entity.display);
  const tiers = placeTiers(env, home, countryOfCity, CITIES.filter((c) => c.name !== entity.display && (cityStateAnswer || !lookupCountry(c.name))));
  // "At which city do the two branches meet?" — Khartoum: Omdurman faces it across the confluence,
  // and is where the stem says too. A twin city is never an option for the other.
  const twin = new Set(TWIN_CITIES.filter((pair) => pair.includes(entity.display)).flat());
  return twin.size ? tiers.map((t) => ({ ...t, names: typeof t.names === "function" ? ((list) => () => list().filter((n) => !twin.has(n)))(t.names) : t.names.filter((n) => !twin.has(n)) })) : tiers;
}

/** Cities that face each other across a river or a border, one urban area in all but name. */
const TWIN_CITIES: ReadonlyArray<readonly [string, string]> = [
  ["Khartoum", "Omdurman"],
  ["Minneapolis", "Saint Paul"],
  ["Dallas", "Fort Worth"],
  ["Kolkata", "Howrah"],
  ["Hyderabad", "Secunderabad"],
  ["Islamabad", "Rawalpindi"],
  ["Kinshasa", "Brazzaville"],
  ["Manchester", "Salford"],
  ["Newcastle upon Tyne", "Gateshead"],
  ["El Paso", "Ciudad Juárez"],
];

// States that lie apart from the rest of their country: no other state stands in for an island in
// mid-Pacific, and neither is a fair option for a mainland state's town or fault.
const APART = new Set(["Hawaii", "Alaska"]);

function regionTiers(env: Env): Tier[] {
  const { entity } = env;
  if (APART.has(entity.display)) return [];
  const home = countryOf(lookupRegion(entity.display)?.country ?? entity.country);
  // Only regions the gazetteer knows, so of one level: an area it does not know ("Silicon Valley"
  // beside California, for "Mountain View, _____") may lie inside the answer and be right too.
  const known = { ...env, article: env.article.filter((e) => !APART.has(e.display) && !!lookupRegion(e.display)) };
  return placeTiers(known, home, (e) => lookupRegion(e.display)?.country ?? e.country, REGIONS.filter((r) => r.name !== entity.display && !APART.has(r.name)));
}

/**
 * Places inside a country: where the stem names the country ("in _____, Sweden") only its places;
 * else the same country first, then the nearest countries on the same continent. Never a place on
 * another continent (or another world: an unknown place passes only from this article).
 */
function placeTiers(env: Env, home: CountryEntry | undefined, countryOfEntity: (e: Entity) => string | undefined, gazetteer: Array<{ name: string; country: string; from?: number }>): Tier[] {
  const { slot } = env;
  const container = countryOf(slot.container);
  const anchor = container ?? home ?? homeCountry(env.ctx.analysis);
  if (!anchor) return [ranked(env.article.map((e) => e.display))];
  const fits = (code: string | undefined, fromArticle: boolean) => {
    const c = countryOf(code);
    if (!c) return fromArticle && !container;
    if (container) return c.code === container.code;
    return c.region === anchor.region;
  };
  const rank = distanceRank(anchor);
  const distance = (code: string) => rank.get(code) ?? 0;
  const sameCountry = (e: Entity) => countryOfEntity(e) === anchor.code;
  const article = env.article.filter((e) => fits(countryOfEntity(e), true));
  const corpus = lazy(() => env.corpus.filter((e) => fits(countryOfEntity(e), false)));
  const gaz = lazy(() => gazetteer.filter((g) => fits(g.country, false) && !(g.from !== undefined && env.when !== undefined && g.from > env.when)));
  // Nearest countries first, at most two places from each, so one big neighbour does not fill the tier.
  const near = lazy(() => {
    const perCountry = new Map<string, number>();
    return uniq(
      gaz()
        .filter((g) => g.country !== anchor.code)
        .sort((a, b) => distance(a.country) - distance(b.country) || a.country.localeCompare(b.country))
        .filter((g) => {
          const n = (perCountry.get(g.country) ?? 0) + 1;
          perCountry.set(g.country, n);
          return n <= 2;
        })
        .map((g) => g.name),
    );
  });
  const sameCountryOthers = () => uniq([...corpus().filter(sameCountry).map((e) => e.display), ...gaz().filter((g) => g.country === anchor.code).map((g) => g.name)]);
  const tiers: Tier[] = [];
  if (slot.locative || container) {
    // "concerns in _____": the same country's places are the natural confusions.
    tiers.push(
      ranked(article.filter(sameCountry).map((e) => e.display)),
      shuffled(sameCountryOthers),
      shuffled(() => near().slice(0, 4)),
      ranked(() => article.filter((e) => !sameCountry(e)).map((e) => e.display)),
    );
  } else {
    tiers.push(
      ranked(article.map((e) => e.display)),
      shuffled(sameCountryOthers),
      shuffled(() => near().slice(0, 4)),
    );
  }
  tiers.push(shuffled(() => corpus().filter((e) => !sameCountry(e)).map((e) => e.display)), ranked(() => near().slice(4, 20)));
  return tiers;
}

const homeCache = new WeakMap<ArticleFacts, CountryEntry | undefined>();

/** The country an article is mostly about (its most-mentioned country), for unknown places. */
function homeCountry(analysis: ArticleFacts): CountryEntry | undefined {
  if (homeCache.has(analysis)) return homeCache.get(analysis);
  let best: Entity | undefined;
  for (const e of analysis.entities.values()) if (e.type === "country" && (!best || e.mentions > best.mentions)) best = e;
  const c = best ? (lookupCountry(best.display) ?? countryOf(best.country)) : undefined;
  homeCache.set(analysis, c);
  return c;
}

// ---------------------------------------------------------------- water

const TRIBUTARY = /\b(joins?|joined|joining|tributary|tributaries|flows? into|flowed into|feeds?|fed)\b/i;

// Which classes can stand in for each other: a sea for a gulf, never a river for an ocean.
const MARINE: WaterClass[] = ["sea", "gulf", "strait"];

const countryNameMemo = new WeakMap<ArticleFacts, Map<string, boolean>>();
/** "the Democratic Republic of the Congo": whether every mention of the name is inside a country's name. */
function onlyInCountryName(analysis: ArticleFacts, n: string): boolean {
  return perOwner(countryNameMemo, analysis, n, () => {
    const body = analysis.article.body;
    const all = [...body.matchAll(new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, "gu"))];
    return all.length > 0 && all.every((m) => /Republic\s+of\s+(the\s+)?$/i.test(body.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[1].length)));
  });
}

const longerNameMemo = new WeakMap<ArticleFacts, Map<string, boolean>>();
/** Whether every mention of the name is the tail of a longer name ("the Periplus of the Erythraean Sea", "the Republic of the Congo"). */
function onlyInLongerName(analysis: ArticleFacts, n: string): boolean {
  return perOwner(longerNameMemo, analysis, n, () => {
    const body = analysis.article.body;
    const all = [...body.matchAll(new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, "gu"))];
    return all.length > 0 && all.every((m) => /\p{Lu}\p{L}+\s+of\s+(?:the\s+)?$/u.test(body.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[1].length)));
  });
}

const riverMemo = new WeakMap<ArticleFacts, string[]>();
/** The rivers a stem may name: the article's own and the gazetteer's (once per article). */
function riverNames(analysis: ArticleFacts): string[] {
  let rivers = riverMemo.get(analysis);
  if (!rivers) {
    rivers = [...[...analysis.entities.values()].map((e) => e.display), ...WATERS.map((x) => x.name)].filter((name) => waterInfo(name).class === "river");
    riverMemo.set(analysis, rivers);
  }
  return rivers;
}

function waterTiers(env: Env): Tier[] {
  const { entity, slot, ctx } = env;
  // "the Democratic Republic of the _____" is a country's name, not a river.
  if (slot.gap && /\bRepublic\s+of\s+(the\s+)?$/i.test(slot.before)) return [];
  const info = waterInfo(entity.display);
  const homeRegion = homeCountry(ctx.analysis)?.region ?? "*";
  // A sea on two continents is read on the article's own ("the Nile reaches the Mediterranean").
  const regions = info.regions.length ? (info.regions.includes(homeRegion) ? [homeRegion] : info.regions) : [homeRegion];
  const sameClass = (name: string) => waterInfo(name).class === info.class;
  const kin = (name: string) => sameClass(name) || (MARINE.includes(info.class) && MARINE.includes(waterInfo(name).class));
  const near = (name: string, fromArticle: boolean) => {
    const r = waterInfo(name).regions;
    if (!r.length) return fromArticle && regions.includes(homeCountry(ctx.analysis)?.region ?? "");
    return r.includes("*") || regions.includes("*") || r.some((x) => regions.includes(x));
  };
  // ("The Periplus of the Erythraean Sea": a water the article names only inside a longer name is no option.)
  const article = env.article.map((e) => e.display).filter((n) => near(n, true) && !onlyInLongerName(ctx.analysis, n));
  const othersOf = lazy(() => uniq([...env.corpus.map((e) => e.display), ...WATERS.map((x) => x.name)]).filter((n) => n !== entity.display && near(n, false)));
  // "The _____ joins the Nile": a tributary of a river the stem names is one of the rivers the
  // article puts in that basin; a river elsewhere (the Congo) is ruled out by the stem, and a river
  // only ever named inside a country's name ("the Democratic Republic of the Congo") is none of them.
  const stemRivers = () => riverNames(ctx.analysis).filter((name) => name !== entity.display && containsPhrase(ctx.stem, name));
  if (info.class === "river" && TRIBUTARY.test(ctx.stem) && stemRivers().length) return [ranked(article.filter((n) => sameClass(n) && n !== entity.display && !onlyInCountryName(ctx.analysis, n)))];
  // A natural lake beside natural lakes, a reservoir beside reservoirs ("leaves Lake Victoria", not
  // "leaves Lake Nasser"): the other kind only after every option of the answer's own.
  const alike = (n: string) => !!waterInfo(n).artificial === !!info.artificial;
  // "the River Lenn", a local river no gazetteer knows: the Danube and the Mekong are no rivals for
  // it; only the waters the article itself names are.
  if (!info.regions.length && !isKnownWater(entity.display) && !isKnownWater(entity.display.replace(/^(?:River|the River|the) /i, ""))) return [ranked(article.filter((n) => n !== entity.display && (sameClass(n) || kin(n))))];
  return [
    ranked(article.filter((n) => sameClass(n) && alike(n))),
    shuffled(() => othersOf().filter((n) => sameClass(n) && alike(n))),
    ranked(() => article.filter((n) => sameClass(n) && !alike(n))),
    shuffled(() => othersOf().filter(sameClass)),
    // (Not a gulf beside a sea, nor a sea beside a gulf: one is often the other's arm — "roads
    // descended to the Red Sea coast", and Adulis's Gulf of Zula is on that coast too.)
    // Then the oceans, for a sea or a gulf.
    shuffled(() => (MARINE.includes(info.class) ? othersOf().filter((n) => waterInfo(n).class === "ocean") : [])),
  ];
}

// ---------------------------------------------------------------- organisations

// Sectors whose bodies can stand in for each other (money and trade; health and aid; culture alone).
const SECTOR_FAMILY: Record<NonNullable<OrganizationEntry["sector"]>, string> = {
  finance: "economy",
  trade: "economy",
  energy: "energy",
  health: "aid",
  culture: "culture",
  legal: "law",
  security: "security",
  politics: "politics",
};

const BODY_HEADS = ["Senate", "Supreme Court", "Cabinet", "Chamber of Representatives", "Constitutional Court", "Foreign Ministry"];
const BRANCHES = ["Army", "Navy", "Marine Corps", "Coast Guard"];

function organizationTiers(env: Env): Tier[] {
  const { entity, ctx } = env;
  const own = lookupOrganization(entity.display);
  const prefix = entity.display.match(/^(US|U\.S\.|\p{Lu}[\p{L}]+)\s/u)?.[1] ?? "";
  const prefixCountry = prefix === "US" || prefix === "U.S." ? "USA" : (lookupDemonym(prefix)?.code ?? lookupCountry(prefix)?.code);
  const country = own?.country ?? prefixCountry;
  const existed = (name: string) => {
    const o = lookupOrganization(name);
    return env.when === undefined || o?.founded === undefined || o.founded <= env.when;
  };
  // (Not the body under the name the article says it took later: "survives today as …".)
  const sameThing = renamedPairs(ctx.analysis, entity);
  const article = env.article.map((e) => e.display).filter((n) => existed(n) && !sameThing(n));
  const gazetteer = ORGANIZATIONS.filter((o) => o.name !== entity.display && existed(o.name));

  // "an officer of the US Army Corps of Engineers": the other branches of the same forces.
  const branch = entity.display.match(/^(.*?\b)(Army|Navy|Air Force|Marine Corps)\b/);
  if (branch) return [ranked(BRANCHES.filter((b) => b !== branch[2]).map((b) => `${branch[1]}${b}`))];

  if (entity.kind === "government-body") {
    if (!country) {
      // A body of no known state ("Caldermouth Borough Council", a local report's "Department for
      // Transport"): the article's own bodies, then the state the article is about — never the Kremlin
      // or the Élysée beside a borough council, and no national body beside a local one.
      const home = /\b(Council|Borough|County|Parish)\b/.test(entity.display) ? undefined : homeCountry(ctx.analysis)?.code;
      return [ranked(article), shuffled(home ? gazetteer.filter((o) => o.kind === "government-body" && o.country === home).map((o) => o.name) : [])];
    }
    // A state's own bodies only: the Kremlin does not decide on American troops.
    const ofCountry = (name: string) => {
      const o = lookupOrganization(name);
      const p = name.match(/^(US|\p{Lu}[\p{L}]+)\s/u)?.[1];
      return (o?.country ?? (p === "US" ? "USA" : p ? lookupDemonym(p)?.code : undefined)) === country;
    };
    const head = entity.display.slice(prefix.length).trim();
    const templated = prefixCountry && prefix !== "US" ? BODY_HEADS.filter((h) => h !== head).map((h) => `${prefix} ${h}`) : [];
    return [ranked(article.filter(ofCountry)), shuffled(gazetteer.filter((o) => o.country === country).map((o) => o.name)), shuffled(templated)];
  }

  if (entity.kind === "armed-group") {
    // Groups of the same country, then of the nearest countries (Iraq's militias before Yemen's).
    const anchor = countryOf(country) ?? homeCountry(ctx.analysis);
    const groups = gazetteer.filter((o) => o.kind === "armed-group");
    if (!anchor) return [ranked(article), shuffled(groups.map((o) => o.name))];
    const distance = (o: { country?: string }) => (o.country ? countryDistance(countryOf(o.country) ?? anchor, anchor) : 15);
    const near = groups.filter((o) => distance(o) <= 15).sort((a, b) => distance(a) - distance(b));
    return [ranked(article), shuffled(near.filter((o) => o.country === anchor.code).map((o) => o.name)), ranked(near.filter((o) => o.country !== anchor.code).map((o) => o.name))];
  }

  if (entity.kind.startsWith("international")) {
    const sameKind = gazetteer.filter((o) => o.kind === entity.kind);
    const sector = own?.sector;
    // A known sector keeps its options in its family: OPEC creates no reserve asset, the Red Cross
    // lends no money, UNICEF moves no temples. Fewer than three leaves the fact to a typed form.
    const family = sector ? SECTOR_FAMILY[sector] : undefined;
    const kin = (o: OrganizationEntry) => !family || (!!o.sector && SECTOR_FAMILY[o.sector] === family);
    return [
      ranked(article.filter((n) => { const o = lookupOrganization(n); return !o || kin(o); })),
      shuffled(sameKind.filter((o) => sector && o.sector === sector).map((o) => o.name)),
      shuffled(sameKind.filter((o) => (!sector || o.sector !== sector) && kin(o)).map((o) => o.name)),
      shuffled(gazetteer.filter((o) => o.kind.startsWith("international") && o.kind !== entity.kind && sector && o.sector === sector).map((o) => o.name)),
      shuffled(gazetteer.filter((o) => o.kind.startsWith("international") && o.kind !== entity.kind && (!sector || o.sector !== sector) && kin(o)).map((o) => o.name)),
    ];
  }
  const corpus = env.corpus.filter((e) => env.related.has(e) && entity.kind !== "other").map((e) => e.display);
  return [ranked(article), shuffled(corpus), shuffled(gazetteer.filter((o) => o.kind === entity.kind).map((o) => o.name))];
}

// ---------------------------------------------------------------- named structures and features

/**
 * The capitalised noun that ends a name and says what kind of thing it is: "the Aswan High Dam"
 * → "Dam", "Eurasian Plate" → "Plate". A one-word name ("the Sudd", "Waterloo") has none.
 */
export function headNoun(name: string): string | undefined {
  const words = name.replace(/^the\s+/i, "").split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1];
  return KIND_HEADS.has(last) ? last : undefined;
}

// Nouns that end a name and say what kind of structure or feature it is ("Mountain View" and
// "South America" end in no kind: no options of "the same kind" exist for them).
const KIND_HEADS = new Set(
  (
    "Dam Hotel Hospital Fault Trench Ridge Deep Plate Cut Festival Stone Highlands Mountains Hills Desert " +
    "Island Islands Falls Bridge Tower Palace Cathedral Church Temple Castle Abbey Museum Library Station " +
    "Airport Stadium Square Park Basin Valley Delta Plain Plateau Peninsula Gorge Glacier Volcano Reef Rift " +
    "Range Wall Gate Theatre Hall Laboratory Laboratories Observatory Telescope Mine Lighthouse Fort"
  ).split(" "),
);

const NAMED_TYPES = new Set(["name", "place", "facility"]);
const OCEANS = /\b(Pacific|Atlantic|Indian|Arctic)\b/;

/**
 * A named thing with a head noun, against things with the same head: the article's own ("the
 * Aswan High Dam" for another dam), then the corpus's, then the landmark gazetteer. Gazetteer and
 * corpus options stay where the stem puts the answer: the same state when it names one ("the
 * _____ in California"), else the same country first and the same continent; a sea-floor feature
 * in the ocean the stem names. A name the article gives the same thing ("renamed the …") is
 * never an option. Without a head noun there is no fair kind to match: no options.
 */
function landmarkTiers(env: Env, visible: (e: Entity) => boolean): Tier[] {
  const { entity, ctx, slot } = env;
  const head = headNoun(entity.display);
  if (!head) return [];
  const own = lookupLandmark(entity.display);
  // What the stem and its sentence say about where the answer is (the answer's own words aside).
  const answerWords = new RegExp(escapeRegExp(entity.display), "g");
  const text = [ctx.stem, ...(ctx.avoid ?? []).slice(0, 1)].join(" ").replace(answerWords, " ");
  const ocean = own?.ocean ?? text.match(OCEANS)?.[1];
  const within = [...US_STATES, ...REGIONS.map((r) => r.name), "London", "Edinburgh", "New York"].find((p) => containsPhrase(text, p));
  const stateCountry = within ? (US_STATES.includes(within) ? "USA" : (lookupRegion(within)?.country ?? lookupCity(within)?.country)) : undefined;
  const named = [...slot.countries, ...readSlot(ctx.avoid?.[0] ?? "").countries];
  // "The _____ in southern Egypt": the stem says which country the answer is in.
  const placedIn = slot.gap ? lookupCountry(slot.after.match(/^\s+in\s+(?:(?:north|south|east|west|central)\w*\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)/u)?.[1] ?? "")?.code : undefined;
  const country = own?.country ?? placedIn ?? slot.container ?? stateCountry ?? named[0] ?? homeCountry(ctx.analysis)?.code;
  const region = own?.region !== "*" && own?.region ? own.region : country ? COUNTRY_BY_CODE.get(country)?.region : undefined;

  const sameThing = renamedPairs(ctx.analysis, entity);
  const candidate = (e: Entity) => e.id !== entity.id && NAMED_TYPES.has(e.type) && headNoun(e.display) === head && !visible(e) && !sameThing(e.display);
  const article = [...ctx.analysis.entities.values()].filter(candidate).sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  // Another article's thing is fair only on the same continent (its article's home) or anywhere for a sea-floor feature.
  const corpus: string[] = [];
  for (const other of ctx.corpus) {
    if (other === ctx.analysis) continue;
    const home = homeCountry(other)?.region;
    if (region && home && home !== region && !ocean) continue;
    for (const e of other.entities.values()) if (candidate(e)) corpus.push(e.display);
  }
  const fits = (l: (typeof LANDMARKS)[number]) => {
    if (l.head !== head || l.name === entity.display || sameThing(l.name) || containsPhrase(text, l.name)) return false;
    if (env.year !== undefined && l.built !== undefined && l.built > env.year) return false;
    if (ocean && l.ocean && l.ocean !== ocean && l.ocean !== "*") return false;
    // A plate or a trench lies in no country: only an ocean can place it.
    if (l.region === "*") return true;
    if (within && l.country === stateCountry && l.within && l.within !== within) return false;
    if (within && stateCountry && l.country !== stateCountry) return false;
    if (placedIn && l.country !== placedIn) return false;
    return l.region === "*" || !region || l.region === region;
  };
  const gazetteer = LANDMARKS.filter(fits);
  return [
    ranked(article.map((e) => e.display)),
    shuffled(uniq(corpus)),
    shuffled(gazetteer.filter((l) => l.country && l.country === country).map((l) => l.name)),
    shuffled(gazetteer.filter((l) => !(l.country && l.country === country)).map((l) => l.name)),
  ];
}

/** Names the article gives one thing ("The Culebra Cut was renamed the Gaillard Cut"). */
function renamedPairs(analysis: ArticleFacts, entity: Entity): (name: string) => boolean {
  const names = [entity.display, ...entity.aliases];
  // (Read once: a long document has thousands of sentences and asks this of every option.)
  const holding = analysis.sentences.filter((s) => names.some((n) => s.text.includes(n)));
  return (other: string) =>
    holding.some((s) => {
      const a = names.map((n) => s.text.indexOf(n)).find((i) => i >= 0);
      const b = s.text.indexOf(other);
      if (a === undefined || b < 0) return false;
      const between = a < b ? s.text.slice(a, b) : s.text.slice(b, a);
      // ("The Soil Conservation Service survives today as the Natural Resources Conservation Service":
      // one body under its later name, no other answer.)
      return /\b(renamed|known as|also called|called|formerly|now|later|survives|survived|lives on|became|merged into|today as)\b|\(/.test(between);
    });
}

// ---------------------------------------------------------------- shared

const wordSets = new Map<string, Set<string>>();
function wordSet(text: string): Set<string> {
  let set = wordSets.get(text);
  if (!set) {
    if (wordSets.size > 2048) wordSets.clear();
    set = new Set(normalizeAnswer(text).split(" "));
    wordSets.set(text, set);
  }
  return set;
}

function firstWord(name: string): string {
  return normalizeAnswer(name).split(" ")[0];
}

// An entity's names longer than two characters with their first normalised word, read once per
// entity: every stem of an article checks the same pool entities against itself.
const namesMemo = new WeakMap<Entity, Array<[string, string]>>();
function namesOf(e: Entity): Array<[string, string]> {
  let names = namesMemo.get(e);
  if (!names) {
    names = [e.display, ...e.aliases].filter((a) => a.length > 2).map((a) => [a, firstWord(a)]);
    namesMemo.set(e, names);
  }
  return names;
}

function uniq(names: string[]): string[] {
  return [...new Set(names)];
}

// Candidate pools depend only on the answer entity and the articles: build them once.
interface Pools {
  fromArticle: Entity[];
  fromCorpus: Entity[];
  related: Set<Entity>;
}
const poolCache = new WeakMap<ArticleFacts, Map<string, Pools>>();
// The corpus's slugs, joined once per corpus array (one array serves a whole generateQuestions call).
const corpusKeys = new WeakMap<ArticleFacts[], string>();
function corpusKey(corpus: ArticleFacts[]): string {
  let key = corpusKeys.get(corpus);
  if (key === undefined) {
    key = corpus.map((c) => c.article.slug).join(",");
    corpusKeys.set(corpus, key);
  }
  return key;
}

const byMentionsMemo = new WeakMap<ArticleFacts, Map<string, Entity[]>>();
/** The article's entities of one type, most mentioned first (then by id): sorted once per article and type. */
function entitiesByMentions(analysis: ArticleFacts, type: string): Entity[] {
  return perOwner(byMentionsMemo, analysis, type, () =>
    [...analysis.entities.values()].filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id)));
}

const GENRE_TAGS = new Set(["news", "local", "feature", "report", "match-report", "how-it-works", "explainer", "biography", "history", "nature", "culture", "analysis", "opinion"]);

function pools(entity: Entity, ctx: PoolContext): Pools {
  let byEntity = poolCache.get(ctx.analysis);
  if (!byEntity) {
    byEntity = new Map();
    poolCache.set(ctx.analysis, byEntity);
  }
  const cacheKey = `${entity.id}|${corpusKey(ctx.corpus)}`;
  const cached = byEntity.get(cacheKey);
  if (cached) return cached;
  const sameKind = (e: Entity) =>
    e.type === entity.type &&
    e.id !== entity.id &&
    (entity.type !== "organization" || e.kind === entity.kind) &&
    (entity.type !== "event" || e.kind === entity.kind) &&
    !(entity.type === "person" && e.id.split(":")[1] === entity.id.split(":")[1]);
  const fromArticle = entitiesByMentions(ctx.analysis, entity.type).filter(sameKind);
  // A shared genre ("news", "history") makes no two articles about the same world: a council's tram
  // vote gets no Iraqi general as an option. A shared subject ("engineering", "economics") does.
  const tags = new Set((ctx.analysis.article.tags ?? []).filter((t) => !GENRE_TAGS.has(t.toLowerCase())));
  const fromCorpus: Entity[] = [];
  const related = new Set<Entity>();
  for (const other of ctx.corpus) {
    if (other === ctx.analysis) continue;
    const shared = (other.article.tags ?? []).some((t) => tags.has(t));
    for (const e of other.entities.values()) {
      if (!sameKind(e)) continue;
      fromCorpus.push(e);
      if (shared) related.add(e);
    }
  }
  const result = { fromArticle, fromCorpus, related };
  byEntity.set(cacheKey, result);
  return result;
}
