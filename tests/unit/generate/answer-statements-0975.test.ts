// Simplifications added in round 0.9.75: key facts held only in a part of a sentence that no
// statement kept (answer-not-in-a-statement): a "whose" count, a "whom … call" name, a long subject
// after a fronted date, a speech's place.
import { describe, expect, it } from "vitest";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a 'whose' clause that opens with a count ('the House of Commons, whose 650 MPs are elected, or …')", () => {
  const sentence = "A bill can begin its life in either the House of Commons, whose 650 MPs are elected, or the House of Lords, whose members are not.";

  it("is a statement about the name before it, even with an 'or' item after it", () => {
    expect(statementTexts(sentence)).toContain("the House of Commons’ 650 MPs are elected");
  });

  it("is asked as a cloze on the count", () => {
    expect(keptCandidateLines([sentence], "How laws are made")).toContain("The House of Commons’ _____ MPs are elected. → 650");
  });

  it("states a count after a plain noun too ('the club, whose 300 members met weekly')", () => {
    expect(statementTexts("He joined the club, whose 300 members met weekly, in 1990.")).toContain("the club’s 300 members met weekly");
  });

  it("makes no statement of an object relative ('whose name she would carry …')", () => {
    const texts = statementTexts("In 1959 she married James Johnson, an army officer, whose name she would carry for the rest of her life.");
    expect(texts.some((t) => /name she would carry/.test(t))).toBe(false);
  });
});

describe("a 'whom' clause after a person's name ('Jess Thornton, whom her teammates call \"the Wall\", …')", () => {
  const sentence = "It was then that Eastfield's goalkeeper, Jess Thornton, whom Sarah Hill calls \"the Wall\", stretched to her full height to intercept a lob.";

  it("is a statement with the name put back after the verb", () => {
    expect(statementTexts(sentence)).toContain("Sarah Hill calls Jess Thornton \"the Wall\"");
    expect(statementTexts("The prize went to Anna Berg, whom the judges praised for her courage.")).toContain("the judges praised Anna Berg for her courage");
  });

  it("asks the name in the quotes, the gap against its closing quote", () => {
    const lines = keptCandidateLines(["Eastfield beat St Aldhelm's 42-39 in the county netball final on Saturday.", sentence], "Eastfield win the county final");
    expect(lines.some((l) => /calls? Jess Thornton "the _____"\. → Wall$/.test(l))).toBe(true);
  });

  it("makes no statement after a preposition's noun or without a clause of the right shape", () => {
    expect(statementTexts("Brown, whom critics loved, retired.").some((t) => /loved Brown/.test(t))).toBe(false);
    expect(statementTexts("She met the sister of Anna Berg, whom the judges praised for her courage.").some((t) => /praised/.test(t))).toBe(false);
  });

  it("makes none when the relative's subject is the person's own ('whom her teammates call …')", () => {
    // It came out "Thornton's teammates call Jess Thornton …" once the resolver wrote "her" in: a reading faulted it.
    const texts = statementTexts("It was then that Eastfield's goalkeeper, Jess Thornton, whom her teammates call \"the Wall\", stretched to her full height.");
    expect(texts.some((t) => /call Jess Thornton/.test(t))).toBe(false);
  });
});

describe("a long subject after a fronted date with no comma ('On 30 June 2016 a bronze statue of her by the sculptor X was unveiled …')", () => {
  it("is still a clause: the statement is made", () => {
    expect(statementTexts("On 30 June 2016 a bronze statue of her by the sculptor Martin Jennings was unveiled in the garden of St Thomas' Hospital in London."))
      .toContain("On 30 June 2016 a bronze statue of her by the sculptor Martin Jennings was unveiled in the garden of St Thomas' Hospital in London");
  });
});

describe("a fronted 'in a speech … in <Place>' before a reported 'that' clause", () => {
  const sentence = "On 26 July 1956, in a speech to a huge crowd in Alexandria, he announced that Egypt had nationalised the Suez Canal Company and would use the canal's tolls to pay for the Aswan High Dam.";

  it("is kept with the subject first, the phrase after the reporting verb", () => {
    const texts = statementTexts(sentence);
    expect(texts).toContain("he announced, in a speech to a huge crowd in Alexandria, that Egypt had nationalised the Suez Canal Company");
    expect(texts).toContain("On 26 July 1956, he announced that Egypt had nationalised the Suez Canal Company");
  });

  it("is asked where the speech was", () => {
    const lines = keptCandidateLines(["Gamal Abdel Nasser became Egypt's president in 1956.", "In a speech to a huge crowd in Alexandria, he announced that Egypt had nationalised the Suez Canal Company."], "Egypt in 1956");
    expect(lines).toContain("Gamal Abdel Nasser announced, in a speech to a huge crowd in _____, that Egypt had nationalised the Suez Canal Company. → Alexandria");
  });

  it("is dropped as before with no place in it, or with no reported clause after it", () => {
    expect(statementTexts("In a speech to a huge crowd in the afternoon, he announced that Egypt had nationalised the canal.").some((t) => /speech/.test(t))).toBe(false);
    expect(statementTexts("In a speech to a huge crowd in Alexandria, he attacked the British government.").some((t) => /speech/.test(t))).toBe(false);
  });
});
describe("a clause after a colon whose 'they'/'it' follows a fronted year, or whose first half opens with a phrase", () => {
  it("takes the first half's subject ('…: in 1889 they launched …' → 'In 1889 the brothers launched …')", () => {
    const texts = statementTexts("As young men the brothers went into business together, first as printers: in 1889 they launched a weekly newspaper, the West Side News, with Orville as publisher and Wilbur as editor.");
    expect(texts).toContain("In 1889 the brothers launched the West Side News with Orville as publisher and Wilbur as editor");
    expect(statementTexts("The brothers went into business together: in 1889 they launched a weekly newspaper.")).toContain("In 1889 the brothers launched a weekly newspaper");
  });

  it("reads the subject past a fronted phrase with no comma ('In volume the Amazon has no rival: it discharges …')", () => {
    expect(statementTexts("In volume the Amazon has no rival: it discharges an average of about 209,000 cubic metres of water per second."))
      .toContain("The Amazon discharges an average of about 209,000 cubic metres of water per second");
  });

  it("leaves the pronoun alone when the numbers disagree or the first subject is a person", () => {
    expect(statementTexts("The brothers went into business together: in 1889 it launched a weekly newspaper.").some((t) => /brothers launched/.test(t))).toBe(false);
    expect(statementTexts("As a girl Mary Anning found fossils: in 1811 she found a skull.").some((t) => /Anning found a skull/.test(t))).toBe(false);
  });
});
