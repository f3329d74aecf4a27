// What a reader is shown of a question's other accepted forms: the grader keeps every form as written
// (exports match typed answers literally), but "25-50 million" beside "25–50 million" is one form to a
// learner reading the feedback and to a teacher reviewing the card.
import { describe, expect, it } from "vitest";
import { shownForms } from "../../../lib/domain/answer";

describe("shownForms", () => {
  it("keeps one form per form the grader tells apart, none that grades as the answer, at most the limit", () => {
    const forms = ["25–50 million", "25-50 million", "25 to 50 million", "25 to 50 million people", "Between 25 and 50 million", "25 million to 50 million"];
    const { shown, more } = shownForms("between 25 and 50 million", forms, 3);
    expect(shown).toEqual(["25–50 million", "25 to 50 million", "25 to 50 million people"]);
    // "25 million to 50 million" is left out; "Between …" grades as the answer and is not counted.
    expect(more).toBe(1);
  });

  it("shows everything when there is room, and nothing when every form is the answer again", () => {
    expect(shownForms("Marie Curie", ["Curie", "Marie Skłodowska-Curie"], 6)).toEqual({ shown: ["Curie", "Marie Skłodowska-Curie"], more: 0 });
    expect(shownForms("Paris", ["paris", " Paris "], 6)).toEqual({ shown: [], more: 0 });
  });
});
