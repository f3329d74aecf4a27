import { migrate } from "../../lib/db/migrate.ts";

export async function run(): Promise<number> {
  const { kind, applied } = await migrate();
  process.stdout.write(applied.length ? `${kind}: applied ${applied.join(", ")}\n` : `${kind}: up to date\n`);
  return 0;
}
