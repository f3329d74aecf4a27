// @vitest-environment happy-dom
// The article page's text: the file's headings as headings under the page title, its list items as
// one list per run, and plain paragraphs for an article stored before outlines were kept.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/ArticleBody";

afterEach(cleanup);

describe("ArticleBody", () => {
  it("shows headings and a list where the file had them", () => {
    render(
      <ArticleBody
        paragraphs={["Measles is an illness.", "They include:", "a high temperature", "a cough", "A rash appears."]}
        outline={{ headings: [{ paragraph: 1, level: 2, text: "What are the symptoms?" }, { paragraph: 4, level: 3, text: "Later" }], listItems: [2, 3] }}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "What are the symptoms?" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Later" })).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["a high temperature", "a cough"]);
    expect(screen.getAllByRole("list")).toHaveLength(1);
  });

  it("shows only paragraphs without an outline", () => {
    const { container } = render(<ArticleBody paragraphs={["One.", "Two."]} />);
    expect([...container.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["One.", "Two."]);
    expect(container.querySelector("h2, h3, ul")).toBeNull();
  });
});
