import { describe, expect, it } from "vitest";
import { acceptedForms, gradeResponse, type GradableQuestion } from "@/lib/quiz";
import { spellingTwins } from "@/lib/quiz/spelling";
import { typedVariants } from "@/lib/export/typed-answers";

function typed(answer: string, answerType = "term", acceptedAnswers: string[] = []): GradableQuestion {
  return { type: "SHORT_ANSWER", answer, acceptedAnswers, answerType };
}

describe("British and American spellings are one answer", () => {
  it.each([
    ["aplastic anaemia", "aplastic anemia"],
    ["aplastic anemia", "aplastic anaemia"],
    ["leukaemia", "leukemia"],
    ["the colour of the sky", "the color of the sky"],
    ["organise a strike", "organize a strike"],
    ["a litre of water", "a liter of water"],
    ["manoeuvre", "maneuver"],
  ])("key %j, typed %j: correct (it was only 'close' before)", (key, said) => {
    expect(gradeResponse(typed(key), said)).toMatchObject({ verdict: "correct", correct: true });
  });

  it("lists the twin once among the accepted forms, after the written ones", () => {
    expect(acceptedForms(typed("aplastic anaemia", "term", ["anaemia"]))).toEqual(["aplastic anaemia", "anaemia", "aplastic anemia", "anemia"]);
  });

  it("leaves names alone: capitalised words and people keep their spelling", () => {
    expect(spellingTwins("Labour Party")).toEqual([]);
    expect(spellingTwins("Earl Grey")).toEqual([]);
    expect(gradeResponse(typed("Labour Party", "organization"), "Labor Party").correct).toBe(false);
    // A person's name is never respelled, even one written in lower case by mistake.
    expect(acceptedForms(typed("grey", "person"))).toEqual(["grey"]);
  });

  it("gives nothing for words the list lacks or has wrong, and never reads Object.prototype", () => {
    expect(spellingTwins("constructor")).toEqual([]);
    expect(spellingTwins("toString hasOwnProperty")).toEqual([]);
    expect(spellingTwins("a love philtre")).toEqual([]);
    expect(spellingTwins("Baghdad")).toEqual([]);
    expect(spellingTwins("2003")).toEqual([]);
  });

  it("keeps a word inside a hyphenated or possessive word whole", () => {
    expect(spellingTwins("colour-blind")).toEqual([]);
    expect(spellingTwins("the centre")).toEqual(["the center"]);
  });

  it("a different word is still wrong, and a typo of the twin is still only close", () => {
    expect(gradeResponse(typed("anaemia"), "malaria").verdict).toBe("wrong");
    expect(gradeResponse(typed("aplastic anaemia"), "aplastic anemmia").verdict).toBe("close");
  });

  it("exports list the twin for tools that compare strings literally (Moodle, QTI)", () => {
    const item = { question: { type: "SHORT_ANSWER", answer: "aplastic anaemia", answerType: "term" }, typedAnswers: ["aplastic anaemia"] };
    expect(typedVariants(item as Parameters<typeof typedVariants>[0])).toContain("aplastic anemia");
  });
});
