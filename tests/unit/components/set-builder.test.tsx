// @vitest-environment happy-dom
// The set builder with the network stubbed: moving and removing keep keyboard focus on the list,
// a question whose fact is already in the set asks first, "add all" keeps one per fact, and saving
// sends the whole ordered list through PATCH /api/sets/{id} and shows what the server kept.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SetBuilder } from "@/components/sets/SetBuilder";
import { onePerFact } from "@/components/sets/useSetBuilder";
import type { PoolArticle, PoolQuestion, SetDetail } from "@/lib/domain/sets";
import { stubFetch } from "./fetch-stub";

const router = { push: vi.fn(), refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  router.refresh.mockClear();
});

const article = { slug: "iraq", title: "Iraq" };
const q = (n: number, siblingIds: string[] = []): PoolQuestion => ({ id: `q${n}`, type: "SHORT_ANSWER", prompt: `Question ${n}?`, answer: `A${n}`, score: 0.5 + n / 100, siblingIds });
// q4 asks q1's fact, q6 asks q5's
const POOL_QUESTIONS = [q(1, ["q4"]), q(2), q(3), q(4, ["q1"]), q(5, ["q6"]), q(6, ["q5"])];
const pool: PoolArticle[] = [{ ...article, questions: POOL_QUESTIONS }];
const item = (n: number, position: number) => {
  const { id, type, prompt, answer, score } = POOL_QUESTIONS[n - 1];
  return { questionId: id, position, type, prompt, answer, score, status: "APPROVED", article };
};
const detail = (over: Partial<SetDetail> = {}): SetDetail => ({
  id: "s1", slug: "week-3", title: "Week 3", description: "", visibility: "PRIVATE", owner: { id: "t1", name: "Ann" },
  questionCount: 3, classes: [], updatedAt: "2026-11-30T10:00:00.000Z", items: [item(1, 0), item(2, 1), item(3, 2)], mayEdit: true, ...over,
});

const setList = () => screen.getByRole("heading", { name: /^Questions in this set/ }).parentElement!.querySelector("ol")!;
const order = () => within(setList()).queryAllByRole("listitem").map((li) => li.querySelector("p")!.textContent);
const status = () => screen.getAllByRole("status").map((s) => s.textContent).join("");

describe("SetBuilder", () => {
  it("moves a question with its arrows, says where it went, and keeps focus on the moved question", () => {
    render(<SetBuilder set={detail()} pool={pool} />);
    fireEvent.click(screen.getByRole("button", { name: "Move question 1 down" }));
    expect(order()).toEqual(["Question 2?", "Question 1?", "Question 3?"]);
    expect(status()).toBe("Moved to position 2 of 3.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move question 2 down" }));
    // at the bottom "down" is disabled: focus lands on "up" instead of being lost
    fireEvent.click(screen.getByRole("button", { name: "Move question 2 down" }));
    expect(order()).toEqual(["Question 2?", "Question 3?", "Question 1?"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move question 3 up" }));
    expect(screen.getByText("Unsaved changes.")).toBeTruthy();
  });

  it("after a removal focuses the neighbour's remove button, and the heading once the list is empty", () => {
    render(<SetBuilder set={detail({ items: [item(1, 0), item(2, 1)] })} pool={pool} />);
    fireEvent.click(screen.getByRole("button", { name: "Remove question 1" }));
    expect(order()).toEqual(["Question 2?"]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remove question 1" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove question 1" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Questions in this set (0)" }));
    expect(status()).toBe("Removed from the set (not saved yet).");
  });

  it("asks before adding a question whose fact is in the set: Escape says no, Add anyway adds it", async () => {
    render(<SetBuilder set={detail()} pool={pool} />);
    const add4 = screen.getByRole("button", { name: "Add: Question 4?" });
    expect(add4.closest("li")!.textContent).toContain("Asks the same fact as question 1 in the set.");
    fireEvent.click(add4);
    const warning = screen.getByRole("alertdialog");
    expect(warning.textContent).toContain("This asks the same fact as “Question 1?” already in the set — add anyway?");
    expect(document.activeElement).toBe(within(warning).getByRole("button", { name: "Add anyway" }));
    expect(add4.getAttribute("aria-expanded")).toBe("true");
    expect(order()).toHaveLength(3);

    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(status()).toBe("Not added.");
    await waitFor(() => expect(document.activeElement).toBe(add4));

    fireEvent.click(add4);
    fireEvent.click(screen.getByRole("button", { name: "Add anyway" }));
    expect(order()).toEqual(["Question 1?", "Question 2?", "Question 3?", "Question 4?"]);
    expect(status()).toBe("Added as question 4.");
    expect((screen.getByRole("button", { name: "Added: Question 4?" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("adds all shown one per fact and says how many siblings it skipped", () => {
    render(<SetBuilder set={detail({ items: [item(1, 0)] })} pool={pool} />);
    fireEvent.click(screen.getByRole("button", { name: "Add all shown (one per fact)" }));
    expect(order()).toEqual(["Question 1?", "Question 2?", "Question 3?", "Question 5?"]);
    expect(status()).toBe(
      "Added 3 questions. Skipped 2 that ask the same fact as a question in the set (one item per fact); add one by itself if you want it anyway.",
    );
  });

  it("saves the details and the ordered list, then shows what the server kept", async () => {
    const net = stubFetch({
      "PATCH /api/sets/s1": (body) => ({ body: { ...detail(), ...(body as object), title: "Week 3 (final)", items: [item(2, 0), item(1, 1)] } }),
    });
    render(<SetBuilder set={detail()} pool={pool} />);
    const save = screen.getByRole("button", { name: "Save set" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const leave = () => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);

    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Week 3 (final) " } });
    fireEvent.click(screen.getByRole("radio", { name: /Public/ }));
    fireEvent.click(screen.getByRole("button", { name: "Remove question 3" }));
    expect(leave()).toBe(true); // unsaved changes: the browser asks before leaving
    await act(async () => {
      fireEvent.click(save);
    });

    expect(net.to("PATCH /api/sets/s1").map((c) => c.body)).toEqual([
      { title: "Week 3 (final) ", description: "", visibility: "PUBLIC", questionIds: ["q1", "q2"] },
    ]);
    await waitFor(() => expect(screen.getByText("All changes saved.")).toBeTruthy());
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Week 3 (final)");
    expect(order()).toEqual(["Question 2?", "Question 1?"]);
    expect(status()).toBe("Saved.");
    expect(router.refresh).toHaveBeenCalledTimes(1);
    expect(leave()).toBe(false);
  });

  it("shows a refused save with its field errors and keeps the changes", async () => {
    stubFetch({
      "PATCH /api/sets/s1": { status: 422, body: { title: "Unprocessable", status: 422, detail: "Some questions cannot go in this set.", errors: [{ field: "questionIds.0", message: "not approved" }] } },
    });
    render(<SetBuilder set={detail()} pool={pool} />);
    fireEvent.click(screen.getByRole("button", { name: "Remove question 3" }));
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Save set" }).closest("form")!);
    });
    expect((await screen.findByRole("alert")).textContent).toBe("Some questions cannot go in this set. questionIds.0: not approved");
    expect(screen.getByText("Unsaved changes.")).toBeTruthy();
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("is read-only for a class teacher who does not own the set", () => {
    render(<SetBuilder set={detail({ mayEdit: false })} pool={pool} />);
    expect(screen.getByText(/This set belongs to Ann/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });
});

describe("onePerFact", () => {
  it("skips questions in the set and siblings of those in or taken in the same pass", () => {
    const { fresh, siblings } = onePerFact(POOL_QUESTIONS, new Set(["q2"]));
    expect(fresh.map((x) => x.id)).toEqual(["q1", "q3", "q5"]);
    expect(siblings).toBe(2);
  });
});
