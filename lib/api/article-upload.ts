// A teacher's article import as the request carries it — pasted text (JSON) or a .md/.txt upload
// (multipart) — parsed into a clean article by lib/content, the same cleaning the bundled importer
// applies. Storing it is lib/app/import-article.ts's job.
import { MAX_ARTICLE_BYTES, firstInvalidUtf8Byte, parseArticleFile, parseArticleText, type ParseResult } from "../content/index.ts";
import { ApiError, badRequest, unprocessable } from "./problem.ts";
import { MAX_BODY_BYTES } from "../config.ts";
import { readBodyBytes, unstorableString } from "./request.ts";
import type { ImportArticleBody } from "./schemas/teacher.ts";

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
  const titleProblem = unstorableString(title);
  if (titleProblem) throw badRequest("The title is not valid.", [{ field: "title", message: titleProblem }]);
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
