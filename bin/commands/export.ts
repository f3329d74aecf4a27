// `factdeck export <set-slug|article-file> --format F --out PATH [--paper a4|letter] [--version A|B]
//  [--term tab|comma|SEP] [--card newline|semicolon|SEP]`
// A set slug is read from the database; an article file is parsed and its questions generated on the
// fly (every kept question). Prints what was written and every question the format skipped, with why.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { setFromArticleFile } from "../../lib/app/export-article.ts";
import { EXPORT_FORMATS, exportSet, type ExportFormat, type ExportOptions, type ExportSet, type SkippedQuestion } from "../../lib/export/index.ts";
import {
  CUSTOM_SEPARATOR, PAPER_SIZES, PRINT_VERSIONS, QUIZLET_CARD_SEPARATORS, QUIZLET_TERM_SEPARATORS, type PaperSize, type PrintVersion,
} from "../../lib/domain/export-formats.ts";

const USAGE =
  `Usage: factdeck export <set-slug|article-file> --format ${EXPORT_FORMATS.join("|")} --out PATH\n` +
  `  [--paper ${PAPER_SIZES.join("|")}] [--version ${PRINT_VERSIONS.join("|")}]   printable formats and docx\n` +
  `  [--term ${Object.keys(QUIZLET_TERM_SEPARATORS).join("|")}|SEP] [--card ${Object.keys(QUIZLET_CARD_SEPARATORS).join("|")}|SEP]   quizlet\n`;

/** The options from the flags, or the message naming the bad flag. */
function exportOptions(values: Record<string, string | undefined>): ExportOptions | string {
  const { paper, version, term, card } = values;
  if (paper !== undefined && !(PAPER_SIZES as readonly string[]).includes(paper)) return `--paper: use ${PAPER_SIZES.join(" or ")}`;
  if (version !== undefined && !(PRINT_VERSIONS as readonly string[]).includes(version)) return `--version: use ${PRINT_VERSIONS.join(" or ")}`;
  for (const [flag, value, presets] of [["--term", term, QUIZLET_TERM_SEPARATORS], ["--card", card, QUIZLET_CARD_SEPARATORS]] as const) {
    if (value !== undefined && !Object.hasOwn(presets, value) && !CUSTOM_SEPARATOR.test(value)) {
      return `${flag}: use ${Object.keys(presets).join(" or ")}, or 1 to 5 characters that are not letters, digits or spaces`;
    }
  }
  return { paper: paper as PaperSize | undefined, version: version as PrintVersion | undefined, termSeparator: term, cardSeparator: card };
}
const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

async function setFromDatabase(slug: string, now: Date): Promise<{ set: ExportSet; skipped: SkippedQuestion[] } | { error: string }> {
  const { migrate } = await import("../../lib/db/migrate.ts");
  const { exportableSetBySlug } = await import("../../lib/app/export.ts");
  await migrate();
  const found = await exportableSetBySlug(slug, now);
  if (!found) return { error: `no question set with the slug "${slug}" (and no such article file)` };
  return { set: found.set, skipped: found.notApproved };
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      format: { type: "string", short: "f" }, out: { type: "string", short: "o" },
      paper: { type: "string" }, version: { type: "string" }, term: { type: "string" }, card: { type: "string" },
    } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || !values.format || !values.out) {
    process.stderr.write(USAGE);
    return 2;
  }
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    process.stderr.write(`--format: unknown format "${values.format}" (use one of ${EXPORT_FORMATS.join(", ")})\n`);
    return 2;
  }
  const options = exportOptions(values);
  if (typeof options === "string") {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  const [target] = positionals;
  const now = new Date();
  const isFile = existsSync(target) && statSync(target).isFile();
  if (!isFile && ARTICLE_FILE.test(target)) {
    process.stderr.write(`${target}: no such file\n`);
    return 2;
  }
  const source = isFile ? setFromArticleFile(target, now) : await setFromDatabase(target, now);
  if ("error" in source && source.error) {
    process.stderr.write(`${source.error}\n`);
    return 1;
  }
  const { set, skipped: before } = source as { set: ExportSet; skipped: SkippedQuestion[] };
  const file = await exportSet(set, format, options);
  const out = existsSync(values.out) && statSync(values.out).isDirectory() ? path.join(values.out, file.filename) : values.out;
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, file.body);
  const skipped = [...before, ...file.skipped];
  const written = set.questions.length - file.skipped.length;
  process.stdout.write(`wrote ${out} (${format}, ${written} question${written === 1 ? "" : "s"} from "${set.title}")\n`);
  if (skipped.length) {
    process.stdout.write(`skipped ${skipped.length}:\n`);
    for (const s of skipped) process.stdout.write(`  - ${s.prompt.length > 100 ? `${s.prompt.slice(0, 97)}…` : s.prompt} — ${s.reason}\n`);
  }
  return 0;
}
