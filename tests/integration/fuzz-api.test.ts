// The API fuzzed from its own OpenAPI document: every documented route, every role (anonymous, guest,
// learner, teacher, admin — two of each kind of user, so other people's objects are probed with real
// ids), bodies that are valid, nearly valid or hostile (NUL, lone surrogates, deep nesting, wrong
// types, wrong content types), hostile path parameters and query strings. Fixed seed, so a failure
// replays. The bar: no 5xx at all, and every 4xx is application/problem+json.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "./helpers/db";
import { auth, call, guest, ORIGIN, signUp } from "./helpers/http";
import { bodyCase, harvest, HOSTILE_STRINGS, paramValue, prng, type Pools } from "./helpers/fuzz";
import { buildOpenApi } from "@/lib/api/openapi";
import { importArticleFiles } from "@/lib/app/import-article";
import { setRole } from "@/lib/db/users";

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3200);
const BUNDLED = "iraq-us-forces-withdrawal";

type Handler = Parameters<typeof call>[0];
interface Operation {
  method: string;
  path: string;
  params: string[];
  query: { name: string; schema: { enum?: string[] } }[];
  body?: Record<string, unknown>;
  handler: Handler;
}
type Role = "anonymous" | "guest" | "learnerA" | "learnerB" | "teacherA" | "teacherB" | "admin";
const ROLES: Role[] = ["anonymous", "guest", "learnerA", "learnerB", "teacherA", "teacherB", "admin"];

const cookies: Record<Role, string> = { anonymous: "", guest: "", learnerA: "", learnerB: "", teacherA: "", teacherB: "", admin: "" };
const pools: Pools = {};
/** Accounts whose role the admin route may change: never the fuzzing users themselves. */
const victims: string[] = [];
let operations: Operation[] = [];
let cleanup: () => Promise<void>;

/** /api/sets/{id}/export → the kind of object its ids name. */
function kindOf(apiPath: string): string {
  if (apiPath.startsWith("/api/admin/users")) return "victim";
  if (apiPath.startsWith("/api/sets")) return "set";
  if (apiPath.startsWith("/api/classes")) return "class";
  if (apiPath.includes("attempts")) return "attempt";
  if (apiPath.startsWith("/api/questions")) return "question";
  if (apiPath.startsWith("/api/teacher/import-jobs")) return "import-job";
  if (apiPath.includes("articles")) return "article";
  if (apiPath.startsWith("/api/review") || apiPath.startsWith("/api/deck")) return "card";
  return "other";
}

async function loadOperations(): Promise<Operation[]> {
  const doc = buildOpenApi() as { paths: Record<string, Record<string, { parameters: { name: string; in: string; schema: object }[]; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>> };
  const ops: Operation[] = [];
  for (const [apiPath, methods] of Object.entries(doc.paths)) {
    const file = path.resolve("app", ...apiPath.slice(1).split("/").map((s) => s.replace(/^\{(.+)\}$/, "[$1]")), "route.ts");
    // The benchmark's bare route is documented but built only for benchmarks (route.bench.ts).
    if (!existsSync(file)) continue;
    const mod = (await import(file)) as Record<string, Handler>;
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path: apiPath,
        params: op.parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: op.parameters.filter((p) => p.in === "query") as Operation["query"],
        body: op.requestBody?.content["application/json"]?.schema,
        handler: mod[method.toUpperCase()],
      });
    }
  }
  return ops;
}

const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80"; // a lone surrogate has no UTF-8 form; Next.js would never decode one into a param
  }
};

type Body = ReturnType<typeof bodyCase> & { form?: FormData };

/** An article upload (multipart): hostile names, titles and contents. */
function uploadCase(rng: ReturnType<typeof prng>): Body {
  const form = new FormData();
  const content = rng.pick(["The Nile flows north. It is long.", "---\ntitle: x\n---\nBody text here.", "bin\u0000ary", "\udc00", "", "x".repeat(2000)]);
  const name = rng.pick(["a.md", "a.txt", "a.exe", "\u0000.md", "../../a.md", ""]);
  if (rng.chance(0.9)) form.set("file", new File([content], name));
  if (rng.chance(0.5)) form.set("title", rng.pick(HOSTILE_STRINGS));
  return { form, label: "upload" };
}

async function send(op: Operation, role: Role, params: Record<string, string>, query: string, body: Body): Promise<Response> {
  let url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(params[name]));
  if (query) url += `?${query}`;
  if (body.form) {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (cookies[role]) headers.cookie = cookies[role];
    return op.handler(new Request(new URL(url, ORIGIN), { method: op.method, headers, body: body.form }), { params: Promise.resolve(params) });
  }
  const withBody = op.method !== "GET" && op.method !== "DELETE";
  return call(op.handler, url, {
    method: op.method,
    cookie: cookies[role],
    params,
    ...(withBody && body.rawBody !== undefined ? { rawBody: body.rawBody } : {}),
    ...(withBody && body.body !== undefined && body.rawBody === undefined ? { body: body.body } : {}),
    ...(withBody && body.contentType !== undefined ? { headers: { "content-type": body.contentType } } : {}),
  });
}

const opOf = (method: string, apiPath: string) => {
  const op = operations.find((o) => o.method === method && o.path === apiPath);
  if (!op) throw new Error(`no operation ${method} ${apiPath}`);
  return op;
};

/** A request made on purpose (seeding): must succeed; its ids go into the pools. */
async function seed(method: string, apiPath: string, role: Role, body?: unknown, params: Record<string, string> = {}) {
  const op = opOf(method, apiPath);
  const res = await send(op, role, params, "", body === undefined ? { label: "seed" } : { body, label: "seed" });
  const text = await res.text();
  expect(res.status, `${method} ${apiPath} as ${role}: ${text.slice(0, 300)}`).toBeLessThan(300);
  const data = text ? JSON.parse(text) : null;
  harvest(data, kindOf(apiPath), pools);
  return data;
}

async function userId(cookie: string): Promise<string> {
  const { GET } = await auth();
  return (await (await call(GET, "/api/auth/get-session", { cookie })).json()).user.id;
}

beforeAll(async () => {
  delete process.env.FACTDECK_ADMIN_EMAIL;
  ({ cleanup } = await useFreshDatabase());
  operations = await loadOperations();
  expect((await importArticleFiles([`content/articles/${BUNDLED}.md`]))[0].error).toBeUndefined();
  cookies.admin = await signUp("admin@fuzz.test", "correct horse 1", "Ada Admin"); // the first account is admin
  for (const role of ["teacherA", "teacherB", "learnerA", "learnerB"] as const) {
    cookies[role] = await signUp(`${role.toLowerCase()}@fuzz.test`, "correct horse 1", role);
  }
  await setRole(await userId(cookies.teacherA), "teacher");
  await setRole(await userId(cookies.teacherB), "teacher");
  cookies.guest = await guest();
  for (const n of [1, 2]) victims.push(await userId(await signUp(`victim${n}@fuzz.test`)));
  pools.victim = victims;

  // Each teacher: an article of their own, a set of the bundled article's approved questions, a class
  // with the set assigned; each learner joins one class, takes a quiz, builds a deck, rates a card.
  await seed("GET", "/api/articles", "anonymous");
  for (const [teacher, learner] of [["teacherA", "learnerA"], ["teacherB", "learnerB"]] as const) {
    await seed("POST", "/api/teacher/articles", teacher, { title: `${teacher}'s notes`, text: "The Nile flows north through Egypt. It is about 6,650 kilometres long. Cairo lies on its banks." });
    const questions = await seed("GET", "/api/articles/{slug}/questions", teacher, undefined, { slug: BUNDLED });
    const ids = (questions.questions as { id: string }[]).slice(0, 6).map((q) => q.id);
    const set = await seed("POST", "/api/sets", teacher, { title: `${teacher}'s set`, visibility: "CLASS", questionIds: ids });
    const klass = await seed("POST", "/api/classes", teacher, { name: `${teacher}'s class` });
    await seed("POST", "/api/sets/{id}/assign", teacher, { classId: klass.id }, { id: set.id });
    await seed("POST", "/api/classes/join", learner, { code: klass.code ?? klass.joinCode });
    const attempt = await seed("POST", "/api/attempts", learner, { setId: set.id, mode: "PRACTICE" });
    await seed("POST", "/api/attempts/{id}/answers", learner, { questionId: attempt.questions[0].id, response: attempt.questions[0].choices?.[0] ?? "x" }, { id: attempt.id });
    await seed("POST", "/api/deck", learner, { articleSlug: BUNDLED });
    const queue = await seed("GET", "/api/review/queue", learner);
    await seed("POST", "/api/review", learner, { cardId: queue.cards[0].id, rating: 3, key: `seed-${learner}`, durationMs: 900 });
    await seed("GET", "/api/teacher/articles", teacher);
    await seed("POST", "/api/teacher/import-jobs", teacher, { title: `${teacher}'s long notes`, text: "The Rhine flows north through Basel. It is about 1,230 kilometres long." });
  }
}, 120_000);

afterAll(async () => cleanup?.());

describe("OpenAPI-driven fuzzing", () => {
  it("covers every documented route", () => {
    expect(operations.length).toBeGreaterThan(35);
    for (const op of operations) expect(op.handler, `${op.method} ${op.path}`).toBeTypeOf("function");
    for (const kind of ["article", "set", "class", "attempt", "question", "card", "code", "import-job"]) {
      expect(pools[kind]?.length ?? 0, `harvested ${kind} ids`).toBeGreaterThanOrEqual(2);
    }
  });

  it(`${REQUESTS} seeded requests over every route and role: no 5xx, every 4xx is problem+json`, async () => {
    const rng = prng(SEED);
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    const seen = new Set<string>();
    for (let i = 0; i < REQUESTS; i++) {
      const op = operations[i % operations.length]; // round-robin: every route gets its share
      const role = rng.pick(ROLES);
      const params = Object.fromEntries(op.params.map((name) => [name, paramValue(kindOf(op.path), rng, pools)]));
      let query = "";
      if (op.query.length) {
        query = op.query
          .map(({ name, schema }) => `${name}=${encode(rng.chance(0.7) && schema.enum ? rng.pick(schema.enum) : rng.pick(HOSTILE_STRINGS))}`)
          .join("&");
      } else if (rng.chance(0.1)) {
        query = `q=${encode(rng.pick(HOSTILE_STRINGS))}&limit=${rng.pick(["-1", "1e9", "%00", "abc"])}`;
      }
      const upload = op.method === "POST" && (op.path === "/api/teacher/articles" || op.path === "/api/teacher/import-jobs");
      const body: Body = upload && rng.chance(0.4) ? uploadCase(rng) : bodyCase(op.body as never, rng, pools);
      const res = await send(op, role, params, query, body);
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      seen.add(`${op.method} ${op.path} ${role}`);
      const text = await res.text();
      const where = `#${i} ${op.method} ${op.path} as ${role} [${body.label}] params=${JSON.stringify(params).slice(0, 80)} query=${query.slice(0, 60)}`;
      if (res.status >= 500) {
        failures.push(`${where} → ${res.status} ${text.slice(0, 200)}`);
      } else if (res.status >= 400) {
        let problem: { status?: unknown; title?: unknown; errors?: { field?: unknown }[] } = {};
        try {
          problem = JSON.parse(text);
        } catch {
          /* reported below */
        }
        const ok =
          res.headers.get("content-type") === "application/problem+json" &&
          problem.status === res.status &&
          typeof problem.title === "string" &&
          (problem.errors ?? []).every((e) => typeof e.field === "string" && e.field.length > 0);
        if (!ok) failures.push(`${where} → ${res.status} not a problem: ${res.headers.get("content-type")} ${text.slice(0, 200)}`);
      } else if (res.status < 300 && res.headers.get("content-type")?.includes("json")) {
        harvest(JSON.parse(text), kindOf(op.path), pools);
      }
    }
    const summary = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
    console.info(`[fuzz] seed ${SEED}: ${REQUESTS} requests, ${operations.length} operations, ${seen.size} operation×role pairs; ${summary}`);
    expect(failures.slice(0, 25), `${failures.length} failures`).toEqual([]);
    // The fuzzer reached past validation and permissions, not only into 4xx.
    expect([...byStatus.keys()].filter((s) => s < 300).reduce((n, s) => n + byStatus.get(s)!, 0)).toBeGreaterThan(REQUESTS / 10);
    expect(seen.size).toBeGreaterThan(operations.length * 5);
  }, 600_000);
});
