// Generator 0.9.34: shapes round 7's reading and round 8's blind articles showed — a bare "the
// <noun>" whose name the sentence before gave ("the park" after "Uhuru Park"), written as that name
// when one name alone fits and dropped when it cannot be (the answer fills "the _____", two names
// fit); commas inside an aside's adjectives or a short quotation; an ordinal subject with a named
// aside; "on the grounds that"; a later clause's "his"; "a group of them"; "the span of …" glosses —
// each with sentences of the same shape (not an article's own) and the cases a rule must leave alone.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { referencesNamedBefore, withNamedReferences } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { definitionsOf, statementTexts, keptCandidateLines } from "../../fixtures/generate/statements";
import { reasonsIn } from "../../fixtures/generate/validation";

const candidates = keptCandidateLines;

const item = (prompt: string, answer: string, sentenceIndex: number) => ({ prompt, answer, source: { sentenceIndex } as QuestionDraft["source"] });

describe("a bare 'the <noun>' the text just before named, 0.9.34", () => {
  const park = articleFromParagraphs(
    [
      "In 1987 the mayor of Dunford announced a plan to build a car park on Larkfield Common, the largest open space in the town. Ellen Price, a retired nurse, wrote to every newspaper that the common belonged to the people. In 1990 she led a march across the common with hundreds of families.",
    ],
    { title: "Ellen Price" },
  );

  it("writes the name in place of the noun when one name alone fits", () => {
    expect(withNamedReferences(item("Ellen Price wrote to every newspaper that the common belonged to _____.", "the people", 1), park)).toBe(
      "Ellen Price wrote to every newspaper that Larkfield Common belonged to _____.",
    );
    expect(withNamedReferences(item("In which year did Ellen Price lead a march across the common with hundreds of families?", "1990", 2), park)).toBe(
      "In which year did Ellen Price lead a march across Larkfield Common with hundreds of families?",
    );
    // A name the article writes with "the" keeps it.
    const prize = articleFromParagraphs(["In 1961 Ruth Ode won the Hale Science Medal. She was the first engineer to receive the medal."], { title: "Ruth Ode" });
    expect(withNamedReferences(item("Ruth Ode was the first _____ to receive the medal.", "engineer", 1), prize)).toBe("Ruth Ode was the first _____ to receive the Hale Science Medal.");
  });

  it("drops the item when the noun is the answer, or two names fit", () => {
    const gap = item("Ellen Price wrote to every newspaper that the _____ belonged to the people.", "common", 1);
    expect(referencesNamedBefore(gap.prompt, gap, park)).toEqual([{ at: 42, length: 9, inGap: true, names: ["Larkfield Common"] }]);
    expect(withNamedReferences(gap, park)).toBeUndefined();
    // The validator says why: the item leans on the sentence before.
    const reasons = reasonsIn(park.paragraphs, { title: "Ellen Price" });
    expect(reasons("What did Ellen Price say the common belonged to?", "the people", "SHORT_ANSWER", 1)).toContain("dangling-reference");
    const two = articleFromParagraphs(["The race started at Kelby Bridge and finished at Morrow Bridge. Anna Lark led from the bridge to the finish."], { title: "Notes" });
    expect(referencesNamedBefore("Anna Lark led from the bridge to the finish.", { answer: "Anna Lark", source: { sentenceIndex: 1 } as QuestionDraft["source"] }, two)[0]?.names).toEqual(["Kelby Bridge", "Morrow Bridge"]);
    expect(withNamedReferences(item("Who led from the bridge to the finish?", "Anna Lark", 1), two)).toBeUndefined();
  });

  it("leaves alone a subject the sentence opens with, a name in the title, a name the stem holds, a number word and a longer name", () => {
    // "The school …" after two schools are named: whose, the reference reader decides, not the name before.
    const schools = articleFromParagraphs(["Hollin Academy beat St Bede's School 40-38 in the final. The school last won the cup in 2011."], { title: "Notes" });
    expect(referencesNamedBefore("In which year did the school last win the cup?", { answer: "2011", source: { sentenceIndex: 1 } as QuestionDraft["source"] }, schools)).toEqual([]);
    // The title shown beside the question names the lake.
    const lake = articleFromParagraphs(["Lake Orrin is the deepest lake in the valley. Three rivers feed the lake."], { title: "Lake Orrin" });
    expect(referencesNamedBefore("How many rivers feed the lake?", { answer: "Three", source: { sentenceIndex: 1 } as QuestionDraft["source"] }, lake)).toEqual([]);
    // "the five countries" is a number, and "Kelby Basin Trust" is a longer name, not the basin.
    const basin = articleFromParagraphs(["The Big Five pay the most. In 1999 the basin countries set up the Kelby Basin Trust."], { title: "Notes" });
    expect(referencesNamedBefore("Which are the five countries that pay the most?", { answer: "Big Five", source: { sentenceIndex: 0 } as QuestionDraft["source"] }, basin)).toEqual([]);
    expect(referencesNamedBefore("What did the basin countries set up in 1999?", { answer: "Kelby Basin Trust", source: { sentenceIndex: 1 } as QuestionDraft["source"] }, basin)).toEqual([]);
  });

  it("keeps no generated item with the bare noun the sentence before named", () => {
    const kept = candidates(park.paragraphs, "Ellen Price");
    expect(kept.some((c) => /Larkfield Common/.test(c.split(" → ")[0]) && /belonged|march/.test(c))).toBe(true);
    expect(kept.filter((c) => /\bthe common\b/.test(c.split(" → ")[0]))).toEqual([]);
  });
});

describe("commas that are no clause's edge, 0.9.34", () => {
  it("keeps a comma between two adjectives inside an aside, so the aside is read whole", () => {
    expect(statementTexts("The armies met at Hallow Field, a stretch of flat, boggy ground beside the River Dene, between the abbey at Corby and the town of Marsh.")).toEqual([
      "The armies met at Hallow Field between the abbey at Corby and the town of Marsh",
      "Hallow Field was a stretch of flat, boggy ground beside the River Dene",
    ]);
  });

  it("keeps a comma inside a short quoted phrase with no verb, so the clause after it stays whole", () => {
    expect(statementTexts('The council met in May, and on 2 June 1650 the bishop declared the agreement "false, and of no force", on the grounds that it had been signed under threat.')).toEqual([
      "The council met in May",
      'on 2 June 1650 the bishop declared the agreement "false, and of no force", on the grounds that it had been signed under threat',
    ]);
  });

  it("reads an ordinal subject with a named aside ('The first …, the …, was …') as a subject and its description", () => {
    expect(statementTexts("The first practical electric lamp, the carbon filament lamp, was made by the English chemist Joseph Swan in 1878.")).toEqual([
      "The first practical electric lamp was made by the English chemist Joseph Swan in 1878",
      "The first practical electric lamp was the carbon filament lamp",
    ]);
    // A name in the aside takes the description's place, as before.
    expect(statementTexts("The first working steam carriage, the Fardier, was built by Nicolas Cugnot in 1769.")).toEqual([
      "the Fardier was built by Nicolas Cugnot in 1769",
      "the Fardier was the first working steam carriage",
    ]);
  });
});

describe("reasons, owners and groups, 0.9.34", () => {
  it("asks why from 'on the grounds that …'", () => {
    const lines = candidates(["The guild sealed the Treaty of Hale in April 1650. In June 1650 Bishop Anselm declared the Treaty of Hale void, on the grounds that it had been signed under threat."], "The guild");
    expect(lines).toContain("Why did Bishop Anselm declare the Treaty of Hale void in June 1650? → it had been signed under threat");
  });

  it("gives a later clause's 'his' to the main clause's person, and 'the throne' needs no sentence before", () => {
    const lines = candidates(["King Harold of Wessex fought the earls. The earls took up arms and invited Prince Eric of Norway to take the crown. In March 1066 Harold died of a fever, and the throne passed to his young son, Edgar."], "King Harold");
    expect(lines).toContain("The throne passed to Harold’s young son, _____. → Edgar");
    expect(lines.filter((l) => /Norway’s|Eric’s/.test(l))).toEqual([]);
  });

  it("keeps 'his father' of a described father as the article's person's", () => {
    const lines = candidates(["Isaac Pell was born in Bristol in 1810. His father, Samuel Pell, was a Scottish printer who had settled in England."], "Isaac Pell");
    expect(lines.some((l) => /^Who was Isaac Pell’s father\?/.test(l) || /Samuel Pell was Isaac Pell’s father/.test(l))).toBe(true);
  });

  it("reads 'a group of them' as a share of the plural the sentence before opened on", () => {
    const lines = candidates(["By then many weavers had had enough of the new machines. In May 1812 a group of them attacked the mill at Rawfolds and chose as their leader George Mellor."], "The Luddites");
    expect(lines.some((l) => /a group of weavers/.test(l))).toBe(true);
    expect(lines.filter((l) => /group of them/.test(l))).toEqual([]);
  });
});

describe("a gloss that says how much or how long, 0.9.34", () => {
  it("defines a term by 'the span of …', 'the amount of …'", () => {
    expect(definitionsOf("The crew worked out the launch window, the span of time in which the rocket must lift off to reach its orbit.").map((d) => [d.term, d.definition])).toEqual([
      ["the launch window", "the span of time in which the rocket must lift off to reach its orbit"],
    ]);
    // Not a place's description ("Dover, the town nearest to France").
    expect(definitionsOf("The storm reached Dover, the town nearest to France, in the evening.")).toEqual([]);
  });
});
