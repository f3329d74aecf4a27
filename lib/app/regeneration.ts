// What a regeneration changes, decided by key (pure): new keys are created (APPROVED when
// `approveAbove` is met, else DRAFT), known keys are refreshed unless a teacher edited them or
// wrote them, and generated questions that vanished become RETIRED — never deleted, so learners'
// cards and attempts keep pointing at them. A retired question that comes back is a DRAFT again.
import type { QuestionDraft } from "../domain/types.ts";
import type { ExistingQuestion, RegenerationPlan } from "../db/questions.ts";

export function planRegeneration(existing: ExistingQuestion[], drafts: QuestionDraft[], approveAbove: number | null): RegenerationPlan {
  const byKey = new Map(existing.map((q) => [q.key, q]));
  const plan: RegenerationPlan = { create: [], update: [], retire: [], summary: { created: 0, updated: 0, kept: 0, retired: 0 } };
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.key)) continue;
    seen.add(draft.key);
    const row = byKey.get(draft.key);
    if (!row) {
      plan.create.push({ draft, status: approveAbove != null && draft.score >= approveAbove ? "APPROVED" : "DRAFT" });
      plan.summary.created++;
    } else if (row.edited || row.authorId) {
      plan.summary.kept++;
    } else {
      plan.update.push({ id: row.id, draft, ...(row.status === "RETIRED" ? { status: "DRAFT" as const } : {}) });
      plan.summary.updated++;
    }
  }
  for (const row of existing) {
    if (!seen.has(row.key) && !row.edited && !row.authorId && row.status !== "RETIRED") {
      plan.retire.push(row.id);
      plan.summary.retired++;
    }
  }
  return plan;
}
