// Generator 0.9.55: more facts that were only asked as a gap get a wh-question — each of two verb
// phrases on one subject ("opened in 1974 and closed in January 2025"), the object after a phrasal
// verb's particle ("lent out 2,150 books"), a role with what it leads ("Council leader …"), two roles
// joined by "and", a year with its era ("In 132 CE"), a description closing on a reduced relative
// clause, a subordinate clause first in what a question keeps; and three checks that threw good
// questions away. Each rule has a sentence it must leave alone.
import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { generateQuestions } from "../../../lib/generate";
import { validateQuestion } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines } from "../../fixtures/generate/statements";

const asked = (sentence: string, title = "Notes") => keptCandidateLines([sentence], title).join("\n");

describe("two verb phrases on one subject", () => {
  it("are asked one at a time, each with its own phrase", () => {
    const baths = asked("Castle Street Baths opened in 1974 and closed without warning in January 2025.", "Harwick Library");
    expect(baths).toMatch(/In which year did Castle Street Baths open\? → 1974/);
    expect(baths).toMatch(/When did Castle Street Baths close without warning\? → January 2025/);
    // (The subject is asked with both: one phrase alone may fit other places.)
    expect(baths).toMatch(/Which place opened in 1974 and closed without warning in January 2025\? → Castle Street Baths/);
    expect(asked("Fenwick Ward will take its last new patients in February and close for good on 31 March 2027.")).toMatch(/On what date will Fenwick Ward close for good\? → 31 March 2027/);
  });

  it("share a passive 'was' only with a participle that takes no object", () => {
    const library = asked("The Harwick Library was built by Josiah Pell and first opened in 1908.", "Harwick Library");
    expect(library).toMatch(/In which year was the Harwick Library first opened\? → 1908/);
    expect(library).toMatch(/Who built the Harwick Library\? → Josiah Pell/);
    // ("began" is no participle, "died" takes no object: each is a verb of its own, in statements too.)
    const dow = asked("The Dow Jones Industrial Average was first published by Charles Dow in 1896 and began with just 12 companies.");
    expect(dow).toMatch(/With how many companies did the Dow Jones Industrial Average begin\? → 12/);
    expect(dow).not.toMatch(/was began/);
    const hale = asked("Thomas Hale was elected in 1890 and died in London in 1910.");
    expect(hale).toMatch(/In which year did Thomas Hale die in London\? → 1910/);
    expect(hale).toMatch(/In which year was Thomas Hale elected\? → 1890/);
    expect(hale).not.toMatch(/was died/);
  });

  it("but not after a subject holding a clause of its own", () => {
    const russia = asked("Russia backed down when Germany supported Vienna, and resolved never to be humiliated again.");
    expect(russia).not.toMatch(/did Russia backed/);
    expect(russia).not.toMatch(/Which city did Russia/);
  });
});

describe("names and numbers in the subject or after a particle", () => {
  it("asks the object after a phrasal verb's particle, which stays with its verb", () => {
    expect(asked("Library staff lent out 2,150 books.", "Harwick Library")).toMatch(/How many books did Library staff lend out\? → 2,150/);
  });

  it("asks a role with what it leads, and two roles joined by 'and'", () => {
    expect(asked("Council leader Priya Nair said the plan was vital.")).toMatch(/Which council leader said the plan was vital\? → Priya Nair/);
    // (A team's name before "coach" is no field of a role: not "Which harrowmere coach …".)
    expect(asked("Harrowmere coach Steve Maddox was gracious in defeat.")).not.toMatch(/Which harrowmere coach/i);
    const zhang = asked("In 132 CE the Chinese astronomer and inventor Zhang Heng built a bronze vessel.");
    expect(zhang).toMatch(/Which Chinese astronomer and inventor built a bronze vessel in 132 CE\? → Zhang Heng/);
    // (The era goes with its year: the subject is not "CE the Chinese astronomer …".)
    expect(zhang).toMatch(/In which year did the Chinese astronomer and inventor Zhang Heng build a bronze vessel\? → 132 CE/);
  });
});

describe("a thing's name", () => {
  it("ending in a word the article writes alone after 'the' is no person's", () => {
    const text = "Orville Wright and Wilbur Wright built the aeroplane. The finished Wright Flyer, built of spruce, weighed about 605 pounds. Soon afterwards a gust overturned the Flyer, which never flew again.";
    const { questions } = generateQuestions(articleFromParagraphs([text], { title: "The Wright brothers" }), { max: 90 });
    const flyer = questions.filter((q) => /Flyer$/.test(q.answer));
    expect(flyer.length).toBeGreaterThan(0);
    expect(flyer.every((q) => q.answerType !== "person")).toBe(true);
    // (Nor is the phrase a name starts: "the Richter scale" keeps Charles Richter a person.)
    const richter = generateQuestions(articleFromParagraphs(["Charles Richter published a magnitude scale in 1935. News bulletins still say the Richter scale."], { title: "Earthquakes" }), { max: 90 }).questions;
    expect(richter.some((q) => q.answer === "Charles Richter" && q.answerType === "person")).toBe(true);
  });
});

describe("options for a team's people (0.9.56)", () => {
  it("never offer someone the article gives another place in the team than the stem names", () => {
    const text = [
      "Rowanford beat Harrowmere 20-15 on Saturday. Harrowmere struck first through a penalty from fly-half Alfie Crane after five minutes.",
      "Rowanford replied through winger Lewis Okafor, and fly-half Ethan Marsh added the extras. Flanker Matt Seddon barrelled over from a lineout on 68 minutes.",
      "Lock Sam Pryce and hooker Dan Whitcombe carried hard all afternoon. Head coach Bryn Carrow admitted he could barely watch. Scrum-half Kieran Doyle darted over on 47 minutes.",
    ];
    const { questions } = generateQuestions(articleFromParagraphs(text, { title: "Rowanford win the title" }), { max: 90, types: ["MCQ"] });
    const mcqs = questions.filter((q) => q.type === "MCQ" && q.answerType === "person");
    // (The facts are still asked, typed, when too few options fit.)
    const typed = generateQuestions(articleFromParagraphs(text, { title: "Rowanford win the title" }), { max: 90 }).questions;
    expect(typed.some((q) => q.answer === "Alfie Crane")).toBe(true);
    const rivals: Record<string, string[]> = { "Alfie Crane": ["Lewis Okafor", "Bryn Carrow", "Sam Pryce", "Kieran Doyle"], "Matt Seddon": ["Lewis Okafor", "Bryn Carrow", "Sam Pryce", "Ethan Marsh"] };
    // (A winger, a coach, a lock, a scrum-half: a stem that names the place rules each out — with too
    // few left the fact is typed. And a given name alone, "Ethan", is no option among full names.)
    for (const q of mcqs) {
      if (/fly-half _____|Which flanker/.test(q.prompt)) for (const other of rivals[q.answer] ?? []) expect(q.choices).not.toContain(other);
      expect(q.choices!.filter((c) => !/\s/.test(c))).toEqual([]);
    }
  });
});

describe("a year naming the thing after it", () => {
  it("is no count to ask for", () => {
    const { questions } = generateQuestions(articleFromParagraphs(["The back wall of the Harwick Library had shallower foundations than the 1908 plans showed."], { title: "Harwick Library" }), { max: 90 });
    expect(questions.some((q) => q.answer === "1908" && q.answerType === "count")).toBe(false);
    expect(asked("The library lent out 1,908 books.", "Harwick Library")).toMatch(/→ 1,908/);
  });
});

describe("what a question keeps", () => {
  it("leaves out a subordinate clause standing first after the answer", () => {
    expect(asked("The Harwick Library closed in November 2024 after engineers found that the timbers supporting its roof had been badly weakened by decades of rainwater.", "Harwick Library"))
      .toMatch(/When did the Harwick Library close\? → November 2024/);
  });

  it("reads a verb straight after a description's noun as a reduced relative clause, but not one that reports", () => {
    const joined = asked("In 1942 Rosalind Franklin joined the British Coal Utilisation Research Association (BCURA), an industry body set up to improve the way Britain used its coal.", "Rosalind Franklin");
    expect(joined).toMatch(/In which year did Rosalind Franklin join the British Coal Utilisation Research Association\? → 1942/);
    expect(asked("In 1942 the mill joined the Northern Textile Federation, the company said.", "Mills")).not.toMatch(/In which year did the mill join the Northern Textile Federation\?/);
  });
});

describe("checks that threw good questions away", () => {
  const sentence = "In 1225 Henry issued a final version in his own name.";
  const draft = (prompt: string): QuestionDraft => ({
    key: "k", type: "SHORT_ANSWER", prompt, answer: "1225", acceptedAnswers: [], explanation: "",
    source: { sentenceIndex: 0, start: 3, end: 7, sentence }, answerType: "year", factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "x",
  });
  const reasons = (prompt: string) => validateQuestion(draft(prompt), { title: "t", sentences: [{ index: 0, paragraph: 0, start: 0, end: sentence.length, text: sentence }] as never });

  it("a name the stem owns is no naming verb missing its object", () => {
    expect(reasons("In which year did Henry issue a final version in his own name?")).not.toContain("ungrammatical");
    expect(reasons("What did the villagers name?")).toContain("ungrammatical");
  });

  it("a form of the answer the stem shows drops the item, unless the answer is a person's name", () => {
    // (A relative's full name shares the family name: "Franklin" is no answer, and the question stands.)
    const { questions } = generateQuestions(articleFromParagraphs(["Rosalind Franklin was born in London in 1920. Her father, Ellis Arthur Franklin, was a merchant banker."], { title: "Rosalind Franklin" }), { max: 90, types: ["SHORT_ANSWER"] });
    const father = questions.find((q) => q.prompt === "Who was Rosalind Franklin’s father?");
    expect(father?.acceptedAnswers).toEqual(["Ellis Franklin"]);
    // (Anything else: "Soil Conservation" in the stem gives the act away.)
    const sentence = "On 27 April 1935 President Franklin D. Roosevelt signed the Soil Conservation Act, which created the Soil Conservation Service within the Department of Agriculture, with Bennett as its first chief.";
    const { candidates = [] } = generateQuestions(articleFromParagraphs([sentence], { title: "The Dust Bowl" }), { max: 90, explain: true });
    const act = candidates.find((c) => c.type === "SHORT_ANSWER" && c.prompt.startsWith("Which act created the Soil Conservation Service"));
    expect(act?.reasons).toContain("answer-in-stem");
  });

  it("a stem opening on 'Elsewhere' leans on the place the sentence before said", () => {
    expect(reasons("Elsewhere there are _____ public computers.")).toContain("dangling-reference");
    expect(reasons("There are _____ public computers in the Harwick Library.")).not.toContain("dangling-reference");
  });

  it("'without warning' is no saying cut off", () => {
    expect(reasons("When did Castle Street Baths close without warning?")).not.toContain("saying-cut-off");
    expect(reasons("Which officer was warning?")).toContain("saying-cut-off");
  });

  it("an adjective or a clause's own verb after 'did' is no past tense left behind", () => {
    expect(reasons("In which year did Hodgkin show that the molecule contained a beta-lactam ring?")).not.toContain("did-with-past-tense");
    expect(reasons("When did a storm lift an estimated 350 million tons of soil from the Plains?")).not.toContain("did-with-past-tense");
    expect(reasons("Where did a storm wreck the junk that carried the gifts?")).not.toContain("did-with-past-tense");
    expect(reasons("By which year does Kelby's grain trade with the US exceeded five times Arden's?")).toContain("did-with-past-tense");
  });
});
