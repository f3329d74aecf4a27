// Generator 0.9.53: more facts that were only asked as a gap get a wh-question — a number after
// "more than" / "at least" (the answer keeps its bound), a role written as a bare title or "a man
// named …" before a person, an adverb the parser left on the subject ("… later produced"), the object
// of an infinitive that completes the verb ("agreed to pay …"), and the name a naming verb gives
// its object. Each rule has a sentence it must leave alone.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { gradeResponse } from "../../../lib/quiz/grade";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines } from "../../fixtures/generate/statements";

const asked = (sentence: string, title = "Notes") => keptCandidateLines([sentence], title).join("\n");

describe("a bounded number", () => {
  it("is asked with how many, and the answer keeps its bound", () => {
    expect(asked("Millbrook Reservoir was built more than 130 years ago.")).toMatch(/How many years ago was Millbrook Reservoir built\? → more than 130/);
    expect(asked("The Antarctic Ice Sheet is more than 4 kilometres thick in places.")).toMatch(/How many kilometres thick is the Antarctic Ice Sheet in places\? → more than 4/);
    expect(asked("Researchers have counted at least 140 people.")).toMatch(/How many people have researchers counted\? → at least 140/);
  });

  it("accepts the number alone, and shows no options that would state it unbounded", () => {
    const { candidates = [] } = generateQuestions(articleFromParagraphs(["Millbrook Reservoir was built more than 130 years ago."], { title: "Notes" }), { max: 90, explain: true });
    const question = candidates.find((c) => c.type === "SHORT_ANSWER" && c.answer === "more than 130");
    expect(question).toBeDefined();
    const { questions } = generateQuestions(articleFromParagraphs(["Millbrook Reservoir was built more than 130 years ago."], { title: "Notes" }), { types: ["SHORT_ANSWER"], max: 90 });
    const typed = questions.find((q) => q.answer === "more than 130")!;
    expect(typed.acceptedAnswers).toContain("130");
    expect(gradeResponse(typed, "130").correct).toBe(true);
    expect(gradeResponse(typed, "120").correct).toBe(false);
    // The teacher's view marks the bound with the number.
    expect(typed.source.sentence.slice(typed.source.start, typed.source.end)).toBe("more than 130");
    expect(candidates.some((c) => c.type === "MCQ" && c.prompt.startsWith("How many years ago"))).toBe(false);
  });

  it("leaves alone a relative clause of the counted noun, an aside after a measure, and a negated time", () => {
    expect(asked("Researchers have counted at least 140 people who were killed at the Wall.")).not.toMatch(/How many people have researchers counted/);
    expect(asked("The finished cable was more than 2,500 miles long, far too much for any one ship of the day.")).toMatch(/How many miles long was the finished cable\? → more than 2,500/);
    expect(asked("The fragile cloth has not been in England for more than 900 years.")).not.toMatch(/How many years/);
  });
});

describe("a person named by a role", () => {
  it("asks which referee, winger or officer", () => {
    expect(asked("Referee Paula Winter showed Connor Bales a yellow card.")).toMatch(/Which referee showed Connor Bales a yellow card\? → Paula Winter/);
    expect(asked("On 12 minutes winger Lewis Okafor finished a sweeping move down the left.")).toMatch(/Which winger finished a sweeping move down the left on 12 minutes\? → Lewis Okafor/);
    expect(asked("An officer named Pierre-François Bouchard recognised that the inscriptions might matter.")).toMatch(/Which officer recognised that the inscriptions might matter\? → Pierre-François Bouchard/);
    expect(asked("In the 1680s a man named Edward Lloyd ran a coffee house in London.")).toMatch(/Who ran a coffee house in London in the 1680s\? → Edward Lloyd/);
  });

  it("keeps an adverb the parser left on the subject before the verb", () => {
    expect(asked("The microbiologist Maurice Hilleman later produced a gentler version.")).toMatch(/Which microbiologist later produced a gentler version\? → Maurice Hilleman/);
  });
});

describe("objects asked past the verb", () => {
  it("the object of an infinitive that completes the verb", () => {
    expect(asked("The Department for Transport has agreed to pay £150 million through its regional transport fund.")).toMatch(/How much has the Department for Transport agreed to pay through its regional transport fund\? → £150 million/);
  });

  it("but not with a second infinitive, nor a closing 'too'", () => {
    expect(asked("The council has promised to plant three new trees for every one cut down and to build a noise barrier.")).not.toMatch(/How many new trees/);
    expect(asked("Savers need to watch inflation too.")).not.toMatch(/What do savers need to watch too\?/);
  });

  it("the name a naming verb gives its object, not a name inside the object", () => {
    expect(asked("The East German government called the barrier the Anti-Fascist Protection Rampart.")).toMatch(/What did the East German government call the barrier\? → Anti-Fascist Protection Rampart/);
    expect(asked("Ernest Shackleton named the venture the Imperial Trans-Antarctic Expedition.")).toMatch(/What did Ernest Shackleton name the venture\? → Imperial Trans-Antarctic Expedition/);
    expect(asked("Arab sailors called the Chinese port of Quanzhou Zaytun.")).not.toMatch(/call the Chinese port of\?/);
  });
});

describe("what the first reading of 0.9.53 found broken", () => {
  it("asks nothing of a case after 'when' about 'a' something", () => {
    expect(asked("A held ball is the penalty an umpire gives when a player keeps hold of the ball for more than three seconds.")).not.toMatch(/How many seconds does a player keep hold/);
  });

  it("asks no 'Who never …?' and no '… soon afterwards?'", () => {
    expect(asked("Lovell never flew in space again.", "The Apollo 13 mission")).not.toMatch(/Who never flew/);
    expect(asked("The Soviet Union sent a delegation to Bretton Woods but never ratified the agreements.")).toMatch(/Which country sent a delegation to Bretton Woods but never ratified the agreements\? → Soviet Union/);
    expect(asked("Charles Bright laid the cable in 1858. Bright was knighted soon afterwards.")).not.toMatch(/knighted soon afterwards/);
  });

  it("asks no 'On how many minutes …?' of a match's minute", () => {
    expect(asked("The decisive moment came on 76 minutes.")).not.toMatch(/On how many minutes/);
  });

  it("reads 'the women's section' as no team named '… Women'", () => {
    const lines = keptCandidateLines(["Ashvale won the Harnshire Women's County Cup on Sunday. The side began with 13 players; today the women's section has more than 90 members."], "Ashvale women win county cup").join("\n");
    expect(lines).not.toMatch(/Harnshire Women’s section/);
  });
});
