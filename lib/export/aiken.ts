// Aiken, Moodle's simplest multiple-choice format (question/format/aiken): the question on one
// line, then one option per line as "A. text", then "ANSWER: A", a blank line between questions.
// Moodle trims every line, skips lines shorter than 2 characters and reads a line starting with a
// capital letter and ")" or "." and a space as an option, and one starting "ANSWER:" as the key;
// so text is written on one line, and a question or option that would look like one of those has
// that space written as a no-break space. No feedback, no typed answers: typed questions go in as
// multiple choice when the set offers fair options (as-choice.ts), or are skipped with the reason.
import { answerPools, asChoice } from "./as-choice";
import { fileBase, prepareSet, skip } from "./prepared-question";
import { EXPORT_FORMAT_SPECS, type ExportResult, type ExportSet, type SkippedQuestion } from "./types";

export const AIKEN_MAX_OPTIONS = 26;
const OPTION_LINE = /^([A-Z][).])[ \t]/;

/** One trimmed line Moodle reads as plain text (never as an option or the answer line). */
export function aikenText(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (OPTION_LINE.test(line)) return line.replace(OPTION_LINE, "$1\u00a0");
  if (line.startsWith("ANSWER:")) return `ANSWER\u200b:${line.slice(7)}`;
  return line;
}

export function exportAiken(set: ExportSet): ExportResult {
  const prepared = prepareSet(set);
  const skipped: SkippedQuestion[] = [...prepared.skipped];
  const pools = answerPools(prepared.items);
  const blocks: string[] = [];
  for (const item of prepared.items) {
    const q = item.question;
    const form = asChoice(item, pools, AIKEN_MAX_OPTIONS);
    if (!form) {
      skipped.push(skip(q, "Aiken has multiple choice only, and the set offers no other answers of this kind to choose from"));
      continue;
    }
    const question = aikenText(q.prompt);
    const options = form.choices.map(aikenText);
    // Moodle skips a line under 2 characters: a one-character option or question would vanish.
    if (question.length < 2 || options.some((o) => o.length < 1)) {
      skipped.push(skip(q, "Moodle's Aiken reader drops a question shorter than 2 characters or an empty option"));
      continue;
    }
    const letter = (i: number) => String.fromCharCode(65 + i);
    blocks.push([question, ...options.map((o, i) => `${letter(i)}. ${o}`), `ANSWER: ${letter(form.correctIndex)}`].join("\n"));
  }
  return {
    filename: `${fileBase(set)}-aiken.txt`,
    contentType: EXPORT_FORMAT_SPECS.aiken.contentType,
    body: blocks.join("\n\n") + "\n",
    skipped,
  };
}
