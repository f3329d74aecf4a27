// Contrasts: the answer with one word turned into its opposite ("a general rise in prices" → "a
// general fall in prices", "the largest creditor" → "the smallest creditor"). A definition or a
// reason is a long answer, and an article states few of them; a contrast is an option a teacher
// writes by hand, false by construction (the article says the other word) and the same length,
// voice and topic as the answer. Pure word work.

/** Pairs of opposites, each read both ways. Only words whose opposite keeps the phrase grammatical. */
const PAIRS: Array<[string, string]> = [
  ["rise", "fall"], ["rises", "falls"], ["rising", "falling"], ["rose", "fell"],
  ["increase", "decrease"], ["increases", "decreases"], ["increased", "decreased"], ["increasing", "decreasing"],
  ["gain", "loss"], ["gains", "losses"],
  ["higher", "lower"], ["high", "low"], ["highest", "lowest"],
  ["larger", "smaller"], ["largest", "smallest"], ["large", "small"], ["big", "small"], ["biggest", "smallest"],
  ["hot", "cold"], ["hotter", "colder"], ["warm", "cool"], ["warmer", "cooler"], ["warmest", "coolest"],
  ["heated", "cooled"], ["heats", "cools"],
  ["soft", "hard"], ["softer", "harder"], ["rigid", "flexible"],
  ["broad", "narrow"], ["wide", "narrow"], ["thick", "thin"],
  ["destroys", "produces"], ["destroy", "produce"],
  ["absorbs", "releases"], ["absorb", "release"], ["absorbed", "released"],
  ["little", "great"], ["inside", "outside"], ["above", "below"], ["beneath", "above"],
  ["before", "after"], ["sinks", "rises"], ["sink", "rise"],
  ["buy", "sell"], ["buys", "sells"], ["bought", "sold"], ["buying", "selling"],
  ["imports", "exports"], ["import", "export"], ["exported", "imported"],
  ["creditor", "debtor"], ["lender", "borrower"],
  ["positive", "negative"], ["strong", "weak"], ["stronger", "weaker"], ["strongest", "weakest"],
  ["cheap", "expensive"], ["cheaper", "dearer"], ["rich", "poor"], ["richer", "poorer"], ["richest", "poorest"],
  ["north", "south"], ["east", "west"], ["northern", "southern"], ["eastern", "western"],
  ["upper", "lower"], ["outer", "inner"], ["wet", "dry"], ["short", "long"], ["shorter", "longer"], ["early", "late"], ["earlier", "later"],
  ["many", "few"], ["fixed", "floating"], ["ancient", "modern"], ["natural", "artificial"],
  ["public", "private"], ["internal", "external"], ["attract", "repel"], ["attracts", "repels"],
  ["upward", "downward"], ["upwards", "downwards"], ["won", "lost"], ["win", "lose"], ["wins", "loses"],
  ["allowed", "banned"], ["allow", "ban"], ["supported", "opposed"], ["support", "oppose"],
  ["accepted", "rejected"], ["accept", "reject"], ["opened", "closed"], ["joined", "left"],
  ["safe", "dangerous"], ["easy", "hard"], ["easier", "harder"], ["deeper", "shallower"], ["deep", "shallow"], ["freshwater", "saltwater"],
  ["raising", "lowering"], ["raises", "lowers"], ["raised", "lowered"],
];

const OPPOSITE = new Map<string, string>();
for (const [a, b] of PAIRS) {
  if (!OPPOSITE.has(a)) OPPOSITE.set(a, b);
  if (!OPPOSITE.has(b)) OPPOSITE.set(b, a);
}

/** Verbs of the list that are nouns too, and words that make them nouns when they come before. */
const NOUN_TOO = /^(?:support|ban|win|wins|accept|join)$/i;
const NOUN_BEFORE = /^(?:of|the|a|an|its|their|his|her|our|my|your|no|any|some|for|with|without|this|that|such|more|less|much|\p{L}+(?:al|ful|ous|ive|ic|ary|ed))$/iu;

/** Words after which the next word is part of a fixed phrase, not a describing word ("at first", "at least"). */
const FIXED_BEFORE = /^(?:at|in|so|as)$/i;
/** Words that make the swapped word part of an idiom ("little by little", "first of all", "more or less"). */
const FIXED_AFTER = /^(?:by|of|or|than|and)$/i;

function withCase(like: string, word: string): string {
  if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  if (/^\p{Lu}/u.test(like)) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/**
 * Up to `max` contrasts of `text`, each with one word turned into its opposite, earliest word
 * first; a word that stands in a fixed phrase ("at first", "more than") is left alone, and so is a
 * capitalised word (a name: "Little Rock"). A text with no such word gives none.
 */
export function contrastsOf(text: string, max = 2): string[] {
  const words = [...text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)];
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < max; i++) {
    const w = words[i][0];
    const at = words[i].index ?? 0;
    if (/^\p{Lu}/u.test(w) && at > 0) continue;
    const opposite = OPPOSITE.get(w.toLowerCase());
    if (!opposite) continue;
    if (FIXED_BEFORE.test(words[i - 1]?.[0] ?? "") || FIXED_AFTER.test(words[i + 1]?.[0] ?? "")) continue;
    // "works … from before birth until the end of life" → "from after birth": a time's edge moved is
    // wrong only by a technicality.
    if (/^(?:before|after)$/i.test(w) && /^(?:from|until|till|since|just|shortly|soon|long)$/i.test(words[i - 1]?.[0] ?? "")) continue;
    // "sells provisions to an army" → "buys provisions to an army": one sells to and buys from; with a
    // "to" or "from" in the phrase the verb's preposition would be wrong.
    if (/^(?:buy|buys|bought|buying|sell|sells|sold|selling|lend|lends|lent|borrow|borrows|borrowed)$/i.test(w) && words.slice(i + 1, i + 6).some((x) => /^(?:to|from)$/i.test(x[0]))) continue;
    // "a low flood meant famine and a very high one …": a text that already holds the opposite
    // contrasts the two itself, and turning one round makes nonsense.
    if (words.some((x) => x[0].toLowerCase() === opposite)) continue;
    // "Germany's promise of unconditional support" → "… oppose": a verb of the list used as a noun has
    // no opposite among the verbs.
    if (NOUN_TOO.test(w) && NOUN_BEFORE.test(words[i - 1]?.[0] ?? "")) continue;
    // ("a tiny mirror fixed to a magnet": a participle with its preposition is a verb, not the "fixed" of "fixed rates".)
    if (/^fixed$/i.test(w) && /^(?:to|on|onto|in|into|at|by|with)$/i.test(words[i + 1]?.[0] ?? "")) continue;
    const swapped = withCase(w, opposite);
    // "a huge device" → "a tiny device", "a large ore" → "an …": the article before follows the new word.
    const before = text.slice(0, at);
    let head = before;
    if (/\b(a|an)\s+$/i.test(before)) {
      const vowel = /^[aeiou]/i.test(swapped);
      head = before.replace(/\b(a|an)(\s+)$/i, (_m, art: string, sp: string) => withCase(art, vowel ? "an" : "a") + sp);
    }
    out.push(head + swapped + text.slice(at + w.length));
  }
  return out;
}
