// The guest session, browser side. Guests can study: before the first write, make sure there is a session,
// signing in anonymously when there is none (better-auth's anonymous plugin).
export async function ensureSession(): Promise<void> {
  const res = await fetch("/api/auth/get-session", { cache: "no-store" });
  const session = res.ok ? await res.json().catch(() => null) : null;
  if (session?.user) return;
  const signIn = await fetch("/api/auth/sign-in/anonymous", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (!signIn.ok) throw new Error("Could not start a guest session");
}
