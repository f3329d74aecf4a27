// British and American spellings of one word are one answer ("anaemia" / "anemia", "colour" /
// "color", "organise" / "organize"). The word list is the american-english package's (about 1,700
// pairs); its own lookup functions fall through to Object.prototype ("constructor") and some of its
// values carry a trailing space, so the tables are read here, own keys only, trimmed.
import spelling from "american-english";

/** Pairs the list has wrong: a philtre is no filter, and "pummelled" is no "pummel". */
const WRONG_PAIRS = new Set(["philtre", "philtres", "filter", "filters", "pummel", "pummelled", "pummelling", "pummeled"]);

function table(raw: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [from, to] of Object.entries(raw)) {
    const word = to.trim();
    if (WRONG_PAIRS.has(from) || WRONG_PAIRS.has(word) || !/^[a-z]+$/.test(from) || !/^[a-z]+$/.test(word)) continue;
    out.set(from, word);
  }
  return out;
}

// On globalThis, built on first use: Next.js may bundle this module into several server chunks.
const shared = globalThis as unknown as { factdeckSpelling?: { toAmerican: Map<string, string>; toBritish: Map<string, string> } };
function spellingTables() {
  return (shared.factdeckSpelling ??= { toAmerican: table(spelling.us_spelling), toBritish: table(spelling.uk_spelling) });
}

/**
 * The other spellings of a typed answer: its words spelled the American way, and the British way,
 * where either differs ("aplastic anaemia" → ["aplastic anemia"]). Only words written in lower case
 * change: a name keeps its spelling ("Labour Party", "Earl Grey"). None when nothing changes.
 */
export function spellingTwins(text: string): string[] {
  if (!/[a-z]{3}/.test(text)) return [];
  const { toAmerican, toBritish } = spellingTables();
  const twins = new Set<string>();
  for (const map of [toAmerican, toBritish]) {
    const twin = text.replace(/(?<![\p{L}\p{N}'’-])[a-z]+(?![\p{L}\p{N}'’-])/gu, (word) => map.get(word) ?? word);
    if (twin !== text) twins.add(twin);
  }
  return [...twins];
}
