// Generator 0.9.4: WordNet's kinds decide what a closing appositive after "in the <Name>" describes —
// "a volcanic island in the Sunda Strait, the narrow channel between …" glosses the strait (a strait
// is a kind of channel, an island is not); "near its border with Sudan, the largest project …" still
// glosses neither.
import { describe, expect, it } from "vitest";
import { isKindOf } from "../../../lib/generate/glossary";
import { statementTexts } from "../../fixtures/generate/statements";

describe("isKindOf", () => {
  it("follows WordNet's hypernyms, and only them", () => {
    expect(isKindOf("strait", "channel")).toBe(true);
    expect(isKindOf("canal", "waterway")).toBe(true);
    expect(isKindOf("Rhine", "river")).toBe(true);
    expect(isKindOf("island", "channel")).toBe(false);
    expect(isKindOf("Sudan", "project")).toBe(false);
  });
});

describe("a closing appositive after a name inside a prepositional phrase", () => {
  it("glosses the name when the name's head is a kind of the appositive's head and the noun before is not", () => {
    expect(statementTexts("Krakatoa was a volcanic island in the Sunda Strait, the narrow channel between the islands of Java and Sumatra.")).toContain(
      "the Sunda Strait was the narrow channel between the islands of Java and Sumatra",
    );
  });

  it("glosses neither when the words do not say which", () => {
    const texts = statementTexts("The dam lies near its border with Sudan, the largest project of its kind.");
    expect(texts.join(" | ")).not.toMatch(/Sudan (?:is|was) the largest project/);
    // The island is a kind of island: which one the appositive describes is open again.
    expect(statementTexts("The ship anchored off an island in the Sunda Islands, a volcanic island of great beauty.").join(" | ")).not.toMatch(/Islands (?:is|was|are|were) a volcanic island/);
  });
});
