import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assembleAttempt, choiceOrder, createPrng, publicQuestion, scoreAttempt, shuffled } from "@/lib/quiz";
import type { Question, QuestionType } from "@/lib/domain/types";

type Q = Pick<Question, "id" | "type" | "prompt" | "choices" | "answer" | "acceptedAnswers" | "explanation" | "source">;

function makeQuestions(n: number): Q[] {
  const types: QuestionType[] = ["MCQ", "TRUE_FALSE", "CLOZE", "SHORT_ANSWER"];
  return Array.from({ length: n }, (_, i) => {
    const type = types[i % types.length];
    const base = {
      id: `q${i}`,
      type,
      prompt: `Prompt ${i}`,
      acceptedAnswers: [],
      explanation: `Because ${i}`,
      source: { sentenceIndex: i, start: 0, end: 4, sentence: `Sentence ${i}` },
    };
    if (type === "MCQ") return { ...base, answer: `A${i}`, choices: [`A${i}`, `B${i}`, `C${i}`, `D${i}`] };
    if (type === "TRUE_FALSE") return { ...base, answer: "True", choices: ["True", "False"] };
    return { ...base, answer: `answer-${i}` };
  });
}

describe("createPrng", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("differs between seeds and is roughly uniform", () => {
    const a = createPrng(1);
    const b = createPrng(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
    const r = createPrng(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(r() * 10)]++;
    for (const count of buckets) expect(count).toBeGreaterThan(800); // expected 1000 each
  });

  it("treats odd seeds as uint32 without throwing", () => {
    for (const seed of [NaN, Infinity, -1, 1.5, 2 ** 40]) expect(createPrng(seed)()).toBeGreaterThanOrEqual(0);
    expect(createPrng(-1)()).toBe(createPrng(2 ** 32 - 1)());
  });
});

describe("assembleAttempt", () => {
  const questions = makeQuestions(20);

  it("same seed → same order; shuffle keeps every question exactly once", () => {
    const a = assembleAttempt(questions, { seed: 123 });
    expect(assembleAttempt(questions, { seed: 123 })).toEqual(a);
    expect([...a.questionIds].sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it("different seeds give different orders across a sample", () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 50; seed++) orders.add(assembleAttempt(questions, { seed }).questionIds.join(","));
    expect(orders.size).toBeGreaterThanOrEqual(45);
    expect(orders.has(questions.map((q) => q.id).join(","))).toBe(false);
  });

  it("filters by type, caps to count, and keeps order when not shuffling", () => {
    const cloze = assembleAttempt(questions, { seed: 9, types: ["CLOZE"] }).questionIds;
    expect(cloze).toHaveLength(5);
    for (const id of cloze) expect(questions.find((q) => q.id === id)?.type).toBe("CLOZE");

    const capped = assembleAttempt(questions, { seed: 9, count: 7 }).questionIds;
    expect(capped).toHaveLength(7);
    expect(capped).toEqual(assembleAttempt(questions, { seed: 9 }).questionIds.slice(0, 7));

    expect(assembleAttempt(questions, { seed: 9, shuffle: false, count: 3 }).questionIds).toEqual(["q0", "q1", "q2"]);
    expect(assembleAttempt(questions, { seed: 9, count: 0 }).questionIds).toEqual([]);
    expect(assembleAttempt(questions, { seed: 9, count: 99 }).questionIds).toHaveLength(20);
    expect(assembleAttempt(questions, { seed: 9, types: [] }).questionIds).toHaveLength(20);
  });

  it("drops duplicate ids and MCQs that have no choices to pick from", () => {
    const broken = [
      { id: "a", type: "MCQ" as const, choices: undefined },
      { id: "b", type: "MCQ" as const, choices: ["only one"] },
      { id: "c", type: "CLOZE" as const },
      { id: "c", type: "CLOZE" as const },
      { id: "d", type: "TRUE_FALSE" as const },
    ];
    expect(assembleAttempt(broken, { seed: 1, shuffle: false }).questionIds).toEqual(["c", "d"]);
  });

  it("rejects a negative or fractional count", () => {
    expect(() => assembleAttempt(questions, { seed: 1, count: -1 })).toThrow(RangeError);
    expect(() => assembleAttempt(questions, { seed: 1, count: 2.5 })).toThrow(RangeError);
  });

  it("is a permutation of the filtered pool for any seed (property)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 30 }), (seed, count) => {
        const ids = assembleAttempt(questions, { seed, count }).questionIds;
        expect(ids).toHaveLength(Math.min(count, questions.length));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(questions.some((q) => q.id === id)).toBe(true);
      }),
    );
  });
});

describe("choiceOrder", () => {
  const mcq = { id: "q-mcq", type: "MCQ" as const, choices: ["Basra", "Baghdad", "Mosul", "Erbil", "Najaf"] };

  it("is the same for the same (seed, question id) — a reload shows the same order", () => {
    expect(choiceOrder(mcq, 77, true)).toEqual(choiceOrder(mcq, 77, true));
    expect(choiceOrder({ ...mcq }, 77, true)).toEqual(choiceOrder(mcq, 77, true));
  });

  it("varies across seeds and across questions in the same attempt", () => {
    const bySeed = new Set<string>();
    for (let seed = 0; seed < 40; seed++) bySeed.add(choiceOrder(mcq, seed, true)!.join("|"));
    expect(bySeed.size).toBeGreaterThanOrEqual(20);
    const byId = new Set<string>();
    for (let i = 0; i < 40; i++) byId.add(choiceOrder({ ...mcq, id: `q${i}` }, 5, true)!.join("|"));
    expect(byId.size).toBeGreaterThanOrEqual(20);
  });

  it("always contains exactly the original options (property)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.array(fc.string(), { maxLength: 8 }), fc.boolean(), (seed, id, choices, shuffle) => {
        const order = choiceOrder({ id, choices }, seed, shuffle)!;
        expect([...order].sort()).toEqual([...choices].sort());
        if (!shuffle) expect(order).toEqual(choices);
      }),
    );
  });

  it("does not reorder True/False, does not mutate the input, and is undefined without choices", () => {
    const tf = { id: "tf", type: "TRUE_FALSE" as const, choices: ["True", "False"] };
    for (let seed = 0; seed < 20; seed++) expect(choiceOrder(tf, seed, true)).toEqual(["True", "False"]);
    const before = [...mcq.choices];
    choiceOrder(mcq, 3, true);
    expect(mcq.choices).toEqual(before);
    expect(choiceOrder({ id: "x", choices: undefined }, 1, true)).toBeUndefined();
  });

  it("shuffled() keeps the multiset for any input", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (xs, seed) => {
        expect([...shuffled(xs, createPrng(seed))].sort()).toEqual([...xs].sort());
      }),
    );
  });
});

describe("publicQuestion", () => {
  const questions = makeQuestions(12);

  it("never includes the answer, accepted answers, explanation or source", () => {
    for (const q of questions) {
      const full = { ...q, acceptedAnswers: ["SECRET-ALIAS"], explanation: "SECRET-EXPLANATION", answerType: "term" };
      const view = publicQuestion(full, 11, true);
      expect(Object.keys(view).sort()).toEqual(q.choices || q.type === "TRUE_FALSE" ? ["choices", "id", "prompt", "type"] : ["id", "prompt", "type"]);
      const json = JSON.stringify(view);
      for (const secret of ["SECRET-ALIAS", "SECRET-EXPLANATION", q.source.sentence, "answer", "source", "explanation"]) {
        expect(json).not.toContain(secret);
      }
      // typed answers are not among the choices, so their text must not appear at all
      if (!q.choices) expect(json).not.toContain(q.answer);
    }
  });

  it("gives MCQ choices in the attempt's order and True/False its two options", () => {
    const mcq = questions.find((q) => q.type === "MCQ")!;
    expect(publicQuestion(mcq, 5, true).choices).toEqual(choiceOrder(mcq, 5, true));
    expect(publicQuestion(mcq, 5, false).choices).toEqual(mcq.choices);
    expect(publicQuestion({ id: "t", type: "TRUE_FALSE", prompt: "Iraq is a country." }, 5, true).choices).toEqual(["True", "False"]);
    expect(publicQuestion({ id: "c", type: "CLOZE", prompt: "_____ is the capital.", choices: ["leak"] }, 5, true)).toEqual({
      id: "c",
      type: "CLOZE",
      prompt: "_____ is the capital.",
    });
  });
});

describe("scoreAttempt", () => {
  it("counts correct answers to the attempt's questions only; close/wrong score nothing", () => {
    const ids = ["a", "b", "c", "d"];
    expect(scoreAttempt([], ids)).toEqual({ score: 0, max: 4 });
    expect(
      scoreAttempt(
        [
          { questionId: "a", correct: true },
          { questionId: "b", correct: false },
          { questionId: "z", correct: true }, // not in this attempt
          { questionId: "c", correct: false },
          { questionId: "c", correct: true }, // the last answer counts
        ],
        ids,
      ),
    ).toEqual({ score: 2, max: 4 });
    expect(scoreAttempt([{ questionId: "a", correct: true }], ["a", "a"])).toEqual({ score: 1, max: 1 });
  });

  it("score never exceeds max (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ questionId: fc.constantFrom("a", "b", "c", "x"), correct: fc.boolean() })),
        fc.array(fc.constantFrom("a", "b", "c")),
        (answers, ids) => {
          const { score, max } = scoreAttempt(answers, ids);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
