"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";
import { ensureSession } from "@/lib/client/session";

/** A learner types the code their teacher gave them (guests too: joining moves with them when they sign up). */
export function JoinClassForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      await ensureSession();
      const joined = await call(setRoutes["POST /api/classes/join"], { json: { code } });
      setStatus(`You are in “${joined.name}”.`);
      setCode("");
      router.refresh();
    } catch (err) {
      const status = (err as { status?: number }).status;
      setError(status === 404 ? "No class has that code. Check it with your teacher (codes have 6 letters and digits)." : (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="join-heading">
      <h2 id="join-heading" style={{ margin: 0 }}>Join a class</h2>
      <label>
        Class code
        <input
          type="text"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={error ? "join-error" : "join-hint"}
          style={{ textTransform: "uppercase", letterSpacing: "0.15em", fontFamily: "ui-monospace, monospace" }}
        />
        <span id="join-hint" className="muted small" style={{ fontWeight: 400 }}>Your teacher shows it on their class page.</span>
      </label>
      {error && <p id="join-error" className="alert alert-error" role="alert">{error}</p>}
      <p role="status" aria-live="polite" className="small" style={{ margin: 0 }}>{status}</p>
      <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Joining…" : "Join class"}</button>
    </form>
  );
}
