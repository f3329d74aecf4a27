// A size said with its dimension ("The tower is 31 metres high") asked as a teacher asks it — "How
// high is the tower?" with the unit in the key — and a "whom" clause after a role and a name set aside
// like a "who" clause, so the sentence's own statement survives (issue 10).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a size with its dimension", () => {
  it("is asked 'How high / long / tall is X?' with the number and its unit as the key", () => {
    const lines = keptCandidateLines(["The Marsden Light was built on the headland in 1868. The Marsden Light is 31 metres high. The Tarn Viaduct is about 420 metres long."], "Marsden");
    expect(lines).toContain("How high is the Marsden Light? → 31 metres");
    expect(lines).toContain("How long is the Tarn Viaduct? → about 420 metres");
  });

  it("accepts the bare number, the unit's symbol and its American spelling", () => {
    const article = articleFromParagraphs(["The Marsden Light was built on the headland in 1868. The Marsden Light is 31 metres high."], { title: "Marsden" });
    const q = generateQuestions(article, { max: 40 }).questions.find((x) => x.prompt === "How high is the Marsden Light?");
    expect(q, "the dimension question is kept").toBeDefined();
    expect(q!.acceptedAnswers).toEqual(expect.arrayContaining(["31", "31 m", "31m", "31 meters"]));
  });

  it("keys inches and hedged sizes by their symbol and bare figure too ('about 14 inches' → '14 in', '14 inches')", () => {
    const article = articleFromParagraphs(["The Dunmore Bell was cast in the foundry in 1790. The Dunmore Bell is approximately 14 inches wide."], { title: "Dunmore" });
    const q = generateQuestions(article, { max: 40 }).questions.find((x) => x.prompt === "How wide is the Dunmore Bell?");
    expect(q, "the dimension question is kept").toBeDefined();
    expect(q!.acceptedAnswers).toEqual(expect.arrayContaining(["14 inches", "14", "14 in", "14in"]));
  });

  it("is not asked of some of a kind, nor of a subject that points elsewhere", () => {
    const lines = keptCandidateLines(["Fulgurites form where lightning strikes sand. Some fulgurites are several metres long. Its spire is 90 metres tall."], "Fulgurites");
    expect(lines.filter((l) => /^How (long|tall) /.test(l))).toEqual([]);
  });
});

describe("a 'whom' clause after a role and a name", () => {
  it("is set aside, leaving the sentence's statement and the role", () => {
    const texts = statementTexts("Eastfield's captain, Ruth Kane, whom her teammates call \"the Rock\", scored the winning goal in the last minute.");
    expect(texts).toContain("Ruth Kane scored the winning goal in the last minute");
    expect(texts).toContain("Ruth Kane is Eastfield's captain");
    expect(texts.some((t) => /Kane whom/.test(t))).toBe(false);
  });
});

describe("how often", () => {
  it("asks 'How often …?' of a statement closed by its frequency", () => {
    const lines = keptCandidateLines([
      "The Harland Committee sets the county's water charges. The Harland Committee meets six times a year in Carlow. " +
        "Route 9 through Millham will run every three hours rather than every hour. The Ferry Orla sailed from Pellan once a fortnight.",
    ], "Harland");
    expect(lines).toContain("How often does the Harland Committee meet in Carlow? → six times a year");
    expect(lines).toContain("How often will Route 9 through Millham run? → every three hours");
    expect(lines).toContain("How often did the Ferry Orla sail from Pellan? → once a fortnight");
  });

  it("asks nothing of 'every year', nor of a frequency that belongs to a noun", () => {
    const lines = keptCandidateLines(["Monsoon rain swells the Tarn River every year. In 1975 Gordon Pell revised the target to a doubling every two years."], "Tarn");
    expect(lines.filter((l) => l.startsWith("How often"))).toEqual([]);
  });
});

describe("a figure said two ways", () => {
  it("accepts the other way as the key too ('52, or 65 per cent')", () => {
    const article = articleFromParagraphs(["The Kelby study tested 80 observer bumblebees in 2024. Of the 80 observer bees, 52, or 65 per cent, learned to open the puzzle box within 12 days."], { title: "Bees" });
    const typed = generateQuestions(article, { max: 60 }).questions.filter((q) => q.type !== "MCQ" && q.answer === "65 per cent");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).toContain("52");
    // (The other figures of the sentence take nothing from it.)
    const twelve = generateQuestions(article, { max: 60 }).questions.find((q) => q.answer === "12");
    expect(twelve?.acceptedAnswers ?? []).not.toContain("52");
  });
});

describe("a frequency's key", () => {
  it("takes the forms a learner writes", () => {
    const article = articleFromParagraphs(["The Ferry Orla sailed from Pellan once a fortnight. Route 9 through Millham will run every three hours rather than every hour."], { title: "Harland" });
    const qs = generateQuestions(article, { max: 40 }).questions;
    const ferry = qs.find((q) => q.prompt === "How often did the Ferry Orla sail from Pellan?");
    expect(ferry?.acceptedAnswers).toEqual(expect.arrayContaining(["fortnightly", "every fortnight", "every two weeks"]));
    const route = qs.find((q) => q.prompt === "How often will Route 9 through Millham run?");
    expect(route?.acceptedAnswers).toContain("once every three hours");
  });
});
