// A learner's own text (any signed-up account): request and response of POST /api/me/articles.
import { z } from "zod";
import { defineRoutes, type ApiRoute } from "../route-spec.ts";
import { importArticleBody, regenerateSummary } from "./teacher.ts";

export const ownArticleResult = z.object({
  article: z.object({ slug: z.string(), title: z.string() }),
  questions: regenerateSummary,
  approved: z.number().int().describe("questions ready to quiz on (generated ones scoring at least 0.5)"),
  duplicate: z.boolean().describe("true when you had already brought this exact text: nothing new was stored"),
});

export const ownArticleRoutes = defineRoutes({
  "POST /api/me/articles": {
    method: "POST",
    path: "/api/me/articles",
    summary: "Bring your own text (pasted as JSON, or a .md/.txt file as multipart/form-data): a private article only you see, with questions to quiz on",
    tags: ["articles"],
    body: importArticleBody,
    response: ownArticleResult,
    status: 201,
    errors: [400, 401, 403, 413, 415, 422],
  },
});

export const routes: ApiRoute[] = Object.values(ownArticleRoutes);
