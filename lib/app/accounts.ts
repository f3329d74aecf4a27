// Accounts: who may see the people list and grant roles (admins), and the operator's CLI way in.
import { canManageRoles } from "../domain/permissions.ts";
import type { AppUser, Role } from "../domain/user.ts";
import { findUser, findUserByEmail, listUsers, setRole } from "../db/users.ts";
import { createResetToken } from "../auth/reset.ts";

/** An admin grants a role to a signed-up account; null for an unknown id, a guest, or a caller who may not. */
export async function grantRole(actor: AppUser, userId: string, role: Role): Promise<AppUser | null> {
  if (!canManageRoles(actor)) return null;
  return setRole(userId, role);
}

/** Every signed-up account, oldest first, for an admin; null for anyone else. */
export async function listPeople(actor: AppUser | null): Promise<AppUser[] | null> {
  if (!canManageRoles(actor)) return null;
  return listUsers();
}

/** The CLI's way in (`factdeck role`): the operator sets a role by email; null when there is no such account. */
export async function setRoleByEmail(email: string, role: Role): Promise<AppUser | null> {
  const found = await findUserByEmail(email);
  return found ? setRole(found.id, role) : null;
}

/** An admin hands a locked-out person a one-time reset link (for a signed-up account, not a guest);
 * null for an unknown id, a guest, or a caller who may not. */
export async function issueResetLink(actor: AppUser, userId: string): Promise<{ url: string; expiresAt: Date } | null> {
  if (!canManageRoles(actor)) return null;
  const target = await findUser(userId);
  if (!target || target.isAnonymous) return null;
  return createResetToken(target.id);
}
