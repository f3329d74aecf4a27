// Why- and what-for questions asked as multiple choice (issue 10: causes and purposes), where the
// short answer is too long to type: a key that repeated the stem's own words beside three options
// about other things gave itself away and was dropped ("answer-stands-out"); one whose subject the
// stem names is keyed with its pronoun, as a teacher keys it.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { pronounForStemSubject } from "../../../lib/generate/causes";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const whyChoices = (paragraphs: string[], title: string) => {
  const article = articleFromParagraphs(paragraphs, { slug: title.toLowerCase().replace(/\W+/g, "-"), title });
  const { questions, candidates } = generateQuestions(article, { explain: true, max: 60 });
  return {
    kept: questions.filter((q) => q.type === "MCQ" && /^(?:Why|What was the purpose)\b/.test(q.prompt)),
    dropped: (candidates ?? []).filter((c) => /^wh-(?:reason|purpose)-choice$/.test(c.form) && c.reasons.some((r) => r !== "ranked-out")),
  };
};

const PENICILLIN = [
  "Penicillin targets the cell wall, a tough layer around each bacterium. The wall becomes weak and the cell bursts. " +
    "Human cells do not have a cell wall, so penicillin leaves them alone. " +
    "Doctors limit the use of antibiotics because the drugs we have must be made to last. " +
    "Resistance spreads quickly because the first bacteria to die are the weakest. " +
    "The drug is given for a full week so that the immune system, the body's natural defence, can clear the rest. " +
    "Hospitals test samples so that the right drug is chosen.",
];

describe("a reason whose subject the stem names", () => {
  it("is keyed with its pronoun, the article's words still accepted", () => {
    const { kept } = whyChoices(PENICILLIN, "How penicillin works");
    const q = kept.find((k) => k.prompt === "Why does penicillin leave human cells alone?");
    expect(q, JSON.stringify(kept.map((k) => k.prompt))).toBeDefined();
    expect(q!.answer).toBe("they do not have a cell wall");
    expect(q!.acceptedAnswers).toContain("human cells do not have a cell wall");
    // The options are other clauses of the article, none opening on a pronoun of its own.
    expect(q!.choices).toHaveLength(4);
    expect(q!.choices!.filter((c) => /^(?:they|it)\b/.test(c))).toEqual(["they do not have a cell wall"]);
  });

  it("takes 'it' for a singular subject named in the stem", () => {
    const { kept } = whyChoices(
      [
        "A bill is read three times in the Commons. Next comes the committee stage, when the bill is examined line by line. " +
          "Some bills go to a committee of the whole House, so that every MP can take part. " +
          "Governments prefer compromise, so the Acts have been used only a handful of times. " +
          "What happens if the Houses never agree? Because the Commons is elected and the Lords is not, the Commons has the final word. " +
          "Royal Assent follows once both Houses have agreed on exactly the same text.",
      ],
      "How a bill becomes law",
    );
    const q = kept.find((k) => k.prompt === "Why does the Commons have the final word?");
    expect(q, JSON.stringify(kept.map((k) => k.prompt))).toBeDefined();
    expect(q!.answer).toBe("it is elected and the Lords is not");
  });
});

describe("a key that repeats the stem's words beyond a subject it names", () => {
  it("still stands out and is not asked", () => {
    const { dropped } = whyChoices(
      [
        "Gutenberg had to create a new ink because the water-based inks used by scribes would not cling to metal. " +
          "Printers in the early workshops worked at night because the shops were busy with customers by day. " +
          "William Caxton moved his whole press to London because the royal court offered him rich patrons. " +
          "Books became much cheaper within fifty years because paper replaced the costly parchment of the monks. " +
          "Readers across Europe learned Latin because the universities taught every subject in it.",
      ],
      "The printing press",
    );
    const q = dropped.find((c) => c.prompt === "Why did Gutenberg have to create a new ink?");
    expect(q?.answer).toBe("the water-based inks used by scribes would not cling to metal");
    expect(q?.reasons).toContain("answer-stands-out");
  });
});

describe("pronounForStemSubject", () => {
  it("says the stem's subject, or its only plural, as 'they' or 'it'", () => {
    expect(pronounForStemSubject("the coins were used in foreign trade", "Why did most gold coins carry legends in Greek?")?.text).toBe("they were used in foreign trade");
    expect(pronounForStemSubject("human cells do not have a cell wall", "Why does penicillin leave human cells alone?")).toEqual({ text: "they do not have a cell wall", subject: "human cells" });
  });

  it("renames nothing that could be another of the stem's things, a name, or a subject without a verb that tells its number", () => {
    // ("they" could be the legends: the coins are no subject here, and the stem has another plural.)
    expect(pronounForStemSubject("the coins were used in foreign trade", "Why were legends in Greek stamped on the coins?")).toBeUndefined();
    // ("it" for what is not the stem's subject could be anything singular in it.)
    expect(pronounForStemSubject("the river was too shallow", "Why did the town build a canal beside the river?")).toBeUndefined();
    // (A person would need "he" or "she".)
    expect(pronounForStemSubject("Fleming was away on holiday", "Why did Fleming leave the dishes out?")).toBeUndefined();
    expect(pronounForStemSubject("green light bounces back to our eyes", "Why do leaves look green to us?")).toBeUndefined();
  });
});

describe("the options of a why-question", () => {
  it("are whole clauses: not a 'so that' subject cut at its aside", () => {
    const { kept, dropped } = whyChoices(PENICILLIN, "How penicillin works");
    const options = [...kept.flatMap((q) => q.choices ?? [])];
    expect(options.length, JSON.stringify(dropped)).toBeGreaterThan(0);
    expect(options).not.toContain("the immune system");
  });
});
