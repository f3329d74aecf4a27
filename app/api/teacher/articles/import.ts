// Import orchestration for the teacher workspace: request body → clean article (lib/content, the
// same cleaning the bundled importer applies) → stored IMPORTED article → DRAFT questions.
import { MAX_ARTICLE_BYTES, articleSlug, firstInvalidUtf8Byte, parseArticleFile, parseArticleText, type ParseResult } from "@/lib/content";
import { ApiError, badRequest, unprocessable } from "@/lib/api/problem";
import { MAX_BODY_BYTES } from "@/lib/config";
import { readBodyBytes } from "@/lib/api/request";
import { createImportedArticle, deleteArticle, findOwnImportByChecksum } from "@/lib/db/articles";
import type { RegenerateSummary } from "@/lib/db/questions";
import { regenerate } from "@/lib/ingest";
import type { ImportArticleBody } from "@/lib/api/schemas/teacher";

/** Room for multipart boundaries and the small text fields next to a 1 MB file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const tooLarge = () => new ApiError(413, "Payload too large", `An article may be at most ${MAX_ARTICLE_BYTES} bytes (1 MB).`);

const startsWithFrontMatter = (bytes: Uint8Array) =>
  /^(\uFEFF)?---[ \t]*\r?\n/.test(new TextDecoder().decode(bytes.subarray(0, 16)));

/** multipart/form-data with a `file` (.md/.txt) and, for plain text files, an optional `title`. */
export async function parseUpload(request: Request): Promise<ParseResult> {
  const bytes = await readBodyBytes(request, MAX_BODY_BYTES + MULTIPART_OVERHEAD, tooLarge);
  let form: FormData;
  try {
    form = await new Response(bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw badRequest("The upload is not valid multipart/form-data.", [{ field: "file", message: "malformed upload" }]);
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw badRequest("Choose a file to upload.", [{ field: "file", message: "no file was sent" }]);
  if (!/\.(md|markdown|txt)$/i.test(file.name)) {
    throw unprocessable("Only .md and .txt files can be imported.", [{ field: "file", message: `${file.name}: not a .md or .txt file` }]);
  }
  if (file.size > MAX_ARTICLE_BYTES) throw tooLarge();
  const content = new Uint8Array(await file.arrayBuffer());
  const title = String(form.get("title") ?? "").trim();
  // Binary, non-UTF-8 or front-matter files go through the file parser (it names the line).
  if (startsWithFrontMatter(content) || content.includes(0) || firstInvalidUtf8Byte(content) >= 0) {
    return parseArticleFile({ path: file.name, bytes: content });
  }
  return parseArticleText({ text: new TextDecoder().decode(content), file: file.name, ...(title ? { title } : {}) });
}

export function parsePaste(body: ImportArticleBody): ParseResult {
  if (new TextEncoder().encode(body.text).length > MAX_ARTICLE_BYTES) throw tooLarge();
  return parseArticleText({
    text: body.text,
    ...(body.title ? { title: body.title } : {}),
    source: body.source,
    url: body.url || undefined,
    published: body.published || undefined,
    tags: body.tags,
  });
}

/** A parse failure as a 422 naming the field and the line. */
export function parseFailure(result: Extract<ParseResult, { ok: false }>, field: "text" | "file"): ApiError {
  const { file, line, message } = result.error;
  return unprocessable(`${file}, line ${line}: ${message}`, [{ field, message: `line ${line}: ${message}` }]);
}

export interface ImportOutcome {
  id: string;
  slug: string;
  questions: RegenerateSummary;
  duplicate: boolean;
}

/**
 * Stores the article for its teacher and generates DRAFT questions. When generation fails the
 * article is removed again (its questions go with it by cascade): nothing half-written remains.
 */
export async function importForTeacher(result: Extract<ParseResult, { ok: true }>, ownerId: string): Promise<ImportOutcome> {
  const article = { ...result.article, slug: articleSlug({ title: result.article.title }) };
  const existing = await findOwnImportByChecksum(ownerId, article.checksum);
  if (existing) return { ...existing, questions: { created: 0, updated: 0, kept: 0, retired: 0 }, duplicate: true };
  const { id, slug } = await createImportedArticle(article, ownerId);
  try {
    const summaries = await regenerate([id], { approveAbove: null });
    return { id, slug, questions: summaries.get(slug) ?? { created: 0, updated: 0, kept: 0, retired: 0 }, duplicate: false };
  } catch (error) {
    await deleteArticle(id);
    throw error;
  }
}
