// Per-question tags survive a JSON round trip: tags live on articles, so an imported set puts
// questions with different tags (same article title) into different articles.
import { describe, expect, it } from "vitest";
import { planSetImport } from "@/lib/app/import-set";
import type { ExportQuestion } from "@/lib/export/types";

const eq = (id: string, tags: string[], articleTitle = "A"): ExportQuestion => ({
  id, key: `k-${id}`, type: "SHORT_ANSWER", prompt: `Q ${id}`, answer: "x", acceptedAnswers: [], explanation: "", answerType: "term", sourceSentence: `S ${id}.`, articleTitle, tags,
});

describe("planSetImport keeps each question's tags", () => {
  it("gives questions of one title but different tags their own article, each with those tags", () => {
    const set = { slug: "s", title: "Set", exportedAt: new Date(0), questions: [eq("1", ["iraq"]), eq("2", ["oil", "opec"]), eq("3", ["iraq"]), eq("4", [])] };
    const plan = planSetImport(set, new Map());
    const tagsOf = new Map(plan.articles.flatMap((a) => a.questions.map((q) => [q.fileId, a.tags] as const)));
    for (const q of set.questions) expect(tagsOf.get(q.id)).toEqual(q.tags);
    expect(plan.articles.map((a) => [a.title, a.questions.length])).toEqual([["A", 2], ["A", 1], ["A", 1]]);
  });

  it("still makes one article per title when the tags agree", () => {
    const set = { slug: "s", title: "Set", exportedAt: new Date(0), questions: [eq("1", ["t"]), eq("2", ["t"]), eq("3", ["t"], "B")] };
    expect(planSetImport(set, new Map()).articles.map((a) => a.title)).toEqual(["A", "B"]);
  });
});
