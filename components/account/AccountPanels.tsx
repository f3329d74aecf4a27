"use client";

import { useCallback, useEffect, useState } from "react";
import { ChangePasswordForm } from "./ChangePasswordForm";

interface SessionRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  userAgent?: string | null;
}

/** Where this account is signed in, with a way to sign out everywhere else; and the password form. */
export function AccountPanels() {
  const [sessions, setSessions] = useState<SessionRow[] | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const load = useCallback(async () => {
    const [list, me] = await Promise.all([
      fetch("/api/auth/list-sessions", { cache: "no-store" }).then((r) => (r.ok ? r.json() : [])),
      fetch("/api/auth/get-session", { cache: "no-store" }).then((r) => (r.ok ? r.json() : null)),
    ]);
    setSessions(list as SessionRow[]);
    setCurrent((me as { session?: { id: string } } | null)?.session?.id ?? null);
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading what the browser alone can ask for
    void load();
  }, [load]);
  async function revokeOthers() {
    setStatus("Signing out other sessions…");
    const res = await fetch("/api/auth/revoke-other-sessions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    setStatus(res.ok ? "Every other session is signed out." : "Could not sign out the other sessions.");
    await load();
  }
  const others = (sessions ?? []).filter((s) => s.id !== current).length;
  return (
    <div className="stack">
      <ChangePasswordForm onChanged={() => void load()} />
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        {sessions === null ? (
          <p className="muted">Loading…</p>
        ) : (
          <ul>
            {sessions.map((s) => (
              <li key={s.id}>
                {describeAgent(s.userAgent)} · since {new Date(s.createdAt).toLocaleString()}
                {s.id === current && <strong> (this browser)</strong>}
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="btn" onClick={revokeOthers} disabled={others === 0}>
          Sign out other sessions{others > 0 ? ` (${others})` : ""}
        </button>
        <p role="status" className="muted small">{status}</p>
      </section>
    </div>
  );
}

function describeAgent(agent: string | null | undefined): string {
  if (!agent) return "Unknown browser";
  const browser = /Firefox\//.test(agent) ? "Firefox" : /Edg\//.test(agent) ? "Edge" : /Chrome\//.test(agent) ? "Chrome" : /Safari\//.test(agent) ? "Safari" : "A browser";
  const os = /Android/.test(agent) ? "Android" : /iPhone|iPad/.test(agent) ? "iOS" : /Windows/.test(agent) ? "Windows" : /Mac OS X/.test(agent) ? "macOS" : /Linux/.test(agent) ? "Linux" : "";
  return os ? `${browser} on ${os}` : browser;
}
