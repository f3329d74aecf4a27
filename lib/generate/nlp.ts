// The one place that loads compromise: a single parse per article, read back as term tags keyed by
// character offset into the parsed text. The compromise-dates plugin tags date phrases in that
// parse; resolving "January 5" against the article's date is ours (lib/generate/facts.ts).
import nlp from "compromise";
import datesPlugin from "compromise-dates";

// compromise-dates ships loose types: describe the call we make and no more.
type Plugin = Parameters<typeof nlp.plugin>[0];
interface VerbsView {
  verbs(): { toInfinitive(): { text(): string }; conjugate(): Array<{ PastTense?: string; PresentTense?: string; Infinitive?: string }> };
}

export interface ParsedText {
  /** Tags of the term starting at an absolute offset. */
  tagsAt(offset: number): ReadonlySet<string>;
}

const EMPTY = new Set<string>();

// compromise's internals, as far as parseText reads them.
interface World {
  hooks: string[];
}
export interface ParsedDoc {
  compute(step: string): void;
  docs: Array<Array<{ tags: Set<string>; normal?: string; text?: string; post?: string; offset: { start: number } }>>;
}
const world = (nlp as unknown as { _world: World })._world;
// The plugin lives on compromise's one process-wide instance: a second evaluation of this module (a
// dev server's reload) must not register it again, or every parse runs the date tagger twice.
if (!world.hooks.includes("dates")) nlp.plugin(datesPlugin as unknown as Plugin);

/**
 * The parse steps the tags come from: every step of nlp(text) but the phrase chunker, which only
 * labels noun and verb phrases (term.chunk) and sets no tag; the generator reads tags alone.
 * Tags and offsets are the same as a full parse's (checked on the bundled, key-fact and SQuAD
 * texts), for about 7% less parsing.
 */
function taggingHooks(): string[] {
  return world.hooks.filter((h) => h !== "chunks");
}

// compromise's bulk matcher (the post-tagger's and the date tagger's rule sweeps), as far as
// sweepDocument reads it.
interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}
type SweepTerm = object;
interface SweepMethods {
  one: {
    cacheDoc(document: SweepTerm[][]): Array<Set<string>>;
    match(document: SweepTerm[][], rule: SweepRule): { ptrs: number[][] };
  };
}
type BulkMatch = (document: SweepTerm[][], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => object[];
const sweepMethods = (world as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;

/** A net's hook words in key order, each with its rules and each rule's match-text number. */
interface NetIndex {
  order: Map<string, number>;
  rules: SweepRule[][];
  ids: number[][];
  seen: Uint32Array;
  stamp: number;
}
// compromise builds a net once and never changes it: its index is built once too.
const netIndexes = new WeakMap<SweepNet, NetIndex>();
function netIndex(net: SweepNet): NetIndex {
  let index = netIndexes.get(net);
  if (!index) {
    const keys = Object.keys(net.hooks);
    const idOf = new Map<string, number>();
    const id = (rule: SweepRule) => idOf.get(rule.match) ?? idOf.set(rule.match, idOf.size).get(rule.match)!;
    const rules = keys.map((k) => net.hooks[k]);
    const ids = rules.map((list) => list.map(id));
    index = { order: new Map(keys.map((k, i) => [k, i])), rules, ids, seen: new Uint32Array(idOf.size), stamp: 0 };
    netIndexes.set(net, index);
  }
  return index;
}

/** Whether a rule's stated needs, exclusions and wanted words hold in a sentence with these words and tags. */
function mayMatch(rule: SweepRule, have: Set<string>): boolean {
  for (const need of rule.needs) if (!have.has(need)) return false;
  if (rule.ifNo) for (const no of rule.ifNo) if (have.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (have.has(want)) wanted++;
  return wanted >= rule.minWant;
}

/**
 * The rules worth trying on each sentence, found from the sentence's own words and tags (about 20)
 * instead of by asking, for each of the net's ~730 hook words, whether the sentence has it. The
 * rules, their order and the matches are compromise's own (checked tag for tag on the bundled,
 * key-fact and SQuAD texts); the post-tagger and date tagger spent about a quarter of the parse in
 * that question.
 */
function sweepDocument(document: SweepTerm[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): object[] {
  const index = netIndex(net);
  const caches = methods.one.cacheDoc(document);
  const found: object[] = [];
  for (const [n, have] of caches.entries()) {
    // The hook words this sentence has, in the net's key order: the order compromise tries rules in.
    const hit: number[] = [];
    for (const item of have) {
      const i = index.order.get(item);
      if (i !== undefined) hit.push(i);
    }
    hit.sort((a, b) => a - b);
    // A rule under several hook words is tried once, at its first (compromise keeps the first by match text).
    if (index.stamp === 0xffffffff) index.seen.fill((index.stamp = 0));
    const stamp = ++index.stamp;
    const rules: SweepRule[] = [];
    for (const i of hit) {
      const list = index.rules[i];
      const ids = index.ids[i];
      for (let r = 0; r < list.length; r++) {
        if (index.seen[ids[r]] === stamp) continue;
        index.seen[ids[r]] = stamp;
        if (mayMatch(list[r], have)) rules.push(list[r]);
      }
    }
    rules.push(...net.always);
    for (const rule of rules) {
      if (document[n].length < rule.minWords) continue;
      for (const ptr of methods.one.match([document[n]], rule).ptrs) {
        ptr[0] = n;
        found.push({ ...rule, pointer: ptr });
        if (opts.matchOne) return [found[0]];
      }
    }
  }
  return found;
}

/**
 * compromise's terms for a text, tagged by every hook but the chunker, with offsets. `sweep` says
 * whose rule sweep runs: ours (sweepDocument, the default) or compromise's own (for the test that
 * the two tag alike).
 */
export function tagTerms(text: string, sweep: "own" | "compromise" = "own"): ParsedDoc["docs"] {
  // The hooks and the sweep are swapped only for this synchronous call: toInfinitive below needs the
  // chunker (verbs()), and the bare parse of bench:generate stays compromise's own.
  const hooks = world.hooks;
  const bulkMatch = sweepMethods.bulkMatch;
  world.hooks = taggingHooks();
  if (sweep === "own") sweepMethods.bulkMatch = sweepDocument as BulkMatch;
  let doc: ParsedDoc;
  try {
    doc = nlp(text) as unknown as ParsedDoc;
  } finally {
    world.hooks = hooks;
    sweepMethods.bulkMatch = bulkMatch;
  }
  // The terms themselves, not a JSON copy of them: offsets and tag sets are all that is read.
  doc.compute("offset");
  return doc.docs;
}

export function parseText(text: string): ParsedText {
  const tags = new Map<number, Set<string>>();
  if (text.trim()) {
    const doc = { docs: tagTerms(text) };
    for (const terms of doc.docs) {
      for (const [k, term] of terms.entries()) {
        const set = new Set(term.tags);
        // "ENIAC used about 17,500 of them": an -ed word between a noun and an object (a number or a
        // determiner) is the verb, whatever "used cars" taught the tagger.
        if (set.has("Adjective") && !set.has("Verb") && /^\p{Ll}{2,}ed$/u.test(term.normal ?? "") && terms[k - 1]?.tags.has("Noun") && !terms[k - 1].tags.has("Pronoun") &&
          /^(about|around|some|nearly|almost|over|more|the|a|an|its|their|his|her|\d[\d,.]*)$/.test(terms[k + 1]?.normal ?? "")) {
          set.delete("Adjective");
          set.add("Verb");
          set.add("PastTense");
        }
        // "Kelso Town beat Ayr United 3–2": between two names (or a name and "the") "beat" is the verb.
        if (term.normal === "beat" && !set.has("Verb") && terms[k - 1]?.tags.has("ProperNoun") && (terms[k + 1]?.tags.has("ProperNoun") || /^(the|a|an|their|his|her|its)$/.test(terms[k + 1]?.normal ?? ""))) {
          set.delete("Noun");
          set.delete("Singular");
          set.add("Verb");
          set.add("PastTense");
        }
        // "Prices rose fastest …", "Sales fell by half": after a common noun, "rose" or "fell" not
        // followed by a noun is the verb, not the flower or the hill.
        if (/^(rose|fell)$/.test(term.normal ?? "") && !set.has("Verb") && /^\p{Ll}/u.test(term.text ?? "") && terms[k - 1]?.tags.has("Noun") && !terms[k - 1].tags.has("ProperNoun") && !terms[k - 1].tags.has("Pronoun") && !terms[k + 1]?.tags.has("Noun")) {
          set.delete("Noun");
          set.delete("Singular");
          set.add("Verb");
          set.add("PastTense");
        }
        // "the blight spread so quickly because of …", "The storm cut power across the county": an
        // irregular past that is also a noun, after "the <noun>" and before an adverb, preposition or
        // determiner, is the clause's verb when the clause has no other ("a tax cut for families was
        // announced" keeps its noun). Read as a noun, the sentence gave no statement at all.
        if (IRREGULAR_PAST_NOUN.test(term.normal ?? "") && !set.has("Verb") && /^\p{Ll}/u.test(term.text ?? "") && terms[k - 1]?.tags.has("Noun") && !terms[k - 1].tags.has("Pronoun") && !terms[k - 1].tags.has("ProperNoun") &&
          /^(the|its|their|this)$/.test(terms[k - 2]?.normal ?? "") && (terms[k + 1]?.tags.has("Adverb") || terms[k + 1]?.tags.has("Preposition") || terms[k + 1]?.tags.has("Determiner")) && !clauseHasVerb(terms, k)) {
          set.delete("Noun");
          set.delete("Singular");
          set.add("Verb");
          set.add("PastTense");
        }
        // "The S&P 500 covers 500 of the biggest companies": a plural-looking word after a name or a
        // number and before a number (or, for a verb the lexicon knows, a determiner) is the verb.
        const base = /^\p{Ll}{3,}s$/u.test(term.text ?? "") ? (term.normal ?? "").replace(/s$/, "") : "";
        if (base && set.has("Plural") && !set.has("Verb") && k > 0 && (terms[k - 1].tags.has("Value") || terms[k - 1].tags.has("ProperNoun") || terms[k - 1].tags.has("Acronym")) && !terms[k - 1].tags.has("Date") &&
          (terms[k + 1]?.tags.has("Value") || (lexicon[base] === "Infinitive" && /^(a|an|the|its|their)$/.test(terms[k + 1]?.normal ?? ""))) && !/[,;:]/.test(terms[k - 1].post ?? "") && (term.post ?? "") === " ") {
          for (const tag of ["Noun", "Plural"]) set.delete(tag);
          set.add("Verb");
          set.add("PresentTense");
        }
        // "a large turbine of this kind turns at 3,000 revolutions": a plural-looking verb the lexicon
        // knows, after "this <noun>" and before a preposition, is the verb of a clause with no other.
        if (base && set.has("Plural") && !set.has("Verb") && k >= 2 && terms[k - 1].tags.has("Singular") && !terms[k - 1].tags.has("Pronoun") && !terms[k - 1].tags.has("ProperNoun") &&
          /^(the|this|that|each|every|its|their)$/.test(terms[k - 2].normal ?? "") && !!terms[k + 1]?.tags.has("Preposition") && (term.post ?? "") === " " && !clauseHasVerb(terms, k) && presentVerb(term.normal ?? "")) {
          for (const tag of ["Noun", "Plural"]) set.delete(tag);
          set.add("Verb");
          set.add("PresentTense");
        }
        // "crossed the Atlantic on coffin ships, the name given to …": a plural-looking word after a
        // preposition and a noun, closing its phrase at a comma or a stop, is the noun's plural.
        if (/^\p{Ll}{3,}s$/u.test(term.text ?? "") && set.has("PresentTense") && !set.has("Noun") && k >= 2 && terms[k - 1].tags.has("Noun") && !terms[k - 1].tags.has("Pronoun") && !terms[k - 1].tags.has("ProperNoun") &&
          terms[k - 2].tags.has("Preposition") && /^[,.;:]/.test((term.post ?? "").trim())) {
          for (const tag of ["Verb", "PresentTense", "Infinitive"]) set.delete(tag);
          set.add("Noun");
          set.add("Plural");
        }
        // "Florence Nightingale drew a polar-area diagram": lower case, "drew" is the past of "draw"
        // (the lexicon knows it as a first name, and the tagger made it a present tense).
        if (term.text === "drew" && !set.has("PastTense")) {
          for (const tag of ["PresentTense", "Infinitive", "Noun", "Singular", "FirstName", "Person", "ProperNoun"]) set.delete(tag);
          set.add("Verb");
          set.add("PastTense");
        }
        // "a trading firm set up to bring spices", "an engineering firm": after a noun, "firm" is the firm.
        if (term.normal === "firm" && set.has("Adjective") && !set.has("Noun") && terms[k - 1]?.tags.has("Noun") && !terms[k - 1].tags.has("Pronoun") && /^(a|an|the|its|their)$/.test(terms[k - 2]?.normal ?? "")) {
          set.delete("Adjective");
          set.add("Noun");
          set.add("Singular");
        }
        // "a promotion play-off in the new year against Tollbridge RFC": "against" is a preposition
        // (read as an adjective, the relative clause after it took "against Tollbridge RFC" for its antecedent).
        if (term.normal === "against" && !set.has("Preposition")) {
          set.delete("Adjective");
          set.add("Preposition");
        }
        // "the play-off against Tollbridge", "a promotion play-off": a hyphenated verb and particle
        // after an article (and a noun) with no particle after it is a thing, like "kick-off".
        if (set.has("Hyphenated") && set.has("Verb") && (term.post ?? "") === "-" && /^(?:off|out|up|in|over|down|back)$/.test(terms[k + 1]?.normal ?? "") && (/^(a|an|the|their|its|his|her)$/.test(terms[k - 1]?.normal ?? "") || (terms[k - 1]?.tags.has("Noun") && /^(a|an|the|their|its|his|her)$/.test(terms[k - 2]?.normal ?? "")))) {
          for (const tag of ["Verb", "PhrasalVerb", "PresentTense", "PastTense", "Infinitive"]) set.delete(tag);
          set.add("Noun");
          set.add("Singular");
        }
        // "a Korean Air Lines passenger jet strayed into Soviet airspace": a bare verb form between a
        // common noun and a past-tense verb is the last word of the subject's noun.
        if (set.has("Verb") && set.has("Infinitive") && !set.has("PastTense") && /^\p{Ll}+$/u.test(term.text ?? "") && terms[k - 1]?.tags.has("Noun") && !terms[k - 1].tags.has("Pronoun") && !terms[k - 1].tags.has("Plural") && (terms[k - 1].post ?? "") === " " &&
          terms[k + 1]?.tags.has("PastTense") && !terms[k + 1].tags.has("Participle") && /^(a|an|the)$/.test(terms.slice(Math.max(0, k - 5), k - 1).map((t) => t.normal ?? "").filter((w) => /^(a|an|the)$/.test(w)).pop() ?? "")) {
          for (const tag of ["Verb", "PresentTense", "Infinitive"]) set.delete(tag);
          set.add("Noun");
          set.add("Singular");
        }
        // "fly-half Ethan Marsh added the conversion": a given name the lexicon knows, then a capitalised
        // word, is a person, whatever place the second word ends ("Marsh", "Heath", "Ford") made of both.
        const given = set.has("Place") && !set.has("Person") && /^\p{Lu}\p{Ll}+$/u.test(term.text ?? "") && terms[k + 1]?.tags.has("Place") && /^\p{Lu}\p{Ll}+$/u.test(terms[k + 1]?.text ?? "") && (term.post ?? "") === " " && !/^\p{Lu}/u.test(terms[k + 2]?.text ?? "") ? givenNameGender(term.text ?? "") : undefined;
        // (Not "Mary Seacole House": a third capitalised word makes the run a building's or a place's name.)
        const surname = k > 0 && set.has("Place") && !set.has("Person") && tags.get(terms[k - 1].offset.start)?.has("FirstName") && !/^\p{Lu}/u.test(terms[k + 1]?.text ?? "");
        if (given || surname) {
          set.delete("Place");
          set.add("Person");
          set.add("ProperNoun");
          set.add(given ? "FirstName" : "LastName");
          if (given) set.add(given === "male" ? "MaleName" : "FemaleName");
        }
        // "The pulmonary valve lets blood leave …": "lets" after a noun is the verb "let", not the
        // modal of "let's" (read as a modal, the question maker asked "What do … lets blood leave?").
        if (term.normal === "lets" && set.has("Modal") && terms[k - 1]?.tags.has("Noun")) {
          set.delete("Modal");
          set.add("PresentTense");
        }
        // "after a penalty shoot-out", "the first lock-in": a hyphenated verb and particle after an
        // article (and a noun) names a thing; read as a verb it makes the phrase a clause.
        if (set.has("PhrasalVerb") && set.has("Hyphenated") && terms[k + 1]?.tags.has("Particle") && (/^(a|an|the)$/.test(terms[k - 1]?.normal ?? "") || (terms[k - 1]?.tags.has("Noun") && /^(a|an|the)$/.test(terms[k - 2]?.normal ?? "")))) {
          for (const tag of ["Verb", "PhrasalVerb", "PresentTense", "PastTense", "Infinitive"]) set.delete(tag);
          set.add("Noun");
          set.add("Singular");
        }
        // "a laboratory assistant, Mary Hunt, brought in …": after an aside compromise reads a past
        // form as an imperative; a word its lexicon knows only as a past tense is one.
        if (set.has("Imperative") && term.normal !== undefined && lexicon[term.normal] === "PastTense") {
          set.delete("Imperative");
          set.add("PastTense");
        }
        tags.set(term.offset.start, set);
      }
    }
  }
  return { tagsAt: (offset) => tags.get(offset) ?? EMPTY };
}

/** Verbs whose past (and participle) is their base form: "Reid hit the crossbar" may be either tense. */
export const SAME_PAST = /^(put|cut|set|let|hit|beat|cost|spread|shut|read|quit|bet|hurt|split|burst|cast|broadcast|forecast|upset|bid|rid)$/i;

/** Irregular pasts that are nouns as well ("the spread", "a cut"): the tagger reads them as nouns after a noun. */
const IRREGULAR_PAST_NOUN = /^(?:spread|cut|hit|cost|shut|split|burst|cast|set|put|shed|bid|broadcast|forecast|quit|upset)$/;
const CLAUSE_WORD = /^(?:and|but|or|because|when|while|which|that|who|where|after|before|although|though|if|as|since|until)$/;

/** Whether compromise reads the word as a present verb after "it" ("it turns"): a verb the lexicon files as a noun too. */
const presentMemo = new Map<string, boolean>();
function presentVerb(word: string): boolean {
  if (!presentMemo.has(word)) {
    if (presentMemo.size > 4096) presentMemo.clear();
    presentMemo.set(word, nlp(`it ${word} at noon`).terms().eq(1).has("#PresentTense"));
  }
  return presentMemo.get(word)!;
}

/** Whether the clause around term k (to the nearest comma, semicolon or clause word) has a verb of its own. */
function clauseHasVerb(terms: ParsedDoc["docs"][number], k: number): boolean {
  const closes = (t: { post?: string }) => /[,;:]/.test(t.post ?? "");
  for (let i = k - 1; i >= 0 && !closes(terms[i]) && !CLAUSE_WORD.test(terms[i].normal ?? ""); i--) if (terms[i].tags.has("Verb")) return true;
  for (let i = k + 1; i < terms.length && !CLAUSE_WORD.test(terms[i].normal ?? ""); i++) {
    if (terms[i].tags.has("Verb")) return true;
    if (closes(terms[i])) break;
  }
  return false;
}

/** Infinitive of a past-tense verb ("voted" → "vote"), or undefined when compromise cannot tell. */
const infinitiveMemo = new Map<string, string | undefined>();
export function toInfinitive(verb: string): string | undefined {
  // A long document asks for the same verbs thousands of times; each answer costs one or two parses.
  if (!infinitiveMemo.has(verb)) {
    if (infinitiveMemo.size > 4096) infinitiveMemo.clear();
    infinitiveMemo.set(verb, toInfinitiveUncached(verb));
  }
  return infinitiveMemo.get(verb);
}

/** Pasts compromise cannot take back to their base form alone ("drew" it reads as a first name). */
const IRREGULAR_BASE: Record<string, string> = {
  drew: "draw",
  // (Alone, these read as adjectives or nouns: "Thousands lost their farms" had no "Why did … lose …?".)
  lost: "lose",
  left: "leave",
  rose: "rise",
  bent: "bend",
  bit: "bite",
  burnt: "burn",
  leant: "lean",
  learnt: "learn",
  stank: "stink",
  understood: "understand",
  woke: "wake",
  awoke: "awake",
};

function toInfinitiveUncached(verb: string): string | undefined {
  if (IRREGULAR_BASE[verb]) return IRREGULAR_BASE[verb];
  const out = (nlp(verb) as unknown as VerbsView).verbs().toInfinitive().text() as string;
  if (out && out !== verb) return out;
  // Alone, "proposed" reads as an adjective; after a subject it is a verb ("they proposed it").
  if (!/^\p{Ll}+ed$/u.test(verb)) return undefined;
  const inContext = ((nlp(`they ${verb} it`) as unknown as VerbsView).verbs().toInfinitive().text() as string).trim();
  return /^\p{Ll}+$/u.test(inContext) && inContext !== verb ? inContext : undefined;
}

/**
 * The finite form of an -ing verb for a clause of the given tense and number: "beating" → "beat"
 * (past), "identifying" → "identify" (present, plural) or "identifies" (present, singular); undefined
 * when compromise reads no verb.
 */
const finiteMemo = new Map<string, string | undefined>();
export function finiteOfGerund(gerund: string, past: boolean, plural: boolean): string | undefined {
  // Asked for the same few verbs sentence after sentence; each answer costs two parses.
  const key = `${gerund}:${past}:${plural}`;
  if (!finiteMemo.has(key)) {
    if (finiteMemo.size > 4096) finiteMemo.clear();
    finiteMemo.set(key, finiteOfGerundUncached(gerund, past, plural));
  }
  return finiteMemo.get(key);
}

function finiteOfGerundUncached(gerund: string, past: boolean, plural: boolean): string | undefined {
  if (!/^\p{Ll}{3,}ing$/u.test(gerund)) return undefined;
  // ("growing" alone reads as an adjective; in "they are growing it" it is a verb.)
  const infinitive = (((nlp(gerund) as unknown as VerbsView).verbs().toInfinitive().text() as string).trim() ||
    ((nlp(`they are ${gerund} it`).match(gerund) as unknown as VerbsView).verbs().toInfinitive().text() as string).trim());
  if (!/^\p{Ll}+$/u.test(infinitive) || infinitive === gerund) return undefined;
  if (!past && plural) return infinitive;
  const forms = (nlp(infinitive) as unknown as VerbsView).verbs().conjugate()[0];
  const out = past ? forms?.PastTense : forms?.PresentTense;
  return out && /^\p{Ll}+$/u.test(out) ? out : undefined;
}

const pastMemo = new Map<string, string | undefined>();
/** The past tense of a verb's base form ("design" → "designed", "take" → "took"); undefined when compromise reads no verb. */
export function pastOf(infinitive: string): string | undefined {
  if (!pastMemo.has(infinitive)) {
    if (pastMemo.size > 4096) pastMemo.clear();
    const forms = /^\p{Ll}{2,}$/u.test(infinitive) ? (nlp(infinitive) as unknown as VerbsView).verbs().conjugate()[0] : undefined;
    const past = forms?.PastTense;
    pastMemo.set(infinitive, past && /^\p{Ll}+$/u.test(past) && forms?.Infinitive === infinitive ? past : undefined);
  }
  return pastMemo.get(infinitive);
}

const activeMemo = new Map<string, string | undefined>();
/**
 * The active finite form of a passive participle for a singular subject: "headlined" → "headlined"
 * (past) or "headlines" (present); "written" → "wrote" / "writes". Undefined when compromise reads
 * no verb.
 */
export function activeOfParticiple(participle: string, past: boolean): string | undefined {
  const key = `${participle}:${past}`;
  if (!activeMemo.has(key)) {
    if (activeMemo.size > 4096) activeMemo.clear();
    let out: string | undefined;
    // A regular participle is its own past ("founded", not compromise's "found").
    if (past && /^\p{Ll}{2,}ed$/u.test(participle)) out = participle;
    else if (/^\p{Ll}{3,}$/u.test(participle)) {
      // ("run", "cut", "come": a participle may be its verb's own base form, which compromise reads as "be".)
      const same = SAME_PAST.test(participle) || /^(?:run|come|become)$/.test(participle);
      const infinitive = same ? participle : ((nlp(`it was ${participle}`) as unknown as VerbsView).verbs().toInfinitive().text() as string).trim().split(/\s+/).pop() ?? "";
      if (/^\p{Ll}+$/u.test(infinitive) && (infinitive !== participle || same) && !/^(be|is|was)$/.test(infinitive)) {
        const forms = (nlp(infinitive) as unknown as VerbsView).verbs().conjugate()[0];
        const f = past ? forms?.PastTense : forms?.PresentTense;
        // The present only when the verb read back has this participle ("founded" is not "find").
        // ("run", "come": a participle that is its own infinitive is that verb's.)
        const consistent = past || forms?.PastTense === participle || /en$/.test(participle) || infinitive === participle;
        out = f && consistent && /^\p{Ll}+$/u.test(f) ? f : undefined;
      }
    }
    activeMemo.set(key, out);
  }
  return activeMemo.get(key);
}

const genderMemo = new Map<string, "male" | "female" | undefined>();
/** "he" or "she" by the first name compromise knows ("Pierre" → male); undefined when it does not. */
export function genderOfName(name: string): "male" | "female" | undefined {
  if (!genderMemo.has(name)) {
    if (genderMemo.size > 4096) genderMemo.clear();
    const first = (nlp(name).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    genderMemo.set(name, first.includes("MaleName") ? "male" : first.includes("FemaleName") ? "female" : undefined);
  }
  return genderMemo.get(name);
}

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
const lexiconTags = (word: string): string[] => {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
};
const NAME_TAG = /^(Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|ProperNoun)$/;
/** A one-word given name's gender from the lexicon alone ("Mary" → female): no parse, for hot paths. */
export function givenNameGender(word: string): "male" | "female" | undefined {
  const tags = lexiconTags(word);
  return tags.includes("MaleName") ? "male" : tags.includes("FemaleName") ? "female" : undefined;
}
/** Whether compromise's lexicon knows the word (lower case) as a common noun ("electronics", "scientists"). */
export function isLexiconNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.some((t) => /^(Noun|Singular|Plural|Uncountable|Actor)$/.test(t)) && !tags.some((t) => NAME_TAG.test(t));
}
/** Whether the lexicon knows the word (lower case) as an ordinary word, not a name ("engineer", "engineers"). */
export function isLexiconWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAG.test(t));
}
