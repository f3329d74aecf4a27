// Generator 0.9.3: broken items read off the SQuAD slice's whole-article output (default settings),
// each traced to the step that made it — a cut at a colon inside a title or a time, a gapped
// conjunct read into the first clause, an appositive of a whole reduced clause, a prepositional
// relative clause left in, a plural's apostrophe, a sentence split inside a bracket, an edition's
// Roman numeral read as a king's — and the reading each rule must keep.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { analyzeArticle } from "../../../lib/generate/facts";
import { validateQuestion } from "../../../lib/generate/validate";
import { articleFromFile, articleFromParagraphs } from "../../fixtures/generate/articles";
import { KEY_FACTS_DIR } from "../../fixtures/generate/key-facts/key-facts";
import { describedIn, statementTexts } from "../../fixtures/generate/statements";

function items(paragraphs: string[], title = "Test") {
  const article = articleFromParagraphs(paragraphs, { title });
  return { article, questions: generateQuestions(article, { max: 200 }).questions };
}

describe("statements", () => {
  it("keeps a gapped closing conjunct out of the first clause", () => {
    const texts = statementTexts("Between 1701 and 1750, thirty-seven larger and smaller epidemics were recorded in Constantinople, and an additional thirty-one between 1751 and 1800.");
    expect(texts).toContain("Between 1701 and 1750, thirty-seven larger and smaller epidemics were recorded in Constantinople");
    expect(texts.join(" | ")).not.toContain("thirty-one");
    // A second clause with its own verb is a statement of its own.
    expect(statementTexts("The army took Paris in 1814, and the allies entered the city soon after.")).toEqual(["The army took Paris in 1814", "the allies entered the city soon after"]);
  });

  it("drops a relative clause that opens with a preposition", () => {
    expect(statementTexts("The staff, around which neumes were oriented, was developed in the 11th century.")).toEqual(["The staff was developed in the 11th century"]);
  });

  it("reads 'Also at X,' as a fronted phrase, not an appositive of X", () => {
    const texts = statementTexts("Also at Fécamp, the staff, around which neumes were oriented, was first developed and taught in the 11th century.");
    expect(texts.some((t) => /^at Fécamp, the staff was first developed and taught in the 11th century$/i.test(t))).toBe(true);
    expect(texts.join(" | ")).not.toMatch(/Fécamp (?:is|was) the staff/);
  });

  it("does not gloss the last noun of a reduced clause with the phrase after its comma", () => {
    const texts = statementTexts("For example, factorization of prime ideals when lifted to an extension field, a basic problem of algebraic number theory, bears some resemblance with ramification in geometry.");
    expect(texts.join(" | ")).not.toMatch(/extension field (?:is|was) a basic problem/);
    const { questions } = items(["For example, factorization or ramification of prime ideals when lifted to an extension field, a basic problem of algebraic number theory, bears some resemblance with ramification in geometry."]);
    expect(questions.some((q) => /basic problem/.test(`${q.prompt} ${q.answer}`) && /extension field/.test(`${q.prompt} ${q.answer}`) && !q.prompt.includes("bears"))).toBe(false);
    // An appositive of a plain noun phrase is still stated.
    expect(statementTexts("Pierre Curie, a French physicist, studied magnetism.")).toContain("Pierre Curie was a French physicist");
  });

  it("makes no statement cut inside a title, and does not cut at a time's colon", () => {
    const texts = statementTexts("Fox paid for Deadpool, X-Men: Apocalypse, Independence Day: Resurgence and Eddie the Eagle, Lionsgate paid for Gods of Egypt.");
    expect(texts.join(" | ")).not.toMatch(/X-Men$|X-Men \|/);
    expect(statementTexts("Manning gave Denver a 23–11 lead with 3:08 left in the game.")).toEqual(["Manning gave Denver a 23–11 lead with 3:08 left in the game"]);
    // A colon that ends a clause still ends it.
    expect(statementTexts("Five countries go straight to the final because they pay the most to the EBU: France, Germany, Italy, Spain and the United Kingdom.")[0]).toMatch(/EBU$/);
  });

  it("drops an 'including' list of lower-case examples that runs to the end", () => {
    const texts = statementTexts("In addition, there are $2 million worth of other ancillary events, including a week-long event at the Santa Clara Convention Center, a beer, wine and food festival at Bellomy Field, and a pep rally.");
    expect(texts).toContain("there are $2 million worth of other ancillary events");
  });
});

describe("names", () => {
  it("reads an edition's Roman numeral as a name, not a king's", () => {
    const article = articleFromParagraphs(["The use of Roman numerals will be reinstated for Super Bowl LI."]);
    const fact = analyzeArticle(article).facts.find((f) => f.text === "Super Bowl LI");
    expect(fact?.type).toBe("name");
    const { questions } = items(["The use of Roman numerals will be reinstated for Super Bowl LI."]);
    expect(questions.some((q) => /\bwhom?\b/i.test(q.prompt))).toBe(false);
  });

  it("reads a title and a given name before 'of <place>' as a person, grouped by the whole name", () => {
    const text = "In 1066, Duke William II of Normandy conquered England. Normandy later became a province of France.";
    const facts = analyzeArticle(articleFromParagraphs([text])).facts;
    const duke = facts.find((f) => f.text === "Duke William II of Normandy");
    expect(duke?.type).toBe("person");
    // The place is no mention of the duke.
    expect(facts.find((f) => f.text === "Normandy")?.entityId).not.toBe(duke?.entityId);
  });
});

describe("items", () => {
  it("gaps a plural's possessive apostrophe with the name, and a 'Jr.' with its full stop", () => {
    const { questions } = items([
      // (SQuAD's "on their second offensive play" is now dropped for a "their" the stem does not own; the
      // owner named, the sentence still shows the "Jr." at its gap.)
      "The Broncos' seven sacks tied a Super Bowl record set by the Chicago Bears in Super Bowl XX. Newton completed a 45-yard pass to Ted Ginn Jr. on the Denver 35-yard line on Carolina's second offensive play.",
    ]);
    const prompts = questions.map((q) => q.prompt);
    expect(prompts.some((p) => p.includes("The _____’ seven sacks"))).toBe(true);
    expect(prompts.some((p) => /_____ ['’] /.test(p))).toBe(false);
    expect(prompts.some((p) => p.includes("pass to _____ on the Denver"))).toBe(true);
    expect(prompts.some((p) => p.includes("_____."))).toBe(false);
  });

  it("keeps a plural name's capital when the article writes it mid-sentence", () => {
    const { questions } = items([
      "Normans came into Scotland, building castles and founding noble families.",
      "In the 11th century the Normans conquered England.",
    ], "Normans");
    const asked = questions.find((q) => /Scotland/.test(q.answer) && /\?$/.test(q.prompt));
    expect(asked?.prompt).toMatch(/\bNormans\b/);
    expect(questions.some((q) => /\bnormans\b/.test(q.prompt))).toBe(false);
  });

  it("rejects a stem with half a bracket", () => {
    const article = articleFromParagraphs(["Russia and allies) killed about 100,000 in Sweden."]);
    const sentence = article.sentences[0].text;
    const start = sentence.indexOf("Sweden");
    const reasons = validateQuestion(
      {
        key: "k", type: "CLOZE", prompt: "Russia and allies) killed about 100,000 in _____.", answer: "Sweden", acceptedAnswers: [], explanation: "",
        source: { sentenceIndex: 0, start, end: start + 6, sentence }, answerType: "country", factKey: "f", difficulty: 1, score: 1, generatorVersion: "x",
      } as never,
      article,
    );
    expect(reasons).toContain("unbalanced-bracket");
  });
});

describe("more shapes read off the SQuAD slice", () => {
  it("ends a clause at a semicolon with no clause after it, and splits at one before an adjunct and its comma", () => {
    expect(statementTexts("The league re-sodded the field with a new playing surface; a hybrid Bermuda 419 turf.")).toEqual(["The league re-sodded the field with a new playing surface"]);
    const texts = statementTexts("Concerns were raised over whether the field was of a high enough quality to host a Super Bowl; during the inaugural season, the field had to be re-sodded multiple times due to various issues.");
    expect(texts[0]).toBe("Concerns were raised over whether the field was of a high enough quality to host a Super Bowl");
    expect(texts).toContain("during the inaugural season, the field had to be re-sodded multiple times due to various issues");
  });

  it("asks no 'Which annual …?' of a name after an adjective", () => {
    const { questions } = items(["The annual NFL Experience was held at the Moscone Center in San Francisco."]);
    expect(questions.some((q) => /^Which annual\b/.test(q.prompt))).toBe(false);
  });

  it("asks no 'Which place …?' of a city that wears, plays or takes the kickoff (a team)", () => {
    const { questions } = items(["Denver wore blue jerseys in the final. Denver took the opening kickoff."]);
    expect(questions.some((q) => /^Which place\b/.test(q.prompt))).toBe(false);
  });

  it("keeps a ruler's epithet with the name, before a possessive too", () => {
    const facts = analyzeArticle(articleFromParagraphs(["He made Ralph the Timid earl of Hereford. Emma stayed in Normandy after Cnut the Great's conquest of the isle."])).facts;
    expect(facts.map((f) => f.text)).toEqual(expect.arrayContaining(["Ralph the Timid", "Cnut the Great"]));
    expect(facts.some((f) => f.text === "Timid" || f.text === "Great")).toBe(false);
  });

  it("reads a next 'he' as the sentence's subject, not the last person it names", () => {
    const { questions } = items([
      "When Edward the Confessor returned in 1041, he brought Norman counsellors. He made Ralph the Timid earl of Hereford. He invited his brother-in-law Eustace II to his court in 1051.",
    ]);
    // (Resolved to Edward or left unasked as ambiguous: never given to Ralph.)
    expect(questions.some((q) => /Ralph the Timid invited|Ralph the Timid\b.*\b1051|invited his brother-in-law/.test(q.prompt) && /Ralph/.test(`${q.prompt} ${q.answer}`))).toBe(false);
  });

  it("drops a stem that leans on 'each one' or cuts a 'so … that' short", () => {
    const { questions } = items([
      "Carolina had three drives in the quarter. Carolina failed to get a first down on each one.",
      "In 2004, declassified documents revealed that the U.S. was so distraught by the rise in oil prices and being challenged by under-developed countries that they briefly considered military action.",
    ]);
    expect(questions.some((q) => /\beach one\b/.test(q.prompt))).toBe(false);
    expect(questions.some((q) => /so distraught/.test(q.prompt) && !/\bthat they\b/.test(q.prompt))).toBe(false);
  });
});

describe("and more", () => {
  it("agrees an 'As …,' description with a plural team name", () => {
    expect(statementTexts("As the designated home team in the annual rotation, the Broncos elected to wear white jerseys.")).toContain("the Broncos were the designated home team in the annual rotation");
    expect(statementTexts("As the largest economy in the world, the United States sets the rules.")).toContain("the United States is the largest economy in the world");
  });

  it("states nothing of the nearest noun when the description repeats a noun said before the comma", () => {
    const texts = statementTexts("The NFL announced that the practice of branding games with Roman numerals, a practice established at Super Bowl V, would be suspended.");
    expect(texts.join(" | ")).not.toMatch(/Roman numerals (?:was|were|is|are)/);
  });

  it("keeps a possessive name's head whole before a possessive of its own", () => {
    const facts = analyzeArticle(articleFromParagraphs(["Concerns were raised over whether Levi's Stadium's field was good enough."])).facts;
    expect(facts.map((f) => f.text)).toContain("Levi's Stadium");
    expect(facts.some((f) => f.text === "Stadium")).toBe(false);
  });

  it("keeps a slash the article wrote unspaced beside a gap", () => {
    const { questions } = items(["The South Florida/Miami area has previously hosted the event 10 times."]);
    expect(questions.some((q) => /\/ _____|_____ \//.test(q.prompt))).toBe(false);
    expect(questions.some((q) => /Florida\/_____|_____\/Miami/.test(q.prompt))).toBe(true);
  });
});

describe("read on an unseen article (the Rosetta Stone) after its first run", () => {
  it("reads a year before Christ as a year, with options in the same era", () => {
    const article = articleFromParagraphs(["The decree was issued at Memphis in 196 BC by a council of priests. Alexandria was founded by Alexander the Great in 331 BC."]);
    const facts = analyzeArticle(article).facts;
    expect(facts.find((f) => f.text === "196 BC")).toMatchObject({ type: "year", value: -196 });
    expect(facts.some((f) => f.text === "BC")).toBe(false);
    const mcq = generateQuestions(article, { max: 50, types: ["MCQ"] }).questions.find((q) => q.answer === "331 BC");
    expect(mcq?.choices).toHaveLength(4);
    for (const c of mcq!.choices!) expect(c).toMatch(/^\d{1,4} BC$/);
  });

  it("drops a short fronted phrase that leans on the sentence before through its pronoun", () => {
    expect(statementTexts("After their defeat, the Capitulation of Alexandria in 1801 handed the stone and other antiquities to the British.")).toEqual([
      "the Capitulation of Alexandria in 1801 handed the stone and other antiquities to the British",
    ]);
  });
});

describe("references read on the Rosetta Stone article", () => {
  it("reads 'the decree' after the opening sentence gave it to the article's subject as that subject's", () => {
    const { questions } = items([
      "The Rosetta Stone is a slab of dark granodiorite carved with the same decree in three scripts.",
      "The decree was issued at Memphis in 196 BC by a council of priests.",
    ], "The Rosetta Stone");
    expect(questions.some((q) => /the decree of the Rosetta Stone/.test(q.prompt) && q.answer === "Memphis")).toBe(true);
    // Without the opening statement "the decree" is nobody's.
    const alone = items(["The decree was issued at Memphis in 196 BC by a council of priests."], "The Rosetta Stone").questions;
    expect(alone.some((q) => q.answer === "Memphis")).toBe(false);
  });

  it("reads a later clause's 'he' as the one person its sentence named, not the last person before", () => {
    const { questions } = items([
      "An officer named Pierre-François Bouchard recognised that the inscriptions might matter.",
      "The English physician Thomas Young showed that the oval rings called cartouches held royal names, and he identified the name of Ptolemy.",
    ]);
    expect(questions.some((q) => /Bouchard identified/.test(q.prompt))).toBe(false);
    expect(questions.some((q) => /Thomas Young identified|Young identified/.test(q.prompt) || (q.answer === "Thomas Young" && /identified/.test(q.prompt)))).toBe(true);
  });

  it("leaves 'it' unresolved when the sentence before named the article's own subject after its verb", () => {
    const { questions } = items([
      "The Rosetta Stone is a slab of dark granodiorite carved with a decree.",
      "After their defeat, the Capitulation of Alexandria in 1801 handed the stone and other antiquities to the British. It reached England in 1802 and was put on display in the British Museum.",
    ], "The Rosetta Stone");
    expect(questions.some((q) => /Capitulation of Alexandria (?:in 1801 )?(?:reach|was put)/.test(q.prompt))).toBe(false);
  });

  it("drops a stem that leans on 'these <things>'", () => {
    const { questions } = items(["The museum has lent full-size replicas instead. Visitors in Rashid can see one of these copies in the town's own museum."]);
    expect(questions.some((q) => /\bthese copies\b/.test(q.prompt))).toBe(false);
  });
});

describe("read on the Rosetta Stone article's items", () => {
  it("drops 'went much further' with nothing to compare, and a part of something unnamed", () => {
    const { questions } = items([
      "The English physician Thomas Young identified the name of Ptolemy. The French scholar Jean-François Champollion went much further.",
      "The upper part of the stone is written in hieroglyphs. The middle part uses Demotic, the everyday script of Egyptian clerks.",
    ], "The Rosetta Stone");
    expect(questions.some((q) => /went much further/.test(q.prompt))).toBe(false);
    expect(questions.some((q) => /\bthe middle part\b/i.test(q.prompt))).toBe(false);
  });
});

describe("read on the unseen Mary Anning article after its first run", () => {
  it("never reads a lone given name as an 'it'", () => {
    const article = articleFromFile(`${KEY_FACTS_DIR}articles/mary-anning-fossil-hunter.md`);
    const { questions } = generateQuestions(article, { max: 200 });
    expect(questions.some((q) => /What was Mary later named|^Mary was later named/.test(q.prompt))).toBe(false);
  });

  it("keeps a list of the aside's own features with the aside, and glosses none of them", () => {
    expect(statementTexts("In 1823 Anning found the first complete skeleton of a plesiosaur, a marine reptile with a small head, a very long neck and four paddle-like flippers.")).toEqual([
      "In 1823 Anning found the first complete skeleton of a plesiosaur",
    ]);
    const { questions } = items(["In 1823 Anning found the first complete skeleton of a plesiosaur, a marine reptile with a small head, a very long neck and four paddle-like flippers."]);
    expect(questions.some((q) => q.answer === "small head" || /small head/.test(q.prompt))).toBe(false);
  });

  it("states whose relation a name appositive after 'Her father' gives, the owner in full beside a shared surname", () => {
    expect(statementTexts("Her father, Richard Anning, was a cabinetmaker who sold curiosities to tourists.")).toContain("Richard Anning was her father");
  });

  it("drops an item whose 'she' is nobody its statement names", () => {
    const { questions } = items([
      "The cliffs at Lyme Regis are made of layers of limestone and shale laid down at the bottom of a sea about 200 million years ago. Winter storms bring down parts of the cliffs, and the best fossils appear after landslides. The work was dangerous: in 1833 a fall of rock killed Mary's dog, Tray, only a few feet from where she was digging.",
    ], "Mary Anning, the fossil hunter of Lyme Regis");
    expect(questions.some((q) => /\bshe\b/.test(q.prompt) && q.answerType !== "person")).toBe(false);
  });
});

describe("read on the unseen lightning explainer after its first run", () => {
  it("asks why of a clause that ', so' leads to", () => {
    const { questions } = items(["Air is a good insulator, so the charge builds up until the electric field is strong enough to break the air down."]);
    expect(questions.some((q) => /^Why does the charge build up\b/.test(q.prompt) && /air is a good insulator/i.test(q.answer))).toBe(true);
    // "so that" is a purpose, "so much" a degree: no reason.
    const purpose = items(["The engineers raised the dam, so that the valley would not flood again in the spring."]).questions;
    expect(purpose.some((q) => /^Why\b/.test(q.prompt) && /engineers raised the dam/i.test(q.answer))).toBe(false);
  });

  it("names a thing known by a lower-case name when an adverb opens the verb phrase after it", () => {
    const { questions } = items(["A faint channel of charged air, known as a stepped leader, then zigzags down from the cloud in jumps of about fifty metres."]);
    expect(questions.some((q) => /^What is the faint channel of charged air that zigzags down\b.* known as\?$/.test(q.prompt) && q.answer === "stepped leader")).toBe(true);
  });

  it("leaves a place phrase after the name it belongs to out of the question", () => {
    const { questions } = items(["The place with the most lightning in the world is Lake Maracaibo in Venezuela, where storms form on about 260 nights a year."]);
    expect(questions.some((q) => /in the world in Venezuela\?/.test(q.prompt))).toBe(false);
    expect(questions.some((q) => q.prompt === "Which body of water is the place with the most lightning in the world?")).toBe(true);
  });

  it("agrees 'What are … called?' with a plural gloss the tagger read as a verb", () => {
    const { questions } = items(["Most lightning comes from cumulonimbus clouds, the towering storm clouds that can rise more than ten kilometres into the sky."]);
    expect(questions.some((q) => /^What is the towering storm clouds\b/.test(q.prompt))).toBe(false);
  });
});

describe("options and gaps read on the lightning explainer", () => {
  it("takes no clause after a verb and its comma for a description of a thing", () => {
    const text = "The moment the two connect, a powerful current surges up the channel.";
    expect(describedIn(text)).toEqual([]);
    expect(describedIn("Corn steep liquor, a by-product of maize processing, raised the yield.")).toContain("a by-product of maize processing");
  });

  it("asks no unit's scale ('degrees _____')", () => {
    const { questions } = items(["The return stroke heats the air in the channel to about 30,000 degrees Celsius."]);
    expect(questions.some((q) => /degrees _____/.test(q.prompt))).toBe(false);
    expect(questions.some((q) => /_____ degrees Celsius/.test(q.prompt))).toBe(true);
  });
});

describe("a bare plural subject", () => {
  it("is who a next 'they' are", () => {
    const { questions } = items([
      "French soldiers found the stone in July 1799 while rebuilding an old fort near the town of Rashid. They were part of Napoleon Bonaparte's campaign in Egypt.",
    ]);
    expect(questions.some((q) => /^French soldiers were part of\b/.test(q.prompt))).toBe(true);
  });
});
