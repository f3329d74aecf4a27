// Who is asking, as the whole house sees them: plain data, no Prisma, no better-auth types.

export type Role = "learner" | "teacher" | "admin";
export const ROLES: Role[] = ["learner", "teacher", "admin"];

export interface AppUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  isAnonymous: boolean;
  timeZone: string;
  dayStartHour: number;
}

export function toRole(value: string | null | undefined): Role {
  return value === "admin" || value === "teacher" ? value : "learner";
}

/** The role a new account starts with: the configured admin email, or — with none configured — the
 * very first real account, is ADMIN; everyone else (guests included) is a LEARNER. `realUsers` is
 * asked only when it decides. */
export async function firstRole(
  account: { email: string; isAnonymous: boolean; adminEmail?: string },
  realUsers: () => Promise<number>,
): Promise<Role> {
  if (account.isAnonymous) return "learner";
  if (account.adminEmail) return account.email.toLowerCase() === account.adminEmail ? "admin" : "learner";
  return (await realUsers()) === 0 ? "admin" : "learner";
}
