// Generator 0.9.11: definitions the key-fact lists ask for that no rule read. Each shape comes from
// a sentence of the key-fact set where a teacher asked "What is X?" and the generator found no
// definition; where a rule could reach too far, a sentence it must leave alone stands beside it.
import { describe, expect, it } from "vitest";
import { definitionsOf, describedIn } from "../../fixtures/generate/statements";

const defsOf = (text: string) => definitionsOf(text).map((d) => `${d.term} = ${d.definition}`);

describe("definitions", () => {
  it("read a gloss whose pronoun points back inside it ('people … once they are protected')", () => {
    expect(defsOf("That second point matters because of a problem economists call moral hazard, the tendency of people to take more risks once they are protected from the consequences."))
      .toContain("moral hazard = the tendency of people to take more risks once they are protected from the consequences");
    // A pronoun with nothing of its own number before it still points away.
    expect(defsOf("The lake froze early, a sign that they had feared for years.")).toEqual([]);
  });

  it("read a term whose first word is a capital letter joined by a hyphen ('X-ray crystallography')", () => {
    expect(defsOf("It was in Paris that she mastered X-ray crystallography, a technique for working out how the atoms in a substance are arranged."))
      .toContain("X-ray crystallography = a technique for working out how the atoms in a substance are arranged");
  });

  it("read a gloss after 'of' when the noun before 'of' is plural and the gloss singular ('finds of terra preta, a … soil')", () => {
    expect(defsOf("But finds of terra preta, a dark, fertile soil built up over centuries from charcoal, suggest that large populations lived there."))
      .toContain("terra preta = a dark, fertile soil built up over centuries from charcoal");
    // Nor a list after "of" ("pieces of a head, a torso and …"), nor a gloss cut short where a list runs on.
    expect(defsOf("The farmers struck fragments of fired clay: pieces of a head, a torso and some bronze arrowheads.")).toEqual([]);
    expect(defsOf("But finds of terra preta, a dark, fertile soil built up over centuries from charcoal, broken pottery and household waste, suggest that large populations lived there.")).toEqual([]);
    // "the heart of the system, an electric pump": the gloss may be of the whole phrase.
    expect(defsOf("At the heart of the system, an electric pump moves the fluid.").join(" | ")).not.toMatch(/^system/);
  });

  it("read a gloss that a clause of its own follows after ', and' ('a caldera, a huge basin formed when …, and parts of it lay …')", () => {
    expect(defsOf("In its place the eruption left a caldera, a huge basin formed when the emptied magma chamber collapsed, and parts of it lay 250 metres below sea level."))
      .toContain("a caldera = a huge basin formed when the emptied magma chamber collapsed");
    // A list of clauses is no gloss of the noun that ends the first.
    expect(defsOf("Everyday habits help: regular exercise strengthens the heart, a diet low in salt and saturated fat helps keep arteries clear, and not smoking is one of the best choices of all.")).toEqual([]);
    // A list's last item is still no clause.
    expect(defsOf("The town had a mill, a bakery run by the monks, and a small school.")).toEqual([]);
  });

  it("read a name after 'is called' in the clause after a semicolon", () => {
    expect(defsOf("Most vaccines must be kept cold from the factory to the clinic; this chain of refrigerated transport and storage is called the cold chain."))
      .toContain("the cold chain = the chain of refrigerated transport and storage");
  });

  it("read a plural term defined by a bare plural and its participle ('Erratics are boulders carried far from their source')", () => {
    expect(defsOf("Erratics are boulders carried far from their source, sometimes hundreds of kilometres, and left stranded on a different kind of bedrock."))
      .toContain("erratics = boulders carried far from their source");
    // A plural subject and a plural complement with no describing phrase say what they are like, not what the word means.
    expect(defsOf("Glaciers are rivers of ice.")).toEqual([]);
    expect(defsOf("Bees are insects.")).toEqual([]);
  });

  it("read a kind named with a capital word after 'a' ('a Mars analogue, a place on Earth used to …')", () => {
    expect(defsOf("This makes the desert a Mars analogue, a place on Earth used to practise for missions to the Red Planet."))
      .toContain("a Mars analogue = a place on Earth used to practise for missions to the Red Planet");
    // After "the", a capital word before the noun is part of a name: no term of its own.
    expect(defsOf("He joined the Paris office, a team that handled exports.").join(" | ")).not.toMatch(/Paris office|^office/);
  });

  it("takes no clause after an opening one for a described thing, even with 'cannot' for its verb", () => {
    const text = "When enough people in a community are immune, a germ cannot find enough new hosts to keep spreading.";
    expect(describedIn(text)).toEqual([]);
    expect(describedIn("Farmers grew pitchblende, a uranium ore mined in Bohemia.")).toEqual(["a uranium ore mined in Bohemia"]);
  });
});
