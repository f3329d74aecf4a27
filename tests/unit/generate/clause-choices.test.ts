// Why-questions whose answer is a whole clause (issue 10: causes and purposes) are asked as multiple
// choice, the other options being "because …"/"so that …" clauses of other sentences of the article.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const WHY = [
  "The Kestrel Bay barrier was finished in 2019. The harbour wall was never raised because the town wanted to keep its view of the water.",
  "A fish pass was built into the barrier so that salmon and sea trout can still swim upriver when the gates are raised.",
  "The council chose steel gates because concrete gates would have cracked in the cold winters.",
  "The engineers added a second pump house because the first one flooded during the storm of 2014.",
];

describe("why-questions with clause answers", () => {
  it("asks a long reason as multiple choice with three reason clauses from other sentences", () => {
    const article = articleFromParagraphs(WHY, { slug: "kestrel-why", title: "The Kestrel Bay barrier" });
    const { candidates } = generateQuestions(article, { explain: true, max: 40 });
    const mcq = candidates!.find((c) => c.form === "wh-purpose-choice");
    expect(mcq, JSON.stringify(candidates!.filter((c) => /wh-(reason|purpose)/.test(c.form)), null, 1)).toBeDefined();
    expect(mcq!.prompt).toBe("Why was a fish pass built into the barrier?");
    expect(mcq!.answer).toBe("salmon and sea trout can still swim upriver when the gates are raised");
    expect(mcq!.reasons).toEqual([]);
    const { questions } = generateQuestions(article, { max: 40 });
    const q = questions.find((x) => x.prompt === mcq!.prompt && x.type === "MCQ")!;
    expect(q.acceptedAnswers).toContain("so that salmon and sea trout can still swim upriver when the gates are raised");
    expect(q.choices).toHaveLength(4);
    // Every option is a clause of another sentence, none longer than Kahoot's 75 characters.
    for (const o of q.choices!) expect(o.length).toBeLessThanOrEqual(75);
    expect(q.choices!.filter((o) => o !== q.answer).sort()).toEqual(
      ["concrete gates would have cracked in the cold winters", "the first one flooded during the storm of 2014", "the town wanted to keep its view of the water"].sort(),
    );
  });

  it("writes a reason that opens its sentence in lower case, like the other options", () => {
    const article = articleFromParagraphs(
      [
        ...WHY.slice(0, 3),
        // A present-tense question takes present-tense options only ("the substance was unstable" is ruled out by grammar).
        "Salmon return to the river each spring because the water stays cold all summer. Gulls follow the ferries because the propellers stir up small fish.",
        "Human cells have no cell walls, which is why penicillin harms bacteria far more than the patient.",
      ],
      { slug: "kestrel-why-case", title: "The Kestrel Bay barrier" },
    );
    const { questions } = generateQuestions(article, { max: 40 });
    const q = questions.find((x) => x.type === "MCQ" && x.prompt === "Why does penicillin harm bacteria far more than the patient?");
    expect(q, JSON.stringify(questions.map((x) => x.prompt))).toBeDefined();
    expect(q!.answer).toBe("human cells have no cell walls");
    for (const o of q!.choices!) expect(o).toMatch(/^\p{Ll}/u);
    expect(q!.choices!.some((o) => /\b(?:was|were|had|flooded|wanted)\b/.test(o))).toBe(false);
  });

  it("takes no option whose pronoun points outside it (\"from his urine\") when the answer has none", () => {
    const article = articleFromParagraphs(
      [...WHY.slice(0, 3), "The patient improved, but the supply ran out even though the team recovered the drug from his urine."],
      { slug: "kestrel-why-pointing", title: "The Kestrel Bay barrier" },
    );
    const { questions } = generateQuestions(article, { max: 40 });
    for (const q of questions.filter((x) => x.type === "MCQ" && x.prompt.startsWith("Why"))) expect(q.choices!.some((o) => /\bhis\b/.test(o))).toBe(false);
  });

  it("with only two other reason clauses, takes the answer turned round as the third option", () => {
    const article = articleFromParagraphs(WHY.slice(0, 3), { slug: "kestrel-why-two", title: "The Kestrel Bay barrier" });
    const { questions } = generateQuestions(article, { max: 40 });
    const q = questions.find((x) => x.type === "MCQ" && x.prompt === "Why was a fish pass built into the barrier?");
    expect(q, JSON.stringify(questions.map((x) => x.prompt))).toBeDefined();
    expect(q!.choices!.filter((o) => o !== q!.answer).sort()).toEqual(
      ["concrete gates would have cracked in the cold winters", "salmon and sea trout can still swim upriver when the gates are lowered", "the town wanted to keep its view of the water"].sort(),
    );
  });

  it("does not ask it when the article has fewer than two other reason clauses", () => {
    const article = articleFromParagraphs(WHY.slice(0, 2), { slug: "kestrel-why-short", title: "The Kestrel Bay barrier" });
    const { candidates, questions } = generateQuestions(article, { explain: true, max: 40 });
    const mcq = candidates!.find((c) => c.form === "wh-purpose-choice");
    expect(mcq?.reasons).toContain("too-few-distractors");
    expect(questions.some((q) => q.type === "MCQ" && q.prompt.startsWith("Why"))).toBe(false);
  });

  it("asks why of a reason that opens the sentence or follows the verb, never of reported speech", () => {
    const article = articleFromParagraphs(
      [
        "Because the United States held most of the world's gold, White's plan largely prevailed.",
        "\"I told them at half-time that nobody outside this dressing room believed in us, and that was fine, because we only needed to believe in each other,\" Brookes said afterwards.",
      ],
      { slug: "why-stems", title: "Why stems" },
    );
    const prompts = generateQuestions(article, { explain: true, max: 40 }).candidates!.filter((c) => /^wh-reason/.test(c.form)).map((c) => [c.prompt, c.answer]);
    expect(prompts).toContainEqual(["Why did White's plan largely prevail?", "the United States held most of the world's gold"]);
    expect(prompts.some(([p]) => /["“”]/.test(p))).toBe(false);
  });
});

describe("typed why-answers", () => {
  it("accepts what a learner would write for a short copula reason", () => {
    const article = articleFromParagraphs(
      ["Alexander Fleming found penicillin in 1928. Fleming could not purify penicillin in useful amounts, because the substance was unstable, and for about a decade it remained a laboratory curiosity."],
      { slug: "why-typed", title: "Penicillin" },
    );
    const q = generateQuestions(article, { max: 40 }).questions.find((x) => x.prompt === "Why could Fleming not purify penicillin in useful amounts?");
    expect(q?.answer).toBe("the substance was unstable");
    expect(q!.acceptedAnswers.sort()).toEqual(["because it was unstable", "because the substance was unstable", "it was unstable", "unstable"]);
  });
});

describe("events as last-resort options", () => {
  const EVENTS = [
    "The Millbrook canal opened in 1820. The engineers worked through two hard winters.",
    "The old toll house was pulled down in 1901. Because the railway carried coal far more cheaply and ran through every town in the valley, the canal company closed the locks.",
    "The towpath became a cycle route. A local trust restored the basin in 1998. The lock keepers moved to the new reservoir in the hills.",
    "The boatmen found work in the mills of the town.",
  ];

  it("fills a why-question's options with the article's stated events, none beside the question's sentence", () => {
    const article = articleFromParagraphs(EVENTS, { slug: "canal-why", title: "The Millbrook canal" });
    const { questions } = generateQuestions(article, { max: 40 });
    const q = questions.find((x) => x.type === "MCQ" && x.prompt === "Why did the canal company close the locks?");
    expect(q, JSON.stringify(questions.map((x) => x.prompt))).toBeDefined();
    expect(q!.answer).toBe("the railway carried coal far more cheaply");
    expect(q!.choices).toHaveLength(4);
    // Sentences next to the question's own may tell its cause in order ("The old toll house was pulled down").
    expect(q!.choices!.some((o) => /toll house|towpath/.test(o))).toBe(false);
    // A dated event reads as a record, not a reason ("the Millbrook canal opened in 1820"): undated ones only.
    expect(q!.choices!.filter((o) => o !== q!.answer).sort()).toEqual(["the boatmen found work in the mills of the town", "the engineers worked through two hard winters", "the lock keepers moved to the new reservoir in the hills"]);
    // The whole reason the sentence gives is a key too.
    expect(q!.acceptedAnswers).toContain("because the railway carried coal far more cheaply and ran through every town in the valley");
  });
});
