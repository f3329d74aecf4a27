// @vitest-environment happy-dom
// The quiz screen with the network stubbed: keys pick and submit, the server's verdict is shown and
// announced, focus moves to "Next", a blank typed answer is asked about first, "I was right", an ended session.
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QuizRunner } from "@/components/quiz/QuizRunner";
import type { AttemptView } from "@/components/quiz/types";
import { stubFetch } from "./fetch-stub";

// The results screen navigates with the app router, which a unit test does not mount.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const attempt = (over: Partial<AttemptView> = {}): AttemptView => ({
  id: "att1",
  mode: "PRACTICE",
  status: "IN_PROGRESS",
  title: "Iraq quiz",
  article: { slug: "iraq", title: "Iraq" },
  set: null,
  options: { count: 2, types: ["MCQ", "SHORT_ANSWER"], shuffle: false, timer: false, retryOf: null },
  startedAt: "2026-11-30T10:00:00.000Z",
  finishedAt: null,
  assignment: null,
  deadlineAt: null,
  questions: [
    { id: "q1", type: "MCQ", prompt: "Which city is the capital of Iraq?", choices: ["Basra", "Baghdad", "Mosul", "Erbil"] },
    { id: "q2", type: "SHORT_ANSWER", prompt: "Who is the prime minister?" },
  ],
  answers: [],
  position: 0,
  results: null,
  ...over,
});

const key = (k: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: k });

describe("QuizRunner", () => {
  it("PRACTICE by keyboard: a digit picks, Enter checks, the verdict is shown, Enter moves on", async () => {
    const net = stubFetch({
      "POST /api/attempts/att1/answers": { body: { questionId: "q1", response: "Mosul", correct: false, verdict: "wrong", expected: "Baghdad" } },
    });
    render(<QuizRunner initial={attempt()} />);
    expect(screen.getByTestId("position").textContent).toBe("Question 1 of 2");
    const radios = screen.getAllByRole("radio");
    expect(document.activeElement).toBe(radios[0]);

    key("3");
    expect((radios[2] as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(radios[2]);
    key("Enter");

    const feedback = await screen.findByTestId("feedback");
    expect(net.to("POST /api/attempts/att1/answers")).toEqual([{ route: "POST /api/attempts/att1/answers", body: { questionId: "q1", response: "Mosul" } }]);
    expect(feedback.dataset.verdict).toBe("wrong");
    expect(feedback.textContent).toContain("Baghdad");
    expect(screen.getByRole("status").textContent).toBe("Wrong. The answer is Baghdad.");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Next question" })));
    // the progress bar counts questions passed, not answered correctly
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0");

    // Enter on the focused button is the button's own (a click): the page's handler leaves it alone
    key("Enter");
    expect(screen.getByTestId("position").textContent).toBe("Question 1 of 2");
    // anywhere else, Enter continues
    fireEvent.keyDown(document.body, { key: "Enter" });
    expect(screen.getByTestId("position").textContent).toBe("Question 2 of 2");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Your answer")));
  });

  it("asks for an option before checking a multiple-choice question, without a request", async () => {
    const net = stubFetch({});
    render(<QuizRunner initial={attempt()} />);
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Choose an answer first (keys 1–4).");
    expect(net.calls).toHaveLength(0);
    key("2"); // picking by key clears the message
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("asks before saving a blank typed answer (as choice questions do); \"I don't know\" saves it blank", async () => {
    const net = stubFetch({
      "POST /api/attempts/att1/answers": { body: { questionId: "q2", response: "", correct: false, verdict: "wrong", expected: "al-Sudani" } },
    });
    render(<QuizRunner initial={attempt({ answers: [{ questionId: "q1", response: "Baghdad" }], position: 1 })} />);
    const field = screen.getByLabelText("Your answer");
    fireEvent.change(field, { target: { value: "   " } });
    fireEvent.submit(field.closest("form")!);
    expect((await screen.findByRole("alert")).textContent).toBe("Type an answer first, or choose “I don't know” to leave it blank.");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(net.calls).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "I don't know" }));
    await screen.findByTestId("feedback");
    expect(net.to("POST /api/attempts/att1/answers")[0].body).toEqual({ questionId: "q2", response: "" });
    expect(screen.getByTestId("feedback").textContent).toContain("(left blank)");
  });

  it("PRACTICE: \"I was right\" after a wrong verdict sends the override and marks the answer", async () => {
    const net = stubFetch({
      "POST /api/attempts/att1/answers": { body: { questionId: "q1", response: "Mosul", correct: false, verdict: "wrong", expected: "Baghdad" } },
      "POST /api/attempts/att1/answers/q1/override": { body: { questionId: "q1", response: "Mosul", correct: true, verdict: "wrong", overridden: true } },
    });
    render(<QuizRunner initial={attempt()} />);
    key("3");
    key("Enter");
    await screen.findByTestId("feedback");
    fireEvent.click(screen.getByRole("button", { name: "I was right" }));
    expect((await screen.findByTestId("overridden")).textContent).toContain("You marked this right");
    expect(net.to("POST /api/attempts/att1/answers/q1/override")).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "I was right" })).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Marked right. It counts as correct.");
  });

  it("a session that ends mid-quiz says so, with a sign-in link back to the quiz", async () => {
    stubFetch({ "POST /api/attempts/att1/answers": { status: 401, body: { status: 401, title: "Unauthorized", detail: "Sign in (or continue as a guest) first." } } });
    render(<QuizRunner initial={attempt()} />);
    key("2");
    key("Enter");
    const ended = await screen.findByTestId("session-ended");
    expect(ended.textContent).toContain("Your session has ended — sign in");
    expect(ended.textContent).not.toContain("continue as a guest");
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in?next=%2Fquiz%2Fatt1");
  });

  it("an answer refused because the time limit ran out shows the results of the handed-in attempt", async () => {
    const net = stubFetch({
      "POST /api/attempts/att1/answers": {
        status: 409,
        body: { status: 409, title: "Conflict", detail: "Time is up: this attempt has ended and was handed in with the answers given so far." },
      },
      "POST /api/attempts/att1/finish": { body: { score: 0, max: 2, items: [] } },
    });
    // the client's clock still shows time left; the server's deadline decides
    render(<QuizRunner initial={attempt({ mode: "TEST", deadlineAt: "2999-01-01T00:00:00.000Z" })} />);
    key("2");
    await act(async () => {
      key("Enter");
    });
    await waitFor(() => expect(screen.getAllByRole("status")[0].textContent).toBe("Test submitted. Score 0 out of 2."));
    expect(net.to("POST /api/attempts/att1/finish")).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText(/Time is up/)).toBeNull();
  });

  it("TEST: saves silently, then finishing with questions left asks first and shows the score", async () => {
    const net = stubFetch({
      "POST /api/attempts/att1/answers": { body: { questionId: "q1", response: "Baghdad" } },
      "POST /api/attempts/att1/finish": { body: { score: 1, max: 2, items: [] } },
    });
    render(<QuizRunner initial={attempt({ mode: "TEST" })} />);
    key("2");
    key("Enter");
    await waitFor(() => expect(screen.getByTestId("position").textContent).toBe("Question 2 of 2"));
    expect(screen.queryByTestId("feedback")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Answer saved. Question 2 of 2.");

    fireEvent.click(screen.getByRole("button", { name: "Submit test" }));
    expect(screen.getByText("1 question is not answered and will count as wrong.")).toBeTruthy();
    expect(net.to("POST /api/attempts/att1/finish")).toHaveLength(0);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Submit test anyway" }));
    });
    // the runner's live region comes first; the results bring one of their own
    await waitFor(() => expect(screen.getAllByRole("status")[0].textContent).toBe("Test submitted. Score 1 out of 2."));
    expect(net.to("POST /api/attempts/att1/finish")).toHaveLength(1);
    expect(screen.getByTestId("position").textContent).toBe("2 of 2 done");
  });
});
