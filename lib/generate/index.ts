// Public API of the question generator (pure, deterministic).
export { GENERATOR_VERSION } from "./version";
export {
  generateQuestions,
  defaultQuestionCount,
  questionKey,
  type GenerateOptions,
  type CandidateVerdict,
  type GenerateResult,
} from "./generate";
export { extractFacts, analyzeArticle, type Fact, type Entity, type FineType, type ArticleFacts } from "./facts";
export { validateQuestion } from "./validate";
export { pickDistractors } from "./distractors";
export { createRandom, shuffle, hashString } from "../domain/random";
