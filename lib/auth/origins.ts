/** The app's public base URL (BETTER_AUTH_URL, default http://localhost:$PORT). */
export function baseUrl(): string {
  return (process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** Origins allowed to send non-GET requests: the base URL, its loopback twins, FACTDECK_TRUSTED_ORIGINS. */
export function trustedOrigins(): string[] {
  const port = process.env.PORT ?? "3000";
  const extra = (process.env.FACTDECK_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\/$/, ""))
    .filter(Boolean);
  return [...new Set([new URL(baseUrl()).origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`, ...extra])];
}

/** A browser sends Origin on every cross-origin POST: refuse any that is not ours. */
export function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return !trustedOrigins().includes(origin.replace(/\/$/, ""));
  return request.headers.get("sec-fetch-site") === "cross-site";
}
