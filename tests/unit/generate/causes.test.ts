// Causes the statement split does not reach ("A, which is why B") and the clauses why-options are
// drawn from (lib/generate/causes.ts).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { clauseOption, reasonClauses, whichIsWhy } from "../../../lib/generate/causes";
import { parseText } from "../../../lib/generate/nlp";
import { render, sentenceTokens } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const toks = (text: string) => {
  const parsed = parseText(text);
  return sentenceTokens(text, (o) => parsed.tagsAt(o));
};

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
        "Farmers welcome barn owls because the birds eat thousands of rats each year.",
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
