"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { sameOriginPath } from "@/lib/api/redirect";

/** "40 s", "2 min 5 s" (the server's wording, counted down here). */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  return seconds % 60 === 0 ? `${m} min` : `${m} min ${seconds % 60} s`;
}

/** Sign in / sign up against better-auth's endpoints; shows the server's message on failure. */
export function AuthForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = sameOriginPath(params.get("next"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After a 429: when the next attempt will be heard, counted down on screen.
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= waitUntil) {
        setWaitUntil(null);
        setError(null);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);
  const waitLeft = waitUntil === null ? 0 : Math.max(0, Math.ceil((waitUntil - now) / 1000));

  async function submit(form: FormData) {
    setBusy(true);
    setError(null);
    const body =
      mode === "sign-up"
        ? { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }
        : { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const res = await fetch(`/api/auth/${mode}/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.ok && mode === "sign-up") {
      // A taken email gets the same answer as a new one, minus the session: say what to do then.
      const session = await fetch("/api/auth/get-session", { cache: "no-store" }).then((r) => r.json()).catch(() => null);
      if (!session?.user || session.user.isAnonymous) {
        setBusy(false);
        setError("We could not create an account with that email. If you already have one, sign in (or reset your password).");
        return;
      }
    }
    setBusy(false);
    if (res.ok) {
      router.push(next);
      router.refresh();
      return;
    }
    const data = (await res.json().catch(() => ({}))) as { message?: string; detail?: string; retryAfter?: number; errors?: { field: string; message: string }[] };
    if (res.status === 429) {
      const seconds = Number(data.retryAfter ?? res.headers.get("retry-after") ?? 0);
      if (seconds > 0) {
        setNow(Date.now());
        setWaitUntil(Date.now() + seconds * 1000);
        setError(mode === "sign-in" ? "Too many failed sign-ins for this account." : "Too many sign-ups from here.");
      } else setError(data.detail ?? "Too many attempts. Wait a little and try again.");
    } else if (res.status === 401) setError("That email and password do not match an account.");
    else setError(data.errors?.[0]?.message ?? data.detail ?? data.message ?? "Something went wrong. Please try again.");
  }

  return (
    <form className="form card" action={submit} aria-describedby={error ? "auth-error" : undefined}>
      {mode === "sign-up" && (
        <label>
          Name
          <input type="text" name="name" autoComplete="name" required maxLength={100} />
        </label>
      )}
      <label>
        Email
        <input type="email" name="email" autoComplete="email" required maxLength={254} />
      </label>
      <label>
        Password
        <input
          type="password"
          name="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
          minLength={8}
          maxLength={128}
        />
        {mode === "sign-up" && <span className="muted small">At least 8 characters.</span>}
      </label>
      {error && (
        <p id="auth-error" role="alert" className="alert alert-error">
          {error}
          {waitLeft > 0 && <> Try again in <span data-testid="wait-left">{waitText(waitLeft)}</span>.</>}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy || waitLeft > 0}>
        {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="muted small" style={{ margin: 0 }}>
        {mode === "sign-up" ? (
          <>Already have an account? <Link href="/sign-in">Sign in</Link></>
        ) : (
          <>
            <Link href="/forgot-password">Forgot your password?</Link>
            <br />
            New here? <Link href="/sign-up">Create an account</Link> — anything you did as a guest comes with you.
          </>
        )}
      </p>
    </form>
  );
}
