// Generator 0.7.2: a name's own head as the wh-phrase ("which treaty", "which hotel"), places in a
// ranking, where a named building is, appositive chains and verb lists, "the team" of the people
// just named, and pronouns for a person whose first name says nothing of gender.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { analyzeArticle } from "../../../lib/generate/facts";
import { parseText } from "../../../lib/generate/nlp";
import { kindHead } from "../../../lib/generate/text";
import { statementTexts } from "../../fixtures/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

function kept(paragraphs: string[], title = "A local history"): string[] {
  const article = articleFromParagraphs(paragraphs, { title });
  return generateQuestions(article, { explain: true, max: 80 }).candidates!
    .filter((c) => c.reasons.length === 0 || c.reasons.every((r) => r === "ranked-out"))
    .map((c) => `${c.prompt} → ${c.answer}`);
}

describe("a name's head as the wh-phrase", () => {
  it("reads the kind off the name", () => {
    expect(kindHead("Treaty of Stralsund")).toBe("treaty");
    expect(kindHead("the Marshall Plan")).toBe("plan");
    expect(kindHead("Kalmar")).toBeUndefined();
    expect(kindHead("Harbourside Athletic")).toBeUndefined();
  });

  it("asks 'Under which treaty …?' for a fronted treaty and 'At which hotel …?' for a hotel", () => {
    const items = kept([
      "Under the Treaty of Kalmar, Norway gave the merchants a harbour in Bergen.",
      "In May 1921, forty delegates met at the Grand Harrow Hotel in Ilkley.",
    ]);
    expect(items).toContain("Under which treaty did Norway give the merchants a harbour in Bergen? → Treaty of Kalmar");
    expect(items.some((i) => /^At which hotel did forty delegates meet in Ilkley/.test(i) && i.endsWith("→ Grand Harrow Hotel"))).toBe(true);
  });

  it("does not take the verb of a misread clause: 'ships equipped with sonar mapped the floor'", () => {
    const items = kept(["After the Second World War, ships equipped with sonar mapped the floor of the Atlantic."]);
    expect(items.some((i) => /^After which war/.test(i))).toBe(false);
  });
});

describe("places in a ranking", () => {
  it("are facts, with options from the same ranking", () => {
    const article = articleFromParagraphs(["As the region's second-largest port, Harwick handles most of its grain."], { title: "Ports" });
    expect(analyzeArticle(article).facts.some((f) => f.type === "rank" && f.text === "second-largest")).toBe(true);
    const mcq = generateQuestions(article, { max: 20, types: ["MCQ"] }).questions.find((q) => q.answer === "second-largest");
    expect(mcq).toBeDefined();
    for (const c of mcq!.choices!) expect(c).toMatch(/^(?:(?:second|third|fourth|fifth|sixth|seventh)-)?largest$/);
  });
});

describe("match results", () => {
  it("are facts after a verb of winning, with options that keep the winner; a year range is none", () => {
    const article = articleFromParagraphs(["Kelso Town beat Ayr United 3–2 to win the Border Shield for the first time. The ground was rebuilt in 1998–99."], { title: "Border football" });
    const facts = analyzeArticle(article).facts;
    expect(facts.filter((f) => f.type === "score").map((f) => f.text)).toEqual(["3–2"]);
    const items = kept(["Kelso Town beat Ayr United 3–2 to win the Border Shield for the first time. The ground was rebuilt in 1998–99."], "Border football");
    expect(items).toContain("Kelso Town beat Ayr United _____ to win the Border Shield for the first time. → 3–2");
    // A long statement is cut before its result "to win …": what stays is still true.
    const long = kept(["The Border League champions Kelso Town beat the Western League champions Ayr United 3–2 at Netherdale to win the Border Shield for the first time in their history."], "Border football");
    expect(long).toContain("The Border League champions Kelso Town beat the Western League champions Ayr United _____ at Netherdale. → 3–2");
    const mcq = generateQuestions(article, { max: 20, types: ["MCQ"] }).questions.find((q) => q.answer === "3–2");
    expect(mcq).toBeDefined();
    for (const c of mcq!.choices!) {
      const [a, b] = c.split("–").map(Number);
      expect(a).toBeGreaterThan(b);
    }
  });
});

describe("the simplifier", () => {
  it("states where a named building is when a sentence opens with it", () => {
    expect(statementTexts("At the Western Dairy Research Laboratory in Ashford, Kent, Ruth Hale found a new culture.")).toContain(
      "The Western Dairy Research Laboratory was in Ashford, Kent",
    );
  });

  it("splits a verb list without a comma before its 'and', and keeps the appositive of its subject", () => {
    const st = statementTexts("The Harwick engine, the first steam pump in the valley, drained the mine, lifted 400 tonnes a day and consumed two tonnes of coal.");
    expect(st).toContain("The Harwick engine lifted 400 tonnes a day");
    expect(st).toContain("The Harwick engine consumed two tonnes of coal");
    expect(st.some((s) => /was the first steam pump in the valley$/.test(s))).toBe(true);
  });

  it("states a second description of a closing name, and a numbered name's appositive", () => {
    const st = statementTexts("In 1968 the firm released the Model 40, the first pocket calculator, a device with 24 keys.");
    expect(st).toContain("the Model 40 was the first pocket calculator");
    expect(st).toContain("the Model 40 was a device with 24 keys");
  });

  it("reads two appositives in a row before the verb, and never cuts a 'that' clause before its verb", () => {
    const st = statementTexts("His successor, John Frank Stevens, a railway engineer, rebuilt the Panama Railroad.");
    expect(st).toContain("John Frank Stevens rebuilt the Panama Railroad");
    expect(st).toContain("John Frank Stevens was a railway engineer");
    const items = kept(["John Frank Stevens rebuilt the Panama Railroad to carry away spoil and persuaded Theodore Roosevelt that a canal with locks would be cheaper and faster to build than one at sea level."], "Canal");
    expect(items.some((i) => /that a canal\. →/.test(i))).toBe(false);
  });

  it("states a verb phrase after ', but' of the same subject", () => {
    expect(statementTexts("Kubiak won the first game, but was dismissed after the third.")).toContain("Kubiak was dismissed after the third");
  });

  it("makes no statement of 'the fact that …' or of a clause whose verb it misread as a noun", () => {
    const st = statementTexts("The club struggled with injuries to its players, as well as the loss of its coach, and the simple fact that its stadium was old, as it opened in 1921.");
    expect(st.some((s) => /^the simple fact/i.test(s))).toBe(false);
    expect(statementTexts("The team beat Rovers, the defending champions, in the final.").some((s) => /beat Rovers (is|was|were)/.test(s))).toBe(false);
    expect(statementTexts("The team defeated Rovers, the defending champions, in the final.")).toContain("Rovers were the defending champions");
  });
});

describe("shapes that made broken items, found by reading the SQuAD slice", () => {
  it("makes no description of 'As of January 2016' or 'As a result'", () => {
    expect(statementTexts("As of January 2016, the largest known prime has 22,338,618 digits.").some((s) => /\bis of\b/.test(s))).toBe(false);
    expect(statementTexts("As a result, the city grew quickly.").some((s) => /is a result/.test(s))).toBe(false);
    expect(statementTexts("As the region's largest port, Harwick handles most of its grain.")).toContain("Harwick is the region's largest port");
  });

  it("asks nothing of a verb inside the subject's relative clause", () => {
    const items = kept(["In 1709–13, a plague epidemic that followed the Great Northern War killed many people in Sweden."]);
    expect(items.some((i) => /^Which war did/.test(i))).toBe(false);
  });

  it("keeps a list whose last item has a relative clause whole, and a second closing -ing aside with the first", () => {
    const st = statementTexts("They joined the Rovers, Albion, and the Harriers as one of four teams that have won the cup eight times.");
    expect(st.some((s) => /^the Harriers as one of/i.test(s))).toBe(false);
    const glued = statementTexts("The Kestrels beat the Seattle Herons in the divisional round, running up a 31–0 halftime lead and then holding off a furious second half comeback attempt to win 31–24, avenging their elimination from a year earlier.");
    expect(glued).toContain("The Kestrels beat the Seattle Herons in the divisional round");
    expect(glued.some((s) => /round avenging/.test(s))).toBe(false);
  });

  it("does not cut before a 'to' the verb asks for", () => {
    const items = kept(["A surge of cheap imported cars into North America in the late 1970s forced General Motors, Ford and Chrysler to introduce smaller and more fuel-efficient models for their home market."], "Cars");
    expect(items.some((i) => /Chrysler\.? →|and _____\. →/.test(i))).toBe(false);
  });

  it("asks nothing of a single letter cut from a name ('Y. pestis', 'C. J. Ward', 'X.25')", () => {
    const items = kept(["The mechanism by which Y. pestis spread was found in 1898 by Paul Simond. Running back C. J. Ward ran for 863 yards."], "Plague and football");
    expect(items.some((i) => /→ [A-Z]$/.test(i))).toBe(false);
    expect(items.some((i) => /→ 1898$/.test(i))).toBe(true);
  });

  it("states no fragment without a finite verb, and asks no member of a list as the object", () => {
    for (const st of statementTexts("The plague returned with Lombard contingents in the Sicilian campaign of George Maniaces in 1038–40, killing thousands.")) {
      expect(st).not.toMatch(/^Lombard contingents/);
    }
    const items = kept(["Other faults include the San Jacinto Fault, the Puente Hills Fault, and the Elsinore Fault Zone."], "Faults of California");
    expect(items.some((i) => /^What do other faults include/.test(i))).toBe(false);
  });

  it("asks no wh-question across 'and' + a second clause, nor with an adjective as the descriptor", () => {
    const a = kept(["At Saint Evroul, a tradition of singing had developed and the choir achieved fame in Normandy."], "Norman music");
    expect(a.some((i) => /^At which place did a tradition/.test(i))).toBe(false);
    const b = kept(["The successful Siege of Antioch came in 1097 after eight months."], "Crusades");
    expect(b.some((i) => /^Which successful/.test(i))).toBe(false);
  });

  it("reads 'A study published in Nature in October 2011 sequenced …' as a participle before the verb", () => {
    const items = kept(["A study published in Nature in October 2011 sequenced the genome of the bacterium from plague victims."], "Plague");
    expect(items.some((i) => /^When did a study publish/.test(i))).toBe(false);
  });

  it("does not call a sports club 'X’s team' after its players", () => {
    const items = kept(["The Kestrels finished first. Quarterback Tom Ryder threw for 4,000 yards and running back Lee Park ran for 900. The team scored 31 points in the final."], "The Kestrels season");
    expect(items.some((i) => /’s team/.test(i))).toBe(false);
  });
});

describe("tags the parse corrects", () => {
  it("reads a past form after an aside, and 'used' before a number, as the verb", () => {
    const text = "In 1943 a laboratory assistant, Mary Hunt, brought in a mouldy melon.";
    const tags = parseText(text).tagsAt(text.indexOf("brought"));
    expect(tags.has("PastTense")).toBe(true);
    expect(tags.has("Imperative")).toBe(false);
    const used = "The computer used about 17,500 valves.";
    expect(parseText(used).tagsAt(used.indexOf("used")).has("Verb")).toBe(true);
  });
});

describe("references", () => {
  it("names 'the team' after the people the paragraph named, led by the first", () => {
    const items = kept(["In 1939 the chemist Anna Holt and the physician Karl Weber began testing the mould. Their colleague Ian Frost built the vessels. On 3 June 1940 the team treated eight rabbits."]);
    expect(items.some((i) => /Holt’s team/.test(i))).toBe(true);
    expect(items.some((i) => /\bthe team\b/.test(i))).toBe(false);
  });

  it("reads 'He' as the sentence before's only person when the first name says no gender", () => {
    const items = kept(["In 2004, Jordan Blake suffered a torn ligament in his foot. He set the league's passing record with 71,940 yards."]);
    expect(items.some((i) => /Jordan Blake set the league/.test(i))).toBe(true);
  });

  it("keeps two people of one surname apart, a lone surname going to the title's person", () => {
    const article = articleFromParagraphs(["In Paris she met the physicist Pierre Curie, and they married in 1895. Their daughter Irène Curie was born in 1897.", "In 1911 Curie won a second Nobel Prize."], { title: "Marie Curie: a life" });
    const people = [...analyzeArticle(article).entities.values()].filter((e) => e.type === "person").map((e) => e.display).sort();
    expect(people).toEqual(["Irène Curie", "Marie Curie", "Pierre Curie"]);
    // "Ferdinand de Lesseps" and "De Lesseps" stay one person: a particle is no first name.
    const canal = articleFromParagraphs(["Ferdinand de Lesseps began the canal in 1881. De Lesseps had built the Suez Canal."], { title: "The canal" });
    expect([...analyzeArticle(canal).entities.values()].filter((e) => e.type === "person").length).toBe(1);
  });

  it("reads a sentence opened by a known surname as about that person, and a biography's birth name as its title's person", () => {
    const paragraphs = ["Maria Sklodowska was born in Warsaw in 1867. In Paris she met the physicist Pierre Curie.", "Nobody yet understood how dangerous radiation was. Curie carried test tubes of radioactive material in her pockets. She died on 4 July 1934, at a sanatorium in the French Alps."];
    const article = articleFromParagraphs(paragraphs, { title: "Marie Curie: a life" });
    const sklodowska = [...analyzeArticle(article).entities.values()].find((e) => e.display === "Maria Sklodowska")!;
    expect(sklodowska.aliases).toContain("Marie Curie");
    expect(sklodowska.aliases).toContain("Curie");
    expect(kept(paragraphs, "Marie Curie: a life")).toContain("Marie Curie died on _____. → 4 July 1934");
  });

  it("makes no false swap of a negated claim ('did not live to see …')", () => {
    const article = articleFromParagraphs(["Harry White proposed a smaller fund. Keynes did not live to see the system he designed come apart, and John Keynes died in 1946."], { title: "Money" });
    const tf = generateQuestions(article, { max: 40, types: ["TRUE_FALSE"] }).questions;
    expect(tf.some((q) => /did not live/.test(q.prompt) && q.answer === "False")).toBe(false);
  });

  it("types a name after a role as a person and a numbered product as a name", () => {
    const article = articleFromParagraphs(["The coach praised quarterback Peyton Manning. In 1971 Intel released the Intel 4004."], { title: "Notes" });
    const facts = analyzeArticle(article).facts;
    expect(facts.find((f) => f.text === "Peyton Manning")?.type).toBe("person");
    expect(facts.find((f) => f.text === "Intel 4004")?.type).toBe("name");
  });
});

describe("twin cities", () => {
  it("never offers one city of a pair that faces the other across a river as an option for it", () => {
    const article = articleFromParagraphs(
      [
        "The Blue Nile rises at Lake Tana in the Ethiopian highlands.",
        "The White Nile and the Blue Nile meet at Khartoum, the capital of Sudan, before flowing north.",
        "Port Sudan on the Red Sea handles most of the country's trade, and Kassala and Wad Madani are market towns.",
      ],
      { slug: "twin-cities", title: "Where the Nile meets" },
    );
    const mcqs = generateQuestions(article, { max: 30, types: ["MCQ"] }).questions.filter((q) => q.answer === "Khartoum");
    expect(mcqs.length).toBeGreaterThan(0);
    for (const q of mcqs) expect(q.choices).not.toContain("Omdurman");
  });
});
