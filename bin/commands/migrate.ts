import { migrate, withStartupLock } from "../../lib/db/migrate.ts";

export async function run(): Promise<number> {
  // The server's start-up lock: an instance starting meanwhile must not apply the same migration.
  const { kind, applied } = await withStartupLock(() => migrate());
  process.stdout.write(applied.length ? `${kind}: applied ${applied.join(", ")}\n` : `${kind}: up to date\n`);
  return 0;
}
