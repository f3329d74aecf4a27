// The regeneration policy, now a pure plan: teachers' work survives, vanished questions retire.
import { describe, expect, it } from "vitest";
import { planRegeneration } from "@/lib/app/regeneration";
import type { QuestionDraft } from "@/lib/domain/types";
import type { ExistingQuestion } from "@/lib/db/questions";

const draft = (key: string, score = 0.6): QuestionDraft => ({
  key, type: "CLOZE", prompt: `p ${key}`, answer: "a", acceptedAnswers: [], explanation: "", answerType: "term", factKey: key, difficulty: 0.5, score, generatorVersion: "v",
  source: { sentenceIndex: 0, start: 0, end: 1, sentence: "a" },
});
const row = (key: string, over: Partial<ExistingQuestion> = {}): ExistingQuestion => ({ id: `id-${key}`, key, status: "DRAFT", edited: false, authorId: null, ...over });

describe("planRegeneration", () => {
  it("creates new keys, APPROVED only at or above the threshold", () => {
    const plan = planRegeneration([], [draft("hi", 0.5), draft("lo", 0.49), draft("hi", 0.9)], 0.5);
    expect(plan.create.map((c) => [c.draft.key, c.status])).toEqual([["hi", "APPROVED"], ["lo", "DRAFT"]]);
    expect(planRegeneration([], [draft("hi", 0.9)], null).create[0].status).toBe("DRAFT");
    expect(plan.summary).toEqual({ created: 2, updated: 0, kept: 0, retired: 0 });
  });

  it("keeps edited and hand-written questions, refreshes the rest, revives retired ones as DRAFT", () => {
    const plan = planRegeneration(
      [row("edited", { edited: true }), row("hand", { authorId: "t" }), row("plain", { status: "APPROVED" }), row("back", { status: "RETIRED" })],
      [draft("edited"), draft("hand"), draft("plain"), draft("back")],
      0.5,
    );
    expect(plan.update).toEqual([{ id: "id-plain", draft: draft("plain") }, { id: "id-back", draft: draft("back"), status: "DRAFT" }]);
    expect(plan.summary).toEqual({ created: 0, updated: 2, kept: 2, retired: 0 });
  });

  it("retires generated questions that vanished, never edited, hand-written or already retired ones", () => {
    const plan = planRegeneration([row("gone"), row("gone-edited", { edited: true }), row("gone-hand", { authorId: "t" }), row("gone-before", { status: "RETIRED" })], [], 0.5);
    expect(plan.retire).toEqual(["id-gone"]);
    expect(plan.summary.retired).toBe(1);
  });
});
