"use client";

import { useState } from "react";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { call } from "@/lib/client/api";
import { ensureSession } from "@/lib/client/session";

/** Besides taking the assignment: put the set's questions in the learner's flashcards. */
export function AssignedSetActions({ setId, title }: { setId: string; title: string }) {
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function addToDeck() {
    setBusy(true);
    setStatus("");
    try {
      await ensureSession();
      const { added } = await call(reviewRoutes["POST /api/deck"], { json: { setId } });
      setStatus(added > 0 ? `Added ${added} card${added === 1 ? "" : "s"} to your flashcards.` : "These cards are already in your flashcards.");
    } catch (err) {
      setStatus(`Could not add the cards: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack" style={{ gap: "0.4rem" }}>
      <div className="row" style={{ gap: "0.4rem" }}>
        <button type="button" className="btn btn-small" onClick={addToDeck} disabled={busy} aria-label={`Add to my flashcards: ${title}`}>
          Add to my flashcards
        </button>
      </div>
      <p role="status" aria-live="polite" className="small muted" style={{ margin: 0 }}>{status}</p>
    </div>
  );
}
