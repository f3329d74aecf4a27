// @vitest-environment happy-dom
// The review screen with the network stubbed: Space shows the back, a digit rates it once (with an
// idempotency key) and the queue is reloaded; U undoes, and "nothing to undo" disables Undo.
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReviewCard, ReviewQueue } from "@/lib/api/schemas/review";
import { ReviewSession } from "@/components/review/ReviewSession";
import { stubFetch } from "./fetch-stub";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const card = (id: string, front: string, back: string): ReviewCard => ({
  id,
  type: "SHORT_ANSWER",
  state: 0,
  front,
  choices: null,
  back,
  explanation: "",
  source: { sentence: `${back} is the answer.`, article: { slug: "iraq", title: "Iraq" } },
  intervals: { again: "1m", hard: "6m", good: "10m", easy: "5d" },
  leech: false,
});

const queue = (cards: ReviewCard[]): ReviewQueue => ({
  counts: { new: cards.length, learning: 0, review: 0 },
  cards,
  day: { dayKey: "2026-11-30", start: "2026-11-30T03:00:00.000Z", end: "2026-12-01T03:00:00.000Z", timeZone: "Europe/Berlin", dayStartHour: 4 },
  learningLaterToday: 0,
  nextLearningDue: null,
  learnAheadMinutes: 20,
  tomorrow: { review: 3, new: 20 },
});

const first = card("c1", "Capital of Iraq?", "Baghdad");
const second = card("c2", "Prime minister of Iraq?", "al-Sudani");
const cardState = { id: "c1", due: "2026-11-30T10:10:00.000Z", stability: 1, difficulty: 5, state: 1, reps: 1, lapses: 0, leech: false, suspended: false };
const key = (k: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: k });

describe("ReviewSession", () => {
  it("shows the back on Space, rates with 3 once, reloads the counts and announces it", async () => {
    const net = stubFetch({
      "GET /api/auth/get-session": { body: { user: { id: "u1" } } },
      "POST /api/review": { body: { card: cardState, duplicate: false, leech: false } },
      "GET /api/review/queue": { body: queue([second]) },
    });
    render(<ReviewSession initial={queue([first, second])} detectTimeZone={false} />);
    expect(screen.getByTestId("count-new").textContent).toBe("2");
    const showButton = screen.getByRole("button", { name: /Show answer/ });
    await waitFor(() => expect(document.activeElement).toBe(showButton));

    key("3"); // not shown yet: no rating
    expect(net.calls).toHaveLength(0);
    fireEvent.keyDown(document.body, { key: " " });
    expect(screen.getByTestId("card-back").textContent).toContain("Baghdad");
    expect(screen.getByRole("status").textContent).toBe("Answer: Baghdad");
    await waitFor(() => expect(document.activeElement?.getAttribute("data-rating")).toBe("good"));
    expect(screen.getByTestId("interval-good").textContent).toBe("10m");

    key("3");
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Prime minister of Iraq?"));
    const [rated] = net.to("POST /api/review");
    expect(rated.body).toMatchObject({ cardId: "c1", rating: 3 });
    expect((rated.body as { key: string }).key.length).toBeGreaterThanOrEqual(8);
    expect(net.to("GET /api/review/queue")).toHaveLength(1);
    expect(screen.getByTestId("count-new").textContent).toBe("1");
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Rated Good; next in 10m. 1 left today."));
    expect(screen.queryByTestId("card-back")).toBeNull();
  });

  it("U brings the undone card back first; with nothing left to undo, Undo is disabled", async () => {
    let undone = false;
    const net = stubFetch({
      "POST /api/review/undo": () =>
        undone ? { status: 409, body: { title: "Nothing to undo", status: 409 } } : ((undone = true), { body: { card: { ...cardState, id: "c2" }, rating: 1 } }),
      "GET /api/review/queue": { body: queue([first, second]) },
    });
    render(<ReviewSession initial={queue([first])} detectTimeZone={false} />);
    key("u");
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Prime minister of Iraq?"));
    expect(screen.getByRole("status").textContent).toBe("Undid Again rating.");

    key("U");
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Nothing left to undo today."));
    expect(net.to("POST /api/review/undo")).toHaveLength(2);
    expect((screen.getByRole("button", { name: /Undo/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the day is done, with tomorrow's forecast, when no card is left", () => {
    stubFetch({});
    render(<ReviewSession initial={queue([])} detectTimeZone={false} />);
    expect(screen.getByRole("heading", { name: "Done for today" })).toBeTruthy();
    expect(screen.getByTestId("tomorrow-review").textContent).toBe("3");
    expect(screen.getByTestId("tomorrow-new").textContent).toBe("20");
  });

  it("with only later learning cards left, says when and looks again by itself when one is due", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      vi.setSystemTime(new Date("2026-11-30T10:00:00.000Z"));
      // due in 25 minutes: learn-ahead lets it in 20 minutes early, so the page looks again in 5
      const later = { ...queue([]), learningLaterToday: 1, nextLearningDue: "2026-11-30T10:25:00.000Z" };
      const net = stubFetch({ "GET /api/review/queue": { body: queue([first]) } });
      render(<ReviewSession initial={later} detectTimeZone={false} />);
      expect(screen.getByRole("heading", { name: "Nothing due right now" })).toBeTruthy();
      expect(screen.getByTestId("next-learning").textContent).toMatch(/A learning card is due at 11:25 AM\. This page will show it from 11:05 AM \(learn-ahead 20 min\)/);

      await act(async () => {
        vi.advanceTimersByTime(4 * 60_000);
      });
      expect(net.calls).toHaveLength(0);
      await act(async () => {
        vi.advanceTimersByTime(60_000);
      });
      expect(net.to("GET /api/review/queue")).toHaveLength(1);
      expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Capital of Iraq?");
    } finally {
      vi.useRealTimers();
    }
  });

  it("with learn-ahead 0, looks again at the due time itself, and again a second later if the server says not yet", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      vi.setSystemTime(new Date("2026-11-30T10:00:00.000Z"));
      const later = { ...queue([]), learningLaterToday: 1, nextLearningDue: "2026-11-30T10:01:00.000Z", learnAheadMinutes: 0 };
      let answers = 0;
      const net = stubFetch({ "GET /api/review/queue": () => ({ body: ++answers === 1 ? later : queue([first]) }) });
      render(<ReviewSession initial={later} detectTimeZone={false} />);
      expect(screen.getByTestId("next-learning").textContent).toMatch(/due at 11:01 AM\. This page will show it then/);
      await act(async () => {
        vi.advanceTimersByTime(59_000);
      });
      expect(net.calls).toHaveLength(0);
      await act(async () => {
        vi.advanceTimersByTime(1_500);
      });
      expect(net.to("GET /api/review/queue")).toHaveLength(1);
      expect(screen.getByRole("heading", { name: "Nothing due right now" })).toBeTruthy();
      await act(async () => {
        vi.advanceTimersByTime(1_500);
      });
      expect(net.to("GET /api/review/queue")).toHaveLength(2);
      expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Capital of Iraq?");
    } finally {
      vi.useRealTimers();
    }
  });

  it("invites a learner without cards to add some", () => {
    render(<ReviewSession initial={null} detectTimeZone={false} />);
    expect(screen.getByText("You have no flashcards yet.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Browse articles" }).getAttribute("href")).toBe("/");
  });

  it("a session that ends while reviewing says so (no new guest session), with a sign-in link back", async () => {
    const net = stubFetch({ "POST /api/review": { status: 401, body: { status: 401, title: "Unauthorized" } } });
    render(<ReviewSession initial={queue([first, second])} detectTimeZone={false} />);
    fireEvent.keyDown(document.body, { key: " " });
    key("3");
    const ended = await screen.findByTestId("session-ended");
    expect(ended.textContent).toContain("Your session has ended — sign in");
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in?next=%2Freview");
    expect(net.to("POST /api/auth/sign-in/anonymous")).toHaveLength(0);
    expect(screen.queryByText("You have no flashcards yet.")).toBeNull();
  });
});
