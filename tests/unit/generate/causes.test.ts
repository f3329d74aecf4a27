// Causes the statement split does not reach ("A, which is why B") and the clauses why-options are
// drawn from (lib/generate/causes.ts).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { clauseOption, factiveSubject, openingClause, participleReason, reasonClauses, whichIsWhy } from "../../../lib/generate/causes";
import { parseText } from "../../../lib/generate/nlp";
import { render } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { sentenceToks as toks } from "../../fixtures/generate/statements";


describe("whichIsWhy", () => {
  it("turns \"A, which is why B\" into \"B because A\"", () => {
    const out = whichIsWhy(toks("Owls have soft wing feathers, which is why they fly almost silently."));
    expect(out && render(out)).toBe("they fly almost silently because Owls have soft wing feathers");
  });

  it("reads nothing from a quotation or a reason with a comma of its own", () => {
    expect(whichIsWhy(toks("\"We were tired,\" she said, which is why we stopped."))).toBeUndefined();
    expect(whichIsWhy(toks("After the storm, the road flooded, which is why the bus was late."))).toBeUndefined();
    expect(whichIsWhy(toks("The bus was late because the road flooded."))).toBeUndefined();
  });
});

describe("reasonClauses", () => {
  it("finds because, so that, so and which-is-why clauses", () => {
    expect(reasonClauses("The dam was raised because the valley flooded every spring.")).toEqual(["the valley flooded every spring"]);
    expect(reasonClauses("The gates swing inward, so boats can pass at high tide.")).toEqual(["boats can pass at high tide"]);
    expect(reasonClauses("Copper conducts heat well, which is why pans are made of it.")).toEqual(["Copper conducts heat well"]);
  });

  it("does not read \"so\" of degree or \"because of\" as a clause", () => {
    expect(reasonClauses("The wall was so high that nobody climbed it.")).toEqual([]);
    expect(reasonClauses("The match was delayed because of rain, so far as we know.")).toEqual([]);
  });
});

describe("clauseOption", () => {
  it("keeps a long reason's first verb phrase when the whole does not fit", () => {
    expect(clauseOption("the river carried by far the most silt of any in the region and flooded the lower valley every single spring")).toBe(
      "the river carried by far the most silt of any in the region",
    );
    expect(clauseOption("the town wanted to keep its view")).toBe("the town wanted to keep its view");
  });
});

describe("why-questions from \"which is why\"", () => {
  it("asks why B with A as the answer, as multiple choice among the article's reason clauses", () => {
    const article = articleFromParagraphs(
      [
        "Owls hunt at night. Owls have soft fringed wing feathers, which is why owls fly almost silently.",
        "Mice freeze when they hear a wing beat because a still mouse is harder to see.",
        // (An option about owls too: were the key the only one, the stem would point to it.)
        "Farmers welcome barn owls because owls eat thousands of rats each year.",
        "Some owls nest in old barns because hollow trees have become rare in farmland.",
      ],
      { slug: "owl-why", title: "Night hunters" },
    );
    const { candidates } = generateQuestions(article, { explain: true, max: 60 });
    const mcq = candidates!.find((c) => c.form === "wh-reason-choice" && c.prompt === "Why do owls fly almost silently?");
    expect(mcq, JSON.stringify(candidates!.filter((c) => c.form.startsWith("wh-reason")), null, 1)).toBeDefined();
    // Lower-cased like the other options (they are clauses from inside their sentences).
    expect(mcq!.answer).toBe("owls have soft fringed wing feathers");
    expect(mcq!.reasons).toEqual([]);
  });
});

describe("factiveSubject", () => {
  const ask = (text: string) => factiveSubject(text, parseText(text).tagsAt);

  it("asks the subject of what a discovery, finding or fact states", () => {
    const s = "The doctors acted on the discovery that rats spread the plague in the port.";
    const q = ask(s);
    expect(q?.prompt).toBe("What spreads the plague in the port?");
    expect(s.slice(q!.start, q!.end)).toBe("rats");
    expect(ask("The plan rested on the finding that the new seed survived long droughts.")?.prompt).toBe("What survived long droughts?");
  });

  it("asks nothing of an idea or claim (not stated as true), a person or a pronoun", () => {
    expect(ask("She built on the idea that rivers carry silt to the sea.")).toBeUndefined();
    expect(ask("They ignored the fact that Smith had left the company.")).toBeUndefined();
    expect(ask("He liked the fact that it worked every time.")).toBeUndefined();
    expect(ask("Nobody liked the fact that there were no seats left.")).toBeUndefined();
    expect(ask("The survey led to the finding that women earned less than men in the region.")).toBeUndefined();
  });
});

describe("openingClause", () => {
  const open = (text: string) => openingClause(text, parseText(text).tagsAt);

  it("reads a sentence's opening clause when it opens on its subject", () => {
    expect(open("The conference created two institutions, a fund and a bank.")).toBe("The conference created two institutions");
    expect(open("The river flows for about 6,650 kilometres.")).toBe("The river flows for about 6,650 kilometres");
  });

  it("reads nothing after a fronted phrase, with a pronoun, or cut mid-phrase", () => {
    expect(open("In 1944, delegates met at the hotel.")).toBeUndefined();
    expect(open("This became known as the dilemma.")).toBeUndefined();
    expect(open("The singer became the second, and the first woman, to win twice.")).toBeUndefined();
  });
});

describe("participleReason", () => {
  it("asks why of a participle set off after a noun phrase with its reason", () => {
    const q = participleReason(toks("The old mill used a soft wood called a willow, chosen because it bends without breaking, for its wheel."));
    expect(q?.prompt).toBe("Why was a willow chosen?");
    expect(render(q!.answer)).toBe("it bends without breaking");
    const past = participleReason(toks("The builders carried the granite blocks, picked because they resisted frost, across the valley."));
    expect(past?.prompt).toBe("Why were the granite blocks picked?");
  });

  it("asks nothing without a noun phrase before the comma", () => {
    expect(participleReason(toks("It was late, delayed because the road was closed."))).toBeUndefined();
    expect(participleReason(toks("Drivers avoided the old bridge, closed because of flooding, for a week."))).toBeUndefined();
  });
});
