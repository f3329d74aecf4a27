// Quizlet's paste import ("Import" on a new set): one card per row, term and definition split by
// the separator chosen in Quizlet's dialog (Tab or Comma, or a custom one), rows by New line or
// Semicolon (or a custom one). Quizlet has no quoting, so a separator inside a card would split it:
// line breaks and tabs inside text become spaces (with the default separators that is enough); a
// card that still contains a chosen separator is skipped with the reason.
import { QUIZLET_CARD_SEPARATORS, QUIZLET_TERM_SEPARATORS } from "../domain/export-formats";
import { fileBase, prepareSet, skip, type PreparedQuestion } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportOptions, type ExportResult, type ExportSet, type SkippedQuestion } from "./types";

/** The literal separator for a preset name ("tab") or a custom string (itself). */
export function separator(value: string | undefined, presets: Record<string, string>, fallback: string): string {
  if (!value) return presets[fallback];
  return Object.hasOwn(presets, value) ? presets[value] : value;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Term: the question as asked (choices listed for multiple choice). Definition: the answer. */
export function quizletCard(item: PreparedQuestion): { term: string; definition: string } {
  const q = item.question;
  if (item.shape === "options") {
    const options = item.choices.map((c, i) => `${String.fromCharCode(97 + i)}) ${oneLine(c)}`).join("  ");
    return { term: `${oneLine(q.prompt)}  ${options}`, definition: oneLine(item.choices[item.correctIndex]) };
  }
  if (item.shape === "truefalse") return { term: `True or false? ${oneLine(q.prompt)}`, definition: item.isTrue ? "True" : "False" };
  const also = item.typedAnswers.length > 1 ? ` (also: ${item.typedAnswers.slice(1).map(oneLine).join(", ")})` : "";
  return { term: oneLine(q.prompt), definition: `${oneLine(item.typedAnswers[0])}${also}` };
}

export function exportQuizlet(set: ExportSet, options: ExportOptions = {}): ExportResult {
  const term = separator(options.termSeparator, QUIZLET_TERM_SEPARATORS, "tab");
  const card = separator(options.cardSeparator, QUIZLET_CARD_SEPARATORS, "newline");
  const prepared = prepareSet(set);
  const skipped: SkippedQuestion[] = [...prepared.skipped];
  const rows: string[] = [];
  for (const item of prepared.items) {
    const { term: t, definition: d } = quizletCard(item);
    const clash = [term, card].find((sep) => t.includes(sep) || d.includes(sep));
    if (clash !== undefined) {
      const name = JSON.stringify(clash);
      skipped.push(skip(item.question, `the card contains the separator ${name}; choose another separator (Tab and New line always work)`));
      continue;
    }
    rows.push(`${t}${term}${d}`);
  }
  return {
    filename: `${fileBase(set)}-quizlet.txt`,
    contentType: EXPORT_FORMAT_SPECS.quizlet.contentType,
    body: rows.join(card) + (card === "\n" ? "\n" : ""),
    skipped,
  };
}
