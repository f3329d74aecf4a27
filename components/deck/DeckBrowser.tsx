"use client";
// The deck browser: filters on top, the learner's cards in keyset pages, the open card beside them
// (above them on a phone), and actions on the open card or on a selection. Keyboard-first: the keys
// are deckKeyAction's (components/deck/deck-keys.ts); the row that has them is focused and outlined.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { call } from "@/lib/client/api";
import { deckRoutes, type CardDetail, type CardListResult, type DeckCard } from "@/lib/api/schemas/deck";
import { CARD_FLAGS, DECK_SORTS, DECK_SORT_LABELS, DECK_STATE_FILTERS, type CardActionName } from "@/lib/domain/deck";
import { CardDetailPanel } from "./CardDetailPanel";
import { deckKeyAction, relativeDue, stateName } from "./deck-keys";
import styles from "./Deck.module.css";

export interface DeckFilters {
  q: string;
  article: string;
  set: string;
  state: string;
  flag: string;
  leech: string;
  sort: (typeof DECK_SORTS)[number];
  order: "asc" | "desc";
}
export const NO_FILTERS: DeckFilters = { q: "", article: "", set: "", state: "", flag: "", leech: "", sort: "due", order: "asc" };

const PAGE = 50;
const flagColour = (flag: number) => CARD_FLAGS.find((f) => f.value === flag)?.colour ?? null;

/** The query string of a filter set: empty filters are left out. */
export function filterQuery(f: DeckFilters, cursor?: string | null, limit = PAGE): Record<string, string | number | undefined> {
  return {
    q: f.q.trim() || undefined,
    article: f.article || undefined,
    set: f.set || undefined,
    state: f.state || undefined,
    flag: f.flag || undefined,
    leech: f.leech || undefined,
    sort: f.sort,
    order: f.order,
    cursor: cursor ?? undefined,
    limit,
  };
}

export function DeckBrowser({
  initial,
  sources,
}: {
  initial: CardListResult;
  sources: { articles: Array<{ slug: string; title: string }>; sets: Array<{ id: string; title: string }> };
}) {
  const [filters, setFilters] = useState<DeckFilters>(NO_FILTERS);
  const [cards, setCards] = useState<DeckCard[]>(initial.cards);
  const [nextCursor, setNextCursor] = useState<string | null>(initial.nextCursor);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [opened, setOpened] = useState(false);
  // the fetched detail, kept with the id it is of: it shows only while that card is the active one
  const [fetched, setFetched] = useState<CardDetail | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const rowRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const detailRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const activeCard = cards[active] ?? null;

  const load = useCallback(async (f: DeckFilters, limit = PAGE) => {
    setLoading(true);
    try {
      const page = await call(deckRoutes["GET /api/cards"], { query: filterQuery(f, null, limit), cache: "no-store" });
      setCards(page.cards);
      setNextCursor(page.nextCursor);
      setActive((i) => Math.min(i, Math.max(0, page.cards.length - 1)));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  // A filter change reloads from the first page; typing in the search box waits for a pause.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const t = setTimeout(() => {
      setActive(0);
      setSelected(new Set());
      void load(filters);
    }, 250);
    return () => clearTimeout(t);
  }, [filters, load]);

  async function loadMore() {
    if (!nextCursor) return;
    setLoading(true);
    try {
      const page = await call(deckRoutes["GET /api/cards"], { query: filterQuery(filters, nextCursor), cache: "no-store" });
      setCards((c) => [...c, ...page.cards]);
      setNextCursor(page.nextCursor);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }

  // The open card's detail follows the active row.
  const activeId = activeCard?.id ?? null;
  const detail = fetched && fetched.id === activeId ? fetched : null;
  useEffect(() => {
    if (!activeId) return;
    const abort = new AbortController();
    call(deckRoutes["GET /api/cards/{id}"], { params: { id: activeId }, signal: abort.signal, cache: "no-store" })
      .then(setFetched)
      .catch((e: Error) => {
        if (e.name !== "AbortError") setError(e.message);
      });
    return () => abort.abort();
  }, [activeId]);

  const focusRow = useCallback((i: number) => {
    setActive(i);
    requestAnimationFrame(() => rowRefs.current[i]?.focus());
  }, []);

  /** The cards an action applies to: the selection, or else the active card. */
  const targets = useMemo(() => (selected.size > 0 ? cards.filter((c) => selected.has(c.id)) : activeCard ? [activeCard] : []), [selected, cards, activeCard]);

  const act = useCallback(
    async (action: CardActionName, flag?: number) => {
      const ids = targets.map((c) => c.id);
      if (ids.length === 0) return;
      const what = ids.length === 1 ? "this card" : `these ${ids.length} cards`;
      if (action === "delete" && !window.confirm(`Delete ${what} and its review history? This cannot be undone.`)) return;
      if (action === "reset" && !window.confirm(`Reset ${what} to new? The memory state is forgotten (the history is kept).`)) return;
      try {
        if (selected.size === 0 && ids.length === 1) {
          // one card: its own routes, which answer with the card as it now is
          const id = ids[0];
          if (action === "delete") {
            await call(deckRoutes["DELETE /api/cards/{id}"], { params: { id } });
            setCards((c) => c.filter((x) => x.id !== id));
            setActive((i) => Math.max(0, Math.min(i, cards.length - 2)));
          } else {
            const updated =
              action === "reset"
                ? await call(deckRoutes["POST /api/cards/{id}/reset"], { params: { id } })
                : await call(deckRoutes["PATCH /api/cards/{id}"], {
                    params: { id },
                    json:
                      action === "flag"
                        ? { flag: flag ?? 0 }
                        : action === "suspend" || action === "unsuspend"
                          ? { suspended: action === "suspend" }
                          : { buried: action === "bury" },
                  });
            setCards((c) => c.map((x) => (x.id === id ? { ...x, ...pickListFields(updated) } : x)));
            setFetched(updated);
          }
          setStatus(doneMessage(action, 1, flag));
        } else {
          const { changed } = await call(deckRoutes["POST /api/cards/bulk"], { json: { ids, action, ...(action === "flag" ? { flag: flag ?? 0 } : {}) } });
          setSelected(new Set());
          setStatus(doneMessage(action, changed, flag));
          await load(filters, Math.min(200, Math.max(PAGE, cards.length)));
        }
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [targets, selected.size, cards.length, filters, load],
  );

  const toggleSelect = useCallback((id: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const action = deckKeyAction(e);
      if (!action) return;
      if (action.kind === "search") {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (cards.length === 0) return;
      e.preventDefault();
      switch (action.kind) {
        case "move":
          focusRow(Math.max(0, Math.min(cards.length - 1, active + action.by)));
          break;
        case "first":
          focusRow(0);
          break;
        case "last":
          focusRow(cards.length - 1);
          break;
        case "toggle-select":
          if (activeCard) toggleSelect(activeCard.id);
          break;
        case "select-all":
          setSelected(new Set(cards.map((c) => c.id)));
          break;
        case "clear":
          setSelected(new Set());
          break;
        case "open":
          setOpened(true);
          requestAnimationFrame(() => detailRef.current?.scrollIntoView({ block: "nearest" }));
          break;
        case "suspend":
          void act(targets.every((c) => c.suspended) ? "unsuspend" : "suspend");
          break;
        case "bury":
          void act(targets.every((c) => c.buriedUntil) ? "unbury" : "bury");
          break;
        case "reset":
          void act("reset");
          break;
        case "delete":
          void act("delete");
          break;
        case "flag":
          void act("flag", action.flag);
          break;
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [cards, active, activeCard, targets, act, focusRow, toggleSelect]);

  const set = <K extends keyof DeckFilters>(key: K, value: DeckFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <div className="stack" style={{ gap: "0.6rem" }}>
      <form className={styles.filters} role="search" aria-label="Filter your cards" onSubmit={(e) => e.preventDefault()}>
        <label className={styles.search}>
          <span>
            Search front and back <kbd>/</kbd>
          </span>
          <input ref={searchRef} type="search" value={filters.q} maxLength={200} onChange={(e) => set("q", e.target.value)} placeholder="e.g. Baghdad" />
        </label>
        <label>
          Article
          <select value={filters.article} onChange={(e) => set("article", e.target.value)}>
            <option value="">All articles</option>
            {sources.articles.map((a) => (
              <option key={a.slug} value={a.slug}>{a.title}</option>
            ))}
          </select>
        </label>
        <label>
          Set
          <select value={filters.set} onChange={(e) => set("set", e.target.value)}>
            <option value="">All sets</option>
            {sources.sets.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
        </label>
        <label>
          State
          <select value={filters.state} onChange={(e) => set("state", e.target.value)}>
            <option value="">Any state</option>
            {DECK_STATE_FILTERS.map((s) => (
              <option key={s} value={s}>{s[0].toUpperCase() + s.slice(1)}</option>
            ))}
          </select>
        </label>
        <label>
          Flag
          <select value={filters.flag} onChange={(e) => set("flag", e.target.value)}>
            <option value="">Any flag</option>
            {CARD_FLAGS.map((f) => (
              <option key={f.value} value={String(f.value)}>{f.label}</option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select value={filters.sort} onChange={(e) => set("sort", e.target.value as DeckFilters["sort"])}>
            {DECK_SORTS.map((s) => (
              <option key={s} value={s}>{DECK_SORT_LABELS[s]}</option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select value={filters.order} onChange={(e) => set("order", e.target.value as DeckFilters["order"])}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </label>
        <label className={styles.checkLabel}>
          <input type="checkbox" checked={filters.leech === "true"} onChange={(e) => set("leech", e.target.checked ? "true" : "")} />
          Leeches only
        </label>
      </form>

      <p className={styles.srOnly} role="status" aria-live="polite">{status}</p>
      {error && <p role="alert" className="small" style={{ color: "var(--bad)", margin: 0 }}>{error}</p>}

      <div className={styles.layout}>
        <section aria-label="Cards" style={{ minWidth: 0 }}>
          {selected.size > 0 && (
            <div className={styles.bulk} role="toolbar" aria-label="Actions on the selected cards">
              <strong>{selected.size} selected</strong>
              <button type="button" className="btn btn-small" onClick={() => void act("suspend")}>Suspend</button>
              <button type="button" className="btn btn-small" onClick={() => void act("unsuspend")}>Unsuspend</button>
              <button type="button" className="btn btn-small" onClick={() => void act("bury")}>Bury</button>
              <button type="button" className="btn btn-small" onClick={() => void act("reset")}>Reset</button>
              <label className="small">
                <span className={styles.srOnly}>Flag the selected cards</span>
                <select className="btn btn-small" value="" onChange={(e) => e.target.value !== "" && void act("flag", Number(e.target.value))}>
                  <option value="">Flag…</option>
                  {CARD_FLAGS.map((f) => (
                    <option key={f.value} value={String(f.value)}>{f.label}</option>
                  ))}
                </select>
              </label>
              <button type="button" className="btn btn-small" onClick={() => void act("delete")}>Delete</button>
              <button type="button" className="btn btn-small btn-link" onClick={() => setSelected(new Set())}>Clear</button>
            </div>
          )}
          {cards.length === 0 ? (
            <p className="muted">{loading ? "Loading…" : "No cards match. Add an article’s questions to your flashcards from its page."}</p>
          ) : (
            <ul className={styles.list} aria-label="Your cards" aria-busy={loading}>
              {cards.map((c, i) => {
                const colour = flagColour(c.flag);
                return (
                  <li
                    key={c.id}
                    className={`${styles.row} ${i === active ? styles.active : ""} ${selected.has(c.id) ? styles.selected : ""}`}
                    data-card-id={c.id}
                    onClick={() => {
                      setActive(i);
                      setOpened(true);
                    }}
                  >
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      checked={selected.has(c.id)}
                      aria-label={`Select: ${c.front}`}
                      onClick={(e) => e.stopPropagation()}
                      onChange={() => toggleSelect(c.id)}
                    />
                    <span className={styles.flagDot} style={colour ? { background: colour } : { borderColor: "var(--border)" }} title={colour ? `${CARD_FLAGS[c.flag].label} flag` : "No flag"} />
                    <button
                      type="button"
                      ref={(el) => {
                        rowRefs.current[i] = el;
                      }}
                      tabIndex={i === active ? 0 : -1}
                      className={styles.rowButton}
                      aria-current={i === active ? "true" : undefined}
                      onFocus={() => setActive(i)}
                      onClick={(e) => {
                        e.stopPropagation();
                        setActive(i);
                        setOpened(true);
                        requestAnimationFrame(() => detailRef.current?.scrollIntoView({ block: "nearest" }));
                      }}
                    >
                      <span className={styles.text}>
                        <span className={styles.front}>{c.front}</span>
                        <span className={styles.back}>{c.back}</span>
                      </span>
                    </button>
                    <span className={styles.meta}>
                      <span className="tag">{stateName(c.state)}</span>
                      {c.suspended && <span className={`tag ${styles.tagSuspended}`}>Suspended</span>}
                      {c.buriedUntil && <span className="tag">Buried</span>}
                      {c.leech && <span className={`tag ${styles.tagLeech}`}>Leech</span>}
                      <span className={styles.numbers} title={new Date(c.due).toLocaleString()}>due {relativeDue(c.due, new Date())}</span>
                      {c.state !== 0 && <span className={styles.numbers}>D {c.difficulty.toFixed(1)} · S {c.stability.toFixed(1)}d</span>}
                      {c.lapses > 0 && <span className={styles.numbers}>{c.lapses} lapses</span>}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <div className={styles.more}>
            {nextCursor && (
              <button type="button" className="btn btn-small" onClick={() => void loadMore()} disabled={loading}>
                {loading ? "Loading…" : "Show more"}
              </button>
            )}
          </div>
          <p className={styles.keys}>
            <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>x</kbd> select · <kbd>a</kbd> all · <kbd>Enter</kbd> open · <kbd>s</kbd> suspend · <kbd>b</kbd> bury ·{" "}
            <kbd>r</kbd> reset · <kbd>#</kbd> delete · <kbd>1</kbd>–<kbd>7</kbd> flag, <kbd>0</kbd> unflag · <kbd>/</kbd> search · <kbd>Esc</kbd> clear
          </p>
        </section>
        <CardDetailPanel ref={detailRef} card={detail} opened={opened} onClose={() => { setOpened(false); focusRow(active); }} onAction={(a, flag) => void act(a, flag)} busy={loading} />
      </div>
    </div>
  );
}

function pickListFields(d: CardDetail): DeckCard {
  const { id, type, front, back, article, state, due, stability, difficulty, reps, lapses, suspended, buriedUntil, flag, leech } = d;
  return { id, type, front, back, article, state, due, stability, difficulty, reps, lapses, suspended, buriedUntil, flag, leech };
}

function doneMessage(action: CardActionName, n: number, flag?: number): string {
  const cards = n === 1 ? "1 card" : `${n} cards`;
  switch (action) {
    case "suspend": return `Suspended ${cards}.`;
    case "unsuspend": return `Unsuspended ${cards}.`;
    case "bury": return `Buried ${cards} until tomorrow.`;
    case "unbury": return `Unburied ${cards}.`;
    case "reset": return `Reset ${cards} to new.`;
    case "delete": return `Deleted ${cards}.`;
    case "flag": return flag ? `Flagged ${cards} ${CARD_FLAGS[flag].label.toLowerCase()}.` : `Unflagged ${cards}.`;
  }
}
