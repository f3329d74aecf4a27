// The command-line tool. Each command lives in bin/commands/<name>.ts and exports run(argv).
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }> = {
  import: { summary: "import <file|dir>…        import article files (front matter + markdown) and generate questions", load: () => import("./commands/import.ts") },
  generate: { summary: "generate <file|dir> [--json] [--types cloze,mcq,tf,short] [--max N] [--seed S] [--explain]", load: () => import("./commands/generate.ts") },
  export: { summary: "export <set-slug|article-file> --format F --out PATH   export a question set", load: () => import("./commands/export.ts") },
  "import-set": { summary: "import-set <file.json> [--owner EMAIL]   read a set exported with --format json", load: () => import("./commands/import-set.ts") },
  fit: { summary: "fit [--user EMAIL]          fit personal FSRS parameters from review logs", load: () => import("./commands/fit.ts") },
  migrate: { summary: "migrate                      apply database migrations (also done at start)", load: () => import("./commands/migrate.ts") },
  role: { summary: "role <email> <learner|teacher|admin>   set an account's role", load: () => import("./commands/role.ts") },
};

function usage(): string {
  return ["Usage: factdeck <command> [options]", "", "Commands:", ...Object.values(COMMANDS).map((c) => `  ${c.summary}`), ""].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`factdeck: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (error) {
    process.stderr.write(`factdeck ${name}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    // Close the database only if the command opened it (loading Prisma just to close it is slow).
    const opened = (globalThis as { factdeckDb?: { client: { $disconnect(): Promise<void> } } }).factdeckDb;
    if (opened) await opened.client.$disconnect();
  }
}
