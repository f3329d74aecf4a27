import { describe, expect, it } from "vitest";
import { VERDICT_LABELS, gradeResponse, missedQuestionIds, reviewItems, scoreAttempt, type ReviewableQuestion } from "@/lib/quiz";

const source = (i: number) => ({ sentenceIndex: i, start: 0, end: 7, sentence: `Sentence ${i}.` });

const questions: ReviewableQuestion[] = [
  { id: "q1", type: "SHORT_ANSWER", prompt: "Who is Iraq's prime minister?", answer: "Mohammed Shia al-Sudani", acceptedAnswers: ["al-Sudani"], explanation: "He said so.", source: source(1) },
  { id: "q2", type: "MCQ", prompt: "Where?", answer: "Baghdad", acceptedAnswers: [], explanation: "Capital.", source: source(2) },
  { id: "q3", type: "CLOZE", prompt: "The PMF was formed in _____.", answer: "2014", acceptedAnswers: [], explanation: "Formed 2014.", source: source(3) },
  { id: "q4", type: "TRUE_FALSE", prompt: "The Pentagon plans to withdraw.", answer: "False", acceptedAnswers: [], explanation: "It does not.", source: source(4) },
];

describe("reviewItems", () => {
  const answers = [
    { questionId: "q1", response: "Sudany", ...gradeResponse({ ...questions[0], choices: undefined, answerType: "person" }, "Sudany") },
    { questionId: "q2", response: "Baghdad", correct: true }, // stored without a verdict
    { questionId: "q3", response: "2015", correct: false, verdict: "wrong" as const },
  ];

  it("lists the attempt's questions in order with response, verdict and the now-revealed answer", () => {
    const items = reviewItems(questions, ["q3", "q1", "q2", "q4"], answers);
    expect(items.map((i) => i.questionId)).toEqual(["q3", "q1", "q2", "q4"]);
    const [q3, q1, q2, q4] = items;
    expect(q1).toMatchObject({ response: "Sudany", verdict: "close", correct: false, expected: "Mohammed Shia al-Sudani", alsoAccepted: ["al-Sudani"] });
    expect(q2).toMatchObject({ verdict: "correct", correct: true, expected: "Baghdad", alsoAccepted: [] });
    expect(q3).toMatchObject({ response: "2015", verdict: "wrong", correct: false, expected: "2014", explanation: "Formed 2014." });
    expect(q4).toMatchObject({ response: null, verdict: "unanswered", correct: false, expected: "False" });
    expect(q3.source).toEqual(source(3));
  });

  it("skips ids whose question no longer exists and repeated ids", () => {
    expect(reviewItems(questions, ["gone", "q2", "q2"], answers).map((i) => i.questionId)).toEqual(["q2"]);
  });

  it("agrees with scoreAttempt on what is correct", () => {
    const ids = questions.map((q) => q.id);
    const items = reviewItems(questions, ids, answers);
    expect(items.filter((i) => i.correct)).toHaveLength(scoreAttempt(answers, ids).score);
  });
});

describe("missedQuestionIds", () => {
  it("returns wrong, close and unanswered questions in attempt order", () => {
    expect(
      missedQuestionIds(
        [
          { questionId: "q1", correct: false },
          { questionId: "q2", correct: true },
          { questionId: "q3", correct: true },
          { questionId: "q3", correct: false }, // last answer counts
        ],
        ["q4", "q3", "q2", "q1", "q4"],
      ),
    ).toEqual(["q4", "q3", "q1"]);
    expect(missedQuestionIds([], [])).toEqual([]);
  });
});

describe("VERDICT_LABELS", () => {
  it("tells the learner a close answer needs a spelling check, and labels every verdict differently", () => {
    expect(VERDICT_LABELS.close).toMatch(/check your spelling/i);
    expect(new Set(Object.values(VERDICT_LABELS)).size).toBe(4);
  });
});
