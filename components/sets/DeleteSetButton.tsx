"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { ApiProblem, call } from "@/lib/client/api";

const DELETE_SET = setRoutes["DELETE /api/sets/{id}"];

/** Deletes a set after a confirmation (attempts on it stay in learners' history). */
export function DeleteSetButton({ setId, title }: { setId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (!window.confirm(`Delete “${title}”? Learners keep their past attempts; classes lose the assignment.`)) return;
    try {
      await call(DELETE_SET, { params: { id: setId } }).catch((err: unknown) => {
        // a set already gone (deleted in another tab) counts as deleted
        if (!(err instanceof ApiProblem && err.status === 404)) throw err;
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
