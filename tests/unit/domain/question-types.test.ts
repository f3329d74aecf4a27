import { describe, expect, it } from "vitest";
import {
  QUESTION_TYPE_LABELS,
  QUESTION_TYPE_SPECS,
  QUESTION_TYPES,
  hasChoices,
  isTyped,
  questionTypeFromAlias,
} from "@/lib/domain/question-types";

describe("the question-type registry", () => {
  it("has one entry per type, each either choice or typed", () => {
    expect(Object.keys(QUESTION_TYPE_SPECS).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const t of QUESTION_TYPES) expect(hasChoices(t)).toBe(!isTyped(t));
    expect(QUESTION_TYPES.filter(hasChoices)).toEqual(["MCQ", "TRUE_FALSE"]);
  });

  it("gives every type one distinct label (CLOZE is 'Fill in the blank' everywhere)", () => {
    const labels = Object.values(QUESTION_TYPE_LABELS);
    expect(new Set(labels).size).toBe(QUESTION_TYPES.length);
    expect(QUESTION_TYPE_LABELS.CLOZE).toBe("Fill in the blank");
  });

  it("reads CLI names, case-insensitively, and no alias names two types", () => {
    expect(questionTypeFromAlias("tf")).toBe("TRUE_FALSE");
    expect(questionTypeFromAlias("Short")).toBe("SHORT_ANSWER");
    expect(questionTypeFromAlias("CLOZE")).toBe("CLOZE");
    expect(questionTypeFromAlias("essay")).toBeUndefined();
    const aliases = QUESTION_TYPES.flatMap((t) => QUESTION_TYPE_SPECS[t].cliAliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it("holds the generator's per-type ranking weight and base difficulty (recall ranks above recognition)", () => {
    const weight = (t: (typeof QUESTION_TYPES)[number]) => QUESTION_TYPE_SPECS[t].rankWeight;
    const difficulty = (t: (typeof QUESTION_TYPES)[number]) => QUESTION_TYPE_SPECS[t].baseDifficulty;
    for (const t of QUESTION_TYPES) {
      expect(weight(t)).toBeGreaterThan(0);
      expect(weight(t)).toBeLessThanOrEqual(1);
      expect(difficulty(t)).toBeGreaterThanOrEqual(0);
      expect(difficulty(t)).toBeLessThanOrEqual(1);
    }
    expect([...QUESTION_TYPES].sort((a, b) => weight(b) - weight(a))).toEqual(["SHORT_ANSWER", "MCQ", "CLOZE", "TRUE_FALSE"]);
    expect([...QUESTION_TYPES].sort((a, b) => difficulty(a) - difficulty(b))).toEqual(["TRUE_FALSE", "MCQ", "CLOZE", "SHORT_ANSWER"]);
  });
});
