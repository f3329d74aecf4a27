import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cdata, escapeMarkup } from "@/lib/export/escape";
import { exportMoodleXml } from "@/lib/export/moodle-xml";
import { moodleCategoryPath } from "@/lib/export/moodle-category";
import { prepareSet } from "@/lib/export/prepared-question";
import { numericAnswer } from "@/lib/export/typed-answers";
import { alwaysSkippedKeys, nastySet } from "@/tests/fixtures/export/nasty-set";
import {
  MOODLE_FIXTURES_DIR, attribute, childNames, elementTree, hasXmllint, withTempFiles, xmllint, type ElementNode,
} from "./reference";

const result = exportMoodleXml(nastySet);
const xml = result.body as string;
const tree = elementTree(xml);
const quiz = tree.children[0];
const questions = quiz.children.filter((q) => attribute(q, "type") !== "category");
const items = prepareSet(nastySet).items;

function xpath(expression: string): string {
  return withTempFiles({ "quiz.xml": xml }, (dir) => {
    const out = xmllint(["--xpath", expression, join(dir, "quiz.xml")]);
    if (!out.ok) throw new Error(out.output);
    // xmllint ends a string result with a newline of its own.
    return out.output.replace(/\n$/, "");
  });
}

describe("Moodle XML export", () => {
  it("starts with the XML declaration as its very first bytes", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    expect(result.contentType).toContain("utf-8");
  });

  it("has one category question, then one question per exportable item", () => {
    expect(quiz.name).toBe("quiz");
    expect(attribute(quiz.children[0], "type")).toBe("category");
    expect(questions).toHaveLength(items.length);
    expect(result.skipped.map((s) => s.key)).toEqual(alwaysSkippedKeys);
    const types = questions.map((q) => attribute(q, "type"));
    expect(types).toEqual(
      items.map((i) =>
        i.question.type === "MCQ" ? "multichoice" : i.question.type === "TRUE_FALSE" ? "truefalse" : numericAnswer(i) !== null ? "numerical" : "shortanswer",
      ),
    );
    expect(types).toContain("numerical"); // the year question
  });

  it.skipIf(!hasXmllint)("sets each question's ID number to its key, and names and tags in CDATA keep their spaces", () => {
    items.forEach((item, i) => {
      expect(xpath(`string(/quiz/question[${i + 2}]/idnumber)`)).toBe(item.question.key);
      const tags = xpath(`/quiz/question[${i + 2}]/tags/tag/text/text()`);
      for (const t of item.question.tags) expect(tags).toContain(t);
    });
    expect(xml).toMatch(/<name>\s*<text><!\[CDATA\[Q1 /);
    expect(xml).toContain("<tag><text><![CDATA[control chars]]></text></tag>");
    const amp = { ...nastySet.questions[6], key: "amp", prompt: "Tom & Jerry < Bugs" };
    const one = exportMoodleXml({ ...nastySet, questions: [amp] }).body as string;
    expect(one).toContain("<text><![CDATA[Q1 Tom & Jerry < Bugs]]></text>");
  });

  it("lists every form Factdeck accepts as a right short answer (dates, numbers in words, surnames)", () => {
    const q = (key: string, answer: string, answerType: string, acceptedAnswers: string[] = []) => ({
      ...nastySet.questions[3], key, type: "SHORT_ANSWER" as const, prompt: `Q ${key}?`, answer, acceptedAnswers, answerType,
    });
    const out = exportMoodleXml({ ...nastySet, questions: [q("d", "5 January 2004", "date"), q("n", "2,500 troops", "count"), q("p", "Mohammed Shia al-Sudani", "person")] }).body as string;
    const answersOf = (key: string) => {
      const block = out.split("<question ").find((b) => b.includes(`<idnumber><![CDATA[${key}]]>`))!;
      return [...block.matchAll(/<answer fraction="100"[^>]*>\s*<text>([^<]*)<\/text>/g)].map((m) => m[1]);
    };
    expect(answersOf("d")).toEqual(expect.arrayContaining(["5 January 2004", "January 5, 2004", "Jan 5, 2004", "2004-01-05"]));
    expect(answersOf("n")).toEqual(expect.arrayContaining(["2,500 troops", "2500", "two thousand five hundred"]));
    expect(answersOf("p")).toEqual(["Mohammed Shia al-Sudani", "al-Sudani", "Sudani"]);
  });

  it("writes a year as a numerical question with tolerance 0", () => {
    const year = items.findIndex((i) => i.question.key === "k-short-long");
    const node = questions[year];
    expect(attribute(node, "type")).toBe("numerical");
    const ans = node.children.find((c) => c.name === "answer")!;
    expect(childNames(ans)).toEqual(["text", "feedback", "tolerance"]);
    expect(xml).toMatch(/<text>2003<\/text>[\s\S]*?<tolerance>0<\/tolerance>/);
  });

  it.skipIf(!hasXmllint)("is well-formed for xmllint", () => {
    withTempFiles({ "quiz.xml": xml }, (dir) => {
      const out = xmllint(["--noout", join(dir, "quiz.xml")]);
      expect(out.output).toBe("");
      expect(out.ok).toBe(true);
    });
  });

  it.skipIf(!hasXmllint)("gives back the exact text, markup escaped once, through CDATA", () => {
    expect(xpath("string(/quiz/question[1]/category/text)")).toBe(moodleCategoryPath(nastySet.title));
    const first = items[0];
    expect(xpath("string(/quiz/question[2]/questiontext/text)")).toBe(escapeMarkup(first.question.prompt));
    expect(xpath("string(/quiz/question[2]/answer[@fraction='100']/text)")).toBe(escapeMarkup(first.choices[first.correctIndex]));
    expect(xpath("string(/quiz/question[2]/generalfeedback/text)")).toContain(escapeMarkup(first.question.explanation));
    // Short answers are plain text compared with what students type: escaped only as XML.
    const rtl = items.findIndex((i) => i.question.key === "k-short-rtl");
    // Moodle matches short answers literally: the answer first, then every accepted form.
    expect(xpath(`string(/quiz/question[${rtl + 2}]/answer[2]/text)`)).toBe("Baghdad");
    const star = items.findIndex((i) => i.question.key === "k-short-star");
    expect(xpath(`string(/quiz/question[${star + 2}]/answer[1]/text)`)).toBe("A\\*");
  });

  it.skipIf(!hasXmllint)("splits a literal ]]> across CDATA sections", () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><t>${cdata("a ]]> b ]]]]> c")}</t>`;
    withTempFiles({ "t.xml": doc }, (dir) => {
      const out = xmllint(["--xpath", "string(/t)", join(dir, "t.xml")]);
      expect(out.ok).toBe(true);
      expect(out.output.replace(/\n$/, "")).toBe("a ]]> b ]]]]> c");
    });
    expect(cdata("x]]>y")).toBe("<![CDATA[x]]]]><![CDATA[>y]]>");
  });

  it("marks true/false answers the way Moodle does", () => {
    items.forEach((item, i) => {
      if (item.question.type !== "TRUE_FALSE") return;
      const answers = questions[i].children.filter((c) => c.name === "answer");
      expect(answers.map((a) => attribute(a, "fraction"))).toEqual(item.isTrue ? ["100", "0"] : ["0", "100"]);
    });
  });
});

describe("Moodle XML element layout matches Moodle's fixtures", () => {
  if (!existsSync(MOODLE_FIXTURES_DIR)) {
    it.skip(`skipped: ${MOODLE_FIXTURES_DIR} is absent (Moodle fixtures live outside the repo)`, () => {});
    return;
  }
  const fixtureQuestion = (file: string, type: string): ElementNode => {
    const doc = elementTree(readFileSync(join(MOODLE_FIXTURES_DIR, file), "utf8"));
    const found = doc.children[0].children.find((q) => attribute(q, "type") === type);
    if (!found) throw new Error(`${file} has no ${type} question`);
    return found;
  };
  // Optional elements Moodle accepts but its fixtures do not carry (or the other way round).
  const optional = new Set(["tags", "idnumber"]);
  const layout = (q: ElementNode) => childNames(q).filter((n) => !optional.has(n));
  const dedupe = (names: string[]) => names.filter((n, i) => n !== "answer" || names[i - 1] !== "answer");

  it.each([
    ["multichoice", "multichoice.xml"],
    ["truefalse", "truefalse.xml"],
    ["shortanswer", "categories_reverse_order.xml"],
  ])("%s has the children Moodle writes, in its order", (type, file) => {
    const ours = questions.find((q) => attribute(q, "type") === type)!;
    const theirs = fixtureQuestion(file, type);
    expect(dedupe(layout(ours))).toEqual(dedupe(layout(theirs)));
    const ourAnswer = ours.children.find((c) => c.name === "answer")!;
    const theirAnswer = theirs.children.find((c) => c.name === "answer")!;
    expect(childNames(ourAnswer)).toEqual(childNames(theirAnswer).filter((n) => n !== "file"));
  });

  it("puts <idnumber> where Moodle writes it (after <hidden>)", () => {
    const theirs = fixtureQuestion("export_category.xml", "truefalse");
    const ours = questions.find((q) => attribute(q, "type") === "truefalse")!;
    expect(dedupe(childNames(ours).filter((n) => n !== "tags"))).toEqual(dedupe(childNames(theirs)));
  });

  it("writes the category question like Moodle", () => {
    const theirs = fixtureQuestion("multichoice.xml", "category");
    expect(childNames(quiz.children[0])[0]).toBe(childNames(theirs)[0]);
    expect(childNames(quiz.children[0].children[0])).toEqual(["text"]);
  });
});

describe("ID numbers are unique within a file (Moodle refuses duplicates in a category)", () => {
  it("suffixes a repeated key, in GIFT and Moodle XML alike", async () => {
    const { exportGift } = await import("@/lib/export/gift");
    const { parse } = await import("gift-pegjs");
    const twice = { ...nastySet, questions: [nastySet.questions[6], { ...nastySet.questions[6], id: "other" }] };
    const ids = [...(exportMoodleXml(twice).body as string).matchAll(/<idnumber><!\[CDATA\[([^\]]*)\]\]><\/idnumber>/g)].map((m) => m[1]);
    expect(ids).toEqual(["k-tf-true", "k-tf-true-2"]);
    const gift = parse(exportGift(twice).body as string).filter((q) => q.type !== "Category") as { id: string | null }[];
    expect(gift.map((q) => q.id)).toEqual(["k-tf-true", "k-tf-true-2"]);
  });
});
