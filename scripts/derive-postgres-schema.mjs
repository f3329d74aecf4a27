#!/usr/bin/env node
// Derives prisma/postgres/schema.prisma from the one source schema (prisma/schema.prisma).
// `--check` exits 1 when the committed twin differs from what this script would write.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourcePath = join(root, "prisma/schema.prisma");
const twinPath = join(root, "prisma/postgres/schema.prisma");

export function derivePostgresSchema(source) {
  const header =
    "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.mjs — do not edit.\n";
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://placeholder@localhost:5432/factdeck"')
    .replace(/output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output     = "../../lib/db/generated/postgres"');
  return header + out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const derived = derivePostgresSchema(readFileSync(sourcePath, "utf8"));
  if (process.argv.includes("--check")) {
    const current = existsSync(twinPath) ? readFileSync(twinPath, "utf8") : "";
    if (current !== derived) {
      console.error("prisma/postgres/schema.prisma is out of date: run `node scripts/derive-postgres-schema.mjs`");
      process.exit(1);
    }
    console.log("prisma/postgres/schema.prisma matches prisma/schema.prisma");
  } else {
    mkdirSync(dirname(twinPath), { recursive: true });
    writeFileSync(twinPath, derived);
  }
}
