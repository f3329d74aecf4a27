import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitSentences } from "@/lib/content/sentences";

const texts = (paragraph: string) => splitSentences([paragraph]).map((s) => s.text);

describe("splitSentences: does not split", () => {
  it.each([
    ["U.S. and U.K.", "U.S. forces joined U.K. troops in the region. They stayed for years."],
    ["titles", "Dr. Smith met Mr. Jones and Mrs. Brown on St. Mark's Square. It rained."],
    ["months and numbers", "On Jan. 5 the minister moved into No. 10 Downing Street. Nobody objected."],
    ["e.g. and i.e.", "Some metals, e.g. Copper, conduct well, i.e. They carry current. That is all."],
    ["a.m.", "The meeting started at 9 a.m. Eastern Time on Monday. It ended at noon."],
    ["initials", "J. R. R. Tolkien wrote it and George W. Bush read it. Both were famous."],
    ["decimals", "The index rose 3.5 percent to 1,204.75 points. Traders cheered."],
    ["ellipsis in quotes", 'She said "I was... I do not know... Maybe," and left. Then it rained.'],
    ["curly ellipsis in quotes", "She said “I was… I do not know. Maybe,” and left. Then it rained."],
    ["question inside quotes followed by lower case", '"Where are you going?" she asked. He shrugged.'],
    ["dotted acronym followed by capitalised noun", "The U.S. Army left the base. The U.N. Security Council met."],
  ])("%s", (_name, paragraph) => {
    const got = texts(paragraph);
    expect(got).toHaveLength(2);
    expect(got.join(" ")).toBe(paragraph);
  });
});

describe("splitSentences: splits", () => {
  it("after a closing quote that follows terminal punctuation", () => {
    expect(texts('He said "go." Then he left.')).toEqual(['He said "go."', "Then he left."]);
    expect(texts("He said “go.” Then he left.")).toEqual(["He said “go.”", "Then he left."]);
    expect(texts("She wrote ‘enough.’ Nobody answered.")).toEqual(["She wrote ‘enough.’", "Nobody answered."]);
  });

  it("on question and exclamation marks", () => {
    expect(texts("Is it over? Nobody knows! The talks resume in 2025.")).toEqual([
      "Is it over?",
      "Nobody knows!",
      "The talks resume in 2025.",
    ]);
  });

  it("after a year or number at the end of a sentence", () => {
    expect(texts("The war ended in 2003. A new government formed.")).toHaveLength(2);
  });

  it("after a soft abbreviation when the next word opens a sentence", () => {
    expect(texts("Troops returned to the U.S. The base closed.")).toEqual([
      "Troops returned to the U.S.",
      "The base closed.",
    ]);
    expect(texts("It sells apples, pears, etc. In winter it closes.")).toHaveLength(2);
  });

  it("ignores a stray unmatched opening quote (pasted standfirst)", () => {
    expect(texts('"Iraq urges the swift departure of forces. Al-Sudani wants a negotiated exit.')).toHaveLength(2);
  });

  it("after a closing bracket and on mixed terminal runs", () => {
    expect(texts("The fund (founded in 1945.) Then it grew.")).toEqual(["The fund (founded in 1945.)", "Then it grew."]);
    expect(texts("Really?! Yes.")).toEqual(["Really?!", "Yes."]);
  });

  it("on D.C. or Inc. only before a sentence opener", () => {
    expect(texts("The fund sits in Washington, D.C. The bank is nearby.")).toHaveLength(2);
    expect(texts("Apple Inc. Chief Executive Tim Cook spoke. He smiled.")).toHaveLength(2);
  });

  it("on an ellipsis outside quotes before a capital", () => {
    expect(texts("He waited... Then he left.")).toEqual(["He waited...", "Then he left."]);
  });
});

describe("splitSentences: offsets and paragraphs", () => {
  const paragraphs = ["First one. Second one?", "", "Third one! Fourth, with Dr. Who.", "  Fifth.  "];
  const body = paragraphs.join("\n\n");
  const sentences = splitSentences(paragraphs);

  it("indexes sentences in order and records their paragraph", () => {
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 2, 2, 3]);
  });

  it("offsets point into paragraphs.join('\\n\\n')", () => {
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[4].text).toBe("Fifth.");
  });

  it("never crosses a paragraph even without terminal punctuation", () => {
    const got = splitSentences(["No full stop here", "Next paragraph"]);
    expect(got.map((s) => s.text)).toEqual(["No full stop here", "Next paragraph"]);
  });

  it("property: sentences are trimmed, ordered, non-overlapping slices of the body", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 6 }), (paras) => {
        const joined = paras.join("\n\n");
        let last = 0;
        for (const s of splitSentences(paras)) {
          expect(joined.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
    );
  });
});
