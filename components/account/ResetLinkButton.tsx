"use client";

import { useState } from "react";
import { foundationRoutes } from "@/lib/api/schemas/foundation";
import { call } from "@/lib/client/api";

/** An admin makes a one-time reset link for someone and copies it to hand over. */
export function ResetLinkButton({ userId, email }: { userId: string; email: string }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [status, setStatus] = useState("");
  async function issue() {
    setStatus("Making a link…");
    try {
      setLink(await call(foundationRoutes["POST /api/admin/users/{id}/reset-link"], { params: { id: userId } }));
      setStatus("");
    } catch (error) {
      setStatus((error as Error).message);
    }
  }
  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setStatus("Copied");
    } catch {
      setStatus("Select the link and copy it");
    }
  }
  return (
    <span style={{ display: "grid", gap: "0.3rem" }}>
      {link ? (
        <>
          <input readOnly value={link.url} aria-label={`Reset link for ${email}`} onFocus={(e) => e.currentTarget.select()} />
          <span className="row">
            <button type="button" className="btn btn-small" onClick={copy}>Copy link</button>
            <span className="muted small">Works once, until {new Date(link.expiresAt).toLocaleTimeString()}.</span>
          </span>
        </>
      ) : (
        <button type="button" className="btn btn-small" onClick={issue} aria-label={`Make a reset link for ${email}`}>
          Reset link
        </button>
      )}
      <span role="status" className="muted small">{status}</span>
    </span>
  );
}
