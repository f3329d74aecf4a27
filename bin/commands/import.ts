import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import cliProgress from "cli-progress";
import { migrate } from "../../lib/db/migrate.ts";
import { articleFiles, importArticleFiles } from "../../lib/app/import-article.ts";

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
}
