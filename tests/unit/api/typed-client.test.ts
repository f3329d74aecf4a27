// The browser's typed client (lib/client/api.ts) at the network edge: what each call sends, what it
// resolves with, and the ApiProblem it rejects with — for JSON, multipart and file downloads.
import { afterEach, describe, expect, it, vi } from "vitest";
import { setRoutes } from "@/lib/api/schemas/sets";
import { teacherRoutes } from "@/lib/api/schemas/teacher";
import { ApiProblem, attachmentName, call, download } from "@/lib/client/api";

afterEach(() => vi.unstubAllGlobals());

/** fetch answering `response` once; the request is kept for inspection. */
function answer(response: Response) {
  const fetch = vi.fn(async (_input: string | URL | Request, _init?: RequestInit) => response);
  vi.stubGlobal("fetch", fetch);
  return () => {
    const [input, init = {}] = fetch.mock.calls[0];
    return { url: String(input), init, headers: new Headers(init.headers) };
  };
}

const problem = (status: number, body: unknown, type = "application/problem+json") =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "content-type": type } });

describe("call", () => {
  it("sends a JSON body with its content type to the spec's method and path", async () => {
    const sent = answer(Response.json({ id: "s1", title: "Week 3" }));
    const set = await call(setRoutes["PATCH /api/sets/{id}"], { params: { id: "s 1" }, json: { title: "Week 3" } });
    expect(set).toEqual({ id: "s1", title: "Week 3" });
    const { url, init, headers } = sent();
    expect([init.method, url]).toEqual(["PATCH", "/api/sets/s%201"]);
    expect(headers.get("content-type")).toBe("application/json");
    expect(init.body).toBe('{"title":"Week 3"}');
  });

  it("sends a FormData body as is, leaving the multipart content type (and boundary) to fetch", async () => {
    const sent = answer(Response.json({ duplicate: false }, { status: 201 }));
    const form = new FormData();
    form.set("file", new File(["# Title\n\nBody."], "notes.md", { type: "text/markdown" }));
    await call(teacherRoutes["POST /api/teacher/articles"], { form });
    const { init, headers } = sent();
    expect(init.body).toBe(form);
    expect(headers.has("content-type")).toBe(false);
  });

  it("resolves a 204 with undefined", async () => {
    answer(new Response(null, { status: 204 }));
    await expect(call(setRoutes["DELETE /api/sets/{id}"], { params: { id: "s1" } })).resolves.toBeUndefined();
  });

  it("rejects with an ApiProblem carrying status, detail and the field list", async () => {
    answer(problem(400, { title: "Bad request", status: 400, detail: "Check the fields.", errors: [{ field: "title", message: "give the set a title" }, { field: 3 }] }));
    const err = await call(setRoutes["PATCH /api/sets/{id}"], { params: { id: "s1" }, json: { title: "" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiProblem);
    const p = err as ApiProblem;
    expect([p.status, p.title, p.detail, p.message]).toEqual([400, "Bad request", "Check the fields.", "Check the fields."]);
    // the malformed entry is dropped, not shown as "undefined"
    expect(p.errors).toEqual([{ field: "title", message: "give the set a title" }]);
    expect(p.fieldMessages()).toEqual({ title: "give the set a title" });
  });

  it("turns a body that is not problem+json (a proxy's page) into an ApiProblem naming the status", async () => {
    answer(problem(502, "<html>Bad gateway</html>", "text/html"));
    const err = (await call(setRoutes["GET /api/sets"]).catch((e: unknown) => e)) as ApiProblem;
    expect(err).toBeInstanceOf(ApiProblem);
    expect([err.status, err.message, err.errors]).toEqual([502, "Request failed (502)", undefined]);
  });

  it("lets a network failure through as fetch's own error, not an ApiProblem", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("Failed to fetch"); }));
    const err = await call(setRoutes["GET /api/sets"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(err).not.toBeInstanceOf(ApiProblem);
  });
});

describe("download", () => {
  const EXPORT = setRoutes["GET /api/sets/{id}/export"];

  it("resolves with the file's bytes, its attachment name and the answer's headers", async () => {
    const sent = answer(
      new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
        headers: {
          "content-type": "application/zip",
          "content-disposition": `attachment; filename="set.zip"; filename*=UTF-8''%C3%9Cbung.zip`,
          "x-factdeck-skipped": encodeURIComponent(JSON.stringify([{ key: "k", prompt: "p", reason: "r" }])),
        },
      }),
    );
    const file = await download(EXPORT, { params: { id: "s1" }, query: { format: "qti", paper: undefined } });
    expect(sent().url).toBe("/api/sets/s1/export?format=qti");
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(file.filename).toBe("Übung.zip");
    expect(JSON.parse(decodeURIComponent(file.headers.get("X-Factdeck-Skipped")!))).toEqual([{ key: "k", prompt: "p", reason: "r" }]);
  });

  it("rejects a refused export with its problem, like call", async () => {
    answer(problem(400, { title: "Bad request", status: 400, detail: "term: use tab or comma", errors: [{ field: "term", message: "use tab or comma" }] }));
    const err = (await download(EXPORT, { params: { id: "s1" }, query: { format: "quizlet", term: "abc" } }).catch((e: unknown) => e)) as ApiProblem;
    expect(err).toBeInstanceOf(ApiProblem);
    expect(err.fieldMessages()).toEqual({ term: "use tab or comma" });
  });
});

describe("attachmentName", () => {
  it("prefers filename*, falls back to filename, and to null", () => {
    expect(attachmentName(`attachment; filename="a.txt"; filename*=UTF-8''%E2%80%9Cq%E2%80%9D.txt`)).toBe("“q”.txt");
    expect(attachmentName(`attachment; filename="plain.gift"`)).toBe("plain.gift");
    expect(attachmentName(`attachment; filename*=UTF-8''%E0%A4; filename="fallback.csv"`)).toBe("fallback.csv");
    expect(attachmentName(null)).toBeNull();
  });
});
