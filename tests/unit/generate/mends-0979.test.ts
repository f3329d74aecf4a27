// Generator 0.9.79: an everyday word is no gap to ask for; a false statement that still shows the
// value it swapped out is not made; and five shapes that hid facts or broke a stem: "£2 million
// towards …" (no unit "towards"), "held in _____ in April 2027" (a month after "in" ends no name),
// "the MV Glenara during her annual survey" (a ship is "she"), "At the regional heat in Exeter in
// October, the robot's arm, which …, snapped" (a fronted chain of phrases keeps the subject), and
// "hotter than 1,500°C" (a temperature is a quantity).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { isEverydayNoun } from "../../../lib/generate/glossary";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { everyQuestion } from "../../fixtures/generate/update-verdicts";

const all = everyQuestion;
const made = (paragraphs: string[]) => generateQuestions(articleFromParagraphs(paragraphs, { title: "Town news" }), { max: 90 }).questions;

describe("an everyday word as the gap", () => {
  it("is told apart from a term the article teaches by how often WordNet's tagged corpus met it", () => {
    for (const w of ["electricity", "population", "distance", "positions"]) expect(isEverydayNoun(w), w).toBe(true);
    for (const w of ["stomata", "derailleur", "chlorophyll", "ribosomes"]) expect(isEverydayNoun(w), w).toBe(false);
  });

  it("is not asked, however often the article uses it ('… supplied _____ continuously' → electricity)", () => {
    const everyday = (slug: string) => all(slug).filter((q) => q.type !== "TRUE_FALSE" && /^(?:electricity|population|position|positions|distance|difference)$/.test(q.answer)).map((q) => q.prompt);
    for (const slug of ["how-a-battery-works", "how-gps-works", "the-irish-great-famine", "how-tides-work"]) expect(everyday(slug), slug).toEqual([]);
  });

  it("is still asked where the sentence names it ('which is known as the _____' → principal)", () => {
    expect(all("how-interest-rates-work").find((q) => q.answer === "principal")?.prompt).toBe("Interest is usually given as a yearly percentage of the sum borrowed, which is known as the _____.");
  });
});

describe("a false statement made by a swap", () => {
  it("is not made when a name it keeps still shows the swapped-out value", () => {
    const falseOnes = (slug: string) => all(slug).filter((q) => q.type === "TRUE_FALSE" && q.answer === "False").map((q) => q.prompt);
    expect(falseOnes("how-the-stock-market-works").filter((p) => /S&P 500 covers (?!500\b)\d/.test(p))).toEqual([]);
    expect(falseOnes("hollins-cross-cycle-lane-consultation").filter((p) => /Ashworth's Hardware/.test(p) && !/^Derek Ashworth\b/.test(p))).toEqual([]);
    expect(falseOnes("riverton-rowing-severn-cup").filter((p) => /Severn Cup course runs .* down the (?!Severn\b)\p{Lu}/u.test(p))).toEqual([]);
  });

  it("is still made when the kept name is the subject's own ('Shockley left Bell Labs and … founded the …')", () => {
    const swaps = all("the-transistor-story").filter((q) => q.type === "TRUE_FALSE" && q.answer === "False" && /^Shockley left Bell Labs\b/.test(q.prompt)).map((q) => q.prompt);
    expect(swaps.filter((p) => !/Shockley Semiconductor Laboratory/.test(p))).not.toEqual([]);
  });
});

describe("facts a word after them hid or broke", () => {
  it("asks how much someone pays towards a thing, not 'pay the new road'", () => {
    const p = made(["Kelsworth Town Council voted on Monday to build a new bypass around the town centre.", "Harwick Quarries will pay £2 million towards the new road."]).map((q) => q.prompt);
    expect(p).toContain("How much will Harwick Quarries pay towards the new road?");
    expect(p.filter((x) => /pay the new road/.test(x))).toEqual([]);
  });

  it("takes a month after 'in' for a time, not the rest of a name ('held in Singapore in April 2027')", () => {
    expect(all("greyhaven-robotics-national-final").map((q) => q.prompt)).toContain("In which country will the World Schools Robotics Festival be held in April 2027?");
  });

  it("reads a ship's 'her' as the ship ('the MV Glenara during her annual survey')", () => {
    expect(all("island-ferry-service-suspended").find((q) => q.type === "CLOZE" && q.answer === "Maritime and Coastguard Agency")?.prompt).toMatch(/rudder stock of the MV Glenara during her annual survey/);
  });

  it("keeps the subject after a fronted chain of phrases ('At the regional heat in Exeter in October, the robot's arm, which …, snapped')", () => {
    const p = made(["Greyhaven College won the national robotics final on Saturday.", "At the regional heat in Exeter in October, the robot's original lifting arm, which the team had made from 3D-printed plastic, snapped halfway through the semi-final."]).map((q) => q.prompt);
    expect(p.filter((x) => /\bin (?:October|_____) snapped\b/.test(x))).toEqual([]);
    // A subject inside a longer opening is no fronted phrase: "women of the … Society in Staffordshire, led by …, stitched".
    expect(all("the-bayeux-tapestry").map((q) => q.prompt)).toContain("In 1885 and 1886 women of the _____ in Staffordshire stitched a Victorian replica.");
  });

  it("asks for a temperature written on its number ('hotter than 1,500°C', 'above about 120 °C')", () => {
    expect(all("how-a-jet-engine-works").find((q) => q.answer === "1,500°C")?.prompt).toBe("The gas leaving the chamber can be hotter than _____, well above the melting point of the metal parts just behind it.");
    expect(all("how-a-hot-air-balloon-flies").map((q) => q.answer)).toContain("120 °C");
  });
});

describe("what a question asks for and what it offers", () => {
  it("asks for a place by the kind its name ends in ('Which island …?', 'Which ward …?'), never a street", () => {
    expect(all("the-endurance-expedition").map((q) => q.prompt)).toContain("Which island lay far from any shipping route?");
    expect(all("kelsworth-ward-closure-pasted").map((q) => q.prompt)).toContain("Which ward remains open for now?");
    // "Since Castle Street closed" means the baths: a street kind would ask for the wrong thing.
    expect(all("thornbury-vale-leisure-centre-approved").filter((q) => /^Which street\b/.test(q.prompt))).toEqual([]);
  });

  it("offers no city that is also a country beside a city ('Geneva': not Luxembourg)", () => {
    const gatt = all("bretton-woods-and-the-dollar").find((q) => q.type === "MCQ" && /^In which city was the General Agreement on Tariffs and Trade signed\b/.test(q.prompt));
    expect(gatt?.choices).toContain("Geneva");
    expect(gatt?.choices).not.toContain("Luxembourg");
  });

  it("offers no figure as a definition of a thing ('What is the goal circle?' beside 'a success rate of 86 per cent')", () => {
    const definitions = all("eastfield-netball-county-final").filter((q) => q.type === "MCQ" && /^What (?:is|are) /.test(q.prompt) && !/\d/.test(q.answer));
    expect(definitions.flatMap((q) => q.choices ?? []).filter((c) => /\d/.test(c))).toEqual([]);
    // A year is no figure: "Germany's promise of … in July 1914" is still asked among the handout's terms.
    expect(all("causes-of-the-first-world-war-handout").map((q) => q.prompt)).toContain("What is the blank cheque?");
  });
});

describe("what a reading of the round's first output found", () => {
  it("takes the modifier alone when the stem names the head ('What is the market in which prices are falling … called?' → 'bear')", () => {
    const bear = all("how-the-stock-market-works").find((q) => q.answer === "bear market" && q.type === "SHORT_ANSWER");
    expect(bear?.prompt).toMatch(/^What is the market in which prices are falling\b.* called\?$/);
    expect(bear?.acceptedAnswers).toContain("bear");
  });

  it("asks no definition cut before its own 'when' ('A(n) _____ is the penalty an umpire gives.')", () => {
    expect(all("eastfield-netball-county-final").filter((q) => /^A\(n\) _____ is the penalty an umpire gives\.$/.test(q.prompt))).toEqual([]);
  });

  it("asks a home nation as the country it is, not 'Where …?' ('arrived in England …, at Melcombe, in Dorset')", () => {
    const p = all("the-black-death").map((q) => q.prompt);
    expect(p).toContain("In which country did the plague arrive in June 1348?");
    expect(p.filter((x) => /^Where did the plague arrive\b/.test(x))).toEqual([]);
  });
});

