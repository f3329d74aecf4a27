"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewCard, ReviewQueue } from "@/lib/api/schemas/review";
import { api, ensureSession } from "@/lib/client/session";
import styles from "./Review.module.css";

const RATINGS = [
  { value: 1, name: "Again", key: "again" },
  { value: 2, name: "Hard", key: "hard" },
  { value: 3, name: "Good", key: "good" },
  { value: 4, name: "Easy", key: "easy" },
] as const;

const STATE_LABEL = ["New", "Learning", "Review", "Relearning"];

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** POSTs a rating, retrying a failed network call with the SAME key: the server applies it once. */
async function postRating(body: { cardId: string; rating: number; key: string; durationMs: number }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api<{ card: { due: string }; duplicate: boolean; leech: boolean }>("/api/review", { method: "POST", json: body });
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status !== undefined || attempt >= 2) throw e;
      await new Promise((r) => setTimeout(r, 400 * (attempt + 1)));
    }
  }
}

function timeOf(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
  } catch {
    return new Date(iso).toLocaleTimeString();
  }
}

export function ReviewSession({ initial, detectTimeZone }: { initial: ReviewQueue | null; detectTimeZone: boolean }) {
  const [queue, setQueue] = useState<ReviewQueue | null>(initial);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(true);
  const [firstId, setFirstId] = useState<string | null>(null);
  // Set when a card is shown (effect below); rendering stays pure.
  const shownAt = useRef<number>(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  const showButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const cards = queue?.cards ?? [];
  // After an undo the undone card comes back first (as in Anki), when it is among the next cards.
  const card: ReviewCard | undefined = (firstId && cards.find((c) => c.id === firstId)) || cards[0];

  const reload = useCallback(async (preferId: string | null = null) => {
    const q = await api<ReviewQueue>("/api/review/queue", { cache: "no-store" });
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
    api<{ adopted: boolean }>("/api/settings/time-zone", { method: "POST", json: { timeZone: zone } })
      .then((r) => (r.adopted ? reload(null) : null))
      .catch(() => undefined);
  }, [detectTimeZone, reload]);

  // Focus follows the card: the show button on a new front, Good once the answer is shown.
  useEffect(() => {
    if (!card) return;
    if (shown) goodButton.current?.focus();
    else showButton.current?.focus();
  }, [card?.id, shown]); // eslint-disable-line react-hooks/exhaustive-deps

  // When only later learning cards are left, look again when the next one is due.
  useEffect(() => {
    if (card || !queue?.nextLearningDue) return;
    const wait = Math.max(1000, new Date(queue.nextLearningDue).getTime() - Date.now() - 20 * 60_000);
    const timer = setTimeout(() => void reload(null), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [card, queue?.nextLearningDue, reload]);

  const show = useCallback(() => {
    if (!card || shown) return;
    setShown(true);
    setAnnouncement(`Answer: ${card.back}`);
  }, [card, shown]);

  const rate = useCallback(
    async (rating: 1 | 2 | 3 | 4) => {
      if (!card || !shown || busy) return;
      setBusy(true);
      setError(null);
      const r = RATINGS[rating - 1];
      try {
        await ensureSession();
        const result = await postRating({ cardId: card.id, rating, key: newKey(), durationMs: Math.min(Date.now() - shownAt.current, 86_400_000) });
        const q = await reload(null);
        setCanUndo(true);
        const left = q.counts.new + q.counts.learning + q.counts.review;
        setAnnouncement(
          `Rated ${r.name}; next in ${card.intervals[r.key]}.${result.leech ? " This card is a leech." : ""} ${left} left today.`,
        );
      } catch (e) {
        setError((e as Error).message);
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
      const r = await api<{ card: { id: string }; rating: number }>("/api/review/undo", { method: "POST", json: {} });
      await reload(r.card.id);
      setAnnouncement(`Undid ${RATINGS[r.rating - 1]?.name ?? "the last"} rating.`);
      heading.current?.focus();
    } catch (e) {
      if ((e as { status?: number }).status === 409) {
        setCanUndo(false);
        setAnnouncement("Nothing left to undo today.");
      } else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [busy, reload]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      // a focused button or link handles its own Space/Enter
      if ((e.key === " " || e.key === "Enter") && target && ["BUTTON", "A"].includes(target.tagName)) return;
      if (e.key === " " || e.key === "Enter") {
        if (card && !shown) {
          e.preventDefault();
          show();
        }
      } else if (["1", "2", "3", "4"].includes(e.key)) {
        if (card && shown) {
          e.preventDefault();
          void rate(Number(e.key) as 1 | 2 | 3 | 4);
        }
      } else if (e.key === "u" || e.key === "U") {
        e.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, shown, show, rate, undo]);

  if (!queue) {
    return (
      <div className="card stack">
        <p style={{ margin: 0 }}>You have no flashcards yet.</p>
        <p className="muted" style={{ margin: 0 }}>
          Open an article and choose <strong>Add to my flashcards</strong>; its questions come back here, timed so you remember them.
        </p>
        <Link className="btn btn-primary" href="/">Browse articles</Link>
      </div>
    );
  }

  const current = card ? (card.state === 0 ? "new" : card.state === 2 ? "review" : "learning") : null;
  const total = queue.counts.new + queue.counts.learning + queue.counts.review;

  return (
    <div className={styles.session}>
      <div className={styles.topbar}>
        <dl className={styles.counts} aria-label="Cards left today">
          <div className={current === "new" ? styles.current : undefined}>
            <dt>New</dt>
            <dd className={styles.countNew} data-testid="count-new">{queue.counts.new}</dd>
          </div>
          <div className={current === "learning" ? styles.current : undefined}>
            <dt>Learning</dt>
            <dd className={styles.countLearning} data-testid="count-learning">{queue.counts.learning}</dd>
          </div>
          <div className={current === "review" ? styles.current : undefined}>
            <dt>Review</dt>
            <dd className={styles.countReview} data-testid="count-review">{queue.counts.review}</dd>
          </div>
        </dl>
        <button type="button" className="btn btn-small" onClick={() => void undo()} disabled={busy || !canUndo} aria-keyshortcuts="U">
          Undo <kbd aria-hidden="true">U</kbd>
        </button>
      </div>

      <p className="visually-hidden" aria-live="polite" role="status">{announcement}</p>
      {error && <p role="alert" className="alert alert-error">{error}</p>}

      {card ? (
        <section className={`card ${styles.flashcard}`} aria-labelledby="card-front" data-card-id={card.id}>
          <p className={styles.kind}>
            <span className="tag">{STATE_LABEL[card.state]}</span>
            {card.leech && <span className="tag">leech</span>}
            <span className="visually-hidden">card</span>
          </p>
          <h2 id="card-front" className={styles.front} tabIndex={-1} ref={heading}>{card.front}</h2>
          {card.choices && card.type === "MCQ" && (
            <ol className={styles.choices} type="A">
              {card.choices.map((c) => (
                <li key={c} className={shown && c === card.back ? styles.correctChoice : undefined}>
                  {c}
                  {shown && c === card.back && <span className="visually-hidden"> (the answer)</span>}
                </li>
              ))}
            </ol>
          )}

          {!shown ? (
            <button ref={showButton} type="button" className={`btn btn-primary ${styles.showButton}`} onClick={show} aria-keyshortcuts="Space">
              Show answer <kbd aria-hidden="true">Space</kbd>
            </button>
          ) : (
            <>
              <div className={styles.back} data-testid="card-back">
                <p className={styles.answer}>{card.back}</p>
                {card.explanation && !card.explanation.includes(card.source.sentence) && <p className="muted">{card.explanation}</p>}
                <figure className={styles.source}>
                  <blockquote>{card.source.sentence}</blockquote>
                  {card.source.article && (
                    <figcaption className="small muted">
                      From <Link href={`/articles/${card.source.article.slug}`}>{card.source.article.title}</Link>
                    </figcaption>
                  )}
                </figure>
              </div>
              <div className={styles.ratings} role="group" aria-label="How well did you remember?">
                {RATINGS.map((r) => (
                  <button
                    key={r.value}
                    ref={r.value === 3 ? goodButton : undefined}
                    type="button"
                    className={`btn ${styles.rating} ${styles[`rate${r.name}`]}`}
                    onClick={() => void rate(r.value)}
                    disabled={busy}
                    aria-keyshortcuts={String(r.value)}
                    data-rating={r.key}
                  >
                    <span>
                      {r.name}
                      <span className="visually-hidden">, next in</span>
                    </span>
                    <span className={styles.interval} data-testid={`interval-${r.key}`}>{card.intervals[r.key]}</span>
                    <kbd aria-hidden="true">{r.value}</kbd>
                  </button>
                ))}
              </div>
            </>
          )}
        </section>
      ) : (
        <section className={`card ${styles.done}`} aria-labelledby="done-heading">
          {queue.learningLaterToday > 0 && queue.nextLearningDue ? (
            <>
              <h2 id="done-heading" tabIndex={-1}>Nothing due right now</h2>
              <p>
                {queue.learningLaterToday} learning card{queue.learningLaterToday === 1 ? " comes" : "s come"} back at{" "}
                {timeOf(queue.nextLearningDue, queue.day.timeZone)}. This page will show {queue.learningLaterToday === 1 ? "it" : "them"} then.
              </p>
              <button type="button" className="btn" onClick={() => void reload(null)}>Check again</button>
            </>
          ) : (
            <>
              <h2 id="done-heading" tabIndex={-1}>Done for today</h2>
              <p>
                {total === 0 && queue.tomorrow.review + queue.tomorrow.new === 0
                  ? "Nothing is scheduled for tomorrow yet."
                  : "Tomorrow’s forecast:"}
              </p>
              <dl className={styles.forecast} aria-label="Tomorrow">
                <div>
                  <dt>Reviews due</dt>
                  <dd data-testid="tomorrow-review">{queue.tomorrow.review}</dd>
                </div>
                <div>
                  <dt>New cards</dt>
                  <dd data-testid="tomorrow-new">{queue.tomorrow.new}</dd>
                </div>
              </dl>
              <p className="muted small">
                Your day starts at {String(queue.day.dayStartHour).padStart(2, "0")}:00 ({queue.day.timeZone}).{" "}
                <Link href="/settings">Settings</Link> · <Link href="/stats">Stats</Link> · <Link href="/">Add more articles</Link>
              </p>
            </>
          )}
        </section>
      )}

      <p className={`muted small ${styles.keys}`}>
        Keys: <kbd>Space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>U</kbd> undo
      </p>
    </div>
  );
}
