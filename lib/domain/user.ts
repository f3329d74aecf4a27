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
