// Prisma CLI configuration (SQLite). Prisma 6.19's WebAssembly schema engine ("js") works
// offline; the native engine would try to download a binary. The CLI only generates the client
// and diffs schemas here — lib/db/migrate.ts applies migrations at start.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaBetterSQLite3({ url: "file:./data/prisma-cli.db" }),
});
