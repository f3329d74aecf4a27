"use client";

import Link from "next/link";
import { useState } from "react";

/** Sets a new password with the token from a reset link (admin-issued or e-mailed). */
export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  // onSubmit, not a form action: an action resets the form, and a mistake would wipe every field.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirm") ?? "")) {
      setError({ field: "confirm", text: "The two passwords differ." });
      return;
    }
    setBusy(true);
    setError(null);
    const res = await fetch("/api/auth/reset-password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, newPassword }),
    });
    setBusy(false);
    if (res.ok) {
      setDone(true);
      return;
    }
    const data = (await res.json().catch(() => ({}))) as { detail?: string; errors?: { field: string; message: string }[] };
    const field = data.errors?.[0]?.field ?? null;
    if (field === "token") setError({ field, text: "This link has expired or was used already. Ask for a new one." });
    else setError({ field, text: data.errors?.[0]?.message ?? data.detail ?? "Something went wrong. Please try again." });
  }
  if (done) {
    return (
      <p role="status" className="alert alert-ok">
        Your password is changed, and every session signed in with the old one has ended. <Link href="/sign-in">Sign in</Link> with the new one.
      </p>
    );
  }
  return (
    <form className="form card" onSubmit={submit}>
      <label>
        New password
        <input
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          aria-invalid={error?.field === "newPassword" || undefined}
          aria-describedby="new-password-hint"
        />
      </label>
      <span id="new-password-hint" className="muted small">At least 8 characters.</span>
      <label>
        New password again
        <input type="password" name="confirm" autoComplete="new-password" required minLength={8} maxLength={128} aria-invalid={error?.field === "confirm" || undefined} />
      </label>
      {error && (
        <p role="alert" className="alert alert-error">
          {error.text} {error.field === "token" && <Link href="/forgot-password">Ask for a new link</Link>}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? "Please wait…" : "Set new password"}
      </button>
    </form>
  );
}
