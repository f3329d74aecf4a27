// Generator 0.9.8: shapes found by reading the heart article's first run and by the first runs on three
// more articles written by someone who had not seen the generator (the printing press, how glaciers
// shape the land, Ada Lovelace) — each with the sentence that showed it and, where a rule could reach
// too far, one it must leave alone.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../lib/generate/facts";
import { namingQuestions } from "../../../lib/generate/naming";
import { toInfinitive } from "../../../lib/generate/nlp";
import { purposeToQuestion, reasonQuestion } from "../../../lib/generate/questions";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { questionLines as prompts, sentenceToks, statementTexts } from "../../fixtures/generate/statements";

const toks = (text: string) => sentenceToks(text).filter((t) => t.text !== ".");

describe("statements", () => {
  it("read a list's next item as no appositive, and an aside after a list's last item as of no item", () => {
    const list = statementTexts("They covered most of Canada, the northern United States, Scandinavia and much of Britain, and sea level was lower.");
    expect(list.join(" | ")).not.toMatch(/Canada (?:was|is) the northern United States/);
    expect(list).toContain("They covered most of Canada, the northern United States, Scandinavia and much of Britain");
    const alloy = statementTexts("The letters were made from an alloy of lead, tin and antimony, a mixture that melted at a low temperature and hardened fast.");
    expect(alloy.join(" | ")).not.toMatch(/antimony (?:is|was)/);
    // An aside whose own verb takes a list of places stays a statement.
    expect(statementTexts("A dish antenna sends their signals home to the Deep Space Network, whose large antennas stand near Goldstone in California, near Madrid and near Canberra.").join(" | "))
      .toMatch(/Deep Space Network’s large antennas stand near Goldstone in California/);
  });

  it("keep 'X happens when …' whole: neither half stands alone, nor the condition's verbs without their subject", () => {
    const attack = statementTexts("A heart attack happens when a coronary artery becomes blocked, usually by a blood clot.");
    expect(attack.some((s) => /^a coronary artery becomes blocked/i.test(s))).toBe(false);
    const plucking = statementTexts("Plucking happens when meltwater seeps into cracks in the bedrock, refreezes and bonds the rock to the glacier.");
    expect(plucking.join(" | ")).not.toMatch(/Plucking bonds|bedrock, refreezes$/);
    // Other trailing "when" clauses still split off.
    expect(statementTexts("The team voted to leave the league when the owners raised the fees.")).toContain("the owners raised the fees");
  });
});

describe("forms", () => {
  it("ask what a restrictive 'called' inside the subject names, and what happens when", () => {
    expect(namingQuestions("A muscular wall called the septum runs down the middle and separates the right side of the heart from the left.").map((q) => q.prompt))
      .toContain("What is the muscular wall that runs down the middle and separates the right side of the heart from the left called?");
    // "The soldiers called the vehicles …": "called" is the verb, and no name is asked.
    expect(namingQuestions("The soldiers called the vehicles petites Curies, little Curies.")).toHaveLength(0);
    const out = prompts([
      "A heart attack happens when a coronary artery becomes blocked, usually by a blood clot forming on fatty deposits called plaque.",
      "Plucking happens when meltwater seeps into cracks in the bedrock, refreezes and bonds the rock to the glacier.",
    ]).join(" | ");
    expect(out).toMatch(/What kind of attack happens when a coronary artery becomes blocked\? → heart attack/);
    expect(out).toMatch(/What happens when meltwater seeps into cracks in the bedrock, refreezes and bonds the rock to the glacier\? → plucking/i);
    expect(out).not.toMatch(/seeps into cracks in the bedrock, refreezes\./);
  });

  it("read 'lets' after a noun as the verb, and a reduced participle before 'are' as no main verb", () => {
    const out = prompts([
      "The pulmonary valve lets blood leave the right ventricle.",
      "Books printed before 1501 are known as incunabula.",
    ]).join(" | ");
    expect(out).not.toMatch(/What do the pulmonary valve lets/);
    expect(out).not.toMatch(/did books print/);
    expect(out).toMatch(/incunabula/);
  });

  it("ask no 'why' of a 'so that' with no modal (a result, not a purpose), but still of one with", () => {
    expect(reasonQuestion(toks("More snow falls in winter than melts in summer so that layers pile up year after year."), toInfinitive)).toBeUndefined();
    expect(reasonQuestion(toks("The engineers raised the road deck so that ships could pass underneath."), toInfinitive)?.prompt).toBe("Why did the engineers raise the road deck?");
  });
});

describe("validators", () => {
  it("drop what leans on an unsaid event, place, or set", () => {
    const out = prompts([
      "On 3 December 1967, the surgeon Christiaan Barnard carried out the first human-to-human heart transplant at Groote Schuur Hospital in Cape Town. His patient, Louis Washkansky, lived for 18 days, but the operation showed that a new heart could work.",
      "In his last years Gutenberg received a pension from the Archbishop of Mainz, and he died in the city in 1468.",
      "The new craft spread quickly. Venice became the busiest centre of all, while William Caxton set up the first press in England, at Westminster, in 1476.",
      "About 180 copies were printed, some on paper and some on vellum, a fine material made from calfskin. The only surviving volume is kept in the National Library of France in Paris.",
      "About 20,000 years ago the ice sheets reached their greatest extent. Sea level was about 120 metres lower than it is today.",
    ]).join(" | ");
    expect(out).not.toMatch(/Washkansky live|lived for 18 days/);
    expect(out).not.toMatch(/in the city\b/);
    expect(out).not.toMatch(/centre of all/);
    expect(out).not.toMatch(/^(?:About )?_____ copies|surviving volume/m);
    expect(out).not.toMatch(/lower than it is today/);
    // The transplant and its place are still asked.
    expect(out).toMatch(/Christiaan Barnard/);
  });

  it("drop a description's place asked as 'From which … is X a …?', a half of a two-adjective phrase, and an ambiguous-tense verb after a plural", () => {
    const out = prompts([
      "Johannes Gutenberg, a goldsmith from the German city of Mainz, is usually credited with bringing printing with movable type to Europe.",
      "His answer was an oil-based ink, closer to a varnish than to writing ink, that left a sharp, dark impression.",
      "In 1517 Martin Luther wrote his Ninety-five Theses, and printed copies spread across Germany within weeks.",
    ]).join(" | ");
    expect(out).not.toMatch(/From which German city is/);
    expect(out).not.toMatch(/a sharp, _____/);
    expect(out).not.toMatch(/do printed copies spread/);
  });

  it("ask no 'What is the Y called?' of a judgement ('a powerful force of erosion')", () => {
    const out = prompts(["Moving ice is a powerful force of erosion. It grinds the rock beneath it."]).join(" | ");
    expect(out).not.toMatch(/What is the powerful force of erosion called/);
  });
});

describe("a title cut before its tail", () => {
  it("drops '… in a book, _____ on Glaciers.' but keeps a gap before a month or a day", () => {
    const out = prompts(["In 1840 Louis Agassiz set out his theory in a book, Studies on Glaciers. The museum opened in Neuchâtel on Monday."]).join(" | ");
    expect(out).not.toMatch(/_____ on Glaciers/);
  });
});

describe("recall: what the three articles' misses showed", () => {
  it("state a clause after a lone adverb opener, a rough 'years ago' opener, and a second fronted phrase", () => {
    expect(statementTexts("Inside, the heart is divided into four chambers.")).toContain("the heart is divided into four chambers");
    expect(statementTexts("About 20,000 years ago, at a time known as the Last Glacial Maximum, the ice sheets reached their greatest recent extent."))
      .toContain("the ice sheets reached their greatest recent extent about 20,000 years ago");
    expect(statementTexts("In 1914, at the start of the war, Curie turned to medicine.")).toContain("In 1914, Curie turned to medicine");
  });

  it("read 'then best known for' as a description, and date an appositive by the sentence's year", () => {
    const out = statementTexts("Louis Agassiz, a Swiss naturalist then best known for his work on fossil fish, argued in a famous lecture in 1837 that a great ice age had gripped Europe.");
    expect(out).toContain("Louis Agassiz argued in a famous lecture in 1837 that a great ice age had gripped Europe");
    expect(out).toContain("Louis Agassiz was a Swiss naturalist then best known for his work on fossil fish");
    // "largely prevailed" is a verb all the same.
    expect(statementTexts("Because the United States was the largest creditor, White's plan largely prevailed.")).toContain("White's plan largely prevailed");
  });

  it("split a contrast after ', while', leave out an 'also called' aside, and ask the other name", () => {
    const out = statementTexts("The tricuspid valve lies between the right atrium and the right ventricle, while the mitral valve, also called the bicuspid valve because it has two flaps, guards the opening between the left atrium and the left ventricle.");
    expect(out).toContain("the mitral valve guards the opening between the left atrium and the left ventricle");
    expect(namingQuestions("The mitral valve, also called the bicuspid valve because it has two flaps, guards the opening.").map((q) => q.prompt)).toContain("What is the mitral valve also called?");
    // A bare "known as" still names the subject itself.
    expect(statementTexts("Five countries, known as the Big Five, go straight to the final.")).toContain("The Big Five go straight to the final");
  });

  it("read a superlative appositive as a definition, and a name's head the stem names in lower case as its kind", () => {
    const out = prompts(["Blood leaves the left ventricle through the aorta, the largest artery in the body, which arches over the heart.", "The aorta divides into smaller branches."]).join(" | ");
    expect(out).toMatch(/What is the largest artery in the body called\? → aorta|What is the aorta\? → the largest artery in the body/);
    const glacier = prompts(["The largest glacier in the Alps is the Aletsch Glacier in Switzerland. The Aletsch Glacier is retreating."]).join(" | ");
    expect(glacier).toMatch(/What is the largest glacier in the Alps\? → Aletsch Glacier/);
  });
});

describe("a purpose 'to …' closing a clause", () => {
  const ask = (text: string) => purposeToQuestion(toks(text), toInfinitive);
  it("asks why, answered by the purpose", () => {
    const q = ask("Workers cover part of the ice with white fleece blankets each summer to reflect sunlight.");
    expect(q?.prompt).toBe("Why do workers cover part of the ice with white fleece blankets each summer?");
    expect(q?.answer?.map((t) => t.text).join(" ")).toBe("reflect sunlight");
    expect(ask("In 1455 Fust sued Gutenberg to recover his loans.")?.prompt).toBe("Why did Fust sue Gutenberg in 1455?");
  });
  it("leaves alone the 'to' a verb, a noun, an ordinal, a degree or a negation asks for", () => {
    for (const text of [
      "A radio signal now takes more than 22 hours to reach Voyager 1.",
      "People were paid twice a day and rushed to spend their wages.",
      "Marie Curie became the first woman in France to earn a doctorate.",
      "The Pentagon asserted its lack of intention to withdraw American troops.",
      "A germ cannot find enough new hosts to keep spreading.",
      "The council decided in March to build a new bridge.",
    ]) expect(ask(text), text).toBeUndefined();
  });
});

describe("a sixth unseen article's first run (Ada Lovelace)", () => {
  const article = [
    "Ada Lovelace was an English mathematician. She was born Augusta Ada Byron on 10 December 1815 in London. Her father was the poet Lord Byron, and her mother was Anne Isabella Milbanke, usually known as Lady Byron.",
    "Lady Byron was determined that her daughter should not grow up like her father. To keep Ada away from poetry, she steered the girl toward mathematics and logic.",
    "One of the most important people in her education was Mary Somerville, a Scottish scientist and writer who became her friend. Ada never knew her father, and he died in Greece in 1824, when she was eight years old.",
    "The Analytical Engine was never built, so the program was never run, but the method was sound. It was meant to follow instructions punched on cards, an idea borrowed from the Jacquard loom.",
    "Ada Lovelace Day, first held in 2009, now takes place on the second Tuesday of October. Her notes ended up about three times longer than the paper itself.",
  ];
  it("keeps a day named after her, and Lady Byron, apart from her", () => {
    const facts = analyzeArticle(articleFromParagraphs(article, { title: "Ada Lovelace" }));
    const ada = [...facts.entities.values()].find((e) => e.display === "Ada Lovelace");
    expect(ada?.aliases).toContain("Ada");
    expect([...facts.entities.values()].find((e) => e.display === "Ada Lovelace Day")?.type).not.toBe("person");
    const out = prompts(article, "Ada Lovelace").join(" | ");
    expect(out).not.toMatch(/Day’s notes|Augusta Ada Byron steered/);
  });
  it("writes 'her friend' as a possessive, asks no age without its event, cuts a why at its 'but', and reads no aside of a clause as a definition", () => {
    const out = prompts(article, "Ada Lovelace").join(" | ");
    expect(out).not.toMatch(/Lovelace friend|years old was|but the method was sound\?|What is the idea borrowed/);
  });
});

describe("a fronted 'her' and a description a relative clause singles out", () => {
  it("keeps 'At her own request Ada Lovelace was buried …' and 'Who was … who became Ada Lovelace’s friend?'", () => {
    const out = prompts([
      "Ada Lovelace was an English mathematician. At her own request she was buried beside her father in the family vault at Hucknall in Nottinghamshire.",
      "One of the most important people in her education was Mary Somerville, a Scottish scientist and writer who became her friend.",
    ], "Ada Lovelace").join(" | ");
    expect(out).toMatch(/At her own request Ada Lovelace was buried beside her father in the family vault at (?:_____|Hucknall) in/);
    expect(out).toMatch(/Who was a Scottish scientist and writer who became Ada Lovelace’s friend\? → Mary Somerville|_____ was a Scottish scientist and writer who became Ada Lovelace’s friend/);
    // A bare description still asks nothing.
    expect(prompts(["Harold Brooks was a railway engineer. He built a bridge over the river in 1890."]).join(" | ")).not.toMatch(/Who was a railway engineer\?/);
  });
});
