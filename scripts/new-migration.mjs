#!/usr/bin/env node
// `node scripts/new-migration.mjs <name>`: after editing prisma/schema.prisma, writes one migration
// for SQLite and its twin for PostgreSQL, each the diff from the last committed schema (git HEAD)
// to the current one, then regenerates the clients. Prisma's `migrate dev` needs a shadow database
// and adapter patches here; a datamodel-to-datamodel diff needs neither.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { derivePostgresSchema } from "./derive-postgres-schema.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: node scripts/new-migration.mjs <snake_case_name>");
  process.exit(2);
}
const prisma = (args) => execFileSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], { encoding: "utf8" });
const tmp = mkdtempSync(path.join(tmpdir(), "factdeck-migration-"));
const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
writeFileSync(path.join(tmp, "sqlite.prisma"), previous);
writeFileSync(path.join(tmp, "postgres.prisma"), derivePostgresSchema(previous));
execFileSync(process.execPath, ["scripts/derive-postgres-schema.mjs"]);
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [kind, config, schema, dir] of [
  ["sqlite", "prisma.config.ts", "prisma/schema.prisma", "prisma/migrations"],
  ["postgres", "prisma.postgres.config.ts", "prisma/postgres/schema.prisma", "prisma/postgres/migrations"],
]) {
  const sql = prisma(["migrate", "diff", "--config", config, "--from-schema-datamodel", path.join(tmp, `${kind}.prisma`), "--to-schema-datamodel", schema, "--script"]);
  if (!sql.trim() || /This is an empty migration/.test(sql)) {
    console.log(`${kind}: no changes`);
    continue;
  }
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`${kind}: wrote ${folder}/migration.sql`);
}
execFileSync(process.execPath, ["scripts/postinstall.mjs"], { stdio: "inherit" });
