import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { escapeMarkup, stripForbiddenChars } from "@/lib/export/escape";
import { escapeGift, exportGift, trueFalseFeedback } from "@/lib/export/gift";
import { numericAnswer, typedVariants } from "@/lib/export/typed-answers";
import { moodleCategoryPath } from "@/lib/export/moodle-category";
import { prepareSet, type PreparedQuestion } from "@/lib/export/prepared-question";
import type { ExportQuestion, ExportSet } from "@/lib/export/types";
import { alwaysSkippedKeys, nastySet } from "@/tests/fixtures/export/nasty-set";
import { GIFT_CASES_DIR } from "./reference";

/** What an HTML-format GIFT text parses back to: our text, markup-escaped, line breaks as <br/>. */
function html(text: string): string {
  return escapeMarkup(text.trim().replace(/\r\n?/g, "\n")).replace(/\n/g, "<br/>\n").replace(/^\[/, "&#91;");
}

type Parsed = Exclude<GIFTQuestion, { type: "Category" } | { type: "Description" }>;

function giftOf(set: ExportSet): { text: string; parsed: GIFTQuestion[]; skipped: string[] } {
  const result = exportGift(set);
  const text = result.body as string;
  return { text, parsed: parse(text), skipped: result.skipped.map((s) => s.key) };
}

describe("GIFT export parsed back by gift-pegjs", () => {
  const { text, parsed, skipped } = giftOf(nastySet);
  const exported = prepareSet(nastySet).items.filter((item) => !skipped.includes(item.question.key));
  const questions = parsed.slice(1) as Parsed[];

  it("starts with exactly one category, then one question per exported item", () => {
    expect(parsed[0]).toMatchObject({ type: "Category", title: moodleCategoryPath(nastySet.title) });
    expect(text.match(/^\$CATEGORY:/gm)).toHaveLength(1);
    expect(questions).toHaveLength(exported.length);
    expect(parsed.slice(1).every((q) => q.type !== "Category" && q.type !== "Description")).toBe(true);
  });

  it("reports what it leaves out, with reasons", () => {
    expect(skipped).toEqual(expect.arrayContaining([...alwaysSkippedKeys, "k-short-arrow"]));
    expect(exported.length + skipped.length).toBe(nastySet.questions.length);
  });

  it("titles every question ::Qn …:: and keeps a blank line between questions", () => {
    questions.forEach((q, i) => expect(q.title).toMatch(new RegExp(`^Q${i + 1} `)));
    const blocks = text.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(exported.length + 1);
    // Inside a question every line break is written as \n: one [id:][tag:] comment line plus one question line.
    blocks.slice(1).forEach((block) => expect(block.split("\n")).toHaveLength(2));
  });

  it("gives back each question's type, text and answers", () => {
    exported.forEach((item: PreparedQuestion, i) => {
      const q = item.question;
      const got = questions[i];
      expect(got.stem.format).toBe("html");
      if (q.type === "MCQ") {
        expect(got.type).toBe("MC");
        expect(got.stem.text).toBe(html(q.prompt));
        const choices = (got as Extract<Parsed, { type: "MC" }>).choices;
        expect(choices.map((c) => c.text.text)).toEqual(item.choices.map(html));
        expect(choices.map((c) => c.isCorrect)).toEqual(item.choices.map((_, j) => j === item.correctIndex));
      } else if (q.type === "TRUE_FALSE") {
        expect(got.type).toBe("TF");
        const tf = got as Extract<Parsed, { type: "TF" }>;
        expect(tf.stem.text).toBe(html(q.prompt));
        expect(tf.isTrue).toBe(item.isTrue);
        // gift-pegjs names the first feedback "trueFeedback"; Moodle shows it for a wrong answer.
        const { wrong, right } = trueFalseFeedback(item.isTrue);
        expect(tf.trueFeedback?.text).toBe(wrong);
        expect(tf.falseFeedback?.text).toBe(right);
      } else if (numericAnswer(item) !== null) {
        expect(got.type).toBe("Numerical");
        expect((got as Extract<Parsed, { type: "Numerical" }>).choices).toMatchObject({ type: "simple", number: numericAnswer(item) });
      } else {
        expect(got.type).toBe("Short");
        const answers = (got as Extract<Parsed, { type: "Short" }>).choices;
        expect(answers.every((a) => a.isCorrect)).toBe(true);
        const expected = typedVariants(item).filter((a) => !a.includes("->")).map((a) => a.replace(/\*/g, "\\*"));
        expect(answers.map((a) => a.text.text)).toEqual(expected);
        // Every accepted answer is among them (Moodle marks them right as Factdeck does).
        for (const a of item.typedAnswers.filter((x) => !x.includes("->"))) expect(expected.map((e) => e.toLowerCase())).toContain(a.replace(/\*/g, "\\*").toLowerCase());
        const squash = (s: string) => s.replace(/\s+/g, " ").trim();
        if (got.hasEmbeddedAnswers) {
          expect(q.type).toBe("CLOZE");
          const [before, after] = q.prompt.split("_____");
          expect(squash(got.stem.text)).toBe(squash(`${html(before)} _____ ${html(after)}`));
        } else {
          expect(got.stem.text).toBe(html(q.prompt));
        }
      }
      const feedback = got.globalFeedback?.text ?? "";
      expect(feedback).toContain(escapeMarkup(q.sourceSentence));
      // Moodle's [id:] and [tag:] comment: the ID number lets a re-import update the question.
      expect(got.id).toBe(q.key);
      expect(got.tags).toEqual(q.tags.length ? q.tags : null);
    });
  });

  it("embeds a mid-sentence cloze gap and keeps gaps at the edges as plain short answers", () => {
    const byKey = new Map(exported.map((item, i) => [item.question.key, questions[i]]));
    expect(byKey.get("k-cloze-mid")?.hasEmbeddedAnswers).toBe(true);
    expect(byKey.get("k-cloze-start")?.hasEmbeddedAnswers).toBe(false);
    expect(byKey.get("k-cloze-end")?.hasEmbeddedAnswers).toBe(false);
    expect(byKey.get("k-cloze-start")?.stem.text).toContain("_____");
  });

  it("escapes every control character, so no raw brace reaches Moodle's parser", () => {
    for (const line of text.split("\n").filter((l) => l.startsWith("::"))) {
      const unescaped = line.replace(/\\./g, "");
      expect(unescaped.match(/\{/g)).toHaveLength(1);
      expect(unescaped.match(/\}/g)).toHaveLength(1);
    }
    expect(escapeGift("a\\b~c=d#e{f}g:h\ni")).toBe("a\\\\b\\~c\\=d\\#e\\{f\\}g\\:h\\ni");
  });

  it("round-trips arbitrary text through escaping (property)", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(..."\\~=#{}:[]<>&\"' \n\t-/*"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("😀", "ب", "é")), minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, text, (prompt, right, wrong) => {
        fc.pre(right.trim() !== wrong.trim());
        const strip = stripForbiddenChars;
        // Characters XML/HTML forbid are dropped on export; that is tested with the escaping helpers.
        fc.pre(strip(prompt) === prompt && strip(right) === right && strip(wrong) === wrong);
        const q: ExportQuestion = {
          id: "p", key: "p", type: "MCQ", prompt, answer: right, acceptedAnswers: [], choices: [wrong, right],
          explanation: "", answerType: "term", sourceSentence: "", articleTitle: "", tags: [],
        };
        const [, got] = parse(exportGift({ ...nastySet, questions: [q] }).body as string) as Parsed[];
        expect(got.type).toBe("MC");
        expect(got.stem.text).toBe(html(prompt));
        expect((got as Extract<Parsed, { type: "MC" }>).choices.map((c) => c.text.text)).toEqual([html(wrong), html(right)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("gift-pegjs reference cases", () => {
  const present = existsSync(GIFT_CASES_DIR);
  if (!present) {
    it.skip(`skipped: ${GIFT_CASES_DIR} is absent (reference GIFT cases live outside the repo)`, () => {});
    return;
  }
  const cases = readdirSync(GIFT_CASES_DIR).filter((f) => f.endsWith(".gift")).sort();
  it("has the 51 cases", () => expect(cases).toHaveLength(51));
  it.each(cases)("%s parses to its .json", (file) => {
    const source = readFileSync(join(GIFT_CASES_DIR, file), "utf8");
    const expected = JSON.parse(readFileSync(join(GIFT_CASES_DIR, file.replace(/\.gift$/, ".json")), "utf8"));
    expect(parse(source)).toEqual(expected);
  });
});
