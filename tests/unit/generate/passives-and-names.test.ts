// Shapes common in encyclopedia text: a passive's agent asked in the active, names closed by a
// number, "The race" after "X was a race", and clauses about two names paired "respectively".
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { analyzeArticle } from "../../../lib/generate/facts";
import { activeOfParticiple } from "../../../lib/generate/nlp";
import { statementTexts } from "../../fixtures/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

function kept(paragraphs: string[], title = "A local history"): string[] {
  const article = articleFromParagraphs(paragraphs, { title });
  return generateQuestions(article, { explain: true, max: 60 }).candidates!
    .filter((c) => c.reasons.length === 0 || c.reasons.every((r) => r === "ranked-out"))
    .map((c) => `${c.prompt} → ${c.answer}`);
}

const statementsOf = statementTexts;

describe("the agent of a passive", () => {
  it("is asked in the active, its description becoming the wh-phrase", () => {
    const items = kept(["The Kelmscott Medal was designed by the Scottish silversmith Ada Forbes.", "It is awarded each spring in Glasgow."]);
    expect(items).toContain("Which Scottish silversmith designed the Kelmscott Medal? → Ada Forbes");
  });

  it("takes the past of an irregular participle, and 'who' for a bare name", () => {
    expect(kept(["A guide to the Harwick Fells was written by Mary Leland in 1911."])).toContain(
      "Who wrote a guide to the Harwick Fells in 1911? → Mary Leland",
    );
    expect(activeOfParticiple("founded", true)).toBe("founded");
    expect(activeOfParticiple("written", false)).toBe("writes");
  });

  it("is not asked when the passive has two agents", () => {
    const items = kept(["The Tolland Bridge was designed by Anna Berg and Tomas Holt."]);
    expect(items.some((i) => /^Who designed/.test(i))).toBe(false);
  });
});

describe("names closed by a number", () => {
  it("keeps 'Apollo 11' and a sentence-initial 'Super …' name whole", () => {
    const text = "Apollo 11 landed on the Moon in July 1969. Its crew trained for the third Super Cup final. Super Cup finals were held at Wembley.";
    const article = articleFromParagraphs([text], { title: "Space and sport" });
    const names = analyzeArticle(article).facts.map((f) => f.text);
    expect(names).toContain("Apollo 11");
    expect(names).toContain("Super Cup");
  });

  it("leaves a month's day, a chapter and a score alone", () => {
    const article = articleFromParagraphs(["Rovers beat Albion 24–10 on Saturday. Chapter 5 describes the match, and Rovers 2 were relegated."], { title: "Sport" });
    const names = analyzeArticle(article).facts.map((f) => f.text);
    expect(names).not.toContain("Albion 24");
    expect(names).not.toContain("Chapter 5");
  });
});

describe("a description after 'X was a …'", () => {
  it("reads 'The race' as the race the sentence before named", () => {
    const items = kept(["The Dunmore Shield was an annual rowing race on the River Tay. The race was first held in 1887 at Perth."]);
    expect(items.some((i) => /Dunmore Shield/.test(i) && /1887/.test(i))).toBe(true);
    expect(items.some((i) => /^The race\b/.test(i))).toBe(false);
  });
});

describe("clauses that pair names", () => {
  it("makes no statement about the last of two names a 'respectively' clause pairs", () => {
    const s = statementsOf("The prize went to the poets Ann Vale and Rhys Owen, who wrote Tidewater and Stone Psalms, respectively.");
    expect(s.some((x) => /^Rhys Owen wrote/.test(x))).toBe(false);
    expect(s[0]).toBe("The prize went to the poets Ann Vale and Rhys Owen");
  });

  it("does not split a purpose 'so that' clause off as a statement", () => {
    const s = statementsOf("The league moved the final to May, so that the new stadium could host it.");
    expect(s.some((x) => /^that\b/i.test(x))).toBe(false);
  });
});

describe("statements from encyclopedia sentences", () => {
  it("reads the comma of an American date as part of the date", () => {
    const s = statementsOf("On May 21, 2013, the owners at their meeting in Boston awarded the game to Kingsholm Park.");
    expect(s[0]).toBe("On May 21, 2013, the owners at their meeting in Boston awarded the game to Kingsholm Park");
  });

  it("reads a place aside between two of the verb's phrases as a statement of its own", () => {
    const s = statementsOf("The poet died on 9 May 1821, at an inn near the Swiss border, of a fever caught on the road.");
    expect(s[0]).toBe("The poet died on 9 May 1821 of a fever caught on the road");
    expect(s).toContain("The poet died at an inn near the Swiss border");
    // Up to the aside when no phrase comes between the verb and it.
    expect(statementsOf("The railway links the capital, by way of the hill towns, to the coast.")).toEqual(expect.arrayContaining(["The railway links the capital to the coast", "The railway links the capital by way of the hill towns"]));
  });

  it("states what a fronted 'Despite …-ing' phrase says the subject did", () => {
    const s = statementsOf("Despite selling its best striker and losing its coach in the summer, Harbour City won the league.");
    expect(s).toContain("Harbour City won the league");
    expect(s).toContain("Harbour City sold its best striker");
    expect(s).toContain("Harbour City lost its coach in the summer");
  });

  it("states a gerund nested in a fronted 'In …-ing' phrase ('since announcing …')", () => {
    const s = statementsOf("In praising the harbour staff since building the new dock in May, the council promised more berths.");
    expect(s).toContain("the council built the new dock in May");
  });

  it("states a closing '-ing' of having after a passive, and nothing for one of doing", () => {
    expect(statementsOf("The new squad was packed with talent, boasting six international players.")).toContain("The new squad boasted six international players");
    expect(statementsOf("The old town was shelled, killing 300 people.").some((x) => /town killed/.test(x))).toBe(false);
  });

  it("reads a relative clause after a passive's agent as about the agent, examples and all", () => {
    const s = statementsOf("The striker was held back by Harbour's defence, which tackled him nine times, including a foul that gave away a penalty.");
    expect(s[0]).toBe("The striker was held back by Harbour's defence");
    expect(s).toContain("Harbour's defence tackled him nine times");
  });

  it("does not cut a long cloze before a relative clause the main clause goes on after", () => {
    const items = kept(["There is a growing demand driven by long-standing appeals from mostly Lowland farming families, many of which have close ties to Harwick, for the county council to rebuild the old weir."]);
    expect(items.some((i) => /families\.$/.test(i.split(" → ")[0]) || /_____ farming families\.$/.test(i.split(" → ")[0]))).toBe(false);
  });

  it("cuts a long cloze after a fronted answer at the end of its clause", () => {
    const items = kept([
      "In early 1911, the county council announced that the new bridge over the River Wenning would open in the spring and that the old ferry would close for good.",
    ]);
    expect(items.some((i) => /^In early _____, the county council announced that the new bridge over the River Wenning would open in the spring\. → 1911$/.test(i))).toBe(true);
  });
});

describe("the article's subject under a birth name", () => {
  it("names her as the title does when a pronoun stands for her", () => {
    const items = kept(["Augusta Ada Byron was born in London in 1815. She published her notes on the Analytical Engine in 1843."], "Ada Lovelace, the first programmer");
    expect(items.some((i) => /Ada Lovelace/.test(i) && /1843/.test(i))).toBe(true);
    expect(items.some((i) => /Byron/.test(i) && /1843/.test(i))).toBe(false);
  });

  it("keeps the display name when the title names someone else", () => {
    const items = kept(["Augusta Ada Byron was born in London in 1815. She published her notes on the Analytical Engine in 1843."], "Charles Babbage and his engines");
    expect(items.some((i) => /Ada Byron/.test(i) && /1843/.test(i))).toBe(true);
  });
});

describe("a name given to what the sentence before describes", () => {
  it("asks 'What do engineers call this?' with that sentence as the stem's context", () => {
    const items = kept(["Warm air rises from the radiator and sinks again as it cools by the far wall. Engineers call this a convection loop, and it heats the whole room."]);
    expect(items).toContain("Warm air rises from the radiator and sinks again as it cools by the far wall. What do engineers call this? → convection loop");
  });

  it("does not when the sentence before leans on another ('She …', 'this')", () => {
    const items = kept(["Mara Holt built a new kind of kiln. She fired it with straw instead of coal. Potters called it the straw oven."]);
    expect(items.some((i) => /What did potters call it\?/.test(i))).toBe(false);
  });

  it("asks 'What is this called?' of 'This is called …' / 'This process is known as …'", () => {
    const items = kept(["Air is pushed through a bed of zeolite under high pressure, and the zeolite holds back the nitrogen. This is known as pressure swing adsorption. The oxygen is collected in a tank."]);
    expect(items).toContain("Air is pushed through a bed of zeolite under high pressure, and the zeolite holds back the nitrogen. What is this known as? → pressure swing adsorption");
    const noun = kept(["Quarks are never seen on their own, and pulling two apart only makes new ones. Sailing crews once feared the Maelstrom off Norway.", "Quarks never leave a proton alone. This effect is called colour confinement."]);
    expect(noun).toContain("Quarks never leave a proton alone. What is this effect called? → colour confinement");
  });

  it("does not ask it when the sentence before leans on another, or the name is only a kind", () => {
    expect(kept(["The quarks stay together because they cannot be pulled apart. This is called colour confinement."]).some((i) => /What is this called\?/.test(i))).toBe(false);
    expect(kept(["Warm water rises through the tank and cold water sinks to the floor. This is called a convection loop."]).some((i) => /What is this called\?/.test(i))).toBe(false);
  });

  it("asks what a person called them, the sentence before's 'He' being that person", () => {
    const items = kept(["Tomas Brenner ran the glassworks at Lindau for twenty years. He was a hard master, and in 1902 six of his glassblowers left to open their own furnace at Kestel. Brenner called them the furnace rebels."]);
    expect(items).toContain("Brenner was a hard master, and in 1902 six of his glassblowers left to open their own furnace at Kestel. What did Brenner call them? → furnace rebels");
    // A "he" elsewhere in that sentence may be someone else: no question.
    const other = kept(["Tomas Brenner ran the glassworks at Lindau. He said that he and Paul Ober had quarrelled. Brenner called them the furnace rebels."]);
    expect(other.some((i) => /What did Brenner call them\?/.test(i))).toBe(false);
  });
});

describe("a description named between subject and verb", () => {
  it("lets the name stand for the description ('Five towns, known as the Cinque Ports, …')", () => {
    const s = statementsOf("Five towns, known as the Cinque Ports, supplied ships to the crown because they held royal charters.");
    expect(s[0]).toBe("The Cinque Ports supplied ships to the crown because they held royal charters");
  });
});

describe("lists and ranges read as lists and ranges", () => {
  it("makes no 'X is Y' of names in a row", () => {
    const s = statementsOf("Popular imports, mainly the Datsun Bluebird, the Honda Civic, the Mazda Capella, and later the Honda Accord, had small engines.");
    expect(s.some((x) => / is the (Honda|Mazda)/.test(x))).toBe(false);
  });

  it("takes a list's other items with an aside that opened it", () => {
    const s = statementsOf("The goalkeeper was named player of the match, making six saves, two blocks, and one goal-line clearance.");
    expect(s[0]).toBe("The goalkeeper was named player of the match");
    expect(s.some((x) => /blocks|clearance/.test(x) && !/saves/.test(x))).toBe(false);
  });

  it("reads no gloss into a list of nouns", () => {
    const items = kept(["Shortages of oil have been blamed for recessions, periods of high inflation, lost output, and slower growth."]);
    expect(items.some((i) => /periods of high inflation called/.test(i))).toBe(false);
  });

  it("asks neither half of a range of years, nor the first of two objects", () => {
    const items = kept([
      "Further outbreaks struck the port in 1361–62 and again over the next decades.",
      "A late penalty gave the Harbour Rovers a second chance.",
    ]);
    expect(items.some((i) => /–62/.test(i) && /\?/.test(i))).toBe(false);
    expect(items.some((i) => /^What did a late penalty give a second chance\?/.test(i))).toBe(false);
  });

  it("cuts no list of years short in a question", () => {
    const items = kept(["Plague epidemics ravaged Kingsbridge in 1563, 1593, 1603, 1625, 1636, and 1665, reducing its population by a third during those years."]);
    expect(items.some((i) => /1563, 1593\?/.test(i))).toBe(false);
    expect(items.some((i) => /ravage in 1563, 1593, 1603, 1625, 1636, and 1665\? → Kingsbridge$/.test(i))).toBe(true);
  });

  it("closes a quotation a question cut", () => {
    const items = kept(['In 2010 the embassy cables described the regime as "a snake with many heads" in private.']);
    expect(items.every((i) => ((i.split("→")[0].match(/"/g) ?? []).length % 2) === 0)).toBe(true);
  });
});

describe("events in fronted phrases and groups named before", () => {
  it("states a dated event of a 'Despite the N of X in <year>' phrase", () => {
    const s = statementsOf("Despite the collapse of the talks in 1998 and a long strike, the union kept its members.");
    expect(s).toContain("The collapse of the talks came in 1998");
  });

  it("reads 'these armed groups' as the armed groups the sentence before names", () => {
    const items = kept(["Armed groups, such as the Red Hand and the Grey Wolves, hide among the militias. These armed groups operate alone, calling themselves the Northern Front."]);
    expect(items.some((i) => /^The armed groups\b/.test(i) || /the armed groups/.test(i))).toBe(true);
    expect(items.some((i) => /These armed groups/.test(i))).toBe(false);
  });
});

describe("a weekday of the article's week", () => {
  it("is left out of a statement ('On Monday, the ministry said …'), but not a dated one", () => {
    const items = kept(["On Monday, the Harbour Board confirmed its plan to dredge the channel."]);
    expect(items.some((i) => /Monday/.test(i))).toBe(false);
    expect(items.some((i) => /^Which organization confirmed its plan to dredge the channel\?/.test(i))).toBe(true);
    const dated = kept(["The Harbour Board confirmed its plan on Monday, 5 January 2004, after a long debate."]);
    expect(dated.some((i) => /Monday/.test(i))).toBe(true);
  });
});
