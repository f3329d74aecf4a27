// Distractors of the answer's fine type and a similar magnitude: the article first, then the
// corpus, then type-aware fallbacks (gazetteers, nearby years and dates, scaled counts).
import { waterKind, type Entity, type Fact, type ArticleFacts } from "./facts";
import {
  CITIES,
  COUNTRIES,
  COUNTRY_BY_CODE,
  ORGANIZATIONS,
  REGIONS,
  WATER_BODIES,
  lookupCity,
  lookupCountry,
} from "./gazetteer";
import { shuffle } from "../domain/random";
import { containsPhrase, normalizeAnswer } from "./text";

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
}

/** Country names that take "the" ("the United States", "the Netherlands"). */
export function takesThe(name: string): boolean {
  return /^(United States|United Kingdom|Netherlands|Philippines|Bahamas|Gambia|Maldives|Czech Republic|Democratic Republic|Central African Republic|Dominican Republic|United Arab Emirates|Soviet Union|Vatican|Comoros|Seychelles|Marshall Islands|Solomon Islands|Republic of)/.test(name);
}

/** Up to `count` distractors, each a different thing of the answer's type; fewer when none fit. */
export function pickDistractors(fact: Fact, entity: Entity, answer: string, ctx: DistractorContext, count = 3): string[] {
  const forbidden = [answer, entity.display, ...entity.aliases].map(normalizeAnswer);
  const ok = (option: string, chosen: string[]) => {
    const n = normalizeAnswer(option);
    if (!n || forbidden.includes(n)) return false;
    if (forbidden.some((f) => f.length > 2 && (n.includes(f) || f.includes(n)))) return false;
    if (containsPhrase(ctx.stem, option)) return false;
    if ((ctx.avoid ?? []).some((t) => containsPhrase(t, option))) return false;
    if (chosen.some((c) => {
      const m = normalizeAnswer(c);
      return m === n || m.includes(n) || n.includes(m);
    })) return false;
    return true;
  };

  switch (fact.type) {
    case "year":
      return numericPick(yearOptions(fact.value ?? 0, ctx), answer, ok, count, ctx);
    case "century":
      return numericPick(centuryOptions(fact.value ?? 0), answer, ok, count, ctx);
    case "date":
      return numericPick(dateOptions(fact, ctx), answer, ok, count, ctx);
    case "count":
    case "quantity":
    case "percent":
    case "money":
      return numericPick(scaledOptions(answer, fact, ctx), answer, ok, count, ctx);
    case "term":
    case "nationality":
    case "name":
    case "weekday":
    case "place":
      return [];
    default:
      if (entity.kind === "acronym") return [];
      return namedPick(fact, entity, ok, count, ctx);
  }
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

function yearOptions(year: number, ctx: DistractorContext): NumericOption[] {
  const limit = publishedYear(ctx) ?? Number.POSITIVE_INFINITY;
  const steps = ctx.far ? [3, 4, 5, 6, 7, 8, 10, 12] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const values = new Set<number>([year]);
  for (const s of steps) {
    values.add(year - s);
    if (year + s <= limit || year > limit) values.add(year + s);
  }
  return [...values].map((v) => ({ text: String(v), value: v }));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
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
const WORD_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** Counts scaled both ways, rounded like the answer and written in the answer's format. */
function scaledOptions(answer: string, fact: Fact, ctx: DistractorContext): NumericOption[] {
  const value = fact.value ?? Number.NaN;
  if (!Number.isFinite(value) || value <= 0) return [];
  const factors = ctx.far ? [0.25, 0.4, 0.5, 2, 2.5, 3, 4] : [0.4, 0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.6, 2, 3];
  const out: NumericOption[] = [{ text: answer, value }];
  const seen = new Set<number>([value]);
  const wordAnswer = /^[a-z]+$/i.test(answer);
  for (const f of factors) {
    const v = roundLike(value * f, value);
    if (wordAnswer && v > 12) continue; // "eleven" against words, never against "14"
    if (fact.type === "percent" && v > 100) continue;
    if (v === value || v <= 0 || seen.has(v)) continue;
    seen.add(v);
    out.push({ text: formatLike(v, answer), value: v });
  }
  return out;
}

function roundLike(v: number, like: number): number {
  if (Number.isInteger(like) && like < 20) return Math.max(1, Math.round(v));
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(like))) + 1);
  const step = Math.pow(10, Math.max(0, digits - 2));
  return Math.round(v / step) * step;
}

/** "2,500" → "1,500"; "3.5 million" → "2.1 million"; "$40" → "$25"; "three" → "five". */
function formatLike(v: number, like: string): string {
  const prefix = like.match(/^[$€£]/)?.[0] ?? "";
  const percent = like.match(/(\s?(?:%|percent|per cent))$/)?.[1] ?? "";
  const scale = SCALE_WORDS.find(([, w]) => new RegExp(`\\s${w}\\b`, "i").test(like));
  const core = like.replace(/^[$€£]/, "").replace(/\s?(%|percent|per cent)$/, "").replace(/\s(thousand|million|billion|trillion)$/i, "");
  if (/^[a-z]+$/i.test(core)) {
    const word = WORD_NUMBERS[v];
    const text = word ?? String(v);
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

/** Same fine type (and kind for organisations): article, corpus, then gazetteer fallbacks. */
function namedPick(
  fact: Fact,
  entity: Entity,
  ok: (o: string, chosen: string[]) => boolean,
  count: number,
  ctx: DistractorContext,
): string[] {
  const { fromArticle, fromCorpus } = pools(entity, ctx);
  const chosen: string[] = [];
  const fits = (n: string) => entity.type !== "country" || ctx.afterThe === undefined || takesThe(n) === ctx.afterThe;
  // An option whose other name is in the stem ("Fleming, Florey and _____") is eliminated at sight.
  const visible = (e: Entity) => e.aliases.some((a) => a.length > 2 && (containsPhrase(ctx.stem, a) || (ctx.avoid ?? []).some((t) => containsPhrase(t, a))));
  const offerEntities = (list: Entity[]) => offer(list.filter((e) => !visible(e)).map((e) => e.display));
  const offer = (names: string[]) => {
    for (const n of names) {
      if (chosen.length >= count) return;
      if (fits(n) && ok(n, chosen)) chosen.push(n);
    }
  };
  // The article's own entities, most mentioned first: the most plausible confusions.
  offerEntities(fromArticle);
  offerEntities(shuffle(fromCorpus, ctx.random));
  // Fallback tiers go nearest first (same subregion, then region): shuffle within a tier only.
  for (const tier of gazetteerFallback(entity)) {
    if (chosen.length >= count) break;
    offer(shuffle(tier, ctx.random));
  }
  // Offer order carries no information about the answer: callers shuffle the final choices.
  return chosen;
}

// Candidate pools depend only on the answer entity and the articles: build them once.
const poolCache = new WeakMap<ArticleFacts, Map<string, { fromArticle: Entity[]; fromCorpus: Entity[] }>>();

function pools(entity: Entity, ctx: DistractorContext): { fromArticle: Entity[]; fromCorpus: Entity[] } {
  let byEntity = poolCache.get(ctx.analysis);
  if (!byEntity) {
    byEntity = new Map();
    poolCache.set(ctx.analysis, byEntity);
  }
  const cacheKey = `${entity.id}|${ctx.corpus.map((c) => c.article.slug).join(",")}`;
  const cached = byEntity.get(cacheKey);
  if (cached) return cached;
  const sameKind = (e: Entity) =>
    e.type === entity.type &&
    e.id !== entity.id &&
    (entity.type !== "organization" || e.kind === entity.kind) &&
    (entity.type !== "water" && entity.type !== "event" ? true : e.kind === entity.kind) &&
    !(entity.type === "person" && e.id.split(":")[1] === entity.id.split(":")[1]);
  const fromArticle = [...ctx.analysis.entities.values()].filter(sameKind).sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  // Corpus entities must be plausible here: places from the same part of the world, anything
  // else only from articles on a related subject (a shared tag).
  const home = regionOf(entity);
  const tags = new Set(ctx.analysis.article.tags ?? []);
  const fromCorpus: Entity[] = [];
  for (const other of ctx.corpus) {
    if (other === ctx.analysis) continue;
    const related = (other.article.tags ?? []).some((t) => tags.has(t));
    for (const e of other.entities.values()) {
      if (!sameKind(e)) continue;
      const place = e.type === "country" || e.type === "city" || e.type === "region";
      if (place ? home !== undefined && regionOf(e) === home : related && entity.kind !== "other") fromCorpus.push(e);
    }
  }
  const result = { fromArticle, fromCorpus };
  byEntity.set(cacheKey, result);
  return result;
}

function regionOf(entity: Entity): string | undefined {
  const code = entity.type === "country" ? (lookupCountry(entity.display)?.code ?? entity.country) : entity.country;
  return code ? COUNTRY_BY_CODE.get(code)?.region : undefined;
}

function gazetteerFallback(entity: Entity): string[][] {
  switch (entity.type) {
    case "country": {
      const c = lookupCountry(entity.display) ?? (entity.country ? COUNTRY_BY_CODE.get(entity.country) : undefined);
      if (!c) return [];
      const near = COUNTRIES.filter((o) => o.code !== c.code && o.subregion === c.subregion).map((o) => o.name);
      const region = COUNTRIES.filter((o) => o.region === c.region && o.code !== c.code && o.subregion !== c.subregion).map((o) => o.name);
      const theNames = COUNTRIES.filter((o) => takesThe(o.name) && o.code !== c.code).map((o) => o.name);
      return [near, region, theNames];
    }
    case "city": {
      const home = lookupCity(entity.display)?.country ?? entity.country;
      const c = home ? COUNTRY_BY_CODE.get(home) : undefined;
      if (!c) return [];
      const sameCountry = CITIES.filter((x) => x.country === c.code && x.name !== entity.display).map((x) => x.name);
      const sameSub = CITIES.filter((x) => x.country !== c.code && COUNTRY_BY_CODE.get(x.country)?.subregion === c.subregion && x.name !== entity.display).map((x) => x.name);
      return [sameCountry, sameSub];
    }
    case "region": {
      const home = entity.country ? COUNTRY_BY_CODE.get(entity.country) : undefined;
      const same = REGIONS.filter((r) => r.country === entity.country && r.name !== entity.display).map((r) => r.name);
      const near = REGIONS.filter(
        (r) => r.country !== entity.country && home && COUNTRY_BY_CODE.get(r.country)?.subregion === home.subregion,
      ).map((r) => r.name);
      return [same, near];
    }
    case "water":
      return [WATER_BODIES.filter((w) => w !== entity.display && waterKind(w) === entity.kind)];
    case "organization":
      return [ORGANIZATIONS.filter((o) => o.kind === entity.kind && o.name !== entity.display).map((o) => o.name)];
    default:
      return [];
  }
}
