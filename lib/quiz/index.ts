// lib/quiz: assemble an attempt, grade a response, summarise the results. Pure and deterministic.
export { gradeResponse, isOfferedChoice, acceptedForms, surnameForms, acronymOf, typoTolerance } from "./grade";
export type { Verdict, GradeResult, GradableQuestion } from "./grade";
export { normaliseAnswer, letterCount, ordinalSuffix } from "../domain/answer";
export { createPrng, shuffled, assembleAttempt, choiceOrder, publicQuestion, scoreAttempt, drawableCounts, selectionKey } from "./attempt";
export type { AttemptOptions, PublicQuestion, AssemblableQuestion, DrawableCounts } from "./attempt";
export { areSiblings, siblingIndexes, siblingGroups, groupsOf, countOnePerFact, onePerFact, onePerFactWithSkips, countFacts } from "./siblings";
export type { SiblingCandidate, LeftOutSibling } from "./siblings";
export { reviewItems, missedQuestionIds, VERDICT_LABELS } from "./results";
export type { ReviewItem, ReviewVerdict, RecordedAnswer, ReviewableQuestion } from "./results";
