import { z } from "zod";
import type { ApiRoute } from "../route-spec.ts";

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
});

export const articleList = z.object({ articles: z.array(articleSummary) });

export const routes: ApiRoute[] = [
  { method: "GET", path: "/api/articles", summary: "Articles you can see", tags: ["articles"], response: articleList },
  { method: "GET", path: "/api/articles/{slug}", summary: "One clean article", tags: ["articles"], response: articleDetail, errors: [404] },
];
