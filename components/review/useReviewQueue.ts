"use client";
// The review session's state and its calls to the API: today's queue, the card on screen, show,
// rate (with an idempotency key), undo, and the reloads that keep the counts true to the server.
import { useCallback, useEffect, useRef, useState } from "react";
import { reviewRoutes, type ReviewCard, type ReviewQueue } from "@/lib/api/schemas/review";
import { call } from "@/lib/client/api";
import { RATINGS, type Rating } from "./ratings";

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** POSTs a rating, retrying a failed network call with the SAME key: the server applies it once. */
async function postRating(body: { cardId: string; rating: Rating; key: string; durationMs: number }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(reviewRoutes["POST /api/review"], { json: body });
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status !== undefined || attempt >= 2) throw e;
      await new Promise((r) => setTimeout(r, 400 * (attempt + 1)));
    }
  }
}

export interface ReviewQueueState {
  queue: ReviewQueue | null;
  card: ReviewCard | undefined;
  shown: boolean;
  busy: boolean;
  announcement: string;
  error: string | null;
  /** A request answered 401: the session ended while reviewing. */
  sessionEnded: boolean;
  canUndo: boolean;
  show: () => void;
  rate: (rating: Rating) => Promise<void>;
  undo: () => Promise<void>;
  reload: (preferId?: string | null) => Promise<ReviewQueue>;
}

/**
 * `onUndone` runs right after an undo has reloaded the queue (the screen moves focus there).
 * With `detectTimeZone`, the browser's zone is offered once, while the learner still has the default.
 */
export function useReviewQueue(
  initial: ReviewQueue | null,
  { detectTimeZone, onUndone }: { detectTimeZone: boolean; onUndone?: () => void },
): ReviewQueueState {
  const [queue, setQueue] = useState<ReviewQueue | null>(initial);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sessionEnded, setSessionEnded] = useState(false);
  const [canUndo, setCanUndo] = useState(true);
  const [firstId, setFirstId] = useState<string | null>(null);
  // Set when a card is shown (effect below); rendering stays pure.
  const shownAt = useRef<number>(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  // The latest callback without re-creating `undo` on every render.
  const undone = useRef(onUndone);
  useEffect(() => {
    undone.current = onUndone;
  });

  const cards = queue?.cards ?? [];
  // After an undo the undone card comes back first (as in Anki), when it is among the next cards.
  const card: ReviewCard | undefined = (firstId && cards.find((c) => c.id === firstId)) || cards[0];

  const reload = useCallback(async (preferId: string | null = null) => {
    const q = await call(reviewRoutes["GET /api/review/queue"], { cache: "no-store" });
    setQueue(q);
    setFirstId(preferId);
    setShown(false);
    shownAt.current = Date.now();
    return q;
  }, []);

  // First visit: adopt the browser's time zone while the learner still has the default.
  useEffect(() => {
    if (!detectTimeZone) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === "UTC") return;
    call(reviewRoutes["POST /api/settings/time-zone"], { json: { timeZone: zone } })
      .then((r) => (r.adopted ? reload(null) : null))
      .catch(() => undefined);
  }, [detectTimeZone, reload]);

  // When only later learning cards are left, look again when the next one may be shown (its due
  // time less the learn-ahead limit). Every reload re-arms it, so a clock a little ahead of the
  // server's only costs another look a second later.
  useEffect(() => {
    if (card || !queue?.nextLearningDue) return;
    const showAt = new Date(queue.nextLearningDue).getTime() - (queue.learnAheadMinutes ?? 20) * 60_000;
    const wait = Math.max(1000, showAt - Date.now());
    const timer = setTimeout(() => void reload(null), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [card, queue, reload]);

  const show = useCallback(() => {
    if (!card || shown) return;
    setShown(true);
    setAnnouncement(`Answer: ${card.back}`);
  }, [card, shown]);

  const rate = useCallback(
    async (rating: Rating) => {
      if (!card || !shown || busy) return;
      setBusy(true);
      setError(null);
      const r = RATINGS[rating - 1];
      try {
        // No ensureSession here: cards on screen belong to a session; if it has ended, a fresh guest
        // session would only answer "no such card". Say the session ended instead (401 below).
        const result = await postRating({ cardId: card.id, rating, key: newKey(), durationMs: Math.min(Date.now() - shownAt.current, 86_400_000) });
        const q = await reload(null);
        setCanUndo(true);
        const left = q.counts.new + q.counts.learning + q.counts.review;
        setAnnouncement(
          `Rated ${r.name}; next in ${card.intervals[r.key]}.${result.leech ? " This card is a leech." : ""} ${left} left today.`,
        );
      } catch (e) {
        if ((e as { status?: number }).status === 401) setSessionEnded(true);
        else setError((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [card, shown, busy, reload],
  );

  const undo = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call(reviewRoutes["POST /api/review/undo"]);
      await reload(r.card.id);
      setAnnouncement(`Undid ${RATINGS[r.rating - 1]?.name ?? "the last"} rating.`);
      undone.current?.();
    } catch (e) {
      if ((e as { status?: number }).status === 401) setSessionEnded(true);
      else if ((e as { status?: number }).status === 409) {
        setCanUndo(false);
        setAnnouncement("Nothing left to undo today.");
      } else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [busy, reload]);

  return { queue, card, shown, busy, announcement, error, sessionEnded, canUndo, show, rate, undo, reload };
}
