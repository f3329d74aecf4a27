// Generator 0.9.78: "the council", "the school", "the agency", "the Bank" in a stem are named — the one
// body of that kind the article named — so the question reads on its own (readers' rule 3: of 15 read
// items with a bare "the council", 13 were unacceptable for it).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { everyQuestion } from "../../fixtures/generate/update-verdicts";

const all = everyQuestion;
const prompts = (paragraphs: string[]) => generateQuestions(articleFromParagraphs(paragraphs, { title: "Town news" }), { max: 90 }).questions.map((q) => q.prompt);

describe("a body the stem calls by its kind alone", () => {
  it("is the one council, school, college or agency the article named ('at Millbrook High School')", () => {
    expect(all("pupils-solar-roof-award").map((q) => q.prompt)).toContain("Who is head of science at Millbrook High School?");
    expect(all("quarry-firm-fined-river-pollution-pasted").map((q) => q.prompt)).toContain("How many dead fish did officers from the Environment Agency count?");
    expect(all("greyhaven-robotics-national-final").map((q) => q.prompt)).toContain("Who is 17 and in her final year at Greyhaven Community College?");
    for (const slug of ["pupils-solar-roof-award", "quarry-firm-fined-river-pollution-pasted", "greyhaven-robotics-national-final", "kelsworth-ward-closure-pasted", "harwick-library-reopens", "dunmore-bus-cuts-pasted"]) {
      expect(all(slug).filter((q) => /\b[Tt]he (council|school|college|agency)\b/.test(q.prompt)).map((q) => q.prompt), slug).toEqual([]);
    }
  });

  it("takes the article's 'the' or not, and a post before it becomes 'the leader of …'", () => {
    const p = prompts(["Kelsworth Town Council met on Monday. Ruth Ashdown is the council leader.", "Officers from the Environment Agency counted 612 dead fish. The council voted to close the ward by 14 votes to 5.", "The council leader, Ruth Ashdown, said the ward could not be saved. Officers from the agency counted 40 dead trout in the river."]);
    expect(p).toContain("Who is the leader of Kelsworth Town Council?");
    expect(p).toContain("How many dead trout did officers from the Environment Agency count in the river?");
    expect(p.filter((x) => /\bthe council\b|\bthe agency\b|Council of Kelsworth/.test(x))).toEqual([]);
  });

  it("names 'the Bank' in full when the article is about the Bank of England", () => {
    expect(all("how-interest-rates-work").filter((q) => /\bthe Bank\b(?! of)/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(all("how-interest-rates-work").map((q) => q.prompt)).toContain("Who gave the Bank of England independence over interest rates in 1997?");
  });

  it("stays as it is for two bodies of a kind, a kind's own day or year, or a body named only after it", () => {
    // Eastfield Academy and St Aldhelm's School: "the school" is either.
    expect(all("eastfield-netball-county-final").filter((q) => /St Aldhelm's School|Eastfield Academy/.test(q.prompt) && /\blift the trophy\b/.test(q.prompt))).toEqual([]);
    const p = prompts(["The council approved the plan on Tuesday by 20 votes to 4.", "Harlow District Council will pay £2 million towards the new road."]);
    expect(p.filter((x) => /Harlow District Council approved/.test(x))).toEqual([]);
    expect(all("thornbury-vale-leisure-centre-approved").map((q) => q.prompt).filter((x) => /\bday of\b/.test(x))).toEqual([]);
  });
});
