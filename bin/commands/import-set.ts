// `factdeck import-set <file.json> [--owner EMAIL]` — reads a set written by `export --format json`
// back into the database and prints its slug. Problems are reported with the file and the JSON path.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseSetJson } from "../../lib/export/index.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { importOwner, importSet } from "../../lib/app/import-set.ts";

const USAGE = "Usage: factdeck import-set <file.json> [--owner EMAIL]\n";

/** 1-based line of a JSON path's value, best effort (the key's first appearance). */
function lineOf(text: string, jsonPath: string): number {
  const key = jsonPath.split(".").reverse().find((part) => !/^\d+$/.test(part));
  if (!key) return 1;
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { owner: { type: "string" } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [file] = positionals;
  if (!existsSync(file)) {
    process.stderr.write(`${file}: no such file\n`);
    return 2;
  }
  const text = readFileSync(file, "utf8");
  const result = parseSetJson(text);
  if (!result.ok) {
    for (const e of result.errors) {
      process.stderr.write(`${file}:${lineOf(text, e.path)}: error: ${e.path ? `${e.path}: ` : ""}${e.message}\n`);
    }
    return 1;
  }
  await migrate();
  const owner = await importOwner(values.owner);
  if (!owner) {
    process.stderr.write(values.owner ? `No account with email ${values.owner}\n` : "No --owner given and there is no admin account to own the set\n");
    return 1;
  }
  const imported = await importSet(result.set, owner.id);
  process.stdout.write(`${imported.slug}\n`);
  process.stderr.write(
    `imported "${result.set.title}" for ${owner.email}: ${imported.questions} questions` +
      (imported.articles.length ? `, new article${imported.articles.length === 1 ? "" : "s"} ${imported.articles.join(", ")}` : "") +
      "\n",
  );
  return 0;
}
