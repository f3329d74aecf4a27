// The deck browser's keys, as a pure function of the key press (unit-tested without a DOM):
// j/k or ↓/↑ move, Home/End jump, x (or Space) selects, Enter opens, s suspends/unsuspends,
// b buries, r resets, Delete/# deletes, 1–7 flag, 0 unflags, a selects all shown, / searches,
// Esc clears the selection.

export type DeckKeyAction =
  | { kind: "move"; by: number }
  | { kind: "first" }
  | { kind: "last" }
  | { kind: "toggle-select" }
  | { kind: "select-all" }
  | { kind: "clear" }
  | { kind: "open" }
  | { kind: "suspend" }
  | { kind: "bury" }
  | { kind: "reset" }
  | { kind: "delete" }
  | { kind: "flag"; flag: number }
  | { kind: "search" };

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** What a key press means in the card list, or null when the page (or a focused field) should handle it. */
export function deckKeyAction(e: KeyLike): DeckKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const target = (e.target ?? null) as HTMLElement | null;
  const tag = target?.tagName ?? "";
  const typing = !!target && (target.isContentEditable || tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && (target as HTMLInputElement).type !== "checkbox"));
  if (typing) return null;
  // a focused button or link handles its own Space/Enter
  if ((e.key === " " || e.key === "Enter") && (tag === "BUTTON" || tag === "A")) return null;
  switch (e.key) {
    case "j":
    case "ArrowDown":
      return { kind: "move", by: 1 };
    case "k":
    case "ArrowUp":
      return { kind: "move", by: -1 };
    case "Home":
      return { kind: "first" };
    case "End":
      return { kind: "last" };
    case "x":
    case " ":
      return { kind: "toggle-select" };
    case "a":
      return { kind: "select-all" };
    case "Escape":
      return { kind: "clear" };
    case "Enter":
    case "o":
      return { kind: "open" };
    case "s":
      return { kind: "suspend" };
    case "b":
      return { kind: "bury" };
    case "r":
      return { kind: "reset" };
    case "Delete":
    case "#":
      return { kind: "delete" };
    case "/":
      return { kind: "search" };
  }
  if (/^[0-7]$/.test(e.key)) return { kind: "flag", flag: Number(e.key) };
  return null;
}

const STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;
export const stateName = (state: number): string => STATE_NAMES[state] ?? "?";

/** "now", "in 3d", "2d ago", "in 5h": how far a due date is from `now`. */
export function relativeDue(dueIso: string, now: Date): string {
  const ms = Date.parse(dueIso) - now.getTime();
  const abs = Math.abs(ms);
  const min = abs / 60_000;
  let span: string;
  if (min < 1) return "now";
  if (min < 60) span = `${Math.round(min)}m`;
  else if (min < 60 * 24) span = `${Math.round(min / 60)}h`;
  else if (min < 60 * 24 * 365) span = `${Math.round(min / 1440)}d`;
  else span = `${(min / 525_600).toFixed(1)}y`;
  return ms > 0 ? `in ${span}` : `${span} ago`;
}

const RATING_NAMES = ["Reset", "Again", "Hard", "Good", "Easy"] as const;
export const ratingName = (rating: number): string => RATING_NAMES[rating] ?? String(rating);
