// Generator 0.9.67: sentences whose aside between the subject and its verb left no statement at all —
// a participle ("born in Coventry in 1907", "first held in 2009", "put forward by …"), an office in
// capitals ("First Lord of the Admiralty"), a role held then ("then mayor"), an age ("74"), "home to",
// "also at Caltech", "many of them …", a name for a pointing description ("The last of these, known as
// Note G"), a plain common name ("called atria") — and openers that did the same ("Of the 80 bees,",
// "Around 270 CE, under King Endubis,", "On 5 June 1977, World Environment Day,"). Also: a reason after
// "made the change" is asked, and a long subject question ends before a participle's phrase.
import { describe, expect, it } from "vitest";
import { keptCandidateLines, statementTexts } from "../../fixtures/generate/statements";

describe("a participle aside after the subject", () => {
  it("keeps the clause and states where and when someone was born", () => {
    expect(statementTexts("Frank Whittle, born in Coventry in 1907, invented the jet engine.")).toEqual([
      "Frank Whittle invented the jet engine",
      "Frank Whittle was born in Coventry in 1907",
    ]);
  });

  it("states a dated 'first held' of a named thing, whose verb may follow 'now'", () => {
    expect(statementTexts("Ada Lovelace Day, first held in 2009, now takes place on the second Tuesday of October.")).toEqual([
      "Ada Lovelace Day now takes place on the second Tuesday of October",
      "Ada Lovelace Day was first held in 2009",
    ]);
    // (Not a closing one: "…, first sold in 1902" may be the hub's or Nottingham's.)
    expect(statementTexts("The best-known early version was the three-speed hub made by Sturmey-Archer of Nottingham, first sold in 1902.").some((t) => /was first sold/.test(t))).toBe(false);
  });

  it("reads the -s verb after it as the verb the tagger took for a plural noun", () => {
    expect(statementTexts("The dam, completed in 1970, holds back the Nile.")).toEqual(["The dam holds back the Nile"]);
  });

  it("reads 'put forward by' after the subject as a participle", () => {
    expect(statementTexts("The project, put forward by the developer Tidewell Energy, will see 72 turbines built on a sandbank.")).toContain(
      "The project will see 72 turbines built on a sandbank",
    );
    // (After a verb, ", set by the Bank of England" is left as it was read.)
    expect(statementTexts("In the United Kingdom that figure is Bank Rate, set by the Bank of England, which was founded in 1694.")).toContain("the Bank of England was founded in 1694");
  });
});

describe("a person's office or age between commas", () => {
  it("states an office written in capitals", () => {
    expect(statementTexts("Winston Churchill, First Lord of the Admiralty, replied that the fleet was ready.")).toEqual([
      "Winston Churchill replied that the fleet was ready",
      "Winston Churchill was First Lord of the Admiralty",
    ]);
  });

  it("drops a role held at the time, and an age", () => {
    expect(statementTexts("John Smith, then mayor, opened the bridge in 1901.")).toEqual(["John Smith opened the bridge in 1901"]);
    expect(statementTexts("Margaret Doyle, 74, who has lived in Kilbride for forty years, takes the 14 twice a week.")).toEqual(["Margaret Doyle takes the 14 twice a week"]);
  });

  it("keeps the clause after a purpose and a named owner's role", () => {
    expect(statementTexts("To get the invaders out, Canada's foreign minister, Lester Pearson, proposed that the United Nations send a force.")).toContain(
      "Lester Pearson proposed that the United Nations send a force",
    );
  });
});

describe("other asides between a subject and its verb", () => {
  it("states what a named place was home to, in the clause's tense", () => {
    expect(statementTexts("Pripyat, home to about 49,000 people, was not evacuated until 27 April.")).toEqual([
      "Pripyat was not evacuated until 27 April",
      "Pripyat was home to about 49,000 people",
    ]);
  });

  it("drops where the subject was, and a share of it", () => {
    expect(statementTexts("In 1979 Thomas Hanks and Hiroo Kanamori, also at Caltech, introduced the moment magnitude scale.")).toEqual([
      "In 1979, Thomas Hanks and Hiroo Kanamori introduced the moment magnitude scale",
    ]);
    expect(statementTexts("Hundreds of people, many of them young children, died of dust pneumonia.")).toEqual(["Hundreds of people died of dust pneumonia"]);
  });

  it("puts the name in place of a description that only points", () => {
    expect(statementTexts("The last of these, known as Note G, set out how the engine could calculate a series of numbers.")).toEqual([
      "Note G set out how the engine could calculate a series of numbers",
    ]);
    expect(statementTexts("The second-largest, usually called the Obelisk of Axum, is about 24 metres tall.")).toEqual(["The Obelisk of Axum is about 24 metres tall"]);
  });

  it("drops a plain common name given to a plural subject", () => {
    expect(statementTexts("The two upper chambers, called atria, receive blood as it returns to the heart.")).toEqual([
      "The two upper chambers receive blood as it returns to the heart",
    ]);
    expect(statementTexts("The two lower chambers, known as ventricles, have thicker walls.")).toEqual(["The two lower chambers have thicker walls"]);
  });
});

describe("openers that hid whole sentences", () => {
  it("keeps a partitive 'of' phrase with the share it is taken from", () => {
    expect(statementTexts("Of the 80 observer bees, 52 learned to open the box within 12 days.")).toEqual(["Of the 80 observer bees, 52 learned to open the box within 12 days"]);
  });

  it("drops a ruler's 'under' after a date, and a date's own name", () => {
    // (The ruler's phrase is kept in a statement of its own without the date, round 0.9.73.)
    expect(statementTexts("Around 270 CE, under King Endubis, Aksum began to issue its own coins.")).toEqual(["Around 270 CE, Aksum began to issue its own coins", "Under King Endubis, Aksum began to issue its own coins"]);
    expect(statementTexts("On 5 June 1977, World Environment Day, Maathai planted seven trees in a Nairobi park.")).toEqual([
      "On 5 June 1977, Maathai planted seven trees in a Nairobi park",
    ]);
  });

  it("states a fronted place's superlative description", () => {
    expect(statementTexts("In the Salar de Atacama, the largest salt flat in Chile, brine is pumped into shallow ponds.")).toContain("the Salar de Atacama is the largest salt flat in Chile");
  });

  it("reads 'lay' after a name as the past of 'lie'", () => {
    expect(statementTexts("But Elephant Island lay far from any shipping route, and no one would look for them there.")).toContain("Elephant Island lay far from any shipping route");
  });
});

describe("questions from the recovered statements", () => {
  it("asks why after a participle-like verb with a reason", () => {
    const lines = keptCandidateLines(["Ryle had cost 19 runs, but Rachel Dunmore made the change because the ball had started to grip on the dry pitch."], "Cricket final");
    expect(lines).toContain("Why did Rachel Dunmore make the change? → the ball had started to grip on the dry pitch");
  });

  it("ends a long subject question before a participle's phrase after its noun", () => {
    const lines = keptCandidateLines(["In 1965 Gordon Moore, then director of research at Fairchild, wrote an article in Electronics magazine observing that the number of components on a chip had doubled every year."], "The transistor");
    expect(lines).toContain("Who wrote an article in Electronics magazine in 1965? → Gordon Moore");
    expect(lines.some((l) => /observing that .* in 1965\?/.test(l))).toBe(false);
  });
});
