// @vitest-environment happy-dom
// "Add to my flashcards" beside an article: a guest's first add starts a guest session; a signed-in
// learner whose session has ended is told so (with a sign-in link back) and no guest is created.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AddToDeckButton } from "@/components/review/AddToDeckButton";
import { stubFetch } from "./fetch-stub";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const unauthorized = { status: 401, body: { status: 401, title: "Unauthorized", detail: "Sign in (or continue as a guest) first." } };

async function clickAdd() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Add to my flashcards: Iraq" }));
  });
}

describe("AddToDeckButton", () => {
  it("signed in, session gone: says the session has ended, links back, and creates no guest", async () => {
    const net = stubFetch({
      "GET /api/auth/get-session": { body: null },
      "POST /api/auth/sign-in/anonymous": { body: { user: { id: "guest" } } },
      "POST /api/deck": unauthorized,
    });
    render(<AddToDeckButton articleSlug="iraq" title="Iraq" signedIn returnTo="/articles/iraq" />);
    await clickAdd();
    const ended = await screen.findByTestId("session-ended");
    expect(ended.textContent).toContain("Your session has ended — sign in");
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in?next=%2Farticles%2Firaq");
    expect(net.to("POST /api/auth/sign-in/anonymous")).toHaveLength(0);
  });

  it("a guest page starts a guest session before the first add", async () => {
    const net = stubFetch({
      "GET /api/auth/get-session": { body: null },
      "POST /api/auth/sign-in/anonymous": { body: { user: { id: "guest" } } },
      "POST /api/deck": { body: { added: 3, total: 3 } },
    });
    render(<AddToDeckButton articleSlug="iraq" title="Iraq" />);
    await clickAdd();
    expect((await screen.findByRole("status")).textContent).toContain("Added 3 cards to your flashcards.");
    expect(net.to("POST /api/auth/sign-in/anonymous")).toHaveLength(1);
    expect(net.to("POST /api/deck")).toEqual([{ route: "POST /api/deck", body: { articleSlug: "iraq" } }]);
  });
});
