"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { routeUrl } from "@/lib/client/api";

const DELETE_SET = setRoutes["DELETE /api/sets/{id}"];

/** Deletes a set after a confirmation (attempts on it stay in learners' history). */
export function DeleteSetButton({ setId, title }: { setId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (!window.confirm(`Delete “${title}”? Learners keep their past attempts; classes lose the assignment.`)) return;
    try {
      // fetch, not call(): a set already gone (404) counts as deleted
      await fetch(routeUrl(DELETE_SET, { id: setId }), { method: DELETE_SET.method }).then((r) => {
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
