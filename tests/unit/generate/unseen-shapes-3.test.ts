// Generator 0.9.9: shapes found by the first runs on three more articles written by someone who had not
// seen the generator (how photosynthesis works, a local news report on a reservoir's dam repairs, the
// Apollo 13 mission) — each with the sentence that showed it and, where a rule could reach too far,
// one it must leave alone.
import { describe, expect, it } from "vitest";
import { namingQuestions } from "../../../lib/generate/naming";
import { validateQuestion } from "../../../lib/generate/validate";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { definitionsOf, questionLines, statementTexts } from "../../fixtures/generate/statements";

describe("glosses", () => {
  it("read no clause after a comma as a gloss of the noun before it", () => {
    // The comma closes an opening clause: "oxygen tank number 2 exploded" is the sentence's own subject and verb.
    expect(definitionsOf("Seconds after Swigert flipped the switch, oxygen tank number 2 exploded.")).toEqual([]);
    // A verb of its own further on ("is used"), or a summary of the clause before ("something scientists proved").
    expect(definitionsOf("In the first, the light-dependent reactions, energy captured by chlorophyll is used to split water molecules apart.")).toEqual([]);
    expect(definitionsOf("The oxygen came from water, not from carbon dioxide, something scientists proved only in 1941 by following a heavy form of oxygen.")).toEqual([]);
    // Still a gloss: a verb inside the gloss's own relative clause, and a term after "as".
    expect(definitionsOf("Early computers used vacuum tubes, glass bulbs in which a heated filament released electrons that could be steered by a grid of wires.").map((d) => d.term)).toContain("vacuum tubes");
    expect(definitionsOf("Silk begins as fibroin, a clear, sticky protein that the caterpillar makes in its glands.").map((d) => d.term)).toEqual(["fibroin"]);
  });
});

describe("names", () => {
  it("name the thing after a preposition only, and count 'thousands of' as describing", () => {
    const tubes = namingQuestions("Water arrives from the roots through narrow tubes called xylem vessels, which run through the veins of the leaf.").map((q) => q.prompt);
    expect(tubes.join(" | ")).not.toMatch(/roots through/);
    const pores = namingQuestions("Their lower surface is dotted with thousands of tiny pores called stomata, each one surrounded by guard cells.").map((q) => q.prompt);
    // Present: "is dotted" is a present passive.
    expect(pores).toContain("What are the tiny pores called?");
    expect(namingQuestions("The Hansa lived and worked in four great trading posts called kontors.").map((q) => q.prompt)).toContain("What were the four great trading posts called?");
  });
});

describe("statements", () => {
  it("end the claim before a closing relative clause after a preposition, so its 'and' splits nothing", () => {
    const vehicles = statementTexts("The spacecraft included two crewed vehicles, the command module Odyssey and the lunar module Aquarius, in which Lovell and Haise planned to land in the hilly Fra Mauro region.");
    expect(vehicles).toEqual(["The spacecraft included two crewed vehicles, the command module Odyssey and the lunar module Aquarius"]);
    const book = statementTexts("Lovell never flew in space again, but he later told the story in a book, Lost Moon, on which the 1995 film was based.");
    expect(book.join(" | ")).not.toMatch(/on which/);
    // Not one that closes before the verb.
    expect(statementTexts("The staff, around which neumes were oriented, was first developed in Italy.")).toContain("The staff was first developed in Italy");
  });

  it("give a second participle after a passive its 'was'", () => {
    expect(statementTexts("Apollo 14 was delayed until early 1971 and sent to Fra Mauro instead.")).toContain("Apollo 14 was sent to Fra Mauro instead");
    // An active past with an object of its own is no participle.
    expect(statementTexts("The ship was launched in 1843 and crossed the Atlantic in 14 days.").join(" | ")).not.toMatch(/was crossed/);
  });

  it("leave out a comma-set conjunct that shares the phrase after it", () => {
    const footpath = statementTexts("The company expects it to be back in full use, and the footpath reopened, by spring 2029.");
    expect(footpath).toEqual(["The company expects it to be back in full use by spring 2029"]);
    // Two full clauses still split.
    expect(statementTexts("The town grew quickly, and the port expanded, with new docks built in 1890.")).toContain("The town grew quickly");
  });

  it("keep a closing 'X announced on Tuesday' with the first clause, not with the last one split off", () => {
    const drained = statementTexts("Millbrook Reservoir will be almost completely drained early next year so that engineers can carry out the biggest repairs to its dam since it was built more than 130 years ago, Ashdale Water announced on Tuesday.");
    expect(drained).toContain("it was built more than 130 years ago");
    expect(drained.some((s) => /^Millbrook Reservoir will be .*, Ashdale Water announced on Tuesday$/.test(s))).toBe(true);
    // ", or so he later insisted" is what the clause next to it says.
    const ovens = statementTexts("Farriner supplied bread to the Royal Navy, and his ovens had been raked out the night before, or so he later insisted.");
    expect(ovens).toContain("Farriner supplied bread to the Royal Navy");
  });

  it("state a named owner's role after a name, and a role after a participle's agent as the agent's", () => {
    expect(statementTexts('"There is no immediate danger," said Ruth Okafor, Ashdale Water\'s director of operations.')).toContain("Ruth Okafor is Ashdale Water's director of operations");
    const board = statementTexts("NASA set up a review board, chaired by Edgar Cortright, director of the Langley Research Center.");
    expect(board).toEqual(["NASA set up a review board", "a review board was chaired by Edgar Cortright", "Edgar Cortright was director of the Langley Research Center"]);
  });

  it("split a list of clauses whose middle one opens with a bare noun, leaving out a short one that leans on the first", () => {
    expect(statementTexts("A bang shook the spacecraft, warning lights came on, and Swigert radioed for help.")).toEqual(["A bang shook the spacecraft", "Swigert radioed for help"]);
    expect(statementTexts("In January 1828 the river broke in, six men died, and Brunel was pulled half-drowned from the water.").join(" | ")).not.toMatch(/^six men died|\| six men died/);
    // A longer middle clause is a claim of its own.
    expect(statementTexts("Its songs may last no longer than three minutes, no more than six performers may appear on stage, and the lead vocals must be sung live.")).toContain("no more than six performers may appear on stage");
    // A list of nouns is no list of clauses.
    expect(statementTexts("He bought apples, pears and plums.")).toEqual(["He bought apples, pears and plums"]);
  });
});

describe("questions", () => {
  it("ask why of the clause the 'because' follows, not of the first across a 'yet'", () => {
    const lines = questionLines(["The command module had plenty of spare canisters, yet they could not simply be swapped across, because they were square, while the lunar module's system took round ones."], "Apollo 13");
    expect(lines.join(" | ")).not.toMatch(/Why did the command module have plenty/);
  });

  it("ask no purpose whose 'its' a plural subject cannot own", () => {
    const lines = questionLines(["The tank would not empty normally, so technicians ran its internal heaters for hours to boil off the oxygen."], "Apollo 13");
    expect(lines.join(" | ")).not.toMatch(/Why did technicians run its/);
  });
});

describe("validation", () => {
  const article = articleFromParagraphs(["The Friends of Millbrook Water argues that draining the reservoir will destroy nesting sites. On 17 April 1970 Apollo 13 splashed down in the South Pacific Ocean, south-east of American Samoa."], { title: "Notes" });
  const [any] = generateQuestions(article, { max: 90 }).questions;
  const draft = (prompt: string, answer: string) => ({ ...any, prompt, answer, acceptedAnswers: [], type: "CLOZE" as const });

  it("drops a gap that takes the tail of a body's name, not a battle's place", () => {
    expect(validateQuestion(draft("The Friends of _____ argues that draining the reservoir will destroy nesting sites.", "Millbrook Water"), article)).toContain("truncated-name");
    expect(validateQuestion(draft("The Battle of _____ was fought in 1066.", "Millbrook Water"), article)).not.toContain("truncated-name");
  });

  it("reads a compass word opening a longer name as no give-away ('south-east of' beside the South Pacific Ocean)", () => {
    expect(validateQuestion(draft("On 17 April 1970 Apollo 13 splashed down in the _____, south-east of American Samoa.", "South Pacific Ocean"), article)).not.toContain("answer-inflection-in-stem");
  });
});

describe("what the subject did 'by doing'", () => {
  it("states the gerund's action with the subject, in the sentence's tense", () => {
    const helmont = statementTexts("The Flemish scientist Jan van Helmont put that idea to the test by growing a small willow tree in a pot of carefully weighed earth for five years, in an experiment published in 1648.");
    expect(helmont).toContain("The Flemish scientist Jan van Helmont grew a small willow tree in a pot of carefully weighed earth for five years");
    expect(statementTexts("Bees cool the hive by fanning their wings.")).toContain("Bees fan their wings");
  });

  it("leaves a passive's, a choice's and a condition's alone", () => {
    expect(statementTexts("The town was saved by building a wall.").join(" | ")).not.toMatch(/town built/);
    expect(statementTexts("Each member country promised to keep its exchange rate within 1 percent of that value by buying or selling dollars.").join(" | ")).not.toMatch(/sold dollars/);
    expect(statementTexts("A thermostat keeps the temperature steady by switching the compressor on when the cabinet warms up and off when it is cold enough.").join(" | ")).not.toMatch(/thermostat switches/);
    expect(statementTexts("Before the bridge opened it was tested by placing 96 steam locomotives on its rail tracks.").join(" | ")).not.toMatch(/bridge placed/);
  });
});

describe("a stand-in verb", () => {
  it("drops an item whose 'do this' stands for what the sentence before said", () => {
    const article = articleFromParagraphs(["Joseph Priestley found that a sprig of mint could restore air. In 1779 the Dutch doctor Jan Ingenhousz showed that plants could do this only in sunlight."], { title: "Photosynthesis" });
    const [any] = generateQuestions(article, { max: 90 }).questions;
    const q = { ...any, type: "CLOZE" as const, prompt: "In 1779 the Dutch doctor _____ showed that plants could do this only in sunlight.", answer: "Jan Ingenhousz", acceptedAnswers: [] };
    expect(validateQuestion(q, article)).toContain("dangling-reference");
    expect(validateQuestion({ ...q, prompt: "In 1779 the Dutch doctor _____ showed that plants need sunlight." }, article)).not.toContain("dangling-reference");
  });
});

describe("recall read off the misses", () => {
  it("states what a thing was used to do, from a participle after it", () => {
    expect(statementTexts("The lunar module carried canisters of lithium hydroxide, used to remove carbon dioxide from the air, but they were meant for two men, not three."))
      .toContain("lithium hydroxide was used to remove carbon dioxide from the air");
  });

  it("reads 'it' after a verb whose preposition names one thing ('moved into Aquarius and used it as a lifeboat')", () => {
    expect(statementTexts("The astronauts moved into Aquarius and used it as a lifeboat.")).toContain("The astronauts used Aquarius as a lifeboat");
  });

  it("states what a report concluded, not what a person did", () => {
    expect(statementTexts("Its report, published in June 1970, concluded that the explosion was caused by damaged wiring inside the tank."))
      .toContain("the explosion was caused by damaged wiring inside the tank");
    expect(statementTexts("He concluded that the extra mass must have come from the rainwater he had given it.")).toHaveLength(1);
  });

  it("asks what caused a thing a passive names the cause of", () => {
    const lines = questionLines([
      "Apollo 13 was launched in April 1970. Two days later an explosion tore through its service module.",
      "NASA set up a review board. Its report, published in June 1970, concluded that the explosion was caused by damaged wiring inside the tank.",
    ], "Apollo 13");
    expect(lines).toContain("What caused the explosion? → damaged wiring inside the tank");
  });

  it("reads ', which means a …' as a definition of the term before it", () => {
    const [d] = definitionsOf("Photosynthesis is therefore an endothermic reaction, which means a reaction that takes in energy from its surroundings rather than giving energy out.");
    expect(d).toMatchObject({ definition: "a reaction that takes in energy from its surroundings", form: "gloss" });
    expect(d.term.toLowerCase()).toBe("an endothermic reaction");
    // Not a meaning that is no description ("which means nothing").
    expect(definitionsOf("The sign was a warning, which means danger.")).toEqual([]);
  });
});

describe("the first runs on a biography and a sports report (Rosalind Franklin, the Severn Cup)", () => {
  it("reads no gloss after a phrase set off by commas, and 'her' before an adverb as the object", () => {
    expect(definitionsOf("She mastered X-ray crystallography, a technique, by recording, on photographic film, the pattern in which the rays scatter.").map((d) => d.term)).not.toContain("photographic film");
    const memoir = questionLines(["Rosalind Franklin was a chemist. Her reputation suffered further when Watson's memoir The Double Helix appeared in 1968, portraying her unkindly under the nickname \"Rosy\"."], "Rosalind Franklin");
    expect(memoir.join(" | ")).not.toMatch(/Franklin’s unkindly/);
  });

  it("states a closing '-ing' in the past after an irregular past ('went up … , specialising in chemistry')", () => {
    expect(statementTexts("In 1938 she went up to Newnham College, Cambridge, to study natural sciences, specialising in chemistry.")).toContain("In 1938 she specialised in chemistry");
  });

  it("leaves out an absolute 'with' phrase whose noun has an appositive", () => {
    expect(statementTexts("The virus particle is a hollow rod built from protein units arranged in a spiral, with its genetic material, a single strand of RNA, tucked among the proteins."))
      .toEqual(["The virus particle is a hollow rod built from protein units arranged in a spiral"]);
  });

  it("reads a past participle after a name's commas as the verb when nothing before it is one", () => {
    const crab = statementTexts("Riverton made a clean start, but at around 300 metres the three-seat, Jack Morley, caught a crab, his blade jamming in the water and almost being wrenched from his hands.");
    expect(crab.join(" | ")).not.toMatch(/Jack Morley his blade/);
  });

  it("states no participle of a place after 'on', nor 'estimated at 4,000' as a place", () => {
    const crowd = statementTexts("The crowd on Tanner's Quay, estimated at 4,000, waited for 25 minutes.");
    expect(crowd.join(" | ")).not.toMatch(/Quay was estimated/);
    // A date after "in" still is the thing's: "The Montreal Protocol, agreed in 1987, phased them out."
    expect(statementTexts("The Montreal Protocol, agreed in 1987, phased them out.")).toContain("The Montreal Protocol was agreed in 1987");
  });
});

describe("validation, from the same two", () => {
  const article = articleFromParagraphs([
    "Franklin joined King's College London in 1951. Watson and Crick acknowledged the results of the King's group. The crowd on Tanner's Quay waited.",
    "On 25 April 1953 the journal Nature published their paper. She finished in 1941. The crew turns to the Head of the River Race next March.",
  ], { title: "Notes" });
  const [any] = generateQuestions(article, { max: 90 }).questions;
  const draft = (prompt: string, answer: string, type: "CLOZE" | "SHORT_ANSWER" | "TRUE_FALSE" = "CLOZE", sentence?: string) =>
    ({ ...any, prompt, answer, acceptedAnswers: [], type, source: sentence ? { ...any.source, sentence } : any.source });
  const reasons = (prompt: string, answer: string, type?: "CLOZE" | "SHORT_ANSWER" | "TRUE_FALSE", sentence?: string) => validateQuestion(draft(prompt, answer, type, sentence), article);

  it("drops a gap on one side of a possessive inside a longer name", () => {
    expect(reasons("Watson and Crick acknowledged the results of the _____’s group.", "King")).toContain("truncated-name");
    expect(reasons("The crowd on Tanner's _____ waited.", "Quay")).toContain("truncated-name");
    expect(reasons("The crowd on _____’s Quay waited.", "Tanner")).toContain("truncated-name");
    // A name after the possessive in the stem is the owner's thing: "_____’s Gaza campaign".
    expect(reasons("Iraq criticised _____’s Gaza campaign.", "Israel")).not.toContain("truncated-name");
  });

  it("drops a title's own 'The' before the gap, and a false swap inside an 'of the' name", () => {
    expect(reasons("Watson's memoir The _____ appeared in 1968.", "Double Helix")).toContain("truncated-name");
    const real = "The crew turns to the Head of the River Race next March.";
    expect(reasons("The crew turns to the Head of the River Severn next March.", "False", "TRUE_FALSE", real)).toContain("truncated-name");
    expect(reasons("The crew turns to the Head of the River Race next May.", "False", "TRUE_FALSE", real)).not.toContain("truncated-name");
  });

  it("drops a 'their' nobody in the stem owns, a speaker's 'I', and 'finished' with nothing finished", () => {
    expect(reasons("Which journal published their paper on 25 April 1953?", "Nature", "SHORT_ANSWER")).toContain("dangling-reference");
    expect(reasons("Printers trained in _____ carried their skills to other towns.", "Mainz")).not.toContain("dangling-reference");
    expect(reasons("The _____ go straight to the final because their broadcasters pay the most.", "Big Five")).not.toContain("dangling-reference");
    expect(reasons("\"Then I heard _____ in my ear.\"", "Megan")).toContain("dangling-reference");
    expect(reasons("That's what _____ proudest of.", "I'm")).toContain("dangling-reference");
    expect(reasons("World War I began in _____.", "1914")).not.toContain("dangling-reference");
    expect(reasons("Rosalind Franklin finished in _____.", "1941")).toContain("dangling-reference");
    expect(reasons("In which year did Rosalind Franklin finish?", "1941", "SHORT_ANSWER")).toContain("dangling-reference");
    expect(reasons("On what date did American construction begin?", "4 May 1904", "SHORT_ANSWER")).not.toContain("dangling-reference");
  });
});

describe("an 'it' that is the event before", () => {
  it("asks nothing of 'It was Riverton's first victory since 1986'", () => {
    const lines = questionLines([
      "Riverton Rowing Club ended a 40-year wait on Saturday when its men's eight won the Severn Cup, beating the holders, Hartwell Boat Club, by three-quarters of a length.",
      "The course was covered by the Riverton crew in 9 minutes 41 seconds. Hartwell, who had won the cup for the previous five years, crossed the line two seconds later. It was Riverton's first victory in the race since 1986, and the club has now won the cup eight times in all.",
    ], "Riverton Rowing Club Wins the Severn Cup After 40 Years");
    expect(lines.join(" | ")).not.toMatch(/Hartwell Riverton|Hartwell Boat Club's first victory/);
  });
});

describe("the first runs on the Silk Road and a school's solar roof", () => {
  it("reads a description after a 'what is now' aside as no description of the country", () => {
    const samarkand = statementTexts("Beyond the Pamir mountains was Samarkand, in what is now Uzbekistan, the chief city of the Sogdians, a Central Asian people who became the great middlemen of the trade.");
    expect(samarkand.join(" | ")).not.toMatch(/Uzbekistan (?:was|is) the chief city/);
  });

  it("states no second half of a relative clause on its own (', and who used …')", () => {
    const coined = statementTexts("It was coined in 1877 by Ferdinand von Richthofen, a German geographer who had spent several years travelling in China, and who used the word Seidenstraße in a study of the country's geography.");
    expect(coined.some((s) => /^who\b/i.test(s))).toBe(false);
  });

  it("asks no wh-question of a place 'and beyond', and asks 'until' a closing year", () => {
    const lines = questionLines([
      "Chinese silk travelled west along the routes. Spices such as pepper and cinnamon came from India and beyond, while glass, gold, silver and wool travelled east.",
      "The routes first took shape under the Han dynasty, which ruled China from 206 BCE to 220 CE.",
    ], "The Silk Road");
    expect(lines.join(" | ")).not.toMatch(/come and beyond\?/);
    expect(lines.join(" | ")).not.toMatch(/^To which year|\| To which year/);
  });
});

describe("more from the Silk Road and the solar roof", () => {
  it("does not cut a cloze at a joining verb's 'with' ('linked China with Central Asia')", () => {
    const lines = questionLines(["The Silk Road was not a single road but a vast network of overland trade routes that linked China with Central Asia, India, Persia and the lands around the Mediterranean. China exported silk."], "The Silk Road");
    expect(lines.join(" | ")).not.toMatch(/that linked _____\./);
  });

  it("drops a time counted from the report's day and an obstacle to nothing named", () => {
    const article = articleFromParagraphs(["The project began almost two years ago. Money was the biggest obstacle. About 20,000 years ago the ice sheets reached their greatest extent."], { title: "Solar roof" });
    const [any] = generateQuestions(article, { max: 90 }).questions;
    const reasons = (prompt: string, answer: string, type: "SHORT_ANSWER" | "TRUE_FALSE" = "SHORT_ANSWER") => validateQuestion({ ...any, prompt, answer, acceptedAnswers: [], type }, article);
    expect(reasons("About how many years ago did the Solar Roof Project begin?", "two")).toContain("dangling-reference");
    expect(reasons("The Solar Roof Project began almost two years ago.", "True", "TRUE_FALSE")).toContain("dangling-reference");
    expect(reasons("About how many years ago did the ice sheets reach their greatest extent?", "20,000")).not.toContain("dangling-reference");
    expect(reasons("What was the biggest obstacle?", "Money")).toContain("dangling-reference");
  });
});
