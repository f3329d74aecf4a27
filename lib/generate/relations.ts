// Who someone was to a named person, asked from a simplified statement: "Her mother was Anne
// Isabella Milbanke" (her "Her" resolved to Lovelace) → "Who was Lovelace's mother?". The general
// wh-maker asks a copula's name after a described subject ("Who was the chief engineer?") but not
// after a possessor's name; this reads only the plain shape possessor + relation + is/was + name.
import { POINTING, type StatementQuestion } from "./measures";
import { render, type Tok } from "./statements";

const RELATION = /^(?:mother|father|wife|husband|son|daughter|brother|sister|grandfather|grandmother|uncle|aunt|cousin|stepfather|stepmother|guardian|teacher|tutor|mentor|friend|partner|successor|predecessor|assistant|deputy|patron|employer|coach|manager|captain)$/i;
const DESCRIBING = /^(?:elder|eldest|younger|youngest|older|oldest|only|first|second|third|late|close|closest|best|longtime|lifelong|private|personal|assistant|head|chief)$/i;
const CONNECTOR = /^(?:de|da|di|van|von|der|den|du|del|bin|ibn|al|le|la)$/;

export function relationQuestion(toks: Tok[]): StatementQuestion | undefined {
  let end = toks.length;
  while (end > 0 && /^[.!?]$/.test(toks[end - 1].text)) end--;
  const v = toks.findIndex((t) => /^(?:is|was)$/i.test(t.text));
  if (v < 2 || v > 8) return undefined;
  // The relation: its noun last before the verb, up to two describing words before it.
  if (!RELATION.test(toks[v - 1].text)) return undefined;
  let r = v - 1;
  while (r > 0 && v - r < 3 && DESCRIBING.test(toks[r - 1].text)) r--;
  const possessor = toks.slice(0, r);
  const last = possessor[possessor.length - 1];
  // A named possessor, its last word in the possessive ("Lovelace’s", "Ada Lovelace's").
  if (!last || !/^\p{Lu}[\p{L}-]*['’]s$/u.test(last.text) || possessor.length > 4) return undefined;
  if (!possessor.every((t) => /^\p{Lu}/u.test(t.text) && !POINTING.test(t.text) && !t.tags.has("Pronoun"))) return undefined;
  // The name: what follows the verb to the statement's end, every word capitalised (or a particle);
  // after a calling ("the poet Lord Byron") and before a closing adjective phrase (", famous across
  // Europe for his verse") too.
  let from = v + 1;
  if (/^the$/i.test(toks[from]?.text ?? "") && toks.slice(from + 1, from + 3).some((t) => /^\p{Lu}/u.test(t.text))) {
    let k = from + 1;
    while (k < from + 3 && /^\p{Ll}+$/u.test(toks[k]?.text ?? "") && toks[k].tags.has("Noun")) k++;
    if (k > from + 1) from = k;
  }
  const comma = toks.findIndex((t, k) => k > from && t.text === ",");
  if (comma > 0 && !(toks[comma + 1]?.tags.has("Adjective") && !toks[comma + 1].tags.has("Noun") && !toks.slice(comma + 1, end).some((t) => t.text === "," || t.tags.has("Verb")))) return undefined;
  const name = toks.slice(from, comma > 0 ? comma : end);
  if (!name.length || name.length > 5 || !/^\p{Lu}/u.test(name[0].text) || !/^\p{Lu}/u.test(name[name.length - 1].text)) return undefined;
  if (!name.every((t) => (/^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) || CONNECTOR.test(t.text)) && t.from >= 0 && !t.tags.has("Pronoun") && !t.tags.has("Place") && !t.tags.has("Organization"))) return undefined;
  return { prompt: `Who ${toks[v].text.toLowerCase()} ${render(toks.slice(0, v))}?`, answer: name, form: "relation" };
}
