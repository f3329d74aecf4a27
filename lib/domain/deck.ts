// The deck browser's vocabulary, written once: Anki's colour flags, the state filters and the sort
// keys. The API's query schema, the browser's menus and the repository's filters derive from these.
// Pure and browser-safe.

/** Anki's card flags (0 is "no flag"); the number is what Card.flag stores. */
export const CARD_FLAGS = [
  { value: 0, name: "none", label: "No flag", colour: null },
  { value: 1, name: "red", label: "Red", colour: "#d93b3b" },
  { value: 2, name: "orange", label: "Orange", colour: "#e8871e" },
  { value: 3, name: "green", label: "Green", colour: "#2e9e44" },
  { value: 4, name: "blue", label: "Blue", colour: "#2f6fd6" },
  { value: 5, name: "pink", label: "Pink", colour: "#d957b5" },
  { value: 6, name: "turquoise", label: "Turquoise", colour: "#1fa7a0" },
  { value: 7, name: "purple", label: "Purple", colour: "#7c4dcc" },
] as const;
export type CardFlag = (typeof CARD_FLAGS)[number]["value"];
export const MAX_CARD_FLAG = 7;

/**
 * What the state filter offers. new/learning/review/relearning are the FSRS state (suspended and
 * buried cards included, as Anki's is:new etc.); suspended and buried are the card's own marks.
 */
export const DECK_STATE_FILTERS = ["new", "learning", "review", "relearning", "suspended", "buried"] as const;
export type DeckStateFilter = (typeof DECK_STATE_FILTERS)[number];

/** The columns the browser sorts by; each has a (userId, column, id) index. */
export const DECK_SORTS = ["due", "difficulty", "stability", "lapses"] as const;
export type DeckSort = (typeof DECK_SORTS)[number];

export const DECK_SORT_LABELS: Record<DeckSort, string> = {
  due: "Due",
  difficulty: "Difficulty",
  stability: "Stability",
  lapses: "Lapses",
};

/** What one action on a selection of cards does. */
export const CARD_ACTIONS = ["suspend", "unsuspend", "bury", "unbury", "reset", "flag", "delete"] as const;
export type CardActionName = (typeof CARD_ACTIONS)[number];
export type CardAction = { kind: Exclude<CardActionName, "flag"> } | { kind: "flag"; flag: number };

/** The most cards one bulk action may name. */
export const MAX_BULK_CARDS = 500;
