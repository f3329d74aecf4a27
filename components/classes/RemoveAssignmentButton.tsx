"use client";
// Takes a set off a class (the learners' attempts stay theirs). Asks first: results vanish from the class page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";

export function RemoveAssignmentButton({ classId, setId, title }: { classId: string; setId: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setError(null);
    try {
      await call(setRoutes["DELETE /api/classes/{id}/assignments/{setId}"], { params: { id: classId, setId } });
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="row" style={{ gap: "0.4rem" }}>
      {confirming ? (
        <>
          <span className="small">Remove “{title}” from the class? Its results leave this page.</span>
          <button type="button" className="btn btn-small" onClick={remove}>Remove</button>
          <button type="button" className="btn btn-small" onClick={() => setConfirming(false)}>Keep it</button>
        </>
      ) : (
        <button type="button" className="btn-link small" onClick={() => setConfirming(true)} aria-label={`Remove from class: ${title}`}>
          Remove from class
        </button>
      )}
      {error && <p className="alert alert-error small" role="alert" style={{ margin: 0 }}>{error}</p>}
    </div>
  );
}
