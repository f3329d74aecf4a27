// `factdeck generate <file|dir>… [--json] [--types cloze,mcq,tf,short] [--max N] [--seed S] [--explain]`
// Prints the questions the generator makes for article files, without touching the database.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CleanArticle } from "../../lib/domain/types";
import { QUESTION_TYPES, QUESTION_TYPE_SPECS, questionTypeFromAlias, type QuestionType } from "../../lib/domain/question-types";
import { parseArticleFile } from "../../lib/content/parse";
import { defaultQuestionCount, generateQuestions } from "../../lib/generate";


const USAGE =
  "Usage: factdeck generate <file|dir>… [--json] [--types cloze,mcq,tf,short] [--max N] [--seed S] [--explain]\n" +
  "  --max N   questions per article (default: about one fact per two sentences, printed per article)\n";
const BUNDLED_DIR = "content/articles";

function articleFilesIn(target: string): string[] {
  if (statSync(target).isFile()) return [target];
  const out: string[] = [];
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...articleFilesIn(full));
    else if (/\.(md|markdown|txt)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        types: { type: "string" },
        max: { type: "string" },
        seed: { type: "string" },
        explain: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let types: QuestionType[] | undefined;
  if (values.types) {
    types = [];
    for (const name of values.types.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean)) {
      const type = questionTypeFromAlias(name.replace(/-/g, "_"));
      if (!type) {
        const names = QUESTION_TYPES.map((t) => QUESTION_TYPE_SPECS[t].cliAliases[0]).join(", ");
        process.stderr.write(`--types: unknown question type "${name}" (use ${names})\n`);
        return 2;
      }
      types.push(type);
    }
  }
  const max = values.max === undefined ? undefined : Number(values.max);
  if (max !== undefined && (!Number.isInteger(max) || max < 0)) {
    process.stderr.write(`--max: expected a whole number ≥ 0, got "${values.max}"\n`);
    return 2;
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    process.stderr.write(`--seed: expected a whole number, got "${values.seed}"\n`);
    return 2;
  }

  const files: string[] = [];
  let gaveDirectory = false;
  for (const target of positionals) {
    if (!existsSync(target)) {
      process.stderr.write(`${target}: no such file or directory\n`);
      return 2;
    }
    if (statSync(target).isDirectory()) gaveDirectory = true;
    files.push(...articleFilesIn(target));
  }

  let failed = 0;
  const articles: CleanArticle[] = [];
  for (const file of files) {
    const result = parseArticleFile({ path: file, bytes: readFileSync(file) });
    if (!result.ok) {
      process.stderr.write(`${result.error.file}:${result.error.line}: ${result.error.message}\n`);
      failed++;
      continue;
    }
    articles.push(result.article);
  }
  // A directory run also draws distractors from the bundled articles.
  const corpus = articles.slice();
  if (gaveDirectory && existsSync(BUNDLED_DIR)) {
    const given = new Set(files.map((f) => path.resolve(f)));
    for (const file of articleFilesIn(BUNDLED_DIR)) {
      if (given.has(path.resolve(file))) continue;
      const result = parseArticleFile({ path: file, bytes: readFileSync(file) });
      if (result.ok) corpus.push(result.article);
    }
  }

  const json: unknown[] = [];
  for (const article of articles) {
    const { questions, candidates } = generateQuestions(article, { corpus, types, max, seed, explain: values.explain });
    if (values.json) {
      for (const q of questions) {
        json.push({
          article: article.slug,
          key: q.key,
          type: q.type,
          prompt: q.prompt,
          ...(q.choices ? { choices: q.choices } : {}),
          answer: q.answer,
          acceptedAnswers: q.acceptedAnswers,
          explanation: q.explanation,
          source: { sentenceIndex: q.source.sentenceIndex, start: q.source.start, end: q.source.end, sentence: q.source.sentence },
          score: q.score,
          factKey: q.factKey,
        });
      }
      continue;
    }
    // The default is a cap (about 1.25 per sentence); an article with fewer sound facts gets fewer.
    const cap = max ?? defaultQuestionCount(article);
    const out: string[] = [`# ${article.title} (${article.slug}) — ${questions.length} questions (at most ${cap}${max === undefined ? " by default for this article" : ""}; --max to change)`, ""];
    questions.forEach((q, i) => {
      out.push(`${i + 1}. [${q.type}] ${q.prompt}`);
      if (q.choices && q.type === "MCQ") q.choices.forEach((c, j) => out.push(`     ${String.fromCharCode(65 + j)}) ${c}`));
      const also = q.acceptedAnswers.length ? `  (also: ${q.acceptedAnswers.join("; ")})` : "";
      out.push(`   Answer: ${q.answer}${also}`);
      out.push(`   Source: sentence ${q.source.sentenceIndex + 1} · ${q.answerType} · score ${q.score.toFixed(2)} · key ${q.key} · fact ${q.factKey}`);
      out.push("");
    });
    if (values.explain && candidates) {
      out.push(`## Candidates (${candidates.length}; ${candidates.filter((c) => c.kept).length} kept)`, "");
      for (const c of candidates) {
        const verdict = c.kept ? "KEPT" : `DROPPED (${c.reasons.join(", ")})`;
        const features = Object.entries(c.features)
          .map(([k, v]) => `${k}=${Number(v.toFixed(2))}`)
          .join(" ");
        out.push(`- ${verdict} [${c.type} ${c.form}] ${c.prompt} → ${c.answer}`, `    fact ${c.factKey} · ${features}`);
      }
      out.push("");
    }
    process.stdout.write(out.join("\n") + "\n");
  }
  if (values.json) process.stdout.write(JSON.stringify(json, null, 2) + "\n");
  return failed > 0 ? 1 : 0;
}
