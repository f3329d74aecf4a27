"use client";
// A learner's own text: paste it or upload a .md/.txt file; the server cleans it as it cleans a
// teacher's import and writes questions. Errors name the field (and the line).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { ownArticleRoutes } from "@/lib/api/schemas/own-articles";
import { ApiProblem, call, type RouteBody, type RouteResponse } from "@/lib/client/api";
import styles from "./OwnArticle.module.css";

const ADD_OWN = ownArticleRoutes["POST /api/me/articles"];
type Result = RouteResponse<typeof ADD_OWN>;
const MAX_BYTES = 1_048_576;

export function OwnArticleForm() {
  const router = useRouter();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Result | null>(null);

  /** Pasted text as JSON or a file as multipart: the same route, the same problem+json on refusal. */
  async function send(body: { json: RouteBody<typeof ADD_OWN> } | { form: FormData }) {
    setBusy(true);
    setError(null);
    setFields({});
    setDone(null);
    try {
      setDone(await call(ADD_OWN, body));
      router.refresh();
    } catch (err) {
      if (!(err instanceof ApiProblem)) {
        setError("The server could not be reached. Check your connection and try again.");
        return;
      }
      setFields(err.fieldMessages());
      setError(err.detail ?? err.title ?? `Could not add it (${err.status}).`);
    } finally {
      setBusy(false);
    }
  }

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = fileRef.current?.files?.[0];
    const text = String(form.get("text") ?? "");
    const title = String(form.get("title") ?? "").trim();
    if (file) {
      if (file.size > MAX_BYTES) {
        setFields({ file: "at most 1 MB" });
        setError("That file is larger than 1 MB.");
        return;
      }
      const upload = new FormData();
      upload.set("file", file);
      if (title) upload.set("title", title);
      await send({ form: upload });
      return;
    }
    if (!text.trim()) {
      setFields({ text: "Paste your text, or choose a file." });
      setError("Nothing to add yet.");
      return;
    }
    if (new TextEncoder().encode(text).length > MAX_BYTES) {
      setFields({ text: "at most 1 MB" });
      setError("That text is larger than 1 MB.");
      return;
    }
    await send({ json: { text, ...(title ? { title } : {}) } });
  }

  const invalid = (field: string) => (fields[field] ? { "aria-invalid": true as const, "aria-describedby": `${id}-${field}` } : {});
  const fieldError = (field: string) => fields[field] && <span id={`${id}-${field}`} className="field-error">{fields[field]}</span>;

  return (
    <form className={`card stack ${styles.form}`} onSubmit={submit} noValidate aria-label="Bring your own text">
      <label>
        Title <span className="small muted">(optional: else the first line)</span>
        <input type="text" name="title" maxLength={300} {...invalid("title")} />
        {fieldError("title")}
      </label>
      <label>
        Text <span className="small muted">(up to 1 MB)</span>
        <textarea name="text" rows={8} {...invalid("text")} />
        {fieldError("text")}
      </label>
      <label>
        Or upload a file <span className="small muted">(.md or .txt, up to 1 MB)</span>
        <input ref={fileRef} type="file" name="file" accept=".md,.markdown,.txt,text/plain,text/markdown" {...invalid("file")} />
        {fieldError("file")}
      </label>
      <div className="row">
        <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Writing questions…" : "Make questions"}</button>
      </div>
      {error && <p className="alert alert-error" role="alert">{error}</p>}
      <div role="status" aria-live="polite">
        {done && (
          <p className="alert alert-ok" style={{ margin: 0 }}>
            {done.duplicate ? "You had already added this text: " : "Added: "}
            <strong>{done.article.title}</strong> — {done.approved} question{done.approved === 1 ? "" : "s"} ready.{" "}
            <Link href={`/quiz/new?article=${done.article.slug}`}>Quiz me on it</Link> · <Link href={`/articles/${done.article.slug}`}>Read it</Link>
          </p>
        )}
      </div>
    </form>
  );
}
