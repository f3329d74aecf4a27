// The review screen's pieces, data in and callbacks out: counts with Undo, the card, the rating
// buttons, the end of the day. State and keys live in useReviewQueue / useReviewKeyboard.
import Link from "next/link";
import type { Ref } from "react";
import type { ReviewCard, ReviewQueue } from "@/lib/api/schemas/review";
import { RATINGS, STATE_LABEL, timeOf, type Rating } from "./ratings";
import styles from "./Review.module.css";

export function EmptyDeck() {
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

export function ReviewCounts({
  counts,
  card,
  onUndo,
  undoDisabled,
}: {
  counts: ReviewQueue["counts"];
  card: ReviewCard | undefined;
  onUndo: () => void;
  undoDisabled: boolean;
}) {
  const current = card ? (card.state === 0 ? "new" : card.state === 2 ? "review" : "learning") : null;
  return (
    <div className={styles.topbar}>
      <dl className={styles.counts} aria-label="Cards left today">
        <div className={current === "new" ? styles.current : undefined}>
          <dt>New</dt>
          <dd className={styles.countNew} data-testid="count-new">{counts.new}</dd>
        </div>
        <div className={current === "learning" ? styles.current : undefined}>
          <dt>Learning</dt>
          <dd className={styles.countLearning} data-testid="count-learning">{counts.learning}</dd>
        </div>
        <div className={current === "review" ? styles.current : undefined}>
          <dt>Review</dt>
          <dd className={styles.countReview} data-testid="count-review">{counts.review}</dd>
        </div>
      </dl>
      <button type="button" className="btn btn-small" onClick={onUndo} disabled={undoDisabled} aria-keyshortcuts="U">
        Undo <kbd aria-hidden="true">U</kbd>
      </button>
    </div>
  );
}

export function CardView({
  card,
  shown,
  busy,
  onShow,
  onRate,
  headingRef,
  showRef,
  goodRef,
}: {
  card: ReviewCard;
  shown: boolean;
  busy: boolean;
  onShow: () => void;
  onRate: (rating: Rating) => void;
  headingRef?: Ref<HTMLHeadingElement>;
  showRef?: Ref<HTMLButtonElement>;
  goodRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <section className={`card ${styles.flashcard}`} aria-labelledby="card-front" data-card-id={card.id}>
      <p className={styles.kind}>
        <span className="tag">{STATE_LABEL[card.state]}</span>
        {card.leech && <span className="tag">leech</span>}
        <span className="visually-hidden">card</span>
      </p>
      <h2 id="card-front" className={styles.front} tabIndex={-1} ref={headingRef}>{card.front}</h2>
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
        <button ref={showRef} type="button" className={`btn btn-primary ${styles.showButton}`} onClick={onShow} aria-keyshortcuts="Space">
          Show answer <kbd aria-hidden="true">Space</kbd>
        </button>
      ) : (
        <>
          <CardBack card={card} />
          <RatingButtons intervals={card.intervals} busy={busy} onRate={onRate} goodRef={goodRef} />
        </>
      )}
    </section>
  );
}

function CardBack({ card }: { card: ReviewCard }) {
  return (
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
  );
}

export function RatingButtons({
  intervals,
  busy,
  onRate,
  goodRef,
}: {
  intervals: ReviewCard["intervals"];
  busy: boolean;
  onRate: (rating: Rating) => void;
  goodRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <div className={styles.ratings} role="group" aria-label="How well did you remember?">
      {RATINGS.map((r) => (
        <button
          key={r.value}
          ref={r.value === 3 ? goodRef : undefined}
          type="button"
          className={`btn ${styles.rating} ${styles[`rate${r.name}`]}`}
          onClick={() => onRate(r.value)}
          disabled={busy}
          aria-keyshortcuts={String(r.value)}
          data-rating={r.key}
        >
          <span>
            {r.name}
            <span className="visually-hidden">, next in</span>
          </span>
          <span className={styles.interval} data-testid={`interval-${r.key}`}>{intervals[r.key]}</span>
          <kbd aria-hidden="true">{r.value}</kbd>
        </button>
      ))}
    </div>
  );
}

/** No card due now: either learning cards come back later today, or the day is done. */
export function ReviewDone({ queue, onCheckAgain }: { queue: ReviewQueue; onCheckAgain: () => void }) {
  const total = queue.counts.new + queue.counts.learning + queue.counts.review;
  return (
    <section className={`card ${styles.done}`} aria-labelledby="done-heading">
      {queue.learningLaterToday > 0 && queue.nextLearningDue ? (
        <>
          <h2 id="done-heading" tabIndex={-1}>Nothing due right now</h2>
          <p data-testid="next-learning">
            {queue.learningLaterToday === 1 ? "A learning card is" : `${queue.learningLaterToday} learning cards are left; the next is`} due at{" "}
            <time dateTime={queue.nextLearningDue}>{timeOf(queue.nextLearningDue, queue.day.timeZone)}</time>.{" "}
            {queue.learnAheadMinutes > 0
              ? `This page will show it from ${timeOf(new Date(new Date(queue.nextLearningDue).getTime() - queue.learnAheadMinutes * 60_000).toISOString(), queue.day.timeZone)} (learn-ahead ${queue.learnAheadMinutes} min), no need to reload.`
              : "This page will show it then, no need to reload."}
          </p>
          <button type="button" className="btn" onClick={onCheckAgain}>Check again</button>
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
  );
}
