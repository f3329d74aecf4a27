// Accounts: who may see the people list and grant roles (admins), and the operator's CLI way in.
import { canManageRoles } from "../domain/permissions.ts";
import type { AppUser, Role } from "../domain/user.ts";
import { findUserByEmail, listUsers, setRole } from "../db/users.ts";

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
