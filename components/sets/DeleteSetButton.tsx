"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Deletes a set after a confirmation (attempts on it stay in learners' history). */
export function DeleteSetButton({ setId, title }: { setId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (!window.confirm(`Delete “${title}”? Learners keep their past attempts; classes lose the assignment.`)) return;
    try {
      await fetch(`/api/sets/${setId}`, { method: "DELETE" }).then((r) => {
        if (!r.ok && r.status !== 404) throw new Error(`Could not delete (${r.status})`);
      });
      router.push("/teacher/sets");
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <>
      <button type="button" className="btn btn-small" onClick={remove}>Delete set</button>
      {error && <span role="alert" className="field-error">{error}</span>}
    </>
  );
}
