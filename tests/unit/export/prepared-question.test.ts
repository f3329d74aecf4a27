import { describe, expect, it } from "vitest";
import { charCount, fileBase, prepareSet, problemWith, splitCloze, truncate } from "@/lib/export/prepared-question";
import { escapeMarkup, stripForbiddenChars } from "@/lib/export/escape";
import { moodleCategoryPath } from "@/lib/export/moodle-category";
import type { ExportQuestion } from "@/lib/export/types";
import { nastySet } from "@/tests/fixtures/export/nasty-set";

const base: ExportQuestion = {
  id: "1", key: "k", type: "SHORT_ANSWER", prompt: "Who?", answer: "Sudani", acceptedAnswers: [],
  explanation: "", answerType: "person", sourceSentence: "", articleTitle: "", tags: [],
};

describe("shared question checks", () => {
  it.each([
    [{ prompt: "   " }, /no text/],
    [{ answer: "" }, /no answer/],
    [{ type: "MCQ" as const, answer: "A", choices: ["A"] }, /two different choices/],
    [{ type: "MCQ" as const, answer: "A", choices: ["A", " A "] }, /two different choices/],
    [{ type: "MCQ" as const, answer: "C", choices: ["A", "B"] }, /not one of the choices/],
    [{ type: "TRUE_FALSE" as const, answer: "Yes", choices: ["True", "False"] }, /True" or "False/],
  ])("rejects %o", (change, reason) => {
    expect(problemWith({ ...base, ...change })).toMatch(reason);
  });

  it("accepts well-formed questions of every type", () => {
    expect(problemWith(base)).toBeNull();
    expect(problemWith({ ...base, type: "TRUE_FALSE", answer: "false" })).toBeNull();
    expect(problemWith({ ...base, type: "MCQ", answer: "B", choices: ["A", "B"] })).toBeNull();
  });

  it("numbers exported questions consecutively and keeps every rejected one in skipped", () => {
    const { items, skipped } = prepareSet(nastySet);
    expect(items.map((i) => i.number)).toEqual(items.map((_, i) => i + 1));
    expect(items.length + skipped.length).toBe(nastySet.questions.length);
  });

  it("lists typed answers once each, ignoring case, answer first", () => {
    const { items } = prepareSet({ ...nastySet, questions: [{ ...base, answer: "Sudani", acceptedAnswers: ["sudani", " al-Sudani ", ""] }] });
    expect(items[0].typedAnswers).toEqual(["Sudani", "al-Sudani"]);
  });

  it("splits a cloze prompt at its gap", () => {
    expect(splitCloze("The PM is _____, since 2022.")).toEqual({ before: "The PM is ", after: ", since 2022." });
    expect(splitCloze("No gap here")).toBeNull();
  });

  it("truncates by code points and builds safe file names", () => {
    expect(truncate("🇮🇶🇮🇶🇮🇶", 3)).toBe("🇮🇶…");
    expect(truncate("a   b\n c", 10)).toBe("a b c");
    expect(charCount("🎉ab")).toBe(3);
    expect(fileBase({ ...nastySet, slug: "Über {set}/1" })).toBe("uber-set-1");
    expect(fileBase({ ...nastySet, slug: "///" })).toBe("question-set");
  });

  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeMarkup(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(stripForbiddenChars("a\u0000b\u0008c\td\ne\uD800f😀")).toBe("abc\td\nef😀");
  });

  it("writes Moodle category paths with literal slashes doubled", () => {
    expect(moodleCategoryPath("A/B\n C")).toBe("$course$/Factdeck/A//B C");
  });
});
