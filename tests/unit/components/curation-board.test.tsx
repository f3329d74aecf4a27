// @vitest-environment happy-dom
// The curation board with the network stubbed: filters, a decision by key with its status line,
// a refused request shown as the server's detail, j/k between cards, and a bad score refused locally.
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CurationBoard, listKeyTarget } from "@/components/teacher/CurationBoard";
import type { TeacherQuestion } from "@/components/teacher/curation-api";
import { filterQuestions } from "@/components/teacher/useCuration";
import { stubFetch } from "./fetch-stub";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  refresh.mockClear();
});

const question = (id: string, status: TeacherQuestion["status"], over: Partial<TeacherQuestion> = {}): TeacherQuestion => ({
  id,
  key: `k-${id}`,
  type: "SHORT_ANSWER",
  prompt: `Question ${id}?`,
  answer: `Answer ${id}`,
  acceptedAnswers: [],
  explanation: "",
  source: { sentenceIndex: 0, start: 0, end: 6, sentence: `Answer ${id} is right.` },
  answerType: "term",
  factKey: `f-${id}`,
  difficulty: 0.5,
  score: 0.7,
  status,
  edited: false,
  generatorVersion: "gen-1",
  ...over,
});

const article = { slug: "iraq", title: "Iraq", sentences: [{ index: 0, text: "Answer q1 is right." }] };
const questions = [question("q1", "DRAFT"), question("q2", "APPROVED", { type: "MCQ", choices: ["a", "b"] }), question("q3", "RETIRED")];
const cards = () => [...document.querySelectorAll<HTMLElement>("[data-question-card]")];

describe("filterQuestions and listKeyTarget", () => {
  it("'LIVE' hides retired questions; a status or type narrows", () => {
    expect(filterQuestions(questions, "LIVE", "ALL").map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(filterQuestions(questions, "RETIRED", "ALL").map((q) => q.id)).toEqual(["q3"]);
    expect(filterQuestions(questions, "LIVE", "MCQ").map((q) => q.id)).toEqual(["q2"]);
    expect(filterQuestions(questions, "DRAFT", "MCQ")).toEqual([]);
  });

  it("j/ArrowDown and k/ArrowUp move one card, stopping at the ends", () => {
    expect(listKeyTarget("j", 0, 3)).toBe(1);
    expect(listKeyTarget("ArrowDown", 2, 3)).toBe(2);
    expect(listKeyTarget("k", 0, 3)).toBe(0);
    expect(listKeyTarget("ArrowUp", 2, 3)).toBe(1);
    expect(listKeyTarget("x", 1, 3)).toBeNull();
    expect(listKeyTarget("j", -1, 3)).toBeNull();
  });
});

describe("CurationBoard", () => {
  it("counts by status, filters, and moves between cards with j and k", () => {
    render(<CurationBoard article={article} questions={questions} />);
    expect(screen.getByLabelText("Questions by status").textContent).toBe("1 draft1 approved0 rejected1 retired");
    expect(screen.getByRole("heading", { name: /Questions/ }).textContent).toBe("Questions (2 shown)");
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "RETIRED" } });
    expect(cards().map((c) => c.textContent?.includes("Question q3?"))).toEqual([true]);

    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "LIVE" } });
    const [one, two] = cards();
    one.focus();
    fireEvent.keyDown(one, { key: "j" });
    expect(document.activeElement).toBe(two);
    fireEvent.keyDown(two, { key: "k" });
    expect(document.activeElement).toBe(one);
  });

  it("'a' on a focused card approves it and says so; a refused change shows the server's detail", async () => {
    const net = stubFetch({
      "POST /api/questions/q1/status": () => ({ body: { question: question("q1", "APPROVED") } }),
      "POST /api/questions/q2/status": { status: 409, body: { title: "Conflict", status: 409, detail: "This question is in a published set." } },
    });
    render(<CurationBoard article={article} questions={questions} />);
    const [one, two] = cards();
    await act(async () => {
      fireEvent.keyDown(one, { key: "a" });
    });
    expect(net.to("POST /api/questions/q1/status")[0].body).toEqual({ status: "APPROVED" });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Approved: “Question q1?”"));
    expect(screen.getByLabelText("Questions by status").textContent).toContain("0 draft2 approved");

    await act(async () => {
      fireEvent.keyDown(two, { key: "r" });
    });
    await waitFor(() => expect(screen.getByText("This question is in a published set.")).toBeTruthy());
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("refuses a score outside 0–1 without a request, and refreshes after approving above one", async () => {
    const net = stubFetch({ "POST /api/teacher/articles/iraq/approve": { body: { approved: 4 } } });
    render(<CurationBoard article={article} questions={questions} />);
    const score = screen.getByLabelText("Approve drafts scoring at least");
    fireEvent.change(score, { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Approve all above" }));
    expect(screen.getByText("The score is a number from 0 to 1.")).toBeTruthy();
    expect(net.calls).toHaveLength(0);

    fireEvent.change(score, { target: { value: "0.8" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Approve all above" }));
    });
    expect(net.to("POST /api/teacher/articles/iraq/approve")[0].body).toEqual({ minScore: 0.8 });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Approved 4 draft questions scoring 0.8 or more."));
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
