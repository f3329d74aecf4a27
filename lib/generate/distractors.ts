// Distractors of the answer's fine type and a similar magnitude: the article first, then the
// corpus, then type-aware fallbacks (gazetteers, nearby years and dates, scaled counts). Every
// option is checked against what the stem says about its slot (stem-slot.ts): a place on the
// wrong continent, a country the stem already names as the other party, a state that did not
// exist yet, or a year outside "between 1960 and _____" is never offered.
import { FRACTION_PERCENT, type Entity, type Fact, type ArticleFacts } from "./facts";
import { lookupCity, lookupCountry, lookupRegion, takesThe } from "./gazetteer";
import { genderOfName } from "./nlp";
import { headNoun, namedCandidates } from "./distractor-pools";
import { readSlot, type Slot } from "./stem-slot";
import { shuffle } from "../domain/random";
import { containsPhrase, COURTESY_TITLES, kindHead, normalizeAnswer, rangeEnds } from "./text";

export interface DistractorContext {
  analysis: ArticleFacts;
  corpus: ArticleFacts[];
  /** The text the learner sees (stem); no distractor may appear in it. */
  stem: string;
  random: () => number;
  /** Further text no distractor may appear in (the source sentence). */
  avoid?: string[];
  /** Minimum distance for numeric distractors (true/false needs plainly false values). */
  far?: boolean;
  /** Whether the answer's slot is preceded by "the" ("in the _____"): country names must fit it. */
  afterThe?: boolean;
  /**
   * The caller shows options with their own article and keeps "the" out of the stem ("in _____":
   * the United States / France / the Netherlands). Then no country is left out for its article,
   * and options come back as `withArticle` writes them.
   */
  articleInOptions?: boolean;
}

export { takesThe };

/** A place name as an option that carries its own article: "the Netherlands", "the Nile", "Lake Tana". */
export function withArticle(name: string, type: string): string {
  if (/^the\s/i.test(name)) return name;
  if (type === "country") return takesThe(name) ? `the ${name}` : name;
  if (type === "water") return /^(Lake|Mount)\s/.test(name) ? name : `the ${name}`;
  return name;
}

/** A cloze stem with the article before its gap taken out, for options that carry their own. */
export function stemWithoutSlotArticle(stem: string): string {
  return stem.replace(/\b[Tt]he\s+(_{3,})/, "$1");
}

/**
 * Whether `short` is a shortened form of `long`: the same first word, then each later word the start
 * of a later word of `long`, in order ("Bell Labs" of "Bell Telephone Laboratories").
 */
export function shortens(short: string, long: string): boolean {
  const a = short.replace(/^the\s+/i, "").split(/\s+/).map((w) => w.replace(/[.’']s?$|s$/i, "").toLowerCase());
  const b = long.replace(/^the\s+/i, "").split(/\s+/).map((w) => w.toLowerCase());
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0]) return false;
  let k = 1;
  for (const w of a.slice(1)) {
    while (k < b.length && !(w.length >= 3 && b[k].startsWith(w))) k++;
    if (k >= b.length) return false;
    k++;
  }
  return true;
}

/** Up to `count` distractors, each a different thing of the answer's type; fewer when none fit. */
// The article's sentences that say "also", lower-cased, read once per analysis.
const alsoSentences = new WeakMap<ArticleFacts, string[]>();
/**
 * "Summer monsoon rains over Ethiopia swell the _____": the Atbara River, "which also rises in
 * Ethiopia", may be swollen too. An option right before an "also" that goes on to a name or number
 * of the stem (not one of the title's: the article's subject is everywhere) may be just as right.
 */
function alsoTrue(option: string, ctx: DistractorContext): boolean {
  let said = alsoSentences.get(ctx.analysis);
  if (!said) alsoSentences.set(ctx.analysis, (said = ctx.analysis.sentences.map((x) => x.text).filter((t) => /\balso\b/i.test(t))));
  if (!said.length) return false;
  const title = ctx.analysis.article.title ?? "";
  const marks = (ctx.stem.match(/(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]+|\d[\d,.]*\d|\d)(?![\p{L}\p{N}])/gu) ?? [])
    .filter((w, i) => (i > 0 || !/^(The|A|An|In|On|At)$/.test(w)) && !containsPhrase(title, w) && !option.includes(w));
  if (!marks.length) return false;
  for (const t of said) {
    const at = t.indexOf(option);
    if (at < 0) continue;
    // "the Atbara River, which also rises in Ethiopia": "also" within a few words after the option,
    // the stem's name a few words after that.
    const after = t.slice(at + option.length, at + option.length + 40);
    const also = after.search(/\balso\b/);
    if (also >= 0 && marks.some((m) => after.slice(also).concat(t.slice(at + option.length + 40, at + option.length + 80)).includes(m))) return true;
  }
  return false;
}

/** A person's name's last word, lower-case ("Councillor Ruth Ashdown" → "ashdown"). */
const surnameOf = (name: string): string => name.trim().split(/\s+/).pop()!.toLowerCase();
/** A name with no given name: "Ashdown", "Ms Ashdown", "Councillor Hadley". */
const surnameOnly = (name: string): boolean => name.trim().split(/\s+/).filter((w) => !HONORIFIC.test(w)).length <= 1;
const HONORIFIC = new RegExp(`^(?:${COURTESY_TITLES}|Lord|Lady|Father|Sister|Captain|Colonel|General|President|Senator)\\.?$`);

const NUMERIC_TYPES: ReadonlySet<string> = new Set(["year", "date", "century", "count", "quantity", "money", "percent"]);
// (Either case: "More than _____ species …" opens a sentence as often as it goes inside one.)
const BOUND_BEFORE_GAP = /\b(?:[Bb]y (?:which year|what date|_____)|(?:[Mm]ore|[Ff]ewer|[Ll]ess) than (?:_____|how many|how much)|(?:[Aa]t least|[Aa]t most|[Uu]p to|[Oo]ver|[Uu]nder) (?:_____|how many|how much)|[Mm]ore than how)/;

export function pickDistractors(fact: Fact, entity: Entity, answer: string, ctx: DistractorContext, count = 3): string[] {
  const slot = readSlot(ctx.stem);
  // The stem fixes the answer ("three years in a row, in 1992, 1993 and _____"): no fair options.
  if (slot.implied) return [];
  const forbidden = [answer, entity.display, ...entity.aliases].map(normalizeAnswer);
  const answerInitials = initials(entity.display);
  const kind = kindHead(answer);
  const askedKind = kind && new RegExp(`\\bwhich ${kind}\\b`, "i").test(ctx.stem) ? kind : undefined;
  // "_____ said his side had been the better team": a woman's name before "his" gives the item away.
  const gender = fact.type === "person" ? genderAfterGap(ctx.stem, answer) : undefined;
  const ok = (option: string, chosen: string[]) => {
    const n = normalizeAnswer(option);
    if (!n || forbidden.includes(n)) return false;
    if (forbidden.some((f) => f.length > 2 && (n.includes(f) || f.includes(n)))) return false;
    // An abbreviation of the answer, or the answer an abbreviation of the option, is the answer.
    if (n.length >= 2 && (n === answerInitials || forbidden.includes(initials(option)))) return false;
    // "Ms Ashdown" beside "Councillor Ruth Ashdown": one surname, one person (or the answer's own).
    // ("Marie Curie" beside "Pierre Curie" are two people, each named in full.)
    if (fact.type === "person" && [answer, ...chosen].some((c) => surnameOf(c) === surnameOf(option) && (surnameOnly(c) || surnameOnly(option)))) return false;
    // "Through which act …?": every option must be an act.
    if (askedKind && kindHead(option) !== askedKind) return false;
    if (gender && genderOfName(option.split(/\s+/)[0]) === (gender === "male" ? "female" : "male")) return false;
    // "Bell Labs" and "Bell Telephone Laboratories": one name shortening the other is the same body.
    if ([answer, entity.display].some((a) => shortens(a, option) || shortens(option, a))) return false;
    if (containsPhrase(ctx.stem, option)) return false;
    if ((ctx.avoid ?? []).some((t) => containsPhrase(t, option))) return false;
    if (alsoTrue(option, ctx)) return false;
    if (chosen.some((c) => {
      const m = normalizeAnswer(c);
      return m === n || m.includes(n) || n.includes(m) || shortens(c, option) || shortens(option, c);
    })) return false;
    return true;
  };

  // "By which year had he turned for home?", "dug more than _____ metres": a bound, not a value —
  // a later year or a smaller number is true as well, and the rest are not false by the article.
  if (NUMERIC_TYPES.has(fact.type) && BOUND_BEFORE_GAP.test(ctx.stem)) return [];
  switch (fact.type) {
    case "year":
      return numericPick(yearOptions(fact.value ?? 0, ctx, slot, answer), answer, ok, count, ctx);
    case "century":
      return numericPick(centuryOptions(fact.value ?? 0), answer, ok, count, ctx);
    case "rank":
      return numericPick(rankOptions(answer, fact.value ?? 0), answer, ok, count, ctx);
    case "score":
      return numericPick(scoreOptions(answer), answer, ok, count, ctx);
    case "date":
      return numericPick(dateOptions(fact, ctx), answer, ok, count, ctx);
    case "percent":
      // "roughly a fifth of …": other shares told the same way ("a quarter", "a third"), never digits.
      if (fact.kind === "share") return numericPick(shareOptions(answer, fact.value ?? Number.NaN), answer, ok, count, ctx);
    // falls through
    case "count":
    case "quantity":
    case "money": {
      // A range's options would be ranges, and one inside it would be right too: none offered.
      if (rangeEnds(answer)) return [];
      const side = changeSide(slot);
      const fits = (o: NumericOption) => (side.below === undefined || o.value < side.below) && (side.above === undefined || o.value > side.above);
      return numericPick(scaledOptions(answer, fact, ctx).filter((o) => o.text === answer || fits(o)), answer, ok, count, ctx);
    }
    case "term":
    case "nationality":
    case "weekday":
      return [];
    case "name":
    case "place":
      // "The Treaty of _____", "the Battle of _____": the gap is a town, against the article's towns.
      if (slot.gap && NAMED_AFTER_PLACE.test(slot.before)) return pickFrom(townsOf(ctx.analysis, entity), ok, count, ctx);
      // Only a name with a head noun has a kind to match ("a dam with dams"); see headNoun.
      return headNoun(entity.display) ? namedPick(entity, ok, count, ctx, slot) : [];
    default:
      if (entity.kind === "acronym") return [];
      return namedPick(entity, ok, count, ctx, slot);
  }
}

/** The gender the pronouns after a person's gap give them ("… said his side …"), when the answer has it too. */
function genderAfterGap(stem: string, answer: string): "male" | "female" | undefined {
  const at = stem.search(/_{3,}/);
  if (at < 0) return undefined;
  const after = stem.slice(at);
  const male = /\b(he|him|his|himself)\b/i.test(after);
  const female = /\b(she|her|hers|herself)\b/i.test(after);
  if (male === female) return undefined;
  const wants = male ? "male" : "female";
  return genderOfName(answer.split(/\s+/)[0]) === wants ? wants : undefined;
}

const FALL = /\b(devalued|fell|fallen|dropped|declined|decreased|cut|reduced|lowered|shrank|shrunk|sank|slipped|slid|down)\b/i;
const RISE = /\b(rose|risen|increased|grew|grown|raised|climbed|jumped|soared|revalued|expanded|up)\b/i;
const NUMBER = String.raw`[$€£]?\d[\d,]*(?:\.\d+)?`;

/**
 * A change "from X to _____" (or "from _____ to Y") bounds the answer by its verb: "devalued from
 * 4.03 to _____" is below 4.03, "rose from _____ to 12" below 12. An option on the wrong side is
 * ruled out by the stem.
 */
export function changeSide(slot: Slot): { below?: number; above?: number } {
  if (!slot.gap) return {};
  const value = (t: string) => Number(t.replace(/[$€£,]/g, ""));
  // "runs four of the _____ routes": the whole is more than its part.
  const part = slot.before.match(/\b(\d[\d,]*|[a-z]+) of (?:the|its|their|all|all the) $/i);
  const partValue = part ? (/^\d/.test(part[1]) ? value(part[1]) : Number(Object.entries(WORD_NUMBERS).find(([, w]) => w === part[1].toLowerCase())?.[0] ?? Number.NaN)) : Number.NaN;
  if (Number.isFinite(partValue)) return { above: partValue };
  const to = slot.before.match(new RegExp(`^(.*)\\bfrom\\s+(?:about\\s+|around\\s+)?(${NUMBER})\\s+(?:\\S+\\s+){0,2}?to\\s+(?:about\\s+|around\\s+)?[$€£]?$`, "is"));
  if (to) {
    const verb = to[1].split(/\s+/).slice(-4).join(" ");
    if (FALL.test(verb)) return { below: value(to[2]) };
    if (RISE.test(verb)) return { above: value(to[2]) };
    return {};
  }
  const from = /\bfrom\s+[$€£]?$/i.test(slot.before) ? slot.after.match(new RegExp(`^\\s*(?:\\S+\\s+){0,2}?to\\s+(?:about\\s+|around\\s+)?(${NUMBER})`, "i")) : null;
  if (from) {
    const verb = slot.before.split(/\s+/).slice(-5).join(" ");
    if (FALL.test(verb)) return { above: value(from[1]) };
    if (RISE.test(verb)) return { below: value(from[1]) };
  }
  return {};
}

// Events and agreements named after the town where they happened.
const NAMED_AFTER_PLACE = /\b(Treaty|Peace|Battle|Siege|Congress|Council|Edict|Diet|Sack|Conference)\s+of\s+$/;

/**
 * The article's towns (cities, and one-word places that are no country, region or continent):
 * options for a town named in an event ("the Treaty of Stralsund" against Lübeck, Bergen, Visby).
 */
function townsOf(analysis: ArticleFacts, answer: Entity): string[] {
  const out: string[] = [];
  for (const e of [...analysis.entities.values()].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))) {
    if (e.id === answer.id || e.display === answer.display) continue;
    const town = e.type === "city" || ((e.type === "place" || e.type === "name") && /^\p{Lu}[\p{Ll}’'-]+$/u.test(e.display) && !!lookupCity(e.display));
    const oneWordPlace = e.type === "place" && /^\p{Lu}[\p{Ll}’'-]+$/u.test(e.display) && !lookupCountry(e.display) && !lookupRegion(e.display) && !NOT_TOWNS.has(e.display);
    if (town || oneWordPlace) out.push(e.display);
  }
  return [...new Set(out)];
}

// One-word places that are no towns: continents and the nations of the United Kingdom.
const NOT_TOWNS = new Set(["Europe", "Africa", "Asia", "America", "Oceania", "Antarctica", "England", "Scotland", "Wales", "Ireland", "Arabia", "Siberia", "Scandinavia", "Flanders", "Balkans"]);

/** The first `count` names that pass, in the order given (most-mentioned first), shuffled by the seed. */
function pickFrom(names: string[], ok: (o: string, chosen: string[]) => boolean, count: number, ctx: DistractorContext): string[] {
  const chosen: string[] = [];
  for (const n of names) {
    if (chosen.length >= count) break;
    if (ok(n, chosen)) chosen.push(n);
  }
  return shuffle(chosen, ctx.random);
}

/** "International Monetary Fund" → "imf" (capitalised words only). */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join("").toLowerCase() : "";
}

interface NumericOption {
  text: string;
  value: number;
}

/** Picks from both sides of the answer so the answer's rank among the options is not fixed. */
function numericPick(
  options: NumericOption[],
  answer: string,
  ok: (o: string, chosen: string[]) => boolean,
  count: number,
  ctx: DistractorContext,
): string[] {
  const answerValue = options.find((o) => o.text === answer)?.value;
  const below = shuffle(options.filter((o) => answerValue !== undefined && o.value < answerValue), ctx.random);
  const above = shuffle(options.filter((o) => answerValue !== undefined && o.value > answerValue), ctx.random);
  // Prefer close values (plausible), with randomness among the close ones.
  const byCloseness = (list: NumericOption[]) =>
    list.sort((a, b) => Math.abs(a.value - answerValue!) - Math.abs(b.value - answerValue!)).slice(0, 5);
  const lower = shuffle(byCloseness(below), ctx.random);
  const upper = shuffle(byCloseness(above), ctx.random);
  const wantBelow = count === 1 ? (ctx.random() < 0.5 ? 1 : 0) : 1 + Math.floor(ctx.random() * (count - 1));
  const chosen: string[] = [];
  const take = (list: NumericOption[], n: number) => {
    for (const o of list) {
      if (n <= 0) break;
      if (ok(o.text, chosen)) {
        chosen.push(o.text);
        n--;
      }
    }
  };
  take(lower, wantBelow);
  take(upper, count - chosen.length);
  if (chosen.length < count) take(lower, count - chosen.length);
  return chosen.slice(0, count);
}

function publishedYear(ctx: DistractorContext): number | undefined {
  const p = ctx.analysis.article.published;
  return p && /^\d{4}/.test(p) ? Number(p.slice(0, 4)) : undefined;
}

function yearOptions(year: number, ctx: DistractorContext, slot: Slot, answer = ""): NumericOption[] {
  const limit = publishedYear(ctx) ?? Number.POSITIVE_INFINITY;
  const steps = ctx.far ? [3, 4, 5, 6, 7, 8, 10, 12] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // "between 1960 and _____" bounds hard; a narrative's neighbouring years ("withdrew in 2011, and
  // returned in _____") bound softly: dropped when they would leave one side of the answer empty.
  const hard = (v: number) =>
    !(slot.yearAbove !== undefined && slot.yearAbove < year && v <= slot.yearAbove) &&
    !(slot.yearBelow !== undefined && slot.yearBelow > year && v >= slot.yearBelow) &&
    !slot.years.includes(v);
  const soft = (v: number) =>
    !(slot.yearBefore !== undefined && slot.yearBefore < year && v <= slot.yearBefore) &&
    !(slot.yearAfter !== undefined && slot.yearAfter > year && v >= slot.yearAfter);
  const build = (inside: (v: number) => boolean) => {
    const values = new Set<number>([year]);
    for (const s of steps) {
      if (inside(year - s)) values.add(year - s);
      if ((year + s <= limit || year > limit) && inside(year + s)) values.add(year + s);
    }
    // The answer is the article's own year: one year later keeps it from being the largest (only
    // one: more years after the article's date would read as impossible).
    if (![...values].some((v) => v > year) && inside(year + 1)) values.add(year + 1);
    return [...values];
  };
  let values = build((v) => hard(v) && soft(v));
  if (!values.some((v) => v < year) || !values.some((v) => v > year)) values = build(hard);
  // A year of an era is written as the answer is ("199 BC", "AD 82"); none crosses to the other era.
  const era = answer.match(/^(AD) \d+$|^\d+ (BCE?|AD|CE)$/);
  if (era) {
    const name = era[1] ?? era[2];
    return values.filter((v) => v !== 0 && (v < 0) === (year < 0)).map((v) => ({ text: era[1] ? `${name} ${v}` : `${Math.abs(v)} ${name}`, value: v }));
  }
  return values.map((v) => ({ text: String(v), value: v }));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** "second-largest" → "largest", "third-largest", "fourth-largest", … written as the answer is. */
function rankOptions(answer: string, value: number): NumericOption[] {
  const m = answer.match(/^(\p{L}+)([- ])(\p{L}+)$/u);
  if (!m) return [];
  const words = ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh"];
  const cased = (w: string) => (/^\p{Lu}/u.test(m[1]) ? w[0].toUpperCase() + w.slice(1) : w);
  const out: NumericOption[] = [{ text: cased(m[3]), value: 1 }];
  for (let n = 2; n < words.length; n++) out.push({ text: n === value ? answer : `${cased(words[n])}${m[2]}${m[3]}`, value: n });
  return out;
}

/** "3–2" → "2–1", "3–1", "4–2", …: results with the same winner (or a draw for a draw), written alike. */
function scoreOptions(answer: string): NumericOption[] {
  const m = answer.match(/^(\d+)([–-])(\d+)$/);
  if (!m) return [];
  const [a, dash, b] = [Number(m[1]), m[2], Number(m[3])];
  const sign = Math.sign(a - b);
  const out: NumericOption[] = [];
  for (let x = Math.max(0, a - 2); x <= a + 2; x++) {
    for (let y = Math.max(0, b - 2); y <= b + 2; y++) {
      if (Math.sign(x - y) !== sign) continue;
      // Closeness is the goals changed; the value orders options below and above the answer.
      out.push({ text: `${x}${dash}${y}`, value: (x + y) * 100 + x });
    }
  }
  return out;
}

function centuryOptions(century: number): NumericOption[] {
  const out: NumericOption[] = [];
  for (let c = Math.max(1, century - 4); c <= Math.min(21, century + 4); c++) out.push({ text: ordinal(c), value: c });
  return out;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function dateOptions(fact: Fact, ctx: DistractorContext): NumericOption[] {
  if (!fact.iso) return [];
  const base = Date.parse(`${fact.iso}T00:00:00Z`);
  if (Number.isNaN(base)) return [];
  const published = ctx.analysis.article.published;
  const limit = published ? Date.parse(`${published.slice(0, 10)}T00:00:00Z`) : Number.POSITIVE_INFINITY;
  const style = fact.kind;
  const day = 86_400_000;
  const steps = style === "month-year" ? [-150, -120, -90, -60, -30, 30, 60, 90, 120] : ctx.far ? [-45, -30, -21, -14, 14, 21, 30] : [-30, -21, -14, -9, -7, -4, 4, 7, 9, 14, 21];
  const out: NumericOption[] = [{ text: fact.text, value: base }];
  for (const s of steps) {
    const t = base + s * day;
    if (t > limit && base <= limit) continue;
    out.push({ text: formatDate(new Date(t), style, fact.text), value: t });
  }
  return out;
}

function formatDate(d: Date, style: string, like: string): string {
  const abbreviated = /^[A-Z][a-z]{2}\.?\s/.test(like) && !/^(May|June|July)\s/.test(like);
  let month = MONTH_NAMES[d.getUTCMonth()];
  if (abbreviated) month = month.slice(0, 3) + (like.includes(".") ? "." : "");
  const day = d.getUTCDate();
  const year = d.getUTCFullYear();
  switch (style) {
    case "month-day-year":
      return `${month} ${day}, ${year}`;
    case "day-month-year":
      return `${day} ${month} ${year}`;
    case "day-month":
      return `${day} ${month}`;
    case "month-year":
      return `${month} ${year}`;
    default:
      return `${month} ${day}`;
  }
}

const SCALE_WORDS: Array<[number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];
const WORD_NUMBERS: Record<number, string> = Object.fromEntries(
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    .map((w, i) => [i, w] as const)
    .concat([[20, "twenty"], [30, "thirty"], [40, "forty"], [50, "fifty"], [60, "sixty"], [70, "seventy"], [80, "eighty"], [90, "ninety"]]),
);

/** Shares as words, nearest first in value: a fraction's options are fractions ("a tenth", "a quarter"). */
const F = FRACTION_PERCENT;
const SHARES: Array<[string, number]> = [
  ["a tenth", F.tenth], ["a fifth", F.fifth], ["a quarter", F.quarter], ["a third", F.third], ["half", F.half], ["two-thirds", 2 * F.third], ["three-quarters", 3 * F.quarter],
];
function shareOptions(answer: string, value: number): NumericOption[] {
  if (!Number.isFinite(value)) return [];
  // ("one tenth" is answered with "one …" options.)
  const one = /^one /i.test(answer);
  return [{ text: answer, value }, ...SHARES.filter(([, v]) => Math.abs(v - value) > 1).map(([t, v]) => ({ text: one ? t.replace(/^a /, "one ") : t, value: v }))];
}

/** Counts scaled both ways, rounded like the answer and written in the answer's format. */
function scaledOptions(answer: string, fact: Fact, ctx: DistractorContext): NumericOption[] {
  const value = fact.value ?? Number.NaN;
  if (!Number.isFinite(value) || value <= 0) return [];
  // "38.2 overs" is 38 overs and 2 balls: other counts of whole overs with the same balls, never "47.8".
  const balls = fact.unit && /^overs?$/i.test(fact.unit) ? answer.match(/^(\d+)\.([1-5])$/) : null;
  if (balls) {
    const whole = Number(balls[1]);
    return [{ text: answer, value }, ...[-6, -4, -3, -2, -1, 1, 2, 3, 4, 6].map((d) => whole + d).filter((w) => w >= 1).map((w) => ({ text: `${w}.${balls[2]}`, value: w + Number(balls[2]) / 10 }))];
  }
  // A similar magnitude: three times a count of 44 nations is no plausible count; a small count
  // needs the wider step to have values above it at all.
  const factors = ctx.far ? [0.25, 0.4, 0.5, 2, 2.5, 3, 4] : value >= 20 ? [0.4, 0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.6, 1.8, 2] : [0.4, 0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.6, 2, 3];
  const out: NumericOption[] = [{ text: answer, value }];
  const seen = new Set<number>([value]);
  const wordAnswer = /^[a-z]+(?:\s(?:thousand|million|billion|trillion))?$/i.test(answer);
  const unit = SCALE_WORDS.find(([, w]) => new RegExp(`\\s${w}$`, "i").test(answer))?.[0] ?? 1;
  for (const f of factors) {
    const v = roundLike(value * f, value, answer);
    if (wordAnswer && !WORD_NUMBERS[v / unit]) continue; // "eleven" against words, never against "14"
    if (fact.type === "percent" && v > 100) continue;
    if (v === value || v <= 0 || seen.has(v)) continue;
    // "one institutions", "How many branches meet? – one": a plural count is never offered one.
    if (v === 1 && value >= 2) continue;
    seen.add(v);
    out.push({ text: formatLike(v, answer), value: v });
  }
  return out;
}

function roundLike(v: number, like: number, text: string): number {
  if (Number.isInteger(like) && like < 20) return Math.max(1, Math.round(v));
  // "six million" → "eight million": a number in words keeps whole units of its scale.
  const worded = text.match(/^[a-z]+\s(thousand|million|billion|trillion)$/i);
  if (worded) {
    const unit = SCALE_WORDS.find(([, w]) => w === worded[1].toLowerCase())?.[0] ?? 1;
    return Math.max(1, Math.round(v / unit)) * unit;
  }
  // "2.25 percent" → "1.35 percent", not "1.00": keep the answer's written decimals.
  const decimals = text.match(/\d\.(\d+)/)?.[1].length ?? 0;
  const scale = SCALE_WORDS.find(([, w]) => new RegExp(`\\s${w}\\b`, "i").test(text))?.[0] ?? 1;
  if (decimals > 0) {
    const unit = scale * Math.pow(10, -decimals);
    return Math.round(v / unit) * unit;
  }
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(like))) + 1);
  // A round answer among round options ("30 minutes" beside 20, 40, 50 — not 21, 24, 54, which give
  // it away as the only round one); "45" beside multiples of five.
  let round = 1;
  if (Number.isInteger(like)) for (let z = like; z % 10 === 0 && z > 0 && round * 10 < Math.abs(like); z /= 10) round *= 10;
  if (round === 1 && Number.isInteger(like) && like % 5 === 0) round = 5;
  const step = Math.max(round, Math.pow(10, Math.max(0, digits - 2)));
  return Math.round(v / step) * step;
}

/** "2,500" → "1,500"; "3.5 million" → "2.1 million"; "$40" → "$25"; "three" → "five". */
function formatLike(v: number, like: string): string {
  const prefix = like.match(/^[$€£]/)?.[0] ?? "";
  const percent = like.match(/(\s?(?:%|percent|per cent))$/)?.[1] ?? "";
  const scale = SCALE_WORDS.find(([, w]) => new RegExp(`\\s${w}\\b`, "i").test(like));
  const core = like.replace(/^[$€£]/, "").replace(/\s?(%|percent|per cent)$/, "").replace(/\s(thousand|million|billion|trillion)$/i, "");
  if (/^[a-z]+$/i.test(core)) {
    const n = scale ? v / scale[0] : v;
    const text = `${WORD_NUMBERS[n] ?? String(n)}${scale ? ` ${scale[1]}` : ""}`;
    return /^[A-Z]/.test(core) ? text[0].toUpperCase() + text.slice(1) : text;
  }
  const n = scale ? v / scale[0] : v;
  const decimals = core.includes(".") ? core.split(".")[1].length : 0;
  let body = n.toFixed(decimals);
  if (/,/.test(core) || (!scale && n >= 10000 && !/^\d{5,}$/.test(core))) {
    const [int, frac] = body.split(".");
    body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  if (scale && decimals === 0 && !Number.isInteger(n)) body = String(Math.round(n * 10) / 10);
  return `${prefix}${body}${scale ? ` ${scale[1]}` : ""}${percent}`;
}

/** Same fine type, fitted to the stem: the article first, then the corpus, then gazetteers. */
function namedPick(
  entity: Entity,
  ok: (o: string, chosen: string[]) => boolean,
  count: number,
  ctx: DistractorContext,
  slot: Slot,
): string[] {
  const chosen: string[] = [];
  // Without the caller's promise to drop "the" from the stem, a country must fit "the _____".
  const theFilter = entity.type === "country" && !ctx.articleInOptions && ctx.afterThe !== undefined;
  const fits = (n: string) => !theFilter || takesThe(n) === ctx.afterThe;
  const show = (n: string) => (ctx.articleInOptions ? withArticle(n, entity.type) : n);
  for (const tier of namedCandidates(entity, ctx, slot, theFilter && ctx.afterThe === true)) {
    // Tiers go most plausible first; within a tier the order is either ranked or seeded.
    const names = typeof tier.names === "function" ? tier.names() : tier.names;
    const list = tier.shuffle ? shuffle(names, ctx.random) : names;
    for (const n of list) {
      if (chosen.length >= count) return chosen;
      if (!fits(n) || !ok(n, chosen)) continue;
      const shown = show(n);
      if (shown === n || ok(shown, chosen)) chosen.push(shown);
    }
  }
  // Offer order carries no information about the answer: callers shuffle the final choices.
  return chosen;
}
