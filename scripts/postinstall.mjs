// After `npm install`: derive the PostgreSQL schema twin and generate both Prisma clients
// (they are build output, git-ignored).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0); // installed as a dependency elsewhere
const run = (args) => execFileSync(process.execPath, args, { stdio: "inherit" });
run(["scripts/derive-postgres-schema.mjs"]);
const prisma = "node_modules/prisma/build/index.js";
run([prisma, "generate"]);
run([prisma, "generate", "--config", "prisma.postgres.config.ts"]);
