// Runs once when the server starts (instrumentation.ts): migrate, then import bundled content.
import { existsSync } from "node:fs";
import { contentDir, databaseKind } from "./config.ts";
import { migrate } from "./db/migrate.ts";
import { importBundledContent } from "./app/import-article.ts";

export async function bootstrap(): Promise<void> {
  const started = Date.now();
  const { applied, kind } = await migrate();
  if (applied.length) console.log(`[factdeck] ${kind}: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const dir = contentDir();
  if (!existsSync(dir)) return;
  const results = await importBundledContent(dir);
  for (const r of results) {
    if (r.error) console.error(`[factdeck] ${r.file}:${r.error.line}: ${r.error.message}`);
  }
  const changed = results.filter((r) => r.outcome === "created" || r.outcome === "updated").length;
  console.log(
    `[factdeck] ready on ${databaseKind()} in ${Date.now() - started} ms: ${results.length} article file(s), ${changed} imported or updated`,
  );
}
