import { describe, expect, it } from "vitest";
import { answerPools, asChoice, numberDistractors, shortenChoice, shortenChoices } from "@/lib/export/as-choice";
import { prepareQuestion } from "@/lib/export/prepared-question";
import type { ExportQuestion } from "@/lib/export/types";

const base = { id: "i", acceptedAnswers: [], explanation: "", sourceSentence: "", articleTitle: "A", tags: [] };
const typed = (key: string, answer: string, answerType: string, extra: Partial<ExportQuestion> = {}): ExportQuestion => ({
  ...base, key, type: "SHORT_ANSWER", prompt: `Q ${key}?`, answer, answerType, ...extra,
});

describe("typed questions as multiple choice", () => {
  it("uses the question's own choices first", () => {
    const item = prepareQuestion(typed("a", "Baghdad", "city", { choices: ["Basra", "Baghdad", "Mosul"] }), 1);
    const form = asChoice(item, new Map());
    expect(form?.via).toBe("own");
    expect(form?.choices[form.correctIndex]).toBe("Baghdad");
    expect(form?.choices.sort()).toEqual(["Baghdad", "Basra", "Mosul"]);
  });

  it("draws near numbers for years and counts, in order, with the number's own formatting", () => {
    expect(numberDistractors("2003", "year", "k")).toHaveLength(3);
    for (const y of numberDistractors("2003", "year", "k")) expect(Math.abs(Number(y) - 2003)).toBeLessThanOrEqual(5);
    const counts = numberDistractors("2,500", "count", "k");
    expect(counts.every((c) => /^\d{1,3}(,\d{3})*$/.test(c) && c !== "2,500")).toBe(true);
    expect(numberDistractors("about 3", "count", "k")).toEqual([]);
    const form = asChoice(prepareQuestion(typed("n", "2,500", "count"), 1), new Map());
    const values = form!.choices.map((c) => Number(c.replace(/,/g, "")));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(form!.choices[form!.correctIndex]).toBe("2,500");
  });

  it("borrows other answers of the same kind from the set, never one of the question's accepted answers", () => {
    const items = [
      typed("p1", "Mohammed Shia al-Sudani", "person", { acceptedAnswers: ["Sudani"] }),
      typed("p2", "Qassem Soleimani", "person"),
      typed("p3", "Sudani", "person"),
      typed("c1", "Baghdad", "city"),
    ].map((q, i) => prepareQuestion(q, i + 1));
    const pools = answerPools(items);
    const form = asChoice(items[0], pools);
    expect(form?.via).toBe("set");
    expect(form?.choices.sort()).toEqual(["Mohammed Shia al-Sudani", "Qassem Soleimani"]);
    // A city alone in its kind has nothing to choose from.
    expect(asChoice(items[3], pools)).toBeNull();
  });

  it("places the answer by the question key, the same way on every export", () => {
    const pools = new Map([["city", ["Basra", "Mosul", "Erbil", "Baghdad"]]]);
    const positions = new Set<number>();
    for (const key of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const item = prepareQuestion(typed(key, "Baghdad", "city"), 1);
      const once = asChoice(item, pools)!;
      expect(asChoice(item, pools)).toEqual(once);
      positions.add(once.correctIndex);
    }
    expect(positions.size).toBeGreaterThan(1);
  });

  it("keeps the answer when a choice question has more options than the target takes", () => {
    const q: ExportQuestion = { ...base, key: "m", type: "MCQ", prompt: "?", answer: "F", answerType: "term", choices: ["A", "B", "C", "D", "E", "F"] };
    const form = asChoice(prepareQuestion(q, 1), new Map(), 4)!;
    expect(form.choices).toEqual(["A", "B", "C", "F"]);
    expect(form.correctIndex).toBe(3);
  });
});

describe("shortening options", () => {
  it("drops a trailing parenthesis, then whole words with an ellipsis", () => {
    expect(shortenChoice("Organization of the Petroleum Exporting Countries (OPEC)", 50)).toBe("Organization of the Petroleum Exporting Countries");
    const cut = shortenChoice("A phased withdrawal that ends the coalition's military mission in two years", 40)!;
    expect(Array.from(cut).length).toBeLessThanOrEqual(40);
    expect(cut).toBe("A phased withdrawal that ends the…");
  });

  it("refuses when two options would read the same, or too little would be left", () => {
    expect(shortenChoices(["The first long option about the treaty, signed in 1990", "The first long option about the treaty, signed in 1991"], 40)).toBeNull();
    expect(shortenChoice("Supercalifragilisticexpialidocious-and-then-some words", 20)).toBeNull();
  });
});

describe("options Factdeck would mark right are never offered as wrong", () => {
  it("leaves out a surname form or a near spelling of the answer", () => {
    const items = [
      typed("a", "Mohammed Shia al-Sudani", "person"),
      typed("b", "Sudani", "person"),
      typed("c", "Mohammed Shia al-Sudany", "person"),
      typed("d", "Qassem Soleimani", "person"),
    ].map((q, i) => prepareQuestion(q, i + 1));
    const form = asChoice(items[0], answerPools(items))!;
    expect(form.choices.sort()).toEqual(["Mohammed Shia al-Sudani", "Qassem Soleimani"]);
  });
});
