import { migrate } from "../../lib/db/migrate.ts";
import { ROLES, type Role } from "../../lib/domain/user.ts";
import { setRoleByEmail } from "../../lib/app/accounts.ts";

export async function run(argv: string[]): Promise<number> {
  const [email, role] = argv;
  if (!email || !ROLES.includes(role as Role)) {
    process.stderr.write("Usage: factdeck role <email> <learner|teacher|admin>\n");
    return 2;
  }
  await migrate();
  if (!(await setRoleByEmail(email, role as Role))) {
    process.stderr.write(`No account with email ${email}\n`);
    return 1;
  }
  process.stdout.write(`${email} is now ${role}\n`);
  return 0;
}
