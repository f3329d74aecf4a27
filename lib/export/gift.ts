// Moodle GIFT: one question per paragraph, control characters escaped, HTML question text.
import { escapeMarkup, stripForbiddenChars } from "./escape";
import { moodleCategoryPath } from "./moodle-category";
import { explanationAndSource, fileBase, prepareSet, skip, truncate, type PreparedQuestion } from "./prepared-question";
import { numericAnswer, typedVariants } from "./typed-answers";
import { EXPORT_FORMAT_SPECS, type ExportQuestion, type ExportResult, type ExportSet } from "./types";

/**
 * Moodle's GIFT reader takes `[id:…]` (the question's ID number) and `[tag:…]` from the comment
 * lines above a question. Control characters end a token; `]` is written `\]`; tags also lose
 * `< > \``, which Moodle's tag cleaning would drop anyway.
 */
export function giftIdTagsComment(q: ExportQuestion, idNumber = q.key): string {
  const token = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().replace(/]/g, "\\]");
  const id = `[id:${token(idNumber)}]`;
  const tags = moodleTags(q).map((t) => `[tag:${token(t)}]`);
  return `// ${[id, ...tags].join(" ")}`;
}

/** The question's tags as Moodle keeps them: no markup characters, no empties, no duplicates. */
export function moodleTags(q: ExportQuestion): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of q.tags) {
    const tag = raw.replace(/[<>`\u0000-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** Escapes GIFT's control characters (`\ ~ = # { } :`) and writes line breaks as `\n`. */
export function escapeGift(text: string): string {
  return stripForbiddenChars(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * HTML text (the `[html]` format) inside GIFT: markup-escaped, line breaks as `<br/>` followed by
 * GIFT's `\n`, then GIFT-escaped.
 */
export function giftHtml(text: string, trim = true): string {
  const value = trim ? text.trim() : text;
  const html = escapeMarkup(value.replace(/\r\n?/g, "\n"))
    .replace(/\n/g, "<br/>\n")
    // A leading "[html]"-like word would be read as a format marker.
    .replace(/^\[/, "&#91;");
  return escapeGift(html);
}

/**
 * Moodle (and gift-pegjs) read `=… -> …` inside the braces as a matching question, and GIFT has
 * no escape for "->". HTML text never contains it (">" is escaped); plain short answers might.
 */
export function breaksGiftAnswers(answer: string): boolean {
  return answer.includes("->");
}

/**
 * Short-answer answers are plain text compared with what the student types; Moodle reads `*` in
 * them as a wildcard, so a literal asterisk is written `\*`.
 */
export function shortAnswerText(answer: string): string {
  return answer.replace(/\*/g, "\\*");
}

/** Explanation and source sentence, shown to every student after answering. */
export function generalFeedbackText(item: PreparedQuestion): string {
  return explanationAndSource(item.question).join("\n");
}

/** True/false feedback: Moodle reads the first `#` as the wrong-answer feedback, the second as the right one. */
export function trueFalseFeedback(isTrue: boolean): { wrong: string; right: string } {
  const truth = isTrue ? "true" : "false";
  return { wrong: `Not quite: this statement is ${truth}.`, right: `Right: this statement is ${truth}.` };
}

export function giftQuestion(item: PreparedQuestion): string {
  const q = item.question;
  const title = `::${escapeGift(`Q${item.number} ${truncate(q.prompt, 50)}`)}::`;
  const feedback = generalFeedbackText(item);
  const general = feedback ? ` ####${giftHtml(feedback)}` : "";
  let stem = giftHtml(q.prompt);
  let answers: string;
  let after = "";
  switch (item.shape) {
    case "options":
      answers = item.choices.map((c, i) => `${i === item.correctIndex ? "=" : "~"}${giftHtml(c)}`).join(" ");
      break;
    case "truefalse": {
      const { wrong, right } = trueFalseFeedback(item.isTrue);
      answers = `${item.isTrue ? "TRUE" : "FALSE"}#${giftHtml(wrong)}#${giftHtml(right)}`;
      break;
    }
    case "typed": {
      // A year or a count is a Moodle numerical question (any way of writing the number is right);
      // other answers list every form Factdeck accepts (dates, numbers in words, surnames…).
      const number = numericAnswer(item);
      answers =
        number !== null
          ? `#${number}`
          : typedVariants(item)
              .filter((a) => !breaksGiftAnswers(a))
              .map((a) => `=${escapeGift(shortAnswerText(a))}`)
              .join(" ");
      // An embedded gap needs text on both sides of the braces (Moodle turns the braces into
      // "_____"); a comment-like tail would be eaten as a comment, so that case stays a plain
      // short answer showing the gap in its text.
      const gap = item.cloze;
      if (gap && gap.before.trim() && gap.after.trim() && !gap.after.trim().startsWith("//")) {
        // Untrimmed, so "is {…}, elected" reads "is _____, elected" once Moodle fills the gap.
        stem = giftHtml(gap.before.trimStart(), false);
        after = giftHtml(gap.after.trimEnd(), false);
      }
      break;
    }
  }
  const open = after ? "{" : " {";
  return `${giftIdTagsComment(q, item.idNumber)}\n${title}[html]${stem}${open}${answers}${general}}${after}`;
}

/** Why GIFT cannot carry this question, or null. */
export function giftProblem(item: PreparedQuestion): string | null {
  if (item.typedAnswers.length > 0 && breaksGiftAnswers(item.typedAnswers[0])) {
    return 'GIFT cannot express an answer containing "->" (Moodle would read a matching question)';
  }
  return null;
}

export function exportGift(set: ExportSet): ExportResult {
  const prepared = prepareSet(set);
  const skipped = [...prepared.skipped];
  const items: PreparedQuestion[] = [];
  for (const item of prepared.items) {
    const problem = giftProblem(item);
    if (problem) skipped.push(skip(item.question, problem));
    else items.push({ ...item, number: items.length + 1 });
  }
  const header = [
    `// Factdeck question set: ${set.title.replace(/\s+/g, " ").trim()}`,
    `// Exported ${set.exportedAt.toISOString()}, ${items.length} question${items.length === 1 ? "" : "s"}`,
    `$CATEGORY: ${moodleCategoryPath(set.title)}`,
  ].join("\n");
  const body = [header, ...items.map(giftQuestion)].join("\n\n") + "\n";
  return { filename: `${fileBase(set)}-gift.txt`, contentType: EXPORT_FORMAT_SPECS.gift.contentType, body, skipped };
}
