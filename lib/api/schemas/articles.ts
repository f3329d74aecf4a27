import { z } from "zod";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";
import { QUESTION_TYPES } from "../../domain/question-types.ts";

export const articleSummary = z.object({
  slug: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable().describe("YYYY-MM-DD"),
  tags: z.array(z.string()),
  words: z.number().int(),
  questionCount: z.number().int(),
});

export const articleDetail = articleSummary.extend({
  paragraphs: z.array(z.string()),
  sentences: z.array(z.object({ index: z.number(), paragraph: z.number(), text: z.string(), start: z.number(), end: z.number() })),
  outline: z
    .object({
      headings: z.array(z.object({ paragraph: z.number().int(), level: z.number().int(), text: z.string() })),
      listItems: z.array(z.number().int()),
    })
    .describe("The file's headings (each before paragraph `paragraph`) and the paragraphs that were list items"),
});

export const articleList = z.object({ articles: z.array(articleSummary) });

export const questionForLearner = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  choices: z.array(z.string()).optional(),
});

export const questionForTeacher = questionForLearner.extend({
  key: z.string(),
  answer: z.string(),
  acceptedAnswers: z.array(z.string()),
  explanation: z.string(),
  source: z.object({ sentenceIndex: z.number(), start: z.number(), end: z.number(), sentence: z.string() }),
  answerType: z.string(),
  factKey: z.string(),
  difficulty: z.number(),
  score: z.number(),
  status: z.enum(["DRAFT", "APPROVED", "REJECTED", "RETIRED"]),
  edited: z.boolean(),
  generatorVersion: z.string(),
});

export const articleQuestions = z.object({
  questions: z.array(z.union([questionForTeacher, questionForLearner])),
});

const articles = ["articles"];
/** Every route of this area, keyed "METHOD /path". */
export const articleRoutes = defineRoutes({
  "GET /api/articles": { method: "GET", path: "/api/articles", summary: "Articles you can see", tags: articles, response: articleList },
  "GET /api/articles/{slug}": { method: "GET", path: "/api/articles/{slug}", summary: "One clean article", tags: articles, response: articleDetail, errors: [404] },
  "GET /api/articles/{slug}/questions": {
    method: "GET",
    path: "/api/articles/{slug}/questions",
    summary: "Generated questions: all with scores and status for teachers, approved ones without answers for learners",
    tags: articles,
    response: articleQuestions,
    errors: [404],
  },
});

export const routes: ApiRoute[] = Object.values(articleRoutes);
