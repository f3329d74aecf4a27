// Browser-side helpers. Guests can study: before the first write, make sure there is a session,
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

/** fetch + JSON, throwing the problem+json detail on failure. */
export async function api<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const res = await fetch(url, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...(rest.headers ?? {}) },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: { field: string; message: string }[] };
    const error = new Error(problem.detail ?? problem.title ?? `Request failed (${res.status})`) as Error & {
      status?: number;
      errors?: { field: string; message: string }[];
    };
    error.status = res.status;
    error.errors = problem.errors;
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
