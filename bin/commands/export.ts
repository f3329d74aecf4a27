// `factdeck export <set-slug|article-file> --format F --out PATH`
// A set slug is read from the database; an article file is parsed and its questions generated on the
// fly (every kept question). Prints what was written and every question the format skipped, with why.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseArticleFile } from "../../lib/content/parse.ts";
import type { CleanArticle } from "../../lib/domain/types.ts";
import { EXPORT_FORMATS, exportSet, type ExportFormat, type ExportSet, type SkippedQuestion } from "../../lib/export/index.ts";
import { generateQuestions } from "../../lib/generate/index.ts";

const USAGE = `Usage: factdeck export <set-slug|article-file> --format ${EXPORT_FORMATS.join("|")} --out PATH\n`;
const BUNDLED_DIR = "content/articles";
const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

function bundledArticles(except: string): CleanArticle[] {
  if (!existsSync(BUNDLED_DIR)) return [];
  return readdirSync(BUNDLED_DIR)
    .filter((name) => ARTICLE_FILE.test(name))
    .map((name) => path.join(BUNDLED_DIR, name))
    .filter((file) => path.resolve(file) !== path.resolve(except))
    .flatMap((file) => {
      const parsed = parseArticleFile({ path: file, bytes: readFileSync(file) });
      return parsed.ok ? [parsed.article] : [];
    });
}

/** An article file → a set of every question the generator keeps (distractors drawn from the bundled articles too). */
function setFromArticle(file: string, now: Date): { set: ExportSet } | { error: string } {
  const parsed = parseArticleFile({ path: file, bytes: readFileSync(file) });
  if (!parsed.ok) return { error: `${parsed.error.file}:${parsed.error.line}: error: ${parsed.error.message}` };
  const article = parsed.article;
  const { questions } = generateQuestions(article, { corpus: [article, ...bundledArticles(file)] });
  return {
    set: {
      slug: article.slug,
      title: article.title,
      exportedAt: now,
      questions: questions.map((q) => ({
        id: q.key,
        key: q.key,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        acceptedAnswers: q.acceptedAnswers,
        ...(q.choices ? { choices: q.choices } : {}),
        explanation: q.explanation,
        answerType: q.answerType,
        sourceSentence: q.source.sentence,
        articleTitle: article.title,
        tags: article.tags,
      })),
    },
  };
}

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
  const source = isFile ? { ...setFromArticle(target, now), skipped: [] as SkippedQuestion[] } : await setFromDatabase(target, now);
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
