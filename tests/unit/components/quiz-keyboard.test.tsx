// @vitest-environment happy-dom
// Quiz keys: 1–4 pick an option, Enter submits a picked option and continues after feedback; the
// text field, buttons and links keep their own Enter; nothing once the results are on screen.
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { quizKeyAction, useQuizKeyboard, type QuizKeyState } from "@/components/quiz/useQuizKeyboard";

afterEach(cleanup);

const question: QuizKeyState = { active: true, phase: "question", choices: 4, selected: null };
const input = (type: string) => Object.assign(document.createElement("input"), { type });

describe("quizKeyAction", () => {
  it("digits pick an existing option, not one past the last", () => {
    expect(quizKeyAction({ key: "1" }, question)).toEqual({ kind: "choose", index: 0 });
    expect(quizKeyAction({ key: "4" }, question)).toEqual({ kind: "choose", index: 3 });
    expect(quizKeyAction({ key: "3" }, { ...question, choices: 2 })).toBeNull();
    expect(quizKeyAction({ key: "0" }, question)).toBeNull();
  });

  it("digits pick from a focused radio but are typed into the text field", () => {
    expect(quizKeyAction({ key: "2", target: input("radio") }, question)).toEqual({ kind: "choose", index: 1 });
    expect(quizKeyAction({ key: "2", target: input("text") }, { ...question, choices: null })).toBeNull();
    expect(quizKeyAction({ key: "2", target: input("text") }, question)).toBeNull();
  });

  it("Enter submits only once an option is picked", () => {
    expect(quizKeyAction({ key: "Enter" }, question)).toBeNull();
    expect(quizKeyAction({ key: "Enter" }, { ...question, selected: 2 })).toEqual({ kind: "submit" });
    expect(quizKeyAction({ key: "Enter", target: input("radio") }, { ...question, selected: 2 })).toEqual({ kind: "submit" });
  });

  it("Enter in the text field is left to the form (it submits natively)", () => {
    expect(quizKeyAction({ key: "Enter", target: input("text") }, { ...question, choices: null })).toBeNull();
  });

  it("Enter continues after feedback, except on a button, link or summary (their own Enter)", () => {
    const feedback: QuizKeyState = { ...question, phase: "feedback", selected: 1 };
    expect(quizKeyAction({ key: "Enter" }, feedback)).toEqual({ kind: "continue" });
    for (const tag of ["button", "a", "summary"]) expect(quizKeyAction({ key: "Enter", target: document.createElement(tag) }, feedback)).toBeNull();
    // after feedback the digits no longer change the answer
    expect(quizKeyAction({ key: "1" }, feedback)).toBeNull();
  });

  it("does nothing with modifiers, an already handled key, or once the results are shown", () => {
    expect(quizKeyAction({ key: "1", ctrlKey: true }, question)).toBeNull();
    expect(quizKeyAction({ key: "1", altKey: true }, question)).toBeNull();
    expect(quizKeyAction({ key: "1", defaultPrevented: true }, question)).toBeNull();
    expect(quizKeyAction({ key: "1" }, { ...question, active: false })).toBeNull();
  });
});

describe("useQuizKeyboard", () => {
  const press = (key: string) => {
    const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
    window.dispatchEvent(e);
    return e;
  };

  it("calls the latest handlers with the latest state (one listener for the page's life)", () => {
    const handlers = { choose: vi.fn(), submit: vi.fn(async () => undefined), continueOn: vi.fn() };
    const add = vi.spyOn(window, "addEventListener");
    const hook = renderHook((state: QuizKeyState) => useQuizKeyboard(state, handlers), { initialProps: question });
    expect(press("3").defaultPrevented).toBe(true);
    expect(handlers.choose).toHaveBeenCalledWith(2);
    expect(press("Enter").defaultPrevented).toBe(false);
    expect(handlers.submit).not.toHaveBeenCalled();

    hook.rerender({ ...question, selected: 2 });
    press("Enter");
    expect(handlers.submit).toHaveBeenCalledTimes(1);

    hook.rerender({ ...question, phase: "feedback", selected: 2 });
    press("Enter");
    expect(handlers.continueOn).toHaveBeenCalledTimes(1);
    expect(add.mock.calls.filter(([type]) => type === "keydown")).toHaveLength(1);
    add.mockRestore();
  });
});
