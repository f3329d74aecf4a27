// Generator 0.9.13: shapes the Black Death (written blind, round 3) still showed after 0.9.11 —
// history prose where the thing a sentence is about is "the plague", a share of people named in the
// clause before ("hundreds of them"), and a time stretch before the subject. Each rule has a sentence
// it must leave alone beside it.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { parseClause } from "../../../lib/generate/questions";
import { validateQuestion } from "../../../lib/generate/validate";
import { render } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { sentenceToks, statementTexts } from "../../fixtures/generate/statements";

const prompts = (paragraphs: string[], title = "The Black Death") =>
  generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90 }).questions.map((q) => `${q.prompt} → ${q.answer}`);

describe("a time stretch before the subject", () => {
  it("is an adjunct, not part of who ('By the early months of 1348 the plague had reached …')", () => {
    const clause = parseClause(sentenceToks("By the early months of 1348 the plague had reached Genoa."));
    expect(render(clause!.subject)).toBe("the plague");
    expect(render(parseClause(sentenceToks("By 1353 the plague had reached Moscow."))!.subject)).toBe("the plague");
  });
});

describe("a noun the article also writes bare", () => {
  const plague = [
    "The Black Death was the great epidemic of plague that swept across Europe between 1346 and 1353.",
    "By the early months of 1348 the plague had reached Genoa, Venice and Marseille. It arrived in England in June 1348 aboard a ship from Gascony that docked at Melcombe.",
  ];

  it("is one thing throughout: 'the plague' for the next sentence's 'It'", () => {
    expect(prompts(plague)).toContain("The plague arrived in England in June 1348 aboard a ship from Gascony that docked at _____. → Melcombe");
  });

  it("but a noun never written bare is a description to resolve ('the device')", () => {
    const device = ["Engineers at the laboratory worked on amplifiers for years.", "By the early months of 1947 the device had reached the factory. It arrived in Boston in June 1948 aboard a ship from Liverpool."];
    expect(prompts(device, "Amplifiers").some((p) => /^The device arrived/.test(p))).toBe(false);
  });
});

describe("a share of the main clause's plural subject", () => {
  it("is named ('hundreds of them' → 'hundreds of Jews')", () => {
    const lines = prompts(["Fear turned into violence. Jews were accused of poisoning wells, and in Strasbourg, on 14 February 1349, hundreds of them were burned to death."]);
    expect(lines.some((l) => /hundreds of Jews were burned/.test(l))).toBe(true);
    expect(lines.some((l) => /hundreds of them/.test(l))).toBe(false);
  });

  it("but not when the clause has its own 'they' to lean on", () => {
    const lines = prompts(["Jews were accused of poisoning wells, and in Strasbourg they said hundreds of them had fled to Basel in 1349."]);
    expect(lines.some((l) => /hundreds of Jews/.test(l))).toBe(false);
  });
});

describe("a wh-question on the first of two pairs", () => {
  it("is not made from 'struck Florence in the spring and Paris in the summer'", () => {
    const lines = prompts(["The Black Death was the great epidemic of plague that swept across Europe between 1346 and 1353.", "By 1348 the plague had reached Genoa, and it then struck Florence in the spring and Paris in the summer."]);
    expect(lines.some((l) => /^What did the plague (?:then )?strike in the spring and Paris/.test(l))).toBe(false);
    // (Its "then" only links it to the clause before: the statement stands without it, 0.9.50.)
    expect(lines.some((l) => /^The plague struck _____ in the spring and Paris in the summer\. → Florence$/.test(l))).toBe(true);
  });
});

describe("a phrase between 'and' and its second verb", () => {
  it("leaves the second verb joined to its 'and' ('lay at the controls and, into an icy wind …, flew 120 feet')", () => {
    expect(statementTexts("On 17 December, Orville lay at the controls and, into an icy wind of about 27 miles per hour, flew 120 feet in 12 seconds.")).toContain(
      "On 17 December, Orville lay at the controls and flew 120 feet in 12 seconds",
    );
  });

  it("but not before a clause of its own ('and, after 1922, the firm grew')", () => {
    expect(statementTexts("Bradfield studied designs for years and, after a visit in 1922, the firm grew quickly.").some((s) => /years and the firm/.test(s))).toBe(false);
  });
});

describe("an article about siblings", () => {
  const paragraphs = ["Wilbur and Orville Wright ran a bicycle shop in Dayton.", "To test full-sized gliders they needed a place with strong, steady winds, and after consulting the United States Weather Bureau they chose Kitty Hawk, a remote fishing village."];

  it("reads a 'they' nothing nearer stands for as the siblings its title opens with", () => {
    expect(prompts(paragraphs, "The Wright Brothers and the First Flight")).toContain("After consulting the United States Weather Bureau the Wright brothers chose _____. → Kitty Hawk");
  });

  it("but leaves it unread under any other title", () => {
    expect(prompts(paragraphs, "The First Flight").some((p) => /the Wright brothers chose/.test(p))).toBe(false);
  });
});

describe("a 'the' noun the title holds", () => {
  it("is the thing the article is about ('The heart is divided …' under 'How the human heart works')", () => {
    const lines = prompts(["Your heart beats about 100,000 times a day. Inside, the heart is divided into four chambers."], "How the human heart works");
    expect(lines.some((l) => /^Into how many chambers is the heart divided\?|^Inside, the heart is divided into _____ chambers/.test(l))).toBe(true);
  });

  it("but not in the other number: 'the probe' under 'The Voyager probes' is either of two", () => {
    const lines = prompts(["Voyager 1 and Voyager 2 were launched in 1977. The probe reached Saturn in November 1980."], "The Voyager probes");
    expect(lines.some((l) => /the probe/i.test(l))).toBe(false);
  });
});

describe("a subject's possessive after an inverted verb", () => {
  it("is lower-cased like 'the' ('does your heart beat', not 'does Your heart beat')", () => {
    const lines = prompts(["Your heart beats about 100,000 times a day."], "How the human heart works");
    expect(lines.some((l) => /\bdoes your heart beat\b/.test(l))).toBe(true);
    expect(lines.some((l) => /\bYour heart\b/.test(l) && !/^Your/.test(l))).toBe(false);
  });
});

describe("'that' pointing back", () => {
  const article = articleFromParagraphs(["Wilbur Wright was born on 16 April 1867 near Millville. He built gliders with his brother Orville."], { title: "Notes" });
  const [any] = generateQuestions(article, { max: 90 }).questions;
  const reasons = (prompt: string, answer: string, type: "CLOZE" | "SHORT_ANSWER" = "CLOZE") => validateQuestion({ ...any, prompt, answer, acceptedAnswers: [], type }, article);

  it("before a verb's object or a stretch of time leans on the sentence before", () => {
    expect(reasons("The tram is expected to cut that journey to _____ minutes.", "18")).toContain("dangling-reference");
    expect(reasons("How many flights did the Wright Brothers make that day?", "four", "SHORT_ANSWER")).toContain("dangling-reference");
  });

  it("but a relative clause's or a reported clause's 'that' does not", () => {
    expect(reasons("What was the meeting that ran from 1 to 22 July called?", "United Nations Monetary and Financial Conference", "SHORT_ANSWER")).not.toContain("dangling-reference");
    expect(reasons("The council said that fares would rise to _____ pounds.", "3")).not.toContain("dangling-reference");
  });
});
