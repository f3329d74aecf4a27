// Input no database stores faithfully is refused before it reaches one: 400 problem+json naming the
// field (the fuzz suite finds these at random; here each case is pinned, on both databases).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { call, signUp } from "./helpers/http";
import { importArticleFiles } from "@/lib/app/import-article";
import * as classes from "@/app/api/classes/route";
import * as sets from "@/app/api/sets/route";
import * as setRoute from "@/app/api/sets/[id]/route";
import * as exportRoute from "@/app/api/sets/[id]/export/route";
import * as attempts from "@/app/api/attempts/route";
import * as answers from "@/app/api/attempts/[id]/answers/route";

const BUNDLED = "iraq-us-forces-withdrawal";
const route = (fn: unknown) => fn as Parameters<typeof call>[0];
let cleanup: () => Promise<void>;
let cookie: string;

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  await importArticleFiles([`content/articles/${BUNDLED}.md`]);
  cookie = await signUp("admin@input.test"); // admin: may create classes and sets
});
afterAll(async () => cleanup?.());

async function expectField(res: Response, field: string | RegExp, message: RegExp) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(400);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(body.errors).toContainEqual({ field: typeof field === "string" ? field : expect.stringMatching(field), message: expect.stringMatching(message) });
}

describe("unstorable input is a 400 naming the field", () => {
  it("a NUL character in a quiz answer (PostgreSQL refused it with a 500)", async () => {
    const started = await (await call(route(attempts.POST), "/api/attempts", { cookie, body: { articleSlug: BUNDLED, mode: "PRACTICE" } })).json();
    const res = await call(route(answers.POST), `/api/attempts/${started.id}/answers`, {
      cookie,
      params: { id: started.id },
      body: { questionId: started.questions[0].id, response: "Bagh\u0000dad" },
    });
    await expectField(res, "response", /NUL/);
  });

  it("a lone surrogate, escaped in the JSON text, in a class name (both databases answered 500)", async () => {
    const res = await call(route(classes.POST), "/api/classes", { cookie, rawBody: '{"name":"Class \\ud800 A"}', headers: { "content-type": "application/json" } });
    await expectField(res, "name", /lone surrogate/);
  });

  it("NUL or a lone surrogate in a key, nested fields named by their path", async () => {
    await expectField(await call(route(sets.POST), "/api/sets", { cookie, body: { title: "t", ["x\u0000"]: 1 } }), "(key)", /NUL/);
    await expectField(await call(route(sets.POST), "/api/sets", { cookie, body: { title: "t", questionIds: ["a", "b\udc00"] } }), "questionIds.1", /lone surrogate/);
  });

  it("JSON nested deeper than 32 levels", async () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const res = await call(route(sets.POST), "/api/sets", { cookie, rawBody: `{"title":"t","questionIds":${deep}}`, headers: { "content-type": "application/json" } });
    await expectField(res, /^questionIds(\.0){31}$/, /nested deeper than 32/);
  });

  it("NUL or a lone surrogate in a path parameter or a query value", async () => {
    await expectField(await call(route(setRoute.GET), "/api/sets/a%00b", { cookie, params: { id: "a\u0000b" } }), "id", /NUL/);
    await expectField(await call(route(setRoute.GET), "/api/sets/x", { cookie, params: { id: "\ud800" } }), "id", /lone surrogate/);
    await expectField(await call(route(exportRoute.GET), "/api/sets/x/export?format=gift%00", { cookie, params: { id: "x" } }), "format", /NUL/);
  });
});
