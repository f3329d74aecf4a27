// Simplifications added in round 0.9.73: key facts held in parts of long sentences that reached no
// short statement.
import { describe, expect, it } from "vitest";
import { statementTexts } from "../../fixtures/generate/statements";

describe("a clause after a colon that opens with a fronted phrase or an aside on its subject", () => {
  it("is a statement of its own ('…: on average, a …')", () => {
    const texts = statementTexts("The winter here is long: on average, a hedgehog sleeps for about five months in its nest of leaves.");
    expect(texts).toContain("on average, a hedgehog sleeps for about five months in its nest of leaves");
  });

  it("keeps its subject's aside as a statement ('…: the Kellor Bridge, the oldest in the county, …')", () => {
    const texts = statementTexts("The valley had one crossing: the Kellor Bridge, the oldest in the county, was washed away by the flood of 1852.");
    expect(texts).toContain("the Kellor Bridge was washed away by the flood of 1852");
  });

  it("is not cut from the condition a prepositional aside sets", () => {
    const texts = statementTexts("The recipe is simple: the dough, in a warm kitchen, doubles in size within two hours.");
    expect(texts.some((t) => /^the dough doubles/.test(t))).toBe(false);
  });
});
