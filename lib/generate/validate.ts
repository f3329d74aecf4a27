// Validators for finished questions: everything the rubric calls broken, checked on the draft
// itself (with its article), so the same gate runs in the pipeline and in tests.
import type { CleanArticle, QuestionDraft } from "../domain/types";
import { lookupCountry } from "./gazetteer";
import { genderOfName, givenNameGender } from "./nlp";
import { danglingReason, GAP, looksLikeFurniture, theyOfOwnPlural } from "./stems";
import { perOwner } from "./memo";
import { containsPhrase, contentWords, escapeRegExp, KIN_WORDS, kindHead, MONTH_NAMES, MONTHS, normaliseAnswer, SHIP_PREFIX, unbalancedQuote } from "./text";

/** "the last great journey left to make?": what is left, a participle after its noun, closing the question — no tensed verb. */
const LEFT_TO_DO = /\b(?!(?:he|she|it|they|we|you|who)\b)(\p{Ll}+) left to \p{Ll}+(?: (?:on|in|at|with|for|from|about))?(?=[?.]?$)/u;

const COMPARATIVE =
  /\b(shorter|longer|larger|smaller|bigger|higher|lower|greater|older|younger|wider|narrower|faster|slower|deeper|shallower|heavier|lighter|stronger|weaker|richer|poorer|cheaper|warmer|colder|hotter|easier|harder|safer|simpler|better|worse|more|less|fewer)\b/i;
const SPLIT_INTO = /\binto (?:two|three|four|several|many|\d+|_____) (?:smaller|lighter) (?:ones|pieces|parts|nuclei|fragments|cells|units|drops|droplets)\b/gi;
const RESULTATIVE = /\b(?:make|makes|made|making|render|renders|rendered)\s+(?:[\p{L}-]+\s+){1,4}?(?:stronger|weaker|larger|smaller|bigger|longer|shorter|harder|softer|safer|faster|slower|cheaper|easier|wider|deeper|higher|lower)\b/giu;
/** "lived for 18 days", "survived only three months": a life counted from an event. */
const SHORT_LIFE = /\b(?:lived|survived) (?:for )?(?:only |just |another |a further |about |nearly |almost )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several) (?:more )?(?:hours?|days?|weeks?|months?)\b/i;
/** A day, a month or Earth after "on/in": a time or a place, no title's tail. */
// The heads of place names a possessive opens ("Tanner's Quay", "King's College").
const PLACE_HEADS = "Quay|Street|Road|Square|Hill|Park|Bridge|Lane|Bay|Island|Cathedral|College|Hospital|Church|Wharf|Green|Cross|Inn|Court|Field|Wood|Point|Head|Gate|Place|Row";
const PLACE_HEAD = new RegExp(`^(?:${PLACE_HEADS})$`);
/** A sentence opening on a month with no year ("In May the three western zones …"), and a month with no year in a stem. */
const OPENING_MONTH = new RegExp(`^(?:In|By|From|Until|During|Later in|Early in|Late in) (?:${MONTH_NAMES})(?! \\d)\\b`);
const MONTH_ALONE = new RegExp(`\\b(?:${MONTH_NAMES})\\b(?! \\d)`);
const GAP_BEFORE_PLACE_HEAD = new RegExp(`_____['’]s (?:${PLACE_HEADS})\\b`);
// A small count of time "ago": counted from the day of writing.
const SMALL = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const SMALL_COUNT = new RegExp(`^(?:about |almost |nearly |some )?${SMALL}$`, "i");
const SMALL_AGO = new RegExp(`\\b${SMALL} (?:years|months|weeks|days) ago\\b`, "i");
const TITLE_TAIL_NOT = new RegExp(`_____ \\S+ (?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Earth)\\b`);
/** "At her own request Ada Lovelace …": a fronted phrase's "her", and the name right after it. */
const HER_CATAPHOR = /^(?:At|In|By|On|After|Before|With|Against|Despite) her (?:own )?[\p{Ll}-]+,? (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*)/u;
const KINSHIP = /\b(?:older|younger|elder)\s+(?:sisters?|brothers?|sons?|daughters?|siblings?|cousins?|half-sisters?|half-brothers?)\b/gi;
const WH_START = /^(?:[^?]*\b)?(who|whom|whose|what|which|when|where|how|why|in what|on what)\b/i;

/** Words a capitalised run may open with that are no part of a name ("In Uhuru Park", "The Nobel Prize"). */
const NAME_OPENERS = /^(?:The|A|An|In|At|On|By|For|From|To|Of|When|After|Before|During|Since|Until|Then|But|And|So|As|While|Her|His|Its|Their|This|That|These|Those|Both|Each|Every|Later|Once|Many|Some|Most)$/;

/** A bare "the <noun>" in a stem and the names ending in that noun the text just before gave. */
export interface NamedReference {
  /** Where "the <noun>" starts in the text, and its length. */
  at: number;
  length: number;
  /** The answer fills the gap in "the _____": the noun is the answer, nothing to rewrite. */
  inGap: boolean;
  /** Distinct names, as the article writes them ("the University of Nairobi", "Uhuru Park"). */
  names: string[];
}

/**
 * Each bare "the <noun>" in `text` (or a "the _____" whose one-word answer is that noun) whose noun
 * is the last word of a name in its own sentence or the three before it in the paragraph ("Uhuru
 * Park" … "in the park"; "the University of Nairobi" … "at the university"), the text not naming it
 * and the title (shown beside the question) not holding it either.
 */
export function referencesNamedBefore(text: string, q: Pick<QuestionDraft, "answer" | "source">, article: Pick<CleanArticle, "title" | "sentences">): NamedReference[] {
  const sentences = article.sentences ?? [];
  const own = sentences[q.source.sentenceIndex];
  if (!own) return [];
  const title = article.title ?? "";
  const gapNoun = /^\p{Ll}{3,}$/u.test(q.answer) ? q.answer : undefined;
  const found: NamedReference[] = [];
  for (const m of text.matchAll(/\bthe (\p{Ll}{3,}|_____)(?![\p{L}’'-]| of\b| (?:that|which|who|whom|whose|where|called|named|known)\b)/gu)) {
    const inGap = m[1] === GAP;
    const noun = inGap ? gapNoun : m[1];
    if (!noun || NUMBER_WORD.test(noun)) continue;
    // ("The school last lifted the trophy …", after "Eastfield Academy … beat St Aldhelm's School":
    // a subject the sentence opens with is the reference reader's to resolve, by what the text is about.)
    if (new RegExp(`^The ${noun}\\b`).test(own.text)) continue;
    const cap = noun[0].toUpperCase() + noun.slice(1);
    if (!own.text.includes(cap) && !sentences.slice(Math.max(0, own.index - 3), own.index).some((s) => s.text.includes(cap))) continue;
    // ("built beside the sea or a large river": a "the" beside an "a" is any such thing.)
    if (/^ (?:or|and) (?:a|an|any) /.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8))) continue;
    // A name the sentence gives only after its "the <noun>" ("beside the sea; Sizewell draws its water
    // from the North Sea") is not what the noun meant.
    const at = own.text.search(new RegExp(`\\bthe ${noun}\\b`, "i"));
    const window = [...sentences.filter((s) => s.paragraph === own.paragraph && s.index < own.index && s.index >= own.index - 3).map((s) => s.text), at >= 0 ? own.text.slice(0, at) : own.text].join(" ");
    const names = new Set<string>();
    for (const n of window.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}’'-]+ ){1,3})${cap}\\b(?![’'-]| \\p{Lu})|\\b${cap} of (?:the )?\\p{Lu}[\\p{L}’'-]+`, "gu"))) {
      const words = n[0].split(" ");
      while (words.length > 1 && NAME_OPENERS.test(words[0])) words.shift();
      const name = words.join(" ");
      if (name === cap || containsPhrase(title, name) || containsPhrase(text, name) || (!inGap && (containsPhrase(name, q.answer) || containsPhrase(q.answer, name)))) continue;
      const start = (n.index ?? 0) + n[0].length - name.length;
      // ('whose Latin name means "Great Charter"': a quoted translation is no name the text goes on using.)
      if (/["“‘']$/.test(window.slice(0, start))) continue;
      names.add(/\bthe $/i.test(window.slice(Math.max(0, start - 4), start)) ? `the ${name}` : name);
    }
    if (names.size) found.push({ at: m.index ?? 0, length: m[0].length, inGap, names: [...names] });
  }
  return found;
}
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|last|next|same|other|whole|rest)$/;

/**
 * The stem with each "the <noun>" named just before written as its name ("in the park" → "in Uhuru
 * Park") when one name alone fits; undefined when nothing could be rewritten.
 */
export function withNamedReferences(q: Pick<QuestionDraft, "prompt" | "answer" | "source">, article: Pick<CleanArticle, "title" | "sentences">): string | undefined {
  const refs = referencesNamedBefore(q.prompt, q, article).filter((r) => !r.inGap && r.names.length === 1);
  if (!refs.length) return undefined;
  let out = q.prompt;
  for (const r of refs.reverse()) {
    const name = r.names[0];
    const opening = r.at === 0 || /[.!?"“]\s*$/.test(out.slice(0, r.at));
    out = out.slice(0, r.at) + (opening ? name[0].toUpperCase() + name.slice(1) : name) + out.slice(r.at + r.length);
  }
  return out;
}

/** Roles a "Which <role> …?" stem names, which every option must hold by the article. */
const ROLE_STEM = /^Which (president|writer|author|king|queen|emperor|pope|scientist|physicist|chemist|mathematician|engineer|astronaut|explorer|composer|painter|poet|novelist|architect|inventor|general|admiral|councillor|coach|captain|goalkeeper|prime minister)\b/i;

/**
 * "Which president presented Katherine Johnson with the medal?" with Glenn, Shepard and Goble as
 * options: a person is no option for a role the article never gives them. Each wrong option must
 * share a sentence with the role's word ("President Barack Obama", "the writer Margot Lee Shetterly").
 */
function rolesUnmet(q: QuestionDraft, article: Pick<CleanArticle, "sentences">): boolean {
  const role = q.prompt.match(ROLE_STEM)?.[1];
  if (!role || !q.choices) return false;
  const roleWord = new RegExp(`\\b${escapeRegExp(role)}(?:s|es)?\\b`, "i");
  const sentences = article.sentences ?? [];
  return q.choices.some((c) => c !== q.answer && !sentences.some((s) => containsPhrase(s.text, c) && roleWord.test(s.text)));
}

/** Whether a name of that gender (by first name or title) comes before a pronoun. */
function namedBefore(prefix: string, gender: "male" | "female"): boolean {
  for (const m of prefix.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]+)*/gu)) {
    const first = m[0].split(/\s+/)[0];
    if ((gender === "female" ? /^(Queen|Lady|Mrs|Ms|Miss|Princess|Empress|Duchess|Dame|Madame)$/ : /^(King|Sir|Mr|Prince|Emperor|Duke|Lord|Pope|President)$/).test(first)) return true;
    if (genderOfName(m[0]) === gender) return true;
  }
  return false;
}

/**
 * Whether a text says an answer form. An acronym counts only in capitals: "IS" (the Islamic
 * State) is not the "is" of "Iraq is calling for …".
 */
export function mentionsForm(text: string, form: string): boolean {
  const acronym = form.trim();
  if (!/^\p{Lu}{2,5}$/u.test(acronym)) return containsPhrase(text, form);
  // The acronym as a whole word, found by position: a regex built per call cost more than the check.
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? " ") && !WORD_CHAR.test(text[at + acronym.length] ?? " ")) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A school's kind after its own name ("Marlow Vale School", "Greyhaven Community College"): the name
 * its team goes by in a title. (A library or a park named after the town in the title is not given
 * away by the town.)
 */
const SCHOOL_HEAD = /(?: (?:Community|High|Grammar|Secondary|Primary|Sixth Form))? (?:School|College|Academy|University)$/;
const WATER_HEAD = / (?:Ocean|Sea)$/;
/** A word made of a prefix and a name ("Transatlantic", "Pan-African"): the name is group 1. */
const PREFIXED_WORD = /\b(?:Trans|Pan|Anti|Pro|Post|Pre|Sub|Inter|Cross)-?(\p{L}+)\b/giu;
/**
 * The title gives an answer it does not spell out: the title's person under another middle name
 * ("Ida Bell Wells" under "Ida B. Wells"), a school by its own name ("Marlow Vale School" under
 * "Marlow Vale girls win …"), a name inside a word ("Atlantic Ocean" under "Transatlantic").
 */
function titleGives(title: string, answer: string, person: boolean): boolean {
  if (!title) return false;
  const words = answer.split(/\s+/);
  if (person) return words.length >= 3 && containsPhrase(title, words[0]) && containsPhrase(title, words[words.length - 1]);
  const own = answer.replace(/^the /i, "");
  // ("Each _____ shut itself down." → e-reader, under "Three budget e-readers tested".)
  if (/^\p{Ll}[\p{Ll}-]{3,}$/u.test(own) && (containsPhrase(title, `${own}s`) || (own.endsWith("s") && containsPhrase(title, own.slice(0, -1))))) return true;
  const base = own.replace(SCHOOL_HEAD, "").replace(WATER_HEAD, "");
  if (SCHOOL_HEAD.test(own) && /^\p{Lu}/u.test(base) && !/^(?:St|Saint|The|New|Old|Royal|National|City)$/.test(base) && containsPhrase(title, base)) return true;
  // ("Around 615 the _____ king sheltered …" → Aksumite, under "The Kingdom of Aksum": the title's name with an adjective's ending.)
  const adjective = own.match(/^(\p{Lu}\p{Ll}{3,}?)(?:ites?|ians?|ans?|ese|ic)$/u);
  if (adjective && [...title.matchAll(/\p{Lu}\p{Ll}{3,}/gu)].some((m) => m[0] === adjective[1] || (m[0].endsWith("e") && m[0].slice(0, -1) === adjective[1]))) return true;
  return /^\p{Lu}\p{Ll}{3,}$/u.test(base) && [...title.matchAll(PREFIXED_WORD)].some((m) => m[1].toLowerCase() === base.toLowerCase());
}

/** A stem of a context sentence and a naming question about it (see contextNamingQuestion). */
/** Verbs of saying and knowing, whose "that" opens a clause ("said that prices rose"). */
const REPORTING = /^(?:say|says|said|saying|believe|believes|believed|think|thinks|thought|show|shows|showed|shown|find|finds|found|note|notes|noted|argue|argues|argued|claim|claims|claimed|know|knows|knew|suggest|suggests|suggested|ensure|ensures|ensured|hope|hopes|hoped|estimate|estimates|estimated|expect|expects|expected|announce|announced|confirm|confirmed|add|added|explain|explained|warn|warned|agree|agreed|decide|decided|realise|realised|realize|realized|state|stated|report|reported|insist|insisted|feel|felt|mean|prove|proved|proven|conclude|concluded|discover|discovered|learn|learned|learnt|see|saw|seen|fear|feared|admit|admitted|predict|predicted|promise|promised|demand|demanded|recommend|recommended|require|required|ask|asked|so)$/;
const CONTEXT_QUESTION = /^(.+[.!?]) (What (?:(?:do|does|did) [^?]+ (?:call|name) (?:this|it|these|them)|(?:is|are|was|were) (?:this|these)(?: \p{Ll}+)? (?:called|known as|termed|referred to as))\?)$/u;

/** "Who resigned in 1907?": a verb and a date (built once; every wh-question is read with it). */
const WHO_WHEN = new RegExp(`^Who (?:had |has |have |was |were )?\\p{Ll}+ (?:(?:alone|first|again|also|later|suddenly) )?(?:in|on|during|by) (?:the (?:summer|spring|autumn|fall|winter|year|end) of )?(?:(?:early|late|mid) )?(?:\\d{1,2} )?(?:(?:${MONTHS}) )?(?:\\d{1,2}, )?\\d{4}\\?$`, "u");

/** The article's people by every name they go by, with their gender when it is known (null when not). */
export type PeopleByName = ReadonlyMap<string, "male" | "female" | null>;

const NO_PEOPLE: PeopleByName = new Map();
/** A full name's possessive before a kinship word ("Isambard Kingdom Brunel’s father"). */
const KIN_OF = new RegExp(`\\b(?:\\p{Lu}[\\p{L}-]+\\s+){1,3}\\p{Lu}[\\p{L}-]+[’']s\\s+(?=(?:${KIN_WORDS})\\b)`, "gu");
const OBJECT_HER = /^her (?:with|to|for|in|on|at|from|by|as|and|a|an|the|that|into|of|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/**
 * The stem as its pronoun checks read it: a he/she/his or possessive her that can only be the
 * stem's own person is written as that person's name. Its own person is the answer when the gap or
 * "Who"/"Which …" opens the stem ("Who said his side had been the better team?"), or a person the
 * stem names before it ("Fleming described his findings in _____"), of the pronoun's gender or of
 * none known. An object "her"/"him" is never the subject's own (that would be "herself").
 */
function withOwnPronouns(stem: string, q: Pick<QuestionDraft, "answer" | "answerType">, people: PeopleByName): string {
  if (!/\b(?:he|she|his|her)\b/i.test(stem)) return stem;
  const owners: Array<{ at: number; end: number; name: string; gender: "male" | "female" | null | undefined }> = [];
  const opener = stem.match(/^(?:_____|Who|Which (?:\p{Ll}+ ){0,2}\p{Ll}+)(?= )/u);
  if (opener && q.answerType === "person") {
    const gender = people.has(q.answer) ? people.get(q.answer) : (genderOfName(q.answer) ?? null);
    owners.push({ at: 0, end: opener[0].length, name: q.answer.split(/\s+/).pop()!, gender });
  }
  for (const m of stem.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)) {
    const name = m[0].replace(/[’']s$/, "");
    if (people.has(name)) owners.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name, gender: people.get(name) });
  }
  if (!owners.length) return stem;
  return stem.replace(/\b(he|she|his|her)\b/gi, (word, _w: string, at: number) => {
    if (/^her$/i.test(word) && (OBJECT_HER.test(stem.slice(at)) || !/^her \p{Ll}/iu.test(stem.slice(at)))) return word;
    // "Sanders was his top receiver": after "was" the possessive is someone else's.
    if (/\b(?:is|was|are|were|be|been|became|becomes|become|remained|remains)\s+$/i.test(stem.slice(0, at))) return word;
    const gender = /^(he|his)$/i.test(word) ? "male" : "female";
    const owner = owners.filter((o) => o.end <= at && (o.gender === gender || o.gender === null)).pop();
    if (!owner) return word;
    return /^(his|her)$/i.test(word) ? `${owner.name}'s` : owner.name;
  });
}

const ownerMemo = new WeakMap<object, Map<string, boolean>>();
/** Whether some sentence writes the word as the owner of a name ("King's College"): asked of every candidate, so once per word. */
function ownsNamedThing(article: Pick<CleanArticle, "sentences">, esc: string): boolean {
  const sentences = article.sentences ?? [];
  return perOwner(ownerMemo, sentences, esc, () => {
    const owner = new RegExp(`\\b${esc}['’]s \\p{Lu}`, "u");
    return sentences.some((x) => owner.test(x.text));
  });
}

/** A ship named by its prefix ("the MV Glenara"): a "she". */
const NAMED_SHIP = new RegExp(`\\b(?:${SHIP_PREFIX})\\s+\\p{Lu}[\\p{L}-]+`, "u");
const NAMED_SHIPS = new RegExp(NAMED_SHIP.source, "gu");

/**
 * Reasons a question must not ship (empty when it passes). `choices: false` leaves a multiple-choice
 * item's options unread: the generator picks them only for items it may keep (see validateChoices).
 */
/** "Lieutenant Volodymyr Pravyk and " before an answer, " and Major Leonid Telyatnikov" after one: the other of a pair of names. */
const NAME_AND_BEFORE = /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}),? and $/u;
const AND_NAME_AFTER = /^ and (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})/u;

// Per article and post: the sentences that say someone was it (read once; a long document asks "Who was the …?" often).
const postMemo = new WeakMap<object, Map<string, Array<{ index: number; text: string }>>>();
function postHolders(sentences: ReadonlyArray<{ index: number; text: string }>, post: string): Array<{ index: number; text: string }> {
  let byPost = postMemo.get(sentences);
  if (!byPost) postMemo.set(sentences, (byPost = new Map()));
  let found = byPost.get(post);
  if (!found) {
    const held = new RegExp(`\\b(?:was|is|became|had been|as) (?:the )?${escapeRegExp(post)}\\b`, "u");
    byPost.set(post, (found = sentences.filter((x) => held.test(x.text))));
  }
  return found;
}

const FAME_SPREAD_GAP = /\b(?:famous|known|popular|celebrated|renowned) (?:across|throughout|all over) (?:the )?_____/;
const FAME_SPREAD_CLOSING = /\b(?:famous|known|popular|celebrated|renowned) (?:across|throughout|all over) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?\.?$/u;

export function validateQuestion(q: QuestionDraft, article: Pick<CleanArticle, "title" | "sentences">, read: { choices?: boolean; people?: PeopleByName } = {}): string[] {
  const reasons: string[] = [];
  const sentence = article.sentences?.[q.source.sentenceIndex];
  if (!sentence || sentence.text !== q.source.sentence) reasons.push("source-not-in-article");
  if (looksLikeFurniture(q.source.sentence)) reasons.push("furniture");
  const { start, end } = q.source;
  if (!(start >= 0 && end > start && end <= q.source.sentence.length)) reasons.push("bad-span");
  const spanText = q.source.sentence.slice(start, end);
  const forms = [q.answer, ...q.acceptedAnswers];
  // "Who was Isambard Kingdom Brunel's father?" → Marc Isambard Brunel: a relative's full name before a
  // kinship word shares the family's names, and gives none of the answer away.
  const kinless = q.answerType === "person" ? q.prompt.replace(KIN_OF, "") : q.prompt;
  if (!q.prompt.trim()) reasons.push("empty-prompt");

  if (q.type === "TRUE_FALSE") {
    if (q.answer !== "True" && q.answer !== "False") reasons.push("bad-true-false-answer");
    if (!q.choices || q.choices.length !== 2 || q.choices[0] !== "True" || q.choices[1] !== "False") reasons.push("bad-true-false-choices");
    if (q.answer === "True" && !containsPhrase(q.prompt, spanText)) reasons.push("true-statement-not-grounded");
    // "Kingsmere School's girls are county champions …" under "Marlow Vale girls win …": the title
    // settles a statement about what it names, true or swapped.
    // (A surname shared with the title's person gives nothing away: "Grace Mary Crowfoot" is her mother.)
    const person = q.answerType === "person";
    if (spanText && /^\p{Lu}/u.test(spanText) && ((!person && mentionsForm(article.title ?? "", spanText)) || titleGives(article.title ?? "", spanText, person))) reasons.push("answer-in-title");
  } else {
    if (!forms.some((f) => normaliseAnswer(f) === normaliseAnswer(spanText))) reasons.push("answer-not-in-source");
    for (const f of forms) {
      if (mentionsForm(kinless, f)) {
        reasons.push("answer-in-stem");
        break;
      }
    }
    // A surname shared with the title's person is no giveaway: the title is checked for the answer itself.
    for (const f of q.answerType === "person" ? [q.answer] : forms) {
      if (mentionsForm(article.title ?? "", f) || titleGives(article.title ?? "", f, q.answerType === "person")) {
        reasons.push("answer-in-title");
        break;
      }
    }
  }

  // "Which country found a partner in Russia?": a partner, an ally or a rival of X is one of however
  // many the article names, and the stem says nothing to single this one out.
  if (/^(?:Which|Who|_____)\b/.test(q.prompt) && /^\S+(?: \S+)? (?:found|made|had|gained|won|saw) (?:a|an|another) (?:partner|ally|friend|rival|enemy|supporter|protector) in\b/.test(q.prompt)) reasons.push("one-of-several");
  // "Aksum thereby became …", "Relations were nonetheless friendly": a link to what the sentence
  // before said, which the stem does not carry.
  if (/\b(?:thereby|nonetheless|nevertheless|therefore|thus|hence|consequently|accordingly|moreover|furthermore|likewise|similarly)\b/i.test(q.prompt)) reasons.push("leans-on-before");
  // "… flourish from around the 1st century CE century?": a century's era inside a rebuilt phrase.
  if (/\bcentury (?:CE|AD|BC|BCE) century\b/.test(q.prompt)) reasons.push("ungrammatical");
  // "Headteacher _____ said it would reopen only." — a focusing adverb left at the end of a cut statement.
  if (q.type !== "SHORT_ANSWER" && /\s(?:only|even|just|mainly|mostly|largely|partly|merely|chiefly)\.$/.test(q.prompt)) reasons.push("dangling-adverb");
  // "What did Richter want to do rather than by damage?" — the contrast kept without what it contrasts.
  if (/\bdo (?:rather than|instead of)\b/.test(q.prompt)) reasons.push("ungrammatical");
  // "Sir _____ later recalled remarking." — a saying verb whose words (after a colon) were cut off.
  if (!/["“”]/.test(q.prompt) && /\b(?<!\bwithout )(?:said|says|say|remark(?:s|ed|ing)|recall(?:s|ed|ing)|declar(?:es|ed|ing)|add(?:s|ed|ing)|wr(?:ote|ites|iting)|repl(?:ies|ied|ying)|warn(?:s|ed|ing)|explain(?:s|ed|ing)|told|tells|ask(?:s|ed|ing)|announc(?:es|ed|ing)|insist(?:s|ed|ing)|argu(?:es|ed|ing)|complain(?:s|ed|ing)|put it|as follows)[.?]$/i.test(q.prompt)) reasons.push("saying-cut-off");
  // "Dreadnought: the new type of battleship …" as a statement: a glossary's line is no sentence to
  // judge true or fill in (its meaning is asked as a definition).
  if ((q.type === "TRUE_FALSE" || q.type === "CLOZE") && /^(?:\p{Lu}[\p{L}-]*|_____)(?: [\p{Ll}-]+){0,2}: (?:(?:a|an|the) |\p{Ll}+ing\b|\p{Lu}\p{Ll}+[’']s )/u.test(q.prompt)) reasons.push("glossary-line");
  // "The first to arrive is the _____, or primary wave." → P wave: the other name beside the gap says
  // what fills it (and "the P wave, or _____" the other way round).
  // (Only a name that shares a word or its first letter with the answer tells it: "the _____, or Baikal
  // seal" leaves "nerpa" to be known.)
  const renamed = q.type === "CLOZE" ? q.prompt.match(/_____[’']?s?,? or (?!(?:more|less|so|two|three|four|five|ten|fewer)\b)([\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*){0,3})(?:[,.;)]|$)|([\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*){0,3}), or _____/u) : null;
  if (renamed) {
    const other = (renamed[1] ?? renamed[2]).toLowerCase().split(/\s+/);
    const mine = q.answer.toLowerCase().split(/\s+/);
    if (other.some((w) => w.length > 2 && mine.includes(w)) || other[0][0] === mine[0][0]) reasons.push("renamed-beside-gap");
  }
  // "probes called _____ and Voyager 2" → Voyager 1: a numbered name beside its sibling is guessed from it.
  const numbered = q.type !== "TRUE_FALSE" ? q.answer.match(/^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*) (\d{1,3}|[IVX]+)$/u) : null;
  if (numbered && new RegExp(`\\b${escapeRegExp(numbered[1])} (?:\\d{1,3}|[IVX]+)\\b`, "u").test(q.prompt.replace(GAP, ""))) reasons.push("answer-in-stem");
  // "now known as _____, or simply Photo 51" → Photograph 51: the thing's other name beside the gap.
  if (q.type !== "TRUE_FALSE" && /_____,? or (?:simply|just) \S|\S,? or (?:simply|just) _____/.test(q.prompt)) reasons.push("answer-in-stem");
  // "Alexandria was founded by _____" → Alexander; "renamed after David du Bose Gaillard" → Gaillard
  // Cut: a word of the answer, or its first six letters, already in the stem.
  if (q.type !== "TRUE_FALSE") {
    const stemWordsLower = (kinless.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
    // In a longer name only its first word counts: "Grand Ethiopian Renaissance Dam" after "Ethiopia
    // began building" is a hint, "Alexander the Great" after "Alexandria" the answer.
    // A hyphenated word is one word of the name: "Mid-Atlantic Ridge" after "the middle of the Atlantic".
    const nameWords = q.answer.split(/[\s–—]+/).filter((w) => /\p{L}/u.test(w));
    const allWords = nameWords.map((w) => w.replace(/[^\p{L}-]/gu, ""));
    // ("the South Pacific Ocean" beside "south-east of American Samoa": a compass word or "Great"
    // opening a longer name says where, not which.)
    const answerWords = (allWords.length > 2 ? allWords.slice(0, 1) : allWords).flatMap((w) => w.split("-")).filter((w) => w.length >= 5 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase())
      .filter((w) => allWords.length < 2 || !/^(?:north|south|east|west|northern|southern|eastern|western|upper|lower|great|greater)$/.test(w));
    // "the _____ has been pushing into the Eurasian Plate" → Indian Plate: a head word the stem
    // has at the end of another name ("Eurasian Plate") says what kind of thing, not which one.
    const head = allWords.length === 2 ? allWords[1] : undefined;
    const otherName = head && q.prompt.includes(` ${head}`) ? new RegExp(`\\b(?!${allWords[0]}\\b)\\p{Lu}\\p{L}+ ${head}\\b(?! \\p{Lu})`, "u").test(q.prompt) && !q.prompt.includes(head + " " + allWords[0]) : false;
    // "Which treaty …?" for the Treaty of Stralsund: the wh-phrase names the answer's kind, not the answer.
    const kind = kindHead(q.answer);
    // (So is a "which university" for the University of Pavia: the kind the name opens with.)
    const whichWord = q.prompt.match(/\bwhich (\p{Ll}+)\b/iu)?.[1]?.toLowerCase();
    const asKind = kind && new RegExp(`\\bwhich ${kind}\\b`, "i").test(q.prompt) ? kind : whichWord && allWords.some((w) => w.toLowerCase() === whichWord) ? whichWord : undefined;
    // "What is the largest glacier in the Alps?" → the Aletsch Glacier: the name's head, written in
    // lower case in the stem, is the kind asked for, not the answer.
    const headAsKind = !!head && new RegExp(`\\b${escapeRegExp(head.toLowerCase())}\\b`).test(q.prompt);
    const telling = (otherName || headAsKind ? answerWords.filter((a) => a !== head!.toLowerCase()) : answerWords).filter((a) => a !== asKind);
    // ("from _____" after "launched" → Launch Complex 41: a numbered name's number is what is asked.)
    if (!/\d/.test(q.answer) && telling.some((a) => stemWordsLower.some((w) => w === a || (w.length >= 6 && a.length >= 6 && w.slice(0, 6) === a.slice(0, 6))))) reasons.push("answer-inflection-in-stem");
  }
  // "Zimbabwe" asked in a stem that says "Zimbabwean": the country's demonym gives it away.
  const country = q.answerType === "country" && q.type !== "TRUE_FALSE" ? lookupCountry(q.answer) : undefined;
  if (country?.demonyms.some((d) => containsPhrase(q.prompt, d))) reasons.push("answer-inflection-in-stem");
  // "born … in Cairo, _____" → Egypt: the country of a city the stem names is general knowledge, not the article's fact.
  // ("… in Florence, Germany.": nor is a true/false swap of it.)
  const cityCountry = q.prompt.match(/\b\p{Lu}[\p{L}-]+, (\p{Lu}[\p{L} -]+)\.$/u);
  // "Florence Nightingale met Nightingale briefly" (a "she" read as the wrong woman): one person as
  // both the subject and the object of the verb.
  const self = q.prompt.match(/^(?:\p{Lu}[\p{L}-]+ ){0,2}(\p{Lu}[\p{L}-]+) (?:\p{Ll}+ly )?\p{Ll}+ (\p{Lu}[\p{L}-]+)\b/u);
  // (Not after a copula: "Miriam Okafor was Okafor Lindqvist Architects’ lead architect" names her firm.)
  if (self && self[1] === self[2] && !/^(?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}[\p{L}-]+ (?:is|was|are|were|became|becomes)\b/u.test(q.prompt)) reasons.push("dangling-reference");
  // (Nor the state of a city: "in Pasadena, _____" → California.)
  if (((country || (q.answerType === "region" && q.type !== "TRUE_FALSE")) && /\b\p{Lu}[\p{L}-]+, _____[.?]?$/u.test(q.prompt)) || (q.type === "TRUE_FALSE" && ((q.answerType === "country" && cityCountry && lookupCountry(cityCountry[1])) || (q.answerType === "region" && cityCountry)))) reasons.push("not-worth-asking");
  // "in 331 _____" → BC: an era marker is no fact.
  if (/^(BC|AD|BCE|CE)$/.test(q.answer.trim())) reasons.push("not-worth-asking");
  // "On _____ minutes winger Lewis Okafor finished …", "darted over from a ruck _____ metres out": the
  // minute of a score and the yards of a move are a match report's colour, not a fact to learn.
  if (/(?:^|[,;] )[Oo]n _____ minutes\b|\bon _____ minutes\b|_____ (?:metres|meters|yards) (?:out\b|from the [\p{L} ]{1,30}line\b)|\b(?:metres|meters|yards) from the _____ line\b/u.test(q.prompt)) reasons.push("not-worth-asking");
  // (Nor is a true/false swap of that minute or those yards.)
  const colour = q.type === "TRUE_FALSE" && q.answer === "False" ? [...q.prompt.matchAll(/\b(?:[Oo]n \S+ minutes|\S+ (?:metres|meters|yards) (?:out|from the [\p{L} ]{1,30}line))\b/gu)].map((m) => m[0]) : [];
  if (colour.some((c) => !q.source.sentence.includes(c)) || (q.type === "TRUE_FALSE" && /^[Oo]n \d+ minutes\b/.test(q.prompt))) reasons.push("not-worth-asking");
  // "C. _____. Anderson" → J, "38–41 ° _____" → C: a single letter is a name or unit cut apart.
  if (/^\p{L}\.?$/u.test(q.answer.trim()) && q.type !== "TRUE_FALSE") reasons.push("not-worth-asking");
  // '"That was the moment we knew. Now we want …"': a quotation alone, its speaker cut off, says who
  // said it nowhere, and its "we" and "that" lean on what the speaker meant.
  if (/^["“][^"“”]*[.!?]["”]\.?$/u.test(q.prompt.trim())) reasons.push("dangling-reference");
  // "Who was knighted soon afterwards?": after what, the sentence before says.
  // "… nudges the chain between the rings in the same way?": the same way as what, the sentence before says.
  if (/\b(?:in )?(?:the same way|much the same way|a similar way)[?.]$/.test(q.prompt.trim())) reasons.push("dangling-reference");
  // *Which school stands at the Harcourt Road Residents' Association’s far end?*: a body has no end or
  // side; the "its" the resolver named was the road's.
  if (/\b(?:Association|Council|Committee|Society|Club|Company|Trust|Board|Party|Union|Federation|League)['’]s (?:far |near |other |northern |southern |eastern |western )?(?:end|edge|side|corner|top|foot|bank|mouth)\b/.test(q.prompt)) reasons.push("dangling-reference");
  // (Not what someone "said afterwards": the quote says what it was after.)
  if (/\b(?:soon |shortly |not long |immediately )?afterwards[?.]$/.test(q.prompt.trim()) && !/\b(?:said|says|added|admitted) afterwards\.$/.test(q.prompt.trim())) reasons.push("dangling-reference");
  // 'said the figure was "a hope.': a quotation cut open (or its closing mark lost) misquotes.
  if (unbalancedQuote(q.prompt)) reasons.push("unbalanced-quote");
  // "Russia and allies) killed …": a sentence split inside a bracket leaves half of it.
  if ((q.prompt.match(/\(/g) ?? []).length !== (q.prompt.match(/\)/g) ?? []).length) reasons.push("unbalanced-bracket");
  // "A(n) _____ analogue is a place …": the gap is a word of the term being defined, not a fact.
  // "the driest desert on _____", "the _____’s magnetic field" (Earth): where and whose everything is.
  if (/^(?:A\(n\)|An?) _____ \p{Ll}+ (?:is|are|was|were)\b/u.test(q.prompt) || (/(?:\bon _____|_____[’']s)/.test(q.prompt) && /^(?:the )?Earth$/i.test(q.answer))) reasons.push("not-worth-asking");
  // "a unit of _____ women", "a historically _____ college" → Black: a word describing people, no fact.
  if (q.type !== "TRUE_FALSE" && /^(?:Black|White)$/.test(q.answer.trim()) && /_____ \p{Ll}/u.test(q.prompt)) reasons.push("not-worth-asking");
  // "for every degree _____ that the temperature rises" → Celsius: a unit's name is nothing to recall.
  if (/\bdegrees? _____/.test(q.prompt) && /^(?:Celsius|Fahrenheit|centigrade|Kelvin)$/i.test(q.answer)) reasons.push("not-worth-asking");
  // "The San Andreas Fault is the best-known example.", "The Pacific Plate is the largest.": an
  // example or a superlative of what, the sentence before said.
  if (/\b(?:an?|the) (?:[\p{Ll}-]+ )?(?:example|instance|case)\b(?!\s+(?:of|in|from)\b)/u.test(q.prompt.replace(/[.?]\s*$/, "")) && /(?:example|instance|case)[.?]?\s*$/.test(q.prompt)) reasons.push("dangling-reference");
  if (/\b(?:is|are|was|were) the (?:\p{Ll}+est|largest|biggest|smallest|oldest|most \p{Ll}+)[.?]?\s*$/u.test(q.prompt)) reasons.push("dangling-comparison");
  // "What is ALMA /submillimeter Array?": a name cut at its slash ("Millimeter/submillimeter").
  if (/(?:^|\s)\/\p{L}|\p{L}\/(?=\s|$|\?)/u.test(q.prompt)) reasons.push("truncated-name");
  // "The rest of the _____ books were kept in storage": the rest after what, the clause before said
  // (and the gap reads as the rest's number, not the whole collection's).
  if (/\bthe (?:rest|remainder) of (?:the|its|their) (?:_____|\d[\d,]*)/i.test(q.prompt)) reasons.push("dangling-reference");
  // "built the city's second tram line": which city, a stem that names none does not say.
  // (Not "the town's mayor" beside "The Kelby Bridge": a town's own bridge names the town well enough.)
  if (/\bthe city[’']s\b/i.test(q.prompt) && !/\bCity\b/.test(q.prompt.replace(/^\S+/, ""))) reasons.push("dangling-reference");
  // "at reactor _____. 4 of the plant" → No: an abbreviation's stop before its number, not a sentence's end.
  if (/_____\. \d/.test(q.prompt)) reasons.push("truncated-name");
  const stemForChecks = q.prompt.replace(GAP, "");
  // "<the sentence before>. What do engineers call this?": the stem carries what its pronoun names
  // (contextNamingQuestion); the pronoun rules read the question alone, its pronoun as the thing named.
  const context = q.prompt.match(CONTEXT_QUESTION);
  const asked = context ? context[2].replace(/ (?:this|it|these|them)\?$/, " X?").replace(/ (?:this|these)(?: \p{Ll}+)? (called|known as|termed|referred to as)\?$/u, " X $1?") : q.prompt;
  // Pronouns the stem's own person owns read as that person (see withOwnPronouns).
  const people = read.people ?? NO_PEOPLE;
  const owned = withOwnPronouns(asked, q, people);
  const isWh = q.type !== "CLOZE" && !asked.includes(GAP) && WH_START.test(asked);
  // "Who put out the roof fires?" from "Firefighters led by Lieutenant Volodymyr Pravyk and Major
  // Leonid Telyatnikov put out …": one of two people the sentence names together; the other is as right.
  if (isWh && (q.answerType === "person" || (q.type === "SHORT_ANSWER" && q.answerType === "name")) && /^(?:Who|Whom|Which person)\b/.test(asked)) {
    // (Read around the answer where the sentence has it: a pattern built per item cost more than the rest of the validator.)
    const at = q.source.sentence.indexOf(q.answer);
    const before = at >= 0 ? q.source.sentence.slice(Math.max(0, at - 80), at).match(NAME_AND_BEFORE) : null;
    const after = at >= 0 ? q.source.sentence.slice(at + q.answer.length, at + q.answer.length + 80).match(AND_NAME_AFTER) : null;
    const other = (before?.[1] ?? after?.[1] ?? "").split(" ").pop()!;
    if (other && !asked.includes(other) && !forms.some((f) => f.includes(other))) reasons.push("one-of-several");
  }
  // "On what date did the brothers send up an unmanned balloon made of cloth lined?" ("lined with
  // paper"): after "did" the verb is bare; a closing participle lost the phrase it takes.
  if (isWh && /\b(?:did|does|do)\b/.test(asked) && /\b\p{Ll}{3,} \p{Ll}+ed\?$/u.test(asked)) {
    const last = asked.match(/(\p{Ll}+ed)\?$/u)![1];
    if (new RegExp(`\\b${last} (?:with|by|from|in|into|of|to|on|for)\\b`).test(q.source.sentence)) reasons.push("ungrammatical");
  }
  // "Elsewhere there are _____ public computers": elsewhere than the place the sentence before said.
  if (/^(?:Elsewhere|Meanwhile|Likewise|Similarly|Instead|Otherwise)\b/.test(q.prompt)) reasons.push("dangling-reference");
  // "All four were _____ reactors": all four of what, the sentence before counted.
  if (/^All (?:two|three|four|five|six|seven|eight|nine|ten) (?!of\b)/.test(q.prompt)) reasons.push("dangling-reference");
  // "the European Bank for Reconstruction and _____" → Development: the last word of a name's pair.
  if (/\b\p{Lu}\p{Ll}+ (?:for|of) \p{Lu}\p{Ll}+,? and _____/u.test(q.prompt) && /^\p{Lu}\p{Ll}+$/u.test(q.answer)) reasons.push("truncated-name");
  // "educated at Truro High School for _____" → Girls: the last word of a school's or a body's name.
  if (/\b(?:School|College|Academy|Institute|Institution|Society|Centre|Center|Hospital|Museum|Foundation|Trust|Fund|Commission|Council|Association|League|Union|Home|Fellowship) (?:for|of) _____/.test(q.prompt) && /^\p{Lu}/u.test(q.answer)) reasons.push("truncated-name");
  // "Please speak to your _____ practice.", "Your job is to explain …": advice to the reader, no fact of the article.
  // (A general "your" in an explainer is anyone's: "How many times does your heart beat …?")
  if (/^(?:Please|Your|If you)\b/.test(asked)) reasons.push("addressed-to-reader");
  // "Who was the principal keeper?" when "By then my father was principal keeper": a post someone
  // else held at another time in the article has two answers.
  const post = isWh ? asked.match(/^Who (?:was|is|became|had been) (?:the )?((?:\p{Ll}+ ){0,2}\p{Ll}+)\?$/u)?.[1] : undefined;
  if (post && article.sentences) {
    const surname = q.answer.split(/\s+/).pop()!;
    if (postHolders(article.sentences, post).some((x) => x.index !== q.source.sentenceIndex && !x.text.includes(surname))) reasons.push("one-of-several");
  }
  // Round 4's first runs: "Hundreds of families have moved in over the past _____ years. Finish the
  // job." (two sentences of a quotation in one stem, the second cut); "How many years does Derek
  // Ashworth have run …?" ("has run" read as the verb "have" and a bare "run").
  if (!context && /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|etc|[A-Z]))[\p{Ll}\d]\. (?:_____|\p{Lu}\p{Ll}*)\s[^"“”]*[.?!]$/u.test(asked) && !/["“”]/.test(asked)) reasons.push("ungrammatical");
  // "Until what date did endurance lay undiscover?": an adjective in -ed after the verb ("lay
  // undiscovered") turned into a bare verb its own sentence never uses.
  if (isWh && [...asked.matchAll(/\b(un\p{Ll}{3,})\b/gu)].some(([, w]) => !/(?:ed|ing|s)$/.test(w) && new RegExp(`\\b${w}ed\\b`).test(q.source.sentence) && !new RegExp(`\\b${w}\\b`).test(q.source.sentence))) reasons.push("ungrammatical");
  // Round 5's first runs: "What did large plant-eating mammals sometimes call?" (the participle of
  // "mammals sometimes called sea cows" read as the verb: call what?); "In which year do Dorothy
  // Hodgkin go up to Somerville?" (one person after "do"); a gap against a quotation mark
  // ("the headline " _____ housewife wins Nobel"").
  if (isWh && /\b(?<!\b(?:own|a|the|his|her|its|their) )(?:call|name)\?$/.test(asked)) reasons.push("ungrammatical");
  if (isWh && /\bdo\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+\p{Ll}/u.test(asked) && !/\bdo\s+[^?]*\band\b/.test(asked) && !/\bdo\s+\p{Lu}\p{Ll}*s\b/u.test(asked)) reasons.push("ungrammatical");
  if (/(?:^|\s)["“]\s+_____|_____\s+["”](?=[\s.,;:!?]|$)/.test(asked)) reasons.push("ungrammatical");
  // "What does "If one kid in Greyhaven see"?": a quotation's words turned round by a question;
  // "In which year did the Brunel Trophy begin which will stand …?": a relative clause left behind
  // the verb it never belonged to.
  if (isWh && (/\b(?:does|do|did)\s+["“]/.test(asked) || /\b(?:did|does|do)\s[^?]*\b\p{Ll}+\s+(?:which|who)\s+(?:will|would|is|was|are|were|has|had)\b/u.test(asked))) reasons.push("ungrammatical");
  if (/\b(?:does|do|did)\b[^?]* have (?:run|come|become|been|done|gone|seen|made|taken|given|won|begun|known|grown|held|led|kept|built|spent|lived|worked|served|played)\b/.test(asked)) reasons.push("ungrammatical");
  // Unseen articles (SQuAD held out): "… when the US researcher Stephen Cook and?", "… been shown
  // but?", "… his family because of?": a question cut after a word that needs more after it.
  // (A stranded preposition is English — "What does NBC stand for?" — a conjunction or article is not.)
  // "Roger Delgado, who continued in the role until his death in 1973" → not "In which year did Roger
  // Delgado continue in the role until his death?": the time is the death's, not the verb's (so is
  // "since the network's creation in 1943" the creation's; "before the cable parted on 2 August" is
  // the parting's, asked of it).
  if (isWh && /\b(?:until|till|after|before|following|since)\s+(?:his|her|its|their|the)\s+(?:[\p{L}-]+['’]s?\s+)?[\p{L}-]+\s+(?:in|on)\s+$/iu.test(q.source.sentence.slice(0, start)) && /^(?:In|On|By|Until|Since) (?:which|what) /.test(asked)) reasons.push("time-of-another-event");
  // "Wesley knew that for two centuries the succession … was preserved" → not "How many centuries did
  // Wesley know that …?": the number is the reported clause's, not how long he knew it.
  if (isWh && /^(?:About )?[Hh]ow (?:many|much)\b[^?]*\b(?:did|does|do)\b[^?]*\b(?:know|say|believe|think|claim|argue|write|state|note|find|show|report)\s+that\b/.test(asked)) reasons.push("time-of-another-event");
  // (The word alone, after a space: not the "an" of "Xi'an".)
  if (isWh && /\s(?:and|or|but|nor|the|a|an|because(?: of)?|although|though|whereas|unless|than|whose|its|their|his)\?$/i.test(asked)) reasons.push("ungrammatical");
  // First run on a third unseen article (how the heart works): "About how many times does over a
  // single day the heart beat?" (an adjunct left inside the inverted clause); "Which ancient Greek
  // physician used up by the body?" (a passive participle read as the verb).
  // (The auxiliary right after the wh-phrase, not "What did Iraq's parliament vote to do in 2020?".)
  if (isWh && /^(?:(?:About )?[Hh]ow (?:many|much)(?: [\p{L}-]+)*?|What|Which(?: [\p{L}-]+)+?|Whom?|Where|When|Why) (?:do|does|did) (?:over|in|on|at|during|after|before|by|from|with|under|for|through|throughout|within|across)\b/u.test(asked)) reasons.push("misplaced-adjunct");
  // (No auxiliary before it: "Which city was ruled by …" is a passive, well formed.)
  if (/^Which (?:(?!(?:is|are|was|were|be|been|being|has|have|had) )[\p{L}-]+ ){1,4}\p{Ll}+(?:ed|en) (?:up |out |down |off )?by\b/u.test(q.prompt) ||
    (!isWh && /^(?:[\p{L}-]+ ){0,5}(?:_____|\p{Lu}[\p{L}-]*) \p{Ll}+(?:ed|en) (?:up |out |down |off )?by\b/u.test(q.prompt))) reasons.push("participle-as-verb");
  // "… proved otherwise.", "_____ valves make sure it does.", "The aortic valve lets it leave …",
  // "A brief delay it reaches …": what the sentence before said.
  if (/\botherwise[.?]?\s*$/.test(q.prompt) || /\b(?:it|they) (?:does|do|did)[.?]?\s*$/.test(q.prompt) || / (?:lets|let|makes|helps|allows) (?:it|them) \p{Ll}+/u.test(q.prompt) || /^(?:A|An|The) (?:[\p{Ll}-]+ ){1,3}it \p{Ll}+s\b/u.test(q.prompt)) reasons.push("dangling-reference");
  // "In response, the United States created …", "The FTSE 100 does a similar job in London", "John made
  // a powerful enemy of the Church as well": in response to what, similar to what, as well as what, the
  // sentence before says.
  if (/\b[Ii]n response\b(?! to\b)|\b[Aa] similar (?:job|role|task|thing|way|one|system|scheme|plan)\b(?! (?:to|as)\b)|\bas well[.?]?\s*$/.test(q.prompt)) reasons.push("dangling-reference");
  // "The _____ contract; the lower number is …": a clause of three words before a semicolon is the
  // tail of one the statement reader cut.
  if (/^(?:\S+ ){0,2}\S+;/.test(q.prompt)) reasons.push("truncated-statement");
  // "The nationalist writer _____ later argued that.": a reported clause cut off after its "that".
  if (/\b(?:that|whether|how|why)[.?]?\s*$/.test(q.prompt) && !/\b(?:like|do|did|does|is|was) that[.?]?\s*$/.test(q.prompt)) reasons.push("truncated-statement");
  // "Moss's reported last words were.": a statement cut at the colon before what it says.
  if (/\b(?:words|motto|message|slogan|verdict|reply|answer|question|warning|advice|instructions?|title|name|names) (?:is|are|was|were)\.?\s*$/i.test(q.prompt)) reasons.push("truncated-statement");
  // "Graham Askew said.", "Wi-Fi switched off.": who spoke with nothing said, or a phrase cut from
  // its clause ("with Wi-Fi switched off"), is no statement to judge.
  if (q.type === "TRUE_FALSE" && (/^[^,]+ (?:said|says|added|explained|told (?:the )?\p{Ll}+)\.$/u.test(q.prompt) || q.prompt.split(/\s+/).length < 4)) reasons.push("truncated-statement");
  // "Why should an alarm that have warned staff … had been switched off?": the modal was taken from
  // the relative clause; "How many minutes do no dry patches leave?": do-support on a "no" subject.
  if (q.type !== "TRUE_FALSE" && (/^(?:Why|How|What|When|Where|Who|Which)\b[^?]* (?:should|would|could|can|will|must|might|may|did|does|do) (?:\S+ ){1,6}?(?:that|which|who) (?:have|be)\b/.test(q.prompt) || /\b(?:do|does|did) no\b/.test(q.prompt))) reasons.push("ungrammatical");
  // "Which city was freed?": a bare passive says nothing of who, when or from what.
  if (isWh && /^(?:Which \p{Ll}+|Who|What) (?:was|were|is|are) \p{Ll}+(?:ed|en)\?$/u.test(q.prompt)) reasons.push("not-worth-asking");
  // "Macron agreed to lend the original to _____": the original of what, the article's earlier sentences say.
  // (In an answer too: "lend the original to Britain".)
  if ([asked, q.answer].some((t) => /\bthe original(?= (?:to|in|of|was|were|is|from|and|would|will)\b|[,.?]|$)/i.test(t))) reasons.push("dangling-reference");
  // "From which German city is Johannes Gutenberg a goldsmith?": the place of a description, asked
  // as if the person were a goldsmith of it.
  if (isWh && /^From which [^?]* (?:is|was|are|were) [^?]* (?:a|an) [\p{Ll}-]+\?$/u.test(q.prompt)) reasons.push("not-worth-asking");
  // "Which place became the busiest centre of all?": of all of what, the sentence before says.
  if (/\bthe (?:\p{Ll}+est|most \p{Ll}+) [\p{Ll}-]+ of all[.?]?\s*$/u.test(q.prompt)) reasons.push("dangling-comparison");
  // "What is the gravest threat?", "What is the last step?": the greatest or last of what, the stem
  // does not say — the article's subject the sentence before named.
  if (/^(?:What|Which|Who) (?:is|was|are|were) the (?:\p{Ll}+est|most \p{Ll}+|first|last|final|next|main|chief|only) [\p{Ll}-]+\?$/u.test(q.prompt) ||
    // ("The last step is Royal Assent.": the same claim as a statement.)
    /^The (?:\p{Ll}+est|most \p{Ll}+|first|last|final|next|main|chief|only) [\p{Ll}-]+ (?:is|was) (?:(?!\bof\b)[^.?])+[.?]$/u.test(q.prompt)) reasons.push("dangling-comparison");
  // "One greeted the news with …", "Others wait for a date …": a bare "one"/"others" subject is one of
  // what the sentence before named.
  if (/^(?:One|Others|Another)(?: of them)? (?!of\b|day\b|morning\b|evening\b|night\b|year\b|summer\b|winter\b|spring\b|autumn\b|afternoon\b)\p{Ll}+/u.test(q.prompt)) reasons.push("dangling-reference");
  // "… die in the city", "The only surviving volume is kept …", "About _____ copies were printed":
  // which city, volume or copies the sentences before said.
  if (/\b(?:in|at) the (?:city|town|village)(?: in (?:_____|\d{3,4}))?[.?]?\s*$/.test(asked) || /(?:^(?:[\p{L}\d,_]+ ){0,3}|\b(?:do|does|did|were|was|are|is) (?:the |printed )?)(?:copies|volumes?|editions?)\b(?! of\b)/iu.test(asked)) reasons.push("dangling-reference");
  // "… left a sharp, _____." → dark impression: the gap takes half of a phrase two adjectives share.
  if (/\b(?:a|an|the) \p{Ll}+, _____/u.test(q.prompt) && /^\p{Ll}/u.test(q.answer)) reasons.push("truncated-statement");
  // "Sea level was about 120 metres lower than it is today": lower then, when the sentence before said.
  if (/\bthan (?:it|they) (?:is|are) (?:today|now)\b/.test(asked) && !/\b(?:1\d{3}|20\d{2}|ago|ice age|century)\b/i.test(asked)) reasons.push("dangling-comparison");
  // "… in a book, _____ on Glaciers." → Studies: a title cut before its "on/of/and" tail.
  if (/_____ (?:on|of) \p{Lu}\p{Ll}+[.?]?\s*$/u.test(q.prompt) && /^\p{Lu}\p{Ll}+$/u.test(q.answer) && !TITLE_TAIL_NOT.test(q.prompt)) reasons.push("truncated-name");
  // "The Friends of _____ argues …" → Millbrook Water: the gap takes the tail of a name ("The
  // Friends of Millbrook Water"), which its capital "Friends of" still shows.
  // "the _____ of the River Race", "the Head of the _____": one word of a name "of the" joins.
  if ((/_____ of the \p{Lu}/u.test(q.prompt) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(q.answer)) || (/\b(?:Head|Friends|Society|Association|League|Union|Isle|Order|House) of the _____/u.test(q.prompt) && /^\p{Lu}/u.test(q.answer))) reasons.push("truncated-name");
  // "That's what _____ proudest of." → I'm; "Then I heard _____ in my ear", "My father used to say …": a speaker's "I" or "my" with no
  // speaker named is nobody a learner can know.
  if (/^(?:I|I['’](?:m|ve|d|ll)|me)$/.test(q.answer) || ((/(?:^|[.!?"“‘]\s*|\b(?:Then|When|If|But|And|So|As|Now|Today|Yesterday)\s|\b\p{Ll}+\s)I\b/u.test(asked) || /\b(?:me|[Mm]y)\b/.test(asked)) && !/\b(?:said|says|told|tells|added|explained|recalled|wrote|admitted)\b/.test(asked))) reasons.push("dangling-reference");
  // "The crowd on Tanner's _____" → Quay, "of the _____’s group" → King (King's College): a gap on one
  // side of a possessive that the article writes inside a longer name.
  if (/^\p{Lu}[\p{Ll}-]+$/u.test(q.answer)) {
    const esc = escapeRegExp(q.answer);
    // (Not "_____’s Gaza campaign": a name after the possessive in the stem too is the owner's thing.)
    const ownerCut = /_____['’]s \p{Ll}/u.test(q.prompt) && ownsNamedThing(article, esc);
    const placeCut = (/\b\p{Lu}\p{Ll}+['’]s _____/u.test(q.prompt) && PLACE_HEAD.test(q.answer)) || GAP_BEFORE_PLACE_HEAD.test(q.prompt);
    if (ownerCut || placeCut) reasons.push("truncated-name");
  }
  // "the _____.28/39" → Gloster E: a designation cut at its dot or slash.
  // ("Florida/_____": a slash between two names the article wrote is no designation.)
  if (/_____\.[\p{L}\p{N}]|[\p{L}\p{N}]\._____|_____\/\p{N}|\p{N}\/_____/u.test(q.prompt)) reasons.push("truncated-name");
  // "Why did the paper mill closed and many players leave the town?": a clause's own past verb left
  // inside the subject of the question.
  if (isWh && /\b(?:did|does|do) (?:the |a |an )?(?:[\p{L}-]+ ){0,3}\p{Ll}+ed and (?:[\p{L}-]+ ){0,3}\p{Ll}+/u.test(asked)) reasons.push("ungrammatical");
  // "Which region's schools were segregated by law?": a state that holds of many places, asked of one.
  if (/^Which (?:region|country|city|place|state|town)[’']s \p{Ll}+ (?:were|was|are|is)\b/u.test(q.prompt) ||
    (q.type !== "TRUE_FALSE" && /^(?:country|region|city|place)$/.test(q.answerType ?? "") && /(?:^|, )_____[’']s \p{Ll}+ (?:were|was|are|is)\b/u.test(q.prompt))) reasons.push("not-worth-asking");
  // "Over some _____ years, from 1856 to 1863, …": the stem's own dates give the count.
  if (/_____ years\b/.test(q.prompt) && /\b(?:from|between) \d{4} (?:to|and|until) \d{4}\b/.test(q.prompt)) reasons.push("answer-in-stem");
  // "a large turbine of this kind turns at _____": which kind, the sentence before said.
  if (/\b(?:of|like) (?:this|that|these|those) (?:kind|sort|type|size|design)\b/i.test(q.prompt)) reasons.push("dangling-reference");
  // "In which country does where mains electricity alternate …?", "Which place is what doctors call
  // a step-down ward?": a relative or question word left after the question's verb.
  if (isWh && /^(?:\p{L}+ ){1,4}?(?:do|does|did|is|are|was|were) (?:where|which|who|whom|when|what)\b/u.test(asked)) reasons.push("ungrammatical");
  // "What does Usually a turbine … turn?": an adverb that opened the sentence left inside the question.
  if (isWh && /\b(?:do|does|did|is|are|was|were|has|have|had|will|can) (?:Usually|Often|Sometimes|Normally|Typically|Generally|Also|Then|Now|Later|Soon|Eventually|Meanwhile)\b/.test(q.prompt)) reasons.push("ungrammatical");
  // "In which year did Ashvale reach the county cup final and again in 2017?": a second time left in the question.
  if (isWh && /\band again (?:in|on|at)\b/.test(q.prompt)) reasons.push("ungrammatical");
  // "Mary Seacole was buried in Thomas Day’s Catholic Cemetery" (St Mary's): a false statement that
  // swaps a person into a name's possessive says nothing about either.
  if (q.type === "TRUE_FALSE" && q.answer === "False") {
    const src = q.source.sentence.replace(/’/g, "'");
    for (const m of q.prompt.replace(/’/g, "'").matchAll(/((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)'s (\p{Lu}[\p{L}-]*)/gu)) {
      if (!src.includes(m[0]) && new RegExp(`'s ${escapeRegExp(m[2])}\\b`).test(src)) reasons.push("truncated-name");
    }
  }
  // "Day were left with large stocks" (from "Seacole and Day were left …"), and a swap of it: the
  // second of two names joined by "and" cut from the first reads as one person with a plural verb.
  const lone = q.prompt.match(/^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}) (were|are|have)\b/u);
  if (lone && new RegExp(`\\band (?:\\p{Lu}[\\p{L}-]*\\s){0,2}\\p{Lu}[\\p{L}-]* ${lone[2]}\\b`, "u").test(q.source.sentence) && !new RegExp(`(?:^|[,;:] )${escapeRegExp(lone[1])} ${lone[2]}\\b`, "u").test(q.source.sentence)) reasons.push("truncated-statement");
  // "In which year had the Suez Canal opened and was run by …?", "How many miles do Israel twelve hours …?":
  // a second verb phrase or a bare number after a name left behind by the rewrite.
  if (isWh && (/\b(?:had|has|have)\b[^?]*\band (?:was|were|is|are)\b/.test(q.prompt) || /\b(?:do|does|did) \p{Lu}\p{Ll}+ (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/u.test(q.prompt))) reasons.push("ungrammatical");
  // "A(n) _____ enters the core." → small share: a share or a part of something is no fact's name.
  if (/^(?:(?:a |the )?(?:small|large|big|tiny|great|greater|larger|smaller|bigger|growing)\s+)?(?:share|part|portion|proportion|fraction|majority|minority|rest|remainder|amount|number)$/i.test(q.answer.trim())) reasons.push("not-worth-asking");
  // "What does the engine burn for the same push?" → less fuel: less or more than what, the stem does not say.
  // ("How many witnesses …? — more than 90" is a bound on a number, not a comparison.)
  if (q.type !== "TRUE_FALSE" && /^(?:less|more|fewer)\s+\S+(?:\s+\S+)?$/i.test(q.answer.trim()) && !/^(?:less|more|fewer) than\b/i.test(q.answer.trim()) && !/\bthan\b/.test(q.prompt)) reasons.push("dangling-comparison");
  // "the _____’s County Cup" → Harnshire Women, "the Four Counties Women's _____" → Trophy: a gap on
  // either side of a possessive inside a capitalised name that "the" opens.
  if (/^\p{Lu}/u.test(q.answer) && (/\bthe _____['’]s \p{Lu}/u.test(q.prompt) || /\bthe (?:\p{Lu}[\p{L}-]* ){0,3}\p{Lu}[\p{L}-]*['’]s _____/u.test(q.prompt))) reasons.push("truncated-name");
  // "Watson's memoir The _____ appeared in 1968" → Double Helix: a title's own "The" before the gap.
  if (/[^\s.!?"“]\s+The _____/u.test(q.prompt) && /^\p{Lu}/u.test(q.answer)) reasons.push("truncated-name");
  // "Head of the River Severn on the Thames" (a false swap of "River Race"): a value swapped into the
  // tail of a name that "of the" joins is no claim about anything.
  if (q.type === "TRUE_FALSE" && q.answer === "False") {
    let k = 0;
    while (k < q.prompt.length && q.prompt[k] === q.source.sentence[k]) k++;
    if (/\p{Lu}\p{Ll}+ of (?:the )?(?:\p{Lu}\p{Ll}+ )*$/u.test(q.prompt.slice(0, k).replace(/\S*$/, ""))) reasons.push("truncated-name");
  }
  // "Rosalind Franklin finished in _____." → 1941: finished what, the clause it hung on said.
  if (/^(?:\p{Lu}[\p{Ll}’'-]+ ){1,3}(?:finished|completed|began|started|ended|stopped) (?:in|on) _____\.?$/u.test(q.prompt)) reasons.push("dangling-reference");
  // (A body's name only: "the Battle of _____", "the Treaty of _____" ask where, as a teacher would.)
  if (/\b(?:Friends|Society|Association|League|Union|Council|Department|Ministry|Board|Institute|University|College|Museum|Federation|Trust|Club) of _____/u.test(q.prompt) && /^\p{Lu}/u.test(q.answer)) reasons.push("truncated-name");
  // "In which year did she become the first woman in her division?" (the sentence: "… to be named as an
  // author of a research report"): "the first X" cut before its "to" clause claims more than the article.
  const firstTo = q.source.sentence.match(/\bthe (?:first|last|only|youngest|oldest) ((?:[\p{L}’'-]+ ){1,6}?)to [\p{Ll}]+/u);
  if (firstTo && q.prompt.includes(`the ${firstTo[0].split(" ")[1]} ${firstTo[1].trim()}`) && !q.prompt.includes(`${firstTo[1]}to `)) reasons.push("truncated-statement");
  // "… helped send the first Americans … on to the _____" → Moon, "escaping to the _____" → West: a
  // gap any learner fills without the article — unless the stem sets the bodies against each other
  // ("The _____'s tidal effect is less than half that of the Moon").
  if (q.type !== "TRUE_FALSE" && /^(?:the )?(?:Earth|Moon|Sun|West|East)$/.test(q.answer.trim()) && !/\b(?:Earth|Moon|Sun|planet|planets)\b/.test(q.prompt)) reasons.push("not-worth-asking");
  // "For the next _____ years …", "Over the following eight centuries …": counted from a date the
  // sentence before gave.
  if (/\b(?:following|next) (?:_____|[\p{L}\d-]+) (?:years|centuries|decades|months|weeks|days)\b/u.test(asked) && !/\b\d{4}\b/.test(asked)) reasons.push("dangling-reference");
  // "Between them lies the electrolyte …": the two things "them" are the sentence before named.
  if (/^(?:Between|Among|Beside|Behind|Inside|Around|Beneath|Above|Below) (?:them|it|these|those)\b/.test(q.prompt)) reasons.push("dangling-reference");
  // "In 1206 excommunicated the king." (its subject, the pope, was in the clause before); "Two belong to
  // the British Library", "One of these was …", "To which group do two belong?" (two of the copies).
  if (/^(?:In|On|By) (?:\d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{4}),? \p{Ll}+ed\b/u.test(q.prompt)) reasons.push("ungrammatical");
  if (/^(?:Two|Three|Four|Five|Six) (?:belong|belonged|are|were|was|is|remain|remained|survive|survived)\b|^One of (?:these|those)\b|\b(?:do|does|did) (?:two|three|four|five|six) \p{Ll}+\?$/u.test(q.prompt)) reasons.push("dangling-reference");
  // "Which place replied that …?" → Cllr Marsh: a person's title opens the answer of a place question.
  // "To which organization was the point-contact transistor shown managers …?" from "shown to Bell Labs
  // managers": a name right before a common noun modifies it; it is no object to ask for.
  if (/^(?:To|In|At|On|From|For|With|By|Into|Against) (?:which|what) /.test(q.prompt) && /^\p{Lu}/u.test(q.answer) &&
    new RegExp(`${escapeRegExp(q.answer)} (?!(?:and|or|in|on|at|to|of|for|with|by|from|was|were|is|are|had|has|have|said|says|which|who|whom|that|as|after|before|when|where|while|would|will|could|can|may|might|until|since|during|near|under|over|between|through|across)\\b)\\p{Ll}{3,}s\\b`, "u").test(q.source.sentence)) reasons.push("wrong-kind");
  if (/^(?:Which place|Which city|Which country|Where)\b/.test(q.prompt) && /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Professor|President|Prime Minister)\.?\s/.test(q.answer)) reasons.push("wrong-kind");
  // "the Presidential Medal of _____" → Freedom, "the Day of _____" → German Unity: a name's own
  // words after "of" are no fact (a place or a person there — "the Battle of _____" — is one).
  if (/\b(?:Medal|Day|Ordinance|Declaration|Charter|Army|Order|Cross|Nature|Prize|Award|Festival|Statute|Proclamation|Edict|Bill|Act|Republic) of (?:the )?_____/u.test(q.prompt) && /^\p{Lu}/u.test(q.answer)) reasons.push("truncated-name");
  // "How many years old was Ada Lovelace?" (eight — when her father died): an age is at an event,
  // which the item must say.
  if (/^(?:How many years old (?:was|were|is) [^?,]{1,40}|[^,]{1,40} (?:was|were) (?:_____|\d+|[a-z]+) years old)[.?]?$/u.test(q.prompt) && !/\b(?:when|in \d{4}|at the time|by)\b/.test(q.prompt)) reasons.push("dangling-reference");
  // "His patient, Louis Washkansky, lived for 18 days": a life counted in days or months is counted
  // from an event the sentence leaves out (the transplant); asked alone it is false.
  if (SHORT_LIFE.test(q.source.sentence) && /\b(?:live|lived|lives|survive|survived)\b/i.test(asked) && !/\b(?:after|following|since)\b/i.test(asked)) reasons.push("dangling-reference");
  const stemWords = asked.split(/\s+/).length;
  // "Which body of water is shorter?": shorter than what (said a sentence before)?
  // "one _____ dollar", "500 _____ francs": a country before its own currency is guessed from the currency.
  if (q.type !== "TRUE_FALSE" && (q.answerType === "country" || q.answerType === "nationality") && /_____\s+(?:dollars?|pounds?|francs?|marks?|yen|pesos?|euros?|rupees?|roubles?|rubles?|dinars?|riyals?|lira|lire|krona|kronor|krone|kroner|shillings?)\b/i.test(asked)) reasons.push("answer-inflection-in-stem");
  // "her older sister", "his younger brother": a kinship word, not a comparison with anything.
  // ("makes the immune response stronger": a change the verb causes, measured against before, not against something unsaid.)
  // ("the splitting of a heavy atomic nucleus into two smaller ones": parts measured against the whole the stem names.)
  if (stemWords < 15 && COMPARATIVE.test(asked.replace(KINSHIP, "").replace(RESULTATIVE, "").replace(SPLIT_INTO, "")) && !/\bthan\b/i.test(asked)) reasons.push("dangling-comparison");
  // "… spent about 375 million dollars on it": an "it" from an earlier sentence.
  // "What did Carolina fail to do on each one?": each of what the sentence before counted.
  if (/\beach one\b(?! of\b)/i.test(asked)) reasons.push("dangling-reference");
  // "Jan Ingenhousz showed that plants could do this only in sunlight": what "this" was, the sentence before said.
  if (/\b(?:do|does|did|doing|done) (?:this|that|so|the same)\b(?! \p{L}+ (?:is|was|are|were)\b)/iu.test(asked) && !/\bthis (?:\p{Ll}+ )?(?:is|was)\b/u.test(asked)) reasons.push("dangling-reference");
  // "Hans von Ohain had begun working on the same idea in 1933": the same as what, the sentence before
  // said; "the same age her father had been", "the same way as …", "the same day" say it themselves or are times.
  if (/\bthe same (?!day|year|time|night|week|month|morning|evening|period|way|age|name)\p{Ll}+(?=[.?,]| (?:in|on|at|from|for|to|with|by|during|until)\b|$)/u.test(asked) && !/\bthe same \p{Ll}+(?: \p{Ll}+)? as\b/u.test(asked) &&
    // ("jumps between two parts of the same cloud", "the same decree in _____ scripts": the same as each other.)
    !/\b(?:two|three|four|five|six|both|each|every|between)\b|_____ \p{Ll}+s\b/u.test(asked)) reasons.push("dangling-reference");
  // "the first armed peacekeeping force in the organisation's history": which organisation, the
  // sentence before said (a class noun's possessive names nothing by itself).
  if (/\bthe (?:organisation|organization|company|group|firm|agency|body|institution|party|movement)['’]s\b/u.test(asked)) reasons.push("dangling-reference");
  // "In May the three western zones became …" (the year, 1949, opened the sentence before): a month
  // with no year that opens its sentence goes on from the sentence before; so does "Near the end".
  if (OPENING_MONTH.test(q.source.sentence) && MONTH_ALONE.test(asked) && !/\d{4}/.test(asked)) reasons.push("dangling-reference");
  if (/^(?:Near|At|By|Towards|Toward) the (?:end|start|beginning|close)(?! of)\b/.test(q.source.sentence) && /\b(?:near|at|by|towards|toward) the (?:end|start|beginning|close)\b(?! of)/i.test(asked)) reasons.push("dangling-reference");
  // "a hunger strike in the park", "the first African woman to receive the prize": a bare "the <noun>"
  // whose name (Uhuru Park, the Nobel Peace Prize) the sentences just before gave leans on them.
  if (referencesNamedBefore(asked, q, article).length) reasons.push("dangling-reference");
  // "Who exposed the boy to smallpox?": which boy, the sentence before named (James Phipps).
  if (/\bthe (?:boy|girl|man|woman|child|baby|couple|pair|lad|youngster)\b(?! (?:who|whom|whose|that|of|from|named|called|in|at)\b)/u.test(asked)) reasons.push("dangling-reference");
  // "Which war broke out, with Britain, France?": a list cut before its last item.
  if (/\b(?:with|between|including|and|by) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*, (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*\?$/u.test(q.prompt)) reasons.push("ungrammatical");
  // "… was so distraught by the rise in oil prices?": "so" without its "that" clause is cut short.
  if (/\b(?:is|are|was|were|became|become|seemed) so \p{Ll}+/u.test(asked) && !/\bthat\b/.test(asked.slice(asked.search(/\bso \p{Ll}/u)))) reasons.push("dangling-comparison");
  if (stemWords < 15 && /\b(on|in|for|with|to|of|about|from|at|by|over|onto|into|under|around|inside|above|below|across|through|behind) (it|them)\b/i.test(asked)) reasons.push("dangling-reference");
  // "The Wright Brothers carved two of them from wood; …": "of them" in the stem's first words has
  // nothing before it to count from, however long the stem.
  // ("Many mining towns were abandoned; two of them, …": after a break, what the clause before named.)
  else if (/^(?:[^\s,;]+ ){1,6}(?:one|two|three|four|five|six|several|some|both|each|all|most|many|none) of them\b/i.test(asked)) reasons.push("dangling-reference");
  // "Putting them right would cost …": a gerund opening the stem on a pronoun it cannot resolve.
  if (/^(?:\p{Lu}\p{Ll}+ing) (?:it|them|these|those|this|that)\b/u.test(asked)) reasons.push("dangling-reference");
  // A wh-question has no earlier sentence to lean on: "What phased them out?".
  if (q.type !== "TRUE_FALSE" && !asked.includes(GAP) && /(?<!^)\b(it|them|they)\b/.test(asked) && !(theyOfOwnPlural(asked) && !/(?<!^)\b(it|them)\b/.test(asked))) reasons.push("dangling-reference");
  // A true/false statement ending on "it since" / "run it" has its referent in the sentence's other half.
  if (q.type === "TRUE_FALSE" && /\b(it|them)\s+(since|then|now)?\.?$/.test(asked.trim().replace(/\.$/, ""))) reasons.push("dangling-reference");
  // "Zimbabwe suffered it in 2008." — an object "it"/"them" left unresolved cannot be judged true or false.
  if (q.type === "TRUE_FALSE" && /(?<!^)\b(it|them)\b/.test(asked)) reasons.push("dangling-reference");
  // "Who resigned in 1907?", "Who had died in 1990?": a verb and a date say nothing worth knowing of whom.
  if (isWh && WHO_WHEN.test(asked)) reasons.push("not-worth-asking");
  // *About how many years ago did the project begin?* → two: counted from the day of the report,
  // wrong a year later (a geological "20,000 years ago" is not).
  if ((/\b(?:years|months|weeks|days) ago\b/i.test(asked) && SMALL_COUNT.test(q.answer.trim())) || SMALL_AGO.test(asked)) reasons.push("dangling-reference");
  // *What was the biggest obstacle?*: to what, the sentences before said.
  // (*What is the main cause?*: of what, likewise.)
  if (/^What (?:was|is|were|are) the (?:biggest|main|greatest|only|first|largest|hardest|chief|principal) (?:obstacle|problem|challenge|difficulty|reason|advantage|worry|concern|question|cause|source|aim|goal|purpose|result|effect|method)\?$/i.test(asked)) reasons.push("dangling-reference");
  // *Who was the English mathematician?*: "the" with a calling and nothing else fits many; the
  // sentence it came from singled him out by what he did.
  if (isWh && /^Who (?:is|was|were|are) the (?:\p{Lu}\p{L}+ )?(?:mathematician|scientist|physicist|chemist|biologist|botanist|engineer|writer|author|poet|novelist|painter|artist|composer|architect|historian|philosopher|inventor|explorer|astronomer|economist|geographer|geologist|doctor|physician|surgeon|politician|statesman|journalist)\?$/u.test(asked)) reasons.push("not-worth-asking");
  // "The difference between high and _____ is …" → low water: the gap takes one side of a pair
  // of words that share a noun ("high and low water").
  if (/\b\p{Ll}+ (?:and|or) _____/u.test(q.prompt) && /^\p{Ll}+ \p{Ll}+$/u.test(q.answer) && new RegExp(`\\b\\p{Ll}+ (?:and|or) ${escapeRegExp(q.answer)}\\b`, "u").test(q.source.sentence) &&
    !new RegExp(`\\b\\p{Ll}+ ${escapeRegExp(q.answer.split(" ")[1])} (?:and|or) ${escapeRegExp(q.answer)}\\b`, "u").test(q.source.sentence)) reasons.push("truncated-statement");
  // *Why did Ms Sharma add that the library would stay open later?* → so that people who work could
  // use it: the reason is the reported plan's, not the saying's.
  if (isWh && /^Why (?:did|does|do|will|would) [^?]*\b(?:add|say|announce|explain|tell|claim|insist|argue|note|confirm|state|write|report)\b (?:[^?]* )?that\b/.test(asked)) reasons.push("not-one-answer");
  // "the common garden pea, _____ sativum" → Pisum: a gap on a genus before its species' Latin name.
  if (/^\p{Lu}\p{Ll}+$/u.test(q.answer) && /_____ \p{Ll}+(?:um|us|is|ae|ii|ensis|ica|icus|ina|ana|ata|oides)\b/u.test(q.prompt)) reasons.push("truncated-name");
  // "In which place do the monastery garden is home to …": a "do" before a clause that has its own verb.
  // ("Why does the Commons have the final word?": after "does", "have" is the verb itself.)
  if (isWh && /^(?:In which [\p{L}-]+|Where|When|Which [\p{L}-]+|What|Who|Why) (?:do|does|did) (?:(?!(?:until|when|while|because|that|if|before|after|as|since|which|who|where|so|than|say|says|think|believe|claim|argue)\b)[\p{L}’'-]+ ){1,8}(?:is|are|was|were|has(?! to\b)|have(?= (?:(?:so far|already|not|never|also|still|just|long|\p{Ll}+ly) )*(?:been|\p{Ll}{2,}ed)\b)) /u.test(asked)) reasons.push("ungrammatical");
  // *Which place’s never looked far behind?*, "Although _____’s took the final quarter": a school or a
  // shop named with its possessive ("St Aldhelm's") is a whole name before its verb, not an owner.
  if (/^Which [\p{L}-]+['’]s (?:(?:never|not|also|then|still|only|just|already|always)\s+)*(?:\p{Ll}+ed|took|won|lost|held|made|gave|got|had|beat|went|came|ran|kept|led|fought|drew)\b/u.test(asked) ||
    /_____['’]s (?:(?:never|not|also|then|still)\s+)*(?:\p{Ll}+ed|took|won|lost|held|made|gave|got|beat|went|came|ran|kept|led|drew)\b/u.test(q.prompt)) reasons.push("truncated-name");
  // *Why did the opening quarter suggest the memory might be put?* → rest quickly: "put to rest",
  // "brought to light", "came to power" are idioms, not a purpose.
  if (isWh && /^Why\b[^?]*\b(?:put|brought|bring|set|came|come|sent|send)\?$/.test(asked)) reasons.push("not-one-answer");
  // ("At _____ a \"computer\" was not yet a machine": a gap opening the sentence after "At" takes a
  // time as well as a place — "At that time", "At first".)
  if (q.type === "CLOZE" && /^At _____ (?!,)/.test(q.prompt) && !/\d/.test(q.answer)) reasons.push("not-one-answer");
  // *Who made the decision that, by general agreement during the interval?*: a "that" clause cut at its aside.
  if (/\bthat, [^,?.]*[?.]\s*$/.test(q.prompt) && !/\bthat, [^,?.]*\b(?:is|are|was|were|has|had|\p{Ll}+ed)\b/u.test(q.prompt)) reasons.push("truncated-statement");
  // "… we knew. _____ we want to show …" → Now: a time adverb is no fact to recall.
  if (/^(?:now|then|here|there|today|yesterday|tomorrow|soon|later|once|again)$/i.test(q.answer.trim())) reasons.push("not-worth-asking");
  // '"I keep thinking about Jess's interception," she said.': who said it is in the sentences before.
  if (q.type === "TRUE_FALSE" && /[,!?]["”] (?:he|she|they|it) (?:said|added|says|adds|explained|told)\b/.test(q.prompt)) reasons.push("dangling-reference");
  // "two small pulleys, known as _____ wheels," → jockey: the name given is both words.
  if (/\b(?:known as|called|named) _____ \p{Ll}+s?\b(?=[,.;:]|\s+(?:in|on|at|that|which)\b)/u.test(q.prompt) && /^\p{Ll}+$/u.test(q.answer)) reasons.push("truncated-name");
  // *What does one bulge face?*: one of the things the sentence before named ("two bulges").
  if (isWh && /^(?:What|Who|Whom|Where|When|Why|Which \p{L}+|How \p{L}+) (?:do|does|did|is|was|are|were|has|had) one (?!of\b)\p{Ll}+\b(?! of\b)/u.test(asked)) reasons.push("dangling-reference");
  // "How many flights did the brothers make that day, taking turns; the last and longest, by Wilbur?":
  // a question runs across a semicolon into a clause of its own.
  if (isWh && /;/.test(asked)) reasons.push("ungrammatical");
  // "Whom did soon afterwards a gust overturn?": a fronted adverb left between "did" and the subject.
  if (isWh && /\b(?:do|does|did) (?:soon|then|later|afterwards|also|once|finally|eventually|immediately|quickly|suddenly|thereafter)\b/.test(asked)) reasons.push("ungrammatical");
  // "Who was born on 16 April 1867 near Millville, Indiana, and Orville on 19 August 1871 …?": a second
  // clause whose verb the first lends it ("and Orville [was born] on …") is no part of the question.
  if (isWh && /, and \p{Lu}[\p{L}’'-]+ (?:on|in|at|from|near|by) /u.test(asked) && !/, and \p{Lu}[\p{L}’'-]+ (?:on|in|at|from|near|by) [^?]*\b(?:is|are|was|were|has|had|did|\p{Ll}+ed)\b/u.test(asked.slice(asked.indexOf(", and ")))) reasons.push("ungrammatical");
  // "Who was the two bicycle makers …?": a singular verb before a counted plural.
  if (isWh && /^(?:Who|What) (?:is|was) the (?:two|three|four|five|six|seven|eight|nine|ten|both|\d+) /.test(asked)) reasons.push("ungrammatical");
  // "In which year did Milton Wright base on a design by …": "based on" is passive, said of the thing made.
  if (isWh && /\b(?:do|does|did) [^?]*\bbase (?:on|upon)\b/.test(asked)) reasons.push("ungrammatical");
  // "In 1878 Milton Wright based on a design by …": "based on" with no "was" before it is a participle
  // that a statement gave the wrong subject (the toy was based on the design).
  if (/\b(?:\p{Lu}[\p{L}’'-]+|he|she|they|_____) based (?:on|upon)\b/u.test(q.prompt)) reasons.push("ungrammatical");
  // "In the _____ was demonstrating …" → United States Orville: a country and a given name run
  // together are two names, not one answer.
  const runTogether = q.answer.match(/^(?:the )?((?:\p{Lu}[\p{L}-]+ )+)(\p{Lu}\p{Ll}+)$/u);
  if (runTogether && q.type !== "TRUE_FALSE" && givenNameGender(runTogether[2]) && lookupCountry(runTogether[1].trim())) reasons.push("not-one-answer");
  // "Gregor Mendel was born William Bateson …": a false swap of a birth name is no claim anyone could believe.
  const bornAs = q.type === "TRUE_FALSE" && q.answer === "False" ? q.prompt.match(/\bborn (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2})/u) : null;
  if (bornAs && !q.source.sentence.includes(`born ${bornAs[1]}`)) reasons.push("not-plausible");
  // 'as "Experiments on _____ "' → Plant Hybridization: a gap inside a quoted title takes part of it.
  // (A title's words are capitalised; a speaker's words in quotes are gapped like any other.)
  const quotedGap = q.prompt.match(/["“]([^"“”]*_____[^"“”]*)["”]/u)?.[1];
  // ('call her "the _____"' → Wall: an article alone before the gap cuts no title.)
  if (quotedGap && /\p{L}/u.test(quotedGap.replace("_____", "")) && !/^(?:the|a|an) _____$/i.test(quotedGap.trim()) && quotedGap.replace("_____", "").trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:on|of|the|and|in|for|a|an|to)$/.test(w)) && /^\p{Lu}/u.test(q.answer)) reasons.push("truncated-name");
  // "_____’s was a centre of learning": the possessive's thing is left out (St Thomas's monastery);
  // so is a true/false swap into it ("William Bateson’s was a centre of learning").
  // ("the _____’s." → Society of Lloyd, "_____’s of London" → Lloyd: the name holds its possessive.)
  if (/(?:_____|\p{Lu}[\p{L}-]*)['’]s (?:is|was|are|were|has|had)\b/u.test(q.prompt) || /_____['’]s(?:[.?]\s*$| of \p{Lu})/u.test(q.prompt)) reasons.push("truncated-name");
  // "What was Sidney Herbert at War …?" → Secretary, "the Secretary at _____" → War: one word of a
  // title the article writes as one ("the Secretary at War").
  if (/^\p{Lu}\p{Ll}+$/u.test(q.answer)) {
    const esc = escapeRegExp(q.answer);
    // ("Notes on Nursing" too: a title's "on".)
    // (Only an office's "at"/"for" — "the Angara at Irkutsk" is a river and a town.)
    const office = /^(?:Secretary|Minister|Master|Keeper|Chancellor|Lord|Governor|Commissioner|Professor)$/.test(q.answer);
    const tail = q.source.sentence.match(new RegExp(`\\b${esc} ((?:${office ? "at|for|on" : "on"}) \\p{Lu}[\\p{L}-]*)`, "u"))?.[1];
    const head = q.source.sentence.match(new RegExp(`\\b((?:Secretary|Minister|Master|Keeper|Chancellor|Lord|Governor|Secretary of State) (?:at|for|of)|\\p{Lu}\\p{Ll}+ on) ${esc}\\b`, "u"))?.[1];
    if ((tail && q.prompt.includes(tail) && !q.prompt.includes(`${q.answer} ${tail}`)) || (head && q.prompt.includes(`${head} _____`))) reasons.push("truncated-name");
  }
  // *Which organization’s Association argued …?*: the rest of a name ("… Fishermen's Association") left in the stem.
  if (isWh && /^Which \p{Ll}+['’]s \p{Lu}/u.test(asked)) reasons.push("truncated-name");
  // "Dougie _____ has fished …" → Harland: a given name left before its surname's gap.
  if (/^\p{Lu}\p{Ll}+$/u.test(q.answer) && /(?:^|\s)(\p{Lu}\p{Ll}+) _____/u.test(q.prompt)) {
    const given = q.prompt.match(/(?:^|\s)(\p{Lu}\p{Ll}+) _____/u)![1];
    const title = /^(?:The|A|An|President|Prime|Minister|King|Queen|Prince|Princess|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|General|Captain|Governor|Senator|Professor|Pope|Saint|St|Emperor|Empress|Chancellor|Judge|Mayor|Bishop|Father|Sister|Brother|Coach|Inspector|Sergeant|Colonel|Major|Admiral|Archbishop|Cardinal|Sheikh|Ayatollah|Tsar|Sultan|Pharaoh)$/.test(given);
    if (!title && givenNameGender(given) && q.source.sentence.includes(`${given} ${q.answer}`)) reasons.push("truncated-name");
  }
  // *When did Florence feel what she later described?*: described as what, the cut left out.
  if (/\bwhat (?:he|she|they|it|we) (?:\p{Ll}+ )?(?:described|called|termed|considered|regarded)\??$/u.test(asked)) reasons.push("truncated-statement");
  // "the poet Lord Byron, famous across _____ for his verse": how far a fame spread, a passing detail.
  // (So is its true/false copy, the place closing it: "… became known across Belgium.")
  if ((q.type === "TRUE_FALSE" ? FAME_SPREAD_CLOSING : FAME_SPREAD_GAP).test(q.prompt)) reasons.push("not-worth-asking");
  // *Rosalind Franklin finished in 1945.*: a person finished what, the clause it came from said.
  if (/^(?:\p{Lu}[\p{L}'’.-]* ){2,4}(?:finished|completed)(?: (?:in|on|by) [^,;]{1,25})?[.?]?$/u.test(asked) && !/^The\b/.test(asked)) reasons.push("truncated-statement");
  // "No _____ faces appear exactly alike." → two: an idiom's number, nothing to learn.
  if (/\b[Nn]o (?:_____|\p{Ll}+) [\p{L}-]+ (?:are|were|appear|appeared|look|looked|is|was) (?:\p{Ll}+ )?alike\b/u.test(q.prompt)) reasons.push("not-worth-asking");
  // "… incorporated the Liability’s." (a false swap of "Society of Lloyd"): a value swapped in before a
  // possessive the article writes as part of a name.
  if (q.type === "TRUE_FALSE" && q.answer === "False" && [...q.prompt.matchAll(/(\p{Lu}[\p{L}-]*)['’]s(?=[.?]?\s*$|\s+(?:is|was|are|were)\b)/gu)].some((m) => !q.source.sentence.includes(`${m[1]}’s`) && !q.source.sentence.includes(`${m[1]}'s`))) reasons.push("truncated-name");
  // "_____ 2 contains a mixed force …" → Pit: a numbered name's word without its number.
  if (/_____ \d+\b/.test(q.prompt) && /^\p{Lu}\p{Ll}+$/u.test(q.answer) && new RegExp(`\\b${escapeRegExp(q.answer)} \\d+\\b`).test(q.source.sentence)) reasons.push("truncated-name");
  // "The Emperor _____’s Mausoleum Site Museum", "the Mausoleum of the _____": a gap inside a name of
  // capitalised words, before a possessive or after "of the".
  if (/\b\p{Lu}\p{Ll}+ _____['’]s \p{Lu}/u.test(q.prompt) || (/(?<![.!?]\s|^)\b\p{Lu}\p{Ll}+ of the _____/u.test(q.prompt) && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(q.answer))) reasons.push("truncated-name");
  // *From which country did spices come and beyond?*: "and beyond" hangs on the place asked.
  if (isWh && /\band beyond\b/i.test(asked)) reasons.push("truncated-statement");
  // "In which year did Rosalind Franklin finish?": finished what, the sentence leaves to the clause it hangs on.
  // (A person's: "When did construction begin?" is the event's own beginning.)
  if (isWh && /^(?:In which year|When|On what date|By which year) (?:did|does|do) (?:\p{Lu}[\p{Ll}’'-]+ ){1,3}(?:finish|complete|begin|start|end|stop|continue)\?$/u.test(asked)) reasons.push("dangling-reference");
  // "Which journal published their paper together with two others?": whose paper, the sentence
  // before said — no plural, no pair and no gap before "their" to own it.
  const theirAt = asked.search(/\btheir\b/i);
  // (A gap owns it when its answer is a pair or a plural.)
  // ("The _____ go straight to the final because their broadcasters …": a plural verb after it says so too.)
  const gapOwns = asked.slice(0, theirAt).includes("_____") && (/\band\b|s$/.test(q.answer) || /_____ (?:are|were|have|do|go|make|take|get|come|run|win|play|hold|keep|use|need|want|give|send|say|see|know|think|remain|become)\b/.test(asked));
  // ("Of the 80 observer bees, 52 learned …  of their first attempt": a short plural owns it too.)
  if (theirAt > 0 && !gapOwns && !pluralCataphor(asked) && !/\b(?:and|both)\b|\b\p{L}{3,}[^s's]s\b|\b(?!(?:this|thus|does|goes|plus|news|lens|axis|bias|iris|days|ways|ages|eras)\b)\p{Ll}{2}[^s's\W]s\b|\b(?:they|people|men|women|children|staff|police|cattle|crew|personnel|folk)\b/u.test(asked.slice(0, theirAt).replace(/_____/g, "")) && !/^(?:Which|What) \p{Ll}+s\b/u.test(asked)) reasons.push("dangling-reference");
  // "Who received the Nobel Prize in Physics in 2000?": a prize of a year is often shared; the
  // article names one winner, the world knows three. Asked the other way round it has one answer.
  if (isWh && /^Who (?:won|received|was awarded|got|shared|collected)\b.*\b(?:Prize|Medal|Award)\b.*\b\d{4}\?$/u.test(asked)) reasons.push("shared-prize");
  // "In which year did work begin?", "When did construction begin?": a bare common noun as subject.
  if (isWh && /^(?:In which year|When|On what date|By which year|In which country|In which city|Where) (?:did|does|do|was|were|is|are) (\p{Ll}+) (\p{Ll}+)\?$/u.test(asked)) reasons.push("dangling-reference");
  // "Who is a railway engineer?": an indefinite description fits many; it asks nothing.
  // ("What is an antibiotic?" asks for a definition: that is the point.)
  // (Unless a relative clause with a named other singles one out: "… who became Ada Lovelace’s friend".)
  const singledOut = /\b(?:who|that) (?:became|was|is|married|taught|met|helped|trained|raised)\b[^?]*\p{Lu}\p{Ll}+/u.test(asked);
  if (isWh && q.answerType !== "definition" && /^(?:Who|What|Which \p{L}+) (?:is|was|are|were) (?:a|an) /u.test(asked) && !singledOut) reasons.push("not-worth-asking");
  // "reorganize the relationship", "brought the issue back": which relationship, what issue? A bare
  // abstract noun after "the" leans on a sentence the item does not show.
  // ("On the morning of the vote …": which vote, the sentence before said; "98 per cent of the vote" is any election's.)
  if (/\bthe vote\b(?! (?:on|of|for|to|in)\b)/.test(asked) && !/(?:\b(?:per cent|percent|share|majority|half|third|quarter)|%|_____) of the vote\b/.test(asked)) reasons.push("dangling-reference");
  // ("the decision to stop sailing" says what was decided; "… won $500 in damages in a local court, but
  // the state's Supreme Court overturned the decision": the court's decision the stem itself told.)
  const toldDecision = asked.replace(GAP, "X").replace(/(?<!\b(?:of|from|since|after|before|until) )\bthe decision to (?!(?:the|a|an|its|their|his|her|this|that)\b)\p{Ll}{2,}\b/gu, "").replace(/\b((?:a|an) (?:[\p{Ll}-]+ ){0,2}(?:court|tribunal)\b.*)\b(?:overturned|upheld|reversed|quashed|overruled) the decision\b/gu, "$1");
  if (/\bthe (issue|matter|relationship|situation|development|problem|question|topic|subject|affair|result|outcome|package|changes|deal|decision|proposals|last straw|turning point)\b(?!\s+(?:of|between|with|over|about|that|for|in|(?:came |was )?when)\b)/i.test(toldDecision)) reasons.push("dangling-reference");
  // "Which country has taken part since 1973?": every member from before 1973 has too — no one answer.
  if (isWh && /^(?:Which [\p{L} ]+|Who) (?:has|have) (?:taken part|competed|participated|been a member|been a part)\b[^?]* since \d{4}\?$/u.test(asked)) reasons.push("not-one-answer");
  // "Which place is now called Brno?", "_____ is now called Brno.": a place's old name is asked the
  // other way round (*What is Brünn now called?*); both in one quiz give each other away.
  if (/^(?:Which [\p{L} ]+|What|_____) (?:is|was) (?:now|today|later|formerly|once|then) (?:called|known as|named|renamed)\b/u.test(q.prompt)) reasons.push("not-worth-asking");
  // The same as a gap: "_____ was a Swiss director of the EBU." (so were others).
  if (q.type !== "TRUE_FALSE" && /^_____ (?:is|was|are|were) (?:a|an) /u.test(asked) && !singledOut) reasons.push("not-worth-asking");
  // "presented her with a gram", "did inflation there reach": someone or somewhere from before.
  // "Maria and her older sister …" names its woman first; "have there been" is existential.
  const herAt = owned.search(/\b(her|him|hers)\b/i);
  // "A forager sucks up nectar with her long tongue": a singular subject that is a creature's kind owns "her".
  const kindOwner = herAt > 0 && /^her \p{Ll}/u.test(owned.slice(herAt)) && !/^her (?:with|to|for|in|on|at|from|by|as|and|a|an|the|that|into)\b/i.test(owned.slice(herAt)) &&
    /^(?:A|An) [\p{Ll}-]+ \p{Ll}+s\b/u.test(owned) && !/\b(?:he|him|his|she|they|them|their)\b/i.test(owned.slice(0, herAt));
  // An object "him"/"her" is never the name that opens the stem as its subject ("Marc sent him to France").
  const objectPronoun = herAt >= 0 && (/^him$/i.test(owned.slice(herAt, herAt + 3)) || OBJECT_HER.test(owned.slice(herAt)) || !/^her \p{Ll}/iu.test(owned.slice(herAt)));
  const ownerText = objectPronoun ? owned.slice(0, herAt).replace(/^(?:\p{Lu}[\p{L}'’.-]*\s+)+(?=\p{Ll})/u, "") : owned.slice(0, herAt);
  // "At her own request Ada Lovelace was buried …": a fronted phrase's "her" is the woman named right after it.
  const herCataphor = herAt >= 0 && HER_CATAPHOR.exec(owned);
  // "the rudder stock of the MV Glenara during her annual survey": a ship named before is a "she".
  const shipOwner = herAt > 0 && /^her\b/i.test(owned.slice(herAt)) && NAMED_SHIP.test(owned.slice(0, herAt)) && !namedBefore(owned.slice(0, herAt).replace(NAMED_SHIPS, ""), "female");
  const herOwner = herAt >= 0 && (kindOwner || shipOwner || (!!herCataphor && genderOfName(herCataphor[1]) !== "male") || namedBefore(ownerText, /^him$/i.test(owned.slice(herAt, herAt + 3)) ? "male" : "female"));
  if ((herAt >= 0 && !herOwner) || /(?<!\b(?:is|are|was|were|has|have|had|will|would)\s)\bthere\b(?!\s+(is|are|was|were|has|have|had)\b)/i.test(asked.replace(/^There\b/, ""))) reasons.push("dangling-reference");
  // "A(n) _____ is the penalty an umpire gives." of "… gives when a player keeps hold of the ball for
  // more than three seconds": a definition cut before its own "when"/"if" clause says too little to name one thing.
  if (/^(?:A\(n\)|An?|The) _____ (?:is|are|was|were) (?:the|an?) [^,;:]+\.$/u.test(q.prompt)) {
    const tail = q.prompt.replace(/^.*_____ (?:is|are|was|were) /u, "").replace(/\.$/, "");
    const at = q.source.sentence.indexOf(tail);
    if (at >= 0 && /^\s+(?:when|if|unless|where|whenever)\b/i.test(q.source.sentence.slice(at + tail.length))) reasons.push("definition-cut-short");
  }
  if (/\b(this|these|those)\s+_____/i.test(asked)) reasons.push("dangling-reference");
  // "in memory of that experiment", "lock onto that one antigen": "that" pointing at a thing said before.
  if (/\b(?:of|in|on|onto|into|to|from|for|with|by|at|about|after|before)\s+that\s+(?!of\b|which\b|who\b|in\b|on\b|at\b)(?:one\s+|very\s+|same\s+)?(?:\p{Ll}+|_____)\b(?!\s+(?:is|was|are|were|has|had|have|can|could|will|would|did|does|do)\b)/u.test(asked)) reasons.push("dangling-reference");
  // "The tram is expected to cut that journey to 18 minutes", "How many flights did they make that
  // day?": "that" before a verb's object, or before a stretch of time, is one the sentence before
  // described (not a relative clause: "the meeting that ran from …").
  const thatObject = /\b(?:to|did|do|does|will|would|could|can|should|must|may|might) (\p{Ll}+) that (?!one\b|same\b|very\b)(\p{Ll}{3,})(?= (?:to|by|from|in|on|at|for|into)\b|[.?,]|$)/u.exec(asked);
  if ((thatObject && !/(?:s|ed)$/.test(thatObject[2]) && !REPORTING.test(thatObject[1])) || /\bthat (?:day|night|morning|evening|afternoon|week|month|season|summer|winter|spring|autumn|journey|trip|voyage|race|match|game)\b(?! (?:is|was|were|are|had|has|will|would)\b)/.test(asked)) reasons.push("dangling-reference");
  // "Why do some need a booster dose years later?", "Many camped in the fields …": a quantifier
  // standing alone as the subject is some of what the sentence before counted.
  if (/^(?:(?:Why|How|When|Where|What|Which|Who)\s+(?:do|does|did|is|are|was|were|can|could|will|would|have|has|had)\s+)?(?:some|many|most|others|several|few)\s+(?:\p{Ll}+ed|need|needs|have|has|had|are|were|is|was|can|could|will|would|may|might|must|do|did|does|went|took|became|fled|left|came|stayed|remain|remains|say|said|believe|believed|think|thought|argue|argued|live|lived|die|died|use|used)\b/iu.test(asked)) reasons.push("dangling-reference");
  // "In most household fridges this is a(n) _____.": a demonstrative standing alone as the subject
  // points at what the sentence before described.
  if (/(?:^|[,;:]\s+|^(?:In|On|At|For|By|During|Since|After|Before|Today|Now)\b[^,]*?\s)(?:this|these|those)\s+(?:is|was|are|were|has|have|had|can|could|will|would|may|must)\b/iu.test(asked)) reasons.push("dangling-reference");
  // "Each was built in Dundee", "By which year was each built": each of something named before.
  if (/^each (?:is|was|were|are|has|have|had|can|could|will|would)\b/i.test(asked) || (isWh && /\b(?:was|is|were|are|did|does|do|has|have|had) each (?:\p{Ll}+ed|built|made|held|sold|paid|given|kept|run|won|cost|taken|sent|brought|bought|found|seen|known|shown|set|put|cut|led|met|lost|born|drawn|grown|written|driven)\b/iu.test(asked))) reasons.push("dangling-reference");
  // "Voyager 2 followed on 5 November 2018", "On what date did Voyager 2 follow?": followed whom?
  if (/\bfollow(?:s|ed)?(?=\s+(?:on|in|at|during|after|soon|later|suit|_____)\b|[.?,]|$)/i.test(asked)) reasons.push("dangling-reference");
  // "Greenway suggested one to Governor Macquarie": "one" stands for a thing named before.
  if (/\b\p{Ll}{3,}(?:ed|s) one\b(?! of\b)(?=\s+(?:to|for|in|at|on|with|from|by)\b|[.?,]|$)/u.test(asked)) reasons.push("dangling-reference");
  // A wh-question stands alone: "this tool", "his researchers" point at a sentence it does not show.
  if (isWh && /\b(this|these|those)\s+\p{L}/iu.test(asked.replace(/^\S+/, ""))) reasons.push("dangling-reference");
  // "Visitors can see one of these copies …": which copies the sentence before said.
  else if (/\b(?:these|those)\s+\p{Ll}{3,}s\b/u.test(asked)) reasons.push("dangling-reference");
  // "Which French scholar went much further?": further than whom the sentence before said.
  if (/\b(?:went|go|goes|gone|going)\s+(?:much\s+|even\s+|still\s+|far\s+)?(?:further|farther)\b(?![^?.]*\bthan\b)/i.test(asked)) reasons.push("dangling-comparison");
  // "What does the middle part use?": a part of something the sentence does not name.
  if (/\bthe (?:upper|lower|middle|top|bottom|front|back|left|right|left-hand|right-hand) (?:part|side|half|section|face|edge|end)\b(?!\s+of\b)/i.test(asked)) reasons.push("dangling-reference");
  // "… to about 30,000 degrees _____.": the scale of a unit is no fact to ask for.
  if (/\bdegrees _____/.test(q.prompt)) reasons.push("unit-gap");
  // "its"/"their" after a noun lean on it ("Iraq has been vocal in its criticism"); first in the
  // stem they lean on an earlier sentence — unless the name follows ("At its height the Hanse …").
  const his = owned.search(/\b(his|its|their)\b/i);
  const possessor = owned.slice(0, his);
  // ("At their peak in the summer of 1847 the soup kitchens were feeding …": a plural subject after a
  // short fronted phrase owns "their" as a name does.)
  const cataphor = /^(At|In|By|Under|During|For) (its|their) \p{Ll}+,? (?:the )?\p{Lu}/u.test(asked) || pluralCataphor(asked);
  const nounBefore = contentWords(possessor).some((w) => !/^(it|they|he|she|this|these|those|that|there)$/i.test(w));
  if (his >= 0 && !cataphor && (/^his$/i.test(owned.slice(his, his + 3)) ? !namedBefore(possessor, "male") && !/\s\p{Lu}\p{Ll}+/u.test(possessor) : !nounBefore)) reasons.push("dangling-reference");
  // "did … discovered": do-support left a tensed verb behind.
  // ("By which year does Saudi arm purchases from the US exceeded five times …": an -ed verb before its object.)
  // ("By whom did a portrait paint in 1869 came to light …": an irregular past further on; "On what
  // date did a young teacher name Oriel Stanton and the Baron Delacourt rose …": ten words on.)
  const didPast = /\b(did|does|do)\b(?:\s+\S+){1,5}?\s+(was|were|had|went|became|made|took|gave|discovered|announced|voted)\b/.test(q.prompt) ||
    /\b(did|does|do)\b(?:\s+\S+){1,12}?\s+(came|began|grew|fell|rose|ran|won|lost|left|sent|kept|held|led|met|saw|knew|built|spent|stood|brought|bought|told|wrote|drew|flew|broke|chose|hung|struck)\b(?! by\b)/.test(q.prompt.replace(LEFT_TO_DO, "$1").replace(/\b(?:to|not|never|that|which|who) \p{Ll}+\b/gu, "")) ||
    // (Not an adjective, "lift an estimated 350 million tons", nor the verb of a clause of its own,
    // "show that the molecule contained a …", "wreck the junk that carried the gifts".)
    /\b(did|does|do)\b(?:\s+\S+){1,6}?\s+\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\b/u.test(q.prompt.replace(/(\b(?:did|does|do)\b.*?)\s(?:that|which|who)\s.*$/, "$1?").replace(/\b(?:a|an|the) \p{Ll}{3,}ed\b/gu, "")) || /\b(did|does|do)\b.*\b(?:and|but) (?:later |then |also |now )?(?:\p{Ll}+ed|is|are|was|were|has|have|had)\b/u.test(q.prompt);
  if (didPast && q.type !== "TRUE_FALSE" && !q.prompt.includes(GAP)) reasons.push("did-with-past-tense");
  // "How long do draining is expected to take?": do-support before a clause that has its own "is".
  if (q.type !== "TRUE_FALSE" && /^(?:How|What|Which|Who|When|Where|Why)\b[^?]*?\b(?:do|does|did) (?:\p{Ll}+ ){1,3}(?:is|are|was|were)\b/u.test(q.prompt)) reasons.push("ungrammatical");
  // "Whom was the best known on Friedrichstrasse?": "whom" is an object; before "be" it asks nothing.
  if (/^(?:\p{Lu}\p{Ll}+ )?[Ww]hom (?:is|was|are|were|has been|had been)\b/u.test(q.prompt)) reasons.push("ungrammatical");
  const dangling = danglingReason(asked === q.prompt ? owned : withOwnPronouns(q.prompt, q, people));
  if (dangling) reasons.push(dangling);
  // A wh-question carries its ask in the wh-phrase: "Who discovered penicillin?" is complete, and
  // "What is methicillin?" is complete when the answer is its definition. A short statement is complete
  // with three content words ("Early transistors were made of _____.") unless its subject is a definite
  // description whose referent came before ("The hardest excavation was …").
  const content = contentWords(stemForChecks).length;
  const definiteOpening = /^(?:(?:In|On|By|Since) [^,]*?\d{4},? )?(?:The|This|That|These|Those) \p{Ll}/u.test(q.prompt);
  // ("Who accepted that he had been wrong?": a stem that leans on its own pronoun says too little with two.)
  const whMinimum = q.answerType === "definition" ? 1 : owned !== asked ? 3 : 2;
  if (content < (isWh ? whMinimum : 3) || (!isWh && content === 3 && definiteOpening)) reasons.push("too-few-content-words");

  // "admired her plain, _____" (fearless style): a gap after the first of two describing words cuts
  // the phrase the answer belongs to.
  // (Not a name in apposition: "his brother, _____" (Richard the Lionheart).)
  if (q.prompt.includes(GAP) && /^\p{Ll}/u.test(q.answer) && /(?:\b(?:the|a|an|his|her|its|their|our|my)|\p{L}[’']s?) \p{Ll}+, _____/u.test(q.prompt)) reasons.push("truncated-name");
  if (q.type === "CLOZE") {
    if (q.prompt.split(GAP).length !== 2) reasons.push("gap-count");
    if (/\b(a|an)\s+_____/i.test(q.prompt)) reasons.push("article-before-gap");
  }
  if (q.type === "SHORT_ANSWER") {
    if (!q.prompt.trim().endsWith("?") || !WH_START.test(q.prompt)) reasons.push("not-a-question");
    if (q.prompt.includes(GAP)) reasons.push("gap-in-question");
  }
  if (q.type === "MCQ" && read.choices !== false) {
    reasons.push(...validateChoices(q, article));
  }
  return [...new Set(reasons)];
}

/** Reasons a multiple-choice item's options fail: their number, repeats, a second right answer, a give-away. */
/** A person named with a title ("Mrs Okafor", "Dr Alan Pryce", "Councillor Tom Hadley"). */
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Professor|Prof)\.? \p{Lu}[\p{L}'’-]+/u;

export function validateChoices(q: QuestionDraft, article?: Pick<CleanArticle, "sentences">): string[] {
  const reasons: string[] = [];
  if (article && rolesUnmet(q, article)) reasons.push("options-of-another-kind");
  // "Katherine Coleman came under the wing of _____" with "Katherine Johnson" among the options: the
  // stem's own person under another surname.
  const named = [...q.prompt.matchAll(/\b(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+/gu)].map((m) => m[1]);
  if ((q.choices ?? []).some((c) => c !== q.answer && named.includes(c.split(" ")[0]) && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(c) && !containsPhrase(q.prompt, c) && !/^(?:The|In|On|At|By|For|From|When|After|Before|During|Since|Until)$/.test(c.split(" ")[0]))) reasons.push("option-in-stem");
  const choices = q.choices ?? [];
  if (choices.length !== 4) reasons.push("choice-count");
  // "Mrs Okafor" among "Janet Mervyn / Priya Desai / Tom Whitlow", "Councillor Tom Hadley" among
  // three names with no title: the only person with a title is the one the article quotes — the
  // form gives it away.
  const titled = (c: string) => PERSON_TITLE.test(c);
  if (titled(q.answer) && choices.filter((c) => c !== q.answer).every((c) => !titled(c))) reasons.push("not-plausible");
  const norm = choices.map(normaliseAnswer);
  if (new Set(norm).size !== norm.length) reasons.push("duplicate-choices");
  if (choices.filter((c) => c === q.answer).length !== 1) reasons.push("answer-not-a-choice");
  const accepted = new Set(q.acceptedAnswers.map(normaliseAnswer));
  for (const c of choices) {
    if (c === q.answer) continue;
    const n = normaliseAnswer(c);
    if (accepted.has(n) || n === normaliseAnswer(q.answer)) reasons.push("two-true-options");
    if (containsPhrase(q.prompt, c)) reasons.push("option-in-stem");
  }
  for (let i = 0; i < norm.length; i++) {
    for (let j = 0; j < norm.length; j++) {
      if (i !== j && norm[i].length > 2 && ` ${norm[j]} `.includes(` ${norm[i]} `)) reasons.push("option-inside-option");
    }
  }
  return [...new Set(reasons)];
}

/**
 * "At their peak in the summer of 1847 the soup kitchens were feeding …": a plural subject after a
 * short fronted phrase owns the phrase's "their", as a name does after "At its height".
 */
function pluralCataphor(asked: string): boolean {
  return /^(?:At|In|By|Under|During|For) their \p{Ll}+(?: (?:in|of|on|the|\p{Ll}+|\d{4}|_____)){0,5},? the (?:\p{Ll}+ ){0,2}\p{Ll}{3,}s (?:were|are|had|have)\b/u.test(asked);
}
