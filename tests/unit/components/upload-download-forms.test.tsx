// @vitest-environment happy-dom
// The forms that send files or fetch them, through the typed client: pasted text goes as JSON and a
// file as multipart; a refusal's field errors sit next to their fields; an export is saved as a
// file and what the format left out is listed; deleting a set already gone counts as deleted.
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OwnArticleForm } from "@/components/articles/OwnArticleForm";
import { DeleteSetButton } from "@/components/sets/DeleteSetButton";
import { ExportPanel } from "@/components/sets/ExportPanel";
import { ImportForm } from "@/components/teacher/ImportForm";
import { stubFetch } from "./fetch-stub";

const router = { push: vi.fn(), refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  router.push.mockClear();
  router.refresh.mockClear();
});

const regenerated = { created: 7, updated: 0, kept: 0, retired: 0 };
const workspaceArticle = { slug: "volcano", title: "The volcano" };
const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({ status, body: { title: "Bad request", status, detail, errors } });

/** Puts a file in a file input as a person choosing it would. */
function choose(input: HTMLElement, file: File) {
  const el = input as HTMLInputElement;
  // happy-dom's FileList is an array of its own kind; a fresh one keeps FormData(form) reading it
  const list = new (el.files!.constructor as new () => File[])();
  list.push(file);
  (el as unknown as { files: File[] }).files = list;
  fireEvent.change(el);
}

/** The message a field's aria-describedby points at. */
const describedBy = (field: HTMLElement) => document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent;

describe("ImportForm", () => {
  it("sends pasted text as JSON and links to the imported article's questions", async () => {
    const net = stubFetch({ "POST /api/teacher/articles": { status: 201, body: { article: workspaceArticle, questions: regenerated, duplicate: false } } });
    render(<ImportForm />);
    fireEvent.change(screen.getByLabelText(/^Article text/), { target: { value: "The volcano\n\nIt erupted in 1815." } });
    fireEvent.change(screen.getByLabelText(/^Tags/), { target: { value: "geology, , history " } });
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Import and generate questions" }).closest("form")!);
    });
    expect(net.to("POST /api/teacher/articles").map((c) => c.body)).toEqual([{ text: "The volcano\n\nIt erupted in 1815.", tags: ["geology", "history"] }]);
    expect(net.requests[0].headers.get("content-type")).toBe("application/json");
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Imported The volcano with 7 draft questions."));
    expect(screen.getByRole("link", { name: "Review its questions" }).getAttribute("href")).toBe("/teacher/articles/volcano");
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });

  it("puts each field error next to its field and the detail in the alert", async () => {
    stubFetch({ "POST /api/teacher/articles": problem(400, "The text could not be imported.", [{ field: "text", message: "line 3: binary content" }, { field: "tags", message: "at most 20 tags" }]) });
    render(<ImportForm />);
    fireEvent.change(screen.getByLabelText(/^Article text/), { target: { value: "x\u0000y" } });
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Import and generate questions" }).closest("form")!);
    });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The text could not be imported."));
    const text = screen.getByLabelText(/^Article text/);
    expect(text.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(text)).toBe("line 3: binary content");
    expect(describedBy(screen.getByLabelText(/^Tags/))).toBe("at most 20 tags");
    expect(screen.getByLabelText(/^Title/).getAttribute("aria-invalid")).toBe("false");
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("uploads a file as multipart (the browser writes the boundary) and says when the server is unreachable", async () => {
    const net = stubFetch({ "POST /api/teacher/articles": { body: { article: workspaceArticle, questions: regenerated, duplicate: true } } });
    render(<ImportForm />);
    fireEvent.click(screen.getByRole("button", { name: "Upload a file" }));
    const input = screen.getByLabelText(/^Article file/);
    choose(input, new File(["---\ntitle: The volcano\n---\nIt erupted."], "volcano.md", { type: "text/markdown" }));
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Upload and generate questions" }).closest("form")!);
    });
    const sent = net.requests[0];
    expect(sent.body).toBeInstanceOf(FormData);
    expect(((sent.body as FormData).get("file") as File).name).toBe("volcano.md");
    expect(sent.headers.has("content-type")).toBe(false);
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("You had already imported this text: The volcano."));

    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("Failed to fetch"); }));
    choose(input, new File(["Again."], "again.txt", { type: "text/plain" }));
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Upload and generate questions" }).closest("form")!);
    });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The server could not be reached. Check your connection and try again."));
  });
});

describe("OwnArticleForm", () => {
  const own = { article: { slug: "my-notes", title: "My notes" }, questions: regenerated, approved: 5, duplicate: false };

  it("sends pasted text and a title as JSON and offers the quiz", async () => {
    const net = stubFetch({ "POST /api/me/articles": { status: 201, body: own } });
    render(<OwnArticleForm />);
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: " My notes " } });
    fireEvent.change(screen.getByLabelText(/^Text/), { target: { value: "Paris is the capital of France." } });
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Make questions" }).closest("form")!);
    });
    expect(net.to("POST /api/me/articles").map((c) => c.body)).toEqual([{ text: "Paris is the capital of France.", title: "My notes" }]);
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Added: My notes — 5 questions ready."));
    expect(screen.getByRole("link", { name: "Quiz me on it" }).getAttribute("href")).toBe("/quiz/new?article=my-notes");
  });

  it("uploads a chosen file as multipart and shows the server's refusal at the file field", async () => {
    const net = stubFetch({ "POST /api/me/articles": problem(422, "That file is not text.", [{ field: "file", message: "line 1: binary content" }]) });
    render(<OwnArticleForm />);
    const input = screen.getByLabelText(/^Or upload a file/);
    choose(input, new File(["\u0000\u0001"], "photo.txt", { type: "text/plain" }));
    await act(async () => {
      fireEvent.submit(screen.getByRole("button", { name: "Make questions" }).closest("form")!);
    });
    const form = net.requests[0].body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect([(form.get("file") as File).name, form.get("title")]).toEqual(["photo.txt", null]);
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("That file is not text."));
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(input)).toBe("line 1: binary content");
  });
});

describe("ExportPanel", () => {
  beforeEach(() => {
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:export");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  });

  it("saves the file under the server's name and lists what the format left out", async () => {
    const skipped = [{ key: "k1", prompt: "Which year?", reason: "GIFT cannot express this question type" }];
    const net = stubFetch({
      "GET /api/sets/s1/export": {
        raw: "::q1:: Which city? {=Baghdad}",
        headers: {
          "content-type": "text/plain; charset=utf-8",
          "content-disposition": `attachment; filename="week-3.txt"; filename*=UTF-8''week%E2%80%913.txt`,
          "X-Factdeck-Skipped": encodeURIComponent(JSON.stringify(skipped)),
        },
      },
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<ExportPanel setId="s1" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Moodle GIFT/ }));
    });
    expect(net.requests[0].query).toEqual({ format: "gift" });
    expect(clicked).toEqual(["week‑3.txt"]);
    const report = await screen.findByText(/^Downloaded/);
    expect(report.textContent).toContain("Downloaded week‑3.txt (Moodle GIFT). 1 question was left out:");
    expect(screen.getByRole("listitem").textContent).toBe("Which year? — GIFT cannot express this question type");
  });

  it("shows a refused export's detail", async () => {
    stubFetch({ "GET /api/sets/s1/export": problem(404, "No such set.") });
    render(<ExportPanel setId="s1" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Moodle GIFT/ }));
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("No such set."));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});

describe("DeleteSetButton", () => {
  const click = async () => {
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Delete set" }));
    });
  };

  it("deletes after the confirmation and goes back to the sets; a set already gone counts as deleted", async () => {
    window.confirm = vi.fn(() => true);
    const net = stubFetch({ "DELETE /api/sets/s1": { status: 204 } });
    render(<DeleteSetButton setId="s1" title="Week 3" />);
    await click();
    expect(net.to("DELETE /api/sets/s1")).toHaveLength(1);
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/teacher/sets"));

    router.push.mockClear();
    stubFetch({ "DELETE /api/sets/s1": { status: 404, body: { title: "Not found", status: 404 } } });
    await click();
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/teacher/sets"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("asks first, and shows a refusal instead of leaving", async () => {
    const confirm = vi.fn((_message?: string) => false);
    window.confirm = confirm;
    const net = stubFetch({ "DELETE /api/sets/s1": { status: 503, body: { title: "Service unavailable", status: 503, detail: "The database is not reachable." } } });
    render(<DeleteSetButton setId="s1" title="Week 3" />);
    await click();
    expect(confirm.mock.calls[0][0]).toMatch(/^Delete “Week 3”\?/);
    expect(net.calls).toHaveLength(0);

    confirm.mockReturnValue(true);
    await click();
    expect((await screen.findByRole("alert")).textContent).toBe("The database is not reachable.");
    expect(router.push).not.toHaveBeenCalled();
  });
});
