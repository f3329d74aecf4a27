// @vitest-environment happy-dom
// Forms that call sets/classes routes through the typed client (call(spec)): the request each
// sends, and what the learner or teacher sees of the answer.
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JoinClassForm } from "@/components/classes/JoinClassForm";
import { NewSetForm } from "@/components/sets/NewSetForm";
import { stubFetch } from "./fetch-stub";

const router = { push: vi.fn(), refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  router.push.mockClear();
  router.refresh.mockClear();
});

const session = { "GET /api/auth/get-session": { body: { user: { id: "u1" } } } };
const classSummary = { id: "c1", name: "Year 10", teacher: { id: "t1", name: "T" }, memberCount: 3, setCount: 1 };

describe("JoinClassForm", () => {
  it("joins with the typed code and names the class", async () => {
    const net = stubFetch({ ...session, "POST /api/classes/join": { body: classSummary } });
    render(<JoinClassForm />);
    fireEvent.change(screen.getByLabelText(/Class code/), { target: { value: "ABC123" } });
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Join class" }).closest("form")!);
    });
    expect(net.to("POST /api/classes/join")[0].body).toEqual({ code: "ABC123" });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("You are in “Year 10”."));
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });

  it("explains an unknown code (404) in the learner's words", async () => {
    stubFetch({ ...session, "POST /api/classes/join": { status: 404, body: { title: "Not found", status: 404 } } });
    render(<JoinClassForm />);
    fireEvent.change(screen.getByLabelText(/Class code/), { target: { value: "NOPE00" } });
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Join class" }).closest("form")!);
    });
    expect((await screen.findByRole("alert")).textContent).toMatch(/^No class has that code/);
  });
});

describe("NewSetForm", () => {
  it("creates the set by title and opens its builder", async () => {
    const net = stubFetch({ "POST /api/sets": { status: 201, body: { id: "s9" } } });
    render(<NewSetForm />);
    fireEvent.change(screen.getByLabelText("Set title"), { target: { value: "Week 3" } });
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Create set" }).closest("form")!);
    });
    expect(net.to("POST /api/sets")[0].body).toEqual({ title: "Week 3" });
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/teacher/sets/s9"));
  });
});
