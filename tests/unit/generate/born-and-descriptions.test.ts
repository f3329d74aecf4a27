// Generator 0.9.51: "was born" read as a passive (so a birth date or place is asked as a wh-question),
// the name someone was born with, a description closing a statement after a name, a verb before the
// first comma, and a bare time phrase ("Each autumn") before the subject. Each rule has a sentence it
// must leave alone.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { keptCandidateLines, questionLines } from "../../fixtures/generate/statements";
import { readArticle } from "../../fixtures/generate/update-verdicts";

const asked = (sentence: string, title = "Notes") => keptCandidateLines([sentence], title).join("\n");

describe("'was born' and the name someone was born with", () => {
  it("asks the date and the place of a birth as wh-questions", () => {
    const lines = asked("Agnes Marlow was born in Hobart in 1842.");
    expect(lines).toMatch(/^In which year was Agnes Marlow born in Hobart\? → 1842$/m);
    expect(lines).toMatch(/^Where was Agnes Marlow born in 1842\? → Hobart$/m);
  });

  it("asks 'Where' of a place the article does not type, not 'In which place'", () => {
    const lines = asked("Tobias Wendler was born in Ostrava around 1400.");
    expect(lines).not.toMatch(/In which place was/);
  });

  it("leaves the birth name out of a date question", () => {
    const lines = asked("Clara Wendt was born Clara Maria Ostrova on 3 March 1842 in Galway.");
    expect(lines).toMatch(/^On what date was Clara Wendt born in Galway\? → 3 March 1842$/m);
    expect(lines).not.toMatch(/born Clara Maria Ostrova in Galway\?/);
  });

  it("asks the birth name on its own where the article makes a fact of it (Ada Lovelace)", () => {
    const { article, corpus } = readArticle("ada-lovelace");
    const candidates = generateQuestions(article, { corpus, explain: true }).candidates ?? [];
    const named = candidates.find((c) => c.prompt === "What name was Ada Lovelace born with?");
    expect(named?.answer).toBe("Augusta Ada Byron");
    expect(candidates.some((c) => /^On what date was Ada Lovelace born in London\?$/.test(c.prompt) && c.reasons.length === 0)).toBe(true);
  });

  it("keeps other words after 'born': 'born into slavery' stays in the question", () => {
    const lines = asked("Clara Wendt was born into poverty on 16 July 1862 in Galway.");
    expect(lines).toMatch(/On what date was Clara Wendt born into poverty in Galway\? → 16 July 1862/);
  });
});

describe("a description closing the statement after a name", () => {
  it("is left out of the question about the time", () => {
    const lines = asked("In 1871 Agnes Marlow married Edwin Carrick, a quiet surveyor twelve years older than she was.");
    expect(lines).toMatch(/^In which year did Agnes Marlow marry Edwin Carrick\? → 1871$/m);
    expect(lines).toMatch(/^Whom did Agnes Marlow marry in 1871\? → Edwin Carrick$/m);
  });

  it("even when it has a list of its own ('with ten guns and steam turbines') or opens on 'home to'", () => {
    expect(asked("In 1906 Britain launched HMS Tenacity, a cruiser with ten guns and steam turbines.")).toMatch(/In which year did Britain launch HMS Tenacity\? → 1906/);
    expect(asked("In 1908 Ruritania annexed Kravonia, home to many Slovaks.")).toMatch(/In which year did Ruritania annex Kravonia\? → 1908/);
  });

  it("does not leave the bare name asked with nothing to anchor it", () => {
    expect(asked("Agnes Marlow saw Hobart, then a small town.")).not.toMatch(/^What did Agnes Marlow see\?/m);
  });
});

describe("the phrase before the first comma", () => {
  it("is no fronted phrase when it holds the verb ('In 1850 X visited Y, near Z')", () => {
    expect(asked("In 1850 Agnes Marlow visited Kaiserswerth, near Düsseldorf in Germany.")).toMatch(/In which year did Agnes Marlow visit Kaiserswerth\? → 1850/);
  });

  it("still is one when it holds none ('In 1850, …')", () => {
    expect(asked("In 1850, Agnes Marlow visited Kaiserswerth.")).toMatch(/In which year did Agnes Marlow visit Kaiserswerth\? → 1850/);
  });
});

describe("a bare time phrase before the subject", () => {
  it("is not read as part of the subject ('did each autumn the family move')", () => {
    const lines = questionLines(["Each autumn the Marlow family moved some 120 miles to Hobart, near the coast.", "Agnes Marlow was a surveyor."], "Agnes Marlow");
    expect(lines.join("\n")).not.toMatch(/did each autumn/i);
  });
});
