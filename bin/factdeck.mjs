#!/usr/bin/env node
// `npx factdeck …` — runs the TypeScript CLI (bin/cli.ts) through tsx, from any working directory.
import { tsImport } from "tsx/esm/api";

// `factdeck export … | head`: the reader has gone, so nobody is left to read the rest. Stop quietly,
// as Unix tools do, instead of crashing on the write error (EPIPE) with a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const cli = await tsImport("./cli.ts", import.meta.url);
process.exitCode = await cli.main(process.argv.slice(2));
