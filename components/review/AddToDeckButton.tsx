"use client";

import Link from "next/link";
import { useState } from "react";
import { reviewRoutes } from "@/lib/api/schemas/review";
import { call } from "@/lib/client/api";
import { ensureSession } from "@/lib/client/session";
import { SessionEnded } from "../SessionEnded";

/**
 * "Add to my flashcards": puts an article's (or a set's) approved questions into the daily review.
 * `signedIn`: the page was rendered for an account (not a guest). Its session ending must not quietly
 * start a guest that would get the cards: say so, with a sign-in link back to `returnTo`.
 */
export function AddToDeckButton({ articleSlug, setId, title, signedIn = false, returnTo }: {
  articleSlug?: string;
  setId?: string;
  title: string;
  signedIn?: boolean;
  returnTo?: string;
}) {
  const [state, setState] = useState<"idle" | "busy" | "done" | "error" | "session-ended">("idle");
  const [message, setMessage] = useState("");

  async function add() {
    setState("busy");
    try {
      if (!signedIn) await ensureSession();
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
      if (signedIn && (e as { status?: number }).status === 401) {
        setState("session-ended");
        return;
      }
      setMessage((e as Error).message);
      setState("error");
    }
  }

  if (state === "session-ended") {
    return <SessionEnded next={returnTo ?? (articleSlug !== undefined ? `/articles/${articleSlug}` : "/review")} />;
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
