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

describe("a second fronted phrase after a time that names who or where", () => {
  it("is kept in a statement of its own without the time ('Around 1412, under Duke Rainer, …')", () => {
    const texts = statementTexts("Around 1412, under Duke Rainer, the town built its first stone bridge over the river, making it a market for the whole valley.");
    expect(texts).toContain("Under Duke Rainer, the town built its first stone bridge over the river");
  });

  it("is not lifted from a place's own gloss ('At Tolmar, on the island's north coast, …')", () => {
    const texts = statementTexts("At Tolmar, on the Fenwick Island's north coast, a fire destroyed the harbour and most of the fishing fleet.");
    expect(texts.some((t) => /^On the Fenwick/.test(t))).toBe(false);
  });
});

describe("a date before the subject with no comma of its own, and the subject's aside after it", () => {
  it("keeps the subject with its clause ('In 1874 the Harlow Canal Company, a small firm …, opened …')", () => {
    const texts = statementTexts("In 1874 the Harlow Canal Company, a small firm set up to carry coal from the pits, opened its first lock at Dunmore.");
    expect(texts).toContain("In 1874 the Harlow Canal Company opened its first lock at Dunmore");
  });

  it("does not take a list's first name for the subject", () => {
    const texts = statementTexts("In 1874 the Harlow Canal Company, the Brant Mill and the Dunmore Railway all closed within a month.");
    expect(texts.some((t) => /Harlow Canal Company (?:all )?closed/.test(t))).toBe(false);
  });
});

describe("'in what is now X' between a subject and its verb", () => {
  it("is an aside of the subject's place, dropped ('The chapel at Dunmore, in what is now Scotland, was …')", () => {
    const texts = statementTexts("The chapel at Dunmore, in what is now Scotland, was rebuilt in 1702 after a fire.");
    expect(texts).toContain("The chapel at Dunmore was rebuilt in 1702 after a fire");
  });

  it("after a plural noun the tagger read as a verb ('Gravestones near Lake Tolmar, …, record …')", () => {
    const texts = statementTexts("Gravestones near Lake Tolmar, in what is now Finland, record a wave of deaths in 1338.");
    expect(texts).toContain("Gravestones near Lake Tolmar record a wave of deaths in 1338");
  });

  it("stays where no verb follows it ('… to Corran, in what is now Norway, to trade …')", () => {
    const texts = statementTexts("In 870 the brothers sailed to Corran, in what is now Norway, to trade furs for silver.");
    expect(texts.some((t) => /sailed to Corran to trade/.test(t))).toBe(false);
  });
});

describe("a 'which' clause after 'the winner of' a named prize", () => {
  it("is a statement about the prize", () => {
    const texts = statementTexts("The choir was named the winner of the Harlow Music Cup, which is run by the Fenwick Arts Trust.");
    expect(texts).toContain("the Harlow Music Cup is run by the Fenwick Arts Trust");
  });

  it("but a 'who' clause there is no statement about the prize", () => {
    const texts = statementTexts("Ella Marsh, the winner of the Harlow Poetry Prize, who was born in Leeds, read her poem.");
    expect(texts.some((t) => /Prize was born/.test(t))).toBe(false);
  });
});

describe("a longer closing phrase that ends in a name", () => {
  it("is stated with the verb ('…, from a control room at Harlow Fen Station in Kent')", () => {
    const texts = statementTexts("The flood barrier is run by the Fenwick Water Board, from a control room at Harlow Fen Station in Kent.");
    expect(texts).toContain("The flood barrier is run from a control room at Harlow Fen Station in Kent");
  });

  it("but not one that ends in a common noun", () => {
    const texts = statementTexts("The flood barrier is run by the Fenwick Water Board, from a small control room at the far end of the old harbour wall.");
    expect(texts.some((t) => /is run from/.test(t))).toBe(false);
  });
});

describe("an 'and' inside a name after 'the'", () => {
  it("does not split the clause ('surveyors from the Harbour and Coastguard Board found …')", () => {
    const texts = statementTexts("The ferry stopped on Friday, the morning after surveyors from the Harbour and Coastguard Board found cracks in the hull.");
    expect(texts).toContain("surveyors from the Harbour and Coastguard Board found cracks in the hull");
    expect(texts.some((t) => /^Coastguard Board found/.test(t))).toBe(false);
  });

  it("still splits two clauses whose second opens with a name ('… the harbour and Ella Marsh sailed …')", () => {
    const texts = statementTexts("Tom Pike rowed across the harbour and Ella Marsh sailed to the island.");
    expect(texts).toContain("Ella Marsh sailed to the island");
  });
});
