// Generator 0.9.30: shapes round 7's blind articles (a biography, a science handout, a history, a
// council story) showed on their first run — a date with no comma before a described name, a scene
// that closes on its date, a person's description after a participle, a noun the tagger reads as an
// order, a biography whose person's name no tagger knows, acronyms spelled out after the letters, a
// "them" that is the reason's subject, a work's quoted title — each with a sentence of the same
// shape (not the article's own) and, where a rule could reach too far, one it must leave alone.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { acronymDefinitions } from "../../../lib/generate/naming";
import { clauseOption } from "../../../lib/generate/causes";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { statementTexts } from "../../fixtures/generate/statements";
import { reasonsIn } from "../../fixtures/generate/validation";

// Every candidate a validator kept (ranked out or not), and the long reasons a learner could not type.
const candidates = (paragraphs: string[], title = "Notes") =>
  (generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 90, explain: true }).candidates ?? [])
    .filter((c) => c.reasons.every((r) => r === "ranked-out" || r === "answer-too-long-to-type"))
    .map((c) => `${c.prompt} → ${c.answer}`);

describe("fronted dates and scene-setting, 0.9.30", () => {
  it("reads 'In 1843 Isaac Pell, a Welsh engineer, built …' as a date, a name and its description", () => {
    expect(statementTexts("In 1843 Isaac Pell, a Welsh engineer, built a bridge over the Usk.")).toEqual(["In 1843, Isaac Pell built a bridge over the Usk", "Isaac Pell was a Welsh engineer"]);
    // A determiner's subject was read before and stays as it was.
    expect(statementTexts("In 1962 the town's mayor, John Pell, opened a bridge over the Tarn.")[0]).toBe("In 1962 John Pell opened a bridge over the Tarn");
  });

  it("keeps the date that closes a long scene-setting phrase, and a time of day's date before a described name", () => {
    expect(statementTexts("At a crowded public meeting in the town hall on Monday 4 March, councillors backed the plan by 20 votes to 9.")[0]).toBe("On Monday 4 March, councillors backed the plan by 20 votes to 9");
    expect(statementTexts("On the morning of 6 June 1944, Bernard Law, a junior officer serving with the navy, landed on the beach.")).toEqual([
      "On 6 June 1944, Bernard Law landed on the beach",
      "Bernard Law was a junior officer serving with the navy",
    ]);
  });

  it("drops a closing 'late that night' of a one-off event, not a bare 'that day' a count depends on", () => {
    expect(statementTexts("Because the pumps had failed, the gates at the lower lock were opened late that night.")).toContain("the gates at the lower lock were opened");
    expect(statementTexts("The brothers made four flights that day.")).toEqual(["The brothers made four flights that day"]);
  });
});

describe("subjects and asides, 0.9.30", () => {
  it("takes a person's description after a participle's agent with the agent, and the clause keeps its verb", () => {
    expect(statementTexts("A campaign called Save Our Pier, launched by Ruth Adey, a retired teacher from the harbour district, raised £40,000 and was presented to the council in May 2024.")).toEqual([
      "A campaign called Save Our Pier raised £40,000",
      "Save Our Pier was launched by Ruth Adey",
      "Ruth Adey was a retired teacher from the harbour district",
      "A campaign was presented to the council in May 2024",
    ]);
  });

  it("reads 'Work on the new library is due …' as a subject, not an order, and drops a closing 'with' + noun + -ing", () => {
    expect(statementTexts("Work on the new library is due to start in March 2027, with the builders working through the winter.")).toEqual(["Work on the new library is due to start in March 2027"]);
    // An instruction to the reader still states nothing.
    expect(statementTexts("Go to the station and buy a ticket.")).toEqual([]);
  });

  it("drops a name's description with commas of its own, up to the comma its verb follows", () => {
    expect(statementTexts("Ama Owusu, the Ghanaian chemist and teacher who campaigned for clean water, for schools and for clinics, was born in Kumasi in 1938.")[0]).toBe("Ama Owusu was born in Kumasi in 1938");
    // An adjective's comma inside a plain description leaves it to the appositive reader.
    expect(statementTexts("The Atacama Desert, a long, narrow strip of land in northern Chile, is often called the driest desert on Earth.")).toContain("The Atacama Desert is a long, narrow strip of land in northern Chile");
  });

  it("takes a biography's person from a first sentence that describes them before 'was born', and names their 'she'", () => {
    const all = candidates(
      ["Wangari Maathai, the Kenyan biologist and campaigner who fought for forests, for rivers and for farmers, was born in a village near Nyeri in 1940. She studied biology in Kansas. Her teachers praised her work. In 1977 she founded a tree-planting group in Nairobi."],
      "Wangari Maathai",
    );
    expect(all).toContain("In which year did Wangari Maathai found a tree-planting group in Nairobi? → 1977");
    expect(all).toContain("Wangari Maathai studied biology in _____. → Kansas");
  });

  it("keeps a lower-case 'arap' inside a name", () => {
    expect(candidates(["For most of the 1980s Kenya was ruled by President Daniel arap Moi, whose government tolerated little dissent."])).toContain(
      "For most of the 1980s Kenya was ruled by President _____. → Daniel arap Moi",
    );
  });
});

describe("what a thing is called, and why, 0.9.30", () => {
  it("reads an acronym spelled out after the letters ('NATO, which stands for …'), and only when the initials match", () => {
    const text = "The best-known example is NATO, which stands for the North Atlantic Treaty Organization.";
    expect(acronymDefinitions(text).map((d) => [d.acronym, text.slice(d.start, d.end)])).toEqual([["NATO", "North Atlantic Treaty Organization"]]);
    expect(acronymDefinitions("The BBC stands for quality.")).toEqual([]);
    expect(candidates([text])).toContain("What does NATO stand for? → North Atlantic Treaty Organization");
  });

  it("asks why of ', so … them' with the reason's subject in the pronoun's place", () => {
    expect(candidates(["Plant cells are protected by a thick wall, so the toxin leaves them unharmed."])).toContain(
      "Why does the toxin leave plant cells unharmed? → Plant cells are protected by a thick wall",
    );
  });

  it("asks a work's quoted title from its maker and date", () => {
    expect(candidates(['In 1958 Chinua Achebe published his first novel, "Things Fall Apart".'], "Chinua Achebe")).toContain(
      "What was the title of the first novel Chinua Achebe published in 1958? → Things Fall Apart",
    );
  });

  it("offers the first of two reasons with subjects of their own as a why-question's option", () => {
    expect(clauseOption("the guards had no clear orders and the crowds were far too large to hold back")).toBe("the guards had no clear orders");
  });

  it("asks how long with the statement's own 'is' ('How long is draining expected to take?')", () => {
    expect(candidates(["Draining the lake is expected to take about ten weeks."])).toContain("How long is draining the lake expected to take? → about ten weeks");
  });
});

describe("validators, 0.9.30", () => {
  const reasons = reasonsIn(["The best known was Cable House, on the high street, built in 1901. The picture is now known as Photograph 51, or simply Photo 51. Draining the lake is expected to take about ten weeks."]);

  it("drops 'Whom' before a copula and a gap beside the thing's other name ('or simply Photo 51')", () => {
    expect(reasons("Whom was the best known on the high street?", "Cable House")).toContain("ungrammatical");
    expect(reasons("The picture is now known as _____, or simply Photo 51.", "Photograph 51", "CLOZE", 1)).toContain("answer-in-stem");
  });

  it("drops do-support before a clause's own 'is'", () => {
    expect(reasons("How long do draining is expected to take?", "about ten weeks", "SHORT_ANSWER", 2)).toContain("ungrammatical");
  });
});
