"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { sameOriginPath } from "@/lib/api/redirect";

/** Sign in / sign up against better-auth's endpoints; shows the server's message on failure. */
export function AuthForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = sameOriginPath(params.get("next"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    setBusy(false);
    if (res.ok) {
      router.push(next);
      router.refresh();
      return;
    }
    const data = (await res.json().catch(() => ({}))) as { message?: string; detail?: string };
    if (res.status === 429) setError(data.detail ?? "Too many attempts. Wait a few minutes and try again.");
    else if (res.status === 401) setError("That email and password do not match an account.");
    else setError(data.message ?? data.detail ?? "Something went wrong. Please try again.");
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
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="muted small" style={{ margin: 0 }}>
        {mode === "sign-up" ? (
          <>Already have an account? <Link href="/sign-in">Sign in</Link></>
        ) : (
          <>New here? <Link href="/sign-up">Create an account</Link> — anything you did as a guest comes with you.</>
        )}
      </p>
    </form>
  );
}
