"use client";
// One card in full: front, back, choices, source sentence, memory state (S, D, retrievability now)
// and its review history, with the actions for it.
import type { Ref } from "react";
import type { CardDetail } from "@/lib/api/schemas/deck";
import { CARD_FLAGS, type CardActionName } from "@/lib/domain/deck";
import { ratingName, relativeDue, stateName } from "./deck-keys";
import styles from "./Deck.module.css";

export function CardDetailPanel({
  ref,
  card,
  opened,
  onClose,
  onAction,
  busy,
}: {
  ref?: Ref<HTMLElement>;
  card: CardDetail | null;
  opened: boolean;
  onClose: () => void;
  onAction: (action: CardActionName, flag?: number) => void;
  busy: boolean;
}) {
  return (
    <section ref={ref} className={`card ${styles.detail} ${opened ? styles.opened : styles.closed}`} aria-labelledby="card-detail-heading" data-testid="card-detail">
      {!card ? (
        <p className="muted" id="card-detail-heading" style={{ margin: 0 }}>Pick a card to see it in full.</p>
      ) : (
        <>
          <div className="row" style={{ justifyContent: "space-between", alignItems: "flex-start" }}>
            <h2 id="card-detail-heading">{card.front}</h2>
            <button type="button" className={`btn btn-small ${styles.closeButton}`} onClick={onClose}>Back to list</button>
          </div>
          <div>
            <div className="small muted">Answer</div>
            <div style={{ fontWeight: 700, overflowWrap: "anywhere" }}>{card.back}</div>
            {card.choices && <div className="small muted">Choices: {card.choices.join(" · ")}</div>}
            {card.explanation && <p className="small" style={{ margin: "0.3rem 0 0" }}>{card.explanation}</p>}
          </div>
          <blockquote className={styles.source}>
            {card.sourceSentence}
            {card.article && (
              <div className="small" style={{ fontFamily: "var(--font)" }}>
                — <a href={`/articles/${card.article.slug}`}>{card.article.title}</a>
              </div>
            )}
          </blockquote>
          <dl className={styles.stats} aria-label="Memory state">
            <div><dt>State</dt><dd>{stateName(card.state)}{card.suspended ? " · suspended" : ""}{card.buriedUntil ? " · buried" : ""}</dd></div>
            <div><dt>Due</dt><dd title={new Date(card.due).toLocaleString()}>{relativeDue(card.due, new Date())}</dd></div>
            <div><dt>Recall now (R)</dt><dd>{card.retrievability === null ? "—" : `${(card.retrievability * 100).toFixed(1)}%`}</dd></div>
            <div><dt>Stability (S)</dt><dd>{card.state === 0 ? "—" : `${card.stability.toFixed(2)} d`}</dd></div>
            <div><dt>Difficulty (D)</dt><dd>{card.state === 0 ? "—" : card.difficulty.toFixed(2)}</dd></div>
            <div><dt>Reviews · lapses</dt><dd>{card.reps} · {card.lapses}{card.leech ? " (leech)" : ""}</dd></div>
          </dl>
          <div className={styles.actions} role="group" aria-label="Card actions">
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => onAction(card.suspended ? "unsuspend" : "suspend")}>
              {card.suspended ? "Unsuspend" : "Suspend"} <kbd>s</kbd>
            </button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => onAction(card.buriedUntil ? "unbury" : "bury")}>
              {card.buriedUntil ? "Unbury" : "Bury"} <kbd>b</kbd>
            </button>
            <button type="button" className="btn btn-small" disabled={busy || card.state === 0} onClick={() => onAction("reset")}>
              Reset to new <kbd>r</kbd>
            </button>
            <label className="small">
              <span className={styles.srOnly}>Flag</span>
              <select className="btn btn-small" value={String(card.flag)} disabled={busy} onChange={(e) => onAction("flag", Number(e.target.value))}>
                {CARD_FLAGS.map((f) => (
                  <option key={f.value} value={String(f.value)}>{f.value === 0 ? "No flag" : `${f.label} flag`}</option>
                ))}
              </select>
            </label>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => onAction("delete")}>
              Delete <kbd>#</kbd>
            </button>
          </div>
          <div>
            <h3 style={{ fontSize: "1rem", margin: "0 0 0.3rem" }}>History</h3>
            {card.history.length === 0 ? (
              <p className="small muted" style={{ margin: 0 }}>Not reviewed yet.</p>
            ) : (
              <div style={{ overflowX: "auto" }}>
                <table className={styles.history}>
                  <thead>
                    <tr><th scope="col">When</th><th scope="col">Answer</th><th scope="col">Was</th><th scope="col">Gap</th><th scope="col">Time</th></tr>
                  </thead>
                  <tbody>
                    {card.history.map((h, i) => (
                      <tr key={i} className={h.undone ? styles.undone : undefined} title={h.undone ? "undone" : undefined}>
                        <td>{new Date(h.reviewedAt).toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" })}</td>
                        <td>{ratingName(h.rating)}{h.undone ? " (undone)" : ""}</td>
                        <td>{stateName(h.state)}</td>
                        <td>{h.rating === 0 ? "" : `${h.elapsedDays}d`}</td>
                        <td>{h.durationMs ? `${Math.round(h.durationMs / 1000)}s` : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
