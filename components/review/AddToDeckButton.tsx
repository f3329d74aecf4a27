"use client";

import Link from "next/link";
import { useState } from "react";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { call } from "@/lib/client/api";
import { ensureSession } from "@/lib/client/session";

/** "Add to my flashcards": puts an article's (or a set's) approved questions into the daily review. */
export function AddToDeckButton({ articleSlug, setId, title }: { articleSlug?: string; setId?: string; title: string }) {
  const [state, setState] = useState<"idle" | "busy" | "done" | "error">("idle");
  const [message, setMessage] = useState("");

  async function add() {
    setState("busy");
    try {
      await ensureSession();
      const r = await call(reviewRoutes["POST /api/deck"], {
        json: articleSlug !== undefined ? { articleSlug } : { setId },
      });
      setMessage(
        r.added > 0
          ? `Added ${r.added} card${r.added === 1 ? "" : "s"} to your flashcards.`
          : r.total === 0
            ? "There are no approved questions to add yet."
            : "All of these are already in your flashcards.",
      );
      setState("done");
    } catch (e) {
      setMessage((e as Error).message);
      setState("error");
    }
  }

  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <button type="button" className="btn" onClick={add} disabled={state === "busy"} aria-label={state === "busy" ? undefined : `Add to my flashcards: ${title}`}>
        {state === "busy" ? "Adding…" : "Add to my flashcards"}
      </button>
      <p role="status" aria-live="polite" className={state === "error" ? "field-error small" : "muted small"} style={{ margin: 0 }}>
        {message}
        {state === "done" && (
          <>
            {" "}
            <Link href="/review">Review now</Link>
          </>
        )}
      </p>
    </div>
  );
}
