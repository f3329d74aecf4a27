"use client";

import { useState } from "react";

/** Asks for a reset link by e-mail. The answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // onSubmit, not a form action: an action resets the form, and a mistake would wipe every field.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setMessage(null);
    const res = await fetch("/api/auth/request-password-reset", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: String(form.get("email") ?? ""), redirectTo: "/reset-password" }),
    });
    setBusy(false);
    const data = (await res.json().catch(() => ({}))) as { detail?: string; errors?: { message: string }[] };
    if (res.ok) setMessage({ kind: "ok", text: "If that email has an account, a reset link is on its way. It works once, for an hour." });
    else setMessage({ kind: "error", text: data.errors?.[0]?.message ?? data.detail ?? "Something went wrong. Please try again." });
  }
  return (
    <form className="form card" onSubmit={submit}>
      <label>
        Email
        <input type="email" name="email" autoComplete="email" required maxLength={254} />
      </label>
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={`alert ${message.kind === "error" ? "alert-error" : "alert-ok"}`}>
          {message.text}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? "Please wait…" : "Send me a reset link"}
      </button>
    </form>
  );
}
