import { handler } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/problem";
import { json, parseJson } from "@/lib/api/request";
import { parseFailure, parsePaste, parseUpload } from "@/lib/api/article-upload";
import { ownArticleRoutes } from "@/lib/api/schemas/own-articles";
import { importArticleBody } from "@/lib/api/schemas/teacher";
import { importOwnArticle } from "@/lib/app/articles";
import { mayImportOwnArticle } from "@/lib/domain/permissions";

export const dynamic = "force-dynamic";

const GUEST = "Sign up to bring your own text: a guest's articles would be lost when the guest account ends.";

/** A learner's own text: pasted as JSON, or a .md/.txt file as multipart/form-data (the teacher's parser). */
export const POST = handler({ auth: "user", spec: ownArticleRoutes["POST /api/me/articles"] }, async (request, { user }) => {
  // Refused before reading a body of up to 1 MB (the use case applies the same rule).
  if (!mayImportOwnArticle(user)) throw forbidden(GUEST);
  const multipart = (request.headers.get("content-type") ?? "").includes("multipart/form-data");
  const parsed = multipart ? await parseUpload(request) : parsePaste(await parseJson(request, importArticleBody));
  if (!parsed.ok) throw parseFailure(parsed, multipart ? "file" : "text");
  const outcome = await importOwnArticle(user, parsed);
  if (outcome.kind === "guest") throw forbidden(GUEST);
  const { article, questions, approved, duplicate } = outcome;
  return json({ article, questions, approved, duplicate }, { status: duplicate ? 200 : 201 });
});
