// The question generator, facts first: each sentence becomes simplified statements (references
// resolved), each typed fact in a statement becomes a wh-question where the statement's shape allows
// one, a multiple-choice item on that wh-stem, a cloze or a true/false item on the short statement;
// validators say why anything is dropped; facts, not items, are ranked and spread over the article.
import { createHash } from "node:crypto";
import type { CleanArticle, QuestionDraft, QuestionType, Sentence } from "../domain/types";
// Per-type ranking weight and base difficulty live in the registry, so a new type leaves this file alone.
import { QUESTION_TYPE_SPECS } from "../domain/question-types";
import { pickDistractors, stemWithoutSlotArticle, takesThe, withArticle } from "./distractors";
import { analyzeArticle, ASKABLE_TYPES, FRACTION_PERCENT, genderOf, MEASURE_UNITS, OFFICES_BEFORE_NAMES, ORGANISATION_HEAD, RANKS, type ArticleFacts, type Entity, type Fact, type FineType } from "./facts";
import { lookupCity, lookupCountry, lookupDemonym } from "./gazetteer";
import { createRandom, hashString, shuffle } from "../domain/random";
import { givenNameGender, isLexiconNoun, toInfinitive } from "./nlp";
import { acronymDefinitions, actNamingQuestion, coinedQuestion, contextNamingQuestion, listItemNamingQuestion, meaningQuestions, memberQuestion, namingQuestions } from "./naming";
import { ageAtDeathQuestion, dimensionQuestion, durationQuestion, minuteQuestion } from "./measures";
import { plannedNotPurpose, purposeQuestion } from "./purposes";
import { relationQuestion } from "./relations";
import { contrastsOf } from "./contrast";
import { clauseOption, factiveSubject, illnessQuestion, openingClause, optionClauses, participlePurpose, participleReason, pronounForStemSubject, sharedTopic, soWhy, topicStems, whichIsWhy } from "./causes";
import { definitionDistractors, definitionQuestion, definitionsIn, describedThings, identityQuestion, termForms, termQuestion, type Definition } from "./definitions";
import { actionQuestion, causedByQuestion, frequencyQuestion, frontedPurposeQuestion, parseClause, purposeOfPhraseQuestion, purposeWhoseQuestion,
  purposeOfQuestion, titleQuestion, purposeToQuestion, reasonQuestion, TO_COMPLEMENT, whQuestion, type WhQuestion } from "./questions";
import { Referents, type ResolvedStatement } from "./references";
import { adjectiveComma, isAux, isFiniteVerb, NAMED_AGAIN, postNominalParticiple, render, sentenceTokens, simplify, type Tok } from "./statements";
import { clozeStem, danglingReason, GAP, isTimelineLine, looksLikeFurniture, resolveOpening, shiftSpan, type StemSource } from "./stems";
import { toldInPast } from "./timeline";
import { containsPhrase, contentWords, escapeRegExp, FIRM_WORD, MONTH_NAMES, normaliseAnswer, normalizeText, openQuoteBefore, rangeEnds, SHIP_OPENING, SHIP_PREFIX, SHIP_WORD } from "./text";
import { perOwner } from "./memo";
import { isDictionaryNoun, isEverydayNoun, siblingGlosses } from "./glossary";
import { mentionsForm, type PeopleByName, validateChoices, validateQuestion, withNamedReferences } from "./validate";
import { GENERATOR_VERSION } from "./version";

export interface GenerateOptions {
  /** Other articles: a larger pool of same-type distractors. */
  corpus?: CleanArticle[];
  types?: QuestionType[];
  /**
   * Per-article count (default: at most `defaultQuestionCount(article)`, about one fact per sentence,
   * one item per fact). An explicit count may add second forms of the best facts.
   */
  max?: number;
  /** Seed for option order and distractor choice (default 1). */
  seed?: number;
  /** Also return every candidate with its verdict. */
  explain?: boolean;
  /** Called while the article is analysed: sentences done of the total (long documents take seconds). */
  onProgress?: (done: number, total: number) => void;
}

export interface CandidateVerdict {
  prompt: string;
  type: QuestionType;
  answer: string;
  factKey: string;
  /** How the stem was made: wh-subject, wh-object, cloze-statement, tf-swap, … */
  form: string;
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
  paragraph: number;
  form: string;
  reasons: string[];
  features: Record<string, number>;
  /** For true/false balancing. */
  truth?: boolean;
  /**
   * A multiple-choice item whose options are not picked yet: picking them is the dearest step of an
   * item, and most items are ranked out. Run (once, through `settled`) when ranking needs to know.
   */
  pending?: () => void;
  /**
   * A false true/false item whose swapped-in value is not picked yet: its prompt, key and checks
   * come when it settles; until then its score is an upper bound (see swapPlaceholder).
   */
  promptPending?: boolean;
}

const MIN_DEFAULT = 3;
const KAHOOT_STEM = 120;
const MIN_WORDS = 4;
/** A cloze or true/false statement longer than this is a copied sentence, not a question. */
const MAX_STATEMENT_WORDS = 22;
// Over this, a statement loses a closing appositive that only describes a noun after the answer.
const BRIEF_STATEMENT_WORDS = 15;
/** One entity asked at most this often in a default selection (no "Gaza" five times). */
const PER_ENTITY = 2;
/** A unit of length's symbol, by its singular British spelling: "31 metres" is also typed "31 m". */
const SIZE_SYMBOLS: Record<string, string> = { metre: "m", kilometre: "km", centimetre: "cm", millimetre: "mm", foot: "ft", inch: "in", mile: "mi" };
/** "Metres", "meters" → "metre"; "inches" → "inch"; "feet" → "foot": a unit's key in SIZE_SYMBOLS. */
function sizeUnit(unit: string): string {
  const u = unit.toLowerCase().replace(/er(s?)$/, "re$1");
  return u === "feet" ? "foot" : u === "inches" ? "inch" : u.replace(/s$/, "");
}
/** "about 31 metres" → "31 metres": a hedged figure's key takes the figure without its hedge too. */
const unhedged = (answer: string) => answer.replace(/^(?:about|around|roughly|nearly|almost|approximately|some|over|under|just|only|up to)\s+/i, "");
/** Ranking bonus of a fact with a wh-question form (issue 10: the wh-question is the main form). */
const WH_FACT_BONUS = 0.1;
/** Ranking bonus of a fact asked where the article first names it. */
const INTRODUCED = 0.2;

const SPECIFICITY: Partial<Record<FineType, number>> = {
  person: 0.95, organization: 0.85, country: 0.7, city: 0.8, region: 0.8, water: 0.8, facility: 0.85,
  place: 0.6, year: 0.85, date: 0.8, century: 0.8, rank: 0.9, score: 0.9, event: 0.75, count: 0.9, quantity: 0.9, percent: 0.85, money: 0.85, term: 0.45,
  action: 0.8, reason: 0.85, name: 0.7,
};

// Process-wide (DESIGN.md: several server chunks may load this module).
const CACHE_KEY = Symbol.for("factdeck.generate.analysisCache");
const cacheHolder = globalThis as unknown as Record<symbol, WeakMap<CleanArticle, ArticleFacts> | undefined>;
const analysisCache = (cacheHolder[CACHE_KEY] ??= new WeakMap<CleanArticle, ArticleFacts>());
function analyze(article: CleanArticle, onProgress?: (done: number, total: number) => void): ArticleFacts {
  let a = analysisCache.get(article);
  if (!a) {
    a = analyzeArticle(article, { onProgress });
    analysisCache.set(article, a);
  } else onProgress?.(a.sentences.length, a.sentences.length);
  return a;
}

export function questionKey(type: QuestionType, prompt: string, answer: string): string {
  return createHash("sha256")
    .update(`${type}\n${normalizeText(prompt)}\n${normaliseAnswer(answer)}`)
    .digest("hex")
    .slice(0, 24);
}

function factKeyOf(sentenceIndex: number, entityId: string): string {
  return createHash("sha256").update(`${sentenceIndex}\n${entityId}`).digest("hex").slice(0, 16);
}

/**
 * The default number of questions for an article: about five facts per four sentences. A teacher
 * lists some 20 facts for a 35-sentence article, but they crowd into dense sentences (a date, a
 * place and a count in one): on the key-fact set one per sentence asks 74% of them, 1.25 per
 * sentence 78%, more asks no more (README, key-fact recall).
 */
export function defaultQuestionCount(article: CleanArticle): number {
  const usable = (article.sentences ?? []).filter((s) => typeof s?.text === "string" && s.text.trim() && !looksLikeFurniture(s.text)).length;
  return usable === 0 ? 0 : Math.max(MIN_DEFAULT, Math.round(usable * 1.25));
}

/** What a stem-making step knows about the sentence and its statements. */
interface SentenceContext {
  article: CleanArticle;
  analysis: ArticleFacts;
  corpus: ArticleFacts[];
  sentence: Sentence;
  source: StemSource;
  /** The whole sentence's tokens (after the opening is resolved). */
  toks: Tok[];
  statements: ResolvedStatement[];
  facts: Fact[];
  furniture: boolean;
  seed: number;
  wanted: Set<QuestionType>;
  position: number;
  /** Why/what-for questions whose answer is a clause too long to type: asked as multiple choice once the whole article is read. */
  longClauses: Candidate[];
  /** Definitions the article states ("X is a Y that …"), asked as multiple choice once all are known. */
  definitions: Array<{ def: Definition; sentence: Sentence; position: number; entityId: string }>;
  /** Words the article also writes in lower case. */
  lowerWords: ReadonlySet<string>;
  /** Every candidate is reported (--explain): dropped ones get their options too. */
  explain: boolean;
}

/** Generate ranked, validated questions for one article. Pure and deterministic. */
export function generateQuestions(article: CleanArticle, opts: GenerateOptions = {}): GenerateResult {
  const max = opts.max === undefined ? defaultQuestionCount(article) : Math.max(0, Math.floor(opts.max));
  const seed = Number.isFinite(opts.seed) ? Math.floor(opts.seed!) : 1;
  const wanted = new Set<QuestionType>(opts.types?.length ? opts.types : ["MCQ", "TRUE_FALSE", "CLOZE", "SHORT_ANSWER"]);
  const analysis = analyze(article, opts.onProgress);
  const corpus = (opts.corpus ?? []).filter((c) => c !== article && c.slug !== article.slug).map((c) => analyze(c));

  const candidates: Candidate[] = [];
  const factsBySentence = new Map<number, Fact[]>();
  for (const f of analysis.facts) {
    if (!factsBySentence.has(f.sentenceIndex)) factsBySentence.set(f.sentenceIndex, []);
    factsBySentence.get(f.sentenceIndex)!.push(f);
  }
  const referents = new Referents(article, analysis);
  const longClauses: Candidate[] = [];
  const definitions: SentenceContext["definitions"] = [];
  // Words the article also writes in lower case: a capital on them only marks a sentence start.
  const lowerWords = new Set<string>();
  for (const s of analysis.sentences) for (const m of s.text.matchAll(/(?<=\s)\p{Ll}[\p{L}-]*/gu)) lowerWords.add(m[0]);
  // Words written with a capital after a lower-case word, read once and only when asked.
  let capitals: Set<string> | undefined;
  const capitalWords = (): ReadonlySet<string> => {
    if (!capitals) {
      capitals = new Set<string>();
      for (const s of analysis.sentences) for (const m of s.text.matchAll(/(?<=\p{Ll} )\p{Lu}[\p{L}-]*/gu)) capitals.add(m[0]);
    }
    return capitals;
  };
  analysis.sentences.forEach((sentence, position) => {
    const before = analysis.sentences[position - 1];
    const previous = before && before.index === sentence.index - 1 && before.paragraph === sentence.paragraph ? before : undefined;
    const source = resolveOpening(sentence.text, previous?.text);
    const facts = factsBySentence.get(sentence.index) ?? [];
    // Words inside a named fact keep their capital when a question moves them ("did Wegener die").
    const named = facts.filter((f) => f.type !== "term").map((f) => shiftSpan(source, f.start, f.end));
    const toks = sentenceTokens(source.text, (o) => {
      const tags = analysis.tagsAt(sentence.index, unshift(source, o));
      if (named.some(([a, b]) => o >= a && o < b)) return new Set([...tags, "Fact"]);
      if (o === 0) {
        const w = source.text.match(/^\p{Lu}[\p{L}-]*/u)?.[0];
        if (w && lowerWords.has(w.toLowerCase())) return new Set([...tags, "Lower"]);
        // "Normans came into Scotland": a plural the article capitalises mid-sentence is a people's
        // name, not a capital the sentence start gave it ("did Normans come", not "did normans come").
        if (w && tags.has("Plural") && capitalWords().has(w)) return new Set([...tags, "Capitalised"]);
      }
      return tags;
    });
    // A timeline's line is asked in the past ("On what date did Germany declare war on France?").
    const timeline = isTimelineLine(sentence.text);
    const statements = referents.resolveSentence(sentence, source, simplify(toks), facts).map((s) => (timeline ? { ...s, toks: toldInPast(s.toks) } : s));
    const ctx: SentenceContext = {
      article, analysis, corpus, sentence, source, toks, statements, facts, seed, wanted, position,
      furniture: looksLikeFurniture(sentence.text),
      longClauses,
      definitions,
      lowerWords,
      explain: !!opts.explain,
    };
    for (const fact of facts) {
      if (!ASKABLE_TYPES.has(fact.type) || fact.bound) continue;
      // A quoted speaker's "I" or "We" is tagged as a name now and then; it names no one.
      if (PERSONAL_PRONOUN.test(fact.text)) continue;
      const entity = analysis.entities.get(fact.entityId);
      if (!entity) continue;
      // By default a generic one-word noun is not asked (see `usable` below): nor are its items built.
      if (!opts.explain && opts.max === undefined && genericWord(fact, sentence.text)) continue;
      candidates.push(...candidatesForFact(ctx, fact, entity));
    }
    // Read for the multiple-choice forms too: the definitions and long clauses it collects are
    // what "What is X?" and the why-choices are asked from (a teacher asking for MCQs only gets them).
    if (wanted.has("SHORT_ANSWER") || wanted.has("MCQ")) candidates.push(...clauseQuestions(ctx).filter((c) => wanted.has(c.draft.type)));
  });
  if (wanted.has("MCQ")) candidates.push(...clauseChoices(longClauses, analysis, seed));
  if (wanted.has("MCQ")) candidates.push(...definitionChoices(definitions, article, analysis, corpus, seed, wanted.has("SHORT_ANSWER")));

  for (const c of candidates) if (c.draft.type === "SHORT_ANSWER") c.draft.acceptedAnswers = withNameAlone(c.draft);
  // (A person's gap is typed too: "Charles Tilston Bright" is also "Charles Bright"; only that form is
  // added — what else the key takes is what the validator reads for a gap that gives itself away.)
  for (const c of candidates) if (c.draft.type === "CLOZE" && c.draft.answerType === "person") {
    const full = c.draft.answer.match(/^(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+){1,2} (\p{Lu}\p{Ll}+)$/u);
    if (full && givenNameGender(full[1])) c.draft.acceptedAnswers = [...new Set([...c.draft.acceptedAnswers, `${full[1]} ${full[2]}`])];
  }
  for (const c of candidates) if (c.draft.type === "SHORT_ANSWER" || c.draft.type === "CLOZE") c.draft.acceptedAnswers = withFigureSaidTwice(c.draft);
  for (const c of candidates) if (!c.promptPending) checkCandidate(c, analysis, !!opts.explain);
  // Second forms of a fact only when a count is asked for: the default is one item per fact.
  // By default a generic one-word noun ("the flood", "dollars") is not asked at all (rubric item 5).
  const usable = candidates.filter((c) => c.reasons.length === 0 && (opts.max !== undefined || !genericWord(c.fact, c.draft.source.sentence)));
  // ("trade (also: Trade)": a form that differs from the answer or an earlier form only by case is one
  // form to the grader and to every export, which all compare without case — listed once.)
  const questions = select(usable, max, opts.max === undefined ? new Set() : wanted).map((q) => ({ ...q, acceptedAnswers: caseTwinsDropped(q) }));
  const keptKeys = new Set(questions.map((q) => q.key));
  const result: GenerateResult = { questions };
  if (opts.explain) {
    result.candidates = candidates.map((c) => ({
      prompt: c.draft.prompt,
      type: c.draft.type,
      answer: c.draft.answer,
      factKey: c.draft.factKey,
      form: c.form,
      kept: keptKeys.has(c.draft.key) && c.reasons.length === 0,
      reasons: c.reasons.length ? c.reasons : keptKeys.has(c.draft.key) ? [] : ["ranked-out"],
      score: c.draft.score,
      features: c.features,
    }));
  }
  return result;
}

function caseTwinsDropped(q: QuestionDraft): string[] {
  const seen = new Set([q.answer.toLowerCase()]);
  return q.acceptedAnswers.filter((a) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function unshift(source: StemSource, offset: number): number {
  return offset >= source.from + source.shift ? offset - source.shift : offset;
}

/**
 * How weak a statement is for asking the fact at `at`: 0 fine; 1 the answer is what an appositive
 * describes ("_____ was a police constable": many were), or the statement names a thing only by the
 * head noun the sentence said it with before ("Jenner scratched the material into …", for "it":
 * the first clause says which material); 2 it leans on a pronoun ("declared it the source"); 3 its
 * reference is unresolved.
 */
function weakStatement(st: ResolvedStatement, at: { a: number; b: number }): number {
  if (st.unresolved) return 3;
  if (st.toks.some((t) => /^(it|them|they|him|her|he|she|this|these|those)$/i.test(t.text))) return 2;
  if (st.kind === "appositive" && st.toks.slice(at.b).some((t) => t.from < 0)) return 1;
  if (st.toks.some((t) => t.tags.has(NAMED_AGAIN))) return 1;
  return 0;
}

/** Where a fact's span lies in a statement: token range, and whether "’s" is glued to its end. */
function locate(toks: Tok[], source: StemSource, fact: Fact): { a: number; b: number; possessive: boolean } | undefined {
  const [start, end] = shiftSpan(source, fact.start, fact.end);
  const a = toks.findIndex((t) => t.from === start);
  if (a < 0) return undefined;
  let b = a;
  while (b < toks.length && toks[b].from >= start && toks[b].from < end) {
    if (b > a && toks[b].from !== toks[b - 1].end && toks[b].from - toks[b - 1].end > 1) return undefined;
    b++;
  }
  const last = toks[b - 1];
  if (last.end < end) return undefined;
  const possessive = last.end > end && /[’']s$/.test(last.text);
  if (last.end > end && !possessive) return undefined;
  // "The Broncos' seven sacks": a plural's apostrophe is a token of its own; it goes with the name.
  const apostrophe = !possessive && /^[’']$/.test(toks[b]?.text ?? "") && toks[b].from === last.end && /s$/.test(last.text);
  if (apostrophe) return { a, b: b + 1, possessive: true };
  // "a pass to Ted Ginn Jr. on the 35-yard line": the abbreviation's full stop goes with the name.
  if (toks[b]?.text === "." && toks[b].from === last.end && b + 1 < toks.length && /^(?:Jr|Sr|St|Inc|Ltd|Co|Corp|Bros|Mt)$/.test(last.text)) return { a, b: b + 1, possessive: false };
  return { a, b, possessive };
}

const PERSONAL_PRONOUN = /^(?:I|me|we|us|you|he|him|she|her|it|they|them)$/i;

function statementText(toks: Tok[]): string {
  // A statement cut before an aside keeps the aside's comma ("… the Greenland ice sheet,"): not before the full stop.
  const s = render(toks).replace(/\s*[,;:]+$/, "");
  // ("… I'll give up chemistry and grow mushrooms.\"": a quotation that ends the statement ends it with its own stop.)
  const stop = /[.!?]["”’']$/.test(s) ? "" : ".";
  return s ? `${s[0].toUpperCase()}${s.slice(1)}${stop}` : s;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The statement with tokens [a, b) replaced (a gap, or a swapped value). */
function replaced(toks: Tok[], a: number, b: number, text: string, possessive: boolean): string {
  // (A plural's own apostrophe, "the Broncos' sacks", stays one: "the _____’ sacks".)
  const suffix = possessive ? (text.endsWith("s") || /^[’']$/.test(toks[b - 1]?.text ?? "") ? "’" : "’s") : "";
  // "on an Amsterdam canal" with Rotterdam swapped in reads "on a Rotterdam canal".
  // Before a gap "a(n)", as clozeStem writes it: "an _____" would tell the answer's first sound.
  const article = a > 0 && /^an?$/i.test(toks[a - 1].text) ? (text === GAP ? "a(n)" : /^\p{L}/u.test(text) ? (/^[aeiou]/i.test(text) ? "an" : "a") : undefined) : undefined;
  const lead = article ? [...toks.slice(0, a - 1), { ...toks[a - 1], text: /^A/.test(toks[a - 1].text) ? article[0].toUpperCase() + article.slice(1) : article }] : toks.slice(0, a);
  // "The World Health Organization" swapped for "UNICEF": an acronym said as a word takes no "the".
  if (a > 0 && /^the$/i.test(toks[a - 1].text) && /^\p{Lu}{4,}$/u.test(text) && !/^\p{Lu}{2,}$/u.test(render(toks.slice(a, b)))) lead.pop();
  // ("call her "the _____"": a straight closing quote the article wrote against the answer stays against the gap.)
  // (A short name in quotes only, its opening quote one word before the gap at most: a speaker's
  // quoted words with a hole are no better spaced than before.)
  const closeQuote = b > a && /^["']$/.test(toks[b]?.text ?? "") && toks[b].from >= 0 && toks[b].from === toks[b - 1].end && [1, 2].some((n) => toks[a - n]?.text === toks[b].text && (n === 1 || /^(the|a|an)$/i.test(toks[a - 1].text)));
  return statementText([...lead, { text: text + suffix, from: -1, end: closeQuote ? toks[b - 1].end : -1, tags: new Set() }, ...toks.slice(b)]);
}

function candidatesForFact(ctx: SentenceContext, fact: Fact, entity: Entity): Candidate[] {
  const { article, analysis, corpus, sentence, source, statements, seed, wanted, position } = ctx;
  const out: Candidate[] = [];
  // "Y. pestis", "C. J. Anderson", "X.25": a single letter is a piece of a name, asked in no form
  // (a true/false swap of it reads "the Eastern Roman Empire. pestis").
  if (/^\p{L}\.?$/u.test(fact.text)) return out;
  // "Sixteen workers died": the answer is "sixteen", whatever the sentence's capital.
  const answer = ["count", "quantity", "percent", "money"].includes(fact.type) && /^\p{Lu}\p{Ll}/u.test(fact.text) ? fact.text.toLowerCase() : fact.text;
  const accepted = [...new Set(spelledForms(answer, rulerForms(analysis, fact.type === "person" || entity.type === "person", answer, [...acceptedAnswers(fact, entity, answer, article.title), ...articleNameForms(analysis, answer), ...ofNameForms(analysis, fact, answer), ...dateWithYear(analysis, fact, answer), ...termHead(analysis, fact, entity, answer), ...renamedForms(article, answer, sentence.text), ...otherWordForms(article, answer, sentence.text), ...kindForms(fact, answer, sentence.text)])))].sort();
  const factKey = factKeyOf(fact.sentenceIndex, fact.entityId);
  // A question that does not show the place's other name accepts it even from the renaming sentence
  // ("Where was Gregor Mendel born …?" — Heinzendorf, or Hynčice as it is now).
  const renamedInQuestion = (prompt: string): Partial<QuestionDraft> => {
    const more = renamedForms(article, answer, "").filter((other) => !prompt.includes(other) && !accepted.includes(other));
    return more.length ? { acceptedAnswers: [...accepted, ...more].filter((a) => a !== answer).sort() } : {};
  };
  const features = baseFeatures(fact, entity, analysis, article, sentence.text, position);
  const provenance = { sentenceIndex: fact.sentenceIndex, start: fact.start, end: fact.end, sentence: sentence.text };
  // Feedback quotes (and the quiz shows) the whole sentence: items from one sentence stay siblings.
  const explanation = `The article says: “${sentence.text}”`;
  const random = createRandom(hashString(`${seed}|${factKey}`));
  const [start, end] = shiftSpan(source, fact.start, fact.end);

  const make = (type: QuestionType, form: string, prompt: string, ans: string, extra: Partial<QuestionDraft> = {}, truth?: boolean, more: string[] = []): Candidate => {
    // A repeated answer weighs only while the stem still shows it (a statement may leave the repeat out).
    const ambiguity = features.ambiguity && (type === "TRUE_FALSE" || containsPhrase(prompt, answer)) ? 1 : 0;
    const f = { ...features, ambiguity, typeWeight: QUESTION_TYPE_SPECS[type].rankWeight, context: contextScore(prompt), wh: form.startsWith("wh-") ? 1 : 0 };
    const score = scoreOf(f);
    const draft: QuestionDraft = {
      // Filled once the item survives validation (a hash per dropped item is wasted; see generateQuestions).
      key: "",
      type,
      prompt,
      answer: ans,
      acceptedAnswers: type === "TRUE_FALSE" ? [] : accepted.filter((a) => a !== ans && !(type === "CLOZE" && bareCount(fact, ans, a, prompt))),
      explanation,
      source: provenance,
      answerType: fact.type,
      factKey,
      difficulty: difficultyOf(type, entity, f),
      score,
      generatorVersion: GENERATOR_VERSION,
      ...extra,
    };
    return { draft, fact, paragraph: sentence.paragraph, form, reasons: [...factReasons, ...more], features: { ...f, score }, truth };
  };

  // The statement that holds the whole answer: a resolved one before one with a dangling
  // reference, then the shortest (a cloze on "X went to _____ in 1947", not on the whole sentence).
  const holding = statements
    .map((s) => ({ s, at: locate(s.toks, source, fact) }))
    .filter((h): h is { s: ResolvedStatement; at: NonNullable<ReturnType<typeof locate>> } => !!h.at)
    .sort((x, y) => weakStatement(x.s, x.at) - weakStatement(y.s, y.at) || x.s.toks.length - y.s.toks.length);
  // Every statement holding the answer long: the clause's core with the answer's own phrase, if it has one.
  if (holding.length && holding.every((h) => wordCount(statementText(h.s.toks)) > MAX_STATEMENT_WORDS)) {
    const site = siteStatement(holding[0].s, holding[0].at, fact);
    if (site) holding.unshift(site);
  }
  const st: ResolvedStatement | undefined = holding[0]?.s;
  const at = holding[0]?.at;
  // What the stems show of the sentence: a list after a colon the statements leave out ("It has four
  // main parts: the compressor, …") does not count the answer for the learner.
  // A statement that keeps the list ("list") shows it only to the list's own items.
  const showing = holding.some((h) => h.s.kind !== "list") ? holding.filter((h) => h.s.kind !== "list") : holding;
  const shown = showing.length ? Math.max(...showing.map((h) => Math.max(...h.s.toks.map((t) => t.end)))) : source.text.length;
  const factReasons = [
    ...(ctx.furniture ? ["furniture"] : []),
    ...factLevelReasons(fact, entity, article, source.text, start, end, ctx.facts, source, shown),
  ];
  const stReasons = st?.unresolved ? [st.unresolved] : [];
  // "In 1833 a fall of rock killed Tray … where she was digging": a "she" the statement names nobody
  // for (and the answer is no person it could be) leans on sentences the item does not show.
  // ("A forager sucks up nectar with her long tongue": a possessive goes with the statement's own subject.)
  if (st && !st.unresolved && fact.type !== "person" && st.toks.some((t) => /^(he|she)$/i.test(t.text)) && !(fact.type === "name" && givenNameGender(fact.text)) && !namesPerson(render(st.toks), analysis)) stReasons.push("dangling-reference");
  // Every form of the fact would carry these reasons, and with no statement holding the answer none
  // has a stem to stand on: none could be kept, so none is built (an explained run lists them all).
  // About a third of the bundled articles' facts end here.
  if (!ctx.explain && (factReasons.length > 0 || stReasons.length > 0 || !st)) return out;
  // A participle or "As …" statement is an aside of its sentence, a list a gap among its items: a cloze at most, never a question.
  // The wh-question comes from the shortest statement that gives one.
  // A participle's time about a named thing ("The Montreal Protocol, agreed in 1987, …") is asked
  // all the same: a date cannot be hung on the wrong noun the way a place or an agent can.
  // ("… the penalty an umpire gives when a player keeps hold of the ball for more than three seconds":
  // what "a player" does after "when" or "if" is a case, not an event to ask about.)
  const askable = (s: ResolvedStatement, at: { a: number }) => !s.unresolved && (s.kind !== "participle" || datedName(s.toks, at.a, fact)) && s.kind !== "as-phrase" && s.kind !== "list" && !(fact.kind === "acronym" && fact.type === "organization") && !genericCase(s.toks, source.text);
  let wh: ReturnType<typeof whQuestion>;
  // "in Turin, _____": the country of a named town is the town's address, no question of its own.
  const address = fact.type === "country" && /\p{Lu}[\p{L}-]*, $/u.test(source.text.slice(0, start));
  // "in Lugano, _____": the town is the fact a teacher asks; its country only says where the town is.
  features.address = address && ctx.facts.some((f) => ["city", "place", "region"].includes(f.type) && shiftSpan(source, f.start, f.end)[1] === start - 2) ? 1 : 0;
  // ("Which bridge had been opened only months earlier?" leans on a time said before: the next
  // statement holding the answer, "… carries the railway across the river Tamar", may not.)
  let leaning: typeof wh;
  for (const h of address ? [] : holding) {
    wh = askable(h.s, h.at) ? whQuestion(h.s.toks, h.at.a, h.at.b, personByName(fact, entity, h.s.toks.slice(h.at.a, h.at.b), analysis, /\bthe\s+$/i.test(sentence.text.slice(0, fact.start))) ?? fact, infinitiveOf, h.at.possessive) : undefined;
    // ("Who was a French engineer …?" asks what the next statement, "… was Brunel's father", asks better.)
    // (Nor does "Which Scottish printer had settled in England?", asked from the same "… was a
    // Scottish printer who …": it is kept for when nothing better holds the fact.)
    const identity = /^(?:is|was)$/i.test(h.s.toks[h.at.b]?.text ?? "") && /^(?:a|an)$/i.test(h.s.toks[h.at.b + 1]?.text ?? "") && /^Which /.test(wh?.prompt ?? "");
    if (wh && (danglingReason(wh.prompt) || identity || /^(?:Who|What) (?:is|was|are|were) (?:a|an) /.test(wh.prompt))) {
      leaning ??= wh;
      wh = undefined;
    }
    if (wh) break;
  }
  wh ??= leaning;

  // Cloze and true/false read a short statement; a long sentence with a hole is no question.
  // A long statement is cut after the answer at a phrase boundary ("… on _____, at Levi's Stadium
  // in …" → "… on _____."): what stays is still stated, and short enough to read as a question.
  const full = st && at ? replaced(st.toks, at.a, at.b, GAP, at.possessive) : undefined;
  const cutAt = full && st && at ? (wordCount(full) > MAX_STATEMENT_WORDS ? shortened(st.toks, at.b) : wordCount(full) > BRIEF_STATEMENT_WORDS ? closingAppositiveCut(st.toks, at.b) : undefined) : undefined;
  // ("A portrait painted by Albert Charles Challen in _____.": a cut that leaves only a participle after
  // its noun has cut the clause's verb away; the statement is asked whole or not at all.)
  const cut = cutAt?.some((t, k) => isFiniteVerb(cutAt, k) && !(postNominalParticiple(cutAt, k) && /^by$/i.test(cutAt[k + 1]?.text ?? ""))) ? cutAt : undefined;
  const clozeText = cut && at ? replaced(cut, at.a, at.b, GAP, at.possessive) : full;
  const clozeLong = !clozeText || wordCount(clozeText) > MAX_STATEMENT_WORDS;
  const clozeMore = [...stReasons, ...(clozeText ? [] : ["answer-not-in-a-statement"]), ...(clozeText && clozeLong ? ["statement-too-long"] : []), ...(clozeText && wordCount(clozeText) < MIN_WORDS ? ["statement-too-short"] : [])];
  // "in Turin, _____ weeks after …": an address whose closing comma went with a dropped phrase reads
  // as a number gap (and "Turin, Switzerland weeks after" as a misprint); the gap must end the address.
  const addressOpen = address && !!clozeText && !new RegExp(`${GAP}(?:[,.;:!?)]|$)`).test(clozeText);
  if (addressOpen) clozeMore.push("address-unclosed");
  const cloze = clozeText ?? clozeStem(source.text, start, end);
  if (wanted.has("CLOZE")) out.push(make("CLOZE", "cloze-statement", cloze, answer, {}, undefined, clozeMore));
  if (wanted.has("SHORT_ANSWER") && wh) {
    // "Where …?" on "near Baghdad airport" is answered with the place, its preposition optional;
    // the town alone ("Baghdad") is right too.
    const site = wh.site;
    // The source span covers the whole place when the sentence writes it so (the teacher's view marks it).
    const siteSource = site && sentence.text.startsWith(site.text, fact.start) ? { ...provenance, end: fact.start + site.text.length } : provenance;
    // "How many witnesses …? — more than 90": the bound is shown with the answer and the number alone
    // is right too; the source span takes in the bound the answer shows.
    const bound = wh.bound;
    const boundStart = bound ? fact.start - bound.length - 1 : -1;
    const boundSource = bound && boundStart >= 0 && sentence.text.slice(boundStart, fact.start).toLowerCase() === `${bound} ` ? { ...provenance, start: boundStart } : provenance;
    out.push(site
      ? make("SHORT_ANSWER", `wh-${wh.form}`, wh.prompt, site.text, { acceptedAnswers: [`${site.prep} ${site.text}`, answer].filter((a) => a !== site.text), source: siteSource }, undefined, stReasons)
      : bound
        ? make("SHORT_ANSWER", `wh-${wh.form}`, wh.prompt, `${bound} ${answer}`, { acceptedAnswers: [answer, ...accepted.filter((a) => a !== answer)], source: boundSource }, undefined, stReasons)
        : make("SHORT_ANSWER", `wh-${wh.form}`, wh.prompt, answer, BORN_WITH.test(wh.prompt) ? { acceptedAnswers: birthNameForms(answer, wh.prompt) } : renamedInQuestion(wh.prompt), undefined, stReasons));
  }
  // Options for a whole place ("Basra airport") are not picked: the multiple-choice form keeps the gap.
  // Nor for a bounded number: "90" among options would state what the article only bounds.
  if (wh?.site || wh?.bound) wh = undefined;

  const named = !["year", "date", "count", "quantity", "percent", "money", "term", "century", "rank", "score"].includes(fact.type);
  // Options show full names ("Mohammed Shia al-Sudani", not a bare surname) so all look alike.
  // Countries keep the article's wording ("Britain") unless it is an acronym ("US" → "United States").
  const countryAsWritten = fact.type === "country" && !/^(?:\p{Lu}\.?){2,5}$/u.test(answer);
  const optionAnswer = named && !countryAsWritten ? entity.display : answer;
  const optionAccepted = [answer, ...accepted].filter((a) => a !== optionAnswer);
  const afterThe = fact.type === "country" && st && at ? /^the$/i.test(st.toks[at.a - 1]?.text ?? "") : undefined;
  if (wanted.has("MCQ") && fact.type !== "term") {
    const stem = wh ? wh.prompt : cloze;
    const more = wh ? stReasons : clozeMore;
    // A country gap carries its own article in the options ("travelled to _____": the United States /
    // France / the Netherlands), so the pool is not cut to the few names that take "the".
    // Not where the country modifies a noun ("the _____ dollar"): that "the" is the noun's.
    const next = st && at ? st.toks[at.b] : undefined;
    const attributive = !!next && /^\p{Ll}/u.test(next.text) && next.tags.has("Noun");
    // ("the northern _____": a "the" and its adjective already stand before the gap; no option may bring another.)
    const modifiedThe = !!st && !!at && /^the$/i.test(st.toks[at.a - 2]?.text ?? "") && /^\p{Ll}+$/u.test(st.toks[at.a - 1]?.text ?? "");
    const ownArticle = !wh && fact.type === "country" && afterThe !== undefined && !attributive && !modifiedThe;
    const slotThe = wh || ownArticle ? undefined : afterThe;
    const mcqStem = ownArticle ? stemWithoutSlotArticle(stem) : stem;
    const mcqAnswer = ownArticle ? withArticle(optionAnswer, "country") : optionAnswer;
    const mcqAccepted = mcqAnswer === optionAnswer ? optionAccepted : [optionAnswer, ...optionAccepted];
    // Otherwise a gap after "the" needs a "the" name.
    if (!(fact.type === "country" && slotThe !== undefined && takesThe(optionAnswer) !== slotThe)) {
      const c = make("MCQ", wh ? `wh-${wh.form}` : "cloze-statement", mcqStem, mcqAnswer, { acceptedAnswers: mcqAccepted }, undefined, more);
      // Options are the dearest part of an item: not picked for one already dropped (unless explained).
      const dropped = !ctx.explain && (c.reasons.length > 0 || mcqStem.length > KAHOOT_STEM);
      const options = () => (dropped ? [] : pickDistractors(fact, entity, optionAnswer, { analysis, corpus, stem: mcqStem, random, avoid: [sentence.text], afterThe: slotThe, articleInOptions: ownArticle || undefined }));
      // "in Turin, _____": the town rules out every other country; the gap stays a typed item.
      const addressCountry = !!features.address;
      // "was in _____, Illinois": the state or country after the gap rules out towns elsewhere, and
      // no option list knows which towns lie where.
      // ("in Holly Springs, _____" → Mississippi: after a town the name is its state, not the river
      // the gazetteer knows it as, and river options would say so.)
      const addressRegion = (["city", "place"].includes(fact.type) && /_{3,}, \p{Lu}/u.test(mcqStem) && !/_{3,}, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)* (?:\p{Ll}|\d)/u.test(mcqStem)) ||
        (fact.type === "water" && /\b(?:in|at|near|from) (?:\p{Lu}[\p{L}-]* ){0,2}\p{Lu}[\p{L}-]*, _{3,}/u.test(mcqStem));
      // "… _____’s Gaza campaign": few options fit a possessive slot ("Iran’s Gaza campaign").
      const possessive = !wh && !!at?.possessive;
      if (ctx.explain || dropped) {
        // Every reason, in order, for the explanation.
        const distractors = options();
        if (distractors.length < 3 && !dropped) c.reasons.push("too-few-distractors");
        if (addressCountry) c.reasons.push("address-country-options");
        if (addressRegion) c.reasons.push("address-region-options");
        if (possessive) c.reasons.push("possessive-gap");
        else c.draft.choices = shuffle([mcqAnswer, ...distractors], random);
      } else {
        if (addressCountry) c.reasons.push("address-country-options");
        if (addressRegion) c.reasons.push("address-region-options");
        if (possessive) c.reasons.push("possessive-gap");
        // Picked later, from the same random stream (nothing else of this fact draws from it).
        if (c.reasons.length === 0) {
          c.pending = () => {
            const distractors = options();
            if (distractors.length < 3) c.reasons.push("too-few-distractors");
            else {
              c.draft.choices = shuffle([mcqAnswer, ...distractors], random);
              c.reasons.push(...validateChoices(c.draft, analysis.article));
            }
          };
        }
      }
      out.push(c);
    }
  }

  if (wanted.has("TRUE_FALSE") && fact.type !== "term" && st && at && !clozeLong && st.kind !== "participle" && st.kind !== "as-phrase" && !hypothetical(st.toks, source.text)) {
    const trueText = statementText(st.toks);
    // A swapped country beside the answer's demonym ("Kenya … Zimbabwean dollars") is plainly false by form.
    const demonymShown = fact.type === "country" && (lookupCountry(entity.display)?.demonyms ?? []).some((d) => containsPhrase(trueText, d));
    if (demonymShown) stReasons.push("answer-inflection-in-stem");
    if (addressOpen || unclosedAddress(trueText, source.text)) stReasons.push("address-unclosed");
    // One true statement per statement (the same for every fact in it): its first fact.
    const firstInStatement = ctx.facts.find((f) => ASKABLE_TYPES.has(f.type) && f.type !== "term" && !f.bound && locate(st!.toks, source, f));
    if (firstInStatement === fact) {
      out.push(make("TRUE_FALSE", "tf-statement", trueText, "True", { choices: ["True", "False"], explanation: `True. ${explanation}` }, true, stReasons));
    }
    // "Since 2008 there have been two semi-finals" stays true since 2014: an open time range is no swap.
    const openRange = /^(since|by|before|after|until|till|from)$/i.test(st.toks[at.a - 1]?.text ?? "") && ["year", "date", "century"].includes(fact.type);
    // "one New Zealand dollar was worth …": a swapped country before a currency is false only by a technicality.
    const currency = /^(?:dollars?|pounds?|francs?|marks?|yen|pesos?|euros?|rupees?|roubles?|rubles?|dinars?|riyals?|lira|lire|krona|kronor|krone|kroner|shillings?)$/i.test(st.toks[at.b]?.text ?? "") && (fact.type === "country" || fact.type === "nationality");
    // No swap is looked for when the false item could not be kept (unless every candidate is explained).
    // "Keynes did not live to see …" with White swapped in is as likely true: a negated claim makes no false one.
    const negated = /\b(?:not|never|no longer|n[’']t)\b/i.test(trueText);
    // "in Pasadena, California": a town swapped in before its region reads "Canberra, California" — false by nonsense.
    const inAddress = ["city", "place"].includes(fact.type) && st.toks[at.b]?.text === "," && /^\p{Lu}/u.test(st.toks[at.b + 1]?.text ?? "");
    // ('styled himself "Marshal of the Army of God"': a quotation is the article's own words; a swap inside it misquotes.)
    const quoted = st.toks.slice(0, at.a).filter((t) => /^["“”]$/.test(t.text)).length % 2 === 1;
    const hopeless = openRange || currency || negated || inAddress || quoted || (!ctx.explain && (factReasons.length > 0 || stReasons.length > 0));
    // The article's headline subjects are everywhere in it: swapping them in is rarely plainly false.
    // Its own random stream: the swap does not depend on whether the multiple-choice form picked options.
    // The stem with its gap, as the multiple-choice form reads it: what the words around the answer
    // rule out ("President _____" takes a president) holds for the swap too.
    const pickSwap = () => pickDistractors(fact, entity, answer, { analysis, corpus, stem: replaced(st.toks, at.a, at.b, GAP, at.possessive), random: createRandom(hashString(`${seed}|${factKey}|swap`)), avoid: [sentence.text, article.title ?? ""], far: true, afterThe }, 1)[0] as string | undefined;
    const swapped = (swap: string) => {
      const fixed = replaced(st.toks, at.a, at.b, swap, at.possessive);
      // The feedback quotes the sentence; it never names the answer on its own ("the article has 2003").
      const c = make("TRUE_FALSE", "tf-swap", fixed, "False", { choices: ["True", "False"], explanation: `False. ${explanation}` }, false, stReasons);
      // "The S&P 500 covers 300 of …", "Priya Raman has run Ashworth's Hardware": the swapped-out value
      // still stands in a name the statement keeps, so the statement shows itself false.
      if (swapShowsItself(fixed, answer, swap)) c.reasons.push("swap-gives-itself-away");
      if (possiblyTrueElsewhere(fixed, swap, analysis, fact.sentenceIndex)) c.reasons.push("false-statement-may-be-true");
      // ('Lovell radioed, "Okay, Houston, we've had a problem here."' when the article quotes Lovell's
      // own "Houston, we've had a problem": a speaker swapped in whom the article also quotes may have said it.)
      else if (fact.type === "person" && /["“”]/.test(fixed) && quotedElsewhere(swap, analysis, fact.sentenceIndex)) c.reasons.push("false-statement-may-be-true");
      return c;
    };
    if (!hopeless && ctx.explain) {
      // Explained runs list every candidate as it is: picked now.
      const swap = pickSwap();
      if (swap) out.push(swapped(swap));
    } else if (!hopeless) {
      // Picking the swapped-in value is as dear as picking options, and most false items are ranked
      // out: it is picked when ranking needs the item (see settled), like the multiple-choice options.
      const c = swapPlaceholder(make("TRUE_FALSE", "tf-swap", "", "False", {}, false, stReasons));
      c.pending = () => {
        c.promptPending = false;
        const swap = pickSwap();
        if (!swap) {
          c.reasons.push("no-false-swap");
          return;
        }
        const real = swapped(swap);
        c.draft = real.draft;
        c.features = real.features;
        c.reasons.push(...real.reasons);
        checkCandidate(c, analysis, false);
      };
      out.push(c);
    }
  }
  return out;
}

/**
 * A false item before its swap is picked: no prompt yet, and a score no lower than the item's will
 * be — the swap changes only the stem's context score, taken here at its best. Ranking reads that
 * bound and settles the item wherever the bound could decide (see `decided` in select), so the
 * selection is the one the picked item would give.
 */
function swapPlaceholder(c: Candidate): Candidate {
  c.promptPending = true;
  c.features = { ...c.features, context: 1 };
  c.features.score = c.draft.score = scoreOf(c.features);
  return c;
}

const peopleMemo = new WeakMap<ArticleFacts, PeopleByName>();
/** The article's people by every name they go by (a name two of them share, like a family's surname, by neither). */
function peopleOf(analysis: ArticleFacts): PeopleByName {
  let people = peopleMemo.get(analysis);
  if (!people) {
    const byName = new Map<string, "male" | "female" | null>();
    const shared = new Set<string>();
    for (const e of analysis.entities.values()) {
      if (e.type !== "person") continue;
      const gender = genderOf(e) ?? null;
      for (const name of [e.display, ...e.aliases]) {
        if (byName.has(name) && byName.get(name) !== gender) shared.add(name);
        byName.set(name, gender);
      }
    }
    for (const name of shared) byName.delete(name);
    people = byName;
    peopleMemo.set(analysis, people);
  }
  return people;
}

/** The checks every candidate's finished draft meets, and its key once it passes (explain: always). */
function checkCandidate(c: Candidate, analysis: ArticleFacts, explain: boolean): void {
  // "a hunger strike in the park" → "in Uhuru Park": a thing the sentence before named is named again.
  const named = c.reasons.length === 0 ? withNamedReferences(c.draft, analysis.article) : undefined;
  if (named) {
    // (A multiple-choice item's key was made with its stem: made again from the stem it now has.)
    c.draft = { ...c.draft, prompt: named, key: "" };
    c.form = `${c.form}+named`;
  }
  if (c.reasons.length === 0) c.reasons.push(...validateQuestion(c.draft, analysis.article, { choices: !c.pending, people: peopleOf(analysis) }));
  // A choice item is read whole before answering: over Kahoot's 120 characters it is no quiz item
  // (Kahoot, Blooket and Gimkit refuse it) and no card front; the typed forms of the fact remain.
  if ((c.draft.type === "MCQ" || c.draft.type === "TRUE_FALSE") && c.draft.prompt.length > KAHOOT_STEM) c.reasons.push("statement-too-long");
  if (!c.draft.key && (c.reasons.length === 0 || explain)) c.draft.key = questionKey(c.draft.type, c.draft.prompt, c.draft.answer);
}

/**
 * A term fact that is only the head of a kind the sentence names ("inflation" in "Cost-push
 * inflation happens when …"): a kind of it, not the same thing — its own fact, not one more item
 * about the general term. (A "main reserve currency" is still the reserve currency: only kinds.)
 */
function headOnly(f: Fact, named: string): boolean {
  const inner = normaliseAnswer(f.text);
  const whole = normaliseAnswer(named);
  return f.type === "term" && inner !== whole && whole.endsWith(` ${inner}`);
}

/** Where a statement's own words end in its sentence (past any words the resolver put in). */
function reasonEnd(st: ResolvedStatement): number {
  const own = st.toks.filter((t) => t.from >= 0);
  return own.length ? own[own.length - 1].end : -1;
}

/** Verbs whose "from" phrase is part of the claim ("separates X from Y", "protects X from Y"). */
const FROM_COMPLEMENT = /^(?:separat|distinguish|protect|prevent|shield|isolat|differ|exclud|bar(?:s|red)?$|ban(?:s|ned)?$|keep|kept|stop)/i;
/** Where a statement may end and stay true: before an aside, a relative or subordinate clause, a list. */
/** Verbs whose "with" names what they join ("linked China with Central Asia"): no place to cut a cloze. */
const JOINED_WITH = /^(linked|links|link|connected|connects|connect|joined|joins|join|combined|combines|combine|compared|replaced|merged|merges|shared|traded|trades|trade|allied)$/i;
const CUT_AT = /^(,|;|:|–|—|which|who|whose|where|while|whereas|including|amid|following|after|before|because|since|despite|during|with|thereby|citing|although|though|from)$/i;

/**
 * The statement cut at the first boundary after the answer's end `b`, when the part kept is still a
 * clause (subject and finite verb before the cut) of at least six words; else undefined.
 */
function shortened(toks: Tok[], b: number): Tok[] | undefined {
  // Whether the words before each index leave a quotation open (read once, not per cut tried).
  const quoted = openQuoteBefore(toks.map((t) => t.text));
  for (let k = b; k < toks.length; k++) {
    // "… announced that X would open and that Y would close": a second reported clause goes too.
    // "… defeated the Carolina Panthers 24–10 to earn their third title": a purpose or result "to"
    // after a number or a name (not after a verb or adjective that wants it: "wanted to", "able to").
    const resultTo = /^to$/i.test(toks[k].text) && !!toks[k + 1]?.tags.has("Verb") && !toks[k + 1].tags.has("Noun") && k >= b && /^[\p{Lu}\d]/u.test(toks[k - 1]?.text ?? "") && !toks[k - 1].tags.has("Verb") &&
      // Not the "to" a verb before it asks for ("forced GM, Ford and Chrysler to introduce …",
      // "attempted three times to …"): cut there, the claim is lost.
      !toks.slice(0, k).some((t) => t.tags.has("Verb") && TO_COMPLEMENT.test(t.text));
    // "… will borrow the remaining £62 million and plans to repay …": a second verb phrase of the subject goes too.
    // "to prevent it from reaching …": "from" before an -ing form is the verb's complement, no phrase boundary.
    if (/^from$/i.test(toks[k].text) && (/ing$/i.test(toks[k + 1]?.text ?? "") || toks[k - 1]?.tags.has("Pronoun"))) continue;
    // "its distance from a satellite", "a scrum ten metres from the Harrowmere line": a distance is
    // measured from something; cut before "from", it says nothing.
    // (Not a route's "from … to …": "will run for 6.4 kilometres from Castle Square to …" stands without it.)
    if (/^from$/i.test(toks[k].text) && /^(?:distance|distances|metres|meters|kilometres|kilometers|miles|yards|feet|km|away|far|apart|close|closer)$/i.test(toks[k - 1]?.text ?? "") && !toks.slice(k + 2, k + 10).some((t) => /^to$/i.test(t.text))) continue;
    // "separates the right side of the heart from the left": the verb asks for its "from" phrase.
    if (/^from$/i.test(toks[k].text) && toks.slice(0, k).some((t) => t.tags.has("Verb") && FROM_COMPLEMENT.test(t.text))) continue;
    // ("within its health and care service": a noun that can be a verb, between two nouns, is a compound's.)
    // (The tagger reads "care" as a verb: a bare form, then a singular noun that closes the phrase.)
    const compound = !!toks[k - 1]?.tags.has("Noun") && !toks[k - 1].tags.has("Pronoun") && !!toks[k + 1] && /^\p{Ll}+$/u.test(toks[k + 1].text) && (toks[k + 1].tags.has("Noun") || toks[k + 1].tags.has("Infinitive")) &&
      !!toks[k + 2]?.tags.has("Singular") && !toks[k + 2].tags.has("Pronoun") && (!toks[k + 3] || /^[,.;:]$/.test(toks[k + 3].text) || !!toks[k + 3].tags.has("Preposition"));
    const secondVerb = /^and$/i.test(toks[k].text) && k >= b && isFiniteVerb(toks, k + 1) && !isAux(toks[k + 1]) && !compound;
    if (!CUT_AT.test(toks[k].text) && !resultTo && !secondVerb && !(/^and$/i.test(toks[k].text) && /^that$/i.test(toks[k + 1]?.text ?? ""))) continue;
    // "seeps into cracks in the bedrock, refreezes and bonds …": a comma before a verb of a series;
    // cut there, the series is half said.
    // (Not "…, squeezed between the ocean … and the Andes": the "and" must join a verb of the series.)
    const tense = toks[k + 1]?.tags.has("PresentTense") ? "PresentTense" : "PastTense";
    if (toks[k].text === "," && toks[k + 1]?.tags.has("Verb") && toks[k + 1].tags.has(tense) && !isAux(toks[k + 1]) && toks.slice(k + 2).some((t, j, rest) => /^and$/i.test(t.text) && !!rest[j + 1]?.tags.has("Verb") && rest[j + 1].tags.has(tense) && !rest[j + 1].tags.has("Noun"))) return undefined;
    // "a small number of large, rigid slabs": a comma between two adjectives of one noun is inside the phrase.
    if (toks[k].text === "," && adjectiveComma(toks, k)) continue;
    // "life-size clay soldiers, horses and chariots": a comma of a list of nouns; cut there, the list is
    // half said.
    if (toks[k].text === "," && toks[k - 1]?.tags.has("Noun") && (() => {
      for (let j = k + 1; j <= k + 8 && j < toks.length; j++) {
        if (/^(and|or)$/i.test(toks[j].text)) return j > k + 1 && !!toks[j + 1] && (toks[j + 1].tags.has("Noun") || toks[j + 1].tags.has("Adjective") || toks[j + 1].tags.has("Determiner"));
        if (!(toks[j].tags.has("Noun") || toks[j].tags.has("Adjective") || toks[j].tags.has("Determiner") || toks[j].text === ",") || toks[j].tags.has("Verb") || toks[j].tags.has("Pronoun")) return false;
      }
      return false;
    })()) return undefined;
    // "routes that linked China with Central Asia, …": a joining verb's "with" is its complement; cut
    // there, "linked _____." says nothing of what was linked.
    if (/^with$/i.test(toks[k].text) && toks.slice(Math.max(0, k - 5), k).some((t) => JOINED_WITH.test(t.text))) return undefined;
    // "beat Northgate Rovers 3–2": a dash glued to its words joins them (a score, a range); it opens no aside.
    if (/^[–—-]$/.test(toks[k].text) && toks[k].from >= 0 && toks[k].from === toks[k - 1]?.end) continue;
    // "appeals from … factions, many of which have close ties to Iran, for the coalition to withdraw":
    // a relative clause between commas, after which the clause goes on; cut there, the claim is lost.
    if (toks[k].text === "," && (/^(which|who|whom|whose)$/i.test(toks[k + 1]?.text ?? "") || (/^(many|some|most|all|none|one|several|both|each)$/i.test(toks[k + 1]?.text ?? "") && /^of$/i.test(toks[k + 2]?.text ?? "") && /^(which|whom)$/i.test(toks[k + 3]?.text ?? "")))) {
      const close = toks.findIndex((t, i) => i > k + 1 && t.text === ",");
      if (close > 0 && /^(for|to|of|on|in|with|from|against|about)$/i.test(toks[close + 1]?.text ?? "")) continue;
    }
    // ("… between the two clubs over which had the faster crew": cut after its preposition, the phrase is open.)
    if (/^(which|whom|whose|what|whether|who|how)$/i.test(toks[k].text) && /^(over|about|of|between|on|in|for|to|from|with|by|at|as|under|into|among)$/i.test(toks[k - 1]?.text ?? "")) continue;
    const kept = toks.slice(0, k);
    // 'was "a hope, not a forecast"': a cut inside a quotation misquotes it.
    if (quoted[k]) continue;
    // "eleven countries: Tanzania, Uganda, …": a list is cut nowhere (its first items are not all of it).
    // (A comma inside a quotation is the speaker's, no phrase of the clause: 'was "a hope, not a forecast" and …'.)
    if (kept.some((t) => t.text === ":") || (toks[k].text === "," && kept.some((t, i) => t.text === "," && i > b - 3 && !quoted[i]))) return undefined;
    // "in Santa Clara, California": the comma inside an address or a date does not end a phrase.
    if (toks[k].text === "," && /^\p{Lu}/u.test(toks[k - 1]?.text ?? "") && /^[\p{Lu}\d]/u.test(toks[k + 1]?.text ?? "") && !/^(which|who|where|while|whose)$/i.test(toks[k + 1].text)) continue;
    // "… persuaded Roosevelt that a canal | with locks would be …": a "that" clause cut before its verb;
    // "… was interrupted when Francis de Groot | , a member of …": so is a "when" clause.
    // ("… worked out that anything surrounded by a fluid | , whether …": "surrounded by" is no verb of the clause.)
    const that = kept.findLastIndex((t, i) => i > 0 && /^(that|when|while|because|until|although|though|whereas|if|unless)$/i.test(t.text));
    const clauseVerb = (i: number) => isFiniteVerb(kept, i) && !postNominalParticiple(kept, i) &&
      !(/^by$/i.test(kept[i + 1]?.text ?? "") && /^(?:anything|something|everything|nothing|anyone|everyone|someone|those)$/i.test(kept[i - 1]?.text ?? ""));
    if (that > 0 && !kept.slice(that + 1).some((_, i) => clauseVerb(that + 1 + i))) continue;
    const last = kept[kept.length - 1];
    // "… an army officer rose | from the grounds of a château", "the delay of a signal grows | with the
    // square of …": a phrase right after its verb completes it; cut there, the verb says nothing.
    if (/^(?:from|with)$/i.test(toks[k].text) && last?.tags.has("Verb") && !last.tags.has("Noun") && !isAux(last)) continue;
    if (!last || last.tags.has("Determiner") || last.tags.has("Preposition") || last.tags.has("Conjunction") || /^(of|to|and|or|the|a|an)$/i.test(last.text)) continue;
    // "In early _____, the commissioner stated …": an answer in a fronted phrase; a later boundary may close the clause.
    const clause = parseClause(kept);
    if (!clause || kept.length < 6 || kept.length < clause.base + clause.subject.length + clause.group.length + 1) continue;
    // ("Under the timetable set out by Tidewell": a fronted phrase with a participle is no clause.)
    if (clause.base === 0 && /^(under|in|on|at|by|with|for|from|after|before|during|since|until|among|across|through|over)$/i.test(kept[0].text)) continue;
    // "learned to drive, took the machines …": a comma after the verb joins phrases the cut would split.
    const verbAt = clause.base + clause.subject.length;
    if (kept.some((t, i) => i > verbAt && t.text === "," && !quoted[i] && !(/^[\p{Lu}\d]/u.test(kept[i - 1].text) && /^[\p{Lu}\d]/u.test(kept[i + 1]?.text ?? "")))) return undefined;
    return kept;
  }
  return undefined;
}

/** Where an object or score ends and an adjunct of the event begins. */
const ADJUNCT_START = /^(?:after|before|during|in|on|at|for|with|amid|following|despite|under|against)$/i;
/** Words whose loss would turn a statement false, or a clause into a fragment. */
const KEEP_ALL = /^(?:not|never|no|nor|without|except|than|only|but|or|if|unless|who|whom|whose|which|where|,|;|:|\(|\)|"|“|”)$/i;
const SITE_TYPES = new Set<FineType>(["city", "place", "region", "facility", "water"]);
/** A reported or judged clause follows these verbs: no core of the clause without it. */
const REPORTING_VERB = /^(?:said|says|say|told|tells|announced|stated|added|argued|wrote|warned|noted|explained|claimed|insisted|declared|reported|confirmed|believed|thought|knew|agreed|decided)$/i;

/**
 * "Harbourside Athletic beat Northgate Rovers 3–2 after extra time in a final that swung one way
 * and then the other in front of 18,412 spectators at Millfield Park": when every statement holding
 * a place or a crowd is long, the clause's core (subject, verb, object) with the answer's own phrase
 * ("… beat Northgate Rovers 3–2 at Millfield Park") is one. Only phrases that say where an event
 * happened or who watched it: they hold for the event whatever the dropped middle said of it.
 */
function siteStatement(st: ResolvedStatement, at: { a: number; b: number; possessive: boolean }, fact: Fact): { s: ResolvedStatement; at: { a: number; b: number; possessive: boolean } } | undefined {
  const { toks } = st;
  const { a, b } = at;
  let p = -1;
  let e = b;
  if (SITE_TYPES.has(fact.type)) {
    const k = /^the$/i.test(toks[a - 1]?.text ?? "") ? a - 2 : a - 1;
    if (/^(?:at|in|near|outside)$/i.test(toks[k]?.text ?? "")) p = k;
  } else if (fact.type === "count" && /^in front of$/i.test(toks.slice(a - 3, a).map((t) => t.text).join(" "))) {
    p = a - 3;
    while (e < toks.length && toks[e].tags.has("Plural") && !toks[e].tags.has("Verb")) e++;
    if (e === b) return undefined;
  }
  if (p < 0) return undefined;
  // The phrase ends the clause, or a preposition or comma follows it — not an address ("Park, Leeds").
  const next = toks[e];
  if (next && !(next.tags.has("Preposition") || (next.text === "," && !/^\p{Lu}/u.test(toks[e + 1]?.text ?? "")) || /^[.!?]$/.test(next.text))) return undefined;
  const clause = parseClause(toks);
  if (!clause || clause.base > 0 || clause.adjunct.length) return undefined;
  const verbEnd = clause.subject.length + clause.group.length;
  if (clause.group.some((t) => REPORTING_VERB.test(t.text))) return undefined;
  // ("A portrait painted by Albert Charles Challen in 1869 came to light …": a participle after the
  // subject's noun is no clause verb; its core would be "A portrait painted by … in London".)
  if (clause.group.length === 1 && postNominalParticiple(toks, clause.subject.length) && /^by$/i.test(toks[clause.subject.length + 1]?.text ?? "")) return undefined;
  // The core's object (or score) ends right before the first adjunct.
  let c = -1;
  for (let i = verbEnd + 1; i < p; i++) {
    if (!ADJUNCT_START.test(toks[i].text)) continue;
    const last = toks[i - 1];
    if (last.tags.has("Noun") || last.tags.has("Value") || /^\d/.test(last.text)) c = i;
    break;
  }
  if (c < 0) return undefined;
  const core = toks.slice(0, c);
  if (core.some((t) => t.text === "," || /^that$/i.test(t.text))) return undefined;
  const dropped = toks.slice(c, p);
  if (dropped.some((t) => KEEP_ALL.test(t.text))) return undefined;
  const kept = [...core, ...toks.slice(p, e)];
  if (kept.length < 6 || wordCount(statementText(kept)) > MAX_STATEMENT_WORDS) return undefined;
  const shift = c - p;
  return { s: { ...st, toks: kept }, at: { a: a + shift, b: b + shift, possessive: at.possessive } };
}

/**
 * "Marie Curie died on _____ of aplastic anaemia, a failure of the bone marrow almost certainly
 * caused by …": a closing appositive after the answer describes a later noun, not the answer; a
 * longish statement is cut before it ("Marie Curie died on _____ of aplastic anaemia.").
 */
function closingAppositiveCut(toks: Tok[], b: number): Tok[] | undefined {
  const kept = shortened(toks, b);
  // Right after the answer it describes the answer: "modelled on the _____, an Italian song competition …" keeps its clue.
  if (!kept || kept.length <= b) return undefined;
  const tail = toks.slice(kept.length);
  // A noun phrase to the end ("caused by", "treated by" are participles): no second comma, no
  // auxiliary or relative word that would make it a clause of its own.
  const closing = tail[0]?.text === "," && /^(a|an)$/i.test(tail[1]?.text ?? "") && !tail.slice(1).some((t) => t.text === "," || /^(is|are|was|were|has|have|had|will|would|can|could|does|do|did|who|which|that)$/i.test(t.text));
  return closing ? kept : undefined;
}

/**
 * "won in Turin, Italy weeks after …": the statement dropped a phrase after an address whose comma
 * closed it in the sentence ("Turin, Italy, with …, weeks after"), and the claim reads as a misprint.
 */
function unclosedAddress(statement: string, sentence: string): boolean {
  for (const m of statement.matchAll(/(\p{Lu}[\p{L}-]*, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*) \p{Ll}/gu)) {
    if (sentence.includes(`${m[1]},`)) return true;
  }
  return false;
}

/**
 * "When inflation is 5 percent a year, …": a present-tense "when"/"if" clause is a supposition,
 * not a fact; as a true/false statement ("Inflation is 3 percent a year.") it is neither.
 */
/** A statement after "when" or "if" about "a" something ("when a player keeps hold of the ball …"). */
function genericCase(toks: Tok[], text: string): boolean {
  return /^(a|an)$/i.test(toks[0]?.text ?? "") && /^(when|if|whenever|unless|once)$/i.test(wordBefore(toks, text));
}

function hypothetical(toks: Tok[], text: string): boolean {
  return /^(when|if|whenever|unless)$/i.test(wordBefore(toks, text)) && toks.some((t) => /^(is|are|has|have|does|do|costs?|rises?|falls?)$/i.test(t.text));
}

/** The word right before a statement in its sentence ("when" in "… gives when a player keeps …"); "" when none. */
function wordBefore(toks: Tok[], text: string): string {
  const from = toks[0]?.from ?? -1;
  return from < 0 ? "" : (text.slice(Math.max(0, from - 10), from).match(/\b(\p{L}+)\s+$/u)?.[1] ?? "");
}

/** Endings of common nouns ("deflation", "photosynthesis", "movement"): no name at a sentence start. */
const COMMON_ENDING = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ure|ogy|sis|ics|ery|ing|age|ship|hood)$/;

/** Whether the sentence's first word is a name though the tagger only calls it a noun ("Norland is …"). */
function sentenceStartName(text: string, tags: ReadonlySet<string>, lowerWords: ReadonlySet<string>, body: string): boolean {
  const w = text.match(/^\p{Lu}\p{Ll}+(?=[\s,.;:’']|$)/u)?.[0];
  if (!w || !tags.has("Noun") || tags.has("ProperNoun")) return false;
  if (["Verb", "Adjective", "Determiner", "Preposition", "Pronoun", "Conjunction", "Adverb", "Value", "Plural"].some((t) => tags.has(t))) return false;
  const lower = w.toLowerCase();
  if (lowerWords.has(lower) || COMMON_ENDING.test(lower) || isLexiconNoun(lower)) return false;
  // "the first methicillin-resistant strain": written in lower case inside a compound.
  return !lettersOf(body).has(lower);
}

/** Every run of letters a body writes, for the last body asked (a regex over the body per sentence made long documents quadratic). */
let letterRuns: { body: string; runs: Set<string> } | undefined;
function lettersOf(body: string): Set<string> {
  if (letterRuns?.body !== body) letterRuns = { body, runs: new Set(body.match(/\p{L}+/gu) ?? []) };
  return letterRuns.runs;
}

const listItems = new WeakMap<CleanArticle, Map<"items", Set<number>>>();
/** Whether the paragraph was a list item in the article's file (its outline, read once per article). */
function isListItem(article: CleanArticle, paragraph: number): boolean {
  return perOwner(listItems, article, "items", () => new Set(article.outline?.listItems ?? [])).has(paragraph);
}

/**
 * "In 1979 Thomas Hanks and Hiroo Kanamori, also at Caltech, introduced the moment magnitude scale" →
 * "Which two people introduced the moment magnitude scale in 1979?" (answer: both names): two people
 * named in full as one subject did the thing together, and a teacher asks for the pair — asking
 * one with the other shown ("_____ and Hiroo Kanamori introduced …") leans on the name beside it.
 */
function pairQuestion(text: string, facts: Fact[], analysis: ArticleFacts, tagsAt: (offset: number) => ReadonlySet<string>): { prompt: string; start: number; end: number } | undefined {
  // ("Thomas Hanks and Hiroo Kanamori": a full name the tagger left a bare name is a person's beside one.)
  const typeOf = (f: Fact) => analysis.entities.get(f.entityId)?.type;
  const fullName = (f: Fact) => typeOf(f) === "person" || (typeOf(f) === "name" && /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+$/u.test(f.text));
  const people = facts.filter((f) => !f.bound && /\s/.test(f.text) && fullName(f));
  for (const [i, a] of people.entries()) {
    const b = people[i + 1];
    if (!b || text.slice(a.end, b.start) !== " and " || a.entityId === b.entityId || (typeOf(a) !== "person" && typeOf(b) !== "person")) continue;
    // The pair opens the sentence, or follows an opening time ("In 1979 …", "Early in the twentieth
    // century …") and the class both belong to ("the German chemists Fritz Haber and Carl Bosch").
    // ("Drawing on both, James Watson and Francis Crick …": an opening participle's phrase is how, not who.)
    const opening = text.slice(0, a.start).replace(/^\p{Lu}\p{Ll}+ing\b[^,]{0,40}, /u, "");
    const fronted = opening.match(/^(?:((?:In|By|During|Early in|Late in) (?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|the (?:\p{Ll}+-)?\p{Ll}+ century|the \d{4}s)),? )?(?:the ((?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)? |\p{Ll}+ )?\p{Ll}{3,}s) )?$/u);
    if (!fronted) continue;
    // ("…, also at Caltech, introduced …": an aside after the pair is no part of what they did.)
    const aside = text.slice(b.end).match(/^(?:, [^,]{1,60},)? /)?.[0];
    if (aside === undefined) continue;
    const from = b.end + aside.length;
    // ("… quickly completed …": an adverb before the verb.)
    const adverb = text.slice(from).match(/^\p{Ll}+ly (?=\p{Ll})/u)?.[0] ?? "";
    const verb = text.slice(from + adverb.length).match(/^\p{Ll}+/u)?.[0];
    const tags = tagsAt(from + adverb.length);
    if (!verb || !tags.has("Verb") || !(tags.has("PastTense") || tags.has("PresentTense") || /^(?:were|had|have|are|would|could|went|won|shared)$/.test(verb))) continue;
    // What they did, to the end of the sentence or to a comma that opens another clause or an aside
    // ("…, so factories no longer needed …", "…, written Mw").
    const rest = text.slice(from).replace(/[.!?]\s*$/, "");
    const comma = rest.match(/, (?=(?:so|which|who|where|while|although|though|but|because|written|known|making|leaving|helped|using|now|a|an|the)\b)/);
    let vp = comma ? rest.slice(0, comma.index) : rest;
    // ("their famous model": the pair's own; any other pronoun points outside the sentence.)
    // (Nor a second clause: "… during the interval and Daleks and Cybermen appeared whilst …".)
    if (/[,;:()"“”]/.test(vp) || vp.split(/\s+/).length < 4 || /\b(?:it|they|them|this|these|those|each other|one another)\b/i.test(vp) ||
      /\b(?:and|or|but) \p{Lu}|\b(?:while|whilst|when|whenever|because|although|though|as if|until|unless|where)\b/u.test(vp)) continue;
    const when = fronted[1] ? ` ${fronted[1][0].toLowerCase()}${fronted[1].slice(1)}` : "";
    const ask = () => `Which two ${fronted[2] ?? "people"} ${vp}${when}?`;
    // A long deed loses its last phrases, one at a time until the stem fits ("… from a sick schoolboy in
    // Boston" → "… from a sick schoolboy"): what stays is still what they did.
    while (ask().length > 120) {
      const cut = vp.match(/^(.*\S) (?:from|with|at|in|on|for|after|using|taken|through|into)\b.*$/u);
      if (!cut || cut[1].split(/\s+/).length < 4) break;
      vp = cut[1];
    }
    const prompt = ask();
    if (prompt.length > 120) continue;
    return { prompt, start: a.start, end: b.end };
  }
  return undefined;
}

/** A pair of full names in either order, and by surnames ("Watson and Crick", "Crick and Watson"). */
function pairForms(answer: string): string[] {
  const [a, b] = answer.split(" and ");
  if (!a || !b) return [];
  const surname = (n: string) => n.split(/\s+/).pop()!;
  return [`${b} and ${a}`, `${surname(a)} and ${surname(b)}`, `${surname(b)} and ${surname(a)}`];
}

/** Questions about a clause rather than a named thing: what someone voted to do, and why. */
function clauseQuestions(ctx: SentenceContext): Candidate[] {
  const { article, analysis, sentence, source, statements, position } = ctx;
  const out: Candidate[] = [];
  // A capital word the tagger only calls a noun, which the article never writes in lower case and
  // which reads as no common noun, is a name at the start of a sentence too ("Norland is …").
  const startName = sentenceStartName(sentence.text, analysis.tagsAt(sentence.index, 0), ctx.lowerWords, article.body ?? "");
  const tagsAt = (o: number) => (o === 0 && startName ? new Set([...analysis.tagsAt(sentence.index, 0), "ProperNoun"]) : analysis.tagsAt(sentence.index, o));
  const named: Array<{ prompt: string; start: number; end: number; form: string }> = [
    ...acronymDefinitions(sentence.text).map((d) => ({ prompt: `What does ${d.acronym} stand for?`, start: d.start, end: d.end, form: "acronym" })),
    ...namingQuestions(sentence.text, tagsAt),
    ...meaningQuestions(sentence.text),
  ];
  // A list item of the file's own ("- small white spots …, known as Koplik spots"): a description
  // with its name and no verb, asked by what it describes.
  const item = !ctx.furniture && isListItem(article, sentence.paragraph) ? listItemNamingQuestion(sentence.text) : undefined;
  if (item) named.push(item);
  // "The announcement became known as …": the act the sentence before reports.
  const before = analysis.sentences[position - 1];
  const act = ctx.furniture ? undefined : actNamingQuestion(sentence.text, before && before.index === sentence.index - 1 && before.paragraph === sentence.paragraph ? before.text : undefined);
  if (act) named.push(act);
  // "Engineers call this the vapour-compression cycle": the sentence before is what "this" names.
  const inContext = ctx.furniture ? undefined : contextNamingQuestion(sentence.text, before && before.index === sentence.index - 1 && before.paragraph === sentence.paragraph ? before.text : undefined);
  if (inContext) named.push(inContext);
  // "X is a Y that …" / "X, a Y, …": the term asked for by its definition (the definition itself is
  // asked as multiple choice, definitionChoices); "The typical ship was the cog" → "What was …?".
  // ("Babbage, a mathematician and inventor, had designed …": a word the article capitalises
  // mid-sentence and never writes in lower case opens the sentence as a name; its gloss defines no term.)
  const opener = sentence.text.match(/^\p{Lu}\p{Ll}+/u)?.[0];
  const nameFirst = !!opener && capitalisedMidSentence(article, opener) && !lettersOf(article.body ?? "").has(opener.toLowerCase());
  const defs = ctx.furniture ? [] : definitionsIn(sentence.text, tagsAt).filter((d) => !(nameFirst && d.termStart === 0 && d.form === "gloss"));
  for (const d of defs) {
    const same = ctx.facts.find((f) => f.start <= d.termStart && f.end >= d.termEnd) ?? ctx.facts.find((f) => f.start >= d.termStart && f.end <= d.termEnd && !(d.form === "when" && headOnly(f, sentence.text.slice(d.termStart, d.termEnd))));
    const entityId = same?.entityId ?? `definition:${normaliseAnswer(sentence.text.slice(d.termStart, d.termEnd))}`;
    // (A doing read from "X means …" is asked by its term only: neither asked as "What is X?" nor an option.)
    if (!d.termOnly) ctx.definitions.push({ def: d, sentence, position, entityId });
    const prompt = termQuestion(d);
    // A kind named by what brings it about ("What kind of inflation happens when …?") is asked by its name only.
    if (prompt) named.push({ prompt, start: d.termStart, end: d.termEnd, form: d.form === "when" ? "kind" : "definition" });
  }
  // "Closing the gates takes about 40 minutes", "Curie coined the word radioactivity": read from resolved statements.
  for (const st of ctx.furniture ? [] : statements) {
    if (st.unresolved) continue;
    for (const q of [durationQuestion(st.toks), dimensionQuestion(st.toks), frequencyQuestion(st.toks, infinitiveOf), minuteQuestion(st.toks, infinitiveOf), coinedQuestion(st.toks), purposeQuestion(st.toks), relationQuestion(st.toks)]) {
      if (!q || q.answer.some((t) => t.from < 0)) continue;
      named.push({ prompt: q.prompt, start: unshift(source, q.answer[0].from), end: unshift(source, q.answer[q.answer.length - 1].end), form: q.form });
    }
    const age = ageAtDeathQuestion(st.toks, source.text);
    if (age && !named.some((n) => n.form === "age")) named.push({ prompt: age.prompt, start: unshift(source, age.start), end: unshift(source, age.end), form: "age" });
  }
  const member = ctx.furniture ? undefined : memberQuestion(sentence.text, tagsAt);
  if (member) named.push(member);
  const identity = ctx.furniture ? undefined : identityQuestion(sentence.text, tagsAt);
  if (identity) named.push({ prompt: identity.prompt, start: identity.start, end: identity.end, form: identity.name ? "named-identity" : "identity" });
  // "… the discovery that mosquitoes carry yellow fever" → "What carries yellow fever?" (causes.ts).
  const found = ctx.furniture ? undefined : factiveSubject(sentence.text, tagsAt);
  if (found) named.push({ ...found, form: "found" });
  const pair = ctx.furniture ? undefined : pairQuestion(sentence.text, ctx.facts, analysis, tagsAt);
  if (pair) named.push({ ...pair, form: "pair" });
  for (const def of named) {
    const end = def.end;
    let start = def.start;
    // The answer without its article ("the lithosphere" → "lithosphere"; the article is accepted).
    const lead = sentence.text.slice(start, end).match(/^(the|a|an)\s+/i);
    if (lead && end - start > lead[0].length + 2) start += lead[0].length;
    const asWritten = sentence.text.slice(start, end);
    // "Deflation, a general fall …": a capital only because the sentence starts there.
    // ("X-ray crystallography": a capital letter joined by a hyphen is the word's own.)
    const answer = start === 0 && (def.form === "definition" || def.form === "identity" || def.form === "described" || def.form === "kind") && /^\p{Lu}\p{Ll}[\p{Ll}-]*(?:\s[\p{Ll}-]+)*$/u.test(asWritten) && !tagsAt(0).has("ProperNoun")
      ? asWritten[0].toLowerCase() + asWritten.slice(1)
      : asWritten;
    // The same fact as the named thing at that span (one item per fact), else a fact of its own.
    const same = ctx.facts.find((f) => f.start <= start && f.end >= end - 1) ?? ctx.facts.find((f) => f.start >= start && f.end <= end && !(def.form === "kind" && headOnly(f, answer)));
    // A term named two ways in one sentence ("the cog, a broad-bellied vessel") is one fact.
    // ("The difference … is called the tidal range": its name asked and its definition asked are one fact.)
    const defined = def.form === "called" ? ctx.definitions.find((d) => d.sentence === sentence && d.def.termStart <= start && d.def.termEnd >= end) : undefined;
    const entityId = same?.entityId ?? defined?.entityId ?? `${def.form === "identity" || def.form === "described" ? "definition" : def.form}:${normaliseAnswer(answer)}`;
    if (def.form === "definition" && ctx.definitions.some((d) => d.sentence === sentence && d.def.termStart === def.start && d.entityId !== entityId)) continue;
    const fact: Fact = { id: `${sentence.index}:${start}`, sentenceIndex: sentence.index, start, end, text: answer, type: "name", kind: def.form, entityId, bound: false };
    const entity: Entity = { id: entityId, type: "name", kind: def.form, display: answer, aliases: [], mentions: 1, firstSentence: sentence.index, descriptors: [] };
    const prompt = def.prompt;
    const features = { ...baseFeatures(fact, entity, analysis, article, sentence.text, position), typeWeight: QUESTION_TYPE_SPECS.SHORT_ANSWER.rankWeight, context: 1, wh: 1, salience: 1 };
    const score = scoreOf(features);
    const accepted = new Set<string>();
    if (lead) accepted.add(`${lead[0]}${answer}`);
    if (/^the /i.test(answer)) accepted.add(answer.replace(/^the /i, ""));
    // "about 40 minutes": the bare quantity too.
    if (def.form === "purpose-to") accepted.add(`to ${answer}`);
    // "37": "aged 37" and "37 years old" too.
    if (def.form === "age") for (const f of [`aged ${answer}`, `${answer} years old`, `age ${answer}`]) accepted.add(f);
    // "Anne Isabella Milbanke": the surname, and the first name with it, too.
    if (def.form === "relation") {
      const words = answer.split(" ").filter((w) => /^\p{Lu}/u.test(w));
      if (words.length >= 2) for (const f of [words[words.length - 1], `${words[0]} ${words[words.length - 1]}`]) accepted.add(f);
      // ("…, usually known as Lady Byron": the name the article goes on to call her by.)
      const known = sentence.text.slice(end).match(/^,? (?:(?:usually|commonly|also|often|better|later) )?known as (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/u);
      if (known) accepted.add(known[1]);
    }
    // A word's meaning: without its "to" ("to leap or rise up" → "leap or rise up"), each of two
    // meanings joined by "or" ("to leap", "rise up"), and "let's" for "let us".
    if (def.form === "meaning") {
      const bare = answer.replace(/^to /i, "");
      if (bare !== answer) accepted.add(bare);
      const halves = bare.split(/ or /);
      if (halves.length === 2 && halves.every((h) => h.split(" ").length <= 3)) for (const h of halves) { accepted.add(h); if (bare !== answer) accepted.add(`to ${h}`); }
      if (/\blet us\b/i.test(answer)) accepted.add(answer.replace(/\b(l)et us\b/i, "$1et's"));
    }
    // "113th": "113th minute" and "113" too.
    if (def.form === "minute") for (const f of [`${answer} minute`, answer.replace(/\D+$/, "")]) accepted.add(f);
    // "about eight times a year": without its "about" too.
    if (def.form === "frequency") for (const f of frequencyForms(unhedged(answer))) accepted.add(f);
    // "31 metres": the bare number and the unit's symbol too ("31", "31 m").
    if (def.form === "dimension") {
      const bare = unhedged(answer);
      accepted.add(bare);
      const size = bare.match(/^(\d[\d.,]*|\p{Ll}+(?:-\p{Ll}+)?) (\p{L}+)$/u);
      if (size) {
        accepted.add(size[1]);
        const symbol = SIZE_SYMBOLS[sizeUnit(size[2])];
        if (symbol) for (const f of [`${size[1]} ${symbol}`, `${size[1]}${symbol}`]) accepted.add(f);
        // (The American spelling: "31 meters".)
        if (/tres?$/.test(size[2])) accepted.add(`${size[1]} ${size[2].replace(/tre(s?)$/, "ter$1")}`);
      }
    }
    if (def.form === "duration") {
      const bare = unhedged(answer);
      accepted.add(bare);
      // "How long does the crossing take?" → "25 minutes": "25" and "25 mins" say it too.
      const span = bare.match(/^(\d[\d.,]*|\p{L}+(?:-\p{L}+)?) (minutes?|hours?|seconds?|days?|weeks?|months?|years?)$/u);
      if (span) for (const f of [span[1], ...(/^minute/.test(span[2]) ? [`${span[1]} mins`, `${span[1]} min`] : /^hour/.test(span[2]) ? [`${span[1]} hrs`, `${span[1]} hr`] : [])]) accepted.add(f);
    }
    if (def.form === "definition" || def.form === "identity") for (const f of termForms(answer, (o) => analysis.tagsAt(sentence.index, start + o))) accepted.add(f);
    // ("What are the water-bearing rocks called? — aquifers": "aquifer" names them too. Only a plain plural word.)
    if (def.form === "called" && /^\p{Ll}[\p{Ll}-]*[^su'’]s$/u.test(answer)) accepted.add(answer.endsWith("ies") ? `${answer.slice(0, -3)}y` : answer.slice(0, -1));
    // "James Watson and Francis Crick": either order, and by surnames ("Watson and Crick").
    if (def.form === "pair") for (const f of pairForms(answer)) accepted.add(f);
    // ("What is the paste … called?" → sourdough starter: "starter", as the article goes on to call it.)
    if (def.form === "definition" || def.form === "called") for (const f of headAlone(analysis, answer)) if (!containsPhrase(prompt, f)) accepted.add(f);
    // ("What are the small white spots … known as?" → "Koplik spots": the stem says "spots", so the
    // name alone says it too, and so does its possessive form.)
    const named = def.form === "called" ? answer.match(/^(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*) (\p{Ll}{3,})$/u) : null;
    if (named && containsPhrase(prompt, named[2])) for (const f of [named[1], `${named[1]}'s ${named[2]}`]) accepted.add(f);
    // ("What is the reaction that takes in energy … called?" → endothermic reaction: the stem says
    // "reaction", so "endothermic" alone says the rest.)
    const modified = def.form === "called" || def.form === "definition" ? answer.match(/^(\p{Ll}[\p{Ll}-]{3,}) (\p{Ll}{3,})$/u) : null;
    if (modified && new RegExp(`\\bthe ${modified[2]}\\b`).test(prompt)) accepted.add(modified[1]);
    out.push({
      draft: {
        key: questionKey("SHORT_ANSWER", prompt, answer),
        type: "SHORT_ANSWER",
        prompt,
        answer,
        acceptedAnswers: [...accepted].filter((a) => a !== answer),
        explanation: `The article says: “${sentence.text}”`,
        source: { sentenceIndex: sentence.index, start, end, sentence: sentence.text },
        answerType: "name",
        factKey: factKeyOf(sentence.index, entityId),
        difficulty: difficultyOf("SHORT_ANSWER", entity, features),
        score,
        generatorVersion: GENERATOR_VERSION,
      },
      fact,
      paragraph: sentence.paragraph,
      form: `wh-${def.form}`,
      reasons: ctx.furniture ? ["furniture"] : [],
      features: { ...features, score },
    });
  }
  // "Because X, Y." and "Y, because X, and …" — the simplifier splits the reason off; "Y because X" asks why Y.
  // (A reason whose "she"/"its" the resolver named opens on an inserted token: its first own word follows "because she".)
  const reason = statements.find((st) => st.kind === "subordinate" && (st.toks[0]?.from >= 0 ? /\bbecause\s+$/i : BECAUSE_PRONOUN).test(source.text.slice(Math.max(0, firstFrom(st) - 14), firstFrom(st))));
  // ("Because a limited set of moulds was used, and craftsmen then added …, no two faces …": two
  // reasons together; either alone is no answer.)
  // ("… pointed to the corner because the penalty was almost on the touchline, and Marsh had already
  // missed two conversions": a clause joined on after the reason may be a second one.)
  // (Only a clause right after the reason that gives background, in a past perfect: "Because sea levels
  // are rising, they estimate …, and the structure has been built …" adds a fact, no reason.)
  const secondReason = (st: ResolvedStatement) => st.kind === "subordinate" || (st.kind === "coordinate" && st.toks.slice(0, 6).some((t) => /^had$/i.test(t.text)) && st.toks[0]?.from === reasonEnd(reason!) + (source.text.slice(reasonEnd(reason!)).match(/^,\s*and\s+/)?.[0].length ?? NaN));
  const twoReasons = !!reason && statements.some((st) => st !== reason && secondReason(st) && st.toks[0]?.from > reason.toks[0].from && /,\s*and\s+$/.test(source.text.slice(Math.max(0, st.toks[0].from - 6), st.toks[0].from)));
  const main = reason && !twoReasons ? reasonOwner(statements, reason, source.text) : undefined;
  // Only the stem must be resolved: the answer is the article's own clause ("the substance was unstable").
  const asked: ResolvedStatement[] = main && reason && !main.unresolved
    ? [...statements, { ...main, toks: [...main.toks, { text: "because", from: -1, end: -1, tags: new Set<string>(["Conjunction"]) }, ...reasonAsWritten(ctx.toks, reason)] }]
    : statements;
  // "A, which is why B" → "Why B?" (answer A).
  const why = ctx.furniture ? undefined : whichIsWhy(ctx.toks) ?? soWhy(ctx.toks);
  if (why) asked.push({ toks: why, kind: "main" });
  const made = asked.filter((st) => !st.unresolved).flatMap((st) => [actionQuestion(st.toks, infinitiveOf), reasonQuestion(st.toks, infinitiveOf), purposeToQuestion(st.toks, infinitiveOf), causedByQuestion(st.toks), titleQuestion(st.toks), purposeOfQuestion(st.toks), purposeOfPhraseQuestion(st.toks), purposeWhoseQuestion(st.toks), illnessOf(st.toks)]);
  // "To pay for the trip, parents have started …" → "Why have parents started …?" (questions.ts).
  const fronted = ctx.furniture ? undefined : frontedPurposeQuestion(ctx.toks, infinitiveOf);
  if (fronted) made.push(fronted);
  // "X changed …, moving Y so that Z" → "Why did X move Y?" (causes.ts).
  const purpose = ctx.furniture ? undefined : participlePurpose(ctx.toks, infinitiveOf);
  if (purpose) made.push({ ...purpose, form: "purpose" });
  // "… a refrigerant, chosen because it boils …" → "Why is a refrigerant chosen?" (causes.ts).
  const chosen = ctx.furniture ? undefined : participleReason(ctx.toks);
  if (chosen) made.push({ ...chosen, form: "reason" });
  {
    for (const q of made) {
      if (!q?.answer?.length) continue;
      // (An answer closed by the name the resolver gave a pronoun, "raise money for Mary Seacole", is
      // rendered; the article's own words — "raise money for her" — are accepted as well.)
      const own = q.answer.filter((t) => t.from >= 0);
      if (!own.length) continue;
      const from = unshift(source, own[0].from);
      const ownEnd = unshift(source, own[own.length - 1].end);
      const renamed = own.length < q.answer.length;
      // (A reason the sentence goes on from with ", and <clause>" may be one of two: see twoReasons.)
      if (q.form === "reason" && /^,\s+and\s+(?:\S+\s+){1,3}had\b/i.test(sentence.text.slice(ownEnd))) continue;
      const pronoun = renamed ? sentence.text.slice(ownEnd).match(/^\s+(?:her|him|them|it)\b/i)?.[0] : undefined;
      if (renamed && !pronoun) continue;
      const to = ownEnd + (pronoun?.length ?? 0);
      const written = sentence.text.slice(from, to);
      const answer = renamed ? render(q.answer) : written;
      const type: FineType = q.form === "action" ? "action" : q.form === "title" ? "name" : "reason";
      const entityId = `${type}:${normaliseAnswer(answer)}`;
      const fact: Fact = { id: `${sentence.index}:${from}`, sentenceIndex: sentence.index, start: from, end: to, text: answer, type, kind: type, entityId, bound: false };
      const entity: Entity = { id: entityId, type, kind: type, display: answer, aliases: [], mentions: 1, firstSentence: sentence.index, descriptors: [] };
      const features = { ...baseFeatures(fact, entity, analysis, article, sentence.text, position), typeWeight: QUESTION_TYPE_SPECS.SHORT_ANSWER.rankWeight, context: contextScore(q.prompt), wh: 1 };
      const score = scoreOf(features);
      const accepted = q.form === "action" ? [`to ${answer}`] : q.marker ? [`${q.marker} ${answer}`, ...reasonForms(answer, q.marker), ...(renamed ? [written, `${q.marker} ${written}`] : [])] : [];
      // A typed answer a learner cannot reproduce word for word is no short-answer key.
      const tooLong = answer.split(/\s+/).length > 5 ? ["answer-too-long-to-type"] : [];
      const candidate: Candidate = {
        draft: {
          key: questionKey("SHORT_ANSWER", q.prompt, answer),
          type: "SHORT_ANSWER",
          prompt: q.prompt,
          answer,
          acceptedAnswers: accepted,
          explanation: `The article says: “${sentence.text}”`,
          source: { sentenceIndex: sentence.index, start: from, end: to, sentence: sentence.text },
          answerType: type,
          factKey: factKeyOf(sentence.index, entityId),
          difficulty: difficultyOf("SHORT_ANSWER", entity, features),
          score,
          generatorVersion: GENERATOR_VERSION,
        },
        fact,
        paragraph: sentence.paragraph,
        form: `wh-${q.form}`,
        reasons: [...(ctx.furniture ? ["furniture"] : []), ...tooLong],
        features: { ...features, score },
      };
      out.push(candidate);
      if (tooLong.length && q.form !== "action" && !ctx.furniture) ctx.longClauses.push(candidate);
    }
  }
  return out;
}

/** "Ada Lovelace died of cancer …" → "What did Ada Lovelace die of?" (causes.ts), asked as a reason ("of cancer" accepted too). */
function illnessOf(toks: Tok[]): WhQuestion | undefined {
  const q = illnessQuestion(toks);
  return q && { ...q, form: "reason", marker: /die of/.test(q.prompt) ? "of" : undefined };
}

const BORN_WITH = /\bborn with\?$/;
/**
 * The name someone was born with, as a learner may write it: one given name and the family name
 * ("Augusta Ada Byron" → "Ada Byron", "Augusta Byron") — never the family name alone, which their
 * parents bore too.
 */
function birthNameForms(name: string, prompt: string): string[] {
  const words = name.split(/\s+/);
  const family = words[words.length - 1];
  const given = words.slice(0, -1);
  // ("What name was Gregor Mendel born with?" — "Johann Mendel": the family name the stem prints goes without saying.)
  const alone = new RegExp(`\\b${escapeRegExp(family)}\\b`).test(prompt) ? given : [];
  return [...(given.length >= 2 ? given.map((g) => `${g} ${family}`) : []), ...alone];
}

const BECAUSE_PRONOUN = /\bbecause\s+(?:she|he|it|they|its|his|her|their)\s+$/i;
/** Where a statement's first word of the article's own stands in the source (-1 if none). */
const firstFrom = (st: ResolvedStatement): number => st.toks.find((t) => t.from >= 0)?.from ?? -1;

/**
 * The reason as the article words it, from after "because" to its clause's end: the simplifier cut
 * a "when …" off it ("the fan blades work best when the flow is steady"), the resolver named its
 * "she"; the answer is the article's clause. It ends at a phrase comma (not "the dry, dusty pitch"),
 * a semicolon, colon, dash, bracket or quotation; past 20 words, the simplified reason stays.
 */
function reasonAsWritten(toks: Tok[], reason: ResolvedStatement): Tok[] {
  const from = firstFrom(reason);
  let at = toks.findIndex((t) => t.from === from);
  if (at < 1) return reason.toks;
  if (!/^because$/i.test(toks[at - 1].text)) at--;
  if (at < 1 || !/^because$/i.test(toks[at - 1].text)) return reason.toks;
  let end = at;
  while (end < toks.length && !/^[;:—–()"“”.!?]$/.test(toks[end].text) && !(toks[end].text === "," && !adjectiveComma(toks, end))) end++;
  const span = toks.slice(at, end);
  const lastEnd = Math.max(...reason.toks.map((t) => t.end));
  return span.length <= 20 && span.length >= reason.toks.filter((t) => t.from >= 0).length && span[span.length - 1].end >= lastEnd ? span : reason.toks;
}

/**
 * The clause a "because" gives the reason of: the main clause when the reason comes first ("Because
 * X, Y") or right after it; after ", yet they could not be swapped across, because they were square"
 * the clause just before it (a coordinate one), never the first across another clause's "yet".
 */
function reasonOwner(statements: ResolvedStatement[], reason: ResolvedStatement, text: string): ResolvedStatement | undefined {
  const main = statements.find((st) => st.kind === "main");
  const from = reason.toks[0].from;
  if (main && main.toks.some((t) => t.from > from)) return main;
  const lastEnd = (st: ResolvedStatement) => Math.max(-1, ...st.toks.filter((t) => t.end >= 0 && t.end <= from).map((t) => t.end));
  const clauses = statements.filter((st) => (st.kind === "main" || st.kind === "coordinate") && lastEnd(st) >= 0).sort((a, b) => lastEnd(b) - lastEnd(a));
  let before: ResolvedStatement | undefined = clauses[0];
  if (!before) return undefined;
  // "Transformers raise the voltage … before the power joins the grid, because …": a time clause is
  // the clause before it's, and so is the reason.
  const opens = firstFrom(before);
  if (opens > 0 && /\b(?:before|after|when|until|once|while)\s+$/i.test(text.slice(Math.max(0, opens - 8), opens))) {
    before = clauses.find((st) => lastEnd(st) <= opens);
    if (!before || /\b(?:yet|but|and|so|while|although|though|whereas)\b|[;,]/i.test(text.slice(lastEnd(before), opens).replace(/(?:before|after|when|until|once|while)\s*$/i, ""))) return undefined;
    return before;
  }
  // (Only an aside of its own may stand between them: no second clause's link word.)
  return /\b(?:yet|but|and|so|while|although|though|whereas)\b|;/i.test(text.slice(lastEnd(before), from).replace(/because\s*$/i, "")) ? undefined : before;
}

/**
 * What a learner would write for "the substance was unstable": "it was unstable", "unstable" (a
 * copula clause with a short complement), with or without "because".
 */
function reasonForms(answer: string, marker: string): string[] {
  const m = answer.match(/^(?:(?:the|this|that)\s+\p{L}+|it|they|(he|she))\s+(is|was|are|were)\s+(\p{L}+(?:\s+\p{L}+)?)$/iu);
  if (!m) return [];
  // ("she was a woman": "a woman" too; a person's pronoun stays hers.)
  const [, person, be, complement] = m;
  const pronoun = person ? person.toLowerCase() : /^(are|were)$/i.test(be) ? "they" : "it";
  const clause = `${pronoun} ${be.toLowerCase()} ${complement}`;
  return [...new Set([clause, `${marker} ${clause}`, complement])].filter((f) => f !== answer);
}

/** A clause that opens its sentence, without the capital of a common first word ("Human cells …" → "human cells …"). */
function lowerOpening(text: string, tags: ReadonlySet<string>): string {
  if (!/^\p{Lu}\p{Ll}/u.test(text) || tags.has("ProperNoun") || tags.has("Person") || tags.has("Place") || tags.has("Organization") || tags.has("Acronym")) return text;
  return text[0].toLowerCase() + text.slice(1);
}

/** Common irregular past tenses (an -ed ending finds the rest): "Fleming grew the mould in broth". */
/** An option ending in a word that needs more after it: a phrase cut at a quotation mark or a bracket. */
// ("Moss's reported last words were": a quotation's lead-in, cut at its quotation mark.)
const CUT_SHORT = /\s(?:and|or|of|the|a|an|to|in|for|with|by|from|as|than|that|was|were|is|are|said|says|wrote|read|reads)$/i;

/** A purpose the article states: the "to …" phrase after "in order", "designed", "purpose is", a sentence's opening "To". */
const PURPOSE_TO = /(?:\b(?:in order|so as|(?:purpose|aim|job|role|function) (?:is|was)|(?:designed|built|meant|intended|set up|created|developed)|, in order)|^) ?[Tt]o (\p{Ll}+(?: (?:[^,;:.!?()"“”]|[,.](?=\d))+)?)/gu;

const IRREGULAR_PAST = /\b(?:began|became|brought|built|bought|caught|chose|came|drew|drove|fell|felt|fought|found|flew|forgot|gave|got|grew|held|kept|knew|led|left|lost|made|meant|met|paid|ran|rose|said|sank|saw|sent|sold|spent|spoke|stood|struck|swam|taught|thought|threw|told|took|understood|went|withdrew|won|wore|wrote)\b/;

/**
 * Why/what-for questions whose answer is a whole clause (issue 10: causes and purposes), asked as
 * multiple choice: the other options are "because …" / "so that …" clauses of other sentences of
 * the same article, of similar length. Fewer than three such clauses → not asked.
 */
function clauseChoices(long: Candidate[], analysis: ArticleFacts, seed: number): Candidate[] {
  if (long.length === 0) return [];
  // because/so that/so/which-is-why clauses and stated findings and conditions of the article (causes.ts). Other articles' clauses
  // were tried and read as off-topic options ("a low flood meant famine" beside a fish pass).
  const pool: Array<{ text: string; sentenceIndex: number }> = [];
  const writes = (word: string) => lettersOf(analysis.article.body ?? "").has(word);
  // A pasted page repeats its headline in the body: no option ("Kelsworth councillors vote to shut …").
  const title = normaliseAnswer(analysis.article.title);
  const headline = (text: string) => title.length > 0 && normaliseAnswer(text).startsWith(title);
  // "A nuclear station gives off …" opens its sentence: lowered like the rest ("the", "a", a word the
  // article writes in lower case), or its capital gives it away as the odd one out.
  const lowered = (clause: string, s: Sentence, at: number) => {
    const first = clause.match(/^\p{L}+/u)?.[0] ?? "";
    if (/^(?:The|A|An)$/.test(first)) return clause[0].toLowerCase() + clause.slice(1);
    const opening = at === 0 ? lowerOpening(clause, analysis.tagsAt(s.index, 0)) : clause;
    if (opening !== clause) return opening;
    // ("Scientists could share …": a plural the lexicon knows as a common noun, or its singular.)
    const lower = first.toLowerCase();
    const common = COMMON_ENDING.test(lower) || writes(lower) || isLexiconNoun(lower) || (/s$/.test(lower) && isLexiconNoun(lower.slice(0, -1)));
    return /^\p{Lu}\p{Ll}/u.test(clause) && common ? clause[0].toLowerCase() + clause.slice(1) : clause;
  };
  for (const s of analysis.sentences) {
    if (looksLikeFurniture(s.text) || headline(s.text)) continue;
    for (const clause of optionClauses(s.text)) {
      const at = s.text.indexOf(clause);
      const text = clauseOption(lowered(clause, s, at));
      // ("so that the immune system, the body's natural defence …, can clear away …": cut at its aside,
      // a clause with no verb is a bare noun phrase, no reason.)
      // (One read past a "which" aside is not in the sentence as written: its verb is there, after it.)
      const verb = at < 0 || [...clause.matchAll(/\p{L}+/gu)].some((w) => analysis.tagsAt(s.index, at + w.index!).has("Verb"));
      // (Not one a quotation cut short: "… from the Greek for".)
      // (Nor one cut inside a list of adjectives: "the ball had started to grip on the dry" of "the dry, dusty pitch".)
      const lastWord = at >= 0 && text === clause ? [...clause.matchAll(/\p{L}+/gu)].pop() : undefined;
      const nextWord = lastWord && s.text.slice(at + clause.length).match(/^,\s+(\p{L}+)/u);
      const cutAtAdjective = !!lastWord && !!nextWord && analysis.tagsAt(s.index, at + lastWord.index!).has("Adjective") && !analysis.tagsAt(s.index, at + lastWord.index!).has("Noun")
        && analysis.tagsAt(s.index, at + clause.length + nextWord[0].length - nextWord[1].length).has("Adjective");
      if (text && verb && text.split(/\s+/).length >= 3 && !CUT_SHORT.test(text) && !cutAtAdjective) pool.push({ text, sentenceIndex: s.index });
    }
  }
  // Last resort: the opening clauses of the article's sentences, events it states ("the conference
  // created two institutions"), never one beside the question's sentence (it may be the cause told in order).
  const events: Array<{ text: string; sentenceIndex: number }> = [];
  for (const s of analysis.sentences) {
    if (looksLikeFurniture(s.text) || headline(s.text)) continue;
    const clause = openingClause(s.text, (o) => analysis.tagsAt(s.index, o));
    // "Pangaea began …" keeps its capital: a name the article never writes in lower case ("Participation …" reads as a common noun by its ending).
    const first = clause?.match(/^\p{L}+/u)?.[0].toLowerCase() ?? "";
    const lower = /^(?:the|a|an)$/.test(first) || COMMON_ENDING.test(first) || (first !== "" && writes(first));
    // "A" may be tagged an acronym; an article is always lowered.
    // ("Scientists could share …": a plural of a noun the lexicon knows is lowered whatever its tag.)
    const plainPlural = /^\p{Lu}\p{Ll}+s /u.test(clause ?? "") && isLexiconNoun(first.slice(0, -1)) && !analysis.tagsAt(s.index, 0).has("Person");
    const opened = clause && (/^(?:the|a|an)$/.test(first) || plainPlural ? clause[0].toLowerCase() + clause.slice(1) : lower ? lowerOpening(clause, analysis.tagsAt(s.index, 0)) : clause);
    const text = opened && clauseOption(opened);
    if (text && !CUT_SHORT.test(text)) events.push({ text, sentenceIndex: s.index });
  }
  // The whole article normalised, once per article (per candidate it made long documents quadratic).
  let normalised: string | undefined;
  const articleText = () => (normalised ??= normaliseAnswer(analysis.sentences.map((s) => s.text).join(" ")));
  // Each test below asks the same of every option of every long item: read once per text (per item,
  // over a long document's whole pool, the regular expressions made this quadratic in its length).
  const once = (test: (t: string) => boolean) => {
    const known = new Map<string, boolean>();
    return (t: string) => {
      let v = known.get(t);
      if (v === undefined) known.set(t, (v = test(t)));
      return v;
    };
  };
  // ("its chemical reactions slow down …": an owner's pronoun as much as a subject's.)
  const opensWithPronoun = once((t) => /^(it|its|they|their|he|his|she|her|this|that|these|those|we|you|i)\b/i.test(t));
  // A person's pronoun with no name before it in the clause ("its", "their" usually point back inside: "the town … its view").
  const pointing = once((t) => /^(?:(?!\p{Lu}\p{Ll}).)*?\b(?:his|her|hers|him|he|she)\b/u.test(t));
  // A why-question in the present ("Why does penicillin harm bacteria …?") takes no option told in
  // the past ("the substance was unstable"): grammar alone rules it out. A past question takes both
  // (a reason told in the past, a purpose that still holds).
  const past = once((t) => /\b(?:was|were|had|did|could|would)\b/.test(t) || ((/\b\p{Ll}+ed\b/u.test(t) || IRREGULAR_PAST.test(t)) && !/\b(?:is|are|has|have|be)\b/.test(t)));
  // An event in the answer's tense first ("the system worked well …" beside a past reason, not "an
  // exchange rate is …"); not one that reads as a record rather than a reason — a date or number
  // ("the first contest took place on 24 May 1956 in Lugano", "ABBA won in 1974 in Brighton"), or
  // who won or was first ("the winner was the Swiss singer …").
  const record = once((t) => /\d/.test(t) || /\b(?:was|were|is|are) the (?:first|last|winner|winners|only)\b|^the (?:winner|first|last)\b|\b(?:won|wins|represented)\b/i.test(t));
  // Nor a definition cut to its head ("an antibiotic is a substance"): it says nothing that could be a reason.
  const bare = once((t) => t.split(/\s+/).length < 4 || /\b(?:is|are|was|were) (?:a|an|the) \p{L}+$/u.test(t));
  // What a "to …" purpose is asked beside: the article's other stated purposes, "to …" phrases after
  // "in order", "designed", "meant", "purpose is" and the like (a clause beside "to deny an enemy …"
  // gives the answer away by its form).
  let purposes: Array<{ text: string; sentenceIndex: number }> | undefined;
  const purposePool = () => (purposes ??= analysis.sentences.filter((s) => !looksLikeFurniture(s.text)).flatMap((s) =>
    [...s.text.matchAll(PURPOSE_TO)].flatMap((m) => {
      const phrase = m[1];
      const at = (m.index ?? 0) + m[0].length - phrase.length;
      const text = clauseOption(phrase);
      // (Not one a quotation cut short: "to keep out Western spies and \"fascists\"".)
      // ("were meant to start the next day": a plan with its date is no purpose.)
      if (plannedNotPurpose(m[0].slice(0, m[0].length - phrase.length - 3).trim().split(/\s+/).pop() ?? "", phrase)) return [];
      return text && analysis.tagsAt(s.index, at).has("Verb") && text.split(/\s+/).length >= 3 && !CUT_SHORT.test(text) && !/\b(?:he|she|him|his|her|it|they|them|this|these|those)\b/i.test(text) ? [{ text: `to ${text}`, sentenceIndex: s.index }] : [];
    })));
  // Where each sentence stands in the article, read once (per item, a scan of every sentence).
  let positions: Map<number, number> | undefined;
  const positionOf = (index: number) => (positions ??= new Map(analysis.sentences.map((s, k) => [s.index, k]))).get(index) ?? -1;
  const out: Candidate[] = [];
  for (const c of long) {
    // The clause as the sentence has it, to its comma: the simplifier may have split off a trailing
    // "when …" ("so that salmon … can still swim upriver when the gates are raised").
    const sentenceText = c.draft.source.sentence;
    const whole = sentenceText.slice(c.draft.source.start).match(/^(?:[^,;:.!?()"“”]|[,.](?=\d))+/)?.[0].trim() ?? c.draft.answer;
    // "Human cells have no cell walls" opens its sentence: a capital no other option has gives it away.
    const opened = whole.startsWith(c.draft.answer) ? whole : c.draft.answer;
    const marker = c.draft.acceptedAnswers[0]?.slice(0, c.draft.acceptedAnswers[0].length - c.draft.answer.length).trim();
    // A "to" purpose is shown with its "to", beside other purposes of the article.
    const toPurpose = marker === "to";
    // ("A solar roof cuts …": "A" may be tagged an acronym; an article is always lowered.)
    const bareAnswer = clauseOption(c.draft.source.start === 0 ? (/^(?:The|A|An) /.test(opened) ? opened[0].toLowerCase() + opened.slice(1) : lowerOpening(opened, analysis.tagsAt(c.draft.source.sentenceIndex, 0))) : opened);
    if (!bareAnswer) continue;
    const told = toPurpose ? `to ${bareAnswer}` : bareAnswer;
    const seen = new Set([normaliseAnswer(told)]);
    const near = (p: { text: string; sentenceIndex: number }) => p.text.length * 2.5 >= told.length && p.text.length <= told.length * 2.5;
    const byLength = (a: { text: string; sentenceIndex: number }, b: { text: string; sentenceIndex: number }) =>
      Math.abs(a.text.length - told.length) - Math.abs(b.text.length - told.length) || a.sentenceIndex - b.sentenceIndex || (a.text < b.text ? -1 : 1);
    const fresh = (p: { text: string }) => {
      const k = normaliseAnswer(p.text);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    };
    // ("Why does the council say the cuts are needed?": a reason someone gives may be told in the past.)
    const presentStem = !/^Why (?:did|was|were|had|could|would)\b/i.test(c.draft.prompt) && !/^Why (?:does|do) .+ say\b/i.test(c.draft.prompt);
    const pastAnswer = past(told);
    // The stem's own words: when the key alone speaks of them ("Why did Gutenberg have to create a new
    // ink?" beside "… inks would not cling to metal" and three clauses about other things), the stem
    // points to it (rule 4). (Options were tried first by those words: they took true reasons too —
    // "bacterial cells differ from human cells" beside why penicillin spares human cells.)
    const asked = topicStems(c.draft.prompt);
    const onTopic = (p: { text: string }) => sharedTopic(p.text, asked) > 0;
    const options = (toPurpose ? purposePool() : pool)
      // Never a clause of the question's own sentence (it may be a second true reason), a copy, or a
      // bare pronoun clause when the answer names its subject (a give-away by form).
      .filter((p) => p.sentenceIndex !== c.draft.source.sentenceIndex && (!opensWithPronoun(p.text) || opensWithPronoun(told)))
      .filter((p) => !presentStem || !past(p.text))
      // "the team recovered penicillin from his urine": a pronoun inside that points to nothing shown.
      .filter((p) => !pointing(p.text) || pointing(told))
      .filter(near)
      .sort(byLength)
      .filter(fresh)
      .slice(0, 3);
    // Two clauses of the article and no third: the answer with one word turned round ("by far the
    // smallest creditor"), unless the article says that too.
    if (options.length === 2 && !toPurpose) {
      const stated = articleText();
      const contrast = contrastsOf(told, 1).find((t) => !stated.includes(normaliseAnswer(t)) && !seen.has(normaliseAnswer(t)));
      if (contrast) options.push({ text: contrast, sentenceIndex: -1 });
    }
    const said = c.draft.source.sentenceIndex;
    const filler = events
      .filter((p) => Math.abs(p.sentenceIndex - said) > 1 && near(p) && (!presentStem || !past(p.text)) && !record(p.text) && !bare(p.text))
      .sort((a, b) => Number(past(a.text) !== pastAnswer) - Number(past(b.text) !== pastAnswer) || byLength(a, b));
    for (const p of toPurpose ? [] : filler) if (options.length < 3 && fresh(p)) options.push(p);
    const standsOut = onTopic({ text: told }) && !options.some(onTopic);
    // ("Why does penicillin leave human cells alone?" → "they do not have a cell wall": the subject the
    // stem names, keyed as its pronoun as a teacher keys it, is no give-away. What else the key repeats
    // of the stem still is — not "cell" of "cell wall", said of what "they" are.)
    const renamed = standsOut && !toPurpose ? pronounForStemSubject(told, c.draft.prompt) : undefined;
    const unsaid = renamed && new Set([...asked].filter((w) => !topicStems(renamed.subject).has(w)));
    const answer = renamed && unsaid && sharedTopic(renamed.text, unsaid) === 0 ? renamed.text : told;
    const reasons = options.length < 3 ? ["too-few-distractors"] : standsOut && answer === told ? ["answer-stands-out"] : leansOnSentenceBefore(c, analysis, positionOf(c.draft.source.sentenceIndex)) ? ["dangling-reference"] : [];
    const random = createRandom(hashString(`${seed}|${c.draft.factKey}|clause`));
    const features = { ...c.features, typeWeight: QUESTION_TYPE_SPECS.MCQ.rankWeight };
    const score = scoreOf(features);
    out.push({
      ...c,
      draft: {
        ...c.draft,
        key: questionKey("MCQ", c.draft.prompt, answer),
        source: { ...c.draft.source, end: c.draft.source.start + bareAnswer.length },
        type: "MCQ",
        answer,
        // The whole reason the sentence gives, when the option shows its first half.
        acceptedAnswers: toPurpose
          ? [...new Set([bareAnswer, ...(c.draft.answer.length > bareAnswer.length ? [c.draft.answer, `to ${c.draft.answer}`] : [])])]
          : [...new Set([...(marker ? [`${marker} ${answer}`] : []), ...(answer !== told ? [told, ...(marker ? [`${marker} ${told}`] : [])] : []), ...(c.draft.answer.length > told.length ? [c.draft.answer, ...(marker ? [`${marker} ${c.draft.answer}`] : [])] : [])])],
        choices: reasons.length ? undefined : shuffle([answer, ...options.map((o) => o.text)], random),
        score,
        difficulty: difficultyOf("MCQ", { id: c.fact.entityId, type: c.fact.type, kind: c.fact.kind, display: answer, aliases: [], mentions: 1, firstSentence: c.fact.sentenceIndex, descriptors: [] }, features),
      },
      form: `${c.form}-choice`,
      reasons,
      features: { ...features, score },
    });
  }
  return out;
}

/**
 * "Why does a spring inside the cage take up the slack?" after "… holds two small pulleys in a hinged
 * cage": a why-stem's "the <noun>" that the sentence just before brought in with "a" is that one
 * (the rear derailleur's), which the stem does not say. Only the why-choices: elsewhere the same
 * test dropped three sound items for each one it caught (measured at 0.9.49).
 */
function leansOnSentenceBefore(c: Candidate, analysis: ArticleFacts, at: number): boolean {
  const before = at > 0 ? analysis.sentences[at - 1] : undefined;
  if (!before || before.paragraph !== analysis.sentences[at].paragraph) return false;
  for (const m of c.draft.prompt.matchAll(/\bthe (\p{Ll}{3,})\b(?! of\b)/gu)) {
    const noun = m[1];
    const brought = new RegExp(`\\b(?:a|an) (?:\\p{Ll}+ ){0,2}${escapeRegExp(noun)}\\b`, "u");
    if (brought.test(before.text) && !brought.test(c.draft.source.sentence) && !containsPhrase(analysis.article.title, noun)) return true;
  }
  return false;
}

/**
 * "What is an exchange rate?" with the article's other definitions as options (issue 10: a
 * definition is too long to type, so it is only ever asked as multiple choice). Same fact as the
 * term-as-answer question of the sentence, so a default selection asks one of the two.
 */
function definitionChoices(found: SentenceContext["definitions"], article: CleanArticle, analysis: ArticleFacts, corpus: ArticleFacts[], seed: number, typedWanted = true): Candidate[] {
  // The article's own definitions first, then contrasts of the answer; another article's only when
  // it shares the topic's words ("the price of one currency" beside "What is an antibiotic?" reads
  // as off-topic, beside "What is inflation?" it does not).
  const pool = found.map((f) => f.def);
  const foreign = found.length ? topicalDefinitions(corpus, analysis) : [];
  const defined = new Set(found.map((f) => `${f.sentence.index}:${f.def.defStart}`));
  const described = found.length ? analysis.sentences.filter((s) => !looksLikeFurniture(s.text)).flatMap((s) => describedThings(s.text, (o) => analysis.tagsAt(s.index, o)).filter((d) => !defined.has(`${s.index}:${d.defStart}`))) : [];
  const out: Candidate[] = [];
  for (const { def, sentence, position, entityId } of found) {
    // "inflation that happens when …" is an option for other terms, not asked of its own (the stem would name the head).
    if (def.form === "when") continue;
    const prompt = definitionQuestion(def);
    const answer = def.definition;
    const spanText = sentence.text.slice(def.defStart, def.defEnd);
    // "What is meticillin?" → "a form of penicillin": what penicillin is (a medicine that kills bacteria …)
    // is true of meticillin too; a kind of thing takes only other kinds of things as options.
    const KIND_OF = /^(?:a|an) (?:form|kind|type|variety|sort|version|strain) of /i;
    const offered = definitionDistractors(def, pool.filter((p) => p !== def), foreign, described, siblingGlosses(def.term, def.definition));
    const options = KIND_OF.test(answer) && offered.some((o) => !KIND_OF.test(o)) ? [] : offered;
    // ("What is Lloyd's of London, if not an insurance company?" — "a marketplace": a word or two is typed, not chosen.)
    const typed = typedWanted && !!def.not && answer.split(" ").length <= 3;
    const fact: Fact = { id: `${sentence.index}:${def.defStart}`, sentenceIndex: sentence.index, start: def.defStart, end: def.defEnd, text: answer, type: "term", kind: "definition", entityId, bound: false };
    const entity: Entity = { id: entityId, type: "term", kind: "definition", display: answer, aliases: [], mentions: 1, firstSentence: sentence.index, descriptors: [] };
    const features = { ...baseFeatures(fact, entity, analysis, article, sentence.text, position), specificity: SPECIFICITY.reason ?? 0.85, generic: 0, typeWeight: QUESTION_TYPE_SPECS.MCQ.rankWeight, context: 1, wh: 1 };
    const score = scoreOf(features);
    const random = createRandom(hashString(`${seed}|${entityId}|definition`));
    out.push({
      draft: {
        key: questionKey(typed ? "SHORT_ANSWER" : "MCQ", prompt, answer),
        type: typed ? "SHORT_ANSWER" : "MCQ",
        prompt,
        answer,
        acceptedAnswers: typed ? [answer.replace(/^(?:a|an|the) /i, "")] : spanText !== answer ? [spanText] : [],
        choices: options.length && !typed ? shuffle([answer, ...options], random) : undefined,
        explanation: `The article says: “${sentence.text}”`,
        source: { sentenceIndex: sentence.index, start: def.defStart, end: def.defEnd, sentence: sentence.text },
        answerType: "definition",
        factKey: factKeyOf(sentence.index, entityId),
        difficulty: difficultyOf("MCQ", entity, features),
        score,
        generatorVersion: GENERATOR_VERSION,
      },
      fact,
      paragraph: sentence.paragraph,
      form: typed ? "wh-definition-typed" : "wh-definition-choice",
      reasons: options.length || typed ? [] : ["too-few-distractors"],
      features: { ...features, score },
    });
  }
  return out;
}

const corpusDefinitions = new WeakMap<ArticleFacts, Definition[]>();
const TOPIC_STOP = new Set(["that", "this", "with", "from", "which", "into", "than", "they", "their", "there", "other", "about", "over", "under", "more", "most", "very", "such", "been", "have", "were", "what", "when", "where", "while", "also", "only", "some", "many"]);
const topicWords = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !TOPIC_STOP.has(w)));

/** Definitions the other stored articles state that share at least two content words with this article, most shared first. */
function topicalDefinitions(corpus: ArticleFacts[], analysis: ArticleFacts): Definition[] {
  const vocabulary = topicWords(analysis.sentences.map((s) => s.text).join(" "));
  const scored: Array<{ def: Definition; shared: number }> = [];
  for (const other of corpus) {
    let defs = corpusDefinitions.get(other);
    if (!defs) {
      defs = other.sentences.flatMap((s) => (looksLikeFurniture(s.text) ? [] : definitionsIn(s.text, (o) => other.tagsAt(s.index, o)))).filter((d) => d.form !== "when");
      corpusDefinitions.set(other, defs);
    }
    for (const def of defs) {
      const shared = [...topicWords(def.definition)].filter((w) => vocabulary.has(w)).length;
      if (shared >= 2) scored.push({ def, shared });
    }
  }
  return scored.sort((a, b) => b.shared - a.shared || (a.def.definition < b.def.definition ? -1 : 1)).map((s) => s.def);
}

// Per article: the capitalised words its people are called by (given names, surnames), read once;
// a statement names a person when one of its capitalised words is one of them. (A scan of every
// person's forms per statement made long documents quadratic.)
const personWordsMemo = new WeakMap<ArticleFacts, Set<string>>();
function namesPerson(text: string, analysis: ArticleFacts): boolean {
  let words = personWordsMemo.get(analysis);
  if (!words) {
    words = new Set<string>();
    for (const e of analysis.entities.values()) {
      if (e.type !== "person" && !(e.type === "name" && !/\s/.test(e.display) && !!givenNameGender(e.display))) continue;
      for (const form of [e.display, ...e.aliases]) for (const w of form.split(/\s+/)) if (/^\p{Lu}\p{Ll}{2,}/u.test(w)) words.add(w.replace(/[’']s$/, ""));
    }
    personWordsMemo.set(analysis, words);
  }
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) if (words.has(m[0].replace(/[’']s$/, ""))) return true;
  return false;
}

const infinitiveMemo = new Map<string, string | undefined>();
/** A verb's base form, memoised (compromise conjugation is slow next to a map lookup). */
function infinitiveOf(verb: string): string | undefined {
  if (!infinitiveMemo.has(verb)) {
    if (infinitiveMemo.size > 8192) infinitiveMemo.clear();
    infinitiveMemo.set(verb, toInfinitive(verb));
  }
  return infinitiveMemo.get(verb);
}

const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+$/i;

/** Whether another sentence quotes the person (their last name beside a quotation mark). */
function quotedElsewhere(person: string, analysis: ArticleFacts, except: number): boolean {
  const name = person.split(/\s+/).pop() ?? person;
  const named = new RegExp(`\\b${escapeRegExp(name)}\\b`);
  return analysis.sentences.some((x) => x.index !== except && /["“”]/.test(x.text) && named.test(x.text));
}

/** A name of two or three words, each made of Mandarin syllables ("Qin Shi Huang", "Zhao Kangmin"). */
function pinyinName(name: string): boolean {
  const words = name.split(/\s+/);
  // (And one word that only pinyin spells so: a q, an x, a zh, a closing "ng", or a word of at most
  // four letters — "Marie Curie" splits into syllables too.)
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && PINYIN_WORD.test(w)) &&
    words.some((w) => /q|x|zh|ng$/i.test(w) || w.length <= 4);
}

/**
 * "Which convention does the Lords respect?" → Salisbury Convention: the stem says what kind of thing
 * it is, so the name's own part ("Salisbury") answers it too; so does the surname of a person the
 * answer names in full ("to work with John Desmond Bernal" → "to work with Bernal").
 */
const EVERY_ADJECTIVE: Record<string, string[]> = { hour: ["hourly"], day: ["daily"], week: ["weekly"], fortnight: ["fortnightly", "every two weeks", "once every two weeks"], month: ["monthly"], year: ["yearly", "annually"] };

/**
 * The ways a learner writes how often: "once a fortnight" — "every fortnight", "fortnightly", "every
 * two weeks"; "eleven times a day" — "eleven times per day"; "every two hours" — "once every two hours".
 */
function frequencyForms(bare: string): string[] {
  const forms = [bare];
  const times = bare.match(/^(once|twice|.+? times) (?:a|an|per|each) (\p{L}+)$/u);
  if (times) {
    const [, how, unit] = times;
    forms.push(`${how} per ${unit}`, `${how} each ${unit}`);
    if (/^twice$/i.test(how)) forms.push(`2 times a ${unit}`, `2 times per ${unit}`);
    if (/^once$/i.test(how)) forms.push(`every ${unit}`, `once every ${unit}`, `once per ${unit}`, ...(EVERY_ADJECTIVE[unit.toLowerCase()] ?? []));
  }
  if (/^every /i.test(bare)) forms.push(`once ${bare}`);
  return forms;
}

/**
 * "Of the 80 bees, 52, or 65 per cent, learned …" asked for "65 per cent": the same figure said the
 * other way ("52") is right too. Only two figures with digits, joined by ", or".
 */
function withFigureSaidTwice(draft: QuestionDraft): string[] {
  // (Most sentences say no figure twice: the patterns below are built only where one may.)
  if (!/\d/.test(draft.answer) || !draft.source.sentence.includes(", or ")) return draft.acceptedAnswers;
  const a = escapeRegExp(draft.answer);
  const figure = "(?:about |around |roughly |some |nearly |almost )?\\d[\\d,.]*(?: ?(?:%|per ?cent\\b|\\p{L}+))?";
  const m = draft.source.sentence.match(new RegExp(`(?<![\\p{L}\\d])${a}, or (${figure})(?=[,;.)]|$)`, "u")) ?? draft.source.sentence.match(new RegExp(`(?<![\\p{L}\\d.,])(${figure}), or ${a}(?![\\p{L}\\d])`, "u"));
  return m && m[1] !== draft.answer ? [...new Set([...draft.acceptedAnswers, m[1]])] : draft.acceptedAnswers;
}

function withNameAlone(draft: QuestionDraft): string[] {
  const forms = new Set(draft.acceptedAnswers);
  const kind = draft.prompt.match(/^(?:(?:In|On|At|To|From|By|For|With|Of|Into) )?[Ww]hich (\p{Ll}+)\b/u)?.[1];
  const named = kind && draft.answer.replace(/^the /i, "").match(new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]*)(?: \\p{Lu}[\\p{L}'’.-]*){0,2}) (\\p{Lu}\\p{Ll}+)$`, "u"));
  if (named && named[2].toLowerCase() === kind && !/^(?:St|Saint|The|New|Old|North|South|East|West|Great|Royal|Upper|Lower)$/.test(named[1])) forms.add(named[1]);
  // "Which emperor sent …? — Wu": the name with its title ("Emperor Wu") is the same answer.
  if (kind && /^\p{Lu}\p{Ll}+$/u.test(draft.answer) && new RegExp(`\\b${kind} ${draft.answer}\\b`, "iu").test(draft.source.sentence)) forms.add(`${kind[0].toUpperCase()}${kind.slice(1)} ${draft.answer}`);
  // "Who was Rosalind Franklin’s father? — Ellis Arthur Franklin": his given name and surname are
  // his name too; the surname alone, which the stem shows, is no answer.
  // ("Edwin Horatio Hamilton Seacole": "Edwin Seacole".)
  const full = draft.answerType === "person" ? draft.answer.match(/^(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+){1,2} (\p{Lu}\p{Ll}+)$/u) : null;
  if (full && givenNameGender(full[1])) forms.add(`${full[1]} ${full[2]}`);
  // (A person's name only: for anything else a form the stem shows gives the answer away, and the
  // item is dropped as answer-in-stem — "Which act created the Soil Conservation Service?")
  if (draft.answerType === "person") for (const f of forms) if (f !== draft.answer && new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, "iu").test(draft.prompt)) forms.delete(f);
  // (Only inside a clause: a bare name answer is a person question, whose surname form is the fact's own.
  // A pair's "A and B" is two names, whose forms pairForms gave: a mixed "Hanks and Hiroo Kanamori" is clutter.)
  if (/\s\p{Ll}/u.test(draft.answer) && !/^Which two\b/.test(draft.prompt)) {
    for (const f of [draft.answer, ...draft.acceptedAnswers]) {
      const surnamed = f.replace(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\b/gu, (name) => (givenNameGender(name.split(" ")[0]) ? name.split(" ").pop()! : name));
      if (surnamed !== f) forms.add(surnamed);
    }
  }
  forms.delete(draft.answer);
  return [...forms];
}

/** A named building or ground: its own name, words saying what kind it is, and its head. */
const PLACE_OF_KIND = /^((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2}?)(?: (?:General|Community|Royal|Memorial|Sports|Leisure|Public|Central|County|District|Primary|High|Grammar|Secondary|Infant|Junior|Space Force|Air Force|Naval|Army|Air))* (?:Hospital|School|College|University|Academy|Library|Stadium|Centre|Center|Arena|Hall|Museum|Hotel|Infirmary|Clinic|Ground|Base|Cathedral)$/u;
/** A country's formal name that says what kind of state it is (a republic, a federation …): today's state, not the land. */
const STATE_FORM = /\b(?:Republic|Kingdom|Federation|Federal|Democratic|People's|Socialist|Commonwealth|Islamic|Union|Principality|Grand Duchy|Sultanate|Emirate|State of)\b/;
const CURRENCY_WORDS: Record<string, string> = { "£": "pounds", "€": "euros", $: "dollars" };

/**
 * "built the Rover, the first successful "safety bicycle"": what a thing is, said right after its name,
 * answers "What did Starley build?" too ("safety bicycle", "the first successful safety bicycle").
 * Of a named thing only: a person's calling ("Curie, the chemist") is no answer to "who".
 */
function kindForms(fact: Fact, answer: string, sentence: string): string[] {
  if (!["name", "facility"].includes(fact.type) || !/^\p{Lu}/u.test(answer)) return [];
  const at = sentence.indexOf(answer);
  // (Only a made thing: "built the Rover, …"; "the Mediterranean, an almost enclosed sea" asked in a
  // gap would show its gloss beside it.)
  if (at < 0 || !/\b(?:built|made|designed|invented|produced|launched|wrote|published|released|developed|created) (?:the |a |an )?$/.test(sentence.slice(0, at))) return [];
  const gloss = at < 0 ? null : sentence.slice(at + answer.length).match(/^, (?:the|a|an) ((?:[\p{Ll}-]+ ){0,3}["“]?[\p{Ll}-]+ [\p{Ll}-]+["”]?)(?=[,.;]|$)/u);
  if (!gloss) return [];
  const whole = gloss[1].replace(/["“”]/g, "");
  return [...new Set([whole, whole.split(" ").slice(-2).join(" ")])];
}

/**
 * "Of the 80 observer bees, _____ learned …", "3,412 responses, _____ of them opposed": a gap that
 * counts part of a counted whole reads a bare "65" as 65 bees — a wrong fact; the percentage must be
 * typed as one there. Elsewhere a bare number is right ("CPI inflation reached _____ …" → "11.1").
 */
function bareCount(fact: Fact, answer: string, form: string, prompt: string): boolean {
  if (fact.type !== "percent" || !/(?:per ?cent|%)/i.test(answer) || !/^\d[\d.,]*$/.test(form)) return false;
  return /\b[Oo]f (?:the|its|their|these|those) \d[\d,]*\b|_____ of (?:them|these|those)\b|\bof which\b/.test(prompt);
}

/**
 * A ruler with a number, the answer or a form of it (whatever the fact's type): "Kaiser Wilhelm II" is
 * also "Wilhelm II" and "Kaiser Wilhelm"; "Charles II" is "Charles 2" and "Charles the Second", and
 * "Charles" alone where the article numbers no other Charles.
 */
function rulerForms(analysis: ArticleFacts, person: boolean, answer: string, forms: string[]): string[] {
  return [answer, ...forms].flatMap((f) => {
    const ruler = f.match(RULER);
    const n = ruler ? romanValue(ruler[3]) : 0;
    // (Without a rank, only a person's: the Saturn V rocket is no "Saturn the Fifth".)
    if (!ruler || !n || n > REGNAL.length || (!ruler[1] && !person)) return f === answer ? [] : [f];
    const [, rank, name, roman] = ruler;
    // (Every way a learner writes the number — "II", "2", "2nd", "the Second" — with the rank or without.)
    const numbered = [roman, String(n), `${n}${ordinalSuffix(n)}`, `the ${REGNAL[n - 1]}`].map((x) => `${name} ${x}`);
    const out = [...numbered, ...(rank ? numbered.map((x) => `${rank} ${x}`) : [])];
    // The name alone (and with its rank) only where the article numbers no other ruler of that name.
    const others = (analysis.article.body ?? "").match(new RegExp(`\\b${name} (?!${roman}\\b)[IVX]+\\b`, "u"));
    if (!others) out.push(name, ...(rank ? [`${rank} ${name}`] : []));
    return f === answer ? out : [f, ...out];
  });
}
/**
 * "St Thomas" is "Saint Thomas", and "St Paul's Cathedral" typed "St Pauls Cathedral": the grader drops a possessive's "'s" but cannot
 * tell a missing apostrophe from a plural, so each form (the answer's too) is listed without it as well
 * — exports match typed answers literally. Run on every form, whichever rule made it.
 */
function spelledForms(answer: string, forms: string[]): string[] {
  const out = [...forms];
  // ("St Paul's" made from "St Paul's Cathedral" by another rule is "Saint Paul's" too.)
  for (const f of [answer, ...forms]) {
    if (/\bSt\.? (?=\p{Lu})/u.test(f)) out.push(f.replace(/\bSt\.? (?=\p{Lu})/gu, "Saint "));
    else if (/\bSaint (?=\p{Lu})/u.test(f)) out.push(f.replace(/\bSaint (?=\p{Lu})/gu, "St "));
  }
  for (const f of [answer, ...out]) if (/\p{L}['’]s\b/u.test(f)) out.push(f.replace(/(\p{L})['’]s\b/gu, "$1s"));
  return out;
}
// (The ranks the fact reader knows before a name: facts.ts's RANKS.)
const RULER = new RegExp(`^(?:(${RANKS}) )?(\\p{Lu}\\p{Ll}+) ([IVX]+)$`, "u");
const REGNAL = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth"];
const ordinalSuffix = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));
function romanValue(roman: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) total += v[roman[i]] < (v[roman[i + 1]] ?? 0) ? -v[roman[i]] : v[roman[i]];
  return total;
}

function acceptedAnswers(fact: Fact, entity: Entity, answer: string, title = ""): string[] {
  const forms = new Set<string>([entity.display, ...entity.aliases]);
  const range = rangeEnds(answer);
  if (range && (fact.type === "count" || fact.type === "quantity" || fact.type === "percent")) {
    // "between 50 and 100": either end alone is wrong; the range written any usual way is right.
    const [lo, hi, scale] = range;
    const unit = fact.unit && /^\p{L}[\p{L} ]*$/u.test(fact.unit) ? ` ${fact.unit}` : "";
    // "between 25 and 50 million": the scale goes after both ends or after each ("25,000,000 to
    // 50,000,000" is the same answer to the grader, which reads "25 million" as 25000000).
    const ends: [string, string, string][] = [[lo, hi, scale ? ` ${scale}` : ""]];
    if (scale) ends.push([`${lo} ${scale}`, `${hi} ${scale}`, ""]);
    for (const [a, b, after] of ends) {
      // (Both dashes: exports match typed answers literally, as Moodle's short answer does.)
      for (const form of [`${a} to ${b}${after}`, `${a} and ${b}${after}`, `${a}–${b}${after}`, `${a}-${b}${after}`, `between ${a} and ${b}${after}`]) {
        forms.add(form);
        if (unit) forms.add(`${form}${unit}`);
      }
    }
  } else if (fact.type === "percent" && fact.kind === "share") {
    // "a fifth": "one fifth", "a fifth", "one-fifth", and a whole percentage ("20%"), never a bare "20".
    const bare = answer.replace(/^(?:a|one)[- ]/i, "");
    if (/^(?:a|one)[- ]/i.test(answer)) for (const f of [`a ${bare}`, `one ${bare}`, `one-${bare}`]) forms.add(f);
    forms.add(answer.replace(/-/g, " "));
    // ("two thirds", "two-thirds" and "2/3" alike: the reading marked a typed "1/3" wrong for "a third".)
    // The shares the fact reader finds (FRACTION_PERCENT) give the denominator.
    const fraction = answer.toLowerCase().match(/^(a|one|two|three)[- ](half|thirds?|quarters?|fifths?|tenths?)$/);
    if (fraction) {
      const top = ["a", "one", "two", "three"].indexOf(fraction[1]) || 1;
      forms.add(`${top}/${Math.round(100 / FRACTION_PERCENT[fraction[2].replace(/s$/, "")])}`);
      if (fraction[1] !== "a") forms.add(`${fraction[1]}-${fraction[2]}`);
    }
    if (fact.value !== undefined && Number.isInteger(fact.value)) for (const f of [`${fact.value}%`, `${fact.value} per cent`, `${fact.value} percent`]) forms.add(f);
  } else if (fact.type === "count" || fact.type === "quantity" || fact.type === "money" || fact.type === "percent") {
    forms.add(answer.replace(/,/g, ""));
    if (fact.value !== undefined) forms.add(String(fact.value));
    // "€1.5 billion": the currency said in words ("1.5 billion euros") and a headline's "€1.5bn".
    const money = fact.type === "money" ? answer.match(/^([£€$])(\d[\d,.]*)(?: (million|billion))?$/) : null;
    if (money) {
      const [, symbol, amount, scale] = money;
      const word = CURRENCY_WORDS[symbol];
      forms.add(`${amount}${scale ? ` ${scale}` : ""} ${word}`);
      if (scale) forms.add(`${symbol}${amount}${scale === "billion" ? "bn" : "m"}`);
    }
    // "about _____ metres long" → five: a learner who types the unit too ("five metres", "5 metres") is right.
    if (fact.unit && /^\p{L}[\p{L} ]*$/u.test(fact.unit)) {
      forms.add(`${answer} ${fact.unit}`);
      if (fact.value !== undefined) forms.add(`${fact.value} ${fact.unit}`);
    }
  }
  if (fact.type === "term") {
    // Only the obvious singular of a regular plural ("currencies" → "currency").
    if (/ies$/.test(answer)) forms.add(answer.replace(/ies$/, "y"));
    // Not a singular in -is/-us ("proboscis", "virus", "analysis"): "probosci" is no word.
    else if (/[^s]s$/.test(answer) && !/(ia|ae|is|us|ss)$/.test(answer)) forms.add(answer.slice(0, -1));
  }
  // ("the _____ century" → 19th: "19th century", written out, is the same answer.)
  if (fact.type === "century" && fact.value !== undefined) for (const f of [String(fact.value), `${answer} century`]) forms.add(f);
  // "132 CE": the year alone, or with AD, is the same year.
  const era = answer.match(/^(\d{1,4}) (?:CE|AD)$|^AD (\d{1,4})$/);
  if (era) for (const f of [era[1] ?? era[2], `${era[1] ?? era[2]} AD`, `AD ${era[1] ?? era[2]}`, `${era[1] ?? era[2]} CE`]) forms.add(f);
  // ("138 BCE" is "138 BC" — never the bare year, which is after Christ.)
  const before = answer.match(/^(\d{1,4}) (BCE|BC)$/);
  if (before) forms.add(`${before[1]} ${before[2] === "BC" ? "BCE" : "BC"}`);
  // "crossed the Pacific": the ocean by its whole name too, and the whole name by its first word.
  const ocean = answer.match(/^(?:the )?(Pacific|Atlantic|Indian|Arctic|Southern)( Ocean)?$/);
  if (ocean && (ocean[1] !== "Indian" || ocean[2])) forms.add(ocean[2] ? ocean[1] : `${ocean[1]} Ocean`);
  // "Brackmoor General Hospital", "the Castlemead Sports Centre": a learner who writes the name's own
  // part ("Brackmoor", "Castlemead") has named the place — unless the title says that part ("Millbrook
  // Library" under "Millbrook reservoir …": the title would give it away).
  const own = ["facility", "organization", "name", "place"].includes(fact.type) ? answer.replace(/^the /i, "").match(PLACE_OF_KIND) : null;
  if (own && !/^(?:St|Saint|The|New|Old|North|South|East|West|Great|Royal)$/.test(own[1]) && !containsPhrase(title, own[1])) forms.add(own[1]);
  // "the Pripyat River", "the Mali Empire", "the Schlieffen Plan": the name's own word names the thing
  // too — not a describing word ("the Yellow River" is no "Yellow"). Not seas, islands or straits, whose
  // first word is often another place's name ("the Java Sea" is no "Java").
  const natural = fact.type !== "person" ? answer.replace(/^the /i, "").match(/^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) (?:River|Empire|Desert|Canal|Plan|Convention|Glacier)$/u) : null;
  if (natural && !/^(?:The|St|Saint|United|Holy|Great|Greater|Little|New|Old|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|Red|Black|White|Yellow|Green|Blue|Dead|Royal|Grand|High|First|Second|Third|Last|Free|Long|Big)(?: |$)/.test(natural[1]) && !containsPhrase(title, natural[1])) forms.add(natural[1]);
  // ("Gravestones near _____ …" → Lake Issyk-Kul: "Issyk-Kul" names the lake; so "Everest" the mountain.)
  // ("the River Lenn" is "Lenn" as the article shortens it; "County Cork" is "Cork".)
  const named = fact.type !== "person" ? answer.replace(/^the /i, "").match(/^(?:Lake|Loch|Mount|River|County) (\p{Lu}[\p{L}'’-]*)$/u) : null;
  if (named && !containsPhrase(title, named[1])) forms.add(named[1]);
  // ("County Cork" is written "Co. Cork" as often.)
  if (/^County \p{Lu}/u.test(answer)) forms.add(answer.replace(/^County /, "Co. "));
  // ("the River Seine" is as often "the Seine River".)
  const river = fact.type !== "person" ? answer.replace(/^the /i, "").match(/^River (\p{Lu}[\p{L}'’-]*)$/u) : null;
  if (river) forms.add(`${river[1]} River`);
  // People: "Muhammad bin Tughluq" is
  // "Muhammad Tughluq"; "Theobald von Bethmann Hollweg" is "(von) Bethmann Hollweg"; "Pierre-François
  // Bouchard" is "Pierre Bouchard".
  if (fact.type === "person" || entity.type === "person") for (const f of [answer, entity.display, ...entity.aliases]) {
    const particle = f.match(/^(\p{Lu}[\p{L}'’-]+) (von|van|der|de|da|di|du|bin|ibn|bint) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)$/u);
    if (particle) {
      forms.add(`${particle[2]} ${particle[3]}`);
      if (particle[3].includes(" ")) forms.add(particle[3]);
      if (/^(?:bin|ibn|bint)$/.test(particle[2])) forms.add(`${particle[1]} ${particle[3]}`);
    }
    const hyphened = f.match(/^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+ (\p{Lu}[\p{L}'’-]+)$/u);
    if (hyphened) forms.add(`${hyphened[1]} ${hyphened[2]}`);
  }
  // "Gavrilo Princip", "Hiroo Kanamori": a name of two words the tagger did not know as a person's, neither
  // a dictionary word nor a place — the surname alone names them, as it would a known person.
  const stranger = fact.type === "name" && entity.type !== "person" ? answer.match(/^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u) : null;
  // (Not a place's opening word — "St Aldric", "New Yorkers" — nor a short last word, often a title or a place's: "Jani Beg", "Sutton Hoo".)
  if (stranger && stranger[2].length >= 5 && !/^(?:St|Saint|New|Old|North|South|East|West|Great|Upper|Lower|Mount|Port|Fort|Lake|Cape|San|Santa|Los|Las|El|La|Le)$/.test(stranger[1]) && !isDictionaryNoun(stranger[1]) && !isDictionaryNoun(stranger[2]) && !lookupCity(answer) && !lookupCountry(answer) && !containsPhrase(title, stranger[2])) forms.add(stranger[2]);
  // "the University of Edinburgh": "Edinburgh University" and "Edinburgh" name it as well.
  const university = ["facility", "organization", "name", "place"].includes(fact.type) ? answer.replace(/^the /i, "").match(/^University of (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u) : null;
  if (university && !containsPhrase(title, university[1])) for (const f of [`${university[1]} University`, university[1]]) forms.add(f);
  // "Qin Shi Huang", "Sima Qian": a Chinese name puts the family name first, so its last word alone
  // ("Huang", "Qian") is no answer.
  if (fact.type === "person" && pinyinName(entity.display)) forms.delete(entity.display.split(/\s+/).pop()!);
  if (/^the /i.test(answer)) forms.add(answer.replace(/^the /i, ""));
  // "Alsace-Lorraine", "Bosnia-Herzegovina": a pair of lands joined by a hyphen is as often written
  // with "and" ("Alsace and Lorraine").
  // (Not a double given name, "Joseph-Michel", nor a compound adjective, "Anglo-Irish".)
  const pair = fact.type !== "person" && fact.type !== "nationality" ? answer.match(/^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u) : null;
  if (pair && !givenNameGender(pair[1]) && !/o$/.test(pair[1]) && !lookupDemonym(pair[2])) forms.add(`${pair[1]} and ${pair[2]}`);
  // ("the monastery of St Thomas": "Saint Thomas" — see spelledForms, which spells every form both ways.)
  // ("reflects most _____" → green light: "green" is the answer a learner types.)
  const colour = answer.match(/^(red|orange|yellow|green|blue|violet|white|black|infrared|ultraviolet) (?:light|colour|color)$/i);
  if (colour) forms.add(colour[1]);
  // Demonyms are not names of the country: "Iraqi" is no answer to "which country".
  const country = fact.type === "country" ? lookupCountry(entity.display) : undefined;
  const demonyms = new Set((country?.demonyms ?? []).map((d) => d.toLowerCase()));
  // A state's formal name is today's state ("Federal Republic of Germany" for the Germany of 1879):
  // no learner writes it, and as a key it asserts a wrong fact about the past.
  // (Only a name that says the form of state: "United States of America" is the country's name at any date.
  // Its initials go with it — "PRC" is no answer for the China Buddhism reached in the first century.)
  if (country?.official && country.official !== answer && STATE_FORM.test(country.official)) {
    forms.delete(country.official);
    const initials = country.official.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    for (const f of [...forms]) if (/^\p{Lu}{2,}$/u.test(f) && f === initials) forms.delete(f);
  }
  forms.delete(answer);
  return [...forms].filter((f) => f && !demonyms.has(f.toLowerCase())).sort();
}

const NAME_RUN = new RegExp(`(?<![\\p{L}'’-])(?:the )?(?:(?:${SHIP_PREFIX}) )?\\p{Lu}[\\p{L}'’-]*(?:(?: (?:and|of|&|de|du|von|van|da))? \\p{Lu}[\\p{L}'’-]*)*(?: \\d{1,4}(?![\\d,.:–-]))?`, "gu");
/**
 * "a settlement lagoon, a pond in which …" … "the lagoon": a term the article defines and then calls
 * by its head noun alone is right by that noun too ("lagoon", "starter").
 */
// (Any term, not only one the article defines: "mirror galvanometer" … "the galvanometer", "a
// settlement lagoon" … "the lagoon" — readers marked the head alone right and the key wrong to refuse it.)
function termHead(analysis: ArticleFacts, fact: Fact, _entity: Entity, answer: string): string[] {
  return fact.type === "term" ? headAlone(analysis, answer) : [];
}
/** Per article, each lower-case word and how often each word comes right before it (read once: per term it was quadratic). */
const wordsBeforeMemo = new WeakMap<ArticleFacts, Map<string, Map<string, number>>>();
function wordsBefore(analysis: ArticleFacts): Map<string, Map<string, number>> {
  let map = wordsBeforeMemo.get(analysis);
  if (!map) {
    map = new Map();
    for (const s of analysis.sentences) {
      const words = s.text.split(/\s+/);
      for (let i = 1; i < words.length; i++) {
        const word = words[i].match(/^\p{Ll}[\p{Ll}-]*/u)?.[0];
        if (!word || word.length !== words[i].replace(/[^\p{L}-]+$/u, "").length) continue;
        const prev = words[i - 1].toLowerCase();
        if (!map.has(word)) map.set(word, new Map());
        const counts = map.get(word)!;
        counts.set(prev, (counts.get(prev) ?? 0) + 1);
      }
    }
    wordsBeforeMemo.set(analysis, map);
  }
  return map;
}
function headAlone(analysis: ArticleFacts, answer: string): string[] {
  const words = answer.split(" ");
  if (words.length !== 2 || !/^\p{Ll}[\p{Ll}-]+$/u.test(words[1]) || containsPhrase(analysis.article.title ?? "", words[1])) return [];
  const [modifier, head] = words;
  // Only when the article never puts another word before the head ("bull market" beside "bear
  // market", "printing press" beside "screw press", "active starter"): then "the lagoon" is the one lagoon.
  // (Twice at least: one "the review" after "judicial review" is a shorthand, not the article's name for it.)
  let alone = 0;
  for (const word of [head, `${head}s`]) {
    for (const [w, n] of wordsBefore(analysis).get(word) ?? []) {
      if (/^(?:the|this|that|your|its|their|our|each|every)$/.test(w)) alone += n;
      else if (w !== modifier.toLowerCase() && /^\p{L}/u.test(w) && !/^(?:a|an|of|in|into|on|from|to|and|or|with|for|by|at)$/.test(w)) return [];
    }
  }
  return alone >= 2 ? [head] : [];
}

const sentencePositions = new WeakMap<ArticleFacts, Map<number, number>>();
const MONTH_YEAR = new RegExp(`^(?:early |late |mid-)?(?:${MONTH_NAMES}),? (\\d{4})$`);
const DAY_MONTH = new RegExp(`^(?:\\d{1,2} (?:${MONTH_NAMES})|(?:${MONTH_NAMES}) \\d{1,2})$`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2} (?:${MONTH_NAMES})) (\\d{4})$`);
const DATED_DAY = new RegExp(`\\b(\\d{1,2} (?:${MONTH_NAMES})) (\\d{4})\\b`, "g");
/** Per article: each day and month it dates, with the years it gives them. */
const datedDays = new WeakMap<ArticleFacts, Map<string, Set<string>>>();
/**
 * "On 2 August the cable parted": a date the sentence gives without its year is right with the year
 * the paragraph gave last ("In 1865 the Great Eastern …") — "2 August 1865", as a learner may write.
 */
function dateWithYear(analysis: ArticleFacts, fact: Fact, answer: string): string[] {
  // "September 1928", "In _____, travelling by train …" → May 1884: the year alone is true and a
  // learner's natural answer to "When …?".
  const monthYear = answer.match(MONTH_YEAR);
  if (monthYear) return [monthYear[1]];
  // "On what date did Israeli paratroopers drop near the Mitla Pass? — 29 October 1956": the day and
  // month alone answer it too, unless the article gives that day in another year.
  const dayMonthYear = answer.match(DAY_MONTH_YEAR);
  if (dayMonthYear) {
    const [, day, year] = dayMonthYear;
    let years = datedDays.get(analysis);
    if (!years) {
      years = new Map();
      for (const st of analysis.sentences) for (const m of st.text.matchAll(DATED_DAY)) years.set(m[1], new Set([...(years.get(m[1]) ?? []), m[2]]));
      datedDays.set(analysis, years);
    }
    return [...(years.get(day) ?? [])].some((y) => y !== year) ? [] : [day];
  }
  if (!DAY_MONTH.test(answer)) return [];
  let positions = sentencePositions.get(analysis);
  if (!positions) sentencePositions.set(analysis, (positions = new Map(analysis.sentences.map((s, i) => [s.index, i]))));
  const at = positions.get(fact.sentenceIndex) ?? -1;
  if (at < 0) return [];
  const paragraph = analysis.sentences[at].paragraph;
  // ("28 July: Austria-Hungary declares war on Serbia" — a list's line, a paragraph of its own: the
  // lines before it, up to a dozen one-line paragraphs, are its paragraph.)
  const alone = (i: number) => analysis.sentences[i - 1]?.paragraph !== analysis.sentences[i].paragraph && analysis.sentences[i + 1]?.paragraph !== analysis.sentences[i].paragraph;
  let first = at;
  while (first > 0 && at - first < 12 && alone(first) && alone(first - 1)) first--;
  for (let i = at; i >= 0 && (analysis.sentences[i].paragraph === paragraph || i >= first); i--) {
    const text = i === at ? analysis.sentences[i].text.slice(0, fact.start) : analysis.sentences[i].text;
    // (A year may end its sentence: "… in July 1914.")
    const years = text.match(/\b(?:1[0-9]{3}|20[0-9]{2})\b(?![\d,]|\.\d| ?(?:years?|km|miles|metres|feet|people|men|women|BC|BCE))/g);
    if (years) {
      const year = years[years.length - 1];
      return /^\d/.test(answer) ? [`${answer} ${year}`] : [`${answer}, ${year}`, `${answer} ${year}`];
    }
  }
  // "… yet Austria-Hungary declared war on 28 July." two sentences after "On 28 June 1914 …": a paragraph
  // with no year is in the year of the last full date before it, when that date is no later in the year
  // (a bare year before it may be background: "In 1952 …" before the Suez meetings of 1956).
  const month = (text: string) => MONTH_ORDER.findIndex((m) => text.includes(m));
  const asked = month(answer);
  for (let i = at - 1; i >= 0 && at - i <= 15; i--) {
    const dated = [...analysis.sentences[i].text.matchAll(DATED_DAY)];
    if (!dated.length) continue;
    const [, day, year] = dated[dated.length - 1];
    return month(day) >= 0 && month(day) <= asked ? (/^\d/.test(answer) ? [`${answer} ${year}`] : [`${answer}, ${year}`, `${answer} ${year}`]) : [];
  }
  return [];
}
const MONTH_ORDER = MONTH_NAMES.split("|");

// "Brackenshire Schools Cup", "the Chesapeake, Ohio and Southwestern Railroad": a thing named after
// a place or a person, not a longer name of it.
const NAMED_AFTER = / (?:Cup|Trophy|Shield|Plate|League|Championships?|Games|Festival|Prize|Award|Medal|Company|Corporation|Council|Railway|Railroad|Road|Street|Lane|Avenue|Line|Bridge|Club|Rovers|United|Telegraph|Times|Post|Herald|Schools|Act|Treaty|Agreement|Conference|Declaration|War|Battle|Crisis|Affair|Effect|Law|Prize|Court|Station|Airport|Hospital|Library|Museum|Cathedral|Prison|Harbour|Association|Society|Trust|Union|Federation|Institute|Committee|Authority|Board|Aggregates|Ltd|Limited|plc|Group)$/;
interface NameRunIndex {
  firstAt: Map<string, number>;
  byWord: Map<string, Array<{ sentence: number; run: string; the: boolean }>>;
  answers: Map<string, string[]>;
  /** Names of the article's places ("California"): no short form of a body named after one ("California Institute of Technology"). */
  places: Set<string>;
  /** Runs of two or more words by their initials ("USGS" → "US Geological Survey"). */
  byInitials: Map<string, Set<string>>;
}
/** "US Geological Survey" → "USGS": each word's capital (an acronym word whole), small linking words left out. */
function initialsOf(run: string): string | undefined {
  const words = run.split(" ").filter((w) => !/^(?:of|and|the|for|&|de|on|in)$/.test(w));
  if (words.length < 2) return undefined;
  const initials = words.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0])).join("");
  // ("HD" of an article about television is no "Happy Days": two letters stand for a body's or a
  // country's name — "EU", "UN", "US" — not for any two capitalised words.)
  return initials.length >= 3 || ORGANISATION_HEAD.test(run) || /^United /.test(run) ? initials : undefined;
}
const nameRunsMemo = new WeakMap<ArticleFacts, NameRunIndex>();

/**
 * The other name the article gives the thing an answer names, when it introduces it in full and
 * then shortens it — "Shaw University" … "studied at Shaw", "HMS Agamemnon" … "the overloaded
 * Agamemnon", "the Free Speech and Headlight" … "the offices of the Free Speech" — so a learner who
 * writes the form the article used first, or the short one it used after, is right. A longer name
 * that comes only after the short one ("the Atlantic" … "the Atlantic Telegraph Company") is
 * something else.
 */
const otherWords = new WeakMap<CleanArticle, Map<string, Map<string, string[]>>>();
/** "shares, or stocks,", "the S wave, or secondary wave.": a word and the article's other word for it, said after ", or". */
const OR_WORD = /(?<![\p{L}'’-])(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?), or (\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?)(?=[,.;:)])/gu;

/**
 * The article's other word for the answer ("stocks" for "shares", "secondary waves" for "S waves"),
 * accepted for it — read once per article; not where the question's own sentence shows it.
 */
function otherWordForms(article: CleanArticle, answer: string, sentence: string): string[] {
  const pairs = perOwner(otherWords, article, "", () => {
    const found = new Map<string, string[]>();
    const pair = (a: string, b: string) => found.set(a.toLowerCase(), [...(found.get(a.toLowerCase()) ?? []), b]);
    for (const m of article.body.matchAll(OR_WORD)) {
      const [, said, other] = m;
      // ("it, or isotope": a pronoun or a number has no other word; "the S wave": the article is no part of it.)
      const word = said.replace(/^(?:the|a|an) /i, "");
      if (/^(?:it|they|this|that|these|those|one|two|three|and|or|but)$/i.test(word) || /^(?:the|a|an|and|or|but)\b/.test(other)) continue;
      pair(word, other);
      // (Two words said first: the last alone may be the name — "comes the S wave, or …" → "S wave".)
      if (word.includes(" ")) pair(word.split(" ").slice(-1)[0], other);
      pair(other, word);
    }
    return found;
  });
  const bare = answer.replace(/^(?:the|a|an) /i, "");
  const plural = /[^s]s$/.test(bare) ? bare.slice(0, -1) : undefined;
  const out = [...(pairs.get(bare.toLowerCase()) ?? []), ...(plural ? (pairs.get(plural.toLowerCase()) ?? []).map((o) => `${o}s`) : [])];
  // (Nor where the title shows it: "stocks" under "How the stock market works" would give "shares" away.)
  return [...new Set(out)].filter((o) => !containsPhrase(sentence, o.replace(/s$/, "")) && !containsPhrase(article.title ?? "", o.replace(/s$/, "")));
}

const renamings = new WeakMap<CleanArticle, Map<string, Map<string, string[]>>>();
/** "Brünn, the city now called Brno", "Batavia, now known as Jakarta": a name's other one, read once per article. */
// ("Heinzendorf, a village in Austrian Silesia that is now Hynčice": so is a place "that is now" another.)
const RENAMED = /\b(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}), (?:(?:the (?:city|town|village|port|country|region|island) )?(?:now|today) (?:called|known as|named)|(?:a|an|the) (?:city|town|village|port|settlement|hamlet)(?: in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})? (?:that|which) is now) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}?)(?= in \b|[,.;]|$)/gu;

/**
 * The other name the article gives a place ("Brünn" ↔ "Brno"), accepted for either — not in the
 * sentence that renames it, where the other name is the question's own ("What is Brünn now called?").
 */
function renamedForms(article: CleanArticle, answer: string, sentence: string): string[] {
  const pairs = perOwner(renamings, article, "", () => {
    const found = new Map<string, string[]>();
    for (const m of article.body.matchAll(RENAMED)) {
      found.set(m[1], [...(found.get(m[1]) ?? []), m[2]]);
      found.set(m[2], [...(found.get(m[2]) ?? []), m[1]]);
    }
    return found;
  });
  return (pairs.get(answer) ?? []).filter((other) => !sentence.includes(other));
}

const ofNamesMemo = new WeakMap<ArticleFacts, Map<string, Set<string>>>();
/**
 * "The _____ respects the Salisbury Convention" → Lords, "gave the _____ independence" → Bank: a
 * one-word name the article also gives in full ("the House of Lords", "the Bank of England") is right
 * in full too. Only when the article has one such full name for the word.
 */
function ofNameForms(analysis: ArticleFacts, fact: Fact, answer: string): string[] {
  const word = answer.replace(/^the /i, "");
  if (fact.type === "person" || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  let byWord = ofNamesMemo.get(analysis);
  if (!byWord) {
    byWord = new Map();
    const add = (key: string, full: string) => {
      if (!byWord!.has(key)) byWord!.set(key, new Set());
      byWord!.get(key)!.add(full);
    };
    for (const st of analysis.sentences) {
      // "House of Lords" names "Lords"; "Bank of England" names "Bank".
      for (const m of st.text.matchAll(/\b(\p{Lu}\p{Ll}+) of (?:the )?(\p{Lu}\p{Ll}+)\b(?! (?:of|\p{Lu}))/gu)) {
        add(m[1], m[0]);
        if (m[1] === "House") add(m[2], m[0]);
      }
    }
    ofNamesMemo.set(analysis, byWord);
  }
  const full = byWord.get(word);
  return full && full.size === 1 ? [...full] : [];
}

function articleNameForms(analysis: ArticleFacts, answer: string): string[] {
  const name = answer.replace(/^the /i, "");
  // ("the Tessera Read 7": a model's number is part of its name.)
  if (!/^\p{Lu}/u.test(name) || /\d/.test(name.replace(/ \d{1,4}$/, "")) || (name.length < 4 && !/^\p{Lu}{2,3}$/u.test(name))) return [];
  let index = nameRunsMemo.get(analysis);
  if (!index) {
    // Read once per article: where each run is first seen, and the runs by their first word (a
    // ship's by its name's) — a scan of every run per answer made long documents quadratic.
    index = { firstAt: new Map(), byWord: new Map(), answers: new Map(), places: new Set(), byInitials: new Map() };
    // (A place the gazetteer knows: "studied at Tarrow" may type the college's short name a place too.)
    for (const e of analysis.entities.values()) if (PLACE_TYPES.has(e.type) && (e.type !== "place" || e.country)) for (const form of [e.display, ...e.aliases]) index.places.add(form);
    const add = (sentence: number, run: string, the: boolean) => {
      if (!index!.firstAt.has(run)) {
        index!.firstAt.set(run, sentence);
        const initials = initialsOf(run);
        if (initials) {
          if (!index!.byInitials.has(initials)) index!.byInitials.set(initials, new Set());
          index!.byInitials.get(initials)!.add(run);
        }
      }
      const words = run.split(" ");
      for (const w of SHIP_WORD.test(words[0]) ? [words[0], words[1]] : [words[0]]) {
        if (!w) continue;
        if (!index!.byWord.has(w)) index!.byWord.set(w, []);
        index!.byWord.get(w)!.push({ sentence, run, the });
      }
    };
    for (const s of analysis.sentences) {
      for (const m of s.text.matchAll(NAME_RUN)) {
        const the = /^the /.test(m[0]);
        // (A sentence's own capital "The" is no part of the name.)
        const run = m[0].replace(/^(?:the|The) /, "");
        add(s.index, run, the);
        // ("two warships, HMS Tenacity and USS Harrow": each name of a pair is a run of its own too.)
        if (/ (?:and|&) /.test(run)) for (const part of run.split(/ (?:and|&) /)) add(s.index, part, false);
      }
    }
    nameRunsMemo.set(analysis, index);
  }
  const known = index.answers.get(name);
  if (known) return known;
  const found = nameFormsOf(index, name);
  index.answers.set(name, found);
  return found;
}

function nameFormsOf(index: NameRunIndex, name: string): string[] {
  const first = (form: string) => index.firstAt.get(form);
  const out: string[] = [];
  // "the USGS gives 9.1" … "the US Geological Survey": an acronym and the name it stands for, both in the article.
  const expansions = /^\p{Lu}{2,6}$/u.test(name) ? index.byInitials.get(name) : undefined;
  if (expansions?.size === 1) out.push(...expansions);
  const initials = initialsOf(name);
  if (initials && initials !== name && first(initials) !== undefined) out.push(initials);
  const shipless = name.replace(SHIP_OPENING, "");
  // The answer is the short form: the one longer form it follows.
  const bareAt = first(name);
  if (bareAt !== undefined) {
    const longer = new Set<string>();
    for (const r of index.byWord.get(name.split(" ")[0]) ?? []) {
      if (r.sentence > bareAt || r.run === name) continue;
      const ship = SHIP_OPENING.test(r.run) && r.run.replace(SHIP_OPENING, "") === name;
      // ("Britain and America": two names, unless one thing's name after "the".)
      const extended = r.run.startsWith(`${name} `) && (r.the || !/ (?:and|&) /.test(r.run.slice(name.length)));
      const placeOfIt = index.places.has(name) && !index.places.has(r.run);
      if ((ship || extended) && first(r.run)! <= bareAt && !NAMED_AFTER.test(r.run) && !placeOfIt) longer.add(r.run);
    }
    if (longer.size === 1) out.push(...longer);
  }
  // The answer is the full form: the short one the article goes on to use, never before it.
  const fullAt = bareAt;
  if (fullAt !== undefined) {
    const words = NAMED_AFTER.test(shipless) ? [] : shipless.split(" ");
    const shorter = new Set<string>();
    // ("the MV Orla Grace": a ship is rightly named without its prefix, whether or not the article does.)
    if (shipless !== name) out.push(shipless);
    // ("Voyager 1" is never "Voyager": its number tells it from Voyager 2.)
    for (let n = /^\d+$/.test(words[words.length - 1]) ? 0 : words.length - 1; n >= 1; n--) {
      const head = words.slice(0, n).join(" ");
      if (/^(?:and|of|&|de|du|von|van|da)$/.test(words[n - 1]) || head.length < 4 || /^(?:New|Old|North|South|East|West|Great|Upper|Lower|Saint|Royal|United|National|First)$/.test(head)) continue;
      shorter.add(head);
    }
    for (const short of shorter) {
      const at = first(short);
      if (at !== undefined && at >= fullAt && short !== name && !(index.places.has(short) && !index.places.has(name))) {
        out.push(short);
        break;
      }
    }
  }
  return out;
}

// Per article and word: whether the body capitalises the word after a lower-case word or a comma.
// A regex over the whole body per fact made long documents quadratic.
const midSentenceMemo = new WeakMap<CleanArticle, Map<string, boolean>>();
function capitalisedMidSentence(article: CleanArticle, word: string): boolean {
  // A word of letters: looked up among the words the body capitalises there, read once per article
  // (a regex per word over the whole body grew with the document's length times its words).
  if (/^\p{L}+$/u.test(word)) {
    let words = midSentenceWords.get(article);
    if (!words) midSentenceWords.set(article, (words = new Set((article.body ?? "").match(/(?<=[\p{Ll},;] )\p{Lu}\p{L}*/gu) ?? [])));
    return words.has(word);
  }
  return perOwner(midSentenceMemo, article, word, () => new RegExp(`[\\p{Ll},;] ${escapeRegExp(word)}(?![\\p{L}])`, "u").test(article.body ?? ""));
}
const midSentenceWords = new WeakMap<CleanArticle, Set<string>>();

/** The last word of a firm's name ("Dorman Long and Company"): "of <place>" after it is where the firm is. */
const FIRM_END = new RegExp(`\\b(?:${FIRM_WORD})$`);

/** Heads of names that go on with "of …" ("Chamber of Commerce", "Bank of England", "Department of Energy"). */
const INSTITUTION_HEAD = /^(?:Chamber|Bank|Department|Ministry|University|College|Institute|Museum|Society|Academy|Council|Board|Court|Church|Federation|Association|Union|Office|School|Faculty|Bureau|Agency|Commission|Committee|Order|Company|Corporation|Guild|House)$/;

/** " in April …" after a gap: a time, not the rest of a name (compiled once; the check runs per fact). */
const IN_MONTH = new RegExp(`^\\sin\\s(?:${MONTH_NAMES})\\b`);

function factLevelReasons(
  fact: Fact,
  entity: Entity,
  article: CleanArticle,
  text: string,
  start: number,
  end: number,
  sentenceFacts: Fact[],
  source: StemSource,
  shown = text.length,
): string[] {
  const reasons: string[] = [];
  const names = [entity.display, ...entity.aliases, fact.text];
  // A surname shared with the title's person ("Pierre Curie" under "Marie Curie: a life") gives nothing away.
  const titleForms = entity.type === "person" ? [entity.display, fact.text] : names;
  if (titleForms.some((n) => mentionsForm(article.title ?? "", n))) reasons.push("answer-in-title");
  // The answer's demonym in the stem ("Zimbabwean") is checked on the finished stem (validate.ts):
  // the sentence's other clauses are not shown.
  // A repeat of the answer elsewhere is checked on the finished stem ("answer-in-stem"): the
  // statement drops "(PMF)" after "Popular Mobilization Forces", the sentence did not.
  // A gap cut out of a longer name: capitalised words glued to either side.
  const before = text.slice(0, start).match(/(\p{Lu}[\p{L}’'-]*)\s$/u)?.[1]?.replace(/^.*[’']s$/, "");
  const after = text.slice(end).match(/^\s(\p{Lu}[\p{L}’'-]*|of\s\p{Lu}|in\s\p{Lu}|or\s\p{Lu})/u)?.[1];
  const beforeIsTitle = before && (/^(President|Minister|General|Secretary|King|Queen|Prince|Sheikh|Senator|Governor|Mayor|Dr|Mr|Mrs|Ms|Judge|Commander|Colonel|Captain|Leader|Chancellor|Premier)$/.test(before) ||
    // "Sir _____", "Professor _____": a title before a person, not a piece of the name.
    (fact.type === "person" && (/^(Sir|Dame|Professor|Admiral|Cardinal|Bishop|Archbishop|Emperor|Sultan|Lieutenant|Sergeant|Marshal|Pope)$/.test(before) || OFFICES_BEFORE_NAMES.includes(before))) ||
    // "the Norwegian _____" (Roald Amundsen): a nationality before a person's name.
    // ("the Frenchman _____" (Pierre Perrault), "the Englishman _____": the nationality's own noun.)
    ((fact.type === "person" || fact.type === "name") && (!!lookupDemonym(before) || /^(?:French|English|Scots|Welsh|Irish|Dutch)(?:man|woman)$/.test(before)) && /\s/.test(fact.text) && /(?:^|\s)(?:the|a|an)\s$/i.test(text.slice(0, start - before.length - 1))));
  // A capital at the sentence start may be the sentence's ("Disease _____ made …"); a word the
  // article also capitalises mid-sentence is a name ("Harbourside _____ won" cuts Harbourside Athletic).
  const beforeIsSentenceStart = before && text.slice(0, start).trim() === before && !capitalisedMidSentence(article, before);
  // A numeric answer ("beat Northgate Rovers _____" → 3–2) continues no name.
  const numeric = ["year", "date", "score", "count", "quantity", "money", "percent"].includes(fact.type) && /^\d/.test(fact.text);
  // "the Atacama Large Millimeter/submillimeter _____": a slashed pair is one word of the name.
  // ("South Florida/_____" (Miami): two names a slash pairs are each a whole name.)
  if (/\p{Ll}[\p{L}-]*\/$/u.test(text.slice(0, start)) || /^\/\p{Ll}/u.test(text.slice(end)) || /\p{Lu}[\p{L}-]*\/\p{Ll}[\p{L}-]*\s$/u.test(text.slice(0, start))) reasons.push("truncated-name");
  // ("About _____ of Earth's water": a word that hedges a number is no part of a name.)
  const hedge = numeric && /^(?:About|Around|Nearly|Almost|Roughly|Some|Over|Under|Only|Just|Exactly|Approximately)$/.test(before ?? "");
  if (before && !beforeIsTitle && !beforeIsSentenceStart && !hedge && !/^(The|In|On|At|By|For|From|As|And|But|Of)$/.test(before) && fact.type !== "year" && fact.type !== "date" && !(fact.type === "score" && numeric)) {
    reasons.push("truncated-name");
  }
  // ("about _____ Australian pounds": the unit after a quantity continues no name.)
  const unitNext = !!fact.unit && text.slice(end).trimStart().startsWith(fact.unit);
  // ("reached 11.1 per cent in October 2022": a number a preposition follows ends there.)
  const numberEnds = numeric && /^\p{Ll}/u.test(after ?? "");
  // ("held in _____ in April 2027": a month after "in" is a time, no name running on.)
  const timeNext = IN_MONTH.test(text.slice(end));
  if (after && !unitNext && !numberEnds && !timeNext && fact.type !== "year" && fact.type !== "date" && fact.type !== "count" && !whereItIs(fact, text, end, sentenceFacts, source, !!beforeIsTitle)) reasons.push("truncated-name");
  // "the Monument to the Great Fire of London": a memorial's name runs on through "to the".
  if (/\b(?:Monument|Memorial)$/.test(fact.text) && /^\sto\sthe\s\p{Lu}/u.test(text.slice(end))) reasons.push("truncated-name");
  // "the _____ for the Advancement of Colored People", "the National Association for the Advancement
  // of _____": a name of the "X for the Y of Z" kind runs through its "for the".
  if (/^\p{Lu}/u.test(fact.text) && !["year", "date", "person"].includes(fact.type) && (/^\sfor (?:the )?\p{Lu}/u.test(text.slice(end)) || /\p{Lu}\p{L}+ for the \p{Lu}\p{L}+ (?:of|for) $/u.test(text.slice(0, start)))) reasons.push("truncated-name");
  // "the Nobel Prize in Physiology or _____": the second half of a name joined by "or".
  if (/\p{Lu}\p{L}+ or $/u.test(text.slice(0, start)) && fact.type !== "year") reasons.push("truncated-name");
  // "… Monetary and _____": the capitalised word before the connector must end a name of its own.
  const joined = text.slice(0, start).match(/(\p{Lu}[\p{L}’'-]*)\s+(and|of|for|de|van|von|al|bin)\s$/u);
  if (joined && fact.type !== "year" && fact.type !== "date") {
    const wordEnd = start - joined[0].length + joined[1].length;
    const endsName = sentenceFacts.some((f) => shiftSpan(source, f.start, f.end)[1] === wordEnd);
    // "The Ashford Chamber of _____" → Commerce: a capitalised word after "Chamber of" is the name's own tail.
    const seat = joined[2] === "of" && (PLACE_TYPES.has(fact.type) || fact.type === "name") && FIRM_END.test(joined[1]) && sentenceFacts.some((f) => !PLACE_TYPES.has(f.type) && FIRM_END.test(f.text) && shiftSpan(source, f.start, f.end)[1] === wordEnd);
    if (!endsName || (joined[2] === "of" && INSTITUTION_HEAD.test(joined[1]) && /^\p{Lu}\p{Ll}+$/u.test(fact.text) && !seat)) reasons.push("truncated-name");
  }
  // "the British Journal of _____" → Experimental Pathology: a periodical's field is its name's tail.
  if (/\b(?:Journal|Review|Proceedings|Annals|Bulletin|Transactions|Gazette|Magazine) of $/.test(text.slice(0, start))) reasons.push("truncated-name");
  if (fact.type === "term" && entity.mentions < 2 && fact.kind !== "defined") reasons.push("weak-term");
  // "wherever the two systems met": a small count after "the" counts things said before, no fact of its own.
  if (fact.type === "count" && (fact.value ?? 99) <= 3 && /\bthe\s$/i.test(text.slice(0, start)) && !/^\s+[\p{L}-]+\s+of\b/u.test(text.slice(end))) reasons.push("not-worth-asking");
  // "the two halves met": halves are two by what the word means.
  if (fact.type === "count" && /^\s+halves\b/i.test(text.slice(end))) reasons.push("not-worth-asking");
  // "moves away on both sides like two conveyor belts": the number of a likeness is no fact.
  if (fact.type === "count" && /\blike\s+$/i.test(text.slice(0, start))) reasons.push("not-worth-asking");
  // "in _____, 1993 and 1994": the neighbours of a list give a year or count away; "between 10 and
  // _____ kilograms" asks half a range.
  if (["year", "count", "quantity", "percent", "money"].includes(fact.type) && (/^(,|\s+and|\s+or)\s*\d/.test(text.slice(end)) || /\d(,| and| or)\s+$/.test(text.slice(0, start)))) reasons.push("list-member");
  // "on 9 December, 16 December and _____": a date of a list whose other dates the stem prints.
  const dateItem = new RegExp(`\\b\\d{1,2} (?:${MONTH_NAMES})(?: \\d{4})?`);
  if (fact.type === "date" && (new RegExp(`${dateItem.source}(?:,| and| or)\\s+$`).test(text.slice(0, start)) || new RegExp(`^(?:,| and| or)\\s+${dateItem.source}`).test(text.slice(end)))) reasons.push("list-member");
  // "Drug companies such as _____": a lone example; any other fits the gap as well. (Not one of a
  // list the stem prints: "groups such as _____ and Haraket Hezbollah al-Nujaba".)
  if (/\bsuch as\s+$/i.test(text.slice(0, start)) && !/^\s*(?:,|and\b|or\b)/.test(text.slice(end))) reasons.push("one-of-several");
  // "reduced its population by 10 to _____", "30 to _____ inhabitants": half of a range.
  // ("devalued from 4.03 to _____" is a change, not a range: its new value is one answer.)
  const change = /\b(?:devalued|revalued|fell|rose|dropped|climbed|increased|decreased|grew|cut|raised|reduced|lowered|jumped|soared|slipped|changed)\b[^.;]{0,40}\bfrom\s+\S+\s+to\s+$/i.test(text.slice(0, start));
  if (["year", "count", "quantity", "percent", "money"].includes(fact.type) && !change && (/\d%?\s+to\s+$/.test(text.slice(0, start)) || /^\s+to\s+\d/.test(text.slice(end)))) reasons.push("list-member");
  // "the epidemic of _____–31": a gap cut inside a range of years.
  if (/^\s?[–-]\d/.test(text.slice(end)) || /\d[–-]\s?$/.test(text.slice(0, start))) reasons.push("truncated-name");
  // "America's Cup", "St John's College": a possessive that opens a name is no owner to ask for.
  if (/^[’']s\s+(?:Cup|Trophy|Prize|Award|Day|College|Stadium|Island|Bay|Park|Square|Hospital|Church|Cathedral|Inn|Lane|Road|Street|Wharf)\b/.test(text.slice(end))) reasons.push("truncated-name");
  // "AT & T": a name joined by an ampersand is cut either side.
  if (/^\s*&/.test(text.slice(end)) || /&\s*$/.test(text.slice(0, start))) reasons.push("truncated-name");
  // A one-word common noun mentioned once or twice ("team", "music") is no fact to ask for.
  // A term the article names or defines ("the evaporator, a set of pipes …") is its vocabulary.
  // An everyday word ("electricity", "population", "distance") is guessed from the words around it
  // however often the article uses it — unless the sentence names it ("known as the _____") or glosses
  // it (", the total amount of …").
  const namedHere = /\b(?:known as|called|named|termed)\s+(?:the\s+|an?\s+)?$/i.test(text.slice(0, start)) || /^,\s+(?:the|an?)\s/i.test(text.slice(end));
  if (fact.type === "term" && fact.kind !== "defined" && !fact.text.includes(" ") && (entity.mentions < 3 || (isEverydayNoun(fact.text) && !namedHere))) reasons.push("generic-term");
  // "Disease _____ made …": the head of a compound cut from its modifier.
  if (fact.type === "term" && /^\p{Lu}\p{Ll}+ $/u.test(text.slice(0, start))) reasons.push("truncated-name");
  // "shared by eleven countries: Tanzania, Uganda, …": the stem lists what the number counts.
  if ((fact.type === "count" || fact.type === "quantity") && /^[^.;:]{0,40}:[^.;]*,/.test(text.slice(end, Math.max(end, shown)))) reasons.push("count-listed-in-stem");
  // "won _____ years in a row, in 1992, 1993 and 1994": the list right after has as many items as the answer.
  if ((fact.type === "count" || fact.type === "quantity") && fact.value !== undefined && listedCount(text.slice(end, end + 80)) === fact.value) reasons.push("count-listed-in-stem");
  // "divides into two branches, the Rosetta branch … and the Damietta branch": listed right after.
  // ("three generators, which turn …": a relative clause after the comma lists nothing.)
  if (fact.type === "count" && (fact.value ?? 99) <= 5 && fact.unit && text.slice(end).startsWith(` ${fact.unit},`) && !/^\s+(?:which|that|who|whose)\b/i.test(text.slice(end + fact.unit.length + 2))) reasons.push("count-listed-in-stem");
  // ("to make a single kilogram": a unit with a word before it is still a unit, no term.)
  if (fact.type === "term" && (fact.text.length < 4 || MEASURE_UNITS.test(fact.text.split(" ").pop() ?? "") || sentenceFacts.some((f) => f.unit !== undefined && f.end <= fact.start && fact.start - f.end < 20))) {
    reasons.push("term-is-unit");
  }
  return reasons;
}

/** Items of a list of years or names that follows a count ("… in a row, in 1992, 1993 and 1994"), if one does. */
function listedCount(after: string): number | undefined {
  const m = after.match(/^[^.;:]{0,30}?\b(?:in|by|from|:)\s+((?:\d{4}|\p{Lu}[\p{L}-]*)(?:\s*,\s*(?:\d{4}|\p{Lu}[\p{L}-]*))*\s*,?\s+and\s+(?:\d{4}|\p{Lu}[\p{L}-]*))/u);
  return m ? m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean).length : undefined;
}

const PLACE_TYPES: ReadonlySet<FineType> = new Set(["country", "city", "region", "place", "water"]);

/**
 * "the Mount Washington Hotel in Bretton Woods", "King Valdemar IV of Denmark": a whole name
 * followed by where it is (a place the sentence names as a fact of its own) is not a name cut
 * short. "of" counts only after a title: "the Bank of _____" stays a truncated name.
 */
function whereItIs(fact: Fact, text: string, end: number, sentenceFacts: Fact[], source: StemSource, titled: boolean): boolean {
  const m = text.slice(end).match(/^\s(in|of)\s(?=\p{Lu})/u);
  // A person "of" a place or an organisation: a title before ("King _____ of Denmark") or a full name
  // ("the economist _____ of Yale University") says the gap holds the whole name.
  const person = fact.type === "person" && (titled || /\s/.test(fact.text));
  // "Dorman Long and Company of Middlesbrough": a firm's name ends in its company word; its seat follows.
  const firm = (fact.type === "organization" || fact.type === "name") && FIRM_END.test(fact.text);
  if (!m || (m[1] === "of" && !person && !firm)) return false;
  if (m[1] === "in" && !["place", "facility", "name", "water", "organization"].includes(fact.type)) return false;
  const next = end + m[0].length;
  // (A firm's seat is a town the gazetteer may not know: any name there.)
  return sentenceFacts.some((f) => (PLACE_TYPES.has(f.type) || (person && f.type === "organization") || (firm && f.type !== "organization")) && shiftSpan(source, f.start, f.end)[0] === next);
}

/**
 * A one-word common noun that is no fact to test: short ("gold", "flood", "system") or a short one
 * after "the" ("the coalition"). Long single words are kept: they are the article's terms
 * ("evaporation", "stagflation", "pitchblende").
 */
/** Nouns that name a role or a kind of thing any such story has: no fact to learn ("the _____ said" → spokesperson). */
const GENERIC_NOUNS = /^(?:spokesperson|spokesman|spokeswoman|instrument|instruments|official|officials|residents|passengers|equipment|authorities|trade)$/;

function genericWord(fact: Fact, sentence: string): boolean {
  if (fact.type === "term" && fact.kind !== "defined" && GENERIC_NOUNS.test(fact.text)) return true;
  if (fact.type !== "term" || fact.kind === "defined" || /\s/.test(fact.text) || /\p{Lu}/u.test(fact.text)) return false;
  return fact.text.length < 8 || (fact.text.length < 10 && fact.kind !== "acronym" && /\bthe\s+$/i.test(sentence.slice(0, fact.start)));
}

/** A false statement is unsafe when another sentence pairs the swapped-in value with the same context. */
const loweredCache = new WeakMap<ArticleFacts, string[]>();
// The sentences (positions) that hold a swapped-in value, per analysis and value: a long document
// swaps the same names in thousands of times, and a scan of every sentence each time was quadratic.
const holdersCache = new WeakMap<ArticleFacts, Map<string, number[]>>();
/**
 * Whether a false statement still carries the value it swapped out in a name of its own ("the S&P
 * 500", "Ashworth's Hardware", "the Severn Cup"): a number of the true answer anywhere, or a capitalised
 * word of it owning or leading another name ("Ashworth's …", "Severn Cup") — not the subject's own
 * name ("Shockley left Bell Labs", "Rosalind Mary Ferrars was …"), which says nothing of the swap.
 */
function swapShowsItself(statement: string, answer: string, swap: string): boolean {
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const count = (text: string, pattern: string) => text.split(new RegExp(pattern, "u")).length - 1;
  // (The swapped-in value's own words do not count: "the Parliament Act 2004" for "the Hunting Act 2004".)
  const words = answer.match(/\p{Lu}[\p{L}-]{2,}|\d[\d,.]*\d|\d/gu) ?? [];
  return words.some((w) => {
    const pattern = /^\d/.test(w) ? `(?<![\\p{L}\\d])${escaped(w)}(?![\\p{L}\\d])` : `(?<![\\p{L}\\d])${escaped(w)}(?:[’']s\\b|\\s+\\p{Lu}|\\s+\\d)`;
    return !/^(?:The|And|Of)$/.test(w) && count(statement.split(swap).join(" ⁂ "), pattern) > 0;
  });
}

function possiblyTrueElsewhere(statement: string, swap: string, analysis: ArticleFacts, sentenceIndex: number): boolean {
  const words = new Set(contentWords(statement).map((w) => w.toLowerCase()));
  const needle = swap.toLowerCase();
  let lowered = loweredCache.get(analysis);
  if (!lowered) loweredCache.set(analysis, (lowered = analysis.sentences.map((s) => s.text.toLowerCase())));
  let byNeedle = holdersCache.get(analysis);
  if (!byNeedle) holdersCache.set(analysis, (byNeedle = new Map()));
  let holders = byNeedle.get(needle);
  if (!holders) {
    holders = [];
    for (const [k, text] of lowered.entries()) if (text.includes(needle)) holders.push(k);
    byNeedle.set(needle, holders);
  }
  for (const k of holders) {
    const s = analysis.sentences[k];
    if (s.index === sentenceIndex) continue;
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

const titleWordsMemo = new WeakMap<CleanArticle, Set<string>>();
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * How often `text` stands whole in `sentence` ("44" of "44 nations" is not repeated by "1944").
 * An indexOf scan: a Unicode regex with lookbehind built per candidate compiled in up to 20 ms
 * and cost a sixth of generation.
 */
function timesInSentence(text: string, sentence: string): number {
  if (!text) return 0;
  let n = 0;
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const before = at > 0 ? sentence.slice(Math.max(0, at - 2), at) : "";
    const after = sentence.slice(at + text.length, at + text.length + 2);
    const lastBefore = [...before].pop() ?? "";
    const firstAfter = [...after][0] ?? "";
    if (!WORD_CHAR.test(lastBefore) && !WORD_CHAR.test(firstAfter)) n++;
  }
  return n;
}

/** A definite noun phrase of common nouns ending just before ", <name>": "the German wharf, ". */
const APPOSITIVE_HEAD = /\b(?:the|its|their|his|her)(?:\s+[\p{L}-]+){0,2}\s+\p{Ll}[\p{L}-]*,\s$/u;

function baseFeatures(fact: Fact, entity: Entity, analysis: ArticleFacts, article: CleanArticle, sentence: string, position: number): Record<string, number> {
  let titleWords = titleWordsMemo.get(article);
  if (!titleWords) titleWordsMemo.set(article, (titleWords = new Set(contentWords(article.title ?? "").map((w) => w.toLowerCase()))));
  const words = sentenceWords(analysis, fact.sentenceIndex);
  const overlap = [...titleWords].filter((w) => words.has(w)).length / Math.max(1, titleWords.size);
  const ambiguous = timesInSentence(fact.text, sentence) > 1 ? 1 : 0;
  // A gap inside a list ("Tanzania, _____, Rwanda, …") only tests memory of the list.
  // "Bretton Woods, New Hampshire, in the United States" is an address, not a list: a list goes on
  // with another item, not a preposition.
  // "the German wharf, Bryggen, still stand" names the thing before it: an appositive, not a list.
  const before = sentence.slice(0, fact.start);
  const appositive = /^\p{Lu}/u.test(fact.text) && APPOSITIVE_HEAD.test(before) && /^,\s+(?!and\b)\p{Ll}/u.test(sentence.slice(fact.end));
  const listMember = !appositive && /,\s$/.test(before) && /^(,(?!\s+(?:in|on|at|near|with|by|from|for|to|after|before|where|which|who|when|while)\b)|\s+and\s)/.test(sentence.slice(fact.end)) ? 1 : 0;
  // A one-word common noun ("team", "winner") is the weakest gap there is.
  const generic = fact.type === "term" && fact.kind !== "defined" && !fact.text.includes(" ") ? 1 : 0;
  return {
    listMember,
    generic,
    salience: Math.min(1, entity.mentions / 4),
    // The lead matters; after it, place in the article does not (a long document is read to its end).
    position: position < 3 ? 1 : 0.5,
    titleOverlap: Math.min(1, overlap),
    // A term the article defines is asked like a name; an undefined one stays the weakest gap.
    specificity: fact.kind === "defined" ? SPECIFICITY.name! : SPECIFICITY[fact.type] ?? 0.5,
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
    0.15 * (f.listMember ?? 0) -
    0.15 * (f.generic ?? 0) -
    0.2 * (f.address ?? 0) +
    0.05 * (f.wh ?? 0);
  return Math.round(Math.max(0, Math.min(1, s)) * 1000) / 1000;
}

function difficultyOf(type: QuestionType, entity: Entity, f: Record<string, number>): number {
  const d = QUESTION_TYPE_SPECS[type].baseDifficulty + (entity.mentions <= 1 ? 0.15 : 0) - 0.1 * f.titleOverlap;
  return Math.round(Math.max(0, Math.min(1, d)) * 100) / 100;
}

/** The order forms are preferred in for one fact: a wh-question first, then a short statement. */
function formRank(c: Candidate): number {
  // A stem over Kahoot's 120 characters goes last: a flashcard front should read in one glance.
  const long = c.draft.prompt.length > KAHOOT_STEM ? 3 : 0;
  if (c.form.startsWith("wh-")) return long;
  if (c.draft.type === "MCQ" || c.draft.type === "CLOZE") return 1 + long;
  return 2 + long;
}

const thingWordsMemo = new WeakMap<ArticleFacts, Map<string, Map<string, Set<Entity>>>>();

/**
 * "In 1891 Maria moved to Paris": a name the tagger reads as a person's (a first name, a surname)
 * is asked with "who" even when the article never gives it in full — unless a word of it names
 * something else in the article ("Carolina" of the Carolina Panthers) or it takes "the" (the Rosetta Stone).
 */
function personByName(fact: Fact, entity: Entity, toks: Tok[], analysis: ArticleFacts, afterThe: boolean): Fact | undefined {
  if (fact.type !== "name" || afterThe || !toks.length || !toks.every((t) => t.tags.has("Person") && (t.tags.has("FirstName") || t.tags.has("LastName") || t.tags.has("MaleName") || t.tags.has("FemaleName")))) return undefined;
  // (The words of the article's other names are read once per article: a long document has thousands.)
  const owners = perOwner(thingWordsMemo, analysis, "", () => {
    const byWord = new Map<string, Set<Entity>>();
    for (const other of analysis.entities.values()) {
      if (other.type === "person") continue;
      for (const w of other.display.split(/\s+/)) (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(other);
    }
    return byWord;
  });
  for (const t of toks) {
    const named = owners.get(t.text.replace(/[’']s$/, ""));
    if (named && [...named].some((other) => other !== entity)) return undefined;
  }
  return { ...fact, type: "person", kind: "person" };
}

/**
 * A participle statement that dates a named thing: "The Treaty of Stralsund was signed in 1370" —
 * the subject a name ("ENIAC", "the Monument …"), the answer a time after the inserted "was".
 */
function datedName(toks: Tok[], a: number, fact: Fact): boolean {
  if (fact.type !== "year" && fact.type !== "date" && fact.type !== "century") return false;
  const be = toks.findIndex((t) => /^(was|were|is|are)$/.test(t.text));
  if (be <= 0 || a <= be) return false;
  const head = /^the$/i.test(toks[0].text) ? toks[1] : toks[0];
  return !!head && /^\p{Lu}/u.test(head.text) && (head.tags.has("ProperNoun") || head.tags.has("Acronym") || head.tags.has("Fact"));
}

/** Settles a pending item (picks its options); true when it can still be kept. */
function settled(c: Candidate): boolean {
  const pending = c.pending;
  c.pending = undefined;
  pending?.();
  return c.reasons.length === 0;
}

/** 1 when a fact's only gap is a generic term (a common noun cut out of a sentence), else 0. */
function termGap(options: Candidate[]): number {
  return options.every((o) => o.draft.answerType === "term" && o.fact.kind !== "defined") ? 1 : 0;
}

/**
 * What a typed form's lower type weight costs its fact in ranking, given back (true/false stays
 * weaker): the form counts as its multiple-choice twin would, to the same rounding — so whether the
 * twin found options never moves its fact.
 */
function formNeutral(c: Candidate): number {
  if (c.draft.type === "TRUE_FALSE" || (c.features.typeWeight ?? QUESTION_TYPE_SPECS.MCQ.rankWeight) >= QUESTION_TYPE_SPECS.MCQ.rankWeight) return 0;
  return scoreOf({ ...c.features, typeWeight: QUESTION_TYPE_SPECS.MCQ.rankWeight }) - c.draft.score;
}

/**
 * Facts, not items, are ranked: each fact offers its best form; the best facts are taken round
 * the paragraphs (every paragraph's best fact before any paragraph's second), at most `PER_ENTITY`
 * per entity, one item per fact — then, only when `max` asks for more than there are facts, a
 * second form of the best facts.
 */
function select(kept: Candidate[], max: number, wanted: Set<QuestionType>): QuestionDraft[] {
  // Items whose options are not picked yet (`pending`) take part as if they kept them; each is
  // settled where the choice could turn on it, so the selection is the one all settled would give.
  const sorted = kept.slice().sort((a, b) => b.draft.score - a.draft.score || (a.draft.key < b.draft.key ? -1 : 1));
  // A false item without its swap yet has no stem to compare: its own key until it settles (see firmUp).
  const promptKeys = sorted.map((c, i) => (c.promptPending ? `pending|${i}` : `${c.draft.type}|${normalizeText(c.draft.prompt)}`));
  const promptCount = new Map<string, number>();
  for (const p of promptKeys) promptCount.set(p, (promptCount.get(p) ?? 0) + 1);
  const byFact = new Map<string, Candidate[]>();
  const seenPrompt = new Set<string>();
  for (const [i, c] of sorted.entries()) {
    const p = promptKeys[i];
    if (seenPrompt.has(p)) continue;
    // Of two items with one stem the first that keeps its options stands.
    if (c.pending && promptCount.get(p)! > 1 && !settled(c)) continue;
    seenPrompt.add(p);
    if (!byFact.has(c.draft.factKey)) byFact.set(c.draft.factKey, []);
    byFact.get(c.draft.factKey)!.push(c);
  }
  interface FactChoice { factKey: string; score: number; paragraph: number; entity: string; sentence: number; options: Candidate[] }
  // Where the article first names a thing (as far as it can be asked there) is where a teacher
  // asks about it; the tenth "Egypt" of a Nile article is the guess for any country gap.
  const introducedAt = new Map<string, number>();
  const place = (c: Candidate) => `${c.fact.entityId}|${c.fact.sentenceIndex}`;
  const firm = new Set(kept.filter((c) => !c.pending && c.reasons.length === 0).map(place));
  for (const c of kept) {
    if (c.pending ? !firm.has(place(c)) && !settled(c) : c.reasons.length > 0) continue;
    introducedAt.set(c.fact.entityId, Math.min(introducedAt.get(c.fact.entityId) ?? Infinity, c.fact.sentenceIndex));
  }
  // What that settled and failed is no form of its fact.
  for (const [factKey, list] of byFact) byFact.set(factKey, list.filter((c) => c.pending || c.reasons.length === 0));
  /**
   * What `read` says of a fact's options: settled first only when the pending items could change it
   * (every read here is monotone in the set of options, so equal answers with and without them are the answer).
   */
  const decided = <T,>(f: { options: Candidate[] }, read: (options: Candidate[]) => T): T => {
    const all = read(f.options);
    if (!f.options.some((o) => o.pending)) return all;
    if (read(f.options.filter((o) => !o.pending)) === all) return all;
    f.options = f.options.filter(settled);
    return read(f.options);
  };
  const byForm = (a: Candidate, b: Candidate) => formRank(a) - formRank(b) || b.draft.score - a.draft.score || (a.draft.key < b.draft.key ? -1 : 1);
  /**
   * A fact about to give `target` from `list` (in its forms' order): the false items not swapped yet
   * that stand at or before it get their swaps (stems, keys, checks) — the fact's forms are then
   * ordered again and true is returned, for the caller to look again. Those after it cannot come
   * first: a swap only moves its item later (its score can only fall, its stem only lengthen).
   * A swap whose stem another item already has is not kept. (A swap may have been picked already,
   * by a ranking read that needed it — `decided` above — but not yet put in its place.)
   */
  const late = new Set(kept.filter((c) => c.promptPending));
  const firmed = new Set<Candidate>();
  const firmUp = (f: { options: Candidate[] }, list: Candidate[], target: Candidate | undefined): boolean => {
    const upTo = target ? list.indexOf(target) + 1 : list.length;
    const early = list.slice(0, upTo).filter((o) => late.has(o) && !firmed.has(o));
    if (!early.length) return false;
    const failed = new Set<Candidate>();
    for (const o of early) {
      firmed.add(o);
      const p = settled(o) ? `${o.draft.type}|${normalizeText(o.draft.prompt)}` : undefined;
      if (p === undefined || seenPrompt.has(p)) failed.add(o);
      else seenPrompt.add(p);
    }
    f.options = f.options.filter((o) => !failed.has(o)).sort(byForm);
    return true;
  };
  const facts: FactChoice[] = [];
  for (const [factKey, list] of byFact) {
    const fact = { options: list };
    // A fact whose every form is long ranks below one that can be asked briefly.
    // A fact that can be asked as a short wh-question ranks above one that only fills a gap.
    // A fact ranks by what it is, not by whether distractors were found for it: a typed form
    // (cloze, short answer) counts as much as the multiple-choice form the fact could not get.
    const score = decided(fact, (options) => Math.max(...options.map((o) => o.draft.score + formNeutral(o) - (o.draft.prompt.length > KAHOOT_STEM ? 0.2 : 0) + (o.form.startsWith("wh-") && o.draft.prompt.length <= KAHOOT_STEM ? WH_FACT_BONUS : 0))));
    const options = fact.options;
    if (!options.length) continue;
    options.sort(byForm);
    const introduced = introducedAt.get(options[0].fact.entityId) === options[0].fact.sentenceIndex ? INTRODUCED : 0;
    // Shown with the features (explain), so the ranking stays readable.
    for (const o of options) o.features.introduced = introduced ? 1 : 0;
    facts.push({ factKey, score: score + introduced, paragraph: options[0].paragraph, entity: options[0].fact.entityId, sentence: options[0].fact.sentenceIndex, options });
  }
  const isTermGap = (f: FactChoice) => decided(f, termGap);
  facts.sort((a, b) => b.score - a.score || (a.factKey < b.factKey ? -1 : 1));
  // Round the paragraphs: round r takes each paragraph's r-th best fact, best paragraphs first.
  const byParagraph = new Map<number, FactChoice[]>();
  for (const f of facts) {
    if (!byParagraph.has(f.paragraph)) byParagraph.set(f.paragraph, []);
    byParagraph.get(f.paragraph)!.push(f);
  }
  // A paragraph's share follows its length: its r-th fact comes at (r + ½) / (sentences with facts),
  // so a long paragraph's fifth fact is not outranked by a one-line paragraph's only, weaker one.
  // Within a paragraph, every sentence's best fact comes before any sentence's second.
  const turn = new Map<string, number>();
  for (const list of byParagraph.values()) {
    const sentences = new Set(list.map((f) => f.sentence)).size;
    const nth = new Map<number, number>();
    const depth = new Map(list.map((f) => {
      const n = nth.get(f.sentence) ?? 0;
      nth.set(f.sentence, n + 1);
      return [f.factKey, n] as const;
    }));
    list.slice().sort((a, b) => depth.get(a.factKey)! - depth.get(b.factKey)! || b.score - a.score || (a.factKey < b.factKey ? -1 : 1))
      .forEach((f, r) => turn.set(f.factKey, (r + 0.5) / sentences));
  }
  const order = facts.slice().sort((a, b) => turn.get(a.factKey)! - turn.get(b.factKey)! || b.score - a.score || (a.factKey < b.factKey ? -1 : 1));

  const chosen: Candidate[] = [];
  const perEntity = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const perAnswer = new Map<string, number>();
  const usedFacts = new Set<string>();
  let wantTrue = false;
  let mcqTurn = false;
  const shortWh = (o: Candidate) => o.form.startsWith("wh-") && o.draft.prompt.length <= KAHOOT_STEM;
  const pick = (f: FactChoice): Candidate | undefined => {
    // Alternate multiple choice and typed answers over the wh-stems; true/false alternates truth.
    let preferred: Candidate | undefined;
    for (;;) {
      const pool = decided(f, (options) => options.some(shortWh)) ? f.options.filter(shortWh) : f.options;
      preferred = pool.find((o) => (o.draft.type === "MCQ") === mcqTurn && (o.draft.type !== "TRUE_FALSE" || o.truth === wantTrue)) ?? pool.find((o) => o.draft.type !== "TRUE_FALSE" || o.truth === wantTrue) ?? pool[0];
      if (firmUp(f, pool, preferred)) continue;
      if (!preferred || settled(preferred)) break;
      f.options = f.options.filter((o) => o !== preferred);
    }
    if (!preferred) return undefined;
    if (preferred.draft.type === "MCQ" || preferred.draft.type === "SHORT_ANSWER") mcqTurn = !mcqTurn;
    if (preferred.draft.type === "TRUE_FALSE") wantTrue = !wantTrue;
    return preferred;
  };
  // Pass 0 spreads facts over paragraphs and sentences, one fact per sentence (a sentence's second
  // fact waits until every sentence had its turn); the later passes fill what is left, a
  // sentence's third fact before its fourth, and a named fact (person, place, date, number)
  // before a generic term gap, so the leftover count goes to what a teacher would ask.
  // Among the leftovers a fact that can be asked as a short wh-question comes before one that only fills a gap.
  const whAsked = (f: FactChoice) => (decided(f, (options) => options.some(shortWh)) ? 0 : 1);
  const later = facts.slice().sort((a, b) => isTermGap(a) - isTermGap(b) || whAsked(a) - whAsked(b) || b.score - a.score || (a.factKey < b.factKey ? -1 : 1));
  for (const pass of [0, 1, 2]) {
    for (const f of pass === 0 ? order : later) {
      if (chosen.length >= max) break;
      if (usedFacts.has(f.factKey)) continue;
      const e = perEntity.get(f.entity) ?? 0;
      const sn = perSentence.get(f.sentence) ?? 0;
      if (pass === 0 && (e >= PER_ENTITY || sn >= 1 || isTermGap(f))) continue;
      if (pass === 1 && sn >= 3) continue;
      // Even when facts run short, one answer does not come back a third time ("Earth" thrice in one article).
      if (e >= PER_ENTITY) continue;
      const c = pick(f);
      if (!c) continue;
      // ("Europe" four times in one article on the Black Death: the same name read as several
      // entities — "Europe", "Europe's", "western Europe" — still comes back at most twice.)
      const said = c.draft.type !== "TRUE_FALSE" && /^\p{Lu}/u.test(c.draft.answer) && !/\d/.test(c.draft.answer) ? normaliseAnswer(c.draft.answer) : "";
      if (said && (perAnswer.get(said) ?? 0) >= PER_ENTITY) continue;
      if (said) perAnswer.set(said, (perAnswer.get(said) ?? 0) + 1);
      usedFacts.add(f.factKey);
      perEntity.set(f.entity, e + 1);
      perSentence.set(f.sentence, sn + 1);
      chosen.push(c);
    }
  }
  // More asked for than there are facts: second forms of the best facts, of another type.
  if (chosen.length < max && wanted.size > 0) {
    const chosenKeys = new Set(chosen.map((c) => c.draft.key));
    for (const f of order) {
      if (chosen.length >= max) break;
      const first = chosen.find((c) => c.draft.factKey === f.factKey);
      let second: Candidate | undefined;
      for (;;) {
        second = f.options.find((o) => !chosenKeys.has(o.draft.key) && o.draft.type !== first?.draft.type);
        if (firmUp(f, f.options, second)) continue;
        if (!second || settled(second)) break;
        f.options = f.options.filter((o) => o !== second);
      }
      if (second) {
        chosen.push(second);
        chosenKeys.add(second.draft.key);
      }
    }
  }
  // Keep true/false balanced: drop the lowest-ranked surplus of the commoner truth.
  const tfChosen = chosen.filter((c) => c.draft.type === "TRUE_FALSE");
  const nTrue = tfChosen.filter((c) => c.truth).length;
  let surplus = Math.abs(nTrue - (tfChosen.length - nTrue)) - 1;
  const dropTruth = nTrue > tfChosen.length - nTrue;
  for (let i = chosen.length - 1; i >= 0 && surplus > 0; i--) {
    if (chosen[i].draft.type === "TRUE_FALSE" && chosen[i].truth === dropTruth) {
      chosen.splice(i, 1);
      surplus--;
    }
  }
  chosen.sort((a, b) => b.draft.score - a.draft.score || (a.draft.key < b.draft.key ? -1 : 1));
  return chosen.map((c) => c.draft);
}
