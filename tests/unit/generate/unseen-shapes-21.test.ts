// Generator 0.9.48: round 14's first reading (a public-health FAQ page, a magazine interview, a
// newspaper obituary, an encyclopedia entry) — the shapes behind its broken items, each with
// sentences of the same shape (not the articles' own) and what must stay.
import { describe, expect, it } from "vitest";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { statementTexts } from "../../fixtures/generate/statements";
import { readArticle } from "../../fixtures/generate/update-verdicts";
import { reasonsIn } from "../../fixtures/generate/validation";
import { generateQuestions } from "../../../lib/generate";
import { analyzeArticle } from "../../../lib/generate/facts";
import { siblingGlosses } from "../../../lib/generate/glossary";


describe("round 14's shapes, 0.9.48", () => {
  it("gives a family description after a birthplace to the person born, and drops the parents' descriptions with it", () => {
    const said = statementTexts("Tomas Vidal Reyes was born on 2 May 1940 in Cadiz, Andalusia, the younger of two sons of Pablo Reyes, a shipwright, and his wife Carmen, a nurse who ran the village clinic.");
    expect(said).toContain("Tomas Vidal Reyes was the younger of two sons of Pablo Reyes");
    expect(said.some((s) => /^Andalusia (?:is|was)\b/.test(s))).toBe(false);
    expect(said.some((s) => /Andalusia, a shipwright|and his wife Carmen/.test(s))).toBe(false);
    // (A clause of the subject's own after the description still stands.)
    expect(statementTexts("Ruth Ambler was born in Leeds, Yorkshire, the eldest of three daughters of a grocer, and moved to London at the age of ten.")).toContain("Ruth Ambler moved to London at the age of ten");
  });

  it("reads relatives named between commas in a list as the list's items, not as asides", () => {
    const said = statementTexts("He is survived by his wife, Agnes, their son, Peter, and three grandchildren.");
    expect(said).toEqual(["He is survived by his wife Agnes, their son Peter, and three grandchildren"]);
    // (A relative named before the verb is still an aside: "His son, Marc, became …".)
    expect(statementTexts("His son, Marc, became an engineer.")).toContain("Marc became an engineer");
  });

  it("keeps a second complement of 'had become' with its participle, not a clause in which the noun acts", () => {
    const said = statementTexts("By 1990 the archive she began had become one of the finest in Europe, and a model adopted in six countries.");
    expect(said.some((s) => /^a model adopted\b/.test(s))).toBe(false);
    // (After an adjective the clause is a clause: "The town was quiet, and a storm arrived …".)
    expect(statementTexts("The town was quiet, and a storm arrived in the night.")).toContain("a storm arrived in the night");
  });

  it("keeps a list of participles after one 'were' whole rather than cutting its middle out", () => {
    const said = statementTexts("The samples were washed, sliced to a thickness of about 2 millimetres, stained with iodine and stored at 4C, a method that keeps them for years.");
    expect(said.some((s) => /2 millimetres a method/.test(s))).toBe(false);
    expect(said.some((s) => /stained with iodine/.test(s))).toBe(true);
  });

  it("does not cut a span off the clause it is measured from ('from about two days before the fever starts')", () => {
    const said = statementTexts("Patients are contagious from about two days before the fever starts until a week after it ends.");
    expect(said.some((s) => /^Patients are contagious from about two days$/.test(s))).toBe(false);
    expect(said[0]).toMatch(/two days before the fever starts/);
  });

  it("states nothing of a verbless answer line ('By the supply boat, the Sea Lark, which …')", () => {
    const said = statementTexts("By the supply boat, the Sea Lark, which came out from Oban every week.");
    expect(said.some((s) => /^By the supply boat/.test(s))).toBe(false);
    expect(said).toContain("the Sea Lark came out from Oban every week");
  });

  it("does not give a 'he' to the last man named when the speaker's unnamed father came between", () => {
    // (The shape needs the interview's whole run of paragraphs to show — smaller copies resolve the
    // "he" to nobody either way — so it is read on the round's own article.)
    const { article, corpus } = readArticle("interview-the-last-lighthouse-keepers-daughter");
    const qs = generateQuestions(article, { corpus, max: 90 }).questions;
    expect(qs.some((q) => /Dunbar/.test(q.prompt + q.answer) && /\block/.test(q.prompt))).toBe(false);
  });

  it("does not ask 'who' for one of two people the sentence names together", () => {
    const paragraphs = ["Rescuers led by Captain Ilse Brandt and Sergeant Omar Haddad freed the miners by dawn.", "The Lima observatory was opened by Hana Ruiz in 1961."];
    expect(statementTexts(paragraphs[0])).toEqual(["Rescuers led by Captain Ilse Brandt and Sergeant Omar Haddad freed the miners by dawn"]);
    const reasons = reasonsIn(paragraphs, { draft: { answerType: "person" } });
    expect(reasons("Who freed the miners by dawn?", "Sergeant Omar Haddad")).toContain("one-of-several");
    expect(reasons("Who led the rescuers with Captain Ilse Brandt?", "Sergeant Omar Haddad")).not.toContain("one-of-several");
  });

  it("does not ask who held a post that someone else holds elsewhere in the article", () => {
    const twice = reasonsIn(["That was Ewan Gray, the head ranger.", "By 1990 my uncle was head ranger.", "The Lima observatory was opened by Hana Ruiz in 1961."], { draft: { answerType: "person" } });
    expect(twice("Who was the head ranger?", "Ewan Gray")).toContain("one-of-several");
    const once = reasonsIn(["That was Ewan Gray, the head ranger.", "The Lima observatory was opened by Hana Ruiz in 1961."], { draft: { answerType: "person" } });
    expect(once("Who was the head ranger?", "Ewan Gray")).not.toContain("one-of-several");
  });

  it("drops stems that lean on an unnamed speaker, address the reader, count 'all four' of nothing, or cut a school's name", () => {
    const reasons = reasonsIn(["My mother used to say the garden was the hard part.", "Please ask your pharmacist.", "All three were steam engines built in Leeds.", "She was educated at Kelso Academy for Girls in 1950.", "The Lima observatory was opened by Hana Ruiz in 1961."], { type: "CLOZE" });
    expect(reasons("My mother used to say the garden was the _____.", "hard part", "CLOZE", 0)).toContain("dangling-reference");
    expect(reasons("Please ask your _____.", "pharmacist", "CLOZE", 1)).toContain("addressed-to-reader");
    expect(reasons("All three were _____ engines built in Leeds.", "steam", "CLOZE", 2)).toContain("dangling-reference");
    expect(reasons("She was educated at Kelso Academy for _____ in 1950.", "Girls", "CLOZE", 3)).toContain("truncated-name");
    expect(reasons("She was educated at _____ in 1950.", "Kelso Academy for Girls", "CLOZE", 3)).not.toContain("truncated-name");
  });

  it("offers no sibling gloss that says what a short definition says ('a contagious illness caused by a virus')", () => {
    const glosses = siblingGlosses("mumps", "a contagious illness caused by a virus");
    expect(glosses.some((g) => /\bvir(?:al|us)\b|contagious|infectious|communicable/.test(g))).toBe(false);
    // (A long definition keeps its siblings: it says more than any of them.)
    expect(siblingGlosses("transistor", "a tiny semiconductor device that can amplify an electrical signal or switch a current on and off").length).toBeGreaterThan(0);
  });

  it("gives a second verb after ', and today' or ', and now' the first clause's subject", () => {
    expect(statementTexts("The mill closed in 1952, and now houses a museum of weaving.")).toContain("The mill houses a museum of weaving");
    expect(statementTexts("The library moved to a new building in 2003, and today holds more than 30,000 books.")).toContain("The library holds more than 30,000 books");
  });

  it("gives a list of verb phrases its 'and' back when its last item is stated apart", () => {
    const said = statementTexts("Financed by donors, the arch is 108 metres high, weighs about 36,000 tonnes, cost some 1.5 billion euros and is designed to last 100 years.");
    expect(said).toContain("the arch is 108 metres high, weighs about 36,000 tonnes and cost some 1.5 billion euros");
    expect(said).toContain("the arch is designed to last 100 years");
    // (A subject's asides are no list: nothing is joined into them.)
    expect(statementTexts("A club called Ride On, started by Ann Pike, a nurse from the Elm estate, raised 900 pounds and was praised by the mayor in May 2025.")).toContain("A club called Ride On raised 900 pounds");
  });

  it("drops a short stem whose 'over it' points back to the sentence before", () => {
    const reasons = reasonsIn(["In 2016 a new roof was slid over it on rails.", "The Lima observatory was opened by Hana Ruiz in 1961."], { type: "CLOZE" });
    expect(reasons("In 2016 a new _____ was slid over it on rails.", "roof", "CLOZE", 0)).toContain("dangling-reference");
  });

  it("states nothing of the last of a list of people before their verb ('the safety officer Jan Roth and Meyer were fined')", () => {
    const said = statementTexts("In 1990 the mine manager Karl Weber, the safety officer Jan Roth and Meyer were each fined 5,000 marks.");
    expect(said.some((s) => /^the safety officer Jan Roth and Meyer\b/.test(s))).toBe(false);
  });

  it("drops a do-support question that ends on a participle whose phrase was cut ('a kite made of silk lined?')", () => {
    const reasons = reasonsIn(["On 9 May 1901 the sisters flew a kite made of silk lined with paper over the town of Ayr.", "The Lima observatory was opened by Hana Ruiz in 1961."], { type: "SHORT_ANSWER" });
    expect(reasons("On what date did the sisters fly a kite made of silk lined?", "9 May 1901", "SHORT_ANSWER", 0)).toContain("ungrammatical");
    expect(reasons("In which year was the Lima observatory opened?", "1961", "SHORT_ANSWER", 1)).not.toContain("ungrammatical");
  });

  it("takes a sum in words ('1.5 billion euros') and does not gap the last word of 'Bank for Reconstruction and Development'", () => {
    const qs = generateQuestions(articleFromParagraphs(["The new bridge cost some €2.5 billion and opened in 2019.", "The Lima observatory was opened by Hana Ruiz in 1961."], { title: "Notes" }), { max: 90 }).questions;
    const sums = qs.filter((q) => q.answer === "€2.5 billion" && q.type !== "TRUE_FALSE" && q.type !== "MCQ");
    expect(sums.length).toBeGreaterThan(0);
    for (const q of sums) expect(q.acceptedAnswers).toEqual(expect.arrayContaining(["2.5 billion euros", "€2.5bn"]));
    const reasons = reasonsIn(["The work was paid for through the Fund for Peace and Recovery in 2004.", "The Lima observatory was opened by Hana Ruiz in 1961."], { type: "CLOZE" });
    expect(reasons("The work was paid for through the Fund for Peace and _____ in 2004.", "Recovery", "CLOZE", 0)).toContain("truncated-name");
  });

  it("reads 'the Fund for Peace and Recovery' as one name, and 'the Bank of England and Barclays' as two", () => {
    const names = (text: string) => [...analyzeArticle(articleFromParagraphs([text], { title: "Notes" })).entities.values()].map((e) => e.display);
    expect(names("The work was paid for through the Fund for Peace and Recovery in 2004.")).toContain("Fund for Peace and Recovery");
    expect(names("The loan came from the Bank of England and Barclays in 1998.")).not.toContain("Bank of England and Barclays");
  });
});
