// Validators for finished questions: everything the rubric calls broken, checked on the draft
// itself (with its article), so the same gate runs in the pipeline and in tests.
import type { CleanArticle, QuestionDraft } from "../domain/types";
import { danglingReason, GAP, looksLikeFurniture } from "./stems";
import { containsPhrase, contentWords, normalizeAnswer } from "./text";

const WH_START = /^(?:[^?]*\b)?(who|whom|whose|what|which|when|where|how|why|in what|on what)\b/i;

/** Reasons a question must not ship (empty when it passes). */
export function validateQuestion(q: QuestionDraft, article: Pick<CleanArticle, "title" | "sentences">): string[] {
  const reasons: string[] = [];
  const sentence = article.sentences?.[q.source.sentenceIndex];
  if (!sentence || sentence.text !== q.source.sentence) reasons.push("source-not-in-article");
  if (looksLikeFurniture(q.source.sentence)) reasons.push("furniture");
  const { start, end } = q.source;
  if (!(start >= 0 && end > start && end <= q.source.sentence.length)) reasons.push("bad-span");
  const spanText = q.source.sentence.slice(start, end);
  const forms = [q.answer, ...q.acceptedAnswers];
  if (!q.prompt.trim()) reasons.push("empty-prompt");

  if (q.type === "TRUE_FALSE") {
    if (q.answer !== "True" && q.answer !== "False") reasons.push("bad-true-false-answer");
    if (!q.choices || q.choices.length !== 2 || q.choices[0] !== "True" || q.choices[1] !== "False") reasons.push("bad-true-false-choices");
    if (q.answer === "True" && !containsPhrase(q.prompt, spanText)) reasons.push("true-statement-not-grounded");
  } else {
    if (!forms.some((f) => normalizeAnswer(f) === normalizeAnswer(spanText))) reasons.push("answer-not-in-source");
    for (const f of forms) {
      if (containsPhrase(q.prompt, f)) {
        reasons.push("answer-in-stem");
        break;
      }
    }
    for (const f of forms) {
      if (containsPhrase(article.title ?? "", f)) {
        reasons.push("answer-in-title");
        break;
      }
    }
  }

  const stemForChecks = q.prompt.replace(GAP, "");
  const dangling = danglingReason(q.prompt);
  if (dangling) reasons.push(dangling);
  if (contentWords(stemForChecks).length < 5) reasons.push("too-few-content-words");

  if (q.type === "CLOZE") {
    if (q.prompt.split(GAP).length !== 2) reasons.push("gap-count");
    if (/\b(a|an)\s+_____/i.test(q.prompt)) reasons.push("article-before-gap");
  }
  if (q.type === "SHORT_ANSWER") {
    if (!q.prompt.trim().endsWith("?") || !WH_START.test(q.prompt)) reasons.push("not-a-question");
    if (q.prompt.includes(GAP)) reasons.push("gap-in-question");
  }
  if (q.type === "MCQ") {
    const choices = q.choices ?? [];
    if (choices.length !== 4) reasons.push("choice-count");
    const norm = choices.map(normalizeAnswer);
    if (new Set(norm).size !== norm.length) reasons.push("duplicate-choices");
    if (choices.filter((c) => c === q.answer).length !== 1) reasons.push("answer-not-a-choice");
    const accepted = new Set(q.acceptedAnswers.map(normalizeAnswer));
    for (const c of choices) {
      if (c === q.answer) continue;
      const n = normalizeAnswer(c);
      if (accepted.has(n) || n === normalizeAnswer(q.answer)) reasons.push("two-true-options");
      if (containsPhrase(q.prompt, c)) reasons.push("option-in-stem");
    }
    for (let i = 0; i < norm.length; i++) {
      for (let j = 0; j < norm.length; j++) {
        if (i !== j && norm[i].length > 2 && ` ${norm[j]} `.includes(` ${norm[i]} `)) reasons.push("option-inside-option");
      }
    }
  }
  return [...new Set(reasons)];
}
