#!/usr/bin/env node
// `npx factdeck …` — runs the TypeScript CLI (bin/cli.ts) through tsx, from any working directory.
import { tsImport } from "tsx/esm/api";

const cli = await tsImport("./cli.ts", import.meta.url);
process.exitCode = await cli.main(process.argv.slice(2));
