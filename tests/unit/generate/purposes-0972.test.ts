// Purposes (round 0.9.72): a long "designed to …" purpose and a purpose after any verb asked as
// multiple choice beside the article's other "to …" phrases; "so that" straight after its clause read
// as a purpose without a modal; the clause after "this is why" asked for its own purpose.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const HARBOUR = [
  "The Tarnmouth breakwater was designed to protect the fishing fleet from the worst of the winter storms.",
  "In 1887 the harbour master visited Liverpool to study how the new docks there were run.",
  "Fishermen hung lanterns on long poles to guide boats home in fog. Divers used heavy lead boots to walk along the harbour floor.",
  "The town council agreed to widen the quay in 1902. Gulls follow the trawlers to snatch scraps thrown from the decks.",
  "Ice was packed around the catch to keep it fresh on the way to market.",
];

const choice = (paragraphs: string[], prompt: string) => {
  const article = articleFromParagraphs(paragraphs, { slug: "tarnmouth", title: "Tarnmouth harbour" });
  const { candidates } = generateQuestions(article, { explain: true, max: 60 });
  const found = candidates!.find((c) => c.form === "wh-purpose-choice" && c.prompt === prompt);
  return { found, all: candidates!.filter((c) => /wh-(reason|purpose)/.test(c.form)).map((c) => `${c.reasons.join(",")} | ${c.form}: ${c.prompt} → ${c.answer}`) };
};

describe("purposes asked as multiple choice", () => {
  it("asks a long 'was designed to' purpose beside other purposes of the article", () => {
    const { found, all } = choice(HARBOUR, "What was the Tarnmouth breakwater designed to do?");
    expect(found, all.join("\n")).toBeDefined();
    expect(found!.answer).toBe("to protect the fishing fleet from the worst of the winter storms");
    expect(found!.reasons, all.join("\n")).toEqual([]);
  });

  it("asks a long purpose after an ordinary verb, its 'that' clause kept", () => {
    const { found, all } = choice(HARBOUR, "Why did the harbour master visit Liverpool in 1887?");
    expect(found, all.join("\n")).toBeDefined();
    expect(found!.answer).toBe("to study how the new docks there were run");
    expect(found!.reasons).toEqual([]);
  });

  it("does not ask a score as a purpose", () => {
    const article = articleFromParagraphs(
      [...HARBOUR, "Ten minutes later the striker Sam Rowe turned the loose ball in to give the visitors a 2–1 lead."],
      { slug: "tarnmouth-score", title: "Tarnmouth harbour" },
    );
    const { candidates } = generateQuestions(article, { explain: true, max: 60 });
    expect(candidates!.filter((c) => /^Why .*Sam Rowe/.test(c.prompt)).map((c) => c.prompt)).toEqual([]);
  });
});

describe("'so that' read as a purpose", () => {
  const WORKS = [
    "The Halden mill was built beside the river in 1820 because the water could turn its wheels all year.",
    "Thomas Hale kept the sluice gates open so that the wheel turned faster in summer.",
    "The mill closed in 1931 because cheaper flour arrived by rail from the ports.",
    "Its owners sold the building in 1950 because the roof needed a costly repair.",
  ];

  it("takes 'so that' straight after its clause as a purpose, with no modal", () => {
    const article = articleFromParagraphs(WORKS, { slug: "halden", title: "Halden mill" });
    const { candidates } = generateQuestions(article, { explain: true, max: 60 });
    const q = candidates!.find((c) => c.prompt === "Why did Thomas Hale keep the sluice gates open?");
    expect(q, JSON.stringify(candidates!.filter((c) => /wh-/.test(c.form)).map((c) => c.prompt))).toBeDefined();
    expect(q!.answer).toBe("the wheel turned faster in summer");
  });

  it("still reads ', so that' with no modal as a result, not a purpose", () => {
    const article = articleFromParagraphs(
      [...WORKS.slice(0, 1), "More snow falls on the peaks than melts each summer, so that layers of ice pile up year after year.", ...WORKS.slice(2)],
      { slug: "halden-result", title: "Halden mill" },
    );
    const { candidates } = generateQuestions(article, { explain: true, max: 60 });
    expect(candidates!.filter((c) => /layers of ice pile up/.test(c.answer)).map((c) => c.prompt)).toEqual([]);
  });

  it("asks the clause after 'this is why' for its own purpose", () => {
    const article = articleFromParagraphs(
      ["Nobody can say where a flight will land; this is why a recovery team follows the glider by road to carry the pilot and the wings home."],
      { slug: "glider", title: "Gliding" },
    );
    const { candidates } = generateQuestions(article, { explain: true, max: 60 });
    const q = candidates!.find((c) => c.prompt === "Why does a recovery team follow the glider by road?");
    expect(q, JSON.stringify(candidates!.filter((c) => /wh-/.test(c.form)).map((c) => c.prompt))).toBeDefined();
    expect(q!.answer).toBe("carry the pilot and the wings home");
  });
});
