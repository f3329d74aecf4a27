"use client";

import { useState } from "react";

type Problem = { detail?: string; errors?: { field: string; message: string }[] };

/** Change the password (the current one is asked for); other sessions end unless unticked. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // onSubmit, not a form action: an action resets the form, and a mistake would wipe every field.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirm") ?? "")) {
      setError({ field: "confirm", text: "The two new passwords differ." });
      return;
    }
    const revokeOtherSessions = form.get("revokeOtherSessions") === "on";
    setBusy(true);
    setError(null);
    setOk(null);
    const res = await fetch("/api/auth/change-password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword, revokeOtherSessions }),
    });
    setBusy(false);
    if (res.ok) {
      setOk(revokeOtherSessions ? "Password changed. Every other session is signed out." : "Password changed.");
      onChanged?.();
      return;
    }
    const data = (await res.json().catch(() => ({}))) as Problem;
    const field = data.errors?.[0]?.field ?? null;
    const text = field === "currentPassword" ? "That is not your current password." : (data.errors?.[0]?.message ?? data.detail ?? "Could not change the password.");
    setError({ field, text });
  }
  const invalid = (field: string) => (error?.field === field ? { "aria-invalid": true, "aria-describedby": "change-password-error" } : {});
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change password</h2>
      <label>
        Current password
        <input type="password" name="currentPassword" autoComplete="current-password" required maxLength={128} {...invalid("currentPassword")} />
      </label>
      <label>
        New password
        <input type="password" name="newPassword" autoComplete="new-password" required minLength={8} maxLength={128} {...invalid("newPassword")} />
      </label>
      <span id="new-password-hint" className="muted small">At least 8 characters.</span>
      <label>
        New password again
        <input type="password" name="confirm" autoComplete="new-password" required minLength={8} maxLength={128} {...invalid("confirm")} />
      </label>
      <label style={{ flexDirection: "row", alignItems: "center", gap: "0.5rem", fontWeight: 400 }}>
        <input type="checkbox" name="revokeOtherSessions" defaultChecked style={{ width: "auto", margin: 0 }} />
        Sign out everywhere else
      </label>
      {error && (
        <p id="change-password-error" role="alert" className="alert alert-error">
          {error.text}
        </p>
      )}
      {ok && (
        <p role="status" className="alert alert-ok">
          {ok}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? "Please wait…" : "Change password"}
      </button>
    </form>
  );
}
