import { describe, expect, it } from "vitest";
import { mayReadArticle, ownsAttempt, ownsCard } from "@/lib/domain/permissions";
import type { AppUser } from "@/lib/domain/user";

const user = (id: string, role: AppUser["role"] = "learner"): AppUser => ({ id, name: id, email: `${id}@x.org`, role, isAnonymous: false, timeZone: "UTC", dayStartHour: 4 });

describe("mayReadArticle", () => {
  const bundled = { origin: "BUNDLED", ownerId: null };
  const alicesImport = { origin: "IMPORTED", ownerId: "alice" };
  it("lets anyone, guests and signed-out visitors included, read a bundled article", () => {
    expect(mayReadArticle(null, bundled)).toBe(true);
    expect(mayReadArticle(user("bob"), bundled)).toBe(true);
  });
  it("keeps an import to its owner and admins", () => {
    expect(mayReadArticle(user("alice"), alicesImport)).toBe(true);
    expect(mayReadArticle(user("root", "admin"), alicesImport)).toBe(true);
    expect(mayReadArticle(user("bob"), alicesImport)).toBe(false);
    expect(mayReadArticle(user("tess", "teacher"), alicesImport)).toBe(false);
    expect(mayReadArticle(null, alicesImport)).toBe(false);
  });
});

describe("ownsCard and ownsAttempt", () => {
  it("belong to their learner only — not even an admin", () => {
    expect(ownsCard(user("alice"), { userId: "alice" })).toBe(true);
    expect(ownsCard(user("root", "admin"), { userId: "alice" })).toBe(false);
    expect(ownsCard(null, { userId: "alice" })).toBe(false);
    expect(ownsAttempt(user("bob"), { userId: "alice" })).toBe(false);
  });
});
