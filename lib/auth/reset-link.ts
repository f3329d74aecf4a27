import { baseUrl } from "./origins.ts";

/** How long a reset link works (e-mailed or issued by an admin). */
export const RESET_LINK_SECONDS = 60 * 60;

/** The page where a reset link lands: /reset-password?token=… */
export function resetPageUrl(token: string): string {
  return `${baseUrl()}/reset-password?token=${encodeURIComponent(token)}`;
}
