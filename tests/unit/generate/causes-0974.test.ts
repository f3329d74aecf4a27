// Causes and conditions asked as short wh-questions (0.9.74): the means a process goes by ("arises
// through natural selection", "which works by inertia") and the condition a thing happens under
// ("happens when a coronary artery becomes blocked") — lib/generate/causes.ts.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { happensWhenQuestion, illnessQuestion, processMeansQuestion } from "../../../lib/generate/causes";
import { render } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { sentenceToks as toks } from "../../fixtures/generate/statements";

const shortAnswers = (paragraphs: string[], title = "Notes") =>
  generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90 }).questions
    .filter((q) => q.type === "SHORT_ANSWER")
    .map((q) => ({ line: `${q.prompt} → ${q.answer}`, accepted: q.acceptedAnswers ?? [] }));

const asked = (q: { prompt: string; answer: ReturnType<typeof toks> } | undefined) => q && `${q.prompt} → ${render(q.answer)}`;

describe("processMeansQuestion", () => {
  it("asks how a process goes by its means", () => {
    expect(asked(processMeansQuestion(toks("Antibiotic resistance arises through natural selection.")))).toBe("How does antibiotic resistance arise? → natural selection");
    expect(asked(processMeansQuestion(toks("Every measurement begins with a seismometer, which works by inertia.")))).toBe("How does a seismometer work? → inertia");
    expect(asked(processMeansQuestion(toks("The shaft drives the generator, which works by electromagnetic induction.")))).toBe("How does the generator work? → electromagnetic induction");
  });

  it("asks nothing of a method, a person's work, a pronoun or a means cut by a comma", () => {
    expect(processMeansQuestion(toks("A balloon works by trapping a huge volume of hot air inside a light bag."))).toBeUndefined();
    expect(processMeansQuestion(toks("She worked through the same equations on her desk calculator."))).toBeUndefined();
    expect(processMeansQuestion(toks("It works by showing the immune system a harmless version of the germ."))).toBeUndefined();
    expect(processMeansQuestion(toks("The pump works by suction, and the valve by gravity."))).toBeUndefined();
    expect(processMeansQuestion(toks("Every engine works by combustion."))).toBeUndefined();
  });

  it("makes a typed item whose key takes the preposition too", () => {
    const items = shortAnswers(["Antibiotics kill bacteria. Antibiotic resistance arises through natural selection."], "How antibiotics work");
    const item = items.find((i) => i.line.startsWith("How does antibiotic resistance arise?"));
    expect(item?.line).toBe("How does antibiotic resistance arise? → natural selection");
    expect(item?.accepted).toContain("through natural selection");
  });
});

describe("happensWhenQuestion", () => {
  it("asks when a thing happens, the condition a short clause", () => {
    expect(asked(happensWhenQuestion(toks("A heart attack happens when a coronary artery becomes blocked, usually by a blood clot.")))).toBe("When does a heart attack happen? → a coronary artery becomes blocked");
  });

  it("asks nothing of a long condition, a pronoun or a subject set off by commas", () => {
    expect(happensWhenQuestion(toks("Plucking happens when meltwater seeps into cracks in the bedrock."))).toBeUndefined();
    expect(happensWhenQuestion(toks("This happens when the valve sticks."))).toBeUndefined();
    expect(happensWhenQuestion(toks("A related problem, adverse selection, arises when people know they will claim."))).toBeUndefined();
    expect(happensWhenQuestion(toks("A stroke happens when it is blocked."))).toBeUndefined();
  });

  it("makes a typed item keyed with and without \"when\"", () => {
    const items = shortAnswers(["The heart pumps blood. A heart attack happens when a coronary artery becomes blocked, usually by a blood clot."], "How the heart works");
    const item = items.find((i) => i.line.startsWith("When does a heart attack happen?"));
    expect(item?.line).toBe("When does a heart attack happen? → a coronary artery becomes blocked");
    expect(item?.accepted).toContain("when a coronary artery becomes blocked");
  });
});

describe("illnessQuestion", () => {
  it("asks what a named person died of, or was found to have", () => {
    expect(asked(illnessQuestion(toks("Ada Lovelace died of cancer on 27 November 1852, at the age of 36.")))).toBe("What did Ada Lovelace die of? → cancer");
    expect(asked(illnessQuestion(toks("Marie Curie died on 4 July 1934 of aplastic anaemia.")))).toBe("What did Marie Curie die of? → aplastic anaemia");
    expect(asked(illnessQuestion(toks("In 1956 Rosalind Franklin was found to have ovarian cancer.")))).toBe("What illness was Rosalind Franklin found to have in 1956? → ovarian cancer");
    expect(asked(illnessQuestion(toks("in October 1216, John died of dysentery")))).toBe("What did John die of in October 1216? → dysentery");
  });

  it("asks nothing of a pronoun, a crowd, a pointing phrase or what is no illness", () => {
    expect(illnessQuestion(toks("She died of cancer in 1852."))).toBeUndefined();
    expect(illnessQuestion(toks("Hundreds of people died of dust pneumonia."))).toBeUndefined();
    expect(illnessQuestion(toks("More of the victims died of these illnesses than of starvation."))).toBeUndefined();
    expect(illnessQuestion(toks("Charles Babbage died of old age in London."))).toBeUndefined();
  });

  it("makes a typed item in an article, \"of …\" accepted too", () => {
    const items = shortAnswers(["Ada Lovelace was an English mathematician. Ada Lovelace died of cancer on 27 November 1852."], "Ada Lovelace");
    const item = items.find((i) => i.line.startsWith("What did Ada Lovelace die of?"));
    expect(item?.line).toBe("What did Ada Lovelace die of? → cancer");
    expect(item?.accepted).toContain("of cancer");
  });
});
