// Options for "What is X?" (definitionChoices): more of them where they stay good.
import { describe, expect, it } from "vitest";
import { definitionDistractors, definitionQuestion, pluralOption, type Definition } from "../../../lib/generate/definitions";
import { describedIn } from "../../fixtures/generate/statements";

const def = (term: string, definition: string, plural = false): Definition => ({ term, termStart: 0, termEnd: term.length, defStart: 0, defEnd: definition.length, definition, plural, form: "copula" });

describe("a plural term's options", () => {
  it("makes a singular definition plural where no verb has to agree", () => {
    expect(pluralOption("a unit of ownership in a company")).toBe("units of ownership in a company");
    expect(pluralOption("a market in which prices are falling and gloom spreads")).toBe("markets in which prices are falling and gloom spreads");
    expect(pluralOption("a dense and grainy material halfway between snow and ice")).toBe("dense and grainy materials halfway between snow and ice");
    expect(pluralOption("a lithium salt dissolved in a flammable organic solvent")).toBe("lithium salts dissolved in a flammable organic solvent");
  });

  it("leaves alone what would need another verb, a Latin plural or a 'single'", () => {
    expect(pluralOption("a firm that buys shares for its clients")).toBeUndefined();
    expect(pluralOption("a simpler jet engine that sends all of its air through the core")).toBeUndefined();
    expect(pluralOption("a common bacterium")).toBeUndefined();
    expect(pluralOption("a single number that tracks prices")).toBeUndefined();
    expect(pluralOption("the person who holds shares")).toBeUndefined();
  });

  it("gives 'What are dividends?' the article's singular definitions made plural", () => {
    const asked = def("dividends", "payments a company makes to its shareholders out of its profits", true);
    const others = [
      def("a share", "a unit of ownership in a company"),
      def("a bull market", "a long period in which prices are generally rising and investors feel confident"),
      def("a bear market", "a market in which prices are falling and gloom spreads"),
    ];
    expect([...definitionDistractors(asked, others)].sort()).toEqual([
      "long periods in which prices are generally rising and investors feel confident",
      "markets in which prices are falling and gloom spreads",
      "units of ownership in a company",
    ]);
  });
});

describe("what the article says its other things are", () => {
  it("reads a gloss that the sentence's next clause follows after ', and'", () => {
    expect(describedIn("Pope Innocent III placed England under an interdict, a ban on most church services, and in 1209 excommunicated the king.")).toEqual(["a ban on most church services"]);
    expect(describedIn("The winners qualify for the Four Counties Trophy, a knockout competition for the cup winners of three counties, and they will host the holders.")).toEqual(["a knockout competition for the cup winners of three counties"]);
    // (A list goes on: "a ban, and a fine" is no gloss.)
    expect(describedIn("The king imposed an interdict, a ban on church services, and a fine on the barons.")).toEqual([]);
  });

  it("takes no word's make-up for a description of the thing", () => {
    expect(describedIn("The team called it the transistor, a blend of transfer and resistor.")).toEqual([]);
  });
});

describe("a definition's kind and a term's number (0.9.77)", () => {
  it("reads the head before an adverb: 'a machine already used …' is a machine, no option for a material", () => {
    const asked = def("vellum", "a fine writing material made from the skin of a calf");
    const others = [
      def("a press", "a machine already used in the Rhineland for squeezing grapes"),
      def("parchment", "a writing material made from the skin of a sheep or goat"),
      def("papyrus", "a material made from the pith of a reed that grows by the Nile"),
      def("rag paper", "a material made from old linen cloth beaten to a pulp"),
    ];
    const options = [...definitionDistractors(asked, others)];
    expect(options).not.toContain("a machine already used in the Rhineland for squeezing grapes");
    expect(options).toContain("a writing material made from the skin of a sheep or goat");
  });

  it("asks 'What is the autonomous period?' though its gloss is plural", () => {
    expect(definitionQuestion(def("the autonomous period", "the first 30 seconds in which robots must work entirely on their own", true))).toBe("What is the autonomous period?");
    expect(definitionQuestion(def("dividends", "payments a company makes to its shareholders", true))).toBe("What are dividends?");
    expect(definitionQuestion(def("the Middle Ages", "the centuries between the fall of Rome and the Renaissance", true))).toBe("What are the Middle Ages?");
  });
});
