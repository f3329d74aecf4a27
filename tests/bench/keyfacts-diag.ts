// Why each missed key fact is missed: no candidate, dropped (with reasons), or ranked out.
//   npx tsx tests/bench/keyfacts-diag.ts [--dir <folder>] [name-filter]
import { resolve } from "node:path";
import type { CleanArticle } from "../../lib/domain/types";
import { normaliseAnswer } from "../../lib/domain/answer";
import { generateQuestions } from "../../lib/generate";
import { bundledArticles } from "../fixtures/generate/articles";
import { articleOfList, asksFact, factForms, isBundled, loadKeyFactLists } from "../fixtures/generate/key-facts/key-facts";

const dirArg = process.argv.indexOf("--dir");
const listDir = dirArg > 0 ? resolve(process.argv[dirArg + 1]) : undefined;
const filter = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--dir");
const bundled = bundledArticles();
const tally = new Map<string, number>();
for (const list of loadKeyFactLists(listDir)) {
  const name = list.file.replace(/\.json$/, "");
  if (filter && !name.includes(filter)) continue;
  const article = articleOfList(list);
  const corpus: CleanArticle[] = isBundled(list) ? bundled : [...bundled, article];
  const { questions, candidates = [] } = generateQuestions(article, { corpus, explain: true });
  console.log(`\n${name}`);
  for (const f of list.facts) {
    const forms = factForms(f);
    if (questions.some((q) => asksFact(q, forms))) continue;
    const norm = new Set(forms.map(normaliseAnswer));
    const hits = candidates.filter((c) => norm.has(normaliseAnswer(c.answer)));
    let why: string;
    if (!hits.length) why = "none";
    // The explain output marks a usable candidate that selection left out with the reason "ranked-out".
    else if (hits.some((h) => h.reasons.every((r) => r === "ranked-out"))) why = "ranked-out";
    else why = "dropped";
    tally.set(`${f.kind}:${why}`, (tally.get(`${f.kind}:${why}`) ?? 0) + 1);
    tally.set(why, (tally.get(why) ?? 0) + 1);
    console.log(`  [${why}] [${f.kind}] ${f.question} → ${f.answer}`);
    for (const h of hits.slice(0, 3)) console.log(`      ${h.reasons.join(",") || "usable"} ${h.form} ${h.type}: ${h.prompt.slice(0, 110)}`);
  }
}
console.log("\n" + [...tally].sort().map(([k, v]) => `${k} ${v}`).join("\n"));
