// The question generator: facts → overgenerated candidates (cloze, multiple choice, true/false,
// wh-questions) → validators → explainable ranking → deduplicated, capped selection.
import { createHash } from "node:crypto";
import type { CleanArticle, QuestionDraft, QuestionType } from "../domain/types";
import { pickDistractors, takesThe } from "./distractors";
import { analyzeArticle, ASKABLE_TYPES, type ArticleFacts, type Entity, type Fact, type FineType } from "./facts";
import { lookupCountry } from "./gazetteer";
import { createRandom, hashString, shuffle } from "../domain/random";
import {
  clozeStem,
  danglingReason,
  looksLikeFurniture,
  resolveOpening,
  shiftSpan,
  whQuestion,
  type StemSource,
} from "./stems";
import { containsPhrase, contentWords, normalizeAnswer, normalizeText } from "./text";
import { validateQuestion } from "./validate";
import { GENERATOR_VERSION } from "./version";

export interface GenerateOptions {
  /** Other articles: a larger pool of same-type distractors. */
  corpus?: CleanArticle[];
  types?: QuestionType[];
  /** Per-article cap (default 40). */
  max?: number;
  /** Seed for option order and distractor choice (default 1). */
  seed?: number;
  /** Also return every candidate with its verdict. */
  explain?: boolean;
}

export interface CandidateVerdict {
  prompt: string;
  type: QuestionType;
  answer: string;
  kept: boolean;
  reasons: string[];
  score: number;
  features: Record<string, number>;
}

export interface GenerateResult {
  questions: QuestionDraft[];
  candidates?: CandidateVerdict[];
}

interface Candidate {
  draft: QuestionDraft;
  fact: Fact;
  reasons: string[];
  features: Record<string, number>;
  /** For true/false balancing. */
  truth?: boolean;
}

const DEFAULT_MAX = 40;
const MIN_WORDS = 6;
const MAX_WORDS = 60;

const SPECIFICITY: Partial<Record<FineType, number>> = {
  person: 0.95, organization: 0.85, country: 0.7, city: 0.8, region: 0.8, water: 0.8, facility: 0.85,
  place: 0.6, year: 0.85, date: 0.8, century: 0.8, event: 0.75, count: 0.9, quantity: 0.9, percent: 0.85, money: 0.85, term: 0.45,
};
const TYPE_WEIGHT: Record<QuestionType, number> = { SHORT_ANSWER: 0.9, MCQ: 0.85, CLOZE: 0.7, TRUE_FALSE: 0.6 };
const BASE_DIFFICULTY: Record<QuestionType, number> = { TRUE_FALSE: 0.2, MCQ: 0.4, CLOZE: 0.6, SHORT_ANSWER: 0.7 };

const analysisCache = new WeakMap<CleanArticle, ArticleFacts>();
function analyze(article: CleanArticle): ArticleFacts {
  let a = analysisCache.get(article);
  if (!a) {
    a = analyzeArticle(article);
    analysisCache.set(article, a);
  }
  return a;
}

export function questionKey(type: QuestionType, prompt: string, answer: string): string {
  return createHash("sha256")
    .update(`${type}\n${normalizeText(prompt)}\n${normalizeAnswer(answer)}`)
    .digest("hex")
    .slice(0, 24);
}

function factKeyOf(fact: Fact): string {
  return createHash("sha256").update(`${fact.sentenceIndex}\n${fact.entityId}`).digest("hex").slice(0, 16);
}

/** Generate ranked, validated questions for one article. Pure and deterministic. */
export function generateQuestions(article: CleanArticle, opts: GenerateOptions = {}): GenerateResult {
  const max = Math.max(0, Math.floor(opts.max ?? DEFAULT_MAX));
  const seed = Number.isFinite(opts.seed) ? Math.floor(opts.seed!) : 1;
  const wanted = new Set<QuestionType>(opts.types?.length ? opts.types : ["MCQ", "TRUE_FALSE", "CLOZE", "SHORT_ANSWER"]);
  const analysis = analyze(article);
  const corpus = (opts.corpus ?? []).filter((c) => c !== article && c.slug !== article.slug).map(analyze);

  const candidates: Candidate[] = [];
  const factsBySentence = new Map<number, Fact[]>();
  for (const f of analysis.facts) {
    if (!factsBySentence.has(f.sentenceIndex)) factsBySentence.set(f.sentenceIndex, []);
    factsBySentence.get(f.sentenceIndex)!.push(f);
  }
  analysis.sentences.forEach((sentence, position) => {
    const before = analysis.sentences[position - 1];
    const previous = before && before.index === sentence.index - 1 && before.paragraph === sentence.paragraph ? before : undefined;
    const source = resolveOpening(sentence.text, previous?.text);
    const facts = factsBySentence.get(sentence.index) ?? [];
    const sentenceReasons = sentenceLevelReasons(source.text);
    for (const fact of facts) {
      if (!ASKABLE_TYPES.has(fact.type) || fact.bound) continue;
      const entity = analysis.entities.get(fact.entityId);
      if (!entity) continue;
      candidates.push(
        ...candidatesForFact({ article, analysis, corpus, fact, entity, source, sentenceText: sentence.text, sentenceReasons, seed, wanted, position, sentenceFacts: facts }),
      );
    }
  });

  for (const c of candidates) {
    if (c.reasons.length === 0) c.reasons.push(...validateQuestion(c.draft, article));
  }
  const questions = select(candidates.filter((c) => c.reasons.length === 0), max);
  const keptKeys = new Set(questions.map((q) => q.key));
  const result: GenerateResult = { questions };
  if (opts.explain) {
    result.candidates = candidates.map((c) => ({
      prompt: c.draft.prompt,
      type: c.draft.type,
      answer: c.draft.answer,
      kept: keptKeys.has(c.draft.key) && c.reasons.length === 0,
      reasons: c.reasons.length ? c.reasons : keptKeys.has(c.draft.key) ? [] : ["ranked-out"],
      score: c.draft.score,
      features: c.features,
    }));
  }
  return result;
}

function sentenceLevelReasons(text: string): string[] {
  const reasons: string[] = [];
  const words = text.split(/\s+/).filter(Boolean).length;
  if (looksLikeFurniture(text)) reasons.push("furniture");
  if (words < MIN_WORDS) reasons.push("sentence-too-short");
  if (words > MAX_WORDS) reasons.push("sentence-too-long");
  if (!/[.!?…]["”’)]?$/.test(text.trim())) reasons.push("no-sentence-end");
  const dangling = danglingReason(text);
  if (dangling) reasons.push(dangling);
  // "The Blue Nile is shorter but carries more water.": shorter than what? (said a sentence before)
  if (words < 15 && COMPARATIVE.test(text) && !/\bthan\b/i.test(text)) reasons.push("dangling-comparison");
  // "France had spent about 375 million dollars on it.": a short sentence about an earlier "it".
  if (words < 15 && /\b(on|in|for|with|to|of|about|from|at|by) (it|them)\b/i.test(text)) reasons.push("dangling-reference");
  return reasons;
}

const COMPARATIVE =
  /\b(shorter|longer|larger|smaller|bigger|higher|lower|greater|older|younger|wider|narrower|faster|slower|deeper|shallower|heavier|lighter|stronger|weaker|richer|poorer|cheaper|warmer|colder|hotter|more|less|fewer)\b/i;

interface FactInput {
  article: CleanArticle;
  analysis: ArticleFacts;
  corpus: ArticleFacts[];
  fact: Fact;
  entity: Entity;
  source: StemSource;
  sentenceText: string;
  sentenceReasons: string[];
  seed: number;
  wanted: Set<QuestionType>;
  /** Position of the sentence among the analysed ones. */
  position: number;
  sentenceFacts: Fact[];
}

function candidatesForFact(input: FactInput): Candidate[] {
  const { article, analysis, corpus, fact, entity, source, sentenceText, sentenceReasons, seed, wanted, position, sentenceFacts } = input;
  const out: Candidate[] = [];
  const [start, end] = shiftSpan(source, fact.start, fact.end);
  const text = source.text;
  const answer = fact.text;
  const accepted = acceptedAnswers(fact, entity, answer);
  const factReasons = [...sentenceReasons, ...factLevelReasons(fact, entity, article, text, start, end, sentenceFacts, source)];
  const factKey = factKeyOf(fact);
  const features = baseFeatures(fact, entity, analysis, article, sentenceText, position);
  const provenance = { sentenceIndex: fact.sentenceIndex, start: fact.start, end: fact.end, sentence: sentenceText };
  const explanation = `The article says: “${sentenceText}”`;
  const random = createRandom(hashString(`${seed}|${factKey}`));

  const make = (type: QuestionType, prompt: string, ans: string, extra: Partial<QuestionDraft> = {}, truth?: boolean): Candidate => {
    const f = { ...features, typeWeight: TYPE_WEIGHT[type], context: contextScore(prompt) };
    const score = scoreOf(f);
    const draft: QuestionDraft = {
      key: questionKey(type, prompt, ans),
      type,
      prompt,
      answer: ans,
      acceptedAnswers: type === "TRUE_FALSE" ? [] : accepted.filter((a) => a !== ans),
      explanation,
      source: provenance,
      answerType: fact.type,
      factKey,
      difficulty: difficultyOf(type, entity, f),
      score,
      generatorVersion: GENERATOR_VERSION,
      ...extra,
    };
    return { draft, fact, reasons: [...factReasons], features: { ...f, score }, truth };
  };

  const cloze = clozeStem(text, start, end);
  const afterThe = fact.type === "country" ? /\bthe\s$/i.test(text.slice(0, start)) : undefined;
  const wh = fact.type === "term" ? undefined : whQuestion(text, start, end, fact, {
    isVerb: (o) => analysis.tagsAt(fact.sentenceIndex, unshift(source, o)).has("Verb"),
    isPastVerb: (o) => analysis.tagsAt(fact.sentenceIndex, unshift(source, o)).has("PastTense"),
  });

  if (wanted.has("CLOZE")) out.push(make("CLOZE", cloze, answer));
  if (wanted.has("SHORT_ANSWER") && wh) out.push(make("SHORT_ANSWER", wh, answer));

  const named = !["year", "date", "count", "quantity", "percent", "money", "term", "century"].includes(fact.type);
  // Options show full names ("Mohammed Shia al-Sudani", not a bare surname) so all look alike.
  // Countries keep the article's wording ("Britain") unless it is an acronym ("US" → "United States").
  const countryAsWritten = fact.type === "country" && !/^(?:\p{Lu}\.?){2,5}$/u.test(answer);
  const optionAnswer = named && !countryAsWritten ? entity.display : answer;
  const optionAccepted = [answer, ...accepted].filter((a) => a !== optionAnswer);
  if (wanted.has("MCQ") && fact.type !== "term") {
    for (const stem of [wh ?? cloze]) {
      // A wh-stem has no slot, so any country name fits; a gap after "the" needs a "the" name.
      const slotThe = stem === cloze ? afterThe : undefined;
      if (fact.type === "country" && slotThe !== undefined && takesThe(optionAnswer) !== slotThe) continue;
      const distractors = pickDistractors(fact, entity, optionAnswer, { analysis, corpus, stem, random, avoid: [sentenceText], afterThe: slotThe });
      const c = make("MCQ", stem, optionAnswer, { acceptedAnswers: optionAccepted });
      if (distractors.length < 3) c.reasons.push("too-few-distractors");
      else c.draft.choices = shuffle([optionAnswer, ...distractors], random);
      out.push(c);
    }
  }

  if (wanted.has("TRUE_FALSE") && fact.type !== "term") {
    // One true statement per sentence (the same statement for every fact in it): its first fact.
    const first = sentenceFacts.find((f) => ASKABLE_TYPES.has(f.type) && f.type !== "term" && !f.bound);
    if (first === fact) {
      out.push(make("TRUE_FALSE", text, "True", { choices: ["True", "False"], explanation: `True. ${explanation}` }, true));
    }
    // The article's headline subjects are everywhere in it: swapping them in is rarely plainly false.
    const [swap] = pickDistractors(fact, entity, answer, { analysis, corpus, stem: text, random, avoid: [sentenceText, article.title ?? ""], far: true, afterThe }, 1);
    if (swap) {
      // "Israel’s" → "United States’", not "United States’s".
      const sPossessive = /^[’']s\b/.test(text.slice(end)) && /s$/.test(swap);
      const fixed = text.slice(0, start) + swap + (sPossessive ? text[end] + text.slice(end + 2) : text.slice(end));
      const c = make("TRUE_FALSE", fixed, "False", {
        choices: ["True", "False"],
        explanation: `False: the article has ${answer}, not ${swap}. ${explanation}`,
      }, false);
      if (possiblyTrueElsewhere(fixed, swap, analysis, fact.sentenceIndex)) c.reasons.push("false-statement-may-be-true");
      out.push(c);
    }
  }
  return out;
}

function unshift(source: StemSource, offset: number): number {
  return offset >= source.from + source.shift ? offset - source.shift : offset;
}

function acceptedAnswers(fact: Fact, entity: Entity, answer: string): string[] {
  const forms = new Set<string>([entity.display, ...entity.aliases]);
  if (fact.type === "count" || fact.type === "quantity" || fact.type === "money" || fact.type === "percent") {
    forms.add(answer.replace(/,/g, ""));
    if (fact.value !== undefined) forms.add(String(fact.value));
  }
  if (fact.type === "term") {
    // Only the obvious singular of a regular plural ("currencies" → "currency").
    if (/ies$/.test(answer)) forms.add(answer.replace(/ies$/, "y"));
    else if (/[^s]s$/.test(answer) && !/(ia|ae)$/.test(answer)) forms.add(answer.slice(0, -1));
  }
  if (fact.type === "century" && fact.value !== undefined) forms.add(String(fact.value));
  if (/^the /i.test(answer)) forms.add(answer.replace(/^the /i, ""));
  // Demonyms are not names of the country: "Iraqi" is no answer to "which country".
  const country = fact.type === "country" ? lookupCountry(entity.display) : undefined;
  const demonyms = new Set((country?.demonyms ?? []).map((d) => d.toLowerCase()));
  forms.delete(answer);
  return [...forms].filter((f) => f && !demonyms.has(f.toLowerCase())).sort();
}

function factLevelReasons(
  fact: Fact,
  entity: Entity,
  article: CleanArticle,
  text: string,
  start: number,
  end: number,
  sentenceFacts: Fact[],
  source: StemSource,
): string[] {
  const reasons: string[] = [];
  const names = [entity.display, ...entity.aliases, fact.text];
  if (names.some((n) => containsPhrase(article.title ?? "", n))) reasons.push("answer-in-title");
  // The answer's country named by its demonym elsewhere in the sentence gives it away.
  const country = fact.type === "country" ? lookupCountry(entity.display) : undefined;
  const rest = text.slice(0, start) + " " + text.slice(end);
  if (country && country.demonyms.some((d) => containsPhrase(rest, d))) reasons.push("answer-inflection-in-stem");
  if (names.some((n) => n.length > 1 && containsPhrase(rest, n))) reasons.push("answer-repeated-in-sentence");
  // A gap cut out of a longer name: capitalised words glued to either side.
  const before = text.slice(0, start).match(/(\p{Lu}[\p{L}’'-]*)\s$/u)?.[1]?.replace(/^.*[’']s$/, "");
  const after = text.slice(end).match(/^\s(\p{Lu}[\p{L}’'-]*|of\s\p{Lu}|in\s\p{Lu})/u)?.[1];
  const beforeIsTitle = before && /^(President|Minister|General|Secretary|King|Queen|Prince|Sheikh|Senator|Governor|Mayor|Dr|Mr|Mrs|Ms|Judge|Commander|Colonel|Captain|Leader|Chancellor|Premier)$/.test(before);
  const beforeIsSentenceStart = before && text.slice(0, start).trim() === before;
  if (before && !beforeIsTitle && !beforeIsSentenceStart && !/^(The|In|On|At|By|For|From|As|And|But|Of)$/.test(before) && fact.type !== "year" && fact.type !== "date") {
    reasons.push("truncated-name");
  }
  if (after && fact.type !== "year" && fact.type !== "date" && fact.type !== "count") reasons.push("truncated-name");
  // "… Monetary and _____": the capitalised word before the connector must end a name of its own.
  const joined = text.slice(0, start).match(/(\p{Lu}[\p{L}’'-]*)\s+(and|of|for|de|van|von|al|bin)\s$/u);
  if (joined && fact.type !== "year" && fact.type !== "date") {
    const wordEnd = start - joined[0].length + joined[1].length;
    const endsName = sentenceFacts.some((f) => shiftSpan(source, f.start, f.end)[1] === wordEnd);
    if (!endsName) reasons.push("truncated-name");
  }
  if (fact.type === "term" && entity.mentions < 2) reasons.push("weak-term");
  // "shared by eleven countries: Tanzania, Uganda, …": the stem lists what the number counts.
  if ((fact.type === "count" || fact.type === "quantity") && /^[^.;:]{0,40}:[^.;]*,/.test(text.slice(end))) reasons.push("count-listed-in-stem");
  // "divides into two branches, the Rosetta branch … and the Damietta branch": listed right after.
  if (fact.type === "count" && (fact.value ?? 99) <= 5 && fact.unit && text.slice(end).startsWith(` ${fact.unit},`)) reasons.push("count-listed-in-stem");
  if (fact.type === "term" && (fact.text.length < 4 || sentenceFacts.some((f) => f.unit !== undefined && f.end <= fact.start && fact.start - f.end < 20))) {
    reasons.push("term-is-unit");
  }
  return reasons;
}

/** A false statement is unsafe when another sentence pairs the swapped-in value with the same context. */
function possiblyTrueElsewhere(statement: string, swap: string, analysis: ArticleFacts, sentenceIndex: number): boolean {
  const words = new Set(contentWords(statement).map((w) => w.toLowerCase()));
  const needle = swap.toLowerCase();
  for (const s of analysis.sentences) {
    if (s.index === sentenceIndex || !s.text.toLowerCase().includes(needle)) continue;
    const other = sentenceWords(analysis, s.index);
    let shared = 0;
    for (const w of other) if (words.has(w)) shared++;
    if (shared / Math.max(1, Math.min(words.size, other.size)) > 0.4 && containsPhrase(s.text, swap)) return true;
  }
  return false;
}

// Content words per analysed sentence, computed once per analysis.
const wordCache = new WeakMap<ArticleFacts, Map<number, Set<string>>>();
function sentenceWords(analysis: ArticleFacts, index: number): Set<string> {
  let byIndex = wordCache.get(analysis);
  if (!byIndex) {
    byIndex = new Map(analysis.sentences.map((s) => [s.index, new Set(contentWords(s.text).map((w) => w.toLowerCase()))]));
    wordCache.set(analysis, byIndex);
  }
  return byIndex.get(index) ?? new Set();
}

function baseFeatures(fact: Fact, entity: Entity, analysis: ArticleFacts, article: CleanArticle, sentence: string, position: number): Record<string, number> {
  const titleWords = new Set(contentWords(article.title ?? "").map((w) => w.toLowerCase()));
  const words = sentenceWords(analysis, fact.sentenceIndex);
  const overlap = [...titleWords].filter((w) => words.has(w)).length / Math.max(1, titleWords.size);
  const n = Math.max(1, analysis.sentences.length);
  const ambiguous = sentence.split(fact.text).length - 1 > 1 ? 1 : 0;
  // A gap inside a list ("Tanzania, _____, Rwanda, …") only tests memory of the list.
  const listMember = /,\s$/.test(sentence.slice(0, fact.start)) && /^(,|\s+and\s)/.test(sentence.slice(fact.end)) ? 1 : 0;
  return {
    listMember,
    salience: Math.min(1, entity.mentions / 4),
    position: 1 - position / n,
    titleOverlap: Math.min(1, overlap),
    specificity: SPECIFICITY[fact.type] ?? 0.5,
    ambiguity: ambiguous,
  };
}

function contextScore(prompt: string): number {
  const n = contentWords(prompt.replace(/_____/g, "")).length;
  if (n >= 8 && n <= 30) return 1;
  if (n >= 5 && n <= 40) return 0.6;
  return 0.3;
}

/** Weighted sum of the features, clamped to 0…1; the weights are the whole ranking story. */
function scoreOf(f: Record<string, number>): number {
  const s =
    0.3 * f.specificity +
    0.2 * f.salience +
    0.15 * f.context +
    0.1 * f.position +
    0.1 * f.titleOverlap +
    0.15 * f.typeWeight -
    0.3 * f.ambiguity -
    0.15 * (f.listMember ?? 0);
  return Math.round(Math.max(0, Math.min(1, s)) * 1000) / 1000;
}

function difficultyOf(type: QuestionType, entity: Entity, f: Record<string, number>): number {
  const d = BASE_DIFFICULTY[type] + (entity.mentions <= 1 ? 0.15 : 0) - 0.1 * f.titleOverlap;
  return Math.round(Math.max(0, Math.min(1, d)) * 100) / 100;
}

/** Best per (fact, type), balanced true/false, a type mix, capped at `max`. */
function select(kept: Candidate[], max: number): QuestionDraft[] {
  const sorted = kept.slice().sort((a, b) => b.draft.score - a.draft.score || (a.draft.key < b.draft.key ? -1 : 1));
  const seenKeys = new Set<string>();
  const seenFactType = new Set<string>();
  const seenPrompt = new Set<string>();
  const unique: Candidate[] = [];
  for (const c of sorted) {
    const ft = `${c.draft.factKey}|${c.draft.type}${c.draft.type === "TRUE_FALSE" ? `|${c.truth}` : ""}`;
    const p = `${c.draft.type}|${normalizeText(c.draft.prompt)}`;
    if (seenKeys.has(c.draft.key) || seenFactType.has(ft) || seenPrompt.has(p)) continue;
    seenKeys.add(c.draft.key);
    seenFactType.add(ft);
    seenPrompt.add(p);
    unique.push(c);
  }
  // A fact gets one true/false item, true or false, alternating to keep the two balanced.
  const trues = unique.filter((c) => c.truth === true);
  const falses = unique.filter((c) => c.truth === false);
  const tf: Candidate[] = [];
  const usedTfFacts = new Set<string>();
  const usedTfSentences = new Set<number>();
  let ti = 0;
  let fi = 0;
  let wantTrue = false;
  while (ti < trues.length || fi < falses.length) {
    const list = wantTrue ? trues : falses;
    let idx = wantTrue ? ti : fi;
    while (idx < list.length && (usedTfFacts.has(list[idx].draft.factKey) || usedTfSentences.has(list[idx].fact.sentenceIndex))) idx++;
    if (idx >= list.length) break;
    tf.push(list[idx]);
    usedTfFacts.add(list[idx].draft.factKey);
    usedTfSentences.add(list[idx].fact.sentenceIndex);
    if (wantTrue) ti = idx + 1;
    else fi = idx + 1;
    wantTrue = !wantTrue;
  }
  const tfKeys = new Set(tf.map((c) => c.draft.key));
  const pool = unique.filter((c) => c.draft.type !== "TRUE_FALSE" || tfKeys.has(c.draft.key));

  const typeCap = Math.max(1, Math.ceil(max * 0.35));
  const perType = new Map<QuestionType, number>();
  const perFact = new Map<string, number>();
  const perEntity = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const chosen: Candidate[] = [];
  const chosenKeys = new Set<string>();
  for (const pass of [0, 1]) {
    for (const c of pool) {
      if (chosen.length >= max) break;
      if (chosenKeys.has(c.draft.key)) continue;
      const t = perType.get(c.draft.type) ?? 0;
      const f = perFact.get(c.draft.factKey) ?? 0;
      const e = perEntity.get(c.fact.entityId) ?? 0;
      const sn = perSentence.get(c.fact.sentenceIndex) ?? 0;
      if (pass === 0 && (t >= typeCap || f >= 2 || e >= 4 || sn >= 3)) continue;
      if (e >= 6 || sn >= 5) continue;
      perSentence.set(c.fact.sentenceIndex, sn + 1);
      chosen.push(c);
      perEntity.set(c.fact.entityId, e + 1);
      chosenKeys.add(c.draft.key);
      perType.set(c.draft.type, t + 1);
      perFact.set(c.draft.factKey, f + 1);
    }
  }
  // Keep true/false balanced after capping: drop the lowest-ranked surplus.
  const tfChosen = chosen.filter((c) => c.draft.type === "TRUE_FALSE");
  const nTrue = tfChosen.filter((c) => c.truth).length;
  const nFalse = tfChosen.length - nTrue;
  let surplus = Math.abs(nTrue - nFalse) - 1;
  const dropTruth = nTrue > nFalse;
  const final = chosen.slice();
  for (let i = final.length - 1; i >= 0 && surplus > 0; i--) {
    if (final[i].draft.type === "TRUE_FALSE" && final[i].truth === dropTruth) {
      final.splice(i, 1);
      surplus--;
    }
  }
  final.sort((a, b) => b.draft.score - a.draft.score || (a.draft.key < b.draft.key ? -1 : 1));
  return final.map((c) => c.draft);
}
