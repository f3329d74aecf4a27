// Options for "What is X?" where the article and the dictionary's siblings of X give too few: the
// kinds of the definition's own head noun, the plural said for "What are …?", and a short word that
// tells a sense apart in a short definition.
import { describe, expect, it } from "vitest";
import { definitionDistractors, type Definition } from "../../../lib/generate/definitions";
import { headKindGlosses, siblingGlosses } from "../../../lib/generate/glossary";

const def = (term: string, definition: string, plural = false): Definition => ({ term, termStart: 0, termEnd: term.length, defStart: 0, defEnd: definition.length, definition, plural, form: "copula" });

describe("kinds of the definition's head noun", () => {
  it("offers other rates for a term the dictionary knows only in other senses, worded like the answer first", () => {
    // (WordNet's "cadence" is a rhythm of verse or music, none of them a rider's.)
    const asked = def("cadence", "the rate at which a swimmer moves the arms");
    const options = definitionDistractors(asked, [], [], [], siblingGlosses(asked.term, asked.definition));
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^the rate at which /);
  });

  it("says them of many for 'What are …?', or leaves them out", () => {
    const asked = def("tithes", "payments a farmer made to the parish church out of his harvest", true);
    const options = definitionDistractors(asked, [], [], [], siblingGlosses(asked.term, asked.definition));
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^(?:\p{Ll}+ )?payments /u);
    // ("a payment that is made to a performer …": a gloss whose verb agrees with the singular is left out.)
    expect(headKindGlosses("tithes", asked.definition, true).some((g) => /\b(?:that|which|who) is\b|^an? /.test(g))).toBe(false);
  });

  it("gives nothing for a term of two words, a head that says little, or a head of every trade", () => {
    expect(headKindGlosses("a tide gauge", "an instrument in which a float rises and falls with the water")).toEqual([]);
    expect(headKindGlosses("the atoll", "the work of tiny animals over thousands of years")).toEqual([]);
    expect(headKindGlosses("a sprocket", "a device that drives the chain round")).toEqual([]);
  });

  it("takes them only when they give two options at least", () => {
    // A rift valley and the answer turned round ("bought"): one whitefish beside them reads as the odd one out.
    const asked = def("the omul", "a whitefish that is smoked and sold at the quay");
    const others = [def("a rift", "a valley where the crust of the earth is being pulled apart")];
    expect(headKindGlosses(asked.term, asked.definition).length).toBeGreaterThan(0);
    expect(definitionDistractors(asked, others, [], [], [])).toEqual([]);
  });
});

describe("a short word in a short definition", () => {
  it("finds the dictionary's sense of 'bill' by 'law' and offers other legal documents", () => {
    const glosses = siblingGlosses("a bill", "a proposal for a new law");
    expect(glosses.length).toBeGreaterThan(2);
    expect(glosses).toContain("written declaration made under oath");
  });

  it("does not count a short word in a longer definition", () => {
    // ("hot" alone would match the sense "a point of relatively intense heat", and offer regions of the world.)
    expect(siblingGlosses("a hotspot", "a plume of unusually hot mantle rock")).toEqual([]);
  });
});
