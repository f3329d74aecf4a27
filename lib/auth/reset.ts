// One-time password-reset links. better-auth keeps the token in its Verification table as
// "reset-password:<token>", checks its expiry and consumes it on use (POST /api/auth/reset-password);
// we create the same row for a link an admin hands over, and build the page URL both paths share.
import { randomBytes } from "node:crypto";
import { getAuth } from "./auth.ts";
import { RESET_LINK_SECONDS, resetPageUrl } from "./reset-link.ts";

/** A fresh single-use token for this user, valid RESET_LINK_SECONDS. */
export async function createResetToken(userId: string, now = Date.now()): Promise<{ url: string; expiresAt: Date }> {
  const ctx = await getAuth().$context;
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now + RESET_LINK_SECONDS * 1000);
  await ctx.internalAdapter.createVerificationValue({ identifier: `reset-password:${token}`, value: userId, expiresAt });
  return { url: resetPageUrl(token), expiresAt };
}
