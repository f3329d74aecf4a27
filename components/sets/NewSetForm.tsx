"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/session";

/** Name a new set, then go to its builder. */
export function NewSetForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const set = await api<{ id: string }>("/api/sets", { method: "POST", json: { title } });
      router.push(`/teacher/sets/${set.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-set-heading">
      <h2 id="new-set-heading" style={{ margin: 0 }}>New set</h2>
      <label>
        Set title
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} placeholder="e.g. Iraq and the coalition — week 3" />
      </label>
      {error && <p className="alert alert-error" role="alert">{error}</p>}
      <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Creating…" : "Create set"}</button>
    </form>
  );
}
