import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase, testDbKind } from "./helpers/db";
import { call, signIn, signUp } from "./helpers/http";
import { getDb } from "@/lib/db/client";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useFreshDatabase()));
afterAll(async () => cleanup());

describe("API basics", () => {
  it("reports health with the database kind and the migration level", async () => {
    const { GET } = await import("@/app/api/health/route");
    const { migrationsDir, readMigrations } = await import("@/lib/db/migrate");
    const shipped = readMigrations(migrationsDir(testDbKind)).map((m) => m.name);
    const res = await call(GET, "/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: testDbKind, migrations: { last: shipped.at(-1), pending: 0 } });
    // a shipped migration not applied yet counts as pending
    await getDb().$executeRawUnsafe(`DELETE FROM "_factdeck_migrations" WHERE name = '${shipped.at(-1)}'`);
    try {
      expect((await (await call(GET, "/api/health")).json()).migrations).toEqual({ last: shipped.at(-2) ?? null, pending: 1 });
    } finally {
      await getDb().$executeRawUnsafe(`INSERT INTO "_factdeck_migrations" (name, checksum, applied_at) VALUES ('${shipped.at(-1)}', 'x', ${testDbKind === "postgresql" ? "now()" : "'2026-01-01'"})`);
    }
  });

  it("answers 503 when the database is unreachable", async () => {
    const { GET } = await import("@/app/api/health/route");
    const { closeDb } = await import("@/lib/db/client");
    const saved = process.env.DATABASE_URL;
    await closeDb();
    process.env.DATABASE_URL =
      testDbKind === "postgresql" ? "postgresql://postgres@127.0.0.1:1/none" : "file:/nonexistent-dir/for/sure/x.db";
    try {
      const res = await call(GET, "/api/health");
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await res.json()).detail).toMatch(new RegExp(`${testDbKind} database cannot be reached`));
    } finally {
      await closeDb();
      process.env.DATABASE_URL = saved;
    }
  });

  it("generates the OpenAPI document from the zod schemas", async () => {
    const { GET } = await import("@/app/api/openapi.json/route");
    const doc = await (await GET()).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/articles", "/api/articles/{slug}"]));
    const health = doc.paths["/api/health"].get.responses["200"].content["application/json"].schema;
    expect(health.properties.database.enum).toEqual(["sqlite", "postgresql"]);
  });

  it("lets an admin grant TEACHER, refuses learners, validates the body", async () => {
    const { PUT } = await import("@/app/api/admin/users/[id]/role/route");
    const admin = await signUp("admin-role@example.com");
    const learner = await signUp("learner-role@example.com");
    const target = await getDb().user.findUniqueOrThrow({ where: { email: "learner-role@example.com" } });
    const bad = await call(PUT, `/api/admin/users/${target.id}/role`, { method: "PUT", body: { role: "king" }, cookie: admin, params: { id: target.id } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].field).toBe("role");
    const denied = await call(PUT, `/api/admin/users/${target.id}/role`, { method: "PUT", body: { role: "teacher" }, cookie: learner, params: { id: target.id } });
    expect(denied.status).toBe(403);
    const ok = await call(PUT, `/api/admin/users/${target.id}/role`, { method: "PUT", body: { role: "teacher" }, cookie: admin, params: { id: target.id } });
    expect(ok.status).toBe(200);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("teacher");
    const ghost = await call(PUT, "/api/admin/users/nope/role", { method: "PUT", body: { role: "teacher" }, cookie: admin, params: { id: "nope" } });
    expect(ghost.status).toBe(404);
    const xorigin = await call(PUT, `/api/admin/users/${target.id}/role`, { method: "PUT", body: { role: "admin" }, cookie: admin, params: { id: target.id }, origin: "https://evil.example" });
    expect(xorigin.status).toBe(403);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("teacher");
  });

  it("answers oversized bodies with 413 and malformed JSON with 400 on API routes, changing nothing", async () => {
    const { PUT } = await import("@/app/api/admin/users/[id]/role/route");
    const admin = await signIn("admin-role@example.com");
    const target = await getDb().user.findUniqueOrThrow({ where: { email: "learner-role@example.com" } });
    const big = await call(PUT, `/api/admin/users/${target.id}/role`, {
      method: "PUT",
      rawBody: JSON.stringify({ role: "admin", pad: "x".repeat(1_100_000) }),
      headers: { "content-type": "application/json" },
      cookie: admin,
      params: { id: target.id },
    });
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toContain("application/problem+json");
    const malformed = await call(PUT, `/api/admin/users/${target.id}/role`, {
      method: "PUT",
      rawBody: "{\"role\": ",
      headers: { "content-type": "application/json" },
      cookie: admin,
      params: { id: target.id },
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].field).toBe("(body)");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("teacher");
  });
});
