"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/session";

/** Name a class; the server makes its join code. */
export function NewClassForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api<{ id: string }>("/api/classes", { method: "POST", json: { name } });
      router.push(`/teacher/classes/${created.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-class-heading">
      <h2 id="new-class-heading" style={{ margin: 0 }}>New class</h2>
      <label>
        Class name
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} placeholder="e.g. Year 10 — current affairs" />
      </label>
      {error && <p className="alert alert-error" role="alert">{error}</p>}
      <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Creating…" : "Create class"}</button>
    </form>
  );
}
