import { getDb } from "../../lib/db/client.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { ROLES, setRole, type Role } from "../../lib/db/users.ts";

export async function run(argv: string[]): Promise<number> {
  const [email, role] = argv;
  if (!email || !ROLES.includes(role as Role)) {
    process.stderr.write("Usage: factdeck role <email> <learner|teacher|admin>\n");
    return 2;
  }
  await migrate();
  const user = await getDb().user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || !(await setRole(user.id, role as Role))) {
    process.stderr.write(`No account with email ${email}\n`);
    return 1;
  }
  process.stdout.write(`${email} is now ${role}\n`);
  return 0;
}
