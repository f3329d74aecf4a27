import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import cliProgress from "cli-progress";
import { migrate, withStartupLock } from "../../lib/db/migrate.ts";
import { articleFiles, importArticleFiles, type GenerateProgress } from "../../lib/app/import-article.ts";

/** An article with at least this many sentences gets a progress report while its questions are made. */
const LONG_ARTICLE = 150;

/** Progress of question generation: a bar on a terminal, else a line per tenth (for logs and pipes). */
function generationReporter(quiet: boolean, tty: boolean): (p: GenerateProgress) => void {
  let bar: cliProgress.SingleBar | null = null;
  let slug = "";
  let lastTenth = -1;
  return ({ slug: current, done, total }) => {
    if (quiet || total < LONG_ARTICLE) return;
    if (current !== slug) {
      bar?.stop();
      bar = null;
      slug = current;
      lastTenth = -1;
      if (tty) {
        bar = new cliProgress.SingleBar({ format: "generating {slug} [{bar}] {value}/{total} sentences", hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { slug });
      }
    }
    if (bar) {
      bar.update(done, { slug });
      if (done >= total) {
        bar.stop();
        bar = null;
      }
      return;
    }
    const tenth = Math.floor((10 * done) / total);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    process.stderr.write(`generating ${slug}: ${done}/${total} sentences (${Math.round((100 * done) / total)}%)\n`);
  };
}

export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { quiet: { type: "boolean", short: "q" } },
  });
  if (positionals.length === 0) {
    process.stderr.write("Usage: factdeck import <file|dir>…\n");
    return 2;
  }
  const files: string[] = [];
  for (const target of positionals) {
    if (!existsSync(target)) {
      process.stderr.write(`${target}: no such file or directory\n`);
      return 2;
    }
    files.push(...articleFiles(target));
  }
  // Under the server's start-up lock: an instance starting meanwhile migrates and imports the
  // bundled articles too, and the two would race to insert the same rows (a unique-key failure).
  return withStartupLock(async () => {
    await migrate();
    const showBar = !values.quiet && files.length > 1 && process.stderr.isTTY;
    const bar = showBar
      ? new cliProgress.SingleBar({ format: "importing [{bar}] {value}/{total} {file}", hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    bar?.start(files.length, 0, { file: "" });
    const results = await importArticleFiles(files, {
      origin: "BUNDLED",
      onProgress: (done, file) => {
        if (bar) bar.update(done, { file });
        else if (!values.quiet && files.length > 1) process.stderr.write(`[${done}/${files.length}] ${file}\n`);
      },
      onGenerate: generationReporter(!!values.quiet, !!process.stderr.isTTY),
    });
    bar?.stop();
    let failed = 0;
    for (const r of results) {
      if (r.error) {
        failed++;
        process.stderr.write(`${r.file}:${r.error.line}: error: ${r.error.message}\n`);
      } else if (!values.quiet) {
        const q = r.questions ? ` (questions: ${r.questions.created} new, ${r.questions.updated} updated, ${r.questions.retired} retired)` : "";
        process.stdout.write(`${r.file}: ${r.outcome} as ${r.slug}${q}\n`);
      }
    }
    process.stdout.write(`${results.length - failed} imported or unchanged, ${failed} failed\n`);
    return failed > 0 ? 1 : 0;
  });
}
