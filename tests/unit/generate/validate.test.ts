import { describe, expect, it } from "vitest";
import type { QuestionDraft } from "../../../lib/domain/types";
import { validateQuestion } from "../../../lib/generate";
import { danglingReason } from "../../../lib/generate/stems";
import { mentionsForm } from "../../../lib/generate/validate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const article = articleFromParagraphs(
  [
    "In 2020, Iraq’s parliament voted to exit the coalition shortly after the US targeted Iranian General Qassem Soleimani near Baghdad airport. This alignment worried officials in Tehran and Washington for many months.",
    "FILE PHOTO: Military vehicles of U.S. soldiers are seen at the al-Asad air base. REUTERS/John Davison/File Photo",
  ],
  { title: "Iraq and the coalition" },
);
const s0 = article.sentences[0];

function draft(over: Partial<QuestionDraft>): QuestionDraft {
  return {
    key: "k",
    type: "CLOZE",
    prompt: s0.text.replace("2020", "_____"),
    answer: "2020",
    acceptedAnswers: [],
    explanation: "",
    source: { sentenceIndex: 0, start: 3, end: 7, sentence: s0.text },
    answerType: "year",
    factKey: "f",
    difficulty: 0.5,
    score: 0.5,
    generatorVersion: "test",
    ...over,
  };
}

describe("validateQuestion", () => {
  it("passes a well-formed cloze", () => {
    expect(validateQuestion(draft({}), article)).toEqual([]);
  });

  it("flags an answer that the source sentence does not contain", () => {
    expect(validateQuestion(draft({ answer: "2019" }), article)).toContain("answer-not-in-source");
  });

  it("flags the answer (or an alias) left in the stem", () => {
    expect(validateQuestion(draft({ prompt: `${s0.text} _____` }), article)).toContain("answer-in-stem");
    const start = s0.text.indexOf("Qassem Soleimani");
    const q = draft({
      prompt: s0.text.replace("Qassem Soleimani", "_____") + " Soleimani was killed.",
      answer: "Qassem Soleimani",
      acceptedAnswers: ["Soleimani"],
      source: { sentenceIndex: 0, start, end: start + 16, sentence: s0.text },
    });
    expect(validateQuestion(q, article)).toContain("answer-in-stem");
  });

  it("flags a membership 'since <year>' question, which every earlier member also answers", () => {
    const start = s0.text.indexOf("Iraq");
    const q = draft({ type: "SHORT_ANSWER", prompt: "Which country has taken part since 1973?", answer: "Iraq", answerType: "country", source: { sentenceIndex: 0, start, end: start + 4, sentence: s0.text } });
    expect(validateQuestion(q, article)).toContain("not-one-answer");
    expect(validateQuestion({ ...q, prompt: "Which country has led the coalition since 1973?" }, article)).not.toContain("not-one-answer");
  });

  it("flags a bare abstract noun that leans on another sentence ('reorganize the relationship')", () => {
    const start = s0.text.indexOf("Iraq");
    const q = draft({ type: "SHORT_ANSWER", prompt: "Who underscored the need to reorganize the relationship?", answer: "Iraq", answerType: "country", source: { sentenceIndex: 0, start, end: start + 4, sentence: s0.text } });
    expect(validateQuestion(q, article)).toContain("dangling-reference");
    expect(validateQuestion({ ...q, prompt: "Who underscored the need to reorganize the relationship between the two states?" }, article)).not.toContain("dangling-reference");
  });

  it("reads the pronoun rules on the question of a stem that carries its context sentence", () => {
    const start = s0.text.indexOf("Iraq");
    const q = draft({ type: "SHORT_ANSWER", prompt: "The parliament voted to exit it. What do analysts call this?", answer: "Iraq", answerType: "country", source: { sentenceIndex: 0, start, end: start + 4, sentence: s0.text } });
    expect(validateQuestion(q, article)).not.toContain("dangling-reference");
    expect(validateQuestion({ ...q, prompt: "What did it exit in 2020?" }, article)).toContain("dangling-reference");
  });

  it("flags an answer that the title gives away", () => {
    const start = s0.text.indexOf("Iraq");
    const q = draft({ prompt: s0.text.replace("Iraq’s", "_____’s"), answer: "Iraq", source: { sentenceIndex: 0, start, end: start + 4, sentence: s0.text } });
    expect(validateQuestion(q, article)).toContain("answer-in-title");
  });

  it("takes 'The idea for <a name>' as self-contained, but not a bare 'The idea'", () => {
    expect(danglingReason("The idea for the Harwick Regatta is usually credited to _____.")).toBeUndefined();
    expect(danglingReason("The idea is usually credited to _____.")).toBe("dangling-reference");
    expect(danglingReason("The plan for a new bridge was approved by _____.")).toBe("dangling-reference");
  });

  it("flags 'a/an' before the gap, dangling openings and short stems", () => {
    expect(validateQuestion(draft({ prompt: "In an _____, Iraq’s parliament voted to exit the coalition shortly after." }), article)).toContain("article-before-gap");
    const s1 = article.sentences[1];
    const q = draft({ prompt: s1.text.replace("Tehran", "_____"), answer: "Tehran", source: { sentenceIndex: 1, start: s1.text.indexOf("Tehran"), end: s1.text.indexOf("Tehran") + 6, sentence: s1.text } });
    expect(validateQuestion(q, article)).toContain("dangling-reference");
    expect(validateQuestion(draft({ prompt: "In _____, it voted." }), article)).toContain("too-few-content-words");
  });

  it("flags page furniture and sentences that are not the article's", () => {
    const s2 = article.sentences[2];
    const q = draft({ prompt: s2.text.replace("al-Asad", "_____"), answer: "al-Asad", source: { sentenceIndex: 2, start: s2.text.indexOf("al-Asad"), end: s2.text.indexOf("al-Asad") + 7, sentence: s2.text } });
    expect(validateQuestion(q, article)).toContain("furniture");
    expect(validateQuestion(draft({ source: { sentenceIndex: 0, start: 3, end: 7, sentence: "In 2020 something else." } }), article)).toContain("source-not-in-article");
  });

  it("flags two true options and options hidden in the stem", () => {
    const start = s0.text.indexOf("Qassem Soleimani");
    const base = {
      type: "MCQ" as const,
      prompt: s0.text.replace("Qassem Soleimani", "_____"),
      answer: "Qassem Soleimani",
      acceptedAnswers: ["Soleimani"],
      source: { sentenceIndex: 0, start, end: start + 16, sentence: s0.text },
    };
    expect(validateQuestion(draft({ ...base, choices: ["Qassem Soleimani", "Soleimani", "Saddam Hussein", "Ali Khamenei"] }), article)).toContain("two-true-options");
    expect(validateQuestion(draft({ ...base, choices: ["Qassem Soleimani", "Baghdad", "Saddam Hussein", "Ali Khamenei"] }), article)).toContain("option-in-stem");
    expect(validateQuestion(draft({ ...base, choices: ["Qassem Soleimani", "Nouri al-Maliki", "Saddam Hussein", "Ali Khamenei"] }), article)).toEqual([]);
  });

  it("flags an answer whose word (or its first six letters) the stem already has, in short names or a name's first word", () => {
    const a = articleFromParagraphs(["Alexandria was founded by Alexander the Great in 331 BC. The cut was renamed the Gaillard Cut after David Gaillard. Ethiopia began building the Grand Ethiopian Renaissance Dam in 2011."], { title: "Rivers" });
    const at = (i: number, answer: string, prompt: string): QuestionDraft => {
      const sentence = a.sentences[i].text;
      const start = sentence.indexOf(answer);
      return draft({ type: "SHORT_ANSWER", prompt, answer, answerType: "name", source: { sentenceIndex: i, start, end: start + answer.length, sentence } });
    };
    expect(validateQuestion(at(0, "Alexander the Great", "Who founded Alexandria in 331 BC?"), a)).toContain("answer-inflection-in-stem");
    expect(validateQuestion(at(1, "Gaillard Cut", "What was the cut renamed after David Gaillard?"), a)).toContain("answer-inflection-in-stem");
    // A later word of a long name only hints: the question stays.
    expect(validateQuestion(at(2, "Grand Ethiopian Renaissance Dam", "Which dam did Ethiopia begin building in 2011?"), a)).not.toContain("answer-inflection-in-stem");
    expect(validateQuestion(at(0, "BC", "In 331 what did Alexander found Alexandria?"), a)).toContain("not-worth-asking");
  });

  it("refuses do-support before a second finite verb ('do … stand and are')", () => {
    const a = articleFromParagraphs(["At Trondheim, the old warehouses still stand and are now a museum."], { title: "Quays" });
    const sentence = a.sentences[0].text;
    const start = sentence.indexOf("Trondheim");
    const q = draft({ type: "SHORT_ANSWER", prompt: "At which place do the old warehouses still stand and are now a museum?", answer: "Trondheim", answerType: "city", source: { sentenceIndex: 0, start, end: start + 9, sentence } });
    expect(validateQuestion(q, a)).toContain("did-with-past-tense");
  });

  it("counts an acronym form in the title or stem only in capitals", () => {
    expect(mentionsForm("Iraq is calling for the withdrawal of US troops", "IS")).toBe(false);
    expect(mentionsForm("The fight against IS goes on", "IS")).toBe(true);
    expect(mentionsForm("The fight against the Islamic State goes on", "islamic state")).toBe(true);
  });

  it("takes a name's head word at the end of another name in the stem for no giveaway", () => {
    const a = articleFromParagraphs(["The Alps rose because the African Plate pushed into the Eurasian Plate. The Kariba Dam created Kariba Lake."], { title: "Mountains" });
    const at = (i: number, answer: string, prompt: string): QuestionDraft => {
      const sentence = a.sentences[i].text;
      const start = sentence.indexOf(answer);
      return draft({ type: "CLOZE", prompt, answer, answerType: "name", source: { sentenceIndex: i, start, end: start + answer.length, sentence } });
    };
    expect(validateQuestion(at(0, "African Plate", "The Alps rose because the _____ pushed into the Eurasian Plate."), a)).not.toContain("answer-inflection-in-stem");
    // The word that tells which one is in the stem: still a giveaway.
    expect(validateQuestion(at(1, "Kariba Lake", "The Kariba Dam created _____."), a)).toContain("answer-inflection-in-stem");
    // A part of a hyphenated word too: "Mid-Pacific Rise" after "the middle of the Pacific".
    const b = articleFromParagraphs(["Ships found a ridge running down the middle of the Pacific, the Mid-Pacific Rise."], { title: "Oceans" });
    const s = b.sentences[0].text;
    const q = draft({ type: "CLOZE", prompt: "Ships found a ridge running down the middle of the Pacific, the _____.", answer: "Mid-Pacific Rise", answerType: "name", source: { sentenceIndex: 0, start: s.indexOf("Mid-"), end: s.indexOf("Mid-") + 16, sentence: s } });
    expect(validateQuestion(q, b)).toContain("answer-inflection-in-stem");
  });

  it("checks true/false and short-answer shapes", () => {
    expect(validateQuestion(draft({ type: "TRUE_FALSE", prompt: s0.text, answer: "Yes", choices: ["True", "False"] }), article)).toContain("bad-true-false-answer");
    expect(validateQuestion(draft({ type: "SHORT_ANSWER", prompt: "Iraq’s parliament voted to exit the coalition in _____." }), article)).toContain("not-a-question");
  });

  it("takes an unresolved object pronoun in a true/false statement for a dangling reference", () => {
    const tf = (prompt: string) => validateQuestion(draft({ type: "TRUE_FALSE", prompt, answer: "True", choices: ["True", "False"] }), article);
    // Which "it"? The statement cannot be judged without the sentence before.
    expect(tf("In 2020, Iraq’s parliament voted to exit it shortly after the US targeted Iranian General Qassem Soleimani near Baghdad airport.")).toContain("dangling-reference");
    expect(tf(s0.text)).not.toContain("dangling-reference");
  });
});

describe("comparisons", () => {
  it("does not read 'her older sister' as a comparison with nothing, and still flags a bare 'longer'", () => {
    const a = articleFromParagraphs(["Maria and her older sister Bronisława made a pact. Some geographers argue that the Amazon in South America is longer."]);
    const [s1, s2] = a.sentences;
    const base = { key: "k", type: "CLOZE" as const, acceptedAnswers: [], explanation: "", answerType: "person" as const, factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "test" };
    const sister = { ...base, prompt: "Maria and her older sister _____ made a pact.", answer: "Bronisława", source: { sentenceIndex: s1.index, start: s1.text.indexOf("Bronisława"), end: s1.text.indexOf("Bronisława") + 10, sentence: s1.text } };
    expect(validateQuestion(sister, a)).not.toContain("dangling-comparison");
    const amazon = { ...base, prompt: "Some geographers argue that the _____ in South America is longer.", answer: "Amazon", answerType: "name" as const, source: { sentenceIndex: s2.index, start: s2.text.indexOf("Amazon"), end: s2.text.indexOf("Amazon") + 6, sentence: s2.text } };
    expect(validateQuestion(amazon, a)).toContain("dangling-comparison");
  });
});

describe("a country before its currency", () => {
  it("does not ask 'one _____ dollar' for US", () => {
    const a = articleFromParagraphs(["By November of that year one US dollar was worth about 4.2 trillion marks."]);
    const s = a.sentences[0];
    const q = { key: "k", type: "CLOZE" as const, acceptedAnswers: [], explanation: "", answerType: "country" as const, factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "test", prompt: "By November of 1923 one _____ dollar was worth about 4.2 trillion marks.", answer: "US", source: { sentenceIndex: s.index, start: s.text.indexOf("US"), end: s.text.indexOf("US") + 2, sentence: s.text } };
    expect(validateQuestion(q, a)).toContain("answer-inflection-in-stem");
  });
});

describe("a person asked by a verb and a date alone", () => {
  it("is not worth asking ('Who resigned in 1907?'), unless the stem says more", () => {
    const a = articleFromParagraphs(["Stevens resigned in 1907 after two years as chief engineer. Robert Noyce had died in 1990."]);
    const [s1, s2] = a.sentences;
    const base = { key: "k", type: "SHORT_ANSWER" as const, acceptedAnswers: [], explanation: "", answerType: "person" as const, factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "test" };
    const at = (s: typeof s1, answer: string, prompt: string) => ({ ...base, prompt, answer, source: { sentenceIndex: s.index, start: s.text.indexOf(answer), end: s.text.indexOf(answer) + answer.length, sentence: s.text } });
    expect(validateQuestion(at(s1, "Stevens", "Who resigned in 1907?"), a)).toContain("not-worth-asking");
    expect(validateQuestion(at(s2, "Robert Noyce", "Who had died in 1990?"), a)).toContain("not-worth-asking");
    expect(validateQuestion(at(s1, "Stevens", "Who resigned as chief engineer in 1907?"), a)).not.toContain("not-worth-asking");
  });
});

describe("a prize of a year asked by its winner", () => {
  it("is dropped ('Who received the Nobel Prize in Physics in 2000?': shared by three), not the other way round", () => {
    const a = articleFromParagraphs(["Jack Kilby received the Nobel Prize in Physics in 2000 for the integrated circuit."]);
    const [s] = a.sentences;
    const base = { key: "k", acceptedAnswers: [], explanation: "", factKey: "f", difficulty: 0.5, score: 0.5, generatorVersion: "test" };
    const at = (answer: string, prompt: string, answerType: "person" | "year") => ({ ...base, type: "SHORT_ANSWER" as const, answerType, prompt, answer, source: { sentenceIndex: s.index, start: s.text.indexOf(answer), end: s.text.indexOf(answer) + answer.length, sentence: s.text } });
    expect(validateQuestion(at("Jack Kilby", "Who received the Nobel Prize in Physics in 2000?", "person"), a)).toContain("shared-prize");
    expect(validateQuestion(at("2000", "In which year did Jack Kilby receive the Nobel Prize in Physics?", "year"), a)).not.toContain("shared-prize");
  });
});

describe("'her' in a generic statement", () => {
  it("belongs to an indefinite singular subject when it is a possessive", () => {
    const prompt = "A forager sucks up nectar with her long tongue, the _____.";
    expect(validateQuestion(draft({ prompt, answer: "proboscis", answerType: "term" }), article)).not.toContain("dangling-reference");
  });

  it("still points outside the statement as an object or after a definite subject", () => {
    expect(validateQuestion(draft({ prompt: "A coach presented her with a medal in _____." }), article)).toContain("dangling-reference");
    expect(validateQuestion(draft({ prompt: "The coach praised her courage in _____." }), article)).toContain("dangling-reference");
  });
});
