// References repaired in round 0.9.74 (key facts dropped as "dangling-reference"): "The tree" after a
// sentence in which its one person grew "a … tree", and "they" for the one plural thing the sentence
// before described with ", which".
import { describe, expect, it } from "vitest";
import { keptCandidateLines } from "../../fixtures/generate/statements";

describe("'The N' after a sentence whose one person grew or made 'a … N'", () => {
  it("is that person's N, with its noun modifiers ('Jan van Helmont's willow tree')", () => {
    const lines = keptCandidateLines([
      "People once thought that plants fed on soil. The Flemish scientist Jan van Helmont put that idea to the test by growing a small willow tree in a pot of carefully weighed earth for five years. The tree gained about 74 kilograms, yet the soil lost only a few grams.",
    ], "How plants grow");
    expect(lines).toContain("Jan van Helmont’s willow tree gained about _____ kilograms. → 74");
  });

  it("is a short name's own ('Halloran's oak boat')", () => {
    const lines = keptCandidateLines([
      "The fisherman Tomas Halloran built an oak boat in his yard at Corran. The boat sailed to Iceland in 1802.",
    ], "Corran's fishermen");
    expect(lines.some((l) => /Halloran’s oak boat sailed to Iceland/.test(l))).toBe(true);
  });

  it("is nobody's after a verb of seeing ('saw a lion … The lion')", () => {
    const lines = keptCandidateLines([
      "The explorer Tomas Halloran saw a lion near the river. The lion ran off towards the hills in 1802.",
    ], "Explorers of the river");
    expect(lines.some((l) => /Halloran’s lion/.test(l))).toBe(false);
  });
});

describe("'they' after a sentence with one plural thing described by ', which'", () => {
  it("is that thing ('the soup kitchens'), and owns a fronted 'their'", () => {
    const lines = keptCandidateLines([
      "The famine began in 1845.",
      "Early in 1847 the government changed course and opened soup kitchens, which handed out free food directly. At their peak in the summer of 1847 they were feeding about three million people a day.",
    ], "The Irish famine");
    expect(lines).toContain("At their peak in the summer of 1847 the soup kitchens were feeding about _____ people a day. → three million");
  });

  it("is nobody when the sentence before wrote a second plural", () => {
    const lines = keptCandidateLines([
      "The famine began in 1845.",
      "Early in 1847 the ministers changed course and opened soup kitchens, which handed out free food directly. At their peak in the summer of 1847 they were feeding about three million people a day.",
    ], "The Irish famine");
    expect(lines.some((l) => /soup kitchens were feeding/.test(l))).toBe(false);
  });

  it("is nobody when the plural carries a figure ('opened 30 kitchens')", () => {
    const lines = keptCandidateLines([
      "The famine began in 1845.",
      "Early in 1847 the government changed course and opened 30 soup kitchens, which handed out free food directly. At their peak in the summer of 1847 they were feeding about three million people a day.",
    ], "The Irish famine");
    expect(lines.some((l) => /soup kitchens were feeding/.test(l))).toBe(false);
  });
});

describe("'The course' or 'The trophy' in a report on the one contest the title names", () => {
  it("is that contest's ('The Severn Cup course')", () => {
    const lines = keptCandidateLines([
      "Riverton Rowing Club won the Severn Cup on Saturday for the first time in 40 years.",
      "The course runs for 3,200 metres down the River Severn from Ashcombe Lock to Tanner's Quay.",
    ], "Riverton Rowing Club Wins the Severn Cup After 40 Years");
    expect(lines.some((l) => /^How many metres does the Severn Cup course run down the River Severn/.test(l) || /^The Severn Cup course runs for _____ metres/.test(l))).toBe(true);
  });

  it("is nobody's when the title names no contest the article names", () => {
    const lines = keptCandidateLines([
      "Riverton Rowing Club won the Severn Cup on Saturday for the first time in 40 years.",
      "The course runs for 3,200 metres down the River Severn from Ashcombe Lock to Tanner's Quay.",
    ], "Riverton crew ends a long wait");
    expect(lines.some((l) => /Severn Cup course/.test(l))).toBe(false);
  });
});

describe("'The scheme' or 'The project' under a headline that opens on a named project", () => {
  it("is the headline's scheme ('the Hollins Cross cycle lane scheme')", () => {
    const lines = keptCandidateLines([
      "Plans for a cycle lane through Hollins Cross have gone out to public consultation.",
      "The scheme is expected to cost £2.4 million.",
    ], "Hollins Cross cycle lane plan goes out to consultation");
    expect(lines.some((l) => /the Hollins Cross cycle lane scheme expected to cost\?|The Hollins Cross cycle lane scheme is expected to cost _____/.test(l))).toBe(true);
  });

  it("is the headline's wind farm in the body's own case ('the Saltby wind farm')", () => {
    const lines = keptCandidateLines([
      "A £2.3 billion offshore wind farm off the coast of Saltby will go ahead after councillors approved it.",
      "The project will see 72 turbines built on a shallow sandbank east of Saltby harbour.",
    ], "Saltby Wind Farm Approved After Marathon Inquiry");
    expect(lines.some((l) => /The Saltby wind farm will see _____ turbines built/.test(l))).toBe(true);
  });

  it("is nobody's under a headline that opens on people ('Councillors back …')", () => {
    const lines = keptCandidateLines([
      "Ashford City Council voted to extend the tram network to Millbrook.",
      "The scheme is expected to cost £212 million.",
    ], "Councillors back tram extension to Millbrook");
    expect(lines.some((l) => /scheme expected to cost|scheme is expected to cost _____/.test(l) && !/^The scheme/.test(l))).toBe(false);
  });
});

describe("'The name' opening a paragraph of an article titled with a name", () => {
  it("is the title's name, and the next sentence's 'It' is too ('the name Silk Road')", () => {
    const lines = keptCandidateLines([
      "The Silk Road was a network of trade routes that linked China with the Mediterranean.",
      "The name is far younger than the routes themselves. It was coined in 1877 by Ferdinand von Richthofen.",
    ], "The Silk Road");
    expect(lines.some((l) => /^In which year was the name Silk Road coined by Ferdinand von Richthofen\?/.test(l) || /^The name Silk Road was coined in _____ by/.test(l))).toBe(true);
  });

  it("is nobody's after a sentence of its own paragraph ('… are called spring tides. The name …')", () => {
    const lines = keptCandidateLines([
      "The Silk Road was a network of trade routes that linked China with the Mediterranean.",
      "Its busiest branch was called the Tea Road. The name is far younger than the routes themselves. It was coined in 1877 by Ferdinand von Richthofen.",
    ], "The Silk Road");
    expect(lines.some((l) => /name Silk Road/.test(l))).toBe(false);
  });
});

describe("'The flower' after a sentence that opens on the title's thing as a bare plural", () => {
  it("is that thing ('Tulips are … The flower grows wild' → 'The tulip grows wild')", () => {
    const lines = keptCandidateLines([
      "Tulip mania was a speculative bubble in the Dutch Republic.",
      "Tulips are not native to the Netherlands. The flower grows wild in the mountains of Central Asia.",
    ], "Tulip mania in the Dutch Republic");
    expect(lines).toContain("The tulip grows wild in the mountains of _____. → Central Asia");
  });

  it("is nobody's when the title is about something else", () => {
    const lines = keptCandidateLines([
      "The Dutch Republic grew rich on trade in the seventeenth century.",
      "Tulips are not native to the Netherlands. The flower grows wild in the mountains of Central Asia.",
    ], "The Dutch Golden Age");
    expect(lines.some((l) => /The tulip grows wild/.test(l))).toBe(false);
  });
});
