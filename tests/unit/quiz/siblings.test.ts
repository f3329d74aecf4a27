import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { areSiblings, assembleAttempt, countFacts, drawableCounts, onePerFact, selectionKey, siblingGroups, siblingIndexes, type SiblingCandidate } from "@/lib/quiz";
import type { QuestionType } from "@/lib/domain/types";
import { generateQuestions } from "@/lib/generate";
import { bundledArticles } from "../../fixtures/generate/articles";

const SENTENCE = "The United States invaded Iraq in 2003 and withdrew in 2011.";
const EXPLAIN = `The article says: “${SENTENCE}”`;

function q(id: string, fields: Partial<SiblingCandidate> & { sentence?: number }): SiblingCandidate {
  const { sentence, ...rest } = fields;
  return { id, type: "SHORT_ANSWER", prompt: "", answer: "", acceptedAnswers: [], explanation: "", ...(sentence !== undefined ? { source: { sentenceIndex: sentence } } : {}), ...rest };
}

describe("areSiblings", () => {
  it("pairs questions that share a factKey, whatever they say", () => {
    const a = q("a", { factKey: "F1", prompt: "When did the US invade Iraq?", answer: "2003", sentence: 1 });
    const b = q("b", { factKey: "F1", type: "CLOZE", prompt: "Nothing in common _____.", answer: "zebra", sentence: 9 });
    expect(areSiblings(a, b)).toBe(true);
    expect(areSiblings(a, { ...b, factKey: "F2" })).toBe(false);
  });

  it("pairs a true/false copy of a sentence with a cloze on the same blank (rubric item 8)", () => {
    const tf = q("tf", { type: "TRUE_FALSE", prompt: "The United States invaded Iraq in 2003.", answer: "True", choices: ["True", "False"], explanation: `True. ${EXPLAIN}`, sentence: 4 });
    const cloze = q("cl", { type: "CLOZE", prompt: "The United States invaded Iraq in _____.", answer: "2003", sentence: 4, factKey: "other" });
    expect(areSiblings(tf, cloze)).toBe(true);
    expect(areSiblings(cloze, tf)).toBe(true);
  });

  it("sees an answer given away by a false statement's explanation, and by an MCQ's options", () => {
    const tf = q("tf", { type: "TRUE_FALSE", prompt: "The United States invaded Iraq in 2005.", answer: "False", explanation: "False: the article has 2003, not 2005.", sentence: 4 });
    const short = q("sa", { prompt: "In which year did the US-led invasion of Iraq take place?", answer: "2003", sentence: 4 });
    expect(areSiblings(tf, short)).toBe(true);
    const mcq = q("m", { type: "MCQ", prompt: "Which country did the United States invade?", answer: "Iraq", choices: ["Iraq", "Iran", "Syria", "Kuwait"], sentence: 7 });
    const who = q("w", { prompt: "Which country's neighbour is Iran?", answer: "Iraq", sentence: 7 });
    expect(areSiblings(mcq, who)).toBe(true);
  });

  it("compares whole words after the house normaliser: U.S. = US, two thousand = 2000, dates either way", () => {
    const us = q("u", { prompt: "Troops of the U.S. left in 2011.", sentence: 2, answer: "2011" });
    expect(areSiblings(us, q("v", { prompt: "Whose troops left?", answer: "US", sentence: 2 }))).toBe(true);
    expect(areSiblings(q("n", { prompt: "About two thousand troops stayed.", answer: "troops", sentence: 3 }), q("m", { prompt: "How many stayed?", answer: "2,000", sentence: 3 }))).toBe(true);
    expect(areSiblings(q("d", { prompt: "The closure began on 5 January 2024.", answer: "closure", sentence: 5 }), q("e", { prompt: "When did it begin?", answer: "5 January 2024", sentence: 5 }))).toBe(true);
    // a part of a word is not the word: "Iran" is not in "Iranian"
    expect(areSiblings(q("i", { prompt: "Iranian-backed groups rose.", answer: "groups", sentence: 6 }), q("j", { prompt: "Which country?", answer: "Iran", sentence: 6 }))).toBe(false);
  });

  it("needs the same sentence of the same article for a give-away", () => {
    const a = q("a", { prompt: "The US invaded Iraq in 2003.", answer: "Iraq", sentence: 1, articleId: "A" });
    const b = q("b", { prompt: "When?", answer: "2003", sentence: 1, articleId: "A" });
    expect(areSiblings(a, b)).toBe(true);
    expect(areSiblings(a, { ...b, source: { sentenceIndex: 2 } })).toBe(false);
    expect(areSiblings(a, { ...b, articleId: "B" })).toBe(false);
    // same factKey in two articles is two facts (keys are per article)
    expect(areSiblings({ ...a, factKey: "k" }, { ...b, factKey: "k", articleId: "B" })).toBe(false);
    // a hand-written question without a sentence (-1) has no sentence siblings
    expect(areSiblings({ ...a, source: { sentenceIndex: -1 } }, { ...b, source: { sentenceIndex: -1 } })).toBe(false);
  });

  it("ignores True/False as an answer, empty answers, and a question paired with itself", () => {
    const tf = q("t", { type: "TRUE_FALSE", prompt: "It is true.", answer: "True", sentence: 1 });
    expect(areSiblings(tf, q("u", { prompt: "Is it true? True.", answer: "", sentence: 1 }))).toBe(false);
    const a = q("a", { factKey: "F", answer: "x" });
    expect(areSiblings(a, a)).toBe(false);
    // an empty factKey is no key at all
    expect(areSiblings(q("e1", { factKey: "" }), q("e2", { factKey: "" }))).toBe(false);
  });
});

describe("siblingGroups / onePerFact", () => {
  const list = [
    q("a1", { factKey: "A" }),
    q("b1", { factKey: "B" }),
    q("a2", { factKey: "A" }),
    q("c1", { factKey: "C", prompt: "The US invaded in 2003.", sentence: 1, answer: "US" }),
    q("d1", { factKey: "D", prompt: "When?", sentence: 1, answer: "2003" }), // c1 gives it away
    q("e1", { factKey: "E" }),
  ];

  it("numbers connected groups in order of first appearance", () => {
    expect(siblingGroups(list)).toEqual([0, 1, 0, 2, 2, 3]);
    expect(countFacts(list)).toBe(4);
  });

  it("joins chains into one group, but one-per-fact keeps both ends of a chain (A–B–C, A and C unrelated)", () => {
    const chain = [q("x", { factKey: "K" }), q("y", { factKey: "K", prompt: "Baghdad in 2003.", sentence: 3 }), q("z", { answer: "Baghdad", sentence: 3 })];
    expect(areSiblings(chain[0], chain[2])).toBe(false);
    expect(siblingGroups(chain)).toEqual([0, 0, 0]);
    // Before, the whole chain gave one item: x alone.
    expect(onePerFact(chain).map((c) => c.id)).toEqual(["x", "z"]);
    // The middle first: y is kept only when it beats both ends, and two items beat one.
    expect(onePerFact([chain[1], chain[0], chain[2]]).map((c) => c.id)).toEqual(["x", "z"]);
    expect(countFacts(chain)).toBe(2);
    expect(countFacts([chain[2], chain[1], chain[0]])).toBe(2);
  });

  it("keeps the first of each group, stable in the list's order", () => {
    expect(onePerFact(list).map((x) => x.id)).toEqual(["a1", "b1", "c1", "e1"]);
    expect(onePerFact([...list].reverse()).map((x) => x.id)).toEqual(["e1", "d1", "a2", "b1"]);
    expect(onePerFact([])).toEqual([]);
  });
});

/** Many siblings: 12 facts, each asked in 4 forms, where the true/false copy gives the answer away. */
function fixture(): SiblingCandidate[] {
  const out: SiblingCandidate[] = [];
  for (let f = 0; f < 12; f++) {
    const answer = `Place${f}`;
    const sentence = `Troops arrived in ${answer} in ${1990 + f}.`;
    const explanation = `The article says: “${sentence}”`;
    // Only the wh-question and the MCQ share the fact key: the other two are found by the give-away rule.
    out.push(q(`f${f}-sa`, { factKey: `fact-${f}`, prompt: `Where did troops arrive in ${1990 + f}?`, answer, explanation, sentence: f }));
    out.push(q(`f${f}-mcq`, { type: "MCQ", factKey: `fact-${f}`, prompt: `Where did troops arrive in ${1990 + f}?`, answer, choices: [answer, "Basra", "Mosul", "Erbil"], explanation, sentence: f }));
    out.push(q(`f${f}-cl`, { type: "CLOZE", factKey: `cloze-${f}`, prompt: `Troops arrived in _____ in ${1990 + f}.`, answer, explanation, sentence: f }));
    out.push(q(`f${f}-tf`, { type: "TRUE_FALSE", factKey: `tf-${f}`, prompt: sentence, answer: "True", choices: ["True", "False"], explanation: `True. ${explanation}`, sentence: f }));
  }
  // and a few questions with no siblings at all
  for (let i = 0; i < 4; i++) out.push(q(`lone-${i}`, { factKey: `lone-${i}`, prompt: `Lonely ${i}?`, answer: `L${i}`, sentence: 100 + i }));
  return out;
}

/** Counts sibling pairs among ids, from the pairs read once (re-reading them per quiz would only be slow). */
function pairCounter(questions: SiblingCandidate[]): (ids: string[]) => number {
  const edges = siblingIndexes(questions);
  const pairs = new Set(edges.flatMap((js, i) => js.map((j) => `${questions[i].id}|${questions[j].id}`)));
  return (ids) => {
    let n = 0;
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (pairs.has(`${ids[i]}|${ids[j]}`)) n++;
    return n;
  };
}

describe("assembleAttempt: one item per fact", () => {
  const questions = fixture();
  const siblingPairs = pairCounter(questions);

  it("1,000 seeded 10-question draws hold no sibling pair, while a plain shuffle nearly always would", () => {
    let withPair = 0;
    for (let seed = 0; seed < 1000; seed++) {
      const { questionIds } = assembleAttempt(questions, { seed, count: 10 });
      expect(questionIds).toHaveLength(10);
      if (siblingPairs(questionIds) > 0) withPair++;
    }
    expect(withPair).toBe(0);
    // the fixture is hard: ten items drawn without the rule would meet a sibling almost always
    expect(siblingPairs(questions.slice(0, 10).map((x) => x.id))).toBeGreaterThan(0);
  }, 120_000);

  it("same seed, same quiz; the seed decides which sibling is asked", () => {
    expect(assembleAttempt(questions, { seed: 42, count: 10 })).toEqual(assembleAttempt(questions, { seed: 42, count: 10 }));
    const askedForFact0 = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      for (const id of assembleAttempt(questions, { seed }).questionIds) if (id.startsWith("f0-")) askedForFact0.add(id);
    }
    expect([...askedForFact0].sort()).toEqual(["f0-cl", "f0-mcq", "f0-sa", "f0-tf"]);
  });

  it("draws every fact once when no count is given; unshuffled, the source's order decides", () => {
    expect(assembleAttempt(questions, { seed: 7 }).questionIds).toHaveLength(16);
    expect(assembleAttempt(questions, { seed: 7, shuffle: false, count: 3 }).questionIds).toEqual(["f0-sa", "f1-sa", "f2-sa"]);
  });

  it("applies the type filter before the rule: siblings of other types do not block", () => {
    const cloze = assembleAttempt(questions, { seed: 3, types: ["CLOZE"] }).questionIds;
    expect(cloze).toHaveLength(12);
    const mixed = assembleAttempt(questions, { seed: 3, types: ["CLOZE", "TRUE_FALSE"] }).questionIds;
    expect(mixed).toHaveLength(12);
    expect(siblingPairs(mixed)).toBe(0);
  });

  it("never pairs siblings for any seed and count (property)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), (seed, count) => {
        const ids = assembleAttempt(questions, { seed, count }).questionIds;
        expect(ids).toHaveLength(Math.min(count, 16));
        expect(siblingPairs(ids)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("drawableCounts", () => {
  it("counts what a quiz can draw: one per fact, per type and per choice of types", () => {
    const counts = drawableCounts(fixture());
    expect(counts.byType).toEqual({ MCQ: 12, TRUE_FALSE: 12, CLOZE: 12, SHORT_ANSWER: 16 });
    expect(counts.bySelection[selectionKey(["SHORT_ANSWER", "MCQ", "CLOZE", "TRUE_FALSE"])]).toBe(16);
    expect(counts.bySelection[selectionKey(["CLOZE", "MCQ"])]).toBe(12);
    // the key does not depend on the order the learner ticked the boxes in
    expect(selectionKey(["CLOZE", "MCQ"])).toBe(selectionKey(["MCQ", "CLOZE"]));
    for (const [key, n] of Object.entries(counts.bySelection)) {
      const types = key.split(",") as QuestionType[];
      expect(assembleAttempt(fixture(), { seed: 1, types }).questionIds).toHaveLength(n);
    }
  });

  it("leaves out types a source does not have and MCQs that cannot be shown", () => {
    const counts = drawableCounts([q("m", { type: "MCQ", choices: ["only"] }), q("c", { type: "CLOZE" })]);
    expect(counts.byType).toEqual({ MCQ: 0, TRUE_FALSE: 0, CLOZE: 1, SHORT_ANSWER: 0 });
    expect(counts.bySelection).toEqual({ CLOZE: 1 });
  });
});

describe("the bundled articles: 1,000 simulated 10-question quizzes each", () => {
  const corpus = bundledArticles();
  for (const article of corpus) {
    it(`${article.slug}: no quiz holds a sibling pair`, () => {
      const questions = generateQuestions(article, { corpus }).questions.map((d) => ({ ...d, id: d.key }));
      const siblingPairs = pairCounter(questions);
      let withPair = 0;
      let drawn = 0;
      for (let seed = 0; seed < 1000; seed++) {
        const { questionIds } = assembleAttempt(questions, { seed, count: 10 });
        drawn += questionIds.length;
        if (siblingPairs(questionIds) > 0) withPair++;
      }
      expect(withPair).toBe(0);
      expect(drawn).toBe(1000 * Math.min(10, countFacts(questions)));
    }, 120_000); // 1,000 assemblies: a few seconds alone, much longer on a shared machine
  }
});
