// `factdeck export <set-slug|article-file> --format F --out PATH`
// A set slug is read from the database; an article file is parsed and its questions generated on the
// fly (every kept question). Prints what was written and every question the format skipped, with why.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { setFromArticleFile } from "../../lib/app/export-article.ts";
import { EXPORT_FORMATS, exportSet, type ExportFormat, type ExportSet, type SkippedQuestion } from "../../lib/export/index.ts";

const USAGE = `Usage: factdeck export <set-slug|article-file> --format ${EXPORT_FORMATS.join("|")} --out PATH\n`;
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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: "string", short: "f" }, out: { type: "string", short: "o" } } });
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
  const file = await exportSet(set, format);
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
