// Run by import-kill.test.ts as a child process (tsx), to be killed with SIGKILL midway:
//   own-import-child.ts upload <ownerId> <file>…  — a teacher's uploads, one after another (importForTeacher)
//   own-import-child.ts job <ownerId> <file>      — one upload as an import job; prints "progress <done>" lines
import { readFileSync } from "node:fs";
import { parseArticleText } from "../../../lib/content/index.ts";

const [mode, ownerId, ...files] = process.argv.slice(2);
const parse = (file: string) => {
  const result = parseArticleText({ text: readFileSync(file, "utf8"), file });
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result;
};

if (mode === "upload") {
  const { importForTeacher } = await import("../../../lib/app/import-article.ts");
  for (const file of files) await importForTeacher(parse(file), ownerId);
} else {
  const { importSettled, startImportJob } = await import("../../../lib/app/import-job.ts");
  const started = startImportJob({ id: ownerId }, parse(files[0]));
  if (started.kind !== "started") throw new Error("busy");
  const timer = setInterval(() => console.log(`progress ${started.job.done}`), 20);
  const job = await importSettled(started.job);
  clearInterval(timer);
  console.log(`finished ${job.status}`);
}
process.exit(0);
