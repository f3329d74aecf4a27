import { describe, expect, it } from "vitest";
import { sameOriginPath } from "@/lib/api/redirect";

describe("sameOriginPath (where sign-in and sign-up send the user)", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(sameOriginPath("/teacher/sets")).toBe("/teacher/sets");
    expect(sameOriginPath("/quiz/new?article=seed#top")).toBe("/quiz/new?article=seed#top");
    expect(sameOriginPath("/a/../stats")).toBe("/stats");
    // an encoded slash stays part of one path segment on this site
    expect(sameOriginPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["backslash", "/\\evil.example"],
    ["backslashes", "/\\\\evil.example"],
    ["tab inside", "/\t/evil.example"],
    ["newline inside", "/\n/evil.example"],
    ["dot segment collapsing to //", "/.//evil.example"],
    ["absolute http", "http://evil.example/"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["empty", ""],
    ["relative without a slash", "evil.example"],
  ])("refuses %s", (_name, next) => {
    expect(sameOriginPath(next)).toBe("/");
  });

  it("falls back to the given default, and to / when next is missing", () => {
    expect(sameOriginPath(null)).toBe("/");
    expect(sameOriginPath(undefined, "/review")).toBe("/review");
    expect(sameOriginPath("//evil.example", "/review")).toBe("/review");
  });
});
