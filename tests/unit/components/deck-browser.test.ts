// The deck browser's pure parts: its keys, its due labels, the query a filter set sends, and the
// cursor the server hands out (refused when it belongs to another sort or is not ours).
import { describe, expect, it } from "vitest";
import { deckKeyAction, relativeDue } from "@/components/deck/deck-keys";
import { NO_FILTERS, filterQuery } from "@/components/deck/DeckBrowser";
import { decodeCursor, encodeCursor } from "@/lib/app/card-browser";
import { cardListQuery } from "@/lib/api/schemas/deck";

const el = (tagName: string, type?: string) => ({ tagName, type, isContentEditable: false }) as unknown as EventTarget;

describe("deckKeyAction", () => {
  it("maps the browser's keys", () => {
    expect(deckKeyAction({ key: "j" })).toEqual({ kind: "move", by: 1 });
    expect(deckKeyAction({ key: "ArrowUp" })).toEqual({ kind: "move", by: -1 });
    expect(deckKeyAction({ key: "x" })).toEqual({ kind: "toggle-select" });
    expect(deckKeyAction({ key: "s" })).toEqual({ kind: "suspend" });
    expect(deckKeyAction({ key: "#" })).toEqual({ kind: "delete" });
    expect(deckKeyAction({ key: "Delete" })).toEqual({ kind: "delete" });
    expect(deckKeyAction({ key: "5" })).toEqual({ kind: "flag", flag: 5 });
    expect(deckKeyAction({ key: "0" })).toEqual({ kind: "flag", flag: 0 });
    expect(deckKeyAction({ key: "8" })).toBeNull();
    expect(deckKeyAction({ key: "/" })).toEqual({ kind: "search" });
  });

  it("leaves keys alone while typing, with modifiers, and Enter/Space on a focused button", () => {
    expect(deckKeyAction({ key: "j", target: el("INPUT", "search") })).toBeNull();
    expect(deckKeyAction({ key: "s", target: el("SELECT") })).toBeNull();
    expect(deckKeyAction({ key: "j", target: el("INPUT", "checkbox") })).toEqual({ kind: "move", by: 1 });
    expect(deckKeyAction({ key: "r", ctrlKey: true })).toBeNull();
    expect(deckKeyAction({ key: "Enter", target: el("BUTTON") })).toBeNull();
    expect(deckKeyAction({ key: "Enter", target: el("LI") })).toEqual({ kind: "open" });
  });
});

describe("relativeDue", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it("says how far the due date is", () => {
    expect(relativeDue("2026-03-01T12:00:20Z", now)).toBe("now");
    expect(relativeDue("2026-03-01T12:10:00Z", now)).toBe("in 10m");
    expect(relativeDue("2026-03-01T07:00:00Z", now)).toBe("5h ago");
    expect(relativeDue("2026-03-04T12:00:00Z", now)).toBe("in 3d");
    expect(relativeDue("2028-03-01T12:00:00Z", now)).toBe("in 2.0y");
  });
});

describe("the list query", () => {
  it("sends only the filters that are set, and the server's schema accepts it", () => {
    const q = filterQuery({ ...NO_FILTERS, q: "  Baghdad ", state: "suspended", flag: "3", leech: "true", sort: "lapses", order: "desc" }, "abc", 20);
    expect(q).toEqual({ q: "Baghdad", article: undefined, set: undefined, state: "suspended", flag: "3", leech: "true", sort: "lapses", order: "desc", cursor: "abc", limit: 20 });
    const sent = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    expect(cardListQuery.parse(sent)).toMatchObject({ q: "Baghdad", state: "suspended", flag: 3, leech: true, sort: "lapses", order: "desc", limit: 20 });
    expect(cardListQuery.parse({})).toMatchObject({ sort: "due", order: "asc", limit: 50 });
  });

  it("a cursor round-trips for its own sort and order only", () => {
    const c = encodeCursor({ sort: "due", order: "asc", value: 1_772_000_000_000, id: "card1" });
    expect(decodeCursor(c, "due", "asc")).toEqual({ sort: "due", order: "asc", value: 1_772_000_000_000, id: "card1" });
    expect(decodeCursor(c, "due", "desc")).toBeNull();
    expect(decodeCursor(c, "lapses", "asc")).toBeNull();
    expect(decodeCursor("not-a-cursor", "due", "asc")).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify(["due", "asc", "x", "id"])).toString("base64url"), "due", "asc")).toBeNull();
  });
});
